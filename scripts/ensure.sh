#!/usr/bin/env bash
# Installs the npm packages (the napi CLI, TypeScript and Bun come from npm) and builds the
# native addon. Usage: scripts/ensure.sh [debug|release]. Cargo and npm keep both steps cheap
# when nothing changed.
set -euo pipefail
cd "$(dirname "$0")/.."

profile="${1:-debug}"

if ! command -v cargo >/dev/null 2>&1; then
  echo "ensure: cargo is required (https://rustup.rs)" >&2
  exit 1
fi

stamp=node_modules/.hcloud-installed
if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
  echo "ensure: installing npm packages" >&2
  npm ci --no-audit --no-fund --loglevel=error
  touch "$stamp"
fi

args=(--platform --js native.js --dts index.d.ts)
if [ "$profile" = release ]; then
  args+=(--release)
fi
echo "ensure: building the native addon ($profile)" >&2
node_modules/.bin/napi build "${args[@]}" >&2
# The declarations generated from the API document go after the ones napi-rs writes.
node scripts/splice-dts.mjs
