#!/usr/bin/env node
// Runs the ceiling (target/release/hcloud-bench-ceiling: Rust reqwest, no JavaScript) once for
// get1, get64, listall and provision, against its own emulator started exactly as run.mjs starts
// one (same flags, same 5,000 seeded servers, same durations), and writes its JSON lines to --out:
//   node benches/ceiling.mjs --out benches/results/ceiling.json
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import {
  BENCH_DIR,
  REPO_ROOT,
  TOKEN,
  clearRequests,
  cpuSnapshot,
  errorText,
  getRequests,
  listenOverflows,
  otherCpuPercent,
  parseArgs,
  round,
  seedServers,
  startEmulator,
  summariseRequests,
} from './lib/common.mjs';

const opts = parseArgs(process.argv.slice(2), {
  out: path.join(BENCH_DIR, 'results', 'ceiling.json'),
  durationS: 3,
  warmupS: 1,
  servers: 5000,
  provisions: 200,
  pollMs: 500,
  actionDurationMs: 5000,
  timeScale: 10,
  listallRuns: 3,
});

const bin = process.env.HCLOUD_BENCH_CEILING_BIN || path.join(REPO_ROOT, 'target', 'release', 'hcloud-bench-ceiling');
const log = (...a) => console.error('[ceiling]', ...a);

function ceiling(args) {
  return new Promise((resolve, reject) => {
    execFile(bin, args, { timeout: 300000, maxBuffer: 1 << 20 }, (err, stdout, stderr) => {
      if (err) return reject(new Error(`${path.basename(bin)} ${args.join(' ')}: ${stderr.trim() || err.message}`));
      try {
        resolve(JSON.parse(stdout.trim().split('\n').pop()));
      } catch {
        reject(new Error(`no JSON from the ceiling: ${stdout.slice(0, 200)} ${stderr.slice(0, 200)}`));
      }
    });
  });
}

async function main() {
  if (!existsSync(bin)) throw new Error(`${bin} not found: run \`cargo build --release -p hcloud-bench-ceiling\``);
  const emu = await startEmulator({ actionDurationMs: opts.actionDurationMs, timeScale: opts.timeScale });
  const results = { get1: {}, get64: {}, listall: {}, provision: {} };
  const doc = {
    runtime: 'rust (reqwest, no JavaScript)',
    date: new Date().toISOString(),
    settings: { ...opts, out: undefined, emulator: emu.args.slice(1).join(' ') },
    loadavg_before: os.loadavg().map((x) => round(x, 2)),
    results,
  };
  const cpuStart = cpuSnapshot([emu.pid]);
  try {
    log(`emulator at ${emu.url}; seeding ${opts.servers} servers`);
    const seed = await seedServers(emu.url, { count: opts.servers, concurrency: 64 });
    doc.seed = seed;
    const common = ['--base-url', emu.url, '--token', TOKEN];
    const get = ['--duration-s', String(opts.durationS), '--warmup-s', String(opts.warmupS), '--server-id', String(seed.first_id)];
    const steps = [
      ['get1', async () => ceiling([...common, '--workload', 'get1', ...get])],
      ['get64', async () => ceiling([...common, '--workload', 'get64', ...get])],
      [
        'listall',
        async () => {
          // one warm-up run, then the median of the runs, as run.mjs does
          await ceiling([...common, '--workload', 'listall']);
          const runs = [];
          for (let i = 0; i < opts.listallRuns; i++) runs.push(await ceiling([...common, '--workload', 'listall']));
          const sorted = runs.map((r) => r.ms).sort((a, b) => a - b);
          const mid = sorted.length >> 1;
          const ms = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
          if (!(runs[0].servers >= opts.servers)) throw new Error(`listall counted ${runs[0].servers} servers, expected ${opts.servers}`);
          return { ...runs[0], ms: round(ms, 2), runs_ms: runs.map((r) => r.ms) };
        },
      ],
      [
        'provision',
        async () => {
          await clearRequests(emu.origin);
          const r = await ceiling([...common, '--workload', 'provision', '--poll-ms', String(opts.pollMs), '--count', String(opts.provisions)]);
          const reqs = summariseRequests(await getRequests(emu.origin));
          // `requests` is the emulator's count, as for the JS contenders; the ceiling's own is kept
          return { ...r, requests: reqs.requests, requests_self_reported: r.requests, by_operation: reqs.by_operation };
        },
      ],
    ];
    for (const [workload, fn] of steps) {
      try {
        await clearRequests(emu.origin);
        const drops0 = listenOverflows();
        results[workload].ceiling = await fn();
        const drops1 = listenOverflows();
        if (drops0 !== null && drops1 !== null) results[workload].ceiling.listen_drops = drops1 - drops0;
        log(`${workload}:`, JSON.stringify(results[workload].ceiling));
      } catch (e) {
        results[workload].ceiling = { error: errorText(e) };
        log(`${workload}: FAILED: ${errorText(e)}`);
      }
    }
    // % of all cores used by processes other than this script, the ceiling and the emulator
    doc.other_cpu_percent = { whole_run: otherCpuPercent(cpuStart, cpuSnapshot([emu.pid])) };
  } finally {
    await emu.stop();
  }
  mkdirSync(path.dirname(opts.out), { recursive: true });
  writeFileSync(opts.out, JSON.stringify(doc, null, 2) + '\n');
  log(`wrote ${opts.out}`);
}

main().catch((e) => {
  log('FATAL:', e?.stack ?? errorText(e));
  process.exit(1);
});
