#!/usr/bin/env bash
# Every test: Rust (cargo test, fmt, clippy), the official Python client against the emulator,
# the TypeScript check, Node (node:test; Node 20, 22 and 24) and Bun, and the packaging test (the
# release build, packed and installed).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure.sh debug
bash scripts/ensure-redis.sh

echo "== cargo fmt --check"
cargo fmt --all -- --check
echo "== cargo clippy"
cargo clippy --workspace --all-targets -- -D warnings
echo "== cargo test"
cargo test --workspace --exclude hcloud-native
bash scripts/test-python.sh
echo "== tsc --strict"
node_modules/.bin/tsc -p __test__/tsconfig.json
# The JS suites save every emulator response here; the schema test then checks them all.
export HCLOUD_EMULATOR_LOG_DIR="$PWD/target/emulator-logs"
rm -rf "$HCLOUD_EMULATOR_LOG_DIR"
echo "== node --test"
node --test --test-concurrency=1 __test__/*.test.mjs examples/*.test.mjs
echo "== bun test"
node_modules/.bin/bun test --timeout 60000 ./__test__/
echo "== emulator responses of the JS suites against the API document"
cargo test -p hcloud-emulator --test schema -- --nocapture javascript_suite
# The same Node suites under Node.js 22 and 24, the LTS lines, installed from npm (.tools/).
for major in 22 24; do
  node_bin="$(bash scripts/node-version.sh "$major")"
  echo "== node --test (Node $("$node_bin" --version))"
  env -u HCLOUD_EMULATOR_LOG_DIR PATH="$(dirname "$node_bin"):$PATH" \
    "$node_bin" --test --test-concurrency=1 __test__/*.test.mjs examples/*.test.mjs
done
echo "== package: npm run package, then the tarballs installed into a fresh app (scripts/test-package.sh)"
bash scripts/test-package.sh
