// Typings of the ES module entry (index.mjs): the same named exports as the CommonJS entry, whose
// typings (index.d.ts) napi-rs generates, and its exports object as the default export.
import * as hcloud from './index.js'

export * from './index.js'

declare const exportsObject: typeof hcloud
export default exportsObject
