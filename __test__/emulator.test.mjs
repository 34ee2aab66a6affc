// The emulator as users meet it: HetznerEmulator from JavaScript, its HTTP control API, its
// behaviour through HetznerClient, and the `hcloud-emulator` command.
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

import { HetznerEmulator } from '../index.mjs'
import { after, before, describe, test } from './harness.mjs'
import { TOKEN, clientFor, makePublicKey, rejection, serverParams, startEmulator } from './helpers.mjs'

const CLI = fileURLToPath(new URL('../bin/hcloud-emulator.js', import.meta.url))

async function http(emu, method, path, body) {
  const base = emu.url.replace(/\/v1$/, '')
  const res = await fetch(base + path, {
    method,
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  })
  const text = await res.text()
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined }
}

describe('HetznerEmulator', () => {
  let emu
  let client
  before(async () => {
    emu = await startEmulator({ token: TOKEN, actionDurationMs: 10_000, timeScale: 100, seed: 7 })
    client = clientFor(emu)
  })
  after(async () => emu.stop())

  test('binds to loopback and accepts only its token', async () => {
    assert.match(emu.url, /^http:\/\/127\.0\.0\.1:\d+\/v1$/)
    const res = await fetch(`${emu.url}/servers`, { headers: { authorization: 'Bearer other' } })
    assert.equal(res.status, 401)
    assert.equal((await res.json()).error.code, 'unauthorized')
    assert.ok(res.headers.get('x-correlation-id'))
  })

  test('every response carries RateLimit-* and X-Correlation-Id headers', async () => {
    const a = await http(emu, 'GET', '/v1/locations')
    const b = await http(emu, 'GET', '/v1/nope')
    for (const r of [a, b]) {
      assert.ok(r.headers.get('ratelimit-limit'))
      assert.ok(r.headers.get('ratelimit-remaining'))
      assert.ok(r.headers.get('ratelimit-reset'))
      assert.ok(r.headers.get('x-correlation-id'))
    }
    assert.notEqual(a.headers.get('x-correlation-id'), b.headers.get('x-correlation-id'))
    assert.equal(b.status, 404)
  })

  test('catalogues: server types, images and locations with realistic entries', async () => {
    const types = await client.request('GET', '/server_types')
    const cx22 = types.server_types.find((t) => t.name === 'cx22')
    assert.ok(cx22.cores > 0 && cx22.memory > 0 && cx22.prices.length > 0)
    assert.ok(['x86', 'arm'].includes(cx22.architecture))
    const images = await client.request('GET', '/images', { query: { name: 'ubuntu-24.04' } })
    assert.equal(images.images[0].os_flavor, 'ubuntu')
    const locations = await client.request('GET', '/locations')
    assert.ok(locations.locations.some((l) => l.name === 'fsn1' && l.country === 'DE'))
  })

  test('servers move through their statuses with time scaled', async () => {
    const created = await client.createServer(serverParams('status-1'))
    assert.equal(created.server.status, 'initializing')
    assert.equal(created.action.status, 'running')
    const done = await client.waitForAction(created.action)
    assert.ok(done.started && done.finished)
    await client.waitForActions(created.next_actions)
    assert.equal((await client.getServer(created.server.id)).server.status, 'running')
    const off = await client.request('POST', `/servers/${created.server.id}/actions/poweroff`)
    await client.waitForAction(off.action)
    assert.equal((await client.getServer(created.server.id)).server.status, 'off')
  })

  test('servers: update, list, and every power action', async () => {
    const created = await client.createServer(serverParams('power-all'))
    await client.waitForActions([created.action, ...created.next_actions])
    const id = created.server.id
    const renamed = await client.request('PUT', `/servers/${id}`, { body: { name: 'power-all-2', labels: { role: 'db' } } })
    assert.equal(renamed.server.name, 'power-all-2')
    const listed = await client.listServers({ label_selector: 'role=db' })
    assert.deepEqual(listed.servers.map((s) => s.id), [id])
    const expect = [
      ['shutdown', 'shutdown_server', 'off'],
      ['poweron', 'start_server', 'running'],
      ['reboot', 'reboot_server', 'running'],
      ['reset', 'reset_server', 'running'],
      ['poweroff', 'stop_server', 'off'],
    ]
    for (const [action, command, status] of expect) {
      const r = await client.serverAction(id, action)
      assert.equal(r.action.command, command)
      await client.waitForAction(r.action)
      assert.equal((await client.getServer(id)).server.status, status, action)
    }
    const actions = await client.getServerActions(id, { sort: ['id:asc'] })
    assert.deepEqual(
      actions.actions.map((a) => a.command).slice(-5),
      expect.map((e) => e[1]),
    )
    const ids = actions.actions.slice(0, 3).map((a) => a.id)
    const several = await client.request('GET', '/actions', { query: { id: ids } })
    assert.deepEqual(several.actions.map((a) => a.id).sort(), [...ids].sort())
  })

  test('IPs come from documentation ranges', async () => {
    const { server } = await client.createServer(serverParams('ips-1'))
    assert.match(server.public_net.ipv4.ip, /^(192\.0\.2|198\.51\.100|203\.0\.113)\./)
    assert.match(server.public_net.ipv6.ip, /^2001:db8:/)
  })

  test('deletion protection answers 423 protected', async () => {
    const created = await client.createServer(serverParams('protected-1'))
    await client.waitForActions([created.action, ...created.next_actions])
    const p = await client.request('POST', `/servers/${created.server.id}/actions/change_protection`, { body: { delete: true, rebuild: true } })
    await client.waitForAction(p.action)
    const e = await rejection(client.deleteServer(created.server.id))
    assert.equal(e.code, 'protected')
    assert.equal(e.status, 423)
  })

  test('validation: 400 json_error and 422 invalid_input naming each field', async () => {
    const bad = await http(emu, 'POST', '/v1/servers', '{"name": ')
    assert.equal(bad.status, 400)
    assert.equal(bad.body.error.code, 'json_error')
    const fields = async (body) => {
      const r = await http(emu, 'POST', '/v1/servers', body)
      assert.equal(r.status, 422)
      assert.equal(r.body.error.code, 'invalid_input')
      return r.body.error.details.fields.map((f) => f.name).sort()
    }
    // Types and required fields first, as the document's schema says.
    assert.deepEqual(await fields({ name: 'ok-name', server_type: 7 }), ['image', 'server_type'])
    // Then the values: a hostname and catalogue entries that exist.
    assert.deepEqual(await fields({ name: 'bad name!', server_type: 'nope', image: 'ubuntu-24.04' }), ['name', 'server_type'])
  })

  test('lists: pagination, label selectors, name filter and sort', async () => {
    const base = 'lbl'
    const specs = [
      { env: 'prod', tier: 'web' },
      { env: 'prod', tier: 'db' },
      { env: 'dev', tier: 'web' },
      { env: 'staging' },
      {},
    ]
    for (const [i, labels] of specs.entries()) {
      await client.createSSHKey({ name: `${base}-${i}`, public_key: makePublicKey(`${i}@x`), labels })
    }
    const names = async (selector, extra = {}) => {
      const r = await client.request('GET', '/ssh_keys', { query: { label_selector: selector, ...extra } })
      return r.ssh_keys.map((k) => k.name).filter((n) => n.startsWith(base)).sort()
    }
    assert.deepEqual(await names('env=prod'), ['lbl-0', 'lbl-1'])
    assert.deepEqual(await names('env==prod,tier=web'), ['lbl-0'])
    assert.deepEqual(await names('env!=prod'), ['lbl-2', 'lbl-3', 'lbl-4'])
    assert.deepEqual(await names('tier'), ['lbl-0', 'lbl-1', 'lbl-2'])
    assert.deepEqual(await names('!tier'), ['lbl-3', 'lbl-4'])
    assert.deepEqual(await names('env in (dev,staging)'), ['lbl-2', 'lbl-3'])
    assert.deepEqual(await names('env notin (prod,dev)'), ['lbl-3', 'lbl-4'])
    const page = await client.request('GET', '/ssh_keys', { query: { per_page: 2, page: 2, sort: 'name:desc' } })
    assert.equal(page.ssh_keys.length, 2)
    assert.equal(page.meta.pagination.page, 2)
    assert.equal(page.meta.pagination.per_page, 2)
    assert.equal(page.meta.pagination.previous_page, 1)
    assert.ok(page.meta.pagination.total_entries >= 5)
    const sorted = await client.request('GET', '/ssh_keys', { query: { sort: 'name:desc', per_page: 50 } })
    const got = sorted.ssh_keys.map((k) => k.name)
    assert.deepEqual(got, [...got].sort().reverse())
    const byName = await client.request('GET', '/ssh_keys', { query: { name: 'lbl-3' } })
    assert.equal(byName.ssh_keys.length, 1)
    const capped = await http(emu, 'GET', '/v1/ssh_keys?per_page=500')
    assert.ok(capped.status === 200 ? capped.body.meta.pagination.per_page <= 50 : capped.status === 422)
  })

  test('firewalls: set_rules, apply_to_resources and remove_from_resources with applied_to', async () => {
    const { firewall } = await client.createFirewall({ name: 'fw-flow' })
    const created = await client.createServer(serverParams('fw-target'))
    await client.waitForActions([created.action, ...created.next_actions])
    const applied = await client.request('POST', `/firewalls/${firewall.id}/actions/apply_to_resources`, {
      body: { apply_to: [{ type: 'server', server: { id: created.server.id } }] },
    })
    await client.waitForActions(applied.actions)
    const after = (await client.getFirewall(firewall.id)).firewall
    assert.deepEqual(after.applied_to.map((a) => a.server?.id), [created.server.id])
    const srv = (await client.getServer(created.server.id)).server
    assert.ok(srv.public_net.firewalls.some((f) => f.id === firewall.id))
    const rules = await client.request('POST', `/firewalls/${firewall.id}/actions/set_rules`, {
      body: { rules: [{ direction: 'in', protocol: 'icmp', source_ips: ['0.0.0.0/0'] }] },
    })
    await client.waitForActions(rules.actions)
    assert.equal((await client.getFirewall(firewall.id)).firewall.rules[0].protocol, 'icmp')
    const removed = await client.request('POST', `/firewalls/${firewall.id}/actions/remove_from_resources`, {
      body: { remove_from: [{ type: 'server', server: { id: created.server.id } }] },
    })
    await client.waitForActions(removed.actions)
    assert.equal((await client.getFirewall(firewall.id)).firewall.applied_to.length, 0)
  })

  test('faults over HTTP under /__emulator, and reset', async () => {
    const add = await http(emu, 'POST', '/__emulator/faults', {
      method: 'GET',
      path: '/v1/locations',
      times: 1,
      kind: 'status',
      status: 500,
      code: 'server_error',
    })
    assert.equal(add.status, 204)
    const hit = await http(emu, 'GET', '/v1/locations')
    assert.equal(hit.status, 500)
    assert.equal((await http(emu, 'GET', '/v1/locations')).status, 200)
    const log = await http(emu, 'GET', '/__emulator/requests')
    assert.ok(log.body.some((r) => r.fault === 'status' && r.status === 500))
    assert.equal((await http(emu, 'POST', '/__emulator/reset')).status, 204)
    assert.equal((await http(emu, 'GET', '/v1/servers')).body.servers.length, 0)
  })

  test('probabilistic faults are deterministic under a seed', async () => {
    const run = async () => {
      const e = await startEmulator({ seed: 42 })
      try {
        await e.inject({ path: '/v1/locations', probability: 0.5, kind: 'status', status: 503, code: 'unavailable' })
        const out = []
        for (let i = 0; i < 20; i++) out.push((await fetch(`${e.url}/locations`, { headers: { authorization: 'Bearer x' } })).status)
        return out
      } finally {
        await e.stop()
      }
    }
    const a = await run()
    const b = await run()
    assert.deepEqual(a, b)
    assert.ok(a.includes(503) && a.includes(200), a.join(','))
  })

  test('truncated and trickled bodies', async () => {
    await emu.inject({ method: 'GET', path: '/v1/locations', times: 1, kind: 'truncated' })
    const c = clientFor(emu, { retry: { maxAttempts: 1 } })
    const e = await rejection(c.request('GET', '/locations'))
    assert.ok(['network_error', 'invalid_response'].includes(e.code), e.code)
    await emu.inject({ method: 'GET', path: '/v1/locations', times: 1, kind: 'trickle', bytes_per_second: 2000 })
    const slow = await rejection(c.request('GET', '/locations', undefined, { timeoutMs: 200 }))
    assert.equal(slow.code, 'request_timeout')
  })

  test('rate limit: 429 rate_limit_exceeded when the bucket is empty', async () => {
    const limited = await startEmulator({ rateLimit: { limit: 3, refillPerSecond: 0.01 } })
    try {
      const statuses = []
      for (let i = 0; i < 5; i++) {
        const res = await fetch(`${limited.url}/locations`, { headers: { authorization: 'Bearer x' } })
        statuses.push(res.status)
        if (res.status === 429) {
          assert.equal((await res.json()).error.code, 'rate_limit_exceeded')
          assert.equal(res.headers.get('ratelimit-remaining'), '0')
        }
      }
      assert.deepEqual(statuses, [200, 200, 200, 429, 429])
    } finally {
      await limited.stop()
    }
  })

  test('stop closes the port', async () => {
    const e = await HetznerEmulator.start({})
    const url = e.url
    await e.stop()
    await assert.rejects(fetch(`${url}/locations`, { headers: { authorization: 'Bearer x' } }))
  })
})

describe('hcloud-emulator command', () => {
  test('starts, serves, logs each request on one line, and stops on SIGINT', async () => {
    const child = spawn(process.execPath, [CLI, '--port', '0', '--token', TOKEN, '--rate-limit', '100/1'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    child.stdout.on('data', (d) => (out += d))
    const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })))
    try {
      const url = await new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no start line: ${out}`)), 10_000)
        child.stdout.on('data', () => {
          const m = /listening on (http:\/\/\S+)/.exec(out)
          if (m) {
            clearTimeout(timer)
            resolve(m[1])
          }
        })
      })
      const res = await fetch(`${url}/locations`, { headers: { authorization: `Bearer ${TOKEN}` } })
      assert.equal(res.status, 200)
      assert.equal(res.headers.get('ratelimit-limit'), '100')
      await new Promise((r) => setTimeout(r, 100))
      assert.match(out, /GET \/v1\/locations 200/)
    } finally {
      child.kill('SIGINT')
    }
    const { code, signal } = await exited
    if (process.platform === 'win32') {
      // Windows has no signals: kill() ends the process outright, so there is no clean exit to see.
      assert.ok(code !== null || signal !== null)
    } else {
      assert.equal(code, 0)
    }
  })

  test('rejects bad arguments with exit code 2', async () => {
    const child = spawn(process.execPath, [CLI, '--rate-limit', 'lots'], { stdio: ['ignore', 'pipe', 'pipe'] })
    let err = ''
    child.stderr.on('data', (d) => (err += d))
    const code = await new Promise((resolve) => child.on('exit', resolve))
    assert.equal(code, 2)
    assert.match(err, /rate-limit/)
  })
})
