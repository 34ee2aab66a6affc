// The main package installed without its platform package (scripts/test-package.sh installs only
// the main tarball into a second app): loading it must fail with an error that names the missing
// package and the platform, for `require`, `import` and the command.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { test } from 'node:test'

const require = createRequire(import.meta.url)
const platformPkg = process.env.HCLOUD_PLATFORM_PACKAGE
const abi = platformPkg.slice('hcloud-native-'.length)

function check(error) {
  assert.equal(error.code, 'ERR_HCLOUD_NATIVE_BINDING')
  assert.ok(error.message.includes(platformPkg), `names the package: ${error.message}`)
  assert.ok(error.message.includes(abi), `names the platform: ${error.message}`)
  assert.ok(!/npm has a bug/.test(error.message), error.message)
  assert.equal(error.package, platformPkg)
  assert.equal(error.platform, abi)
  return true
}

test('the platform package is not installed', () => {
  assert.throws(() => require.resolve(`${platformPkg}/package.json`), { code: 'MODULE_NOT_FOUND' })
})

test('require names the missing package and the platform', () => {
  assert.throws(() => require('hcloud-native'), check)
})

test('import names the missing package and the platform', async () => {
  await assert.rejects(import('hcloud-native'), check)
})

test('the command says the same on stderr and exits non-zero', () => {
  const r = spawnSync('npx', ['--no-install', 'hcloud-emulator', '--help'], { encoding: 'utf8' })
  assert.notEqual(r.status, 0)
  assert.ok(r.stderr.includes(`the package ${platformPkg} is not installed`), r.stderr)
})
