#!/usr/bin/env bash
# Starts the real program on the demo ledger in a virtual X display, checks that its window is
# there with the ledger's name in the title, and saves a screenshot of the whole screen:
#   scripts/screenshot.sh OUT.png [extra partyledger arguments, e.g. --language en]
# PARTYLEDGER_BIN names the program (default build/app/partyledger); ctest runs this too.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:?usage: screenshot.sh OUT.png [arguments]}")
shift
app=$(realpath "${PARTYLEDGER_BIN:-build/app/partyledger}")
mkdir -p "$(dirname "$out")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$app" demo "$work/演示台账.pldb" >/dev/null
# Settings and data folders of its own, so the picture never depends on an earlier run.
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work/run"
# A real X window, even when the caller (ctest --preset default) asks for offscreen.
export QT_QPA_PLATFORM=xcb
mkdir -m 700 "$work/run"
xvfb-run -a -s "-screen 0 1440x900x24" bash -c '
    app=$1 ledger=$2 out=$3
    shift 3
    "$app" "$ledger" "$@" &
    pid=$!
    # Wait for the main window: its title names the ledger once it is open.
    for _ in $(seq 1 50); do
        title=$(xwininfo -root -tree | grep -o "\"[^\"]*演示台账[^\"]*\"" | head -n 1 || true)
        [[ -n $title ]] && break
        sleep 0.2
    done
    sleep "${SCREENSHOT_SETTLE:-1}"
    xwd -root -silent | convert xwd:- png:"$out"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    if [[ -z $title ]]; then
        echo "no window showing the ledger appeared" >&2
        exit 1
    fi
    echo "window: $title"
' _ "$app" "$work/演示台账.pldb" "$out" "$@"
colors=$(identify -format %k "$out")
if ((colors < 64)); then
    echo "the screenshot is nearly blank ($colors colours): $out" >&2
    exit 1
fi
echo "$out"
