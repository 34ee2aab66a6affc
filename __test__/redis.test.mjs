// One budget for every process that uses a token, kept in a real Redis: 4 processes (Node and
// Bun mixed) draw no 429 and use the refill; Redis down at start or mid-run loses no call.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

import { HetznerClient } from '../index.mjs'
import { after, before, describe, runtime, test } from './harness.mjs'
import { clientFor, serverParams, startEmulator } from './helpers.mjs'
import { redisAvailable, startRedis } from './redis.mjs'
import { sharedTokenRun } from './shared-token-run.mjs'

const BUN = fileURLToPath(new URL('../node_modules/.bin/bun', import.meta.url))
const NODE = spawnSync('node', ['-e', 'process.stdout.write(process.execPath)']).stdout.toString()

if (!redisAvailable()) throw new Error('redis-server is not installed: scripts/test.sh installs it (apt-get install redis-server)')

function summary(r) {
  return `${r.ok}/${r.total} ok, ${r.requests} requests, ${r.rateLimited} 429s, ${r.wallMs} ms against ${r.idealMs} ms ideal`
}

describe('a budget shared through Redis', () => {
  let redis
  before(async () => {
    redis = await startRedis()
  })
  after(async () => redis.stop())

  test(`4 processes (2 Node, 2 Bun) x 300 calls on one store: no 429, within 1.2x of the refill (${runtime})`, async () => {
    const r = await sharedTokenRun({ store: redis.url, runtimes: [NODE, BUN, NODE, BUN] })
    console.log(`redis store: ${summary(r)}`)
    assert.equal(r.ok, r.total, JSON.stringify(r.results))
    assert.equal(r.rateLimited, 0)
    assert.ok(r.wallMs <= 1.2 * r.idealMs, summary(r))
    // The bucket is in Redis under a hash, never under the token.
    const keys = redis.cli('--scan', '--pattern', '*')
    assert.match(keys, /^hcloud-native:budget:[0-9a-f]{32}$/m)
    assert.ok(!keys.includes('token'))
  }, { timeout: 90_000 })

  test('Redis down mid-run: no call lost, one warning per process; back: the shared budget resumes', async () => {
    const r = await sharedTokenRun({
      store: redis.url,
      processes: 2,
      calls: 300,
      during: async () => {
        await new Promise((res) => setTimeout(res, 1500))
        await redis.stop()
        await new Promise((res) => setTimeout(res, 1500))
        await redis.restart()
      },
    })
    console.log(`redis down mid-run: ${summary(r)}`)
    assert.equal(r.ok, r.total, JSON.stringify(r.results))
    for (const w of r.results) {
      assert.equal(w.warnings.filter((m) => m.includes('Redis')).length, 1, JSON.stringify(w.warnings))
    }
    // After the restart the workers wrote the bucket into the new Redis again.
    assert.match(redis.cli('--scan', '--pattern', 'hcloud-native:*'), /budget/)
  }, { timeout: 90_000 })

  test('Redis unreachable from the start: calls go on with the in-process budget, one warning', async () => {
    const emu = await startEmulator({ rateLimit: { limit: 50, refillPerSecond: 100 } })
    try {
      const warnings = []
      const client = new HetznerClient({
        apiToken: 'made-up-token-for-a-dead-store',
        baseUrl: emu.url,
        rateLimit: { store: 'redis://127.0.0.1:9' },
        logger: { warn: (m) => warnings.push(m) },
      })
      const results = await Promise.all(Array.from({ length: 100 }, () => client.request('GET', '/locations')))
      assert.equal(results.length, 100)
      assert.equal(warnings.filter((m) => m.includes('Redis')).length, 1, JSON.stringify(warnings))
      assert.equal((await emu.requests()).filter((q) => q.status === 429).length, 0)
    } finally {
      await emu.stop()
    }
  })

  test('store options are checked', () => {
    const base = { apiToken: 'made-up', baseUrl: 'http://127.0.0.1:9/v1' }
    assert.throws(() => new HetznerClient({ ...base, rateLimit: { store: 'http://x' } }), /rateLimit\.store/)
    assert.throws(() => new HetznerClient({ ...base, rateLimit: { store: { url: redis.url, prefx: 'a' } } }), /prefx/)
    new HetznerClient({ ...base, rateLimit: { store: { url: redis.url, prefix: 'app:' } } })
  })
})
