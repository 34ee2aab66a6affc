#!/usr/bin/env bash
# The official Python client (hcloud-python, from PyPI) against the emulator: builds and starts
# the emulator binary, then runs __test__/python/flow.py, which creates, lists, reads back and
# deletes one of everything. The client lives in a venv under .tools/pyenv, made once and reused.
# Usage: scripts/test-python.sh
set -euo pipefail
cd "$(dirname "$0")/.."

HCLOUD_PYTHON_VERSION=2.27.0
venv=.tools/pyenv
py="$venv/bin/python"

# A venv with pip: `python3 -m venv` where ensurepip works, else virtualenv (pip --user), else
# Debian's python3-venv.
make_venv() {
  rm -rf "$venv"
  mkdir -p .tools
  if python3 -c 'import ensurepip' >/dev/null 2>&1 && python3 -m venv "$venv"; then
    return
  fi
  rm -rf "$venv"
  if python3 -m pip --version >/dev/null 2>&1; then
    python3 -m pip install --user --quiet virtualenv && python3 -m virtualenv --quiet "$venv" && return
  fi
  if command -v apt-get >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get install -y python3-venv >&2 && python3 -m venv "$venv" && return
  fi
  echo "test-python: cannot make a virtual environment (no ensurepip, pip or apt-get)" >&2
  exit 1
}

if ! "$py" -m pip --version >/dev/null 2>&1; then
  echo "test-python: making $venv" >&2
  make_venv
fi
if [ "$("$py" -c 'import hcloud; print(hcloud.__version__)' 2>/dev/null)" != "$HCLOUD_PYTHON_VERSION" ]; then
  echo "test-python: installing hcloud==$HCLOUD_PYTHON_VERSION from PyPI" >&2
  "$py" -m pip install --quiet --disable-pip-version-check "hcloud==$HCLOUD_PYTHON_VERSION"
fi

cargo build --quiet -p hcloud-emulator
out="$(mktemp)"
target/debug/hcloud-emulator --port 0 --no-rate-limit --action-duration-ms 50 --quiet >"$out" 2>&1 &
emulator=$!
trap 'kill "$emulator" 2>/dev/null || true; wait "$emulator" 2>/dev/null || true; rm -f "$out"' EXIT
url=""
for _ in $(seq 100); do
  url="$(sed -n 's/^hcloud-emulator listening on \(http[^ ]*\)$/\1/p' "$out")"
  [ -n "$url" ] && break
  kill -0 "$emulator" 2>/dev/null || break
  sleep 0.1
done
if [ -z "$url" ]; then
  echo "test-python: the emulator did not start:" >&2
  cat "$out" >&2
  exit 1
fi

echo "== python flow (hcloud-python $HCLOUD_PYTHON_VERSION) against ${url%/v1}"
HCLOUD_ENDPOINT="${url%/v1}" HCLOUD_TOKEN=python-flow-token "$py" __test__/python/flow.py
