// Compiled with `tsc --strict` (npm run typecheck): each `@ts-expect-error` line must be a type
// error, so the generated declarations reject what the API document does not allow. Not executed.
import { HetznerClient } from 'hcloud-native'
import type { Action, Server } from 'hcloud-native'

declare const client: HetznerClient

export async function rejected(): Promise<void> {
  // @ts-expect-error an unknown body field
  await client.createSSHKey({ name: 'k', public_key: 'ssh-ed25519 AAAA', nmae: 'typo' })
  // @ts-expect-error a missing required body field (public_key)
  await client.createSSHKey({ name: 'k' })
  // @ts-expect-error a string where an id goes
  await client.getServer('42')
  // @ts-expect-error an unknown query parameter
  await client.listServers({ label_selectr: 'env=prod' })
  const { server } = await client.getServer(42)
  // @ts-expect-error reading a nullable field without a check (public_net.ipv4 is nullable)
  const ip: string = server.public_net.ipv4.ip
  // @ts-expect-error a wrong enum value
  await client.listServers({ status: ['sleeping'] })
  // @ts-expect-error a wrong enum value in a body
  await client.createPlacementGroup({ name: 'pg', type: 'scattered' })
  // @ts-expect-error a string path parameter where the document gives an enum (rr_type)
  await client.getZoneRRSet('example.com', 'www', 'AAAAA')
  void ip
}

export async function accepted(): Promise<void> {
  const { action } = await client.getAction(1)
  // A required nullable field is `T | null`: assignable, and not optional.
  const finished: string | null = action.finished
  const error: Action['error'] = null
  const ip: string | undefined = (await client.getServer(42)).server.public_net.ipv4?.ip
  const image: Server['image'] = null
  for await (const s of client.listServers({ label_selector: 'env=prod' })) void s.public_net
  const page = await client.listZoneRRSets('example.com', { type: ['A', 'AAAA'] })
  void [finished, error, ip, image, page.rrsets.length]
}
