// HetznerClient against the emulator over HTTP: every method, under Node and Bun.
import assert from 'node:assert/strict'

import { HetznerClient, HetznerError } from '../index.mjs'
import { after, before, describe, test } from './harness.mjs'
import { PUBLIC_KEY, TOKEN, clientFor, makePublicKey, rejection, serverParams, startEmulator } from './helpers.mjs'

describe('HetznerClient methods', () => {
  let emu
  let client
  before(async () => {
    emu = await startEmulator()
    client = clientFor(emu)
  })
  after(async () => emu.stop())

  test('constructor rejects a missing or empty token synchronously with TypeError', () => {
    assert.throws(() => new HetznerClient({}), TypeError)
    assert.throws(() => new HetznerClient({ apiToken: '' }), TypeError)
    assert.throws(() => new HetznerClient({ apiToken: TOKEN, retry: { jitter: 'sometimes' } }), TypeError)
    assert.throws(() => new HetznerClient({ apiToken: TOKEN, baseUrl: 'not a url' }), TypeError)
  })

  test('SSH key, firewall and server: create, get, list, actions, delete', async () => {
    const { ssh_key } = await client.createSSHKey({ name: 'key-a', public_key: PUBLIC_KEY, labels: { env: 'test' } })
    assert.equal(ssh_key.name, 'key-a')
    assert.equal(ssh_key.labels.env, 'test')
    assert.equal((await client.getSSHKey(ssh_key.id)).ssh_key.id, ssh_key.id)

    const fw = await client.createFirewall({
      name: 'fw-a',
      rules: [{ direction: 'in', protocol: 'tcp', port: '22', source_ips: ['0.0.0.0/0', '::/0'] }],
    })
    assert.equal(fw.firewall.name, 'fw-a')
    assert.ok(Array.isArray(fw.actions))
    assert.equal((await client.getFirewall(fw.firewall.id)).firewall.rules[0].port, '22')

    const created = await client.createServer(
      serverParams('web-1', { ssh_keys: [String(ssh_key.id)], firewalls: [{ firewall: fw.firewall.id }] }),
    )
    assert.equal(created.server.name, 'web-1')
    assert.equal(created.action.command, 'create_server')
    assert.equal(created.root_password, null, 'no root password when an SSH key is given')
    assert.ok(Array.isArray(created.next_actions))

    const done = await client.waitForAction(created.action)
    assert.equal(done.status, 'success')
    assert.equal(done.id, created.action.id)
    assert.equal((await client.getAction(done.id)).action.status, 'success')

    const { server } = await client.getServer(created.server.id)
    assert.equal(server.id, created.server.id)
    assert.ok(server.public_net.ipv4.ip)

    const page = await client.listServers({ name: 'web-1' })
    assert.equal(page.servers.length, 1)
    assert.equal(page.meta.pagination.total_entries, 1)
    const all = await client.listAllServers()
    assert.ok(all.some((s) => s.id === server.id))

    const actions = await client.getServerActions(server.id)
    assert.ok(actions.actions.some((a) => a.command === 'create_server'))
    assert.ok(actions.meta.pagination)

    const locations = await client.request('GET', '/locations')
    assert.ok(locations.locations.length > 0)

    const del = await client.deleteServer(server.id)
    assert.equal(del.action.command, 'delete_server')
    await client.waitForAction(del.action)
    const gone = await rejection(client.getServer(server.id))
    assert.equal(gone.code, 'not_found')

    assert.deepEqual(
      (await client.listSSHKeys({ name: 'key-a' })).ssh_keys.map((k) => k.id),
      [ssh_key.id],
    )
    const fws = await client.listFirewalls({ label_selector: undefined, name: 'fw-a' })
    assert.deepEqual(
      fws.firewalls.map((f) => f.id),
      [fw.firewall.id],
    )
    assert.equal(fws.meta.pagination.total_entries, 1)
    assert.equal(await client.deleteFirewall(fw.firewall.id), undefined)
    assert.equal(await client.deleteSSHKey(ssh_key.id), undefined)
    assert.equal((await rejection(client.getSSHKey(ssh_key.id))).code, 'not_found')
  })

  test('root_password is returned when no SSH key is given', async () => {
    const created = await client.createServer(serverParams('pw-1'))
    assert.equal(typeof created.root_password, 'string')
    await client.waitForAction(created.action)
  })

  test('listAllServers follows every page', async () => {
    const names = Array.from({ length: 60 }, (_, i) => `many-${i}`)
    await Promise.all(names.map((n) => client.createServer(serverParams(n, { start_after_create: false }))))
    const all = await client.listAllServers({ label_selector: undefined, per_page: 25 })
    const got = new Set(all.map((s) => s.name))
    for (const n of names) assert.ok(got.has(n), `missing ${n}`)
  })

  test('ids above 2^32 round-trip without truncation', async () => {
    const big = 2 ** 32 + 12_345
    await emu.setNextId(big)
    const { ssh_key } = await client.createSSHKey({ name: 'big-id', public_key: makePublicKey('big@example') })
    assert.ok(ssh_key.id >= big, `id ${ssh_key.id}`)
    assert.equal((await client.getSSHKey(ssh_key.id)).ssh_key.id, ssh_key.id)
    await client.deleteSSHKey(ssh_key.id)
  })

  test('rateLimit reflects the last response', async () => {
    await client.getAction(1).catch(() => {})
    const rl = client.rateLimit
    assert.ok(rl, 'rateLimit set after a response')
    assert.equal(typeof rl.limit, 'number')
    assert.equal(typeof rl.remaining, 'number')
    assert.equal(typeof rl.reset, 'number')
  })

  test('bad arguments reject with invalid_argument and send nothing', async () => {
    const before = (await emu.requests()).length
    const calls = [
      () => client.getServer('12'),
      () => client.getServer(-1),
      () => client.getServer(1.5),
      () => client.getServer(2 ** 53),
      () => client.createServer(undefined),
      () => client.createServer({ name: 'x' }),
      () => client.createServer({ ...serverParams('typo'), nmae: 'x' }),
      () => client.getServer(1, { timeoutMs: 'soon' }),
      () => client.getServer(1, { signal: 'nope' }),
      () => client.waitForAction('abc'),
      () => client.serverAction(1, '../../ssh_keys'),
      () => client.serverAction(1, 'poweron', 'not an object'),
    ]
    for (const call of calls) {
      const e = await rejection(call())
      assert.ok(e instanceof HetznerError, `${e}`)
      assert.equal(e.code, 'invalid_argument', e.message)
    }
    assert.equal((await emu.requests()).length, before)
  })
})

describe('process lifetime', () => {
  test('a pending call keeps the process alive, and an idle client lets it exit', async () => {
    const { spawn } = await import('node:child_process')
    const script = `
      const { HetznerClient, HetznerEmulator } = require(${JSON.stringify(new URL('../index.js', import.meta.url).pathname)})
      HetznerEmulator.start({ rateLimit: false }).then(async (emu) => {
        await emu.inject({ method: 'GET', path: '/v1/locations', times: 1, kind: 'delay', ms: 300 })
        const client = new HetznerClient({ apiToken: 'made-up', baseUrl: emu.url })
        // Nothing else holds the event loop: only the pending call may keep the process alive.
        client.request('GET', '/locations').then((r) => {
          console.log('resolved ' + r.locations.length)
          emu.stop()
        })
      })
    `
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (out += d))
    const started = Date.now()
    const code = await new Promise((resolve) => child.on('exit', resolve))
    assert.equal(code, 0, out)
    assert.match(out, /resolved \d+/)
    assert.ok(Date.now() - started < 10_000, 'the process exited by itself')
  })
})
