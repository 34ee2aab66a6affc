// The generated methods against the emulator, for every operation it covers (servers, SSH keys,
// firewalls, actions, catalogues): the emulator validates each body against the API document,
// and the schema step of `npm test` checks each of its answers. Under Node and Bun.
import assert from 'node:assert/strict'

import { after, before, describe, test } from './harness.mjs'
import { PUBLIC_KEY, clientFor, rejection, requestsTo, serverParams, startEmulator } from './helpers.mjs'

const COVERED = [
  'getActions', 'getAction',
  'listServers', 'createServer', 'listServersActions', 'getServersAction', 'getServer', 'updateServer', 'deleteServer',
  'listServerActions', 'poweronServer', 'poweroffServer', 'shutdownServer', 'rebootServer', 'resetServer', 'changeServerProtection',
  'listSSHKeys', 'createSSHKey', 'getSSHKey', 'updateSSHKey', 'deleteSSHKey',
  'listFirewalls', 'createFirewall', 'listFirewallsActions', 'getFirewallsAction', 'getFirewall', 'updateFirewall', 'deleteFirewall',
  'listFirewallActions', 'setFirewallRules', 'applyFirewallToResources', 'removeFirewallFromResources',
  'listServerTypes', 'getServerType', 'listImages', 'getImage', 'listLocations', 'getLocation',
]

describe('generated methods against the emulator', () => {
  let emu
  let client
  const called = new Set()
  before(async () => {
    emu = await startEmulator({ actionDurationMs: 50 })
    const raw = clientFor(emu)
    // Records which methods the test called, to check the list above is walked entirely.
    client = new Proxy(raw, {
      get(target, name) {
        const v = target[name]
        if (typeof v !== 'function') return v
        return (...args) => {
          called.add(name)
          return v.apply(target, args)
        }
      },
    })
  })
  after(async () => emu.stop())

  test('servers, SSH keys, firewalls, actions and catalogues', async () => {
    const { server_types } = await client.listServerTypes({ name: 'cx22' })
    assert.equal((await client.getServerType(server_types[0].id)).server_type.name, 'cx22')
    const { images } = await client.listImages({ name: 'ubuntu-24.04', type: ['system'] })
    assert.equal((await client.getImage(images[0].id)).image.name, 'ubuntu-24.04')
    const { locations } = await client.listLocations({ name: 'fsn1' })
    assert.equal((await client.getLocation(locations[0].id)).location.name, 'fsn1')

    const { ssh_key } = await client.createSSHKey({ name: 'gen-key', public_key: PUBLIC_KEY })
    assert.equal((await client.updateSSHKey(ssh_key.id, { labels: { k: 'v' } })).ssh_key.labels.k, 'v')
    assert.equal((await client.getSSHKey(ssh_key.id)).ssh_key.id, ssh_key.id)
    assert.deepEqual((await client.listSSHKeys({ label_selector: 'k=v' })).ssh_keys.map((k) => k.id), [ssh_key.id])

    const fw = await client.createFirewall({ name: 'gen-fw', labels: { role: 'web' } })
    const created = await client.createServer(serverParams('gen-1', { ssh_keys: [String(ssh_key.id)], labels: { role: 'web' } }))
    const id = created.server.id
    await client.waitForActions([created.action, ...created.next_actions])
    assert.equal((await client.updateServer(id, { name: 'gen-2' })).server.name, 'gen-2')
    assert.equal((await client.getServer(id)).server.name, 'gen-2')

    for (const [method, command] of [
      ['poweroffServer', 'stop_server'],
      ['poweronServer', 'start_server'],
      ['rebootServer', 'reboot_server'],
      ['resetServer', 'reset_server'],
      ['shutdownServer', 'shutdown_server'],
    ]) {
      const { action } = await client[method](id)
      assert.equal(action.command, command, method)
      await client.waitForAction(action)
    }
    const protection = await client.changeServerProtection(id, { delete: true, rebuild: true })
    await client.waitForAction(protection.action)
    assert.equal((await rejection(client.deleteServer(id))).code, 'protected')
    await client.waitForAction((await client.changeServerProtection(id, { delete: false, rebuild: false })).action)

    const rules = await client.setFirewallRules(fw.firewall.id, {
      rules: [{ direction: 'in', protocol: 'tcp', port: '22', source_ips: ['0.0.0.0/0'] }],
    })
    assert.ok(rules.actions.some((a) => a.command === 'set_firewall_rules'))
    const applied = await client.applyFirewallToResources(fw.firewall.id, { apply_to: [{ type: 'server', server: { id } }] })
    await client.waitForActions(applied.actions)
    assert.equal((await client.getFirewall(fw.firewall.id)).firewall.applied_to.length, 1)
    const removed = await client.removeFirewallFromResources(fw.firewall.id, { remove_from: [{ type: 'server', server: { id } }] })
    await client.waitForActions(removed.actions)
    assert.equal((await client.updateFirewall(fw.firewall.id, { name: 'gen-fw-2' })).firewall.name, 'gen-fw-2')
    const fwActions = await client.listFirewallActions(fw.firewall.id, { sort: ['id:asc'] })
    assert.ok(fwActions.actions.length >= 1)
    const anyFw = await client.listFirewallsActions({ status: ['success'] })
    assert.equal((await client.getFirewallsAction(anyFw.actions[0].id)).action.id, anyFw.actions[0].id)
    assert.deepEqual((await client.listFirewalls({ name: 'gen-fw-2' })).firewalls.map((f) => f.id), [fw.firewall.id])

    const own = await client.listServerActions(id, { status: ['success'], sort: ['id:desc'] })
    assert.ok(own.actions.some((a) => a.command === 'create_server'))
    const every = await client.listServersActions({ id: own.actions.map((a) => a.id) })
    assert.equal(every.actions.length, own.actions.length)
    assert.equal((await client.getServersAction(own.actions[0].id)).action.id, own.actions[0].id)
    const byId = await client.getActions({ id: [own.actions[0].id, own.actions[1].id] })
    assert.equal(byId.actions.length, 2)
    assert.equal((await client.getAction(own.actions[0].id)).action.id, own.actions[0].id)

    const names = []
    for await (const s of client.listServers({ label_selector: 'role=web', sort: ['id:asc'] })) names.push(s.name)
    assert.deepEqual(names, ['gen-2'])
    const log = await emu.requests()
    assert.ok(log.some((r) => r.path === '/v1/servers' && r.query.includes('label_selector=role%3Dweb') && r.query.includes('sort=id%3Aasc')))

    const del = await client.deleteServer(id)
    assert.equal(del.action.command, 'delete_server')
    await client.waitForAction(del.action)
    assert.equal(await client.deleteFirewall(fw.firewall.id), undefined)
    assert.equal(await client.deleteSSHKey(ssh_key.id), undefined)

    assert.deepEqual(COVERED.filter((name) => !called.has(name)), [])
  })

  test('a generated action method recovers a lost answer instead of sending it twice', async () => {
    const created = await client.createServer(serverParams('gen-lost'))
    await client.waitForActions([created.action, ...created.next_actions])
    const path = `/v1/servers/${created.server.id}/actions/poweroff`
    await emu.inject({ method: 'POST', path, times: 1, kind: 'drop_after' })
    const { action } = await client.poweroffServer(created.server.id)
    assert.equal(action.command, 'stop_server')
    assert.equal(requestsTo(await emu.requests(), 'POST', path).length, 1)
  })
})
