// The cost of one round trip through the napi boundary without HTTP: `waitForActions([])` goes
// JS -> napi -> tokio -> completion queue -> JS. Prints wall and CPU time per round trip.
// Usage: node benches/profile/hop.mjs  |  node_modules/.bin/bun benches/profile/hop.mjs
import { HetznerClient } from '../../index.mjs';

const client = new HetznerClient({ apiToken: 'hop-token', baseUrl: 'http://127.0.0.1:9/v1' });
const runtime = typeof Bun !== 'undefined' ? `bun ${Bun.version}` : `node ${process.version}`;
for (let round = 0; round < 3; round++) {
  const n = 20000;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await client.waitForActions([]);
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  console.log(`${runtime}: ${((wall * 1000) / n).toFixed(1)} µs wall, ${((cpu.user + cpu.system) / n).toFixed(1)} µs CPU per round trip`);
}
