// `bun run` in the app that installed the packed package (scripts/test-package.sh): prints one
// JSON line that the script checks.
import { HetznerClient, HetznerEmulator } from 'hcloud-native'

const emu = await HetznerEmulator.start({ port: 0, token: 'bun-run', rateLimit: false })
try {
  const client = new HetznerClient({ apiToken: 'bun-run', baseUrl: emu.url })
  const created = await client.createFirewall({ name: 'bun-run' })
  const { firewall } = await client.getFirewall(created.firewall.id)
  console.log(JSON.stringify({ runtime: `bun ${Bun.version}`, firewall: firewall.name }))
} finally {
  await emu.stop()
}
