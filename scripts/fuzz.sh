#!/usr/bin/env bash
# Runs every cargo-fuzz target under fuzz/ for the given number of seconds (default 600), one
# after another, then minimizes each target's corpus. Usage: scripts/fuzz.sh [seconds] [target...]
# Needs a nightly toolchain (rustup toolchain install nightly); installs cargo-fuzz if missing.
# Exits non-zero when any target found a crash, timeout or OOM (inputs in fuzz/artifacts/).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-600}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(decode_response parse_error rate_limit label_selector validate_request)
fi

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "fuzz: installing cargo-fuzz" >&2
  cargo install cargo-fuzz --locked
fi
if ! cargo +nightly --version >/dev/null 2>&1; then
  echo "fuzz: a nightly toolchain is required (rustup toolchain install nightly)" >&2
  exit 1
fi

dict_for() {
  case "$1" in
    label_selector) echo fuzz/dict/label_selector.dict ;;
    rate_limit) echo fuzz/dict/rate_limit.dict ;;
    *) echo fuzz/dict/json.dict ;;
  esac
}

failed=()
for t in "${targets[@]}"; do
  echo "== fuzz $t for ${seconds}s" >&2
  mkdir -p "fuzz/corpus/$t"
  if ! cargo +nightly fuzz run "$t" "fuzz/corpus/$t" -- \
    -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
    -dict="$(dict_for "$t")"; then
    failed+=("$t")
  fi
  echo "== minimize the corpus of $t" >&2
  cargo +nightly fuzz cmin "$t" "fuzz/corpus/$t" >/dev/null 2>&1 || echo "fuzz: cmin $t failed" >&2
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: findings in: ${failed[*]} (inputs under fuzz/artifacts/<target>/)" >&2
  exit 1
fi
echo "fuzz: no findings" >&2
