// Compiled with `tsc --strict --noEmit` (npm run typecheck): the public API must type-check as
// an application would use it. It is not executed.
import { HetznerClient, HetznerEmulator, HetznerError } from 'hcloud-native'
import type { Action, CreateServerRequest, CreateServerResponse, Server } from 'hcloud-native'

async function provision(): Promise<Server> {
  const emu: HetznerEmulator = await HetznerEmulator.start({ port: 0, actionDurationMs: 10, rateLimit: false })
  const client = new HetznerClient({
    apiToken: 'made-up',
    baseUrl: emu.url,
    retry: { maxAttempts: 3, initialDelayMs: 100, multiplier: 2, maxDelayMs: 1000, jitter: 'full' },
    timeoutMs: 5000,
    pollIntervalMs: 500,
    userAgent: 'typecheck/1.0',
    logger: { debug: (msg: string, fields?: Record<string, unknown>) => void [msg, fields], warn: console.warn },
  })
  const ac = new AbortController()
  const key = await client.createSSHKey({ name: 'k', public_key: 'ssh-ed25519 AAAA k' }, { signal: ac.signal })
  const keyId: number = key.ssh_key.id
  const fw = await client.createFirewall({
    name: 'fw',
    rules: [{ direction: 'in', protocol: 'tcp', port: '22', source_ips: ['0.0.0.0/0'] }],
  })
  const params: CreateServerRequest = { name: 'web', server_type: 'cx22', image: 'ubuntu-24.04', ssh_keys: [String(keyId)] }
  const created: CreateServerResponse = await client.createServer(params, { timeoutMs: 1000, deadlineMs: 10_000 })
  const password: string | null | undefined = created.root_password
  void password
  const done: Action = await client.waitForAction(created.action, {
    timeoutMs: 60_000,
    onProgress: (a: Action) => void a.progress,
  })
  const many: Action[] = await client.waitForActions([done, created.action.id])
  void many
  const { server } = await client.getServer(created.server.id)
  const ip: string = server.public_net.ipv4?.ip ?? ''
  void ip
  const actions = await client.getServerActions(server.id, { status: ['running'], sort: ['id:desc'] })
  const next: number | null | undefined = actions.meta.pagination.next_page
  void next
  const all: Server[] = await client.listAllServers({ label_selector: 'env=prod' })
  void all
  await client.getFirewall(fw.firewall.id)
  const keys = await client.listSSHKeys({ label_selector: 'team=a', per_page: 50 })
  const firstKey: number | undefined = keys.ssh_keys[0]?.id
  const fws = await client.listFirewalls({ name: 'fw' })
  void [firstKey, fws.firewalls.length, fws.meta.pagination.total_entries]
  const off = await client.serverAction(server.id, 'shutdown')
  await client.waitForAction(off.action)
  await client.serverAction(server.id, 'change_protection', { delete: false })
  const del = await client.deleteServer(server.id)
  if (del.action) await client.waitForAction(del.action)
  const nothing: void = await client.deleteSSHKey(keyId)
  void nothing
  const rl = client.rateLimit
  if (rl) void (rl.limit - rl.remaining + rl.reset)
  try {
    await client.getServer(1)
  } catch (e) {
    if (e instanceof HetznerError) {
      const code: string = e.code
      const status: number | undefined = e.status
      const attempts: number = e.attempts
      void [code, status, attempts, e.correlationId, e.details, e.method, e.path]
    }
  }
  await emu.inject({ method: 'GET', path: '/v1/servers/*', times: 1, kind: 'status', status: 503, code: 'unavailable' })
  await emu.stop()
  return server
}

void provision
