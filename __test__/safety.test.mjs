// Retries that are safe by construction: no duplicate creates, no 429 storms, one batched
// poller, lock waits, deadlines and cancellation.
import assert from 'node:assert/strict'

import { after, before, describe, test } from './harness.mjs'
import { clientFor, makePublicKey, rejection, requestsTo, serverParams, startEmulator } from './helpers.mjs'

describe('creates never duplicate', () => {
  let emu
  let client
  before(async () => {
    emu = await startEmulator({ actionDurationMs: 100 })
    client = clientFor(emu)
  })
  after(async () => emu.stop())

  test('a server committed before the connection dropped is recovered, not created twice', async () => {
    await emu.inject({ method: 'POST', path: '/v1/servers', times: 1, kind: 'drop_after' })
    const created = await client.createServer(serverParams('once-1', { labels: { team: 'a' } }))
    assert.equal(created.server.name, 'once-1')
    assert.equal(created.action.command, 'create_server')
    assert.equal(created.root_password, null)
    assert.deepEqual(
      created.next_actions.map((a) => a.command),
      ['start_server'],
    )
    await client.waitForAction(created.action)
    const servers = await client.listAllServers()
    assert.equal(servers.filter((s) => s.name === 'once-1').length, 1)
    assert.equal(requestsTo(await emu.requests(), 'POST', '/v1/servers').length, 1)
  })

  test('a 502 after the commit is recovered the same way', async () => {
    // The gateway answers 502 although the server was made: emulate with drop_after + a later 502.
    await emu.inject({ method: 'POST', path: '/v1/servers', times: 1, kind: 'drop_after' })
    await emu.inject({ method: 'GET', path: '/v1/servers', times: 1, kind: 'status', status: 502, code: 'bad_gateway' })
    const created = await client.createServer(serverParams('once-2'))
    assert.equal(created.server.name, 'once-2')
    const servers = await client.listAllServers({ name: 'once-2' })
    assert.equal(servers.length, 1)
  })

  test('SSH keys and firewalls are recovered too', async () => {
    await emu.inject({ method: 'POST', path: '/v1/ssh_keys', times: 1, kind: 'drop_after' })
    const { ssh_key } = await client.createSSHKey({ name: 'once-key', public_key: makePublicKey('k@x') })
    assert.equal(ssh_key.name, 'once-key')
    await emu.inject({ method: 'POST', path: '/v1/firewalls', times: 1, kind: 'drop_after' })
    const fw = await client.createFirewall({ name: 'once-fw', labels: { a: 'b' } })
    assert.equal(fw.firewall.name, 'once-fw')
    const keys = await client.request('GET', '/ssh_keys', { query: { name: 'once-key' } })
    const fws = await client.request('GET', '/firewalls', { query: { name: 'once-fw' } })
    assert.equal(keys.ssh_keys.length, 1)
    assert.equal(fws.firewalls.length, 1)
    assert.equal(requestsTo(await emu.requests(), 'POST', '/v1/firewalls').length, 1)
  })

  test("someone else's resource holding the name gives uniqueness_error", async () => {
    await client.createFirewall({ name: 'taken-fw', labels: { owner: 'other' } })
    await emu.inject({ method: 'POST', path: '/v1/firewalls', times: 1, kind: 'drop_before' })
    const e = await rejection(client.createFirewall({ name: 'taken-fw', labels: { owner: 'me' } }))
    assert.equal(e.code, 'uniqueness_error')
  })

  test('an action POST whose response was lost finds its action instead of resending', async () => {
    const created = await client.createServer(serverParams('power-1'))
    await client.waitForActions([created.action, ...created.next_actions])
    await emu.inject({ method: 'POST', path: `/v1/servers/${created.server.id}/actions/poweroff`, times: 1, kind: 'drop_after' })
    const res = await client.serverAction(created.server.id, 'poweroff')
    assert.equal(res.action.command, 'stop_server')
    const posts = requestsTo(await emu.requests(), 'POST', `/v1/servers/${created.server.id}/actions/poweroff`)
    assert.equal(posts.length, 1)
  })

  test('a DELETE whose first attempt was applied but lost resolves as deleted', async () => {
    const { ssh_key } = await client.createSSHKey({ name: 'del-twice', public_key: makePublicKey('d@x') })
    await emu.inject({ method: 'DELETE', path: `/v1/ssh_keys/${ssh_key.id}`, times: 1, kind: 'drop_after' })
    assert.equal(await client.deleteSSHKey(ssh_key.id), undefined)
    const dels = requestsTo(await emu.requests(), 'DELETE', `/v1/ssh_keys/${ssh_key.id}`)
    assert.deepEqual(
      dels.map((r) => r.status),
      [204, 404],
    )
  })

  test('a delete on a locked server waits for the running action, then succeeds', async () => {
    const slow = await startEmulator({ actionDurationMs: 400 })
    try {
      const c = clientFor(slow)
      const created = await c.createServer(serverParams('locked-1'))
      const started = Date.now()
      const { action } = await c.deleteServer(created.server.id)
      assert.equal(action.command, 'delete_server')
      const dels = requestsTo(await slow.requests(), 'DELETE', `/v1/servers/${created.server.id}`)
      assert.equal(dels[0].status, 423, 'the first delete met the lock')
      assert.equal(dels.at(-1).status, 200)
      assert.ok(Date.now() - started >= 200)
    } finally {
      await slow.stop()
    }
  })
})

describe('rate-limit budget', () => {
  test('300 concurrent GETs against limit 50 / refill 10 per second: no 429, near the refill time', async () => {
    const timeScale = 10
    const emu = await startEmulator({ rateLimit: { limit: 50, refillPerSecond: 10 }, timeScale })
    try {
      const client = clientFor(emu)
      await client.getAction(1).catch(() => {}) // one request: the budget learns the headers
      await emu.reset()
      const started = Date.now()
      const results = await Promise.allSettled(Array.from({ length: 300 }, () => client.request('GET', '/locations')))
      const elapsed = (Date.now() - started) / 1000
      const failures = results.filter((r) => r.status === 'rejected')
      assert.equal(failures.length, 0, String(failures[0]?.reason))
      const log = await emu.requests()
      const limited = log.filter((r) => r.status === 429).length
      assert.equal(limited, 0, '429 responses')
      // 50 at once, then 250 at the refill rate of 10 per emulated second.
      const ideal = (300 - 50) / (10 * timeScale)
      assert.ok(elapsed <= ideal * 1.15, `took ${elapsed.toFixed(2)} s, ideal ${ideal.toFixed(2)} s`)
    } finally {
      await emu.stop()
    }
  }, { timeout: 30_000 })
})

describe('one batched poller', () => {
  test('200 concurrent provisions use at most ceil(200/25) action polls per tick', async () => {
    const emu = await startEmulator({ actionDurationMs: 1500 })
    try {
      const pollIntervalMs = 200
      const client = clientFor(emu, { pollIntervalMs })
      const start = (await emu.requests()).length
      const results = await Promise.all(
        Array.from({ length: 200 }, async (_, i) => {
          const created = await client.createServer(serverParams(`fleet-${i}`))
          return client.waitForAction(created.action)
        }),
      )
      assert.ok(results.every((a) => a.status === 'success'))
      const polls = (await emu.requests()).slice(start).filter((r) => r.method === 'GET' && r.path === '/v1/actions')
      // A tick is a burst of polls; bursts are separated by at least half an interval.
      const ticks = []
      for (const p of polls) {
        const last = ticks.at(-1)
        if (last && p.at_ms - last.at(-1).at_ms < pollIntervalMs / 2) last.push(p)
        else ticks.push([p])
      }
      const maxPerTick = Math.max(...ticks.map((t) => t.length))
      assert.ok(maxPerTick <= Math.ceil(200 / 25), `${maxPerTick} polls in one tick`)
      for (const p of polls) assert.ok(p.query.split('&').filter((q) => q.startsWith('id=')).length <= 25)
      const perAction = polls.length / 200
      assert.ok(perAction < 1, `${polls.length} polls for 200 actions`)
    } finally {
      await emu.stop()
    }
  }, { timeout: 60_000 })
})

describe('deadlines and cancellation', () => {
  let emu
  before(async () => {
    emu = await startEmulator()
  })
  after(async () => emu.stop())

  test('abort during a backoff sleep rejects within 50 ms', async () => {
    const client = clientFor(emu, { retry: { initialDelayMs: 5000, maxDelayMs: 5000, jitter: 'none' } })
    await emu.inject({ method: 'GET', path: '/v1/locations', times: 1, kind: 'status', status: 503, code: 'unavailable' })
    const ac = new AbortController()
    const p = client.request('GET', '/locations', undefined, { signal: ac.signal })
    await new Promise((r) => setTimeout(r, 100)) // the 503 arrived; the client sleeps 5 s
    const t0 = performance.now()
    ac.abort()
    const e = await rejection(p)
    const took = performance.now() - t0
    assert.equal(e.code, 'aborted')
    assert.equal(e.attempts, 1)
    assert.ok(took < 50, `rejected after ${took.toFixed(1)} ms`)
  })

  test('abort during a slow response rejects within 50 ms and closes the connection', async () => {
    const client = clientFor(emu)
    await emu.inject({ method: 'GET', path: '/v1/locations', times: 1, kind: 'delay', ms: 3000 })
    const ac = new AbortController()
    const p = client.request('GET', '/locations', undefined, { signal: ac.signal })
    await new Promise((r) => setTimeout(r, 100))
    const t0 = performance.now()
    ac.abort()
    const e = await rejection(p)
    const took = performance.now() - t0
    assert.equal(e.code, 'aborted')
    assert.ok(took < 50, `rejected after ${took.toFixed(1)} ms`)
    // The emulator records a request whose client went away before the answer as status 499.
    await new Promise((r) => setTimeout(r, 100))
    const closed = (await emu.requests()).filter((r) => r.path === '/v1/locations' && r.status === 499)
    assert.equal(closed.length, 1, 'the emulator saw the connection closed')
  })

  test('deadlineMs bounds the whole call, retries included', async () => {
    const client = clientFor(emu, { retry: { initialDelayMs: 200, maxDelayMs: 200, jitter: 'none', maxAttempts: 10 } })
    await emu.inject({ method: 'GET', path: '/v1/locations', times: 10, kind: 'status', status: 503, code: 'unavailable' })
    const t0 = Date.now()
    const e = await rejection(client.request('GET', '/locations', undefined, { deadlineMs: 500 }))
    await emu.clearFaults()
    assert.equal(e.code, 'deadline_exceeded')
    assert.ok(Date.now() - t0 < 800)
    assert.ok(e.attempts >= 2 && e.attempts <= 4, `attempts ${e.attempts}`)
  })
})

describe('review fixes', () => {
  let emu
  let client
  before(async () => {
    emu = await startEmulator({ actionDurationMs: 200 })
    client = clientFor(emu)
  })
  after(async () => emu.stop())

  test('request() paths cannot leave the base URL (the token goes with every request)', async () => {
    const before = (await emu.requests()).length
    for (const path of ['/\\\\evil.example/x', '/\\/evil.example/x', '/http:evil.example/x', '/../x', '/%2e%2e/x', '/servers/../../x', 'servers']) {
      const e = await rejection(client.request('GET', path))
      assert.equal(e.code, 'invalid_argument', `${path}: ${e.message}`)
    }
    assert.equal((await emu.requests()).length, before)
  })

  test('deleteServer resolves with action null when an earlier attempt deleted the server', async () => {
    const created = await client.createServer(serverParams('gone-1'))
    await client.waitForActions([created.action, ...created.next_actions])
    await emu.inject({ method: 'DELETE', path: `/v1/servers/${created.server.id}`, times: 1, kind: 'drop_after' })
    const res = await client.deleteServer(created.server.id)
    assert.equal(res.action, null)
    assert.equal((await rejection(client.getServer(created.server.id))).code, 'not_found')
  })

  test('a passing outage of the action polls does not end the waits', async () => {
    const c = clientFor(emu, { retry: { maxAttempts: 2, initialDelayMs: 1, maxDelayMs: 1 } })
    const created = await c.createServer(serverParams('outage-1'))
    await emu.inject({ method: 'GET', path: '/v1/actions', times: 6, kind: 'status', status: 503, code: 'unavailable' })
    const done = await c.waitForAction(created.action)
    assert.equal(done.status, 'success')
    const polls = (await emu.requests()).filter((r) => r.path === '/v1/actions')
    assert.ok(polls.filter((r) => r.status === 503).length === 6)
  })
})
