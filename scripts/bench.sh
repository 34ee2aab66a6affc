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

# Private copies of the binaries under test: other work in this repository (e.g. `npm test`,
# which builds the addon in debug) must not swap the addon or the emulator under a running
# benchmark. native.js loads the addon from NAPI_RS_NATIVE_LIBRARY_PATH when it is set.
snap="$(mktemp -d "${TMPDIR:-/tmp}/hcloud-bench.XXXXXX")"
trap 'rm -rf "$snap"' EXIT
addon=hcloud-native.linux-x64-gnu.node
is_debug() { readelf -S "$1" 2>/dev/null | grep -q '\.debug_info'; }

echo "bench: building (release)" >&2
(cd benches && npm ci --no-audit --no-fund --loglevel=error && npx tsc -p tsconfig.json)
for attempt in 1 2 3; do
  bash scripts/ensure.sh release
  cp "$addon" "$snap/$addon"
  if ! is_debug "$snap/$addon"; then break; fi
  if [ "$attempt" = 3 ]; then
    echo "bench: $addon keeps being replaced by a debug build; giving up" >&2
    exit 1
  fi
  echo "bench: $addon was replaced by a debug build meanwhile; building release again" >&2
done
cargo build --release -p hcloud-emulator -p hcloud-bench-ceiling
cp target/release/hcloud-emulator target/release/hcloud-bench-ceiling "$snap/"

export NAPI_RS_NATIVE_LIBRARY_PATH="$snap/$addon"
export HCLOUD_EMULATOR_BIN="$snap/hcloud-emulator"
export HCLOUD_BENCH_CEILING_BIN="$snap/hcloud-bench-ceiling"

# A failed step is reported and the others still run; the exit status says whether all worked.
status=0
echo "bench: ceiling (Rust reqwest)" >&2
node benches/ceiling.mjs --out "$results/ceiling.json" || status=1
echo "bench: harness under Node" >&2
node benches/run.mjs --out "$results/node.json" || status=1
echo "bench: harness under Bun" >&2
node_modules/.bin/bun benches/run.mjs --out "$results/bun.json" || status=1
echo "bench: 200 provisions under the rate limit (Node)" >&2
node benches/provision-limited.mjs --out "$results/provision-limited.md" 2>/dev/null || status=1
echo "bench: 4 processes sharing a token, in-process and through Redis (Node, Bun)" >&2
bash scripts/ensure-redis.sh || true
node benches/shared-token.mjs --out "$results/shared-token.md" >/dev/null || status=1
node benches/report.mjs --node "$results/node.json" --bun "$results/bun.json" \
  --ceiling "$results/ceiling.json" --addon "$snap/$addon" --out "$results/latest.md" || status=1
# The rate-limited provisions go at the end of the report.
echo "bench: waiting for actions, and construction (Node, Bun)" >&2
{ node benches/waiting.mjs && node_modules/.bin/bun benches/waiting.mjs; } > "$results/waiting.md" || status=1
printf '## construction: new HetznerClient() (5,000 after a warm-up)\n\n| runtime | hcloud-native | plan'"'"'s fetch client |\n| --- | ---: | ---: |\n' > "$results/construct.md"
{ node benches/construct.mjs --out "$results/construct.md" && node_modules/.bin/bun benches/construct.mjs --out "$results/construct.md"; } >/dev/null || status=1
echo "bench: CPU per call (Node, Bun)" >&2
{ node benches/cpu-per-call.mjs && node_modules/.bin/bun benches/cpu-per-call.mjs; } > "$results/cpu.md" || status=1
for extra in provision-limited shared-token waiting construct cpu; do
  if [ -f "$results/$extra.md" ]; then
    printf '\n' >> "$results/latest.md"
    cat "$results/$extra.md" >> "$results/latest.md"
    cat "$results/$extra.md"
  fi
done
exit "$status"
