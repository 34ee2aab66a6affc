// Construction cost: `new HetznerClient()` against the plan's fetch client, 5,000 each after a
// warm-up, in one process. `node benches/construct.mjs [--out FILE]`; also under Bun.
import { writeFileSync } from 'node:fs'

import { HetznerClient as Baseline } from './baseline/dist/hetzner-client.js'
import { HetznerClient } from '../index.mjs'

const out = process.argv.includes('--out') ? process.argv[process.argv.indexOf('--out') + 1] : undefined
const runtime = typeof Bun !== 'undefined' ? `Bun ${Bun.version}` : `Node ${process.version}`
const N = 5000
const keep = []
function time(make) {
  for (let i = 0; i < 200; i++) keep.push(make(i))
  keep.length = 0
  const t0 = performance.now()
  for (let i = 0; i < N; i++) keep.push(make(i))
  const ms = (performance.now() - t0) / N
  keep.length = 0
  return ms
}
const options = (i) => ({ apiToken: `made-up-token-${i}`, baseUrl: 'http://127.0.0.1:9/v1' })
const native = time((i) => new HetznerClient({ ...options(i), logger: {} }))
const base = time((i) => new Baseline(options(i)))
const md = `| ${runtime} | ${(native * 1000).toFixed(1)} µs | ${(base * 1000).toFixed(1)} µs |\n`
if (out) writeFileSync(out, md, { flag: 'a' })
console.log(md)
