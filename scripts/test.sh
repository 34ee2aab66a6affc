#!/usr/bin/env bash
# Every test: Rust (cargo test, fmt, clippy), the TypeScript check, Node (node:test) and Bun.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure.sh debug

echo "== cargo fmt --check"
cargo fmt --all -- --check
echo "== cargo clippy"
cargo clippy --workspace --all-targets -- -D warnings
echo "== cargo test"
cargo test --workspace --exclude hcloud-native
echo "== tsc --strict"
node_modules/.bin/tsc -p __test__/tsconfig.json
echo "== node --test"
node --test --test-concurrency=1 __test__/*.test.mjs
echo "== bun test"
node_modules/.bin/bun test --timeout 30000 ./__test__/
