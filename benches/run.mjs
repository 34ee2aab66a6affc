#!/usr/bin/env node
// The benchmark harness. The same file runs under both runtimes:
//   node benches/run.mjs --out benches/results/node.json
//   bun  benches/run.mjs --out benches/results/bun.json
// It starts its own emulator (target/release/hcloud-emulator, rate limit off, --quiet, a free
// port), seeds it with 5,000 servers and runs every workload for every contender in this one
// process (startup and memory in fresh child processes of the same runtime). A contender or
// workload that fails is recorded as { error: '...' }; the run goes on. See benches/README.md.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import {
  BENCH_DIR,
  IS_BUN,
  REPO_ROOT,
  TOKEN,
  clearRequests,
  elfHasDebugInfo,
  errorText,
  getRequests,
  median,
  now,
  parseArgs,
  percentile,
  round,
  runtimeName,
  seedServers,
  sleep,
  startEmulator,
  summariseRequests,
  withTimeout,
} from './lib/common.mjs';

const opts = parseArgs(process.argv.slice(2), {
  out: '',
  contenders: 'native,baseline,hcloud-js,hcloud-js+dc',
  workloads: 'get1,get64,listall,startup,memory,provision',
  durationS: 3, // measured seconds of get1 / get64
  warmupS: 1, // unmeasured seconds before each get1 / get64
  servers: 5000, // seeded for listall
  listallRuns: 3,
  provisions: 200,
  pollMs: 500,
  actionDurationMs: 5000, // emulated ms ...
  timeScale: 10, // ... 10x faster: 0.5 s real per action
  startupRuns: 5,
  memoryCalls: '10000,100000',
  memoryConcurrency: 16,
  memoryContenders: 'native,baseline,hcloud-js+dc',
});

const CONTENDER_FILES = {
  native: 'contenders/native.mjs',
  baseline: 'contenders/baseline.mjs',
  'hcloud-js': 'contenders/hcloud-js.mjs',
  'hcloud-js+dc': 'contenders/hcloud-js-dc.mjs', // hcloud-js + a shim for the missing `datacenter`
};

const log = (...a) => console.error(`[${runtimeName()}]`, ...a);

// A contender's stray rejection (e.g. from a request still running after a timeout) must not end
// the run; it is logged and the workload that caused it has already been recorded.
process.on('unhandledRejection', (e) => log('unhandled rejection:', errorText(e)));

// The addon this process loads: native.js honours NAPI_RS_NATIVE_LIBRARY_PATH, which
// scripts/bench.sh points at a private copy of the release build, so that a concurrent debug
// build in the repository cannot swap the addon under a running benchmark.
function addonFingerprint() {
  const file = process.env.NAPI_RS_NATIVE_LIBRARY_PATH || path.join(REPO_ROOT, 'hcloud-native.linux-x64-gnu.node');
  try {
    const buf = readFileSync(file);
    return {
      file: path.basename(file),
      path: file,
      bytes: buf.length,
      debug_build: elfHasDebugInfo(buf),
      mtime: statSync(file).mtime.toISOString(),
      sha256: createHash('sha256').update(buf).digest('hex').slice(0, 16),
    };
  } catch (e) {
    return { file: path.basename(file), error: errorText(e) };
  }
}

// ---------------------------------------------------------------------------------------------
// Workloads

function checkServer(r, id) {
  const s = r?.server ?? r; // hcloud-js resolves with a Server instance, the others with { server }
  if (!s || s.id !== id) throw new Error(`getServer(${id}) returned ${s?.id === undefined ? 'no server' : `server ${s.id}`}`);
}

/** `concurrency` loops of getServer until `durationMs` is over. */
async function getLoops(client, id, concurrency, durationMs, latencies) {
  const start = now();
  const end = start + durationMs;
  let ok = 0;
  let errors = 0;
  let firstError = null;
  async function loop() {
    for (;;) {
      const t = now();
      if (t >= end) return;
      try {
        const r = await client.getServer(id);
        const dt = now() - t;
        checkServer(r, id);
        ok++;
        latencies?.push(dt);
      } catch (e) {
        errors++;
        firstError ??= errorText(e);
        if (errors >= 200 && ok === 0) return; // nothing works: stop hammering
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, loop));
  return { ok, errors, firstError, seconds: (now() - start) / 1000 };
}

async function runGet(contender, ctx, concurrency) {
  const client = contender.create({ baseUrl: ctx.url, token: TOKEN, pollIntervalMs: opts.pollMs });
  await getLoops(client, ctx.serverId, concurrency, opts.warmupS * 1000, null);
  const latencies = [];
  const r = await getLoops(client, ctx.serverId, concurrency, opts.durationS * 1000, latencies);
  if (r.ok === 0) throw new Error(`no successful request (${r.errors} errors), first: ${r.firstError}`);
  return {
    rps: round(r.ok / r.seconds, 1),
    p50_ms: round(percentile(latencies, 50)),
    p99_ms: round(percentile(latencies, 99)),
    requests: r.ok,
    seconds: round(r.seconds),
    concurrency,
    errors: r.errors,
    ...(r.firstError ? { first_error: r.firstError } : {}),
  };
}

async function runListall(contender, ctx) {
  const client = contender.create({ baseUrl: ctx.url, token: TOKEN, pollIntervalMs: opts.pollMs });
  const once = async () => {
    const t0 = now();
    const count = await client.listAllServers();
    const ms = now() - t0;
    if (!(count >= opts.servers)) throw new Error(`listAllServers counted ${count} servers, expected ${opts.servers}`);
    return { ms, count };
  };
  await once(); // warm-up (connections, JIT), not counted
  await clearRequests(ctx.origin);
  const runs = [];
  for (let i = 0; i < opts.listallRuns; i++) runs.push(await once());
  const reqs = summariseRequests(await getRequests(ctx.origin));
  return {
    ms: round(median(runs.map((r) => r.ms)), 2),
    runs_ms: runs.map((r) => round(r.ms, 2)),
    servers: runs[0].count,
    requests_per_run: round(reqs.requests / opts.listallRuns, 1),
  };
}

/** When the POSTs and the polls reached the emulator, in ms after the first request. */
function timeline(log) {
  if (!log.length) return null;
  const t0 = Math.min(...log.map((r) => r.at_ms));
  const span = (rs) => (rs.length ? [Math.min(...rs) - t0, Math.max(...rs) - t0] : null);
  return {
    posts: span(log.filter((r) => r.method === 'POST').map((r) => r.at_ms)),
    polls: span(log.filter((r) => r.method === 'GET').map((r) => r.at_ms)),
  };
}

async function runProvision(contender, ctx) {
  const client = contender.create({ baseUrl: ctx.url, token: TOKEN, pollIntervalMs: opts.pollMs });
  const tag = contender.name.replace(/[^a-z0-9]/g, '');
  await clearRequests(ctx.origin);
  const t0 = now();
  const settled = await Promise.allSettled(
    Array.from({ length: opts.provisions }, (_, i) =>
      client.provision({ name: `prov-${tag}-${i}`, server_type: 'cx22', image: 'ubuntu-24.04' }),
    ),
  );
  const ms = now() - t0;
  const log = await getRequests(ctx.origin);
  const reqs = summariseRequests(log);
  const failed = settled.filter((s) => s.status === 'rejected');
  const result = {
    ms: round(ms, 1),
    requests: reqs.requests,
    servers: opts.provisions - failed.length,
    failed: failed.length,
    poll_ms: opts.pollMs,
    by_operation: reqs.by_operation,
    non_2xx: reqs.non_2xx,
    timeline_ms: timeline(log),
  };
  if (failed.length === opts.provisions) throw new Error(`every provision failed, first: ${errorText(failed[0].reason)}`);
  if (failed.length) result.first_error = errorText(failed[0].reason);
  return result;
}

/** Runs `<this runtime> [flags] script args` and parses the last stdout line as JSON. */
function runChild(script, args, { timeoutMs, flags = [] }) {
  return new Promise((resolve, reject) => {
    const t0 = now();
    const child = spawn(process.execPath, [...flags, script, ...args], { stdio: ['ignore', 'pipe', 'pipe'], cwd: REPO_ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`child ${path.basename(script)} timed out after ${timeoutMs / 1000} s`));
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const wallMs = now() - t0;
      const line = stdout.trim().split('\n').pop();
      if (code !== 0) return reject(new Error(`child exited (${code ?? signal}): ${stderr.trim().split('\n').slice(-3).join(' | ')}`));
      try {
        resolve({ ...JSON.parse(line), wall_ms: wallMs });
      } catch {
        reject(new Error(`child printed no JSON: ${stdout.slice(0, 200)} ${stderr.slice(0, 300)}`));
      }
    });
  });
}

async function runStartup(name) {
  const modUrl = pathToFileURL(path.join(BENCH_DIR, CONTENDER_FILES[name])).href;
  const runs = [];
  for (let i = 0; i < opts.startupRuns; i++) {
    runs.push(await runChild(path.join(BENCH_DIR, 'lib', 'startup-child.mjs'), [modUrl], { timeoutMs: 30000 }));
  }
  return {
    import_ms: round(median(runs.map((r) => r.import_ms)), 2),
    ready_ms: round(median(runs.map((r) => r.ready_ms)), 2),
    process_ms: round(median(runs.map((r) => r.wall_ms)), 1),
    runs_import_ms: runs.map((r) => round(r.import_ms, 2)),
  };
}

async function runMemory(name, ctx) {
  const modUrl = pathToFileURL(path.join(BENCH_DIR, CONTENDER_FILES[name])).href;
  const flags = IS_BUN ? [] : ['--expose-gc'];
  const r = await runChild(
    path.join(BENCH_DIR, 'lib', 'memory-child.mjs'),
    [modUrl, ctx.url, TOKEN, String(ctx.serverId), opts.memoryCalls, String(opts.memoryConcurrency)],
    { timeoutMs: 240000, flags },
  );
  await clearRequests(ctx.origin); // keep the emulator's log small for what follows
  const [first, last] = [r.readings[1], r.readings[r.readings.length - 1]];
  if (r.errors > 0 && r.errors >= last.calls / 2) throw new Error(`most calls failed (${r.errors}), first: ${r.first_error}`);
  return {
    [`rss_${first.calls / 1000}k_mb`]: round(first.rss_mb, 1),
    [`rss_${last.calls / 1000}k_mb`]: round(last.rss_mb, 1),
    growth_mb: round(last.rss_mb - first.rss_mb, 1),
    heap_growth_mb: round(last.heap_used_mb - first.heap_used_mb, 1),
    rss_start_mb: round(r.readings[0].rss_mb, 1),
    readings: r.readings.map((x) => ({ calls: x.calls, rss_mb: round(x.rss_mb, 1), heap_used_mb: round(x.heap_used_mb, 1), external_mb: round(x.external_mb, 1) })),
    concurrency: opts.memoryConcurrency,
    gc_before_reading: r.gc,
    calls_per_s: round(r.calls_per_s, 0),
    errors: r.errors,
    ...(r.first_error ? { first_error: r.first_error } : {}),
  };
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const runtime = runtimeName();
  const out = opts.out || path.join(BENCH_DIR, 'results', `${IS_BUN ? 'bun' : 'node'}.json`);
  const names = opts.contenders.split(',').filter(Boolean);
  const workloads = opts.workloads.split(',').filter(Boolean);
  const results = Object.fromEntries(workloads.map((w) => [w, {}]));
  const addonBefore = addonFingerprint();
  const loadBefore = os.loadavg().map((x) => round(x, 2));
  if (addonBefore.debug_build) log(`WARNING: ${addonBefore.path} is a debug build`);

  const contenders = {};
  for (const name of names) {
    if (!CONTENDER_FILES[name]) throw new Error(`unknown contender ${name}`);
    try {
      contenders[name] = (await import(pathToFileURL(path.join(BENCH_DIR, CONTENDER_FILES[name])).href)).default;
    } catch (e) {
      contenders[name] = { loadError: `cannot load ${CONTENDER_FILES[name]}: ${errorText(e)}` };
    }
  }

  const emu = await startEmulator({ actionDurationMs: opts.actionDurationMs, timeScale: opts.timeScale });
  log(`emulator at ${emu.url} (pid ${emu.pid})`);
  const ctx = { url: emu.url, origin: emu.origin, serverId: 0 };
  const t0 = now();
  const save = (extra = {}) => {
    const doc = {
      runtime,
      date: new Date().toISOString(),
      platform: `${os.platform()} ${os.release()} ${os.arch()}`,
      settings: { ...opts, out: undefined, emulator: emu.args.slice(1).join(' ') },
      addon: addonBefore,
      // 1/5/15-minute load averages: anything well above 0 before the run means other work
      // was competing for the cores
      loadavg_before: loadBefore,
      ...extra,
      results,
    };
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify(doc, null, 2) + '\n');
  };

  try {
    log(`seeding ${opts.servers} servers`);
    const seed = await seedServers(emu.url, { count: opts.servers, concurrency: 64 });
    ctx.serverId = seed.first_id;
    log(`seeded in ${seed.ms} ms; getServer uses id ${ctx.serverId}`);

    const measure = async (workload, name, fn, timeoutMs) => {
      const c = contenders[name];
      if (c.loadError) {
        results[workload][name] = { error: c.loadError };
        log(`${workload} ${name}: ${c.loadError}`);
        return;
      }
      try {
        await clearRequests(ctx.origin);
        const r = await withTimeout(fn(c), timeoutMs, `${workload} ${name}`);
        results[workload][name] = r;
        const { by_operation, readings, runs_ms, runs_import_ms, ...brief } = r;
        log(`${workload} ${name}:`, JSON.stringify(brief));
      } catch (e) {
        results[workload][name] = { error: errorText(e) };
        log(`${workload} ${name}: FAILED: ${errorText(e)}`);
      }
      save();
      await sleep(200); // let sockets and timers of the previous contender wind down
    };

    const getTimeout = (opts.warmupS + opts.durationS) * 1000 + 60000;
    for (const w of workloads) {
      for (const name of names) {
        if (w === 'get1') await measure(w, name, (c) => runGet(c, ctx, 1), getTimeout);
        else if (w === 'get64') await measure(w, name, (c) => runGet(c, ctx, 64), getTimeout);
        else if (w === 'listall') await measure(w, name, (c) => runListall(c, ctx), 180000);
        else if (w === 'startup') await measure(w, name, () => runStartup(name), 180000);
        else if (w === 'memory') {
          if (opts.memoryContenders.split(',').includes(name)) await measure(w, name, () => runMemory(name, ctx), 300000);
        } else if (w === 'provision') await measure(w, name, (c) => runProvision(c, ctx), 180000);
        else throw new Error(`unknown workload ${w}`);
      }
    }
    const addonAfter = addonFingerprint();
    const extra = { seed, total_s: round((now() - t0) / 1000, 1), loadavg_after: os.loadavg().map((x) => round(x, 2)) };
    if (addonAfter.sha256 !== addonBefore.sha256) {
      extra.warning = `the .node file changed during the run (${addonBefore.bytes} -> ${addonAfter.bytes} bytes): another build replaced it; the child-process workloads may have loaded a different addon`;
      log(extra.warning);
    }
    save(extra);
    log(`wrote ${out} (${extra.total_s} s)`);
  } finally {
    await emu.stop();
  }
}

main().then(
  () => process.exit(0), // a contender may keep sockets or timers alive
  (e) => {
    log('FATAL:', e?.stack ?? errorText(e));
    process.exit(1);
  },
);
