// The whole API from the document: every operation that is not deprecated is a method of
// HetznerClient, declared in index.d.ts with typed parameters and a typed result; the native
// table and the JavaScript table agree; the committed generated files are what the document
// gives. Reads the copy of the document committed at spec/cloud.spec.json.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { HetznerClient } from '../index.mjs'
import { describe, test } from './harness.mjs'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const SPEC = join(ROOT, 'spec', 'cloud.spec.json')
const require = createRequire(import.meta.url)

/** The naming rule of the README, written again here so that the test does not trust the generator. */
function methodName(operationId) {
  const caps = { ssh: 'SSH', ip: 'IP', ips: 'IPs', iso: 'ISO', isos: 'ISOs', dns: 'DNS', rrset: 'RRSet', rrsets: 'RRSets' }
  return operationId
    .split('_')
    .map((t, i) => caps[t] ?? (i === 0 ? t : t[0].toUpperCase() + t.slice(1)))
    .join('')
}

function documentOperations() {
  const doc = JSON.parse(readFileSync(SPEC, 'utf8'))
  const ops = []
  for (const item of Object.values(doc.paths)) {
    for (const verb of ['get', 'post', 'put', 'delete', 'patch']) {
      if (item[verb] && !item[verb].deprecated) ops.push(item[verb].operationId)
    }
  }
  return ops
}

;describe('every operation of the document', () => {
  const ids = documentOperations()

  test('the naming rule gives the names of the issue', () => {
    assert.equal(methodName('create_ssh_key'), 'createSSHKey')
    assert.equal(methodName('change_floating_ip_dns_ptr'), 'changeFloatingIPDNSPtr')
    assert.equal(methodName('list_zone_rrsets'), 'listZoneRRSets')
    assert.equal(methodName('poweroff_server'), 'poweroffServer')
    assert.equal(methodName('list_isos'), 'listISOs')
  })

  test('is a method of HetznerClient.prototype', () => {
    assert.equal(ids.length, 177)
    const missing = ids.filter((id) => typeof HetznerClient.prototype[methodName(id)] !== 'function')
    assert.deepEqual(missing, [])
    assert.equal(HetznerClient.prototype.getServerActions, HetznerClient.prototype.listServerActions)
  })

  test('the native table and the JavaScript table list the operations in one order', () => {
    const native = require('../native.js')
    assert.deepEqual(native.operationIds(), ids)
    assert.deepEqual(
      require('../generated/operations.js').map(([name]) => name),
      ids.map(methodName),
    )
  })

  test('the committed generated files are what the document gives', async () => {
    const { outputs } = await import('../scripts/generate.mjs')
    const files = await outputs(readFileSync(SPEC, 'utf8'))
    const stale = Object.entries(files)
      .filter(([file, text]) => readFileSync(join(ROOT, file), 'utf8') !== text)
      .map(([file]) => file)
    assert.deepEqual(stale, [], 'run npm run generate')
    // index.d.ts holds the generated declarations (scripts/splice-dts.mjs after napi build).
    assert.ok(readFileSync(join(ROOT, 'index.d.ts'), 'utf8').endsWith(files['generated/api.d.ts']))
  })

  test(
    'is declared in index.d.ts with typed parameters and a typed result: no any, no unknown',
    async () => {
      const ts = require('typescript')
      const program = ts.createProgram([join(ROOT, 'index.d.ts')], { strict: true, noEmit: true, types: [] })
      const checker = program.getTypeChecker()
      const file = program.getSourceFile(join(ROOT, 'index.d.ts'))
      const moduleSymbol = checker.getSymbolAtLocation(file)
      const client = checker.getExportsOfModule(moduleSymbol).find((s) => s.name === 'HetznerClient')
      const clientType = checker.getDeclaredTypeOfSymbol(client)
      const seen = new Set()
      // Walks a type to the bottom: a problem is any, unknown, or never where a value belongs.
      const problems = (type, where, depth = 0) => {
        if (seen.has(type) || depth > 12) return []
        seen.add(type)
        const f = type.flags
        if (f & ts.TypeFlags.Any) return [`${where}: any`]
        if (f & ts.TypeFlags.Unknown) return [`${where}: unknown`]
        if (type.isUnionOrIntersection()) return type.types.flatMap((t) => problems(t, where, depth + 1))
        if (f & ts.TypeFlags.Object) {
          const out = []
          if (checker.isArrayType(type)) return problems(checker.getTypeArguments(type)[0], `${where}[]`, depth + 1)
          for (const prop of checker.getPropertiesOfType(type)) {
            if (prop.name.startsWith('__@')) continue
            out.push(...problems(checker.getTypeOfSymbol(prop), `${where}.${prop.name}`, depth + 1))
          }
          const index = checker.getIndexInfosOfType(type)
          for (const info of index) out.push(...problems(info.type, `${where}[key]`, depth + 1))
          return out
        }
        return []
      }
      const found = []
      for (const id of ids) {
        const name = methodName(id)
        const method = clientType.getProperty(name)
        assert.ok(method, `${name} is declared`)
        const [signature, ...more] = checker.getSignaturesOfType(checker.getTypeOfSymbol(method), ts.SignatureKind.Call)
        assert.equal(more.length, 0, `${name}: one signature`)
        for (const p of signature.getParameters()) {
          if (p.name === 'options') continue
          found.push(...problems(checker.getTypeOfSymbol(p), `${name}(${p.name})`))
        }
        const awaited = checker.getAwaitedType(signature.getReturnType())
        assert.ok(awaited, `${name} returns a promise`)
        found.push(...problems(awaited, `${name}() result`))
      }
      assert.deepEqual(found, [])
    },
    { timeout: 120_000 },
  )
})
