// The waiting workload: 50 parallel createServer + wait for the create_server action, actions
// lasting 2 s, default poll interval (1 s). Reports how late each wait noticed its action's end
// (median, p90, max) and how many action polls were sent, for hcloud-native's batched poller and
// for the plan's client, which polls each action on its own at the same interval.
// `node benches/waiting.mjs [--out FILE]`; also under Bun.
import { writeFileSync } from 'node:fs'

import { HetznerClient as Baseline } from './baseline/dist/hetzner-client.js'
import { HetznerClient, HetznerEmulator } from '../index.mjs'

const out = process.argv.includes('--out') ? process.argv[process.argv.indexOf('--out') + 1] : undefined
const N = 50
const DURATION = 2000
const INTERVAL = 1000
const token = 'bench-token-made-up'
const runtime = typeof Bun !== 'undefined' ? `Bun ${Bun.version}` : `Node ${process.version}`

function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]
}

async function measure(name, wait) {
  const emu = await HetznerEmulator.start({ token, actionDurationMs: DURATION, timeScale: 1, rateLimit: false })
  try {
    const native = new HetznerClient({ apiToken: token, baseUrl: emu.url, pollIntervalMs: INTERVAL, logger: {} })
    const late = await Promise.all(
      Array.from({ length: N }, async (_, i) => {
        await new Promise((r) => setTimeout(r, i * 7)) // creates spread over 350 ms, as real ones are
        const { action } = await native.createServer({ name: `wait-${i}`, server_type: 'cx22', image: 'ubuntu-24.04' })
        const created = performance.now()
        await wait(emu, action)
        return performance.now() - created - DURATION
      }),
    )
    const polls = (await emu.requests()).filter((r) => r.method === 'GET' && r.path.startsWith('/v1/actions')).length
    return { name, median: quantile(late, 0.5), p90: quantile(late, 0.9), max: Math.max(...late), polls }
  } finally {
    await emu.stop()
  }
}

const rows = []
rows.push(
  await measure('native (batched poller)', (emu, action) => {
    emu.client ??= new HetznerClient({ apiToken: token, baseUrl: emu.url, pollIntervalMs: INTERVAL, logger: {} })
    return emu.client.waitForAction(action)
  }),
)
rows.push(
  await measure('baseline (polls each action)', (emu, action) => {
    emu.base ??= new Baseline({ apiToken: token, baseUrl: emu.url })
    return emu.base.waitForAction(action.id, INTERVAL)
  }),
)
let md = `## waiting: ${N} parallel createServer + wait, actions of ${DURATION / 1000} s, poll interval ${INTERVAL} ms (${runtime})\n\n`
md += `Lateness: how long after the action's end the wait resolved. \`node benches/waiting.mjs\`.\n\n`
md += `| contender | median ms late | p90 ms late | max ms late | action polls | polls vs baseline |\n| --- | ---: | ---: | ---: | ---: | ---: |\n`
for (const r of rows) {
  md += `| ${r.name} | ${r.median.toFixed(0)} | ${r.p90.toFixed(0)} | ${r.max.toFixed(0)} | ${r.polls} | ${(r.polls / rows[1].polls).toFixed(2)}x |\n`
}
if (out) writeFileSync(out, md)
console.log(md)
