#!/usr/bin/env bash
# Builds the native addon with the napi CLI and writes native.js (the generated loader) and
# index.d.ts (the typings of index.js: napi-rs' declarations, then generated/api.d.ts spliced in
# by scripts/splice-dts.mjs), as `npm run build` / `build:debug`, scripts/ensure.sh and the
# release workflow do. Usage: scripts/build.sh [napi build options], e.g. `--release`,
# `--release --target aarch64-unknown-linux-gnu --use-napi-cross`, `-o DIR`.
#
# index.d.ts declares what index.js exports and nothing else: the loader's own
# `__napiBindingTarget`, which napi-rs declares for native.js, is not re-exported by index.js and
# is taken out of the typings again (scripts/fix-dts.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."

out=.
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  case "${args[$i]}" in
    -o | --output-dir) out="${args[$((i + 1))]}" ;;
    --output-dir=*) out="${args[$i]#--output-dir=}" ;;
  esac
done

node_modules/.bin/napi build --platform --js native.js --dts index.d.ts "$@"
# The declarations generated from the API document go after the ones napi-rs writes.
node scripts/splice-dts.mjs "$out/index.d.ts"
node scripts/fix-dts.mjs "$out/index.d.ts"
