// The provisioning flow of the original plan: SSH key, firewall and server, wait for the
// server's actions, print it, then delete everything this run created (also when a step fails).
// Runs against the embedded emulator unless HETZNER_API_TOKEN is set.
import { HetznerClient, HetznerEmulator, HetznerError } from '../index.mjs'

const realToken = process.env.HETZNER_API_TOKEN
let emulator
let client
if (realToken) {
  client = new HetznerClient({ apiToken: realToken })
  console.log('Using Hetzner Cloud (HETZNER_API_TOKEN is set): resources are real and billed while they exist.')
} else {
  emulator = await HetznerEmulator.start({ actionDurationMs: 1500, timeScale: 1 })
  client = new HetznerClient({ apiToken: 'demo-token-not-real', baseUrl: emulator.url, pollIntervalMs: 250 })
  console.log(`Using the embedded emulator at ${emulator.url}`)
}

const suffix = `${Date.now().toString(36)}`
const cleanup = []
let failed = false
try {
  const { ssh_key } = await client.createSSHKey({
    name: `demo-key-${suffix}`,
    public_key: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEc3S5x1m0ZyKx0yq1nT2v9mGfVt3kqXbYpDhLw0eZ1A demo@hcloud-native',
    labels: { demo: 'hcloud-native' },
  })
  cleanup.push(['SSH key', ssh_key.id, () => client.deleteSSHKey(ssh_key.id)])
  console.log(`created SSH key ${ssh_key.id} (${ssh_key.fingerprint})`)

  const { firewall } = await client.createFirewall({
    name: `demo-fw-${suffix}`,
    labels: { demo: 'hcloud-native' },
    rules: [
      { direction: 'in', protocol: 'tcp', port: '22', source_ips: ['0.0.0.0/0', '::/0'], description: 'ssh' },
      { direction: 'in', protocol: 'icmp', source_ips: ['0.0.0.0/0', '::/0'] },
    ],
  })
  cleanup.push(['firewall', firewall.id, () => client.deleteFirewall(firewall.id)])
  console.log(`created firewall ${firewall.id} with ${firewall.rules.length} rules`)

  const created = await client.createServer({
    name: `demo-server-${suffix}`,
    server_type: 'cx22',
    image: 'ubuntu-24.04',
    location: 'fsn1',
    ssh_keys: [String(ssh_key.id)],
    firewalls: [{ firewall: firewall.id }],
    labels: { demo: 'hcloud-native' },
  })
  cleanup.unshift([
    'server',
    created.server.id,
    async () => {
      const { action } = await client.deleteServer(created.server.id)
      // null when an earlier attempt already deleted it but the answer was lost
      if (action) await client.waitForAction(action)
    },
  ])
  console.log(`created server ${created.server.id}; waiting for ${1 + created.next_actions.length} action(s)`)
  const actions = await client.waitForActions([created.action, ...created.next_actions], {
    timeoutMs: 10 * 60_000,
    onProgress: (a) => console.log(`  action ${a.id} ${a.command}: ${a.progress}%`),
  })
  console.log(`actions finished: ${actions.map((a) => `${a.command}=${a.status}`).join(', ')}`)

  const { server } = await client.getServer(created.server.id)
  console.log('server:')
  console.log(
    JSON.stringify(
      {
        id: server.id,
        name: server.name,
        status: server.status,
        type: server.server_type.name,
        location: server.location.name,
        ipv4: server.public_net.ipv4?.ip,
        ipv6: server.public_net.ipv6?.ip,
        firewalls: server.public_net.firewalls.map((f) => f.id),
        created: server.created,
      },
      null,
      2,
    ),
  )
  const rl = client.rateLimit
  if (rl) console.log(`rate limit: ${rl.remaining}/${rl.limit} requests left`)
} catch (e) {
  failed = true
  if (e instanceof HetznerError) console.error(`provisioning failed: ${e.message} (code ${e.code}, attempts ${e.attempts})`)
  else console.error('provisioning failed:', e)
} finally {
  for (const [what, id, remove] of cleanup) {
    try {
      await remove()
      console.log(`deleted ${what} ${id}`)
    } catch (e) {
      failed = true
      console.error(`could not delete ${what} ${id}: ${e.message}`)
    }
  }
  if (emulator) await emulator.stop()
}
process.exitCode = failed ? 1 : 0
