#!/usr/bin/env bash
# Runs the benchmarks end to end (`npm run bench`): release builds of the addon, the emulator and
# the ceiling; the ceiling once; the harness under Node and under Bun (each with its own
# emulator); then the report, benches/results/latest.md. See benches/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

results=benches/results
mkdir -p "$results"
# Never report stale figures: a step that fails leaves its file missing, and the report says so.
rm -f "$results/ceiling.json" "$results/node.json" "$results/bun.json"

echo "bench: building (release)" >&2
bash scripts/ensure.sh release
(cd benches && npm ci --no-audit --no-fund --loglevel=error && npx tsc -p tsconfig.json)
cargo build --release -p hcloud-emulator -p hcloud-bench-ceiling

# A failed step is reported and the others still run; the exit status says whether all worked.
status=0
echo "bench: ceiling (Rust reqwest)" >&2
node benches/ceiling.mjs --out "$results/ceiling.json" || status=1
echo "bench: harness under Node" >&2
node benches/run.mjs --out "$results/node.json" || status=1
echo "bench: harness under Bun" >&2
node_modules/.bin/bun benches/run.mjs --out "$results/bun.json" || status=1
node benches/report.mjs --node "$results/node.json" --bun "$results/bun.json" \
  --ceiling "$results/ceiling.json" --out "$results/latest.md" || status=1
exit "$status"
