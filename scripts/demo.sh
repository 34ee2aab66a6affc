#!/usr/bin/env bash
# The provisioning demo: against the embedded emulator, or against Hetzner Cloud when
# HETZNER_API_TOKEN is set (that creates real, billed resources and deletes them again).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure.sh debug
exec node examples/provision.mjs "$@"
