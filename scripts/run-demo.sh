#!/usr/bin/env bash
# The README's run command: install what is missing, build, write the demo ledger, open it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh
bash scripts/build.sh
demo=build/demo.pldb
# Written again when the demo's source is newer, so the demo never goes stale.
if [[ ! -f $demo || data/demo-ledger.json -nt $demo ]]; then
    rm -f "$demo"
    ./build/app/partyledger demo "$demo"
fi
exec ./build/app/partyledger "$demo"
