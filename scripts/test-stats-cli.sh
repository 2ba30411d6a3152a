#!/usr/bin/env bash
# `partyledger stats` and `summary` end to end: generates a small ledger without activities,
# writes a known year of activities into one branch with Python's sqlite3 (there is no command
# to add them), and compares what the commands print with figures worked out by hand.
#   scripts/test-stats-cli.sh PATH/TO/partyledger     (ctest runs this as stats_cli)
set -euo pipefail
app=$(realpath "${1:?usage: test-stats-cli.sh PATH/TO/partyledger}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work/run"
mkdir -m 700 "$work/run"
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM

fail() { echo "FAIL: $*" >&2; exit 1; }

ledger="$work/county.pldb"
"$app" generate "$ledger" --members 300 --seed 11 >/dev/null

# One branch founded before 2023, in being, without Party groups, with two members on the roll.
# Its 2023 (participants m1 and m2):
#   支部委员会 01-15 {m1, m2}, 02-15 {m1}, 03-31 {m1}; 支部党员大会 04-01 {m1, m2};
#   党课 03-20 (head count 12); 义诊 06-01 served 1234, solved 7, 2.5 h;
#   结对帮扶 12-20 3 households, 1,234,567 fen, 1 h.
# Prints: id, short name, full name, members on its roll.
read -r branch short full roll < <(python3 - "$ledger" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
branch, short, full = db.execute("""
    SELECT o.id, o.short_name, o.full_name FROM organizations o
    WHERE o.kind = 'branch' AND o.dissolved IS NULL AND o.founded <= '2023-01-01'
      AND o.short_name <> '' AND instr(o.short_name, ' ') = 0 AND instr(o.full_name, ' ') = 0
      AND NOT EXISTS (SELECT 1 FROM organizations c WHERE c.parent_id = o.id)
      AND (SELECT COUNT(*) FROM members m WHERE m.org_id = o.id
           AND m.status NOT IN ('transferred_out', 'deceased')) >= 2
    ORDER BY o.id LIMIT 1""").fetchone()
m1, m2 = [r[0] for r in db.execute("""SELECT id FROM members WHERE org_id = ? AND status NOT IN
    ('transferred_out', 'deceased') ORDER BY id LIMIT 2""", (branch,))]
roll = db.execute("""SELECT COUNT(*) FROM members WHERE org_id = ? AND status NOT IN
    ('transferred_out', 'deceased')""", (branch,)).fetchone()[0]
types = dict(db.execute("SELECT name, id FROM activity_types"))
def add(type_name, date, people=(), head=0, served=0, solved=0, households=0, fen=0, hours=0):
    cur = db.execute("""INSERT INTO activities (org_id, type_id, date, title, head_count,
        people_served, problems_solved, households, funds_fen, hours)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (branch, types[type_name], date, type_name, head, served, solved, households, fen, hours))
    for member in people:
        db.execute("INSERT INTO activity_participants VALUES (?, ?)", (cur.lastrowid, member))
add("支部委员会", "2023-01-15", (m1, m2))
add("支部委员会", "2023-02-15", (m1,))
add("支部委员会", "2023-03-31", (m1,))
add("支部党员大会", "2023-04-01", (m1, m2))
add("党课", "2023-03-20", head=12)
add("义诊", "2023-06-01", served=1234, solved=7, hours=2.5)
add("结对帮扶", "2023-12-20", households=3, fen=1234567, hours=1)
db.commit()
print(branch, short, full, roll)
PY
)
[[ -n $branch ]] || fail "no branch to write activities into"

stats() { "$app" stats "$ledger" "$@"; }

# The year, judged on 2023-06-30: months from April on lack 支部委员会, Q1 its 大会, Q2 its 党课;
# July on has not ended yet. Within the branch, by the period's first day, then its last.
expected=$(printf '{"org":"%s","period":"2023","activities":{"支部党员大会":1,"支部委员会":3,"党课":1,"义诊":1,"结对帮扶":1},"figures":{"people_served":1234,"problems_solved":7,"households":3,"funds_fen":1234567,"hours":3.5},"participants":2,"shortfalls":[{"branch":"%s","duty":"支部党员大会","period":"2023-Q1"},{"branch":"%s","duty":"支部委员会","period":"2023-04"},{"branch":"%s","duty":"党课","period":"2023-Q2"},{"branch":"%s","duty":"支部委员会","period":"2023-05"},{"branch":"%s","duty":"支部委员会","period":"2023-06"}]}' \
    "$short" "$short" "$short" "$short" "$short" "$short")
json=$(stats --org "$short" --year 2023 --today 2023-06-30 --json)
[[ $json == "$expected" ]] || fail "stats --year --json:
 got      $json
 expected $expected"
# The same organization by id and by full name.
[[ $(stats --org "$branch" --year 2023 --today 2023-06-30 --json) == "$expected" ]] ||
    fail "stats --org ID"
[[ $(stats --org "$full" --year 2023 --today 2023-06-30 --json) == "$expected" ]] ||
    fail "stats --org FULL NAME"

# Q1: 03-31 belongs to it, 04-01 does not; only Q1's 大会 is missing.
json=$(stats --org "$branch" --year 2023 --quarter 1 --today 2023-06-30 --json)
python3 - "$json" "$short" <<'PY' || fail "stats --quarter 1: $json"
import json, sys
s, short = json.loads(sys.argv[1]), sys.argv[2]
assert s["period"] == "2023-Q1", s
assert s["activities"] == {"支部委员会": 3, "党课": 1}, s
assert s["figures"] == {"people_served": 0, "problems_solved": 0, "households": 0,
                        "funds_fen": 0, "hours": 0}, s
assert s["participants"] == 2, s
assert s["shortfalls"] == [{"branch": short, "duty": "支部党员大会", "period": "2023-Q1"}], s
PY
# April: the 大会 of 04-01 with both members; a month owes no quarterly duty.
json=$(stats --org "$branch" --year 2023 --month 4 --today 2023-06-30 --json)
python3 - "$json" "$short" <<'PY' || fail "stats --month 4: $json"
import json, sys
s, short = json.loads(sys.argv[1]), sys.argv[2]
assert s["period"] == "2023-04" and s["activities"] == {"支部党员大会": 1}, s
assert s["participants"] == 2, s
assert s["shortfalls"] == [{"branch": short, "duty": "支部委员会", "period": "2023-04"}], s
PY

# The readable table names the types and the shortfalls.
table=$(stats --org "$branch" --year 2023 --today 2023-06-30)
for word in 支部委员会 结对帮扶 1234 '12,?345\.67' 2023-Q2; do
    grep -E -- "$word" <<<"$table" >/dev/null || fail "table without $word: $table"
done

# The paragraph: a branch speaks for itself; 2 of the roll; 12,345.67 yuan = 1.23万.
rate=$(python3 -c "import sys; t = (2 * 2000 + $roll) // (2 * $roll); print(t // 10 if t % 10 == 0 else f'{t // 10}.{t % 10}')")
paragraph=$("$app" summary "$ledger" --org "$branch" --year 2023)
want="2023年，${short}共召开支部党员大会1次、支部委员会3次，开展党课1次、义诊1次、结对帮扶1次，2名党员参加活动（占在册党员的${rate}%）；服务群众1234人次，解决实际问题7件，结对帮扶3户，落实帮扶资金1.23万元。"
[[ $paragraph == "$want" ]] || fail "summary:
 got      $paragraph
 expected $want"
[[ $("$app" summary "$ledger" --org "$branch" --year 2022) == "2022年，${short}未记录党组织活动。" ]] ||
    fail "summary of an empty year"

# A short name two organizations share is refused with both ids; the id still works.
python3 - "$ledger" "$branch" "$short" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("UPDATE organizations SET short_name = ? WHERE id = (SELECT MIN(id) FROM organizations "
           "WHERE id <> ? AND kind = 'branch')", (sys.argv[3], int(sys.argv[2])))
db.commit()
PY
set +e
message=$(stats --org "$short" --year 2023 --json 2>&1 >/dev/null)
code=$?
set -e
[[ $code -eq 2 && $message == *"$branch"* ]] || fail "ambiguous --org gave exit $code: $message"
stats --org "$branch" --year 2023 --json >/dev/null || fail "--org ID after the clash"

# Bad input: exit 2 with a message.
for bad in "--org 不存在的党支部 --year 2023" "--org $branch" "--org $branch --year 23x" \
           "--org $branch --year 2023 --quarter 5" "--org $branch --year 2023 --month 13" \
           "--org $branch --year 2023 --quarter 1 --month 2" \
           "--org $branch --year 2023 --today 2023-13-01" "--year 2023"; do
    set +e
    # shellcheck disable=SC2086
    message=$(stats $bad 2>&1 >/dev/null)
    code=$?
    set -e
    [[ $code -eq 2 && -n $message ]] || fail "stats $bad gave exit $code: $message"
done
echo "stats CLI: JSON, table and summary as worked out by hand"
