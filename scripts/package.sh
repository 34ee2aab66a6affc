#!/usr/bin/env bash
# `npm run package`: builds the release addon and writes into dist/ the tarballs that a user on
# this machine's platform downloads from npm: the main package (hcloud-native-VERSION.tgz) and
# this platform's package (e.g. hcloud-native-linux-x64-gnu-VERSION.tgz), packed as the release
# workflow publishes them (.github/workflows/release.yml: the platform package is npm/<platform>
# with the addon put in, the main package is this directory as `files` in package.json lists it).
#
# The release build goes to target/package/, not over the addon in the repository root (the
# debug build the tests use); cargo rebuilds nothing when the sources did not change, so a second
# run, or a run right after scripts/test-package.sh, reuses the build.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure.sh deps

# This machine's platform as napi-rs names it (linux-x64-gnu, darwin-arm64, win32-x64-msvc, ...).
abi="$(node -e '
  const { platform, arch } = process
  let libc = ""
  if (platform === "linux") {
    let musl = false
    try { musl = require("fs").readFileSync("/usr/bin/ldd", "utf8").includes("musl") } catch {
      try { process.report.excludeNetwork = true; musl = !process.report.getReport().header.glibcVersionRuntime } catch {}
    }
    libc = musl ? "-musl" : "-gnu"
  } else if (platform === "win32") libc = "-msvc"
  process.stdout.write(`${platform}-${arch}${libc}`)
')"
name="$(node -p 'require("./package.json").name')"
version="$(node -p 'require("./package.json").version')"
if [ ! -f "npm/$abi/package.json" ]; then
  echo "package: $abi is not a release target of $name (npm/$abi is missing)" >&2
  exit 1
fi

addon_dir=target/package
echo "package: building the release addon ($abi) into $addon_dir" >&2
nice -n 10 bash scripts/build.sh --release -o "$addon_dir" >&2
addon="$addon_dir/$name.$abi.node"
[ -f "$addon" ] || { echo "package: the build left no $addon" >&2; exit 1; }

# The main package ships the loader and typings of the repository root: they must be the ones
# this build generated, or the tarball would not match its addon.
for f in native.js index.d.ts; do
  if ! cmp -s "$addon_dir/$f" "$f"; then
    echo "package: $f differs from what the release build generated ($addon_dir/$f): run \`npm run build:debug\` and commit it" >&2
    exit 1
  fi
done

rm -rf dist
mkdir -p dist/stage
# The platform package: npm/<platform> with the addon put in, as `napi artifacts` does.
cp -R "npm/$abi" "dist/stage/$abi"
cp "$addon" "dist/stage/$abi/"
(cd "dist/stage/$abi" && npm pack --pack-destination ../.. --silent >/dev/null)
# The main package.
npm pack --pack-destination dist --silent >/dev/null
rm -rf dist/stage

for t in "dist/$name-$version.tgz" "dist/$name-$abi-$version.tgz"; do
  [ -f "$t" ] || { echo "package: $t was not written" >&2; exit 1; }
done
ls -l dist/*.tgz >&2
