// The release configuration agrees with itself: the targets the release workflow builds and tests
// are `napi.targets` in package.json, whose platform packages are the `optionalDependencies` (at
// the package's version) and the folders under npm/; and napi's own release commands, `napi
// artifacts` and `napi pre-publish`, accept the layout once every target has its addon.
// Run from the repository root: node --test package-test/release-config.test.mjs
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { test } from 'node:test'

import { parseTriple } from '@napi-rs/cli'
import { parse } from 'yaml'

const root = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '..')
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
const workflow = parse(readFileSync(path.join(root, '.github/workflows/release.yml'), 'utf8'))
const targets = pkg.napi.targets
const binaryName = pkg.napi.binaryName
const sorted = (xs) => [...xs].sort()

test('napi.targets has no duplicates and covers Linux (glibc, musl), macOS and Windows on x64 and arm64', () => {
  assert.equal(new Set(targets).size, targets.length)
  const abis = targets.map((t) => parseTriple(t).platformArchABI)
  for (const abi of ['linux-x64-gnu', 'linux-arm64-gnu', 'linux-x64-musl', 'linux-arm64-musl', 'darwin-x64', 'darwin-arm64', 'win32-x64-msvc']) {
    assert.ok(abis.includes(abi), `${abi} is a target`)
  }
})

test('the workflow builds exactly napi.targets', () => {
  const built = workflow.jobs.build.strategy.matrix.include.map((e) => e.target)
  assert.deepEqual(sorted(built), sorted(targets))
  for (const e of workflow.jobs.build.strategy.matrix.include) {
    assert.match(e.build, new RegExp(`--target ${e.target}(\\s|$)`), `the ${e.target} build passes its target`)
    if (e.target.endsWith('-linux-gnu')) assert.match(e.build, /--use-napi-cross/, `${e.target}: glibc 2.17 baseline`)
    if (e.target.endsWith('-linux-musl')) assert.match(e.build, /--cross-compile/, `${e.target}: zig`)
  }
})

test('the workflow tests every target on Node 20, 22 and 24, and on Bun', () => {
  const matrix = workflow.jobs.test.strategy.matrix
  assert.deepEqual(sorted(matrix.target), sorted(targets))
  assert.deepEqual(sorted(matrix.node), ['20', '22', '24'])
  assert.deepEqual(sorted(matrix.include.map((e) => e.target)), sorted(targets), 'each target has a runner')
  for (const alpine of [false, true]) {
    const step = workflow.jobs.test.steps.find((s) => s.if === (alpine ? '${{ matrix.alpine }}' : '${{ !matrix.alpine }}') && s.run)
    assert.match(step.run, /node --test --test-concurrency=1/)
    assert.match(step.run, /node_modules\/\.bin\/bun test/)
  }
})

test('the workflow publishes on version tags, with provenance, after the tests', () => {
  const publish = workflow.jobs.publish
  assert.equal(publish.if, "startsWith(github.ref, 'refs/tags/v')")
  assert.deepEqual(sorted(publish.needs), ['check', 'test'])
  assert.equal(publish.permissions['id-token'], 'write')
  const runs = publish.steps.map((s) => s.run ?? '').join('\n')
  assert.match(runs, /napi artifacts/)
  assert.match(runs, /napi pre-publish/)
  assert.match(runs, /npm publish --provenance/)
  const prePublish = publish.steps.find((s) => /napi pre-publish/.test(s.run ?? ''))
  assert.equal(prePublish.env.NPM_CONFIG_PROVENANCE, 'true')
  assert.ok(workflow.on.push.tags.includes('v*'))
  const check = workflow.jobs.check.steps.map((s) => s.run ?? '').join('\n')
  assert.match(check, /cargo deny .*check/)
  assert.match(check, /npm test/)
})

test('optionalDependencies are the platform packages of napi.targets, at the package version', () => {
  const expected = Object.fromEntries(targets.map((t) => [`${pkg.name}-${parseTriple(t).platformArchABI}`, pkg.version]))
  assert.deepEqual(pkg.optionalDependencies, expected)
})

test('npm/ holds one platform package per target, named, versioned and restricted as the triple says', () => {
  const license = readFileSync(path.join(root, 'LICENSE'), 'utf8')
  const dirs = readdirSync(path.join(root, 'npm'))
  assert.deepEqual(sorted(dirs), sorted(targets.map((t) => parseTriple(t).platformArchABI)))
  for (const triple of targets) {
    const t = parseTriple(triple)
    const dir = path.join(root, 'npm', t.platformArchABI)
    const p = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'))
    const file = `${binaryName}.${t.platformArchABI}.node`
    assert.equal(p.name, `${pkg.name}-${t.platformArchABI}`)
    assert.equal(p.version, pkg.version)
    assert.equal(p.main, file)
    assert.deepEqual(p.files, [file])
    assert.deepEqual(p.os, [t.platform])
    assert.deepEqual(p.cpu, [t.arch])
    if (t.platform === 'linux') assert.deepEqual(p.libc, [t.abi === 'musl' ? 'musl' : 'glibc'])
    else assert.equal(p.libc, undefined)
    assert.equal(p.license, pkg.license)
    assert.deepEqual(p.repository, pkg.repository)
    assert.deepEqual(p.engines, pkg.engines)
    assert.equal(readFileSync(path.join(dir, 'LICENSE'), 'utf8'), license, `${t.platformArchABI}/LICENSE`)
  }
})

test('napi artifacts and napi pre-publish accept the layout once every target has its addon', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'hcloud-release-config-'))
  try {
    for (const f of ['package.json', 'LICENSE', 'README.md']) cpSync(path.join(root, f), path.join(work, f))
    cpSync(path.join(root, 'npm'), path.join(work, 'npm'), { recursive: true })
    // What actions/download-artifact leaves: artifacts/bindings-<target>/<binary>.<abi>.node.
    for (const triple of targets) {
      const abi = parseTriple(triple).platformArchABI
      mkdirSync(path.join(work, 'artifacts', `bindings-${triple}`), { recursive: true })
      writeFileSync(path.join(work, 'artifacts', `bindings-${triple}`, `${binaryName}.${abi}.node`), `addon for ${abi}\n`)
    }
    execFileSync('git', ['init', '-q'], { cwd: work })
    const napi = path.join(root, 'node_modules', '.bin', 'napi')
    execFileSync(napi, ['artifacts', '--output-dir', 'artifacts'], { cwd: work, stdio: 'pipe' })
    for (const triple of targets) {
      const abi = parseTriple(triple).platformArchABI
      assert.equal(readFileSync(path.join(work, 'npm', abi, `${binaryName}.${abi}.node`), 'utf8'), `addon for ${abi}\n`)
    }
    // As the workflow runs it, but without publishing anything.
    execFileSync(napi, ['pre-publish', '--tag-style', 'npm', '--no-gh-release', '--skip-optional-publish'], {
      cwd: work,
      stdio: 'pipe',
      env: { ...process.env, GITHUB_REPOSITORY: '' },
    })
    const after = JSON.parse(readFileSync(path.join(work, 'package.json'), 'utf8'))
    assert.deepEqual(after.optionalDependencies, pkg.optionalDependencies, 'pre-publish finds them already in sync')
    assert.equal(existsSync(path.join(work, 'npm', 'linux-x64-gnu', `${binaryName}.linux-x64-gnu.node`)), true)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
})

test('npm version moves the platform packages and optionalDependencies along', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'hcloud-release-version-'))
  try {
    for (const f of ['package.json', 'package-lock.json', 'LICENSE', 'README.md']) cpSync(path.join(root, f), path.join(work, f))
    cpSync(path.join(root, 'npm'), path.join(work, 'npm'), { recursive: true })
    cpSync(path.join(root, 'scripts', 'sync-versions.mjs'), path.join(work, 'scripts', 'sync-versions.mjs'))
    symlinkSync(path.join(root, 'node_modules'), path.join(work, 'node_modules'))
    execFileSync('git', ['init', '-q'], { cwd: work })
    execFileSync('npm', ['version', '9.8.7', '--no-git-tag-version'], { cwd: work, stdio: 'pipe' })
    const after = JSON.parse(readFileSync(path.join(work, 'package.json'), 'utf8'))
    assert.equal(after.version, '9.8.7')
    for (const v of Object.values(after.optionalDependencies)) assert.equal(v, '9.8.7')
    const lock = JSON.parse(readFileSync(path.join(work, 'package-lock.json'), 'utf8'))
    assert.deepEqual(lock.packages[''].optionalDependencies, after.optionalDependencies)
    for (const triple of targets) {
      const abi = parseTriple(triple).platformArchABI
      assert.equal(JSON.parse(readFileSync(path.join(work, 'npm', abi, 'package.json'), 'utf8')).version, '9.8.7')
    }
    const staged = execFileSync('git', ['diff', '--cached', '--name-only'], { cwd: work, encoding: 'utf8' })
    assert.match(staged, /^npm\/linux-x64-gnu\/package\.json$/m)
    assert.match(staged, /^package\.json$/m)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
})
