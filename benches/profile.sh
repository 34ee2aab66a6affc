#!/usr/bin/env bash
# Where a getServer call's CPU goes, under Bun and Node, at concurrency 1 and 64 (issue 11):
# builds the addon with symbols (cargo profile `profiling`: release + symbols), starts the release
# emulator, records each loop with `perf` (Debian's linux-perf), and prints the breakdown by
# thread and by part of the call (benches/profile/categorize.py). Usage: bash benches/profile.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v perf >/dev/null || { echo "profile: perf is required (apt-get install linux-perf)" >&2; exit 1; }
bash scripts/ensure.sh deps
cargo build --profile profiling -p hcloud-native
cargo build --release -p hcloud-emulator
out="$(mktemp -d "${TMPDIR:-/tmp}/hcloud-profile.XXXXXX")"
cp target/profiling/libhcloud_native.so "$out/hcloud-native.linux-x64-gnu.node"
export NAPI_RS_NATIVE_LIBRARY_PATH="$out/hcloud-native.linux-x64-gnu.node"
port=18181
target/release/hcloud-emulator --port "$port" --no-rate-limit --quiet >"$out/emulator.log" 2>&1 &
emu=$!
trap 'kill $emu 2>/dev/null || true' EXIT
sleep 1
url="http://127.0.0.1:$port/v1"
curl -sf -XPOST -H 'authorization: Bearer profile-token' -H 'content-type: application/json' "$url/servers" \
  -d '{"name":"profiled","server_type":"cx22","image":"ubuntu-24.04"}' >/dev/null
for runtime in bun node; do
  bin=node
  [ "$runtime" = bun ] && bin=node_modules/.bin/bun
  for conc in 1 64; do
    for who in native baseline; do
      data="$out/$runtime-$who-$conc.data"
      perf record -q -F 2999 -o "$data" -- "$bin" benches/profile/loop.mjs "$url" 1 "$who" "$conc" 5
      echo "== $runtime, $who, concurrency $conc"
      python3 benches/profile/categorize.py "$data"
    done
  done
done
echo "profile: perf data in $out"
