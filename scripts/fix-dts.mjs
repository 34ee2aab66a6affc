// Fits a napi-rs declaration file to index.js, the package's entry, which re-exports only part of
// what the generated loader (native.js) exports: it takes out
// - `__napiBindingTarget`, the loader's own marker of the artifact it loaded, and
// - `CancelToken`, the native class index.js makes for each AbortSignal (napi-rs has no
//   `skip_typescript` for classes).
// The package test (package-test/exports.test.mjs) checks that the values index.d.ts declares are
// exactly the ones `require` and `import` give.
// Usage: node scripts/fix-dts.mjs index.d.ts
import { readFileSync, writeFileSync } from 'node:fs'

const INTERNAL = ['__napiBindingTarget', 'CancelToken']

const file = process.argv[2]
if (!file) {
  console.error('usage: node scripts/fix-dts.mjs FILE.d.ts')
  process.exit(2)
}
const text = readFileSync(file, 'utf8')
const doc = String.raw`(?:/\*\*(?:(?!\*/)[\s\S])*\*/\n)?`
let fixed = text
for (const name of INTERNAL) {
  // A declaration with the JSDoc comment right above it and the blank line after it: a one-line
  // `export declare const`, or an `export declare class` whose body ends with `}` in column 0.
  const declaration = new RegExp(
    String.raw`${doc}export declare (?:const ${name}\b[^\n]*|class ${name}\b[\s\S]*?\n\})\n(?:\n(?=\S))?`,
    'g',
  )
  fixed = fixed.replace(declaration, '')
  if (new RegExp(String.raw`\b${name}\b`).test(fixed)) {
    console.error(`fix-dts: ${file} still mentions ${name} in a form this script does not know`)
    process.exit(1)
  }
}
if (fixed !== text) writeFileSync(file, fixed)
