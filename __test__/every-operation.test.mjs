// Every operation over HTTP, under Node and Bun: a scripted loopback server plays, for each
// operation, an answer shaped by the document's schemas (__test__/fixtures/operations.json,
// written by `npm run generate`); each method must send its method, path (parameters
// percent-encoded), query (arrays repeated, label selectors encoded) and body, and resolve with
// the answer. Then list walking, and what a lost answer gets where the emulator cannot play it.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'

import { HetznerClient } from '../index.mjs'
import { after, before, describe, test } from './harness.mjs'
import { FAST_RETRY, TOKEN, rejection } from './helpers.mjs'
import { json, startHostile } from './hostile.mjs'

const FIXTURES = JSON.parse(readFileSync(new URL('./fixtures/operations.json', import.meta.url), 'utf8')).operations

const encode = (v) => encodeURIComponent(String(v)).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
const concretePath = (fx) => {
  let i = 0
  return `/v1${fx.path.replace(/\{[^}]+\}/g, () => encode(fx.params[i++]))}`
}

function clientFor(server, options = {}) {
  return new HetznerClient({ apiToken: TOKEN, baseUrl: server.url, retry: FAST_RETRY, logger: {}, pollIntervalMs: 10, ...options })
}

describe('every operation against a scripted server', () => {
  let server
  const routes = new Map(FIXTURES.map((fx) => [`${fx.verb} ${concretePath(fx)}`, fx]))
  before(async () => {
    server = await startHostile((req, res) => {
      const fx = routes.get(`${req.method} ${req.url.split('?')[0]}`)
      if (!fx) return json(res, 404, { error: { code: 'not_found', message: 'no such route' } })
      if (fx.answer === undefined) {
        res.writeHead(fx.status)
        return res.end()
      }
      json(res, fx.status, fx.answer)
    })
  })
  after(() => server.close())

  test('sends each request as the document describes it and resolves with the answer', async () => {
    assert.equal(FIXTURES.length, 177)
    const client = clientFor(server)
    for (const fx of FIXTURES) {
      const args = [...fx.params]
      if (fx.body !== undefined) args.push(fx.body)
      if (fx.query !== undefined) args.push(fx.query)
      const result = await client[fx.name](...args)
      const got = server.received.at(-1)
      const url = new URL(got.url, server.origin)
      assert.equal(got.method, fx.verb, fx.name)
      assert.equal(url.pathname, concretePath(fx), fx.name)
      const expected = Object.entries(fx.query ?? {}).flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).map((x) => [k, String(x)]))
      assert.deepEqual([...url.searchParams].sort(), expected.sort(), `${fx.name} query`)
      if (fx.body !== undefined) {
        assert.equal(got.headers['content-type'], 'application/json', fx.name)
        assert.deepEqual(JSON.parse(got.body), fx.body, `${fx.name} body`)
      } else assert.equal(got.body, '', `${fx.name} sends no body`)
      assert.deepEqual(result, fx.answer, `${fx.name} result`)
    }
    assert.equal(server.received.length, FIXTURES.length, 'one request per operation')
  })

  test('query encoding: arrays repeat the key, label selectors and spaces are encoded', async () => {
    const client = clientFor(server)
    await client.listServers({ label_selector: 'env=prod,tier in (a,b)', sort: ['id:asc', 'name:desc'], status: ['running', 'off'] })
    const raw = server.received.at(-1).url
    assert.match(raw, /label_selector=env%3Dprod%2Ctier\+in\+%28a%2Cb%29/)
    assert.match(raw, /sort=id%3Aasc&sort=name%3Adesc/)
    assert.match(raw, /status=running&status=off/)
  })

  test('path parameters are percent-encoded and checked', async () => {
    const client = clientFor(server)
    await client.getZoneRRSet('example.com', '@', 'A')
    assert.equal(server.received.at(-1).url, '/v1/zones/example.com/rrsets/%40/A')
    const before = server.received.length
    for (const call of [
      () => client.getServer('42'),
      () => client.getZone(''),
      () => client.getZone('..'),
      () => client.getZoneRRSet('example.com', '@'),
      () => client.createSSHKey({ name: 'k' }),
      () => client.createSSHKey({ name: 'k', public_key: 'ssh-ed25519 AAAA', labesl: {} }),
      () => client.listServers({ nmae: 'x' }),
      () => client.listServers({ name: ['a', 'b'] }),
      () => client.getActions(),
      () => client.updateServer(42, 'name'),
      () => client.poweronServer(0),
    ]) {
      const e = await rejection(call())
      assert.equal(e.code, 'invalid_argument', e.message)
    }
    assert.equal(server.received.length, before, 'nothing was sent')
  })
})

/** The page `GET /servers?page=&per_page=` asks for, of `total` servers with ids 1..total. */
function serverPage(reqUrl, total, defaultPerPage) {
  const url = new URL(reqUrl, 'http://x')
  const page = Number(url.searchParams.get('page') ?? 1)
  const perPage = Number(url.searchParams.get('per_page') ?? defaultPerPage)
  const last = Math.ceil(total / perPage)
  const ids = Array.from({ length: total }, (_, i) => i + 1).slice((page - 1) * perPage, page * perPage)
  const pagination = { page, per_page: perPage, previous_page: page > 1 ? page - 1 : null, next_page: page < last ? page + 1 : null, last_page: last, total_entries: total }
  return { page, body: { servers: ids.map((id) => ({ id, name: `s-${id}` })), meta: { pagination } } }
}

describe('lists: awaited, one page; for await, every item of every page', () => {
  let server
  const TOTAL = 120
  before(async () => {
    server = await startHostile((req, res) => json(res, 200, serverPage(req.url, TOTAL, 25).body))
  })
  after(() => server.close())

  test('await resolves one page with one request', async () => {
    const client = clientFor(server)
    const page = await client.listServers({ label_selector: 'env=prod', per_page: 25 })
    assert.equal(page.servers.length, 25)
    assert.equal(page.meta.pagination.last_page, 5)
    assert.equal(server.received.length, 1)
  })

  test('for await walks every item of every page, in order, with the query on every page', async () => {
    server.received.length = 0
    const client = clientFor(server)
    const seen = []
    for await (const s of client.listServers({ label_selector: 'env=prod' })) seen.push(s.id)
    assert.deepEqual(seen, Array.from({ length: TOTAL }, (_, i) => i + 1))
    const pages = server.received.map((r) => new URL(r.url, server.origin).searchParams)
    assert.deepEqual(pages.map((q) => q.get('page')).sort(), ['1', '2', '3'])
    assert.ok(pages.every((q) => q.get('label_selector') === 'env=prod' && q.get('per_page') === '50'))
  })

  test('leaving the loop early ends the walk; the promise side still works', async () => {
    const client = clientFor(server)
    const list = client.listServers({ per_page: 10 })
    const seen = []
    for await (const s of list) {
      seen.push(s.id)
      if (seen.length === 3) break
    }
    assert.deepEqual(seen, [1, 2, 3])
    assert.equal((await list).servers.length, 10)
    const deprecated = await client.listAllServers({ per_page: 50 })
    assert.equal(deprecated.length, TOTAL)
  })

  test('an abort ends a walk with aborted', async () => {
    const client = clientFor(server)
    const ac = new AbortController()
    const e = await rejection(
      (async () => {
        for await (const s of client.listServers({ per_page: 10 }, { signal: ac.signal })) if (s.id === 5) ac.abort()
      })(),
    )
    assert.equal(e.code, 'aborted')
  })
})

describe('lists: a slow page does not hold the others back', () => {
  let server
  const TOTAL = 400
  let page2AnsweredAfter = -1
  before(async () => {
    server = await startHostile((req, res) => {
      const { page, body } = serverPage(req.url, TOTAL, 10)
      const answer = () => {
        if (page === 2) page2AnsweredAfter = server.received.length
        json(res, 200, body)
      }
      // Page 2 takes 300 ms, every other page a few.
      setTimeout(answer, page === 2 ? 300 : 3)
    })
  })
  after(() => server.close())

  test('pages keep going out while page 2 is slow, and arrive in order', async () => {
    const client = clientFor(server)
    const seen = []
    for await (const s of client.listServers({ per_page: 10 })) seen.push(s.id)
    assert.deepEqual(seen, Array.from({ length: TOTAL }, (_, i) => i + 1))
    assert.equal(server.received.length, 40)
    // Held back by page 2, a window that moves only with its oldest page would have sent page 1
    // and pages 2 to 9 (9 requests) before page 2 was answered; at most 32 pages may be in flight
    // or waiting for page 2.
    assert.ok(page2AnsweredAfter >= 20, `${page2AnsweredAfter} requests were sent before page 2 was answered`)
  })
})

// A small stateful API for the creates the emulator does not know: POST stores the resource
// and drops the connection without answering; GET /{collection}?name= finds it; the
// resource's actions list its create action.
async function startForgetful() {
  const store = new Map()
  const actions = new Map()
  let nextId = 500
  const now = () => new Date().toISOString()
  const server = await startHostile((req, res, text) => {
    const url = new URL(req.url, 'http://x')
    const [collection, id, sub] = url.pathname.split('/').slice(2)
    const items = store.get(collection) ?? []
    if (req.method === 'POST' && id === undefined) {
      const body = JSON.parse(text)
      const resource = { ...body, id: nextId++, labels: body.labels ?? {}, created: now() }
      store.set(collection, [...items, resource])
      actions.set(resource.id, [{ id: nextId++, command: `create_${collection.replace(/s$/, '')}`, status: 'running', progress: 0, started: now(), finished: null, resources: [], error: null }])
      return req.socket.destroy()
    }
    if (req.method === 'POST' && sub === 'actions') {
      // The command the API gives such actions (the document's examples).
      const command = { attach: 'attach_volume' }[url.pathname.split('/').pop()] ?? url.pathname.split('/').pop()
      const action = { id: nextId++, command, status: 'running', progress: 0, started: now(), finished: null, resources: [], error: null }
      actions.set(Number(id), [...(actions.get(Number(id)) ?? []), action])
      return req.socket.destroy()
    }
    if (req.method === 'GET' && id === undefined) {
      const found = items.filter((r) => r.name === url.searchParams.get('name'))
      return json(res, 200, { [collection]: found, meta: { pagination: { page: 1, per_page: 25, previous_page: null, next_page: null, last_page: 1, total_entries: found.length } } })
    }
    if (req.method === 'GET' && sub === 'actions') {
      return json(res, 200, { actions: [...(actions.get(Number(id)) ?? [])].reverse(), meta: { pagination: { page: 1, per_page: 50, previous_page: null, next_page: null, last_page: 1, total_entries: 1 } } })
    }
    json(res, 404, { error: { code: 'not_found', message: 'no' } })
  })
  return { server, store }
}

describe('a lost answer, for the creates and actions the emulator does not know', () => {
  let forgetful
  before(async () => {
    forgetful = await startForgetful()
  })
  after(() => forgetful.server.close())
  const posts = (path) => forgetful.server.received.filter((r) => r.method === 'POST' && r.url === path).length

  const creates = FIXTURES.filter((fx) => fx.verb === 'POST' && /^create/.test(fx.name) && fx.params.length === 0 && fx.body?.name !== undefined)

  test('covers the creates of the issue', () => {
    assert.deepEqual(creates.map((fx) => fx.name).sort(), [
      'createCertificate', 'createFirewall', 'createFloatingIP', 'createLoadBalancer', 'createNetwork',
      'createPlacementGroup', 'createPrimaryIP', 'createSSHKey', 'createServer', 'createVolume', 'createZone',
    ])
  })

  for (const fx of creates) {
    test(`${fx.name}: the resource is recovered, never created twice`, async () => {
      const client = clientFor(forgetful.server)
      const name = `lost-${fx.name}`
      const result = await client[fx.name]({ ...fx.body, name, labels: { run: 'a' } })
      const key = Object.keys(fx.answer).find((k) => !['action', 'actions', 'next_actions', 'root_password'].includes(k))
      assert.equal(result[key].name, name)
      assert.equal(forgetful.store.get(fx.path.slice(1)).filter((r) => r.name === name).length, 1, 'one resource')
      assert.equal(forgetful.server.received.filter((r) => r.method === 'POST' && r.body.includes(`"${name}"`)).length, 1, 'one POST')
      if ('action' in fx.answer && fx.name !== 'createPlacementGroup') assert.match(result.action.command, /^create_/)
      if ('root_password' in fx.answer) assert.equal(result.root_password, null)
    })
  }

  test("someone else's resource holding the name gives uniqueness_error", async () => {
    const client = clientFor(forgetful.server)
    await client.createVolume({ name: 'taken', size: 10, labels: { owner: 'other' } })
    const e = await rejection(client.createVolume({ name: 'taken', size: 10, labels: { owner: 'me' } }))
    assert.equal(e.code, 'uniqueness_error')
  })

  test('an action POST is found among the resource actions, not sent twice', async () => {
    const client = clientFor(forgetful.server)
    const { action } = await client.attachVolume(77, { server: 1 })
    assert.equal(action.command, 'attach_volume')
    assert.equal(posts('/v1/volumes/77/actions/attach'), 1)
  })

  test('what cannot be recovered is not sent again, and says it may have been applied', async () => {
    const client = clientFor(forgetful.server)
    const before = posts('/v1/floating_ips')
    const noName = await rejection(client.createFloatingIP({ type: 'ipv4', home_location: 'fsn1' }))
    assert.equal(noName.maybeApplied, true)
    assert.match(noName.message, /may have been applied/)
    assert.equal(posts('/v1/floating_ips'), before + 1)
    const password = await rejection(client.resetServerPassword(9))
    assert.equal(password.maybeApplied, true)
    assert.equal(posts('/v1/servers/9/actions/reset_password'), 1)
  })
})
