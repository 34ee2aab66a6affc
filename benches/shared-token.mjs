// The shared-token workload: 4 processes x 300 getServer calls (16 at a time each) on one token,
// bucket 200 refilling 100/s. Contenders: hcloud-native with its in-process budget (inferring
// the other processes from the headers), hcloud-native with the budget shared through Redis, and
// the plan's fetch client. Writes a Markdown table (--out FILE).
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import { redisAvailable, startRedis } from '../__test__/redis.mjs'
import { sharedTokenRun } from '../__test__/shared-token-run.mjs'

const out = process.argv[process.argv.indexOf('--out') + 1]
const worker = fileURLToPath(new URL('./lib/shared-token-worker.mjs', import.meta.url))
const bun = fileURLToPath(new URL('../node_modules/.bin/bun', import.meta.url))

const rows = []
async function run(name, runtime, options) {
  const r = await sharedTokenRun({ worker, runtimes: Array(4).fill(runtime), ...options })
  rows.push({ name, ...r })
  console.error(`shared-token ${name}: ${r.ok}/${r.total} ok, ${r.requests} requests, ${r.rateLimited} 429s, ${r.wallMs} ms`)
}

const redis = redisAvailable() ? await startRedis() : null
try {
  for (const [label, runtime] of [['Node', process.execPath], ['Bun', bun]]) {
    await run(`native, in-process budget (${label})`, runtime, {})
    if (redis) await run(`native, Redis store (${label})`, runtime, { store: redis.url })
    await run(`baseline (${label})`, runtime, { env: () => ({ HCLOUD_BENCH_CONTENDER: 'baseline' }) })
  }
} finally {
  await redis?.stop()
}

const ideal = rows[0].idealMs
let md = `## shared token: 4 processes x 300 calls, bucket 200 refilled 100/s\n\n`
md += `Each process runs 16 calls at a time; the ideal is the refill time of the calls beyond the bucket (${ideal} ms). Counted in the emulator's request log (\`node benches/shared-token.mjs\`).\n\n`
md += `| contender | calls ok | API requests | 429 responses | 429 share | wall ms | vs ideal |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n`
for (const r of rows) {
  md += `| ${r.name} | ${r.ok}/${r.total} | ${r.requests} | ${r.rateLimited} | ${((100 * r.rateLimited) / r.requests).toFixed(1)}% | ${r.wallMs} | ${(r.wallMs / r.idealMs).toFixed(2)}x |\n`
}
if (!redis) md += `\nredis-server is not installed: the Redis rows are missing.\n`
if (out) writeFileSync(out, md)
console.log(md)
