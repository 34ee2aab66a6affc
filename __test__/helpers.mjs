// The one place tests start the emulator and make clients for it.
import { randomBytes } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'

import { HetznerClient, HetznerEmulator } from '../index.mjs'

export const TOKEN = 'test-token-0123456789abcdef-not-real'

/** Fast retries so that retry tests take milliseconds. */
export const FAST_RETRY = { initialDelayMs: 5, maxDelayMs: 50, jitter: 'none' }

/**
 * Starts an emulator. With HCLOUD_EMULATOR_LOG_DIR set, its request log (with every response
 * body) is saved there on stop, so that `cargo test --test schema` checks each response against
 * the API document.
 */
export async function startEmulator(options = {}) {
  const emu = await HetznerEmulator.start({ actionDurationMs: 200, rateLimit: false, ...options })
  const dir = process.env.HCLOUD_EMULATOR_LOG_DIR
  if (dir) {
    const stop = emu.stop.bind(emu)
    emu.stop = async () => {
      mkdirSync(dir, { recursive: true })
      await emu.saveRequests(join(dir, `${Date.now()}-${randomBytes(4).toString('hex')}.json`))
      return stop()
    }
  }
  return emu
}

/** A client for `emu` that records its log events in `client.logs`. */
export function clientFor(emu, options = {}) {
  const logs = []
  const logger = {
    debug: (msg, fields) => logs.push({ level: 'debug', msg, fields }),
    warn: (msg, fields) => logs.push({ level: 'warn', msg, fields }),
  }
  const client = new HetznerClient({
    apiToken: TOKEN,
    baseUrl: emu.url,
    retry: FAST_RETRY,
    pollIntervalMs: 50,
    logger,
    ...options,
  })
  client.logs = logs
  return client
}

/** A well-formed OpenSSH ed25519 public key with fresh key material. */
export function makePublicKey(comment = 'test@example') {
  const field = (buf) => {
    const len = Buffer.alloc(4)
    len.writeUInt32BE(buf.length)
    return Buffer.concat([len, buf])
  }
  const blob = Buffer.concat([field(Buffer.from('ssh-ed25519')), field(randomBytes(32))])
  return `ssh-ed25519 ${blob.toString('base64')} ${comment}`
}

export const PUBLIC_KEY = makePublicKey()

export function serverParams(name, extra = {}) {
  return { name, server_type: 'cx22', image: 'ubuntu-24.04', location: 'fsn1', ...extra }
}

/** Resolves with the rejection of `promise`, failing if it resolves. */
export async function rejection(promise) {
  try {
    await promise
  } catch (e) {
    return e
  }
  throw new Error('expected the promise to reject')
}

export function requestsTo(log, method, path) {
  return log.filter((r) => r.method === method && r.path === path)
}
