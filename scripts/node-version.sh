#!/usr/bin/env bash
# Prints the path of a Node.js binary of the given major version (e.g. 22, 24), installed once
# from the npm registry into .tools/node<major>: the `node` package brings the official build as
# the npm package node-<platform>-<arch>. Later runs reuse it; npm's cache makes a reinstall quick.
# Usage: scripts/node-version.sh 22
set -euo pipefail
cd "$(dirname "$0")/.."

major="${1:?usage: scripts/node-version.sh MAJOR}"
dir=".tools/node$major"
bin="$dir/node_modules/.bin/node"
if [ ! -f "$dir/.installed" ] || ! "$bin" --version >/dev/null 2>&1; then
  echo "node-version: installing Node.js $major from npm into $dir" >&2
  rm -rf "$dir"
  mkdir -p "$dir"
  echo '{ "private": true }' >"$dir/package.json"
  npm install --prefix "$dir" --no-audit --no-fund --loglevel=error "node@$major" >&2
  touch "$dir/.installed"
fi
version="$("$bin" --version)"
case "$version" in
  "v$major".*) ;;
  *)
    echo "node-version: $bin is $version, not Node.js $major" >&2
    exit 1
    ;;
esac
echo "$PWD/$bin"
