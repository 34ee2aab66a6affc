'use strict'
// Loads the native addon through napi-rs' generated loader (native.js) and, when no addon loads,
// throws an error that says which platform package is missing and what to do, instead of the
// loader's generic "npm has a bug related to optional dependencies".

const PACKAGE = 'hcloud-native'

// The napi-rs name of this platform, as the platform packages are named: linux-x64-gnu,
// linux-arm64-musl, darwin-arm64, win32-x64-msvc, ...
function platformName() {
  const { platform, arch } = process
  if (platform === 'linux') return `${platform}-${arch}-${isMusl() ? 'musl' : 'gnu'}`
  if (platform === 'win32') return `${platform}-${arch}-msvc`
  return `${platform}-${arch}`
}

// The same test as the generated loader's: ldd's text first, then the process report.
function isMusl() {
  try {
    return require('node:fs').readFileSync('/usr/bin/ldd', 'utf8').includes('musl')
  } catch {
    // no ldd: ask the process report
  }
  try {
    process.report.excludeNetwork = true
    const report = process.report.getReport()
    return !report.header.glibcVersionRuntime
  } catch {
    return false
  }
}

function loadError(cause) {
  const name = platformName()
  const wanted = `${PACKAGE}-${name}`
  let supported = []
  try {
    supported = Object.keys(require('./package.json').optionalDependencies || {})
  } catch {
    // the list is only for the message
  }
  let installed = false
  try {
    require.resolve(`${wanted}/package.json`)
    installed = true
  } catch {
    // not installed
  }
  // napi-rs' own error ("Cannot find native binding. npm has a bug ...") only wraps the errors of
  // each place it looked, chained through `cause`: keep those.
  const causes = cause && /^Cannot find native binding/.test(cause.message) && cause.cause ? cause.cause : cause
  let text
  if (installed) {
    // The reason the addon did not load (e.g. an invalid ELF header, a missing glibc symbol):
    // the first error in the chain that is not a module missing from some other place.
    let why = causes
    for (let e = causes; e; e = e.cause) {
      if (!/^Cannot find module/.test(String(e.message))) {
        why = e
        break
      }
    }
    text =
      `${PACKAGE}: the native addon for ${name} (package ${wanted}) is installed but failed to load` +
      (why && why.message ? `: ${String(why.message).split('\n')[0]}` : '')
  } else if (supported.length > 0 && !supported.includes(wanted)) {
    text =
      `${PACKAGE}: no native addon is published for this platform, ${name} ` +
      `(${process.platform} ${process.arch}). Supported: ${supported.map((p) => p.slice(PACKAGE.length + 1)).join(', ')}.`
  } else {
    text =
      `${PACKAGE}: the native addon for this platform, ${name}, is missing: the package ${wanted} is not installed. ` +
      `It is an optional dependency of ${PACKAGE} that npm, pnpm, yarn and bun install on ${name} only; ` +
      `it is left out by --omit=optional / --no-optional, or by a lockfile or node_modules made on another platform. ` +
      `Install it (npm i ${wanted}) or reinstall ${PACKAGE} on this machine.`
  }
  const error = new Error(text)
  error.code = 'ERR_HCLOUD_NATIVE_BINDING'
  error.platform = name
  error.package = wanted
  error.cause = causes
  return error
}

let native
try {
  native = require('./native.js')
} catch (e) {
  throw loadError(e)
}

module.exports = native
