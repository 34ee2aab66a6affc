// The README's emulator example, run as written (node --test examples/).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { HetznerClient, HetznerEmulator } from 'hcloud-native'

test('provisioning survives a lost response', async () => {
  const emu = await HetznerEmulator.start({ actionDurationMs: 30_000, timeScale: 100, rateLimit: false })
  try {
    const client = new HetznerClient({ apiToken: 'test-token', baseUrl: emu.url, pollIntervalMs: 50 })
    // The server is created, then the connection drops before the answer.
    await emu.inject({ method: 'POST', path: '/v1/servers', times: 1, kind: 'drop_after' })
    const { server, action } = await client.createServer({ name: 'web-1', server_type: 'cx22', image: 'ubuntu-24.04' })
    await client.waitForAction(action)
    const all = await client.listAllServers()
    assert.equal(all.filter((s) => s.name === 'web-1').length, 1)
    assert.equal((await client.getServer(server.id)).server.status, 'running')
  } finally {
    await emu.stop()
  }
})
