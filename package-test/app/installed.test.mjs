// The installed package as an application meets it: installed from the two tarballs of
// `npm run package` into a fresh app (scripts/test-package.sh), then loaded with `require` and
// `import`, its typings compared with what loads, the emulator and the client run against each
// other, and its command started. Run with `node --test` in that app, under Node 20, 22 and 24.
import assert from 'node:assert/strict'
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { test } from 'node:test'

import * as esm from 'hcloud-native'
import esmDefault, { HetznerClient, HetznerEmulator, HetznerError } from 'hcloud-native'

const require = createRequire(import.meta.url)
const app = process.cwd()
const cjs = require('hcloud-native')
const pkgDir = path.dirname(require.resolve('hcloud-native/package.json'))
const pkg = require('hcloud-native/package.json')
const platformPkg = process.env.HCLOUD_PLATFORM_PACKAGE
assert.ok(platformPkg, 'HCLOUD_PLATFORM_PACKAGE names the platform package under test')

test('require gives the API, and package.json is reachable', () => {
  assert.deepEqual(Object.keys(cjs).sort(), ['HetznerClient', 'HetznerEmulator', 'HetznerError'])
  assert.equal(typeof cjs.HetznerClient, 'function')
  assert.equal(typeof cjs.HetznerEmulator.start, 'function')
  assert.equal(pkg.name, 'hcloud-native')
  assert.equal(pkg.optionalDependencies[platformPkg], pkg.version)
})

test('ESM named and default imports are the very objects require gives', () => {
  assert.equal(HetznerClient, cjs.HetznerClient)
  assert.equal(HetznerError, cjs.HetznerError)
  assert.equal(HetznerEmulator, cjs.HetznerEmulator)
  assert.equal(esmDefault, cjs)
  assert.deepEqual(Object.keys(esm).sort(), ['HetznerClient', 'HetznerEmulator', 'HetznerError', 'default'])
})

test('the addon comes from the platform package; the main package holds none', () => {
  const platformDir = path.dirname(require.resolve(`${platformPkg}/package.json`))
  const abi = platformPkg.slice('hcloud-native-'.length)
  assert.ok(existsSync(path.join(platformDir, `hcloud-native.${abi}.node`)))
  assert.deepEqual(
    readdirSync(pkgDir, { recursive: true }).filter((f) => String(f).endsWith('.node')),
    [],
    'no .node file in the main package',
  )
  // The loader's choice: the platform package's file is the one in the module cache.
  const loaded = Object.keys(require.cache).filter((f) => f.endsWith('.node'))
  assert.deepEqual(loaded, [require.resolve(platformPkg)])
})

// The names of the values a module's typings export, as TypeScript resolves `hcloud-native` from
// a CommonJS (.cts) or an ES module (.mts) file of this app under moduleResolution node16.
function declaredValues(kind) {
  const ts = require(process.env.HCLOUD_TYPESCRIPT)
  const file = path.join(app, `probe.${kind === 'require' ? 'cts' : 'mts'}`)
  writeFileSync(file, "import * as m from 'hcloud-native'\nexport { m }\n")
  const options = {
    module: ts.ModuleKind.Node16,
    moduleResolution: ts.ModuleResolutionKind.Node16,
    strict: true,
    noEmit: true,
    types: [],
  }
  const program = ts.createProgram([file], options)
  const checker = program.getTypeChecker()
  const source = program.getSourceFile(file)
  const spec = source.statements[0].moduleSpecifier
  const moduleSymbol = checker.getSymbolAtLocation(spec)
  const names = checker
    .getExportsOfModule(moduleSymbol)
    .filter((s) => {
      const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s
      return (target.flags & ts.SymbolFlags.Value) !== 0
    })
    .map((s) => s.name)
    .sort()
  // The declaration file TypeScript took for the package under this kind of import.
  const typings = path.relative(pkgDir, moduleSymbol.valueDeclaration.getSourceFile().fileName)
  return { names, typings }
}

test('the values index.d.ts declares are exactly what require gives', () => {
  const { names, typings } = declaredValues('require')
  assert.equal(typings, 'index.d.ts')
  assert.deepEqual(names, Object.keys(cjs).sort())
})

test('the values index.d.mts declares are exactly what import gives', () => {
  const { names, typings } = declaredValues('import')
  assert.equal(typings, 'index.d.mts')
  assert.deepEqual(names, Object.keys(esm).sort())
})

test('new HetznerError(fields) as declared', () => {
  const e = new HetznerError({ code: 'not_found', message: 'not_found (404) GET /servers/1: gone', status: 404, attempts: 1 })
  assert.ok(e instanceof Error)
  assert.equal(e.name, 'HetznerError')
  assert.equal(e.code, 'not_found')
  assert.equal(e.status, 404)
  assert.equal(e.attempts, 1)
  assert.equal(e.message, 'not_found (404) GET /servers/1: gone')
  assert.equal(new HetznerError({ code: 'x', message: 'y' }).attempts, 0)
})

test('HetznerClient against HetznerEmulator, required nullable keys present', async () => {
  const emu = await HetznerEmulator.start({ port: 0, token: 'package-test', actionDurationMs: 200, rateLimit: false })
  try {
    const client = new HetznerClient({ apiToken: 'package-test', baseUrl: emu.url, pollIntervalMs: 50 })
    const { server, action } = await client.createServer({ name: 'pkg-1', server_type: 'cx22', image: 'ubuntu-24.04' })
    // `finished: string | null` in the typings: the key is there, null while the action runs.
    assert.ok(Object.hasOwn(action, 'finished'))
    assert.equal(action.finished, null)
    const done = await client.waitForAction(action)
    assert.equal(done.status, 'success')
    assert.equal(typeof done.finished, 'string')
    assert.equal((await client.getServer(server.id)).server.name, 'pkg-1')
    const missing = await client.getServer(server.id + 1000).catch((e) => e)
    assert.ok(missing instanceof HetznerError)
    assert.equal(missing.code, 'not_found')
  } finally {
    await emu.stop()
  }
})

test('npx hcloud-emulator --help', () => {
  const out = execFileSync('npx', ['--no-install', 'hcloud-emulator', '--help'], { cwd: app, encoding: 'utf8' })
  assert.match(out, /^usage: hcloud-emulator \[--port 4000\]/)
  for (const option of ['--token', '--action-duration-ms', '--time-scale', '--rate-limit', '--no-rate-limit', '--seed', '--quiet']) {
    assert.ok(out.includes(option), `--help mentions ${option}`)
  }
})

test('the hcloud-emulator command serves the API until SIGTERM', async () => {
  const bin = path.join(app, 'node_modules', '.bin', 'hcloud-emulator')
  const child = spawn(bin, ['--port', '0', '--token', 'package-test', '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  child.stdout.on('data', (d) => (out += d))
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)))
  try {
    const url = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start line: ${out}`)), 10_000)
      child.stdout.on('data', () => {
        const m = /listening on (http:\/\/\S+)/.exec(out)
        if (m) {
          clearTimeout(timer)
          resolve(m[1])
        }
      })
    })
    const res = await fetch(`${url}/servers`, { headers: { authorization: 'Bearer package-test' } })
    assert.equal(res.status, 200)
    assert.deepEqual((await res.json()).servers, [])
  } finally {
    child.kill('SIGTERM')
  }
  assert.equal(await exited, 0)
})
