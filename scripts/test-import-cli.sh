#!/usr/bin/env bash
# `partyledger import` and `export` end to end on the demo ledger: a roster exported and read
# back, a sheet with a bad row refused whole (the ledger's bytes unchanged), a dry run that
# writes nothing, a GBK CSV as WPS writes it imported, a broken xlsx refused.
set -euo pipefail
partyledger=${1:?usage: test-import-cli.sh PATH/TO/partyledger}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8
# Debian's interpreter, which has python3-openpyxl (setup-debian.sh), whatever else is on PATH.
python3() { /usr/bin/python3 "$@"; }

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
digest() { sha256sum "$1" | cut -d' ' -f1; }
members() { "$partyledger" info "$1" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["members"]["total"])'; }

"$partyledger" demo demo.pldb >/dev/null
before_count=$(members demo.pldb)

# Export: every member on the roll, a header row, ID numbers as text.
"$partyledger" export members demo.pldb roster.csv >/dev/null
"$partyledger" export members demo.pldb roster.xlsx >/dev/null
rows=$(python3 -c 'import csv,sys; print(sum(1 for _ in csv.reader(open("roster.csv", encoding="utf-8-sig"))) - 1)')
[[ $rows == "$before_count" ]] || fail "the CSV export has $rows rows for $before_count members"
python3 - <<'EOF' || fail "the xlsx export does not hold the roster as text and dates"
import openpyxl, datetime
sheet = openpyxl.load_workbook("roster.xlsx").worksheets[0]
header = [c.value for c in sheet[1]]
assert header[0] == "姓名" and "公民身份号码" in header, header
ids = [row[header.index("公民身份号码")] for row in sheet.iter_rows(min_row=2, values_only=True)]
assert all(isinstance(i, str) and len(i) == 18 for i in ids), ids[:3]
births = [row[header.index("出生日期")] for row in sheet.iter_rows(min_row=2, values_only=True)]
assert all(isinstance(b, datetime.datetime) for b in births if b is not None)
EOF

# The export read back: everyone is already there, nothing new.
"$partyledger" import members demo.pldb roster.xlsx --dry-run --json >roundtrip.json ||
    fail "importing the exported roster failed: $(cat roundtrip.json)"
python3 -c 'import json; r=json.load(open("roundtrip.json")); assert r["inserted"] == 0 and not r["errors"], r' ||
    fail "the exported roster does not match its ledger: $(head -c 400 roundtrip.json)"

# Two new members, one of them with a broken ID number: nothing is written.
branch=$(python3 -c 'import csv; rows=list(csv.reader(open("roster.csv", encoding="utf-8-sig"))); print(rows[1][rows[0].index("所在党支部")])')
python3 - "$branch" <<'EOF'
import sys
branch = sys.argv[1]
def check(first17):
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(d) * w for d, w in zip(first17, weights)) % 11]
good = "35058219900101001"
good += check(good)
header = "姓名,性别,出生日期,公民身份号码,所在党支部,人员类别,入党日期,转正日期\n"
with open("bad.csv", "w", encoding="utf-8") as f:
    f.write(header)
    f.write(f"林新党,男,1990-01-01,{good},{branch},正式党员,2015-07-01,2016-07-01\n")
    f.write(f"陈错号,女,1991-02-02,350582199102020000,{branch},正式党员,2015-07-01,2016-07-01\n")
with open("good.csv", "w", encoding="utf-8") as f:
    f.write(header)
    f.write(f"林新党,男,1990-01-01,{good},{branch},正式党员,2015/7/1,2016年7月1日\n")
second = "35058219910202002"
second += check(second)
with open("gbk.csv", "wb") as f:
    f.write(header.encode("gbk"))
    f.write(f"陈国庆,女,1991-02-02,{second},{branch},预备党员,2025-07-01,\n".encode("gbk"))
EOF
sealed=$(digest demo.pldb)
status=0
"$partyledger" import members demo.pldb bad.csv --json >bad.json || status=$?
[[ $status == 1 ]] || fail "a sheet with a bad row exited $status, not 1"
python3 - <<'EOF' || fail "the report does not name row 3's ID number: $(cat bad.json)"
import json
report = json.load(open("bad.json"))
assert report["rows"] == 2 and report["inserted"] == 1, report
assert [(e["row"], e["column"]) for e in report["errors"]] == [(3, "公民身份号码")], report
EOF
[[ $(digest demo.pldb) == "$sealed" ]] || fail "a refused import changed the ledger"

# A dry run checks and writes nothing; the real run adds the member.
"$partyledger" import members demo.pldb good.csv --dry-run >/dev/null || fail "the dry run failed"
[[ $(digest demo.pldb) == "$sealed" ]] || fail "a dry run changed the ledger"
"$partyledger" import members demo.pldb good.csv --json >good.json || fail "the import failed: $(cat good.json)"
[[ $(members demo.pldb) == $((before_count + 1)) ]] || fail "the imported member is not in the ledger"
"$partyledger" import members demo.pldb gbk.csv >/dev/null || fail "the GBK CSV was not imported"
[[ $(members demo.pldb) == $((before_count + 2)) ]] || fail "the GBK CSV's member is not in the ledger"
"$partyledger" export members demo.pldb after.csv >/dev/null
grep -q "陈国庆" after.csv || fail "the GBK member's name did not survive"

# A broken workbook: one message, exit 2, the ledger as it was.
sealed=$(digest demo.pldb)
head -c 3000 roster.xlsx >broken.xlsx
status=0
"$partyledger" import members demo.pldb broken.xlsx 2>broken.txt || status=$?
[[ $status == 2 ]] || fail "a broken xlsx exited $status, not 2"
[[ -s broken.txt ]] || fail "a broken xlsx gave no message"
[[ $(digest demo.pldb) == "$sealed" ]] || fail "a broken xlsx changed the ledger"

# A sheet named with --sheet that has no header row: a message, exit 2, nothing changed.
printf '1,2\n3,4\n' >nohead.csv
status=0
"$partyledger" import members demo.pldb nohead.csv --sheet nohead 2>nohead.txt || status=$?
[[ $status == 2 && -s nohead.txt ]] || fail "a sheet without a header exited $status"
[[ $(digest demo.pldb) == "$sealed" ]] || fail "a sheet without a header changed the ledger"

if ((failures > 0)); then
    exit 1
fi
echo "import/export CLI: all checks passed"
