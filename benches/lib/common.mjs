// Shared helpers of the benchmark harness (run.mjs, ceiling.mjs and the child scripts):
// runtime detection, statistics, timeouts, and the emulator process with its control API.
// Runs unchanged under Node (>= 18) and Bun.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCH_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_ROOT = path.resolve(BENCH_DIR, '..');

export const IS_BUN = typeof globalThis.Bun !== 'undefined';

/** 'node v20.20.2' or 'bun 1.4.5'. */
export function runtimeName() {
  return IS_BUN ? `bun ${globalThis.Bun.version}` : `node ${process.version}`;
}

export const now = () => performance.now();
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
export const round = (x, digits = 3) => (Number.isFinite(x) ? Number(x.toFixed(digits)) : x);

/** Nearest-rank percentile (p in 0..100) of an unsorted array; sorts a copy. */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = Float64Array.from(values).sort();
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export function median(values) {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Rejects with `what timed out` after ms; the underlying work keeps running (reported). */
export function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A one-line description of any thrown value (hcloud-js rejects with non-Error objects). */
export function errorText(e) {
  if (e instanceof Error) {
    const code = e.code ? ` [${e.code}]` : '';
    return `${e.name}: ${e.message}${code}`;
  }
  try {
    return `non-Error rejection: ${JSON.stringify(e)}`;
  } catch {
    return `non-Error rejection: ${String(e)}`;
  }
}

export function parseArgs(argv, defaults) {
  const out = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i];
    if (!a.startsWith('--')) throw new Error(`unexpected argument ${a}`);
    a = a.slice(2);
    let value;
    const eq = a.indexOf('=');
    if (eq >= 0) {
      value = a.slice(eq + 1);
      a = a.slice(0, eq);
    }
    const key = a.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
    if (!(key in defaults)) throw new Error(`unknown option --${a}`);
    if (typeof defaults[key] === 'boolean' && value === undefined) {
      out[key] = true;
      continue;
    }
    if (value === undefined) {
      value = argv[++i];
      if (value === undefined) throw new Error(`--${a}: missing value`);
    }
    out[key] = typeof defaults[key] === 'number' ? Number(value) : value;
    if (typeof defaults[key] === 'number' && !Number.isFinite(out[key])) throw new Error(`--${a}: not a number: ${value}`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Emulator process

export const TOKEN = 'bench-token';

export function emulatorBinary() {
  return process.env.HCLOUD_EMULATOR_BIN || path.join(REPO_ROOT, 'target', 'release', 'hcloud-emulator');
}

/**
 * Starts `hcloud-emulator --port 0 --no-rate-limit --quiet ...` (the OS picks a free port) and
 * waits for its `listening on URL` line. Returns { url, origin, args, pid, stop() }.
 */
export async function startEmulator({ actionDurationMs, timeScale, rateLimit }) {
  const bin = emulatorBinary();
  if (!existsSync(bin)) {
    throw new Error(`emulator binary not found at ${bin}: run \`cargo build --release -p hcloud-emulator\``);
  }
  const args = [
    '--port', '0',
    ...(rateLimit ? ['--rate-limit', rateLimit] : ['--no-rate-limit']),
    '--quiet',
    '--action-duration-ms', String(actionDurationMs),
    '--time-scale', String(timeScale),
  ];
  const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  const url = await new Promise((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`emulator did not start within 15 s: ${stderr || stdout}`)), 15000);
    child.stdout.on('data', (d) => {
      stdout += d;
      const m = /listening on (http:\/\/\S+)/.exec(stdout);
      if (m) {
        clearTimeout(timer);
        resolve(m[1].replace(/\/$/, ''));
      }
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`emulator exited (${code ?? signal}) before listening: ${stderr.trim()}`));
    });
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
  child.stdout.resume();
  const origin = new URL(url).origin;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await Promise.race([exited, sleep(3000)]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  // Never leave the emulator behind, whatever happens to this process.
  process.once('exit', () => {
    if (!stopped) child.kill('SIGKILL');
  });
  return { url, origin, args: [bin, ...args], pid: child.pid, stop, stderr: () => stderr };
}

async function control(origin, method, p, body) {
  const res = await fetch(origin + p, {
    method,
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${p}: HTTP ${res.status}: ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : undefined;
}

/** Empties the emulator's request log. */
export const clearRequests = (origin) => control(origin, 'DELETE', '/__emulator/requests');
/** The emulator's request log (API requests only; control requests are not logged). */
export const getRequests = (origin) => control(origin, 'GET', '/__emulator/requests');

/** Summarises a request log: total and per `METHOD operation`. */
export function summariseRequests(log) {
  const byOperation = {};
  let non2xx = 0;
  for (const r of log) {
    const key = `${r.method} ${r.operation ?? r.path}`;
    byOperation[key] = (byOperation[key] ?? 0) + 1;
    if (!(r.status >= 200 && r.status < 300)) non2xx++;
  }
  return { requests: log.length, by_operation: byOperation, non_2xx: non2xx };
}

/**
 * Creates `count` servers with plain HTTP POSTs (`concurrency` at a time,
 * `start_after_create: false`) and checks the total. Returns { first_id, ms, total }.
 */
export async function seedServers(url, { count, concurrency = 64, prefix = 'seed' }) {
  const t0 = now();
  let next = 0;
  let firstId = Infinity;
  const headers = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
  async function worker() {
    while (next < count) {
      const i = next++;
      const body = JSON.stringify({
        name: `${prefix}-${i}`,
        server_type: 'cx22',
        image: 'ubuntu-24.04',
        start_after_create: false,
      });
      let res;
      for (let attempt = 1; ; attempt++) {
        try {
          res = await fetch(`${url}/servers`, { method: 'POST', headers, body });
          break;
        } catch (e) {
          if (attempt >= 3) throw e;
          await sleep(100);
        }
      }
      const text = await res.text();
      if (res.status !== 201) throw new Error(`seeding: POST /servers -> HTTP ${res.status}: ${text.slice(0, 300)}`);
      const id = JSON.parse(text).server.id;
      if (id < firstId) firstId = id;
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  const res = await fetch(`${url}/servers?per_page=1`, { headers });
  const total = (await res.json()).meta?.pagination?.total_entries;
  if (total !== undefined && total < count) throw new Error(`seeding: expected ${count} servers, the emulator lists ${total}`);
  return { first_id: firstId, ms: round(now() - t0, 1), total: total ?? null };
}

/** True if the ELF file (a Linux .node) still has a `.debug_info` section, i.e. it is a debug build. */
export function elfHasDebugInfo(buf) {
  try {
    if (buf.readUInt32BE(0) !== 0x7f454c46 || buf[4] !== 2) return false; // not ELF64
    const shoff = Number(buf.readBigUInt64LE(0x28));
    const shentsize = buf.readUInt16LE(0x3a);
    const shnum = buf.readUInt16LE(0x3c);
    const shstrndx = buf.readUInt16LE(0x3e);
    const strtabOff = Number(buf.readBigUInt64LE(shoff + shstrndx * shentsize + 0x18));
    for (let i = 0; i < shnum; i++) {
      const nameOff = buf.readUInt32LE(shoff + i * shentsize);
      const start = strtabOff + nameOff;
      const name = buf.toString('latin1', start, buf.indexOf(0, start));
      if (name === '.debug_info') return true;
    }
  } catch {}
  return false;
}

/**
 * The kernel's count of connections dropped because a listen queue was full (TcpExt
 * ListenOverflows in /proc/net/netstat), or null where that file does not exist. The emulator
 * listens with tokio's default backlog of 128, so a client that opens ~200 connections at once
 * can overflow it; each dropped SYN is retried by the client's kernel after 1 s.
 */
export function listenOverflows() {
  try {
    const lines = readFileSync('/proc/net/netstat', 'utf8').split('\n').filter((l) => l.startsWith('TcpExt:'));
    const names = lines[0].trim().split(/\s+/);
    const values = lines[1].trim().split(/\s+/);
    const i = names.indexOf('ListenOverflows');
    return i > 0 ? Number(values[i]) : null;
  } catch {
    return null;
  }
}

/**
 * CPU accounting from /proc (Linux; null elsewhere): ticks the whole machine spent busy, and
 * ticks spent by this process, its waited-for children and the given extra pids (the emulator).
 * `otherCpuPercent(a, b)` is then the share of all cores that *other* processes used between
 * two snapshots: on a shared machine, work that competed with the benchmark.
 */
export function cpuSnapshot(extraPids = []) {
  try {
    const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal (guest is already counted in user)
    const total = cpu.slice(0, 8).reduce((a, b) => a + b, 0);
    const idle = cpu[3] + cpu[4];
    const procTicks = (pid, withChildren) => {
      const f = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const v = f.slice(f.lastIndexOf(')') + 2).split(' ').map(Number); // v[0] is field 3 (state)
      return v[11] + v[12] + (withChildren ? v[13] + v[14] : 0); // utime stime cutime cstime
    };
    let own = procTicks('self', true);
    for (const pid of extraPids) {
      try {
        own += procTicks(pid, true);
      } catch {}
    }
    return { total, busy: total - idle, own };
  } catch {
    return null;
  }
}

export function otherCpuPercent(a, b) {
  if (!a || !b || b.total <= a.total) return null;
  const other = b.busy - a.busy - (b.own - a.own);
  return round(Math.max(0, (100 * other) / (b.total - a.total)), 1);
}
