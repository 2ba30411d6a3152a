#!/usr/bin/env bash
# The honor list from the command line, end to end: writes the demo ledger, lists its awards as
# JSON, prints award 1 to PDF (with and without a title of its own) and ODT, and reads them back.
#   scripts/test-honors-cli.sh PATH/TO/partyledger     (ctest runs this as honors_cli_pdf)
set -euo pipefail
app=$(realpath "${1:?usage: test-honors-cli.sh PATH/TO/partyledger}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Settings of its own, so the language is the default Chinese whatever the user chose.
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work/run"
mkdir -m 700 "$work/run"
# No display needed: `honors print` must work without one.
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM

fail() { echo "FAIL: $*" >&2; exit 1; }

"$app" demo "$work/demo.pldb" >/dev/null

json=$("$app" honors list "$work/demo.pldb" --json)
python3 - "$json" <<'PY' || fail "honors list --json: $json"
import json, sys
awards = json.loads(sys.argv[1])
assert len(awards) == 1, awards
award = awards[0]
assert award["id"] == 1 and award["date"] == "2021-06-28" and award["level"] == "system", award
assert [(c["name"], c["kind"], c["count"]) for c in award["categories"]] == [
    ("优秀共产党员", "person", 61), ("优秀党务工作者", "person", 11),
    ("先进基层党组织", "organization", 7)], award["categories"]
PY

"$app" honors print "$work/demo.pldb" --award 1 --pdf "$work/光荣榜.pdf" 2>"$work/warnings.txt" \
    >/dev/null || fail "honors print --pdf: $(cat "$work/warnings.txt")"
[[ -f "$work/光荣榜.pdf" && ! -e "$work/光荣榜.pdf.partial" ]] || fail "no PDF written"
text=$(pdftotext -layout "$work/光荣榜.pdf" -)
for heading in "一、优秀共产党员(61名)" "二、优秀党务工作者(11名)" "三、先进基层党组织(7个)"; do
    # grep reads to the end (no -q): with pipefail, an early exit would fail the pipe by SIGPIPE.
    sed 's/^[[:space:]]*//; s/[[:space:]]*$//' <<<"$text" | grep -xF "$heading" >/dev/null ||
        fail "heading $heading"
done
grep -q "蔡良友 *晋江市卫生健康局办公室主任" <<<"$text" || fail "first entry"
grep -q "中共晋江市第三医院支部委员会" <<<"$text" || fail "last entry"

# A title and subtitle of the secretary's own, in place of 光荣榜 and the award's title.
"$app" honors print "$work/demo.pldb" --award 1 --title "光荣榜（2021年度）" \
    --subtitle "表彰名单" --pdf "$work/titled.pdf" 2>"$work/warnings.txt" >/dev/null ||
    fail "honors print --title: $(cat "$work/warnings.txt")"
titled=$(pdftotext -layout "$work/titled.pdf" -)
head -n 3 <<<"$titled" | grep -F "光荣榜（2021年度）" >/dev/null || fail "--title not at the top"
grep -F "表彰名单" <<<"$titled" >/dev/null || fail "--subtitle"
grep -F "卫计系统优秀共产党员、优秀党务工作者" <<<"$(head -n 3 <<<"$titled")" >/dev/null && fail "award title kept"
# The copied text is the drawn text: no look-alike radicals (⽣ for 生), no tabs for spaces.
python3 - "$titled" <<'PY' || fail "copied text has radicals or tabs"
import sys
text = sys.argv[1]
assert not any(0x2F00 <= ord(c) <= 0x2FDF or c == "\t" for c in text), text
PY

"$app" honors print "$work/demo.pldb" --award 1 --order stroke --columns 2 \
    --title "光荣榜" --odt "$work/光荣榜.odt" >/dev/null 2>&1 || fail "honors print --odt"
unzip -p "$work/光荣榜.odt" content.xml | grep "一、优秀共产党员(61名)" >/dev/null ||
    fail "ODT heading"
unzip -p "$work/光荣榜.odt" styles.xml | grep 'fo:page-width="210.0mm"' >/dev/null ||
    fail "ODT page layout"

# Bad input: exit 2 with a message, nothing written.
for bad in "--award 99 --pdf $work/x.pdf" "--award 1 --pdf $work/x.pdf --order height" \
           "--award 1 --pdf $work/x.pdf --columns 3" "--award 1" "--pdf $work/x.pdf"; do
    set +e
    # shellcheck disable=SC2086
    message=$("$app" honors print "$work/demo.pldb" $bad 2>&1 >/dev/null)
    code=$?
    set -e
    [[ $code -eq 2 && -n $message ]] || fail "honors print $bad gave exit $code: $message"
done
[[ ! -e "$work/x.pdf" ]] || fail "a PDF was written for bad input"
echo "honors CLI: list, PDF and ODT as published"
