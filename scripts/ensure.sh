#!/usr/bin/env bash
# Installs the npm packages (the napi CLI, TypeScript and Bun come from npm) and builds the
# native addon. Usage: scripts/ensure.sh [debug|release|deps] (deps: the npm packages only).
# Cargo and npm keep both steps cheap when nothing changed.
set -euo pipefail
cd "$(dirname "$0")/.."

profile="${1:-debug}"

if ! command -v cargo >/dev/null 2>&1; then
  echo "ensure: cargo is required (https://rustup.rs)" >&2
  exit 1
fi

stamp=node_modules/.hcloud-installed
if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ] || [ package.json -nt "$stamp" ]; then
  echo "ensure: installing npm packages" >&2
  # `npm install --no-save`, not `npm ci`: package.json lists the platform packages as optional
  # dependencies, and until a version is published they are not in the registry, so the lock
  # file cannot hold them and `npm ci` would refuse it. Everything else installs as locked.
  npm install --no-save --no-audit --no-fund --loglevel=error
  touch "$stamp"
fi
if [ "$profile" = deps ]; then
  exit 0
fi

args=()
if [ "$profile" = release ]; then
  args+=(--release)
fi
echo "ensure: building the native addon ($profile)" >&2
bash scripts/build.sh "${args[@]}" >&2
