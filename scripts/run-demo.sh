#!/usr/bin/env bash
# The README's run command: install what is missing, build, write the demo ledger, open it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh
bash scripts/build.sh
demo=build/demo.pldb
[[ -f $demo ]] || ./build/app/partyledger demo "$demo"
exec ./build/app/partyledger "$demo"
