#!/usr/bin/env bash
# A/B of two builds of the addon on CPU per call (benches/cpu-per-call.mjs): runs A and B in turn,
# N times each, under one runtime, and prints the median of each figure's ratio to the plan-style
# baseline of the same run (the ratio cancels most of the machine's drift).
# Usage: bash benches/profile/ab.sh A.node[,VAR=value...] B.node[,VAR=value...] [bun|node] [N]
# (the variables after a comma are set for that side's runs only, e.g. to flip an experiment switch)
set -euo pipefail
cd "$(dirname "$0")/../.."
a=$1 b=$2 runtime=${3:-bun} n=${4:-4}
bin=node; [ "$runtime" = bun ] && bin=node_modules/.bin/bun
export HCLOUD_EMULATOR_BIN=${HCLOUD_EMULATOR_BIN:-$PWD/target/release/hcloud-emulator}
out=$(mktemp -d)
for i in $(seq "$n"); do
  for which in a b; do
    spec=$a; [ "$which" = b ] && spec=$b
    IFS=, read -r lib vars <<<"$spec"
    env ${vars//,/ } NAPI_RS_NATIVE_LIBRARY_PATH="$lib" "$bin" benches/cpu-per-call.mjs --duration-s 1 --rounds 2 --out "$out/$which-$i.json" >/dev/null
  done
done
node -e '
const fs = require("fs"); const dir = process.argv[1];
const med = (xs) => { const s = [...xs].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };
for (const which of ["a", "b"]) {
  const runs = fs.readdirSync(dir).filter((f) => f.startsWith(which + "-")).map((f) => JSON.parse(fs.readFileSync(dir + "/" + f)).results);
  for (const c of [1, 64]) {
    const r = (k) => runs.map((x) => x[`native@${c}`][k] / x[`baseline@${c}`][k]);
    console.log(`${which} c=${c}: calls/s ${med(r("calls_per_s")).toFixed(3)}x  cpu/call ${med(r("cpu_us_per_call")).toFixed(3)}x  (native cpu ${med(runs.map((x) => x[`native@${c}`].cpu_us_per_call))} µs)`);
  }
}' "$out"
