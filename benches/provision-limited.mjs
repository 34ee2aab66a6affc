// 200 parallel provisions under Hetzner's real rate limit (3600 requests, refilled 1 per second),
// with time scaled 20x: each action runs 60 emulated seconds (3 s real) and every client polls
// once per emulated second (50 ms real). Compares hcloud-native (one batched poller, adaptive
// budget) with the plan's baseline client, which polls each action on its own. Reports total API
// requests, 429 responses, failed provisions and wall time, from the emulator's request log.
//
// Run: node benches/provision-limited.mjs [--out benches/results/provision-limited.md]
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { BENCH_DIR, TOKEN, getRequests, now, parseArgs, round, startEmulator } from './lib/common.mjs'

const opts = parseArgs(process.argv.slice(2), {
  out: path.join(BENCH_DIR, 'results', 'provision-limited.md'),
  provisions: 200,
  timeScale: 20,
  actionDurationMs: 60000,
  contenders: 'native,baseline',
})
const FILES = { native: 'contenders/native.mjs', baseline: 'contenders/baseline.mjs' }
const pollMs = 1000 / opts.timeScale

const rows = []
for (const name of opts.contenders.split(',')) {
  const contender = (await import(pathToFileURL(path.join(BENCH_DIR, FILES[name])).href)).default
  // A fresh emulator for each contender: both start with a full bucket.
  const emu = await startEmulator({ actionDurationMs: opts.actionDurationMs, timeScale: opts.timeScale, rateLimit: '3600/1' })
  try {
    const client = contender.create({ baseUrl: emu.url, token: TOKEN, pollIntervalMs: pollMs })
    const t0 = now()
    const settled = await Promise.allSettled(
      Array.from({ length: opts.provisions }, (_, i) =>
        client.provision({ name: `lim-${name}-${i}`, server_type: 'cx22', image: 'ubuntu-24.04' }),
      ),
    )
    const ms = now() - t0
    const log = await getRequests(emu.origin)
    const failed = settled.filter((s) => s.status === 'rejected')
    rows.push({
      name,
      ms: round(ms, 0),
      requests: log.length,
      polls: log.filter((r) => r.method === 'GET').length,
      limited: log.filter((r) => r.status === 429).length,
      failed: failed.length,
      firstError: failed[0] ? String(failed[0].reason?.message ?? failed[0].reason).slice(0, 120) : '',
    })
    console.error(`provision-limited ${name}:`, JSON.stringify(rows.at(-1)))
  } finally {
    await emu.stop()
  }
}

const base = rows.find((r) => r.name === 'baseline')
const ratio = (a, b) => (b ? `${(a / b).toFixed(2)}x` : '—')
const md = [
  '## provision under the rate limit: 200 parallel provisions, bucket 3600 refilled 1/s',
  '',
  `Time scaled ${opts.timeScale}x: actions run ${opts.actionDurationMs / 1000} emulated s, clients poll every emulated second (${pollMs} ms real). Counted in the emulator's request log (Node, \`node benches/provision-limited.mjs\`).`,
  '',
  '| contender | API requests | vs baseline | action polls | 429 responses | failed provisions | wall ms |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map((r) => `| ${r.name} | ${r.requests} | ${ratio(r.requests, base?.requests)} | ${r.polls} | ${r.limited} | ${r.failed}${r.firstError ? ` (${r.firstError})` : ''} | ${r.ms} |`),
  '',
].join('\n')
writeFileSync(opts.out, md)
console.log(md)
process.exit(0)
