// One contender's getServer loop for a profiler: `loop.mjs URL ID CONTENDER CONCURRENCY SECONDS`.
import baseline from '../contenders/baseline.mjs';
import native from '../contenders/native.mjs';

const [url, id, which, conc, secs] = process.argv.slice(2);
const client = (which === 'native' ? native : baseline).create({ baseUrl: url, token: 'profile-token' });
const end = performance.now() + Number(secs) * 1000;
let calls = 0;
await Promise.all(
  Array.from({ length: Number(conc) }, async () => {
    while (performance.now() < end) {
      await client.getServer(Number(id));
      calls++;
    }
  }),
);
console.log(`${which} concurrency ${conc}: ${calls} calls`);
