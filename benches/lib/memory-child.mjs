// Child of run.mjs for the `memory` workload, run in a fresh process of the same runtime
// (Node is started with --expose-gc):
//   <runtime> benches/lib/memory-child.mjs <contender module file URL> <baseUrl> <token> <serverId> <calls,...> <concurrency>
// Makes getServer calls with `concurrency` loops and prints one JSON line with the RSS and heap
// after each checkpoint (e.g. after 10,000 and after 100,000 calls in total). A full GC runs
// before each reading when the runtime allows it, so the readings show retained memory rather
// than garbage that has not been collected yet.
const [, , modUrl, baseUrl, token, serverIdText, checkpointsText, concurrencyText] = process.argv;
const serverId = Number(serverIdText);
const checkpoints = checkpointsText.split(',').map(Number);
const concurrency = Number(concurrencyText);

const MB = 1024 * 1024;
const gc = typeof Bun !== 'undefined' ? () => Bun.gc(true) : globalThis.gc;

async function settle() {
  if (!gc) return false;
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((r) => setTimeout(r, 30)); // lets finalizers (napi, FinalizationRegistry) run
  }
  return true;
}

function reading(calls) {
  const m = process.memoryUsage();
  return { calls, rss_mb: m.rss / MB, heap_used_mb: m.heapUsed / MB, external_mb: (m.external ?? 0) / MB };
}

const { default: contender } = await import(modUrl);
const client = contender.create({ baseUrl, token, pollIntervalMs: 500 });

let done = 0;
let errors = 0;
let firstError = null;
async function run(upTo) {
  let next = done;
  async function loop() {
    while (next < upTo) {
      next++;
      try {
        const r = await client.getServer(serverId);
        if ((r?.server ?? r)?.id !== serverId) throw new Error('getServer returned the wrong server');
      } catch (e) {
        errors++;
        firstError ??= e instanceof Error ? e.message : String(e?.message ?? e);
        if (errors > 1000 && errors > next / 2) throw new Error(`too many errors, first: ${firstError}`);
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, loop));
  done = upTo;
}

const gcUsed = await settle();
const readings = [reading(0)];
const t0 = performance.now();
for (const cp of checkpoints) {
  await run(cp);
  await settle();
  readings.push(reading(cp));
}
const seconds = (performance.now() - t0) / 1000;
process.stdout.write(JSON.stringify({ readings, gc: gcUsed, calls_per_s: done / seconds, errors, first_error: firstError }) + '\n');
// Some clients keep sockets or timers alive; this child is done.
process.exit(0);
