// Compiled with `tsc --strict` by scripts/test-package.sh against the installed package: copied to
// consumer.cts (a CommonJS file: the `require` typings, index.d.ts) and consumer.mts (an ES
// module: the `import` typings, index.d.mts) for moduleResolution node16 and nodenext, and used
// as it is under bundler. Not executed.
import { HetznerClient, HetznerEmulator, HetznerError } from 'hcloud-native'
import type { Action, ClientErrorCode, CreateServerResponse, HetznerErrorFields, Pagination, Server } from 'hcloud-native'
// @ts-expect-error CancelToken is internal: not exported, so not declared.
import { CancelToken } from 'hcloud-native'
// @ts-expect-error the loader's marker is not exported by the package, so not declared.
import { __napiBindingTarget } from 'hcloud-native'

void CancelToken
void __napiBindingTarget

// Keys the API document marks required and nullable: always there, possibly null.
export function finished(action: Action): string | null {
  const f: string | null = action.finished
  // @ts-expect-error null is possible.
  const g: string = action.finished
  void g
  return f
}

export function nextPage(p: Pagination): number | null {
  const n: number | null = p.next_page
  return n
}

export function rootPassword(r: CreateServerResponse): string | null {
  const p: string | null = r.root_password
  return p
}

// Keys the document does not require stay optional.
export function labels(s: Server): Record<string, string> | undefined {
  return s.labels
}

// The constructor the runtime has: one object with code, message and the other fields.
export function makeError(status: number): HetznerError {
  const fields: HetznerErrorFields = { code: 'not_found', message: 'not_found (404) GET /servers/1: gone', status }
  const e = new HetznerError(fields)
  const code: ClientErrorCode | string = e.code
  void code
  // @ts-expect-error the constructor takes a fields object, not a message.
  void new HetznerError('just a message')
  return e
}

export async function run(): Promise<Action> {
  const emu: HetznerEmulator = await HetznerEmulator.start({ port: 0, actionDurationMs: 10, rateLimit: false })
  try {
    const client = new HetznerClient({ apiToken: 'made-up', baseUrl: emu.url })
    const created = await client.createServer({ name: 'web', server_type: 'cx22', image: 'ubuntu-24.04' })
    return await client.waitForAction(created.action, { signal: AbortSignal.timeout(10_000) })
  } catch (e) {
    if (e instanceof HetznerError && e.code === 'action_failed') throw e.action
    throw e
  } finally {
    await emu.stop()
  }
}
