#!/usr/bin/env bash
# Starts the real program on the demo ledger in a virtual X display and saves a screenshot:
#   scripts/screenshot.sh OUT.png [extra partyledger arguments, e.g. --language en]
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:?usage: screenshot.sh OUT.png [arguments]}")
shift
app=./build/app/partyledger
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$app" demo "$work/演示台账.pldb" >/dev/null
# A settings folder of its own, so the picture never depends on a previous run's window.
XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" \
    xvfb-run -a -s "-screen 0 1440x900x24" bash -c '
        "$0" "$1/演示台账.pldb" "${@:3}" &
        pid=$!
        sleep "${SCREENSHOT_DELAY:-4}"
        xwd -root -silent | convert xwd:- png:"$2"
        kill "$pid"
        wait "$pid" 2>/dev/null || true
    ' "$app" "$work" "$out" "$@"
echo "$out"
