#!/usr/bin/env python3
"""Writes the invented activity records of the demo ledger into data/demo-ledger.json.

The people, units and awards of the demo come from the published 2021 list; its activities are
invented, like the personal fields, so the statistics and the dashboard have something to show.
Deterministic (fixed seed): running it again gives the same file. Each branch holds its 三会一课
most of the time and misses some, groups meet monthly, hospitals hold service activities.
    python3 scripts/demo-activities.py
"""
import json
import pathlib
import random

PATH = pathlib.Path(__file__).resolve().parent.parent / "data" / "demo-ledger.json"
FIRST_YEAR, LAST_YEAR, LAST_MONTH = 2025, 2026, 10
SERVICE = [
    ("义诊", "进社区义诊", (80, 400), 0, 0),
    ("志愿服务", "党员志愿服务", (30, 200), 0, 0),
    ("健康科普", "健康知识讲座", (50, 300), 0, 0),
    ("结对帮扶", "入户结对帮扶", (0, 0), (2, 8), (200000, 1500000)),
    ("家庭医生签约", "家庭医生签约服务", (40, 160), 0, 0),
]
STUDY = ["学习贯彻党的二十届三中全会精神", "学习《中国共产党纪律处分条例》",
         "深入贯彻中央八项规定精神学习教育", "学习习近平总书记关于卫生健康工作的重要论述"]


def main():
    rng = random.Random(2026)
    data = json.loads(PATH.read_text(encoding="utf-8"))
    orgs = data["organizations"]
    members = {}
    for m in data["members"]:
        if m["status"] == "active":
            members.setdefault(m["org"], []).append(m["key"])
    activities = []

    def add(day, org, kind, title, participants=(), head=0, served=0, households=0, fen=0,
            hours=0.0):
        activities.append([day, org["key"], kind, title, list(participants), head, served,
                           households, fen, hours])

    for org in orgs:
        if org["dissolved"] or org["kind"] in ("committee", "general_branch"):
            continue
        own = members.get(org["key"], [])
        for year in range(FIRST_YEAR, LAST_YEAR + 1):
            for month in range(1, 13):
                if year == LAST_YEAR and month > LAST_MONTH:
                    break
                day = lambda d: f"{year}-{month:02d}-{d:02d}"
                if org["kind"] == "group":
                    if rng.random() < 0.9:
                        add(day(rng.randint(5, 25)), org, "党小组会", "党小组学习", own,
                            head=0 if own else rng.randint(4, 9))
                    continue
                if rng.random() < 0.92:
                    add(day(rng.randint(3, 10)), org, "支部委员会", f"{month}月支委会", own,
                        head=0 if own else rng.randint(3, 5))
                if rng.random() < 0.75:
                    add(day(rng.randint(11, 20)), org, "主题党日", f"{month}月主题党日", own,
                        head=0 if own else rng.randint(8, 40))
                if month % 3 == 0:
                    if rng.random() < 0.93:
                        add(day(rng.randint(20, 28)), org, "支部党员大会", f"第{month // 3}季度党员大会",
                            own, head=0 if own else rng.randint(8, 40))
                    if rng.random() < 0.88:
                        add(day(rng.randint(20, 28)), org, "党课", rng.choice(STUDY), own,
                            head=0 if own else rng.randint(8, 40))
                if rng.random() < 0.3:
                    kind, title, served, households, fen = rng.choice(SERVICE)
                    add(day(rng.randint(1, 28)), org, kind, title, own[:1],
                        head=0 if own[:1] else rng.randint(5, 20),
                        served=rng.randint(*served) if served[1] else 0,
                        households=rng.randint(*households) if households else 0,
                        fen=rng.randint(*fen) // 100 * 100 if fen else 0,
                        hours=float(rng.choice([2, 3, 4])))
    activities.sort(key=lambda a: (a[0], a[1]))
    # The file keeps its shape, one record per line; the activities go at its end, replacing
    # those of an earlier run.
    text = PATH.read_text(encoding="utf-8")
    marker = ',\n  "activityColumns"'
    if marker in text:
        text = text[:text.index(marker)] + "\n}\n"
    body = text.rstrip()
    assert body.endswith("}")
    columns = ["date", "org", "type", "title", "participants", "headCount", "peopleServed",
               "households", "fundsFen", "hours"]
    lines = [json.dumps(a, ensure_ascii=False) for a in activities]
    text = (body[:-1].rstrip() + ',\n  "activityColumns": ' + json.dumps(columns) +
            ',\n  "activities": [\n    ' + ",\n    ".join(lines) + "\n  ]\n}\n")
    json.loads(text)  # still one JSON document
    PATH.write_text(text, encoding="utf-8")
    print(f"{len(activities)} activities written to {PATH}")


if __name__ == "__main__":
    main()
