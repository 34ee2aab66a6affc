// Part of `npm version` (the "version" script, after `napi version` has set the version of each
// platform package under npm/): sets the platform packages in optionalDependencies, in
// package.json and in package-lock.json, to the new version, which `napi pre-publish` publishes.
import { readFileSync, writeFileSync } from 'node:fs'

const pkg = JSON.parse(readFileSync('package.json', 'utf8'))
const prefix = `${pkg.name}-`
const sync = (deps) => {
  for (const name of Object.keys(deps ?? {})) if (name.startsWith(prefix)) deps[name] = pkg.version
}
sync(pkg.optionalDependencies)
writeFileSync('package.json', `${JSON.stringify(pkg, null, 2)}\n`)
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'))
sync(lock.packages?.['']?.optionalDependencies)
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`)
