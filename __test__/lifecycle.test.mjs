// Clients come and go: a dropped, idle client frees its native object and its connections,
// and a long mix of faults leaves every promise settled with a documented code and memory flat.
import assert from 'node:assert/strict'
import { readdirSync, readlinkSync } from 'node:fs'
import { createRequire } from 'node:module'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

import { HetznerClient, HetznerError } from '../index.mjs'
import { after, before, describe, test } from './harness.mjs'
import { FAST_RETRY, TOKEN, clientFor, serverParams, startEmulator } from './helpers.mjs'

const native = createRequire(import.meta.url)('../native.js')

function collectGarbage() {
  if (typeof Bun !== 'undefined') return Bun.gc(true)
  setFlagsFromString('--expose-gc')
  runInNewContext('gc')()
}

/** Sockets this process holds open (Linux). */
function openSockets() {
  let n = 0
  for (const fd of readdirSync('/proc/self/fd')) {
    try {
      if (readlinkSync(`/proc/self/fd/${fd}`).startsWith('socket:')) n++
    } catch {}
  }
  return n
}

async function settleGc(until) {
  for (let i = 0; i < 100 && !until(); i++) {
    collectGarbage()
    await new Promise((r) => setTimeout(r, 20))
  }
}

describe('3. dropped clients are collected', () => {
  let emu
  before(async () => {
    emu = await startEmulator({ token: TOKEN })
  })
  after(async () => emu.stop())

  test('2,000 clients created, used and dropped: native objects freed, connections flat', async () => {
    const keep = clientFor(emu)
    const { server } = await keep.createServer(serverParams('churn'))
    await settleGc(() => false)
    const liveBefore = native.liveNativeClients()
    const socketsBefore = openSockets()
    let peakSockets = 0
    for (let round = 0; round < 20; round++) {
      const batch = Array.from({ length: 100 }, () =>
        new HetznerClient({ apiToken: TOKEN, baseUrl: emu.url, logger: {} }).getServer(server.id),
      )
      const results = await Promise.all(batch)
      assert.ok(results.every((r) => r.server.id === server.id))
      peakSockets = Math.max(peakSockets, openSockets())
    }
    await settleGc(() => native.liveNativeClients() <= liveBefore + 20)
    const liveAfter = native.liveNativeClients()
    assert.ok(liveAfter <= liveBefore + 20, `native clients: ${liveBefore} before, ${liveAfter} after 2,000 dropped`)
    // One shared pool: at most a batch's worth of connections (client and emulator ends), not 2,000.
    const socketsAfter = openSockets()
    assert.ok(peakSockets - socketsBefore <= 2 * 100 + 10, `sockets: ${socketsBefore} before, peak ${peakSockets}`)
    assert.ok(socketsAfter - socketsBefore <= 2 * 100 + 10, `sockets: ${socketsBefore} before, ${socketsAfter} after`)
    // The client that is still referenced keeps working.
    assert.equal((await keep.getServer(server.id)).server.id, server.id)
  }, { timeout: 120_000 })

  test('a client with a call in flight is not collected before the call settles', async () => {
    let p
    {
      const c = new HetznerClient({ apiToken: TOKEN, baseUrl: emu.url, logger: {} })
      await emu.inject({ method: 'GET', path: '/v1/locations', times: 1, kind: 'delay', ms: 300 })
      p = c.request('GET', '/locations')
    }
    collectGarbage()
    await new Promise((r) => setTimeout(r, 50))
    collectGarbage()
    const out = await p
    assert.ok(Array.isArray(out.locations))
  })
})

// Codes a caller may see from this soak: the client's own and the API's for the injected faults.
const DOCUMENTED = new Set([
  'network_error', 'request_timeout', 'deadline_exceeded', 'aborted', 'invalid_response',
  'server_error', 'bad_gateway', 'unavailable', 'timeout', 'rate_limit_exceeded', 'conflict', 'not_found',
])

describe('soak: a mix of faults', () => {
  let emu
  before(async () => {
    emu = await startEmulator({ token: TOKEN })
  })
  after(async () => emu.stop())

  test('6,000 calls under random faults: all settle, documented codes only, memory flat', async () => {
    const client = clientFor(emu, { retry: { ...FAST_RETRY, maxAttempts: 3 }, timeoutMs: 300 })
    const { server } = await client.createServer(serverParams('soak'))
    const path = `/v1/servers/${server.id}`
    const faults = [
      { kind: 'status', status: 500, code: 'server_error' },
      { kind: 'status', status: 503, code: 'unavailable' },
      { kind: 'status', status: 429, code: 'rate_limit_exceeded' },
      { kind: 'drop_before' },
      { kind: 'drop_after' },
      { kind: 'malformed' },
      { kind: 'truncated' },
      { kind: 'delay', ms: 400 },
    ]
    for (const f of faults) await emu.inject({ method: 'GET', path, probability: 0.04, ...f })
    const codes = new Map()
    let ok = 0
    async function round(n) {
      const calls = Array.from({ length: n }, (_, i) => {
        const controller = new AbortController()
        if (i % 17 === 0) setTimeout(() => controller.abort(), i % 5)
        return client.getServer(server.id, { signal: controller.signal, deadlineMs: i % 13 === 0 ? 50 : 5_000 }).then(
          (r) => {
            assert.equal(r.server.id, server.id)
            ok++
          },
          (e) => {
            assert.ok(e instanceof HetznerError, String(e))
            codes.set(e.code, (codes.get(e.code) ?? 0) + 1)
          },
        )
      })
      await Promise.all(calls)
    }
    for (let i = 0; i < 10; i++) await round(200)
    collectGarbage()
    const heapWarm = process.memoryUsage().heapUsed
    const rssWarm = process.memoryUsage().rss
    for (let i = 0; i < 20; i++) await round(200)
    collectGarbage()
    const heapGrowth = process.memoryUsage().heapUsed - heapWarm
    const rssGrowth = process.memoryUsage().rss - rssWarm
    const total = ok + [...codes.values()].reduce((a, b) => a + b, 0)
    assert.equal(total, 6000, 'every promise settled')
    assert.ok(ok > 3000, `${ok} succeeded`)
    for (const code of codes.keys()) assert.ok(DOCUMENTED.has(code), `undocumented code ${code}`)
    assert.ok(heapGrowth < 8 << 20, `heap grew ${heapGrowth} bytes over 4,000 calls`)
    assert.ok(rssGrowth < 48 << 20, `rss grew ${rssGrowth} bytes over 4,000 calls`)
  }, { timeout: 180_000 })
})
