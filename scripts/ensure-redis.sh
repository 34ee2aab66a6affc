#!/usr/bin/env bash
# Installs Debian's redis-server when it is missing: the tests of the budget shared through
# Redis start their own server on a free loopback port (no service is used or started here).
set -euo pipefail
if command -v redis-server >/dev/null 2>&1 && command -v redis-cli >/dev/null 2>&1; then
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "ensure: installing redis-server (Debian package)" >&2
$sudo apt-get update -qq >&2
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends redis-server >&2
