#!/usr/bin/env node
// The benchmark harness. The same file runs under both runtimes:
//   node benches/run.mjs --out benches/results/node.json
//   bun  benches/run.mjs --out benches/results/bun.json
// It starts its own emulator (target/release/hcloud-emulator, rate limit off, --quiet, a free
// port), seeds it with 5,000 servers and runs every workload for every contender in this one
// process (startup and memory in fresh child processes of the same runtime). A contender or
// workload that fails is recorded as { error: '...' }; the run goes on. See benches/README.md.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import {
  BENCH_DIR,
  IS_BUN,
  REPO_ROOT,
  TOKEN,
  clearRequests,
  cpuSnapshot,
  elfHasDebugInfo,
  errorText,
  getRequests,
  listenOverflows,
  median,
  now,
  otherCpuPercent,
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
  contenders: 'native,baseline,hcloud-js,hcloud-js+dc,baseline-8',
  workloads: 'get1,get64,listall,startup,memory,provision',
  durationS: 3, // measured seconds of get1 / get64 per contender
  getRounds: 3, // ... split into this many interleaved rounds
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
  'baseline-8': 'contenders/baseline-8.mjs', // the baseline listing with 8 pages in flight (listall only)
};

const log = (...a) => console.error(`[${runtimeName()}]`, ...a);

/** name -> adapter module (or { loadError }) */
const contenders = {};

// A contender's stray rejection (e.g. from a request still running after a timeout) must not end
// the run; it is logged and the workload that caused it has already been recorded.
process.on('unhandledRejection', (e) => log('unhandled rejection:', errorText(e)));

/** Size of a `strip`ped copy of the file, or null when `strip` is not available. */
function strippedSize(file) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hcloud-strip-'));
  try {
    const copy = path.join(dir, path.basename(file));
    copyFileSync(file, copy);
    execFileSync('strip', [copy], { stdio: 'ignore' });
    return statSync(copy).size;
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

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
      stripped_bytes: strippedSize(file),
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

/**
 * get1 / get64 for all contenders at once, interleaved: each contender gets its own client and
 * a warm-up, then `getRounds` rounds of durationS / getRounds seconds each, the contenders'
 * order rotating from round to round. Load from elsewhere on the machine then hits every
 * contender alike instead of whichever happened to run at that moment. The figures pool all
 * rounds (requests / seconds, percentiles over every call); `rounds_rps` shows each round.
 */
async function runGets(workload, concurrency, names, ctx, record) {
  const live = [];
  for (const name of names) {
    const c = contenders[name];
    if (c.loadError) {
      record(name, { error: c.loadError });
      continue;
    }
    try {
      const client = c.create({ baseUrl: ctx.url, token: TOKEN, pollIntervalMs: opts.pollMs });
      const w = await withTimeout(getLoops(client, ctx.serverId, concurrency, opts.warmupS * 1000, null), opts.warmupS * 1000 + 60000, `${workload} ${name} warm-up`);
      if (w.ok === 0) throw new Error(`no successful request (${w.errors} errors), first: ${w.firstError}`);
      live.push({ name, client, ok: 0, errors: 0, firstError: null, seconds: 0, latencies: [], rounds: [], drops: 0 });
    } catch (e) {
      record(name, { error: errorText(e) });
    }
  }
  const roundMs = (opts.durationS * 1000) / opts.getRounds;
  for (let round = 0; round < opts.getRounds; round++) {
    for (let k = 0; k < live.length; k++) {
      const x = live[(k + round) % live.length];
      if (x.failed) continue;
      try {
        await clearRequests(ctx.origin); // keeps the emulator's log (and its memory) small
        const drops0 = listenOverflows();
        const r = await withTimeout(getLoops(x.client, ctx.serverId, concurrency, roundMs, x.latencies), roundMs + 60000, `${workload} ${x.name}`);
        x.drops += (listenOverflows() ?? 0) - (drops0 ?? 0);
        x.ok += r.ok;
        x.errors += r.errors;
        x.firstError ??= r.firstError;
        x.seconds += r.seconds;
        x.rounds.push(round1(r.ok / r.seconds));
      } catch (e) {
        x.failed = errorText(e);
      }
    }
  }
  for (const x of live) {
    if (x.failed || x.ok === 0) {
      record(x.name, { error: x.failed ?? `no successful request (${x.errors} errors), first: ${x.firstError}` });
      continue;
    }
    record(x.name, {
      rps: round1(x.ok / x.seconds),
      p50_ms: round(percentile(x.latencies, 50)),
      p99_ms: round(percentile(x.latencies, 99)),
      requests: x.ok,
      seconds: round(x.seconds),
      concurrency,
      rounds_rps: x.rounds,
      errors: x.errors,
      ...(x.firstError ? { first_error: x.firstError } : {}),
      listen_drops: x.drops,
    });
  }
}

const round1 = (x) => round(x, 1);

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
  const startDate = new Date().toISOString();
  const cpuStart = cpuSnapshot([emu.pid]);
  const save = (extra = {}) => {
    const doc = {
      runtime,
      date: startDate,
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

    const show = (workload, name, r) => {
      if (r.error) return log(`${workload} ${name}: FAILED: ${r.error}`);
      const { by_operation, readings, runs_ms, runs_import_ms, rounds_rps, timeline_ms, ...brief } = r;
      log(`${workload} ${name}:`, JSON.stringify(brief));
    };
    // Workload-level bookkeeping: CPU used by other processes while it ran (see common.mjs).
    const cpuOthers = {};
    const timed = async (workload, fn) => {
      const a = cpuSnapshot([emu.pid]);
      await fn();
      cpuOthers[workload] = otherCpuPercent(a, cpuSnapshot([emu.pid]));
    };

    const measure = async (workload, name, fn, timeoutMs) => {
      const c = contenders[name];
      if (c.loadError) {
        results[workload][name] = { error: c.loadError };
        show(workload, name, results[workload][name]);
        return;
      }
      try {
        await clearRequests(ctx.origin);
        const drops0 = listenOverflows();
        const r = await withTimeout(fn(c), timeoutMs, `${workload} ${name}`);
        const drops1 = listenOverflows();
        // connection attempts dropped by a full listen queue during the workload (see common.mjs)
        if (drops0 !== null && drops1 !== null) r.listen_drops = drops1 - drops0;
        results[workload][name] = r;
      } catch (e) {
        results[workload][name] = { error: errorText(e) };
      }
      show(workload, name, results[workload][name]);
      save({ other_cpu_percent: cpuOthers });
      await sleep(200); // let sockets and timers of the previous contender wind down
    };

    const record = (workload) => (name, r) => {
      results[workload][name] = r;
      show(workload, name, r);
    };
    // A listall-only contender (baseline-8) takes part in listall alone.
    const namesFor = (w) => names.filter((n) => w === 'listall' || !contenders[n].listallOnly);
    for (const w of workloads) {
      await timed(w, async () => {
        if (w === 'get1' || w === 'get64') {
          await runGets(w, w === 'get1' ? 1 : 64, namesFor(w), ctx, record(w));
          save({ other_cpu_percent: cpuOthers });
          return;
        }
        for (const name of namesFor(w)) {
          if (w === 'listall') await measure(w, name, (c) => runListall(c, ctx), 180000);
          else if (w === 'startup') await measure(w, name, () => runStartup(name), 180000);
          else if (w === 'memory') {
            if (opts.memoryContenders.split(',').includes(name)) await measure(w, name, () => runMemory(name, ctx), 300000);
          } else if (w === 'provision') await measure(w, name, (c) => runProvision(c, ctx), 180000);
          else throw new Error(`unknown workload ${w}`);
        }
      });
    }
    const addonAfter = addonFingerprint();
    const extra = {
      seed,
      total_s: round((now() - t0) / 1000, 1),
      loadavg_after: os.loadavg().map((x) => round(x, 2)),
      // % of all cores used by processes other than this run (harness, its children, emulator)
      other_cpu_percent: { ...cpuOthers, whole_run: otherCpuPercent(cpuStart, cpuSnapshot([emu.pid])) },
    };
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
