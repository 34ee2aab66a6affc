// The whole API against the emulator, under Node and Bun: one stateful scenario calls every
// operation of the document through HetznerClient's generated methods (servers with volumes, a
// network, a load balancer with a managed certificate, floating and primary IPs, a snapshot, a
// placement group, an ISO, a DNS zone with RRSets), checks the relationships the API shows, and
// then asserts from the emulator's request log that every operation of the document was answered
// with a success at least once. With HCLOUD_EMULATOR_LOG_DIR set, every body is then checked
// against the document (and for every property its schema defines) by `cargo test --test schema`.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'

import { after, before, describe, test } from './harness.mjs'
import { PUBLIC_KEY, clientFor, serverParams, startEmulator } from './helpers.mjs'

const OPERATIONS = JSON.parse(readFileSync(new URL('./fixtures/operations.json', import.meta.url), 'utf8')).operations

describe('the whole API against the emulator', () => {
  let emu
  let client
  before(async () => {
    emu = await startEmulator({ actionDurationMs: 20 })
    client = clientFor(emu, { pollIntervalMs: 10 })
  })
  after(async () => emu.stop())

  const done = (r) => client.waitForActions([r.action ?? r].filter(Boolean))

  test('every operation answers with a success in one provisioning scenario', async () => {
    // Catalogue.
    const types = await client.listServerTypes()
    await client.getServerType(types.server_types[0].id)
    const locations = await client.listLocations()
    await client.getLocation(locations.locations[0].id)
    const lbTypes = await client.listLoadBalancerTypes()
    await client.getLoadBalancerType(lbTypes.load_balancer_types[0].id)
    const isos = await client.listISOs()
    await client.getISO(isos.isos[0].id)
    const pricing = await client.getPricing()
    assert.equal(pricing.pricing.currency, 'EUR')
    const images = await client.listImages({ type: ['system'] })
    await client.getImage(images.images[0].id)

    // SSH key, network, placement group.
    const { ssh_key: key } = await client.createSSHKey({ name: 'deploy', public_key: PUBLIC_KEY })
    const { network } = await client.createNetwork({
      name: 'backend',
      ip_range: '10.0.0.0/16',
      subnets: [{ type: 'cloud', ip_range: '10.0.1.0/24', network_zone: 'eu-central' }],
    })
    await done(await client.addNetworkSubnet(network.id, { type: 'cloud', ip_range: '10.0.2.0/24', network_zone: 'eu-central' }))
    await done(await client.addNetworkRoute(network.id, { destination: '10.100.1.0/24', gateway: '10.0.1.1' }))
    await done(await client.deleteNetworkRoute(network.id, { destination: '10.100.1.0/24', gateway: '10.0.1.1' }))
    await done(await client.deleteNetworkSubnet(network.id, { ip_range: '10.0.2.0/24' }))
    await done(await client.changeNetworkIPRange(network.id, { ip_range: '10.0.0.0/15' }))
    await done(await client.changeNetworkProtection(network.id, { delete: false }))
    await client.updateNetwork(network.id, { labels: { tier: 'backend' } })
    const { placement_group: pg } = await client.createPlacementGroup({ name: 'spread-1', type: 'spread' })
    await client.updatePlacementGroup(pg.id, { labels: { a: 'b' } })

    // Servers in the network and the placement group.
    const s1 = await client.createServer(
      serverParams('web-1', { ssh_keys: [String(key.id)], networks: [network.id], placement_group: pg.id, labels: { role: 'web' } }),
    )
    const s2 = await client.createServer(serverParams('web-2', { labels: { role: 'web' } }))
    await client.waitForActions([s1.action, ...s1.next_actions, s2.action, ...s2.next_actions])
    const web1 = (await client.getServer(s1.server.id)).server
    assert.equal(web1.private_net[0].network, network.id)
    assert.equal(web1.placement_group.id, pg.id)
    assert.equal(typeof web1.public_net.ipv4.id, 'number')

    // Volumes.
    const v1 = await client.createVolume({ name: 'data-1', size: 10, server: web1.id, automount: true, format: 'ext4' })
    await client.waitForActions([v1.action, ...v1.next_actions])
    const v2 = await client.createVolume({ name: 'data-2', size: 10, location: 'fsn1' })
    await done(v2)
    await done(await client.attachVolume(v2.volume.id, { server: web1.id, automount: false }))
    assert.deepEqual((await client.getServer(web1.id)).server.volumes.sort(), [v1.volume.id, v2.volume.id].sort())
    await done(await client.resizeVolume(v2.volume.id, { size: 20 }))
    await done(await client.detachVolume(v2.volume.id))
    await done(await client.changeVolumeProtection(v2.volume.id, { delete: false }))
    await client.updateVolume(v2.volume.id, { name: 'data-2b' })

    // Floating and primary IPs.
    const fip = await client.createFloatingIP({ type: 'ipv4', home_location: 'fsn1', description: 'web' })
    await done(await client.assignFloatingIP(fip.floating_ip.id, { server: web1.id }))
    assert.deepEqual((await client.getServer(web1.id)).server.public_net.floating_ips, [fip.floating_ip.id])
    await done(await client.changeFloatingIPDNSPtr(fip.floating_ip.id, { ip: fip.floating_ip.ip, dns_ptr: 'www.example.com' }))
    await done(await client.unassignFloatingIP(fip.floating_ip.id))
    await done(await client.changeFloatingIPProtection(fip.floating_ip.id, { delete: false }))
    await client.updateFloatingIP(fip.floating_ip.id, { description: 'spare' })
    const pip = await client.createPrimaryIP({ name: 'ip-spare', type: 'ipv4', location: 'fsn1', auto_delete: false })
    await done(await client.changePrimaryIPDNSPtr(pip.primary_ip.id, { ip: pip.primary_ip.ip, dns_ptr: 'mail.example.com' }))
    await done(await client.changePrimaryIPProtection(pip.primary_ip.id, { delete: false }))
    await client.updatePrimaryIP(pip.primary_ip.id, { auto_delete: false })

    // Certificate and load balancer.
    const cert = await client.createCertificate({ name: 'site', type: 'managed', domain_names: ['example.com'] })
    await done(cert)
    await client.updateCertificate(cert.certificate.id, { labels: { site: 'main' } })
    const lb = await client.createLoadBalancer({
      name: 'lb-1',
      load_balancer_type: lbTypes.load_balancer_types[0].name,
      location: 'fsn1',
      network: network.id,
      targets: [{ type: 'server', server: { id: web1.id }, use_private_ip: true }],
      services: [
        {
          protocol: 'https',
          listen_port: 443,
          destination_port: 80,
          proxyprotocol: false,
          http: { certificates: [cert.certificate.id], redirect_http: true },
          health_check: { protocol: 'http', port: 80, interval: 15, timeout: 10, retries: 3, http: { path: '/' } },
        },
      ],
    })
    await done(lb)
    const lbId = lb.load_balancer.id
    assert.deepEqual((await client.getServer(web1.id)).server.load_balancers, [lbId])
    assert.deepEqual((await client.getCertificate(cert.certificate.id)).certificate.used_by.map((u) => u.id), [lbId])
    await done(await client.addLoadBalancerTarget(lbId, { type: 'label_selector', label_selector: { selector: 'role=web' } }))
    await done(
      await client.addLoadBalancerService(lbId, {
        protocol: 'tcp',
        listen_port: 22,
        destination_port: 22,
        proxyprotocol: false,
        health_check: { protocol: 'tcp', port: 22, interval: 15, timeout: 10, retries: 3 },
      }),
    )
    await done(await client.updateLoadBalancerService(lbId, { listen_port: 22, destination_port: 2222 }))
    await done(await client.deleteLoadBalancerService(lbId, { listen_port: 22 }))
    await done(await client.removeLoadBalancerTarget(lbId, { type: 'label_selector', label_selector: { selector: 'role=web' } }))
    await done(await client.changeLoadBalancerAlgorithm(lbId, { type: 'least_connections' }))
    const lbNow = (await client.getLoadBalancer(lbId)).load_balancer
    await done(await client.changeLoadBalancerDNSPtr(lbId, { ip: lbNow.public_net.ipv4.ip, dns_ptr: 'lb.example.com' }))
    await done(await client.changeLoadBalancerProtection(lbId, { delete: false }))
    await done(await client.changeLoadBalancerType(lbId, { load_balancer_type: lbTypes.load_balancer_types[1].name }))
    await done(await client.disableLoadBalancerPublicInterface(lbId))
    await done(await client.enableLoadBalancerPublicInterface(lbId))
    await done(await client.detachLoadBalancerFromNetwork(lbId, { network: network.id }))
    await done(await client.attachLoadBalancerToNetwork(lbId, { network: network.id }))
    const now = Date.now()
    const range = { start: new Date(now - 3_600_000).toISOString(), end: new Date(now).toISOString() }
    const lbMetrics = await client.getLoadBalancerMetrics(lbId, { type: ['open_connections'], ...range, step: 60 })
    assert.ok(lbMetrics.metrics.time_series)
    await client.updateLoadBalancer(lbId, { labels: { app: 'site' } })

    // Server actions.
    const id = s2.server.id
    await done(await client.attachServerToNetwork(id, { network: network.id }))
    await done(await client.changeServerAliasIPs(id, { network: network.id, alias_ips: ['10.0.1.100'] }))
    await done(await client.detachServerFromNetwork(id, { network: network.id }))
    await done(await client.attachServerISO(id, { iso: String(isos.isos[0].id) }))
    assert.equal((await client.getServer(id)).server.iso.id, isos.isos[0].id)
    await done(await client.detachServerISO(id))
    const s2ipv4 = (await client.getServer(id)).server.public_net.ipv4.ip
    await done(await client.changeServerDNSPtr(id, { ip: s2ipv4, dns_ptr: 'web-2.example.com' }))
    await done(await client.enableServerBackup(id))
    await done(await client.disableServerBackup(id))
    await done(await client.enableServerRescue(id, { type: 'linux64', ssh_keys: [key.id] }))
    await done(await client.disableServerRescue(id))
    await done(await client.resetServerPassword(id))
    const console_ = await client.requestServerConsole(id)
    assert.match(console_.wss_url, /^wss:\/\//)
    await done(console_)
    const metrics = await client.getServerMetrics(id, { type: ['cpu'], ...range })
    assert.ok(metrics.metrics.time_series)
    await done(await client.rebuildServer(id, { image: 'debian-12' }))
    const snap = await client.createServerImage(id, { type: 'snapshot', description: 'before resize' })
    await done(snap)
    await client.updateImage(snap.image.id, { description: 'golden', labels: { kind: 'golden' } })
    await done(await client.changeImageProtection(snap.image.id, { delete: false }))
    await done(await client.poweroffServer(id))
    await done(await client.addServerToPlacementGroup(id, { placement_group: pg.id }))
    await done(await client.removeServerFromPlacementGroup(id))
    await done(await client.changeServerType(id, { server_type: 'cx32', upgrade_disk: false }))
    if ((await client.getServer(id)).server.status !== 'off') await done(await client.poweroffServer(id))
    await done(await client.poweronServer(id))
    await done(await client.rebootServer(id))
    await done(await client.resetServer(id))
    await done(await client.shutdownServer(id))
    await done(await client.changeServerProtection(id, { delete: false, rebuild: false }))
    await client.updateServer(id, { labels: { role: 'spare' } })
    // Swap the (stopped) server's IPv4 for the spare primary IP and back.
    const own = (await client.getServer(id)).server.public_net.ipv4.id
    await done(await client.unassignPrimaryIP(own))
    await done(await client.assignPrimaryIP(pip.primary_ip.id, { assignee_type: 'server', assignee_id: id }))
    assert.equal((await client.getServer(id)).server.public_net.ipv4.id, pip.primary_ip.id)
    await done(await client.unassignPrimaryIP(pip.primary_ip.id))
    await done(await client.assignPrimaryIP(own, { assignee_type: 'server', assignee_id: id }))

    // Firewall.
    const fw = await client.createFirewall({ name: 'fw', rules: [{ direction: 'in', protocol: 'icmp', source_ips: ['0.0.0.0/0'] }] })
    await done(await client.applyFirewallToResources(fw.firewall.id, { apply_to: [{ type: 'server', server: { id: web1.id } }] }).then((r) => r.actions[0]))
    await client.setFirewallRules(fw.firewall.id, { rules: [] })
    await client.removeFirewallFromResources(fw.firewall.id, { remove_from: [{ type: 'server', server: { id: web1.id } }] })
    await client.updateFirewall(fw.firewall.id, { name: 'fw-b' })
    await client.updateSSHKey(key.id, { labels: { who: 'ci' } })

    // DNS zone and RRSets.
    const zone = await client.createZone({ name: 'example.com', mode: 'primary', ttl: 3600 })
    await done(zone)
    const z = zone.zone.name
    await client.updateZone(z, { labels: { env: 'prod' } })
    await done(await client.changeZoneTtl(z, { ttl: 600 }))
    await done(await client.changeZoneProtection(z, { delete: false }))
    const rr = await client.createZoneRRSet(z, { name: 'www', type: 'A', ttl: 300, records: [{ value: '203.0.113.10' }] })
    await done(rr)
    await done(await client.addZoneRRSetRecords(z, 'www', 'A', { records: [{ value: '203.0.113.11' }] }))
    await done(await client.removeZoneRRSetRecords(z, 'www', 'A', { records: [{ value: '203.0.113.10' }] }))
    await done(await client.updateZoneRRSetRecords(z, 'www', 'A', { records: [{ value: '203.0.113.11', comment: 'web' }] }))
    await done(await client.setZoneRRSetRecords(z, 'www', 'A', { records: [{ value: '203.0.113.12' }] }))
    await done(await client.changeZoneRRSetTtl(z, 'www', 'A', { ttl: 60 }))
    await done(await client.changeZoneRRSetProtection(z, 'www', 'A', { change: false }))
    await client.updateZoneRRSet(z, 'www', 'A', { labels: { svc: 'web' } })
    assert.equal((await client.getZoneRRSet(z, 'www', 'A')).rrset.records[0].value, '203.0.113.12')
    const { zonefile } = await client.getZoneZonefile(z)
    assert.match(zonefile, /www/)
    await done(await client.importZoneZonefile(z, { zonefile }))
    await client.listZoneRRSets(z)
    const secondary = await client.createZone({ name: 'example.org', mode: 'secondary', primary_nameservers: [{ address: '198.51.100.53' }] })
    await done(secondary)
    await done(await client.changeZonePrimaryNameservers(secondary.zone.id, { primary_nameservers: [{ address: '198.51.100.54', port: 53 }] }))

    // Every list, every resource, every action list.
    for (const [list, get, actions, anyAction, ofOne, ids] of [
      ['listServers', 'getServer', 'listServersActions', 'getServersAction', 'listServerActions', [id]],
      ['listVolumes', 'getVolume', 'listVolumesActions', 'getVolumesAction', 'listVolumeActions', [v2.volume.id]],
      ['listNetworks', 'getNetwork', 'listNetworksActions', 'getNetworksAction', 'listNetworkActions', [network.id]],
      ['listFloatingIPs', 'getFloatingIP', 'listFloatingIPsActions', 'getFloatingIPsAction', 'listFloatingIPActions', [fip.floating_ip.id]],
      ['listPrimaryIPs', 'getPrimaryIP', 'listPrimaryIPsActions', 'getPrimaryIPsAction', 'listPrimaryIPActions', [pip.primary_ip.id]],
      ['listLoadBalancers', 'getLoadBalancer', 'listLoadBalancersActions', 'getLoadBalancersAction', 'listLoadBalancerActions', [lbId]],
      ['listCertificates', 'getCertificate', 'listCertificatesActions', 'getCertificatesAction', 'listCertificateActions', [cert.certificate.id]],
      ['listImages', 'getImage', 'listImagesActions', 'getImagesAction', 'listImageActions', [snap.image.id]],
      ['listFirewalls', 'getFirewall', 'listFirewallsActions', 'getFirewallsAction', 'listFirewallActions', [fw.firewall.id]],
      ['listZones', 'getZone', 'listZonesActions', 'getZonesAction', 'listZoneActions', [zone.zone.id]],
      ['listPlacementGroups', 'getPlacementGroup', null, null, null, [pg.id]],
      ['listSSHKeys', 'getSSHKey', null, null, null, [key.id]],
    ]) {
      await client[list]()
      for (const one of ids) await client[get](one)
      if (actions) {
        const all = await client[actions]()
        assert.ok(all.actions.length > 0, actions)
        await client[anyAction](all.actions[0].id)
        const own = await client[ofOne](ids[0])
        assert.ok(own.actions.length > 0, ofOne)
        await client.getAction(own.actions[0].id)
        await client.getActions({ id: [own.actions[0].id] })
      }
    }

    // A managed certificate whose issuance fails, then is retried.
    await emu.failNextActions('create_certificate', 1, 'dns_validation_failed', 'the DNS record was not found')
    const failing = await client.createCertificate({ name: 'broken', type: 'managed', domain_names: ['broken.example.com'] })
    await client.waitForActions([failing.action]).catch(() => {})
    assert.equal((await client.getCertificate(failing.certificate.id)).certificate.status.issuance, 'failed')
    await done(await client.retryCertificate(failing.certificate.id))
    assert.equal((await client.getCertificate(failing.certificate.id)).certificate.status.issuance, 'completed')

    // Tear down in dependency order.
    await client.deleteLoadBalancer(lbId)
    await client.deleteCertificate(cert.certificate.id)
    await client.deleteCertificate(failing.certificate.id)
    await client.deleteImage(snap.image.id)
    await client.deleteVolume(v2.volume.id)
    await done(await client.detachVolume(v1.volume.id))
    await client.deleteVolume(v1.volume.id)
    await client.deleteFloatingIP(fip.floating_ip.id)
    await client.deletePrimaryIP(pip.primary_ip.id)
    await client.deleteFirewall(fw.firewall.id)
    await client.waitForActions([await client.deleteServer(web1.id), await client.deleteServer(id)].map((r) => r.action))
    await client.deletePlacementGroup(pg.id)
    await client.deleteNetwork(network.id)
    await client.deleteSSHKey(key.id)
    await client.deleteZoneRRSet(z, 'www', 'A')
    await done(await client.deleteZone(z))
    await done(await client.deleteZone(secondary.zone.id))

    // Every operation of the document answered with a success at least once.
    const answered = new Set(
      (await emu.requests()).filter((r) => r.status >= 200 && r.status < 300 && r.operation).map((r) => `${r.method} ${r.operation}`),
    )
    const missing = OPERATIONS.map((o) => `${o.verb} ${o.path}`).filter((op) => !answered.has(op))
    assert.deepEqual(missing, [])
  })
})
