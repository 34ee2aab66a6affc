// Child of run.mjs for the `startup` workload, run in a fresh process of the same runtime:
//   <runtime> benches/lib/startup-child.mjs <contender module file URL>
// Prints one JSON line: import_ms (the dynamic import of the contender's adapter, which imports
// the client package and everything it needs, e.g. the .node addon) and ready_ms (time since the
// process started, as performance.now() counts it: runtime boot + import).
const t0 = performance.now();
const mod = await import(process.argv[2]);
const t1 = performance.now();
if (!mod.default || typeof mod.default.create !== 'function') throw new Error('no adapter in ' + process.argv[2]);
process.stdout.write(JSON.stringify({ import_ms: t1 - t0, ready_ms: t1 }) + '\n');
