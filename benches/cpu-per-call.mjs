// CPU per call: each contender alone runs `getServer` loops at concurrency 1 and 64 against
// the release emulator (its own process, so its CPU is not counted), and this process's CPU
// time (user + system, all threads: the runtime's, tokio's, the HTTP stack's) is divided by
// the calls made. Rounds alternate between contenders so drift affects both alike.
// Runs under Node and Bun:
//   node benches/cpu-per-call.mjs [--duration-s 2] [--rounds 3] [--out file.json]
//   node_modules/.bin/bun benches/cpu-per-call.mjs ...
import { readFileSync, writeFileSync } from 'node:fs';

import baseline from './contenders/baseline.mjs';
import native from './contenders/native.mjs';
import { TOKEN, median, now, parseArgs, round, runtimeName, seedServers, startEmulator } from './lib/common.mjs';

const opts = parseArgs(process.argv.slice(2), { durationS: 2, rounds: 3, out: '' });

/** The smallest client there is: one `fetch` and `JSON.parse` per call, no retries. */
const bareFetch = {
  name: 'fetch',
  create({ baseUrl, token }) {
    const headers = { authorization: `Bearer ${token}` };
    return { getServer: async (id) => (await fetch(`${baseUrl}/servers/${id}`, { headers })).json() };
  },
};

function cpuMicros() {
  const u = process.cpuUsage();
  return u.user + u.system;
}

/** The emulator's CPU time in µs (Linux: /proc/PID/stat, utime + stime in clock ticks of 10 ms), or NaN. */
function emulatorCpuMicros(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10_000;
  } catch {
    return NaN;
  }
}

async function loop(client, id, concurrency, ms) {
  let calls = 0;
  const end = now() + ms;
  async function worker() {
    while (now() < end) {
      const body = await client.getServer(id);
      if (body.server?.id !== id) throw new Error('wrong answer');
      calls++;
    }
  }
  const cpu0 = cpuMicros();
  const emu0 = emulatorCpuMicros(emu.pid);
  const t0 = now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const wallMs = now() - t0;
  return { calls, wallMs, cpuUs: cpuMicros() - cpu0, emuCpuUs: emulatorCpuMicros(emu.pid) - emu0 };
}

const emu = await startEmulator({ actionDurationMs: 1000, timeScale: 1, rateLimit: false });
try {
  const { first_id: id } = await seedServers(emu.url, { count: 1 });
  const contenders = [native, baseline, bareFetch];
  const clients = contenders.map((c) => c.create({ baseUrl: emu.url, token: TOKEN }));
  const results = {};
  for (const concurrency of [1, 64]) {
    for (const c of clients) await loop(c, id, concurrency, 300); // warm-up
    const samples = contenders.map(() => []);
    for (let r = 0; r < opts.rounds; r++) {
      for (let i = 0; i < clients.length; i++) samples[i].push(await loop(clients[i], id, concurrency, opts.durationS * 1000));
    }
    contenders.forEach((c, i) => {
      const s = samples[i];
      results[`${c.name}@${concurrency}`] = {
        calls_per_s: round(median(s.map((x) => (x.calls * 1000) / x.wallMs)), 0),
        cpu_us_per_call: round(median(s.map((x) => x.cpuUs / x.calls)), 1),
        wall_us_per_call: round(median(s.map((x) => (x.wallMs * 1000) / x.calls)), 1),
        emulator_cpu_us_per_call: round(median(s.map((x) => x.emuCpuUs / x.calls)), 1),
      };
    });
  }
  const out = { runtime: runtimeName(), duration_s: opts.durationS, rounds: opts.rounds, results };
  console.log(`## CPU per call, ${out.runtime}: getServer, each contender alone, median of ${opts.rounds} rounds of ${opts.durationS} s`);
  console.log('');
  console.log('CPU = this process (all threads: the runtime\'s, tokio\'s, the HTTP stack\'s) per call; the emulator runs in its own process, and its CPU per call (from /proc, 10 ms ticks) is in the last column.');
  console.log('');
  console.log('| contender | concurrency | calls/s | CPU µs/call | wall µs/call | CPU vs baseline | emulator CPU µs/call |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [key, r] of Object.entries(results)) {
    const [name, conc] = key.split('@');
    const base = results[`baseline@${conc}`];
    console.log(`| ${name} | ${conc} | ${r.calls_per_s} | ${r.cpu_us_per_call} | ${r.wall_us_per_call} | ${round(r.cpu_us_per_call / base.cpu_us_per_call, 2)}x | ${r.emulator_cpu_us_per_call} |`);
  }
  console.log('');
  if (opts.out) writeFileSync(opts.out, JSON.stringify(out, null, 2) + '\n');
} finally {
  await emu.stop();
}
