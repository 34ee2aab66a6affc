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

function namesPackageAndPlatform(text) {
  assert.ok(text.includes(`the package ${platformPkg} is not installed`), `names the package: ${text}`)
  assert.ok(text.includes(`this platform, ${abi},`), `names the platform: ${text}`)
  assert.ok(!/npm has a bug/.test(text), text)
}

test('the platform package is not installed', () => {
  assert.throws(() => require.resolve(`${platformPkg}/package.json`), { code: 'MODULE_NOT_FOUND' })
})

test('require throws an error that names the missing package and the platform', () => {
  assert.throws(
    () => require('hcloud-native'),
    (error) => {
      assert.equal(error.code, 'ERR_HCLOUD_NATIVE_BINDING')
      assert.equal(error.package, platformPkg)
      assert.equal(error.platform, abi)
      namesPackageAndPlatform(error.message)
      assert.ok(error.cause instanceof Error, 'the loader error is the cause')
      return true
    },
  )
})

// In child processes, as an application meets it: the error on stderr, exit code 1.
for (const [what, args] of [
  ['require', ['-e', "require('hcloud-native')"]],
  ['import', ['--input-type=module', '-e', "import 'hcloud-native'"]],
  ['the command', [require.resolve('hcloud-native/package.json').replace(/package\.json$/, 'bin/hcloud-emulator.js'), '--help']],
]) {
  test(`${what}: the error names the missing package and the platform`, () => {
    const r = spawnSync(process.execPath, args, { encoding: 'utf8' })
    assert.equal(r.status, 1, r.stderr)
    assert.match(r.stderr, /ERR_HCLOUD_NATIVE_BINDING/)
    const line = r.stderr.split('\n').find((l) => l.startsWith('Error: hcloud-native: '))
    assert.ok(line, r.stderr)
    namesPackageAndPlatform(line)
    assert.ok(!/npm has a bug/.test(r.stderr), `napi-rs' generic message is not shown: ${r.stderr}`)
  })
}
