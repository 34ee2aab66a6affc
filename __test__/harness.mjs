// One test API for both runners: node:test under Node, bun:test under Bun.
const isBun = typeof globalThis.Bun !== 'undefined'
const runner = isBun ? await import('bun:test') : await import('node:test')

export const runtime = isBun ? `bun ${globalThis.Bun.version}` : `node ${process.version}`

/** test(name, fn, { timeout }): the timeout defaults to 20 s under both runners. */
export function test(name, fn, { timeout = 20_000 } = {}) {
  return isBun ? runner.test(name, fn, timeout) : runner.test(name, { timeout }, fn)
}
export const describe = runner.describe
export const before = isBun ? runner.beforeAll : runner.before
export const after = isBun ? runner.afterAll : runner.after
