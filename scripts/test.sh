#!/usr/bin/env bash
# The README's test command: install what is missing, build, run every test through ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh
bash scripts/build.sh
ctest --preset default -j"$(nproc)"
