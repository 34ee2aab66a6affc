// ES module entry: the same objects as the CommonJS entry.
import cjs from './index.js'

export const { HetznerClient, HetznerError, HetznerEmulator } = cjs
export default cjs
