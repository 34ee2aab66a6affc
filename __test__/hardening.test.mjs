// What a broken server, a careless caller or a busy project must not do to the client: leak the
// token, stall the budget, keep dropped clients alive, grow without bound, resolve after an
// abort, hand on malformed answers, accept wrong options, or follow redirects.
import assert from 'node:assert/strict'
import { inspect } from 'node:util'

import { HetznerClient, HetznerError } from '../index.mjs'
import { after, before, describe, test } from './harness.mjs'
import { FAST_RETRY, TOKEN, clientFor, rejection, serverParams, startEmulator } from './helpers.mjs'
import { actionObject, json, serverObject, startHostile } from './hostile.mjs'

const SECRET_USER_DATA = '#cloud-config\nchpasswd: { list: "root:hunter2-very-secret" }'

function hostileClient(server, options = {}) {
  return new HetznerClient({ apiToken: TOKEN, baseUrl: server.url, retry: FAST_RETRY, logger: {}, ...options })
}

/** Every way a user might print an error. */
function everyRendering(err) {
  return [
    JSON.stringify(err),
    inspect(err, { depth: 10 }),
    String(err.stack),
    err.message,
    JSON.stringify({ code: err.code, details: err.details, action: err.action, correlationId: err.correlationId }),
  ].join('\n')
}

describe('1. secrets never reach an error', () => {
  let server
  before(async () => {
    server = await startHostile((req, res, body) => {
      if (req.url.startsWith('/v1/actions')) {
        return json(res, 200, {
          actions: [actionObject(7, { status: 'error', error: { code: TOKEN, message: `failed for ${TOKEN}` } })],
        })
      }
      if (req.url === '/v1/servers/3') return json(res, 200, { server: serverObject(TOKEN) })
      const echoed = `${TOKEN} ${body}`
      json(
        res,
        422,
        { error: { code: TOKEN, message: `bad ${echoed}`, details: { fields: [{ name: TOKEN, messages: [echoed] }], [TOKEN]: 1 } } },
        { 'x-correlation-id': `cid-${TOKEN}` },
      )
    })
  })
  after(() => server.close())

  test('an API error that echoes the token and the request body', async () => {
    const client = hostileClient(server)
    const err = await rejection(client.createServer(serverParams('leak', { user_data: SECRET_USER_DATA })))
    assert.ok(err instanceof HetznerError)
    assert.equal(err.status, 422)
    const text = everyRendering(err)
    assert.ok(!text.includes(TOKEN), text)
    assert.ok(!text.includes('hunter2-very-secret'), text)
    assert.ok(text.includes('[REDACTED]'))
    assert.equal(err.code, '[REDACTED]')
    assert.equal(err.correlationId, 'cid-[REDACTED]')
  })

  test('a failed action whose error quotes the token', async () => {
    const client = hostileClient(server, { pollIntervalMs: 10 })
    const err = await rejection(client.waitForAction(7))
    const text = everyRendering(err)
    assert.ok(err.action, 'the failed action is attached')
    assert.ok(!text.includes(TOKEN), text)
  })

  test('a field of the wrong type that holds the token', async () => {
    const client = hostileClient(server)
    const err = await rejection(client.getServer(3))
    assert.equal(err.code, 'invalid_response')
    assert.ok(!everyRendering(err).includes(TOKEN), everyRendering(err))
  })
})

describe('2. implausible rate-limit headers never stall calls', () => {
  let server
  let mode = 'zero-limit'
  before(async () => {
    server = await startHostile((req, res) => {
      const headers = {
        'zero-limit': { 'ratelimit-limit': '0', 'ratelimit-remaining': '0', 'ratelimit-reset': '0' },
        'year-3000': { 'ratelimit-limit': '3600', 'ratelimit-remaining': '0', 'ratelimit-reset': '32503680000' },
        'u64-max': { 'ratelimit-limit': '3600', 'ratelimit-remaining': '0', 'ratelimit-reset': '18446744073709551615' },
      }[mode]
      if (mode === 'u64-max' && req.url === '/v1/servers/1' && server.received.length % 2 === 1) {
        return json(res, 429, { error: { code: 'rate_limit_exceeded', message: 'slow down' } }, headers)
      }
      json(res, 200, { server: serverObject(1) }, headers)
    })
  })
  after(() => server.close())

  for (const m of ['zero-limit', 'year-3000', 'u64-max']) {
    test(`${m}: later calls and new clients still send, within maxDelayMs`, async () => {
      mode = m
      const warnings = []
      const logger = { warn: (msg) => warnings.push(msg) }
      // A distinct token per case, so that each starts with a fresh budget.
      const options = { apiToken: `${TOKEN}-${m}`, logger, retry: { ...FAST_RETRY, maxDelayMs: 200 } }
      const a = hostileClient(server, options)
      const started = Date.now()
      for (let i = 0; i < 3; i++) assert.equal((await a.getServer(1)).server.id, 1)
      const b = hostileClient(server, options)
      assert.equal((await b.getServer(1)).server.id, 1)
      const elapsed = Date.now() - started
      // Four calls, each waiting at most maxDelayMs for the budget (plus at most one 429 wait).
      assert.ok(elapsed < 4 * 2 * 200 + 1500, `took ${elapsed} ms`)
      if (m !== 'u64-max') assert.equal(warnings.filter((w) => w.includes('implausible')).length, 1, String(warnings))
    })
  }
})

describe('4. response bodies are read up to a limit', () => {
  let server
  before(async () => {
    server = await startHostile((req, res) => {
      if (req.url === '/v1/servers/2') return json(res, 200, { server: serverObject(2) })
      res.writeHead(200, { 'content-type': 'application/json' })
      res.write('{"server":{"name":"')
      const chunk = 'x'.repeat(64 * 1024)
      const pump = () => {
        while (!res.destroyed && res.write(chunk)) {}
        if (!res.destroyed) res.once('drain', pump)
      }
      res.on('close', () => res.destroy())
      pump()
    })
  })
  after(() => server.close())

  test('an endless body fails fast with invalid_response; the other calls of the batch resolve', async () => {
    const client = hostileClient(server, { maxResponseBytes: 1 << 20 })
    const rssBefore = process.memoryUsage().rss
    const started = Date.now()
    const [endless, fine] = await Promise.allSettled([client.getServer(1), client.getServer(2)])
    assert.equal(endless.status, 'rejected')
    assert.equal(endless.reason.code, 'invalid_response')
    assert.match(endless.reason.message, /maxResponseBytes/)
    assert.equal(fine.status, 'fulfilled')
    assert.equal(fine.value.server.id, 2)
    assert.ok(Date.now() - started < 5000)
    assert.ok(process.memoryUsage().rss - rssBefore < 200 << 20, 'memory stayed bounded')
  })

  test('the limit is an option with a checked range', () => {
    assert.throws(() => hostileClient(server, { maxResponseBytes: 10 }), /maxResponseBytes/)
    assert.throws(() => hostileClient(server, { maxResponseBytes: 2 ** 40 }), /maxResponseBytes/)
  })
})

describe('5. abort wins every race', () => {
  let emu
  before(async () => {
    emu = await startEmulator({ token: TOKEN })
  })
  after(async () => emu.stop())

  test('no call resolves after its signal aborted, over 3,000 calls aborted 0-20 ms in', async () => {
    const client = clientFor(emu)
    const { server } = await client.createServer(serverParams('abort-race'))
    let resolvedAfterAbort = 0
    let aborted = 0
    let resolved = 0
    const calls = []
    for (let i = 0; i < 3000; i++) {
      const controller = new AbortController()
      const p = client.getServer(server.id, { signal: controller.signal }).then(
        () => {
          resolved++
          if (controller.signal.aborted) resolvedAfterAbort++
        },
        (e) => {
          assert.equal(e.code, 'aborted')
          aborted++
        },
      )
      setTimeout(() => controller.abort(), i % 21)
      calls.push(p)
      if (i % 100 === 99) await Promise.all(calls.splice(0))
    }
    await Promise.all(calls)
    assert.equal(resolvedAfterAbort, 0)
    assert.equal(resolved + aborted, 3000)
    assert.ok(aborted > 0, 'some calls were aborted')
  }, { timeout: 60_000 })

  test('one signal shared by 50 calls adds one listener and no warning', async () => {
    const client = clientFor(emu)
    const warnings = []
    const onWarning = (w) => warnings.push(w)
    process.on('warning', onWarning)
    try {
      const controller = new AbortController()
      let added = 0
      const add = controller.signal.addEventListener.bind(controller.signal)
      controller.signal.addEventListener = (...args) => {
        added++
        return add(...args)
      }
      const calls = Array.from({ length: 50 }, () => client.listServers({}, { signal: controller.signal }))
      await Promise.all(calls)
      const pending = Array.from({ length: 50 }, () =>
        rejection(client.listServers({}, { signal: controller.signal, deadlineMs: 60_000 })),
      )
      controller.abort()
      const errs = await Promise.all(pending)
      assert.ok(errs.every((e) => e.code === 'aborted'))
      assert.equal(added, 1)
      await new Promise((r) => setTimeout(r, 50))
      assert.deepEqual(
        warnings.filter((w) => w.name === 'MaxListenersExceededWarning'),
        [],
      )
    } finally {
      process.off('warning', onWarning)
    }
  })
})

describe('6. strict decoding', () => {
  let server
  before(async () => {
    server = await startHostile((req, res) => {
      if (req.url === '/v1/servers/1') return json(res, 200, [{ server: serverObject(1) }])
      if (req.url === '/v1/servers/2') return json(res, 200, '{"server":' + JSON.stringify(serverObject(1)).replace('"id":1', '"id":9007199254740993') + '}')
      if (req.url === '/v1/locations') {
        res.writeHead(200, { 'content-type': 'application/json' })
        return res.end(Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]))
      }
      json(res, 200, { server: serverObject(5) })
    })
  })
  after(() => server.close())

  test('an array where an object belongs', async () => {
    const err = await rejection(hostileClient(server).getServer(1))
    assert.equal(err.code, 'invalid_response')
    assert.match(err.message, /not a JSON object/)
  })

  test('an id beyond 2^53-1', async () => {
    const err = await rejection(hostileClient(server).getServer(2))
    assert.equal(err.code, 'invalid_response')
    assert.match(err.message, /safe range/)
  })

  test('request() with a body that is not UTF-8', async () => {
    const err = await rejection(hostileClient(server).request('GET', '/locations'))
    assert.equal(err.code, 'invalid_response')
    assert.match(err.message, /UTF-8/)
  })
})

describe('6b. a refused answer to a create', () => {
  let emu
  before(async () => {
    emu = await startEmulator({ token: TOKEN })
  })
  after(async () => emu.stop())

  test('a malformed 201 to createServer recovers the server instead of creating a second', async () => {
    const client = clientFor(emu)
    await emu.inject({ method: 'POST', path: '/v1/servers', times: 1, kind: 'malformed' })
    const created = await client.createServer(serverParams('garbled-answer'))
    assert.equal(created.server.name, 'garbled-answer')
    assert.equal(created.root_password, null)
    const all = await client.listServers({ name: 'garbled-answer' })
    assert.equal(all.servers.length, 1)
  })
})

describe('7. options are checked', () => {
  const base = { apiToken: TOKEN, baseUrl: 'http://127.0.0.1:9/v1' }
  test('numbers out of range and unknown keys throw TypeError naming them', () => {
    const cases = [
      [{ retry: { maxAttempts: -1 } }, /retry\.maxAttempts/],
      [{ retry: { maxAttempts: 1.5 } }, /retry\.maxAttempts/],
      [{ retry: { maxAttempts: 0 } }, /retry\.maxAttempts/],
      [{ rateLimit: { reserve: -1 } }, /rateLimit\.reserve/],
      [{ rateLimt: { mode: 'off' } }, /unknown key 'rateLimt'.*did you mean 'rateLimit'/],
      [{ retry: { maxAttemps: 3 } }, /unknown key 'maxAttemps' in options\.retry.*did you mean 'maxAttempts'/],
      [{ rateLimit: { reserv: 3 } }, /unknown key 'reserv'/],
      [{ timeoutMs: -5 }, /timeoutMs/],
      [{ retry: { multiplier: Number.NaN } }, /multiplier/],
    ]
    for (const [extra, pattern] of cases) {
      assert.throws(() => new HetznerClient({ ...base, ...extra }), (e) => e instanceof TypeError && pattern.test(e.message), JSON.stringify(extra))
    }
  })

  test('unknown call and wait option keys reject with invalid_argument', async () => {
    const client = new HetznerClient(base)
    const err = await rejection(client.getServer(1, { timeoutMS: 5 }))
    assert.equal(err.code, 'invalid_argument')
    assert.match(err.message, /unknown key 'timeoutMS'.*did you mean 'timeoutMs'/)
    const werr = await rejection(client.waitForAction(1, { onProgres: () => {} }))
    assert.equal(werr.code, 'invalid_argument')
    assert.match(werr.message, /onProgres/)
  })
})

describe('8. redirects are never followed', () => {
  let elsewhere
  let server
  before(async () => {
    elsewhere = await startHostile((req, res) => json(res, 201, { server: serverObject(1) }))
    server = await startHostile((req, res) => {
      const target = req.url === '/v1/servers' ? `${elsewhere.origin}/v1/servers` : '/outside/v1/servers/1'
      res.writeHead(req.url === '/v1/servers' ? 307 : 302, { location: target })
      res.end()
    })
  })
  after(async () => {
    await server.close()
    await elsewhere.close()
  })

  test('a 307 to another origin: the create body stays home', async () => {
    const err = await rejection(hostileClient(server).createServer(serverParams('r', { user_data: SECRET_USER_DATA })))
    assert.equal(err.code, 'invalid_response')
    assert.equal(err.status, 307)
    assert.ok(err.message.includes(elsewhere.origin), err.message)
    assert.equal(elsewhere.received.length, 0)
    assert.equal(server.received.length, 1)
  })

  test('a same-origin redirect out of /v1 is not followed with the token', async () => {
    const err = await rejection(hostileClient(server).getServer(1))
    assert.equal(err.status, 302)
    assert.equal(server.received.filter((r) => r.url.startsWith('/outside')).length, 0)
  })
})

describe('9. a bucket that always reads full does not throttle', () => {
  let server
  let open = 0
  let most = 0
  before(async () => {
    // Every answer reports a full bucket (as a server that does not count, or the emulator
    // without rate limiting, does) and is held 30 ms, so that concurrent calls overlap.
    server = await startHostile((req, res) => {
      open++
      most = Math.max(most, open)
      setTimeout(() => {
        open--
        json(res, 200, { server: serverObject(1) }, { 'ratelimit-limit': '3600', 'ratelimit-remaining': '3600', 'ratelimit-reset': String(Math.floor(Date.now() / 1000)) })
      }, 30)
    })
  })
  after(() => server.close())

  test('after a window of answers, 32 concurrent calls are all in flight at once', async () => {
    const client = hostileClient(server)
    // Before the first answers the budget sends one window (8 requests) at once.
    for (let i = 0; i < 10; i++) assert.equal((await client.getServer(1)).server.id, 1)
    most = 0
    const results = await Promise.all(Array.from({ length: 32 }, () => client.getServer(1)))
    assert.equal(results.length, 32)
    assert.ok(results.every((r) => r.server.id === 1))
    assert.equal(most, 32, `at most ${most} requests were in flight at once`)
  })
})

describe('10. kept-alive connections the server closed', () => {
  let server
  let creates = 0
  let connections = 0
  before(async () => {
    server = await startHostile((req, res) => {
      // The answer keeps the connection alive; 1 ms after it the server closes the connection
      // anyway, so each call below finds the connection it would reuse already closed.
      res.on('finish', () => setTimeout(() => req.socket.destroy(), 1))
      if (req.method === 'POST') {
        creates++
        return json(res, 201, { server: serverObject(creates), action: actionObject(creates), next_actions: [], root_password: null })
      }
      json(res, 200, { server: serverObject(1) })
    })
    server.httpServer.on('connection', () => connections++)
  })
  after(() => server.close())

  test('calls after the server closed the idle connection go out on a new one, a create once', async () => {
    const client = hostileClient(server)
    for (let i = 0; i < 20; i++) {
      if (i % 2 === 0) assert.equal((await client.getServer(1)).server.id, 1)
      else assert.ok((await client.createServer(serverParams(`ka-${i}`))).server.id > 0)
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    assert.equal(creates, 10, 'each create was sent once')
    assert.equal(connections, 20, 'the server closed each connection, so each call opened one')
    assert.equal(server.received.filter((r) => r.method === 'POST').length, 10)
  })

  test('an idle connection the server half-closed is closed on the client side within seconds', async () => {
    // Idle connections have no task of their own; a sweeper looks at them every 2 s.
    let closedAfter
    const half = await startHostile((req, res) => {
      res.on('finish', () =>
        setTimeout(() => {
          const t0 = Date.now()
          req.socket.once('close', () => (closedAfter = Date.now() - t0))
          req.socket.end()
        }, 20),
      )
      json(res, 200, { server: serverObject(1) })
    })
    // The server's own keep-alive timeout (5 s) must not be what closes it.
    half.httpServer.keepAliveTimeout = 60_000
    try {
      const client = hostileClient(half)
      assert.equal((await client.getServer(1)).server.id, 1)
      const t0 = Date.now()
      while (closedAfter === undefined && Date.now() - t0 < 8000) await new Promise((resolve) => setTimeout(resolve, 50))
      assert.ok(closedAfter !== undefined && closedAfter < 4500, `the client closed its side after ${closedAfter} ms`)
      assert.equal((await client.getServer(1)).server.id, 1, 'the next call goes out on a new connection')
    } finally {
      await half.close()
    }
  })
})
