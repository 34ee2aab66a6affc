#!/usr/bin/env bash
# The packaging test (part of `npm test`): `npm run package`, then the two tarballs installed into
# a fresh app outside the repository, as a user installs the package from npm, and checked there:
#   - node --test package-test/app/installed.test.mjs under Node 20 (this machine's), 22 and 24
#     (from npm): require, ESM named/default imports, the declared values equal to the exported
#     ones, HetznerClient against HetznerEmulator, npx hcloud-emulator;
#   - tsc --strict with moduleResolution node16, nodenext and bundler;
#   - bun run and bun test of files that use the emulator;
#   - publint and @arethetypeswrong/cli on the packed main package;
#   - the main package installed alone: loading it names the missing platform package; a broken
#     addon in the platform package: the error names the package and the reason;
#   - the release configuration: workflow targets = napi.targets = optionalDependencies = npm/,
#     napi's own artifacts / pre-publish accept it, and actionlint passes on the workflow.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"

bash scripts/package.sh
name="$(node -p 'require("./package.json").name')"
version="$(node -p 'require("./package.json").version')"
main_tgz="$repo/dist/$name-$version.tgz"
platform_tgz="$(ls "$repo/dist/$name"-*-"$version.tgz")"
platform_pkg="$(basename "$platform_tgz" "-$version.tgz")"
export HCLOUD_PLATFORM_PACKAGE="$platform_pkg"
export HCLOUD_TYPESCRIPT="$repo/node_modules/typescript"
tsc="$repo/node_modules/.bin/tsc"
bun="$repo/node_modules/.bin/bun"
node22="$(bash scripts/node-version.sh 22)"
node24="$(bash scripts/node-version.sh 24)"

work="$(mktemp -d "${TMPDIR:-/tmp}/hcloud-package-test.XXXXXX")"
trap 'rm -rf "$work"' EXIT

echo "== package: tarball contents"
tar -tzf "$main_tgz" | sort >"$work/main.txt"
tar -tzf "$platform_tgz" | sort >"$work/platform.txt"
cat "$work/main.txt" "$work/platform.txt"
node - "$work/main.txt" "$work/platform.txt" "$platform_pkg" <<'JS'
const { readFileSync } = require('node:fs')
const [mainList, platformList, platformPkg] = process.argv.slice(2)
const read = (f) => readFileSync(f, 'utf8').trim().split('\n')
const main = read(mainList)
const want = ['package/CHANGELOG.md', 'package/LICENSE', 'package/README.md', 'package/bin/hcloud-emulator.js',
  'package/binding.js', 'package/generated/operations.js', 'package/index.d.mts', 'package/index.d.ts', 'package/index.js', 'package/index.mjs',
  'package/native.js', 'package/package.json']
if (JSON.stringify(main) !== JSON.stringify(want)) throw new Error(`main tarball holds ${main.join(', ')}; expected ${want.join(', ')}`)
const abi = platformPkg.slice('hcloud-native-'.length)
const platform = read(platformList)
const wantPlatform = ['package/LICENSE', 'package/README.md', `package/hcloud-native.${abi}.node`, 'package/package.json']
if (JSON.stringify(platform) !== JSON.stringify(wantPlatform)) throw new Error(`platform tarball holds ${platform.join(', ')}`)
console.log('tarballs hold exactly the expected files')
JS

echo "== package: install both tarballs into a fresh app"
app="$work/app"
mkdir -p "$app"
cp -R package-test/app/. "$app/"
echo '{ "name": "hcloud-package-test-app", "private": true }' >"$app/package.json"
(cd "$app" && npm install --no-audit --no-fund --loglevel=error "$main_tgz" "$platform_tgz")

echo "== package: node --test in the app (Node $(node --version), $("$node22" --version), $("$node24" --version))"
for node_bin in "$(command -v node)" "$node22" "$node24"; do
  (cd "$app" && PATH="$(dirname "$node_bin"):$PATH" "$node_bin" --test --test-concurrency=1 installed.test.mjs)
done

echo "== package: tsc --strict (node16, nodenext, bundler)"
cp "$app/types/consumer.ts" "$app/types/consumer.cts"
cp "$app/types/consumer.ts" "$app/types/consumer.mts"
for mode in node16 nodenext bundler; do
  case "$mode" in
    bundler) module=esnext files='["consumer.ts"]' ;;
    *) module="$mode" files='["consumer.cts", "consumer.mts", "default-import.mts"]' ;;
  esac
  cat >"$app/types/tsconfig.$mode.json" <<JSON
{
  "compilerOptions": {
    "strict": true,
    "noEmit": true,
    "target": "ES2022",
    "lib": ["ES2022"],
    "module": "$module",
    "moduleResolution": "$mode",
    "types": ["node"],
    "typeRoots": ["$repo/node_modules/@types"],
    "skipLibCheck": false
  },
  "files": $files
}
JSON
  echo "tsc --strict -p types/tsconfig.$mode.json"
  (cd "$app" && "$tsc" --strict -p "types/tsconfig.$mode.json")
done

echo "== package: bun run and bun test in the app"
out="$(cd "$app" && "$bun" run bun-run.ts)"
echo "$out"
echo "$out" | grep -q '"firewall":"bun-run"' || { echo "bun run: unexpected output" >&2; exit 1; }
(cd "$app" && "$bun" test --timeout 60000 ./bun-emulator.test.ts)

echo "== package: publint and @arethetypeswrong/cli"
node_modules/.bin/publint --strict "$app/node_modules/$name"
node_modules/.bin/attw "$main_tgz"

echo "== package: the main package alone names the missing platform package"
alone="$work/alone"
mkdir -p "$alone"
cp package-test/app/missing-platform.test.mjs "$alone/"
echo '{ "name": "hcloud-package-test-alone", "private": true }' >"$alone/package.json"
(cd "$alone" && npm install --no-audit --no-fund --loglevel=error "$main_tgz")
(cd "$alone" && node --test missing-platform.test.mjs)

echo "== package: a platform package whose addon does not load is named, with the reason"
broken="$work/broken"
mkdir -p "$broken"
echo '{ "name": "hcloud-package-test-broken", "private": true }' >"$broken/package.json"
(cd "$broken" && npm install --no-audit --no-fund --loglevel=error "$main_tgz" "$platform_tgz")
abi="${platform_pkg#"$name"-}"
echo "not an addon" >"$broken/node_modules/$platform_pkg/$name.$abi.node"
(cd "$broken" && node - "$platform_pkg" <<'JS'
const platformPkg = process.argv[2]
try {
  require('hcloud-native')
} catch (e) {
  const want = `(package ${platformPkg}) is installed but failed to load: `
  if (e.code !== 'ERR_HCLOUD_NATIVE_BINDING' || !e.message.includes(want) || !e.message.includes('.node')) {
    console.error(e)
    throw new Error(`unexpected error for a broken addon: ${e.message}`)
  }
  console.log(e.message)
  process.exit(0)
}
throw new Error('a broken addon loaded')
JS
)

echo "== package: the addon links no command line parser (clap is the emulator binary's)"
if cargo tree -p hcloud-native -e normal --prefix none | grep -E '^clap(_[a-z]+)? '; then
  echo "the addon depends on clap" >&2
  exit 1
fi
cargo tree -p hcloud-emulator -e normal --prefix none | grep -q '^clap ' || { echo "the emulator binary lost clap?" >&2; exit 1; }
echo "hcloud-native: no clap; hcloud-emulator (cli feature): clap"

echo "== package: release configuration"
node --test package-test/release-config.test.mjs
bash scripts/actionlint.sh
