// Retries, rate limits and error shapes, provoked with the emulator's fault injection.
import assert from 'node:assert/strict'

import { HetznerError } from '../index.mjs'
import { after, before, describe, test } from './harness.mjs'
import { TOKEN, clientFor, makePublicKey, rejection, requestsTo, serverParams, startEmulator } from './helpers.mjs'

describe('errors and retries', () => {
  let emu
  let client
  let serverId
  before(async () => {
    emu = await startEmulator({ token: TOKEN })
    client = clientFor(emu)
    const created = await client.createServer(serverParams('err-1'))
    serverId = created.server.id
  })
  after(async () => emu.stop())

  const path = () => `/v1/servers/${serverId}`

  async function countGets(fn) {
    const before = requestsTo(await emu.requests(), 'GET', path()).length
    const out = await fn()
    const afterCount = requestsTo(await emu.requests(), 'GET', path()).length
    return { out, sent: afterCount - before }
  }

  test('503 is retried until it succeeds, and each retry is logged', async () => {
    await emu.inject({ method: 'GET', path: path(), times: 2, kind: 'status', status: 503, code: 'unavailable' })
    client.logs.length = 0
    const { out, sent } = await countGets(() => client.getServer(serverId))
    assert.equal(out.server.id, serverId)
    assert.equal(sent, 3)
    const retries = client.logs.filter((l) => l.level === 'debug' && l.msg === 'retrying request')
    assert.equal(retries.length, 2)
    assert.deepEqual(
      retries.map((r) => [r.fields.attempt, r.fields.reason, r.fields.method, r.fields.path]),
      [
        [1, 'unavailable', 'GET', `/servers/${serverId}`],
        [2, 'unavailable', 'GET', `/servers/${serverId}`],
      ],
    )
  })

  test('attempts are capped by maxAttempts and counted in err.attempts', async () => {
    const c = clientFor(emu, { retry: { maxAttempts: 3, initialDelayMs: 1, maxDelayMs: 5 } })
    await emu.inject({ method: 'GET', path: path(), times: 10, kind: 'status', status: 503, code: 'unavailable' })
    const { out: e, sent } = await countGets(() => rejection(c.getServer(serverId)))
    await emu.clearFaults()
    assert.ok(e instanceof HetznerError)
    assert.equal(e.code, 'unavailable')
    assert.equal(e.status, 503)
    assert.equal(e.attempts, 3)
    assert.equal(sent, 3)
    assert.equal(e.method, 'GET')
    assert.equal(e.path, `/servers/${serverId}`)
    assert.ok(e.correlationId, 'correlation id from X-Correlation-Id')
    assert.match(e.message, /unavailable \(503\) GET \/servers\/\d+/)
  })

  test('429 waits for one refill step from the headers, not until Reset', async () => {
    const reset = Math.floor(Date.now() / 1000) + 3600
    await emu.inject({
      method: 'GET',
      path: path(),
      times: 1,
      kind: 'status',
      status: 429,
      code: 'rate_limit_exceeded',
      headers: { 'RateLimit-Limit': '3600', 'RateLimit-Remaining': '0', 'RateLimit-Reset': String(reset) },
    })
    const c = clientFor(emu, { retry: { initialDelayMs: 5, maxDelayMs: 10_000, jitter: 'none' } })
    const before = requestsTo(await emu.requests(), 'GET', path()).length
    const started = Date.now()
    await c.getServer(serverId)
    const elapsed = Date.now() - started
    const gets = requestsTo(await emu.requests(), 'GET', path()).slice(before)
    assert.equal(gets.length, 2)
    assert.equal(gets[0].status, 429)
    // (Reset - now) / (Limit - Remaining) = 3600 s / 3600 = 1 s; never the hour until Reset.
    assert.ok(elapsed >= 900, `waited ${elapsed} ms`)
    assert.ok(elapsed < 3000, `waited ${elapsed} ms`)
  }, { timeout: 15_000 })

  test('401 and 404 are not retried', async () => {
    const wrong = clientFor(emu, { apiToken: 'wrong-token-also-made-up' })
    const e401 = await rejection(wrong.getServer(serverId))
    assert.equal(e401.code, 'unauthorized')
    assert.equal(e401.status, 401)
    assert.equal(e401.attempts, 1)

    const e404 = await rejection(client.getServer(987_654_321))
    assert.equal(e404.code, 'not_found')
    assert.equal(e404.status, 404)
    assert.equal(e404.attempts, 1)
    assert.equal(requestsTo(await emu.requests(), 'GET', '/v1/servers/987654321').length, 1)
  })

  test('422 invalid_input carries details.fields', async () => {
    const e = await rejection(client.createServer(serverParams('bad-type', { server_type: 'no-such-type' })))
    assert.equal(e.code, 'invalid_input')
    assert.equal(e.status, 422)
    assert.ok(Array.isArray(e.details.fields), JSON.stringify(e.details))
    assert.ok(e.details.fields.some((f) => f.name === 'server_type'))
  })

  test('409 uniqueness_error is not retried', async () => {
    const e = await rejection(client.createServer(serverParams('err-1')))
    assert.equal(e.code, 'uniqueness_error')
    assert.equal(e.attempts, 1)
  })

  test('a malformed body rejects with invalid_response', async () => {
    await emu.inject({ method: 'GET', path: path(), times: 1, kind: 'malformed' })
    const e = await rejection(client.getServer(serverId))
    assert.equal(e.code, 'invalid_response')
    assert.equal(e.status, 200)
  })

  test('a POST whose connection drops after the commit is not resent: the key is recovered', async () => {
    await emu.inject({ method: 'POST', path: '/v1/ssh_keys', times: 1, kind: 'drop_after' })
    const before = requestsTo(await emu.requests(), 'POST', '/v1/ssh_keys').length
    const { ssh_key } = await client.createSSHKey({ name: 'dropped', public_key: makePublicKey('dropped@x') })
    assert.equal(ssh_key.name, 'dropped')
    assert.equal(requestsTo(await emu.requests(), 'POST', '/v1/ssh_keys').length - before, 1, 'sent once')
    const all = await client.request('GET', '/ssh_keys', { query: { name: 'dropped' } })
    assert.equal(all.ssh_keys.length, 1)
  })

  test('a POST whose connection drops before the commit is sent again once the name is free', async () => {
    await emu.inject({ method: 'POST', path: '/v1/ssh_keys', times: 1, kind: 'drop_before' })
    const before = requestsTo(await emu.requests(), 'POST', '/v1/ssh_keys').length
    const { ssh_key } = await client.createSSHKey({ name: 'dropped-early', public_key: makePublicKey('e@x') })
    assert.equal(ssh_key.name, 'dropped-early')
    assert.equal(requestsTo(await emu.requests(), 'POST', '/v1/ssh_keys').length - before, 2)
  })

  test('GET is resent after the connection drops', async () => {
    await emu.inject({ method: 'GET', path: path(), times: 1, kind: 'drop_before' })
    const { out, sent } = await countGets(() => client.getServer(serverId))
    assert.equal(out.server.id, serverId)
    assert.equal(sent, 2)
  })

  test('a per-attempt timeout rejects with request_timeout', async () => {
    await emu.inject({ method: 'GET', path: path(), times: 5, kind: 'delay', ms: 2000 })
    const c = clientFor(emu, { retry: { maxAttempts: 2, initialDelayMs: 1, maxDelayMs: 1 } })
    const e = await rejection(c.getServer(serverId, { timeoutMs: 100 }))
    await emu.clearFaults()
    assert.equal(e.code, 'request_timeout')
    assert.equal(e.attempts, 2)
  })

  test('a refused connection is a network_error after the retries', async () => {
    const c = clientFor(emu, { baseUrl: 'http://127.0.0.1:9/v1', retry: { maxAttempts: 2, initialDelayMs: 1, maxDelayMs: 1 } })
    const e = await rejection(c.getServer(1))
    assert.equal(e.code, 'network_error')
    assert.equal(e.attempts, 2)
  })

  test('the token appears in no error, message or log line', async () => {
    const errors = []
    const c = clientFor(emu, { retry: { maxAttempts: 2, initialDelayMs: 1, maxDelayMs: 1 } })
    await emu.inject({ method: 'GET', path: path(), times: 2, kind: 'status', status: 503, code: 'unavailable', message: `echo ${TOKEN}` })
    errors.push(await rejection(c.getServer(serverId)))
    errors.push(await rejection(c.getServer(-5)))
    errors.push(await rejection(clientFor(emu, { baseUrl: 'http://127.0.0.1:9/v1', retry: { maxAttempts: 1 } }).getServer(1)))
    const texts = [
      ...errors.flatMap((e) => [e.message, e.stack, JSON.stringify(e), String(e)]),
      ...c.logs.map((l) => JSON.stringify(l)),
    ]
    assert.ok(c.logs.length > 0, 'some log lines were produced')
    for (const t of texts) assert.ok(!t.includes(TOKEN), `token leaked in: ${t}`)
    assert.match(errors[0].message, /\[REDACTED\]/)
  })

  test('a warning is logged once when RateLimit-Remaining falls below 100', async () => {
    const limited = await startEmulator({ rateLimit: { limit: 103, refillPerSecond: 0.001 } })
    try {
      const c = clientFor(limited)
      for (let i = 0; i < 8; i++) await c.getAction(1).catch(() => {})
      const warns = c.logs.filter((l) => l.level === 'warn')
      assert.equal(warns.length, 1, JSON.stringify(c.logs))
      assert.ok(warns[0].fields.remaining < 100)
      assert.ok(c.rateLimit.remaining < 100)
    } finally {
      await limited.stop()
    }
  })
})

describe('default logger', () => {
  test('without a logger, the low-budget warning goes to console.warn and debug stays silent', async () => {
    const { spawn } = await import('node:child_process')
    const script = `
      const { HetznerClient, HetznerEmulator } = require(${JSON.stringify(new URL('../index.js', import.meta.url).pathname)})
      HetznerEmulator.start({ rateLimit: { limit: 102, refillPerSecond: 0.001 } }).then(async (emu) => {
        await emu.inject({ method: 'GET', path: '/v1/locations', times: 1, kind: 'status', status: 503, code: 'unavailable' })
        const client = new HetznerClient({ apiToken: 'made-up-token', baseUrl: emu.url, retry: { initialDelayMs: 1, maxDelayMs: 1 } })
        for (let i = 0; i < 5; i++) await client.request('GET', '/locations')
        await emu.stop()
      })
    `
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (err += d))
    const code = await new Promise((resolve) => child.on('exit', resolve))
    assert.equal(code, 0, err)
    assert.equal(err.match(/hcloud-native: rate limit budget is running low/g)?.length, 1, err)
    assert.doesNotMatch(out + err, /retrying request/)
    assert.doesNotMatch(out + err, /made-up-token/)
  })
})
