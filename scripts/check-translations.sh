#!/usr/bin/env bash
# Fails when a user-visible string has no Chinese translation: runs lupdate over the sources
# into a copy of the .ts file and asks lrelease how many messages are unfinished.
#   scripts/check-translations.sh        check (ctest runs this)
#   scripts/check-translations.sh --update   refresh the .ts in place, then check
set -euo pipefail
cd "$(dirname "$0")/.."
# Qt 6's own tools: a lupdate on PATH may be Qt 5's.
bin=/usr/lib/qt6/bin
ts=resources/translations/partyledger_zh_CN.ts
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
target=$work/check.ts
if [[ ${1:-} == --update ]]; then
    target=$ts
else
    cp "$ts" "$target"
fi
"$bin/lupdate" -silent -locations none -no-obsolete core ui app -ts "$target"
summary=$("$bin/lrelease" "$target" -qm "$work/check.qm")
echo "$summary" | grep -E 'Generated|Ignored'
# lrelease counts an empty translation as "untranslated", a filled-in unconfirmed one as
# "unfinished"; both mean a user would see English.
if ! grep -q ' 0 unfinished' <<<"$summary" || grep -q 'untranslated' <<<"$summary"; then
    echo "Untranslated messages:" >&2
    grep -B2 'type="unfinished"' "$target" | grep '<source>' >&2 || true
    exit 1
fi
