// `bun test` in the app that installed the packed package (scripts/test-package.sh).
import { expect, test } from 'bun:test'
import { randomBytes } from 'node:crypto'
import { HetznerClient, HetznerEmulator, HetznerError } from 'hcloud-native'

// A well-formed OpenSSH ed25519 public key with fresh key material.
function publicKey(): string {
  const field = (buf: Buffer) => {
    const len = Buffer.alloc(4)
    len.writeUInt32BE(buf.length)
    return Buffer.concat([len, buf])
  }
  const blob = Buffer.concat([field(Buffer.from('ssh-ed25519')), field(randomBytes(32))])
  return `ssh-ed25519 ${blob.toString('base64')} bun@test`
}

test('HetznerClient against HetznerEmulator under Bun', async () => {
  const emu = await HetznerEmulator.start({ port: 0, token: 'bun-test', rateLimit: false })
  try {
    const client = new HetznerClient({ apiToken: 'bun-test', baseUrl: emu.url })
    const { ssh_key } = await client.createSSHKey({ name: 'bun', public_key: publicKey() })
    expect((await client.getSSHKey(ssh_key.id)).ssh_key.name).toBe('bun')
    const missing = await client.getSSHKey(ssh_key.id + 1000).catch((e: unknown) => e)
    expect(missing).toBeInstanceOf(HetznerError)
    expect((missing as HetznerError).code).toBe('not_found')
  } finally {
    await emu.stop()
  }
})
