"""Seeded generator of events in the shape of the Shandong–ASEAN sample, of any size.

Used by the benchmarks (100 to 3,000 sessions) and by `slotwise generate`. The
same size and seed always give the same event. Every generated event is
feasible by construction: the generator first plants a hidden schedule (rooms
and channels about 60 % used), then derives attendance, speakers, delegations,
interpreter teams and relations that this schedule satisfies — so the event is
as tight as that schedule, and the solver has real work.
"""

from __future__ import annotations

import random
from collections import defaultdict

CITIES = [("jinan", "Jinan", "济南"), ("dezhou", "Dezhou", "德州"), ("taian", "Tai'an", "泰安"),
          ("jining", "Jining", "济宁")]
ROADS = {("jinan", "dezhou"): 90, ("jinan", "taian"): 75, ("jinan", "jining"): 150,
         ("dezhou", "taian"): 150, ("dezhou", "jining"): 220, ("taian", "jining"): 100}
ZONES = ["Asia/Yangon", "Asia/Bangkok", "Asia/Jakarta", "Asia/Ho_Chi_Minh", "Asia/Kuala_Lumpur",
         "Asia/Singapore", "Asia/Manila", "Asia/Makassar", "Asia/Jayapura"]
TRACKS = ["Belt and Road", "RCEP", "Trade", "Investment", "Sister Cities", "Digital Economy",
          "Agri-food", "Machinery", "Finance", "Tourism"]
KINDS = [("forum", 90, 0.3), ("panel", 60, 0.2), ("talk", 45, 0.2), ("b2b", 60, 0.2), ("workshop", 120, 0.1)]
GROUPS = [("ASEAN Envoys", "东盟使节团", 15), ("ASEAN Enterprises", "东盟企业团", 25),
          ("Provincial Delegation", "省政府代表团", 30), ("Domestic Enterprises", "国内企业团", 80),
          ("Financial Institutions", "金融机构", 50)]
DAYS, OPEN, CLOSE = 2, 8 * 60, 21 * 60
UTILISATION = 0.6


def generate_event(sessions: int, seed: int = 1, *, with_schedule: bool = False) -> dict:
    """A whole-event JSON document (docs/json-format.md) with ``sessions`` sessions.

    ``with_schedule`` also stores the planted schedule as the event's current schedule.
    """
    rng = random.Random(seed)
    plan = [_kind(rng, i) for i in range(sessions)]
    onsite = sum(p["duration"] for p in plan if p["mode"] != "online")
    online = sum(p["duration"] for p in plan if p["mode"] != "on_site")
    capacity = DAYS * (CLOSE - OPEN) * UTILISATION
    rooms = _rooms(rng, max(4, round(onsite / capacity)))
    channels = [{"key": f"channel-{i}", "name_en": f"Online room {i}", "name_zh": f"线上会议室{i}",
                 "platform": "Webcast", "viewer_capacity": rng.choice([300, 500, 1000, 2000]),
                 "join_url": f"https://live.example.org/room/{i}"}
                for i in range(max(2, round(online / capacity)))]
    planted = _plant(rng, plan, rooms, channels)
    people = _people(rng, planted, max(4, sessions // 3))
    doc = {"schema_version": 1, "event": {
        "name_en": f"Generated SME conference ({sessions} sessions, seed {seed})",
        "name_zh": f"生成的中小企业大会（{sessions}场）", "timezone": "Asia/Shanghai",
        "start_date": "2021-05-28", "day_count": DAYS, "day_start": "08:00", "day_end": "21:00",
        "granularity_minutes": 5}}
    doc["cities"] = [{"key": k, "name_en": en, "name_zh": zh} for k, en, zh in CITIES]
    doc["travel_times"] = [{"from": a, "to": b, "minutes": m} for (x, y), m in ROADS.items()
                           for a, b in ((x, y), (y, x))]
    doc["venues"] = _venues(rooms)
    doc["rooms"] = [{k: v for k, v in r.items() if k != "city"} for r in rooms]
    doc["channels"] = channels
    doc["people"] = people
    doc["resources"] = [{"key": "interpreters", "name_en": "Interpretation teams", "name_zh": "同传团队",
                         "kind": "interpretation", "capacity": _peak(planted, "interpreted")}]
    doc["sessions"] = [_session(rng, p) for p in planted]
    doc["groups"] = _groups(rng, planted)
    doc["relations"] = _relations(rng, planted)
    doc["schedule"] = [_placement(p) for p in planted] if with_schedule else []
    return doc


def _placement(p: dict) -> dict:
    day, minute = divmod(p["start"], 1440)
    return {"session": f"session-{p['index']}", "room": p["room"]["key"] if p["room"] else None,
            "channel": p["channel"]["key"] if p["channel"] else None,
            "start": f"2021-05-{28 + day}T{minute // 60:02d}:{minute % 60:02d}:00+08:00"}


def _kind(rng: random.Random, i: int) -> dict:
    kind, duration, _ = rng.choices(KINDS, weights=[k[2] for k in KINDS])[0]
    mode = "online" if kind == "b2b" else rng.choices(["on_site", "hybrid", "online"], [0.6, 0.3, 0.1])[0]
    return {"index": i, "kind": kind, "duration": duration, "mode": mode,
            "interpreted": mode != "online" and rng.random() < 0.2, "people": [], "attends": []}


def _rooms(rng: random.Random, count: int) -> list[dict]:
    rooms = []
    for i in range(count):
        city = CITIES[0 if i % 2 == 0 else 1 + (i // 2) % 3][0]
        seats = rng.choice([60, 120, 200, 400, 800])
        rooms.append({"key": f"room-{i}", "venue": f"{city}-venue-{i // 8}", "city": city,
                      "name_en": f"Room {i}", "name_zh": f"{i}号厅", "seats": seats,
                      "features": ["streaming"] + (["interpretation_booths"] if seats >= 200 else []),
                      "changeover_minutes": rng.choice([0, 10, 15])})
    if not any("interpretation_booths" in r["features"] for r in rooms):  # interpreted sessions need one
        rooms[0].update(seats=200, features=["streaming", "interpretation_booths"])
    return rooms


def _venues(rooms: list[dict]) -> list[dict]:
    seen = {}
    for r in rooms:
        seen.setdefault(r["venue"], {"key": r["venue"], "city": r["city"],
                                     "name_en": f"{r['city'].title()} Centre {len(seen)}",
                                     "name_zh": f"会议中心{len(seen)}", "latitude": 36.6, "longitude": 117.0})
    return list(seen.values())


def _plant(rng: random.Random, plan: list[dict], rooms: list[dict], channels: list[dict]) -> list[dict]:
    """Place every session first-fit at a random place: the hidden schedule the event must allow."""
    free_room = {(r["key"], d): OPEN for r in rooms for d in range(DAYS)}
    free_channel = {(c["key"], d): OPEN for c in channels for d in range(DAYS)}
    placed = []
    booths = [r for r in rooms if "interpretation_booths" in r["features"]]
    for p in plan:
        options = []
        for day in range(DAYS):
            for room in (booths if p["interpreted"] else rooms) if p["mode"] != "online" else [None]:
                for channel in channels if p["mode"] != "on_site" else [None]:
                    start = max(free_room[(room["key"], day)] if room else OPEN,
                                free_channel[(channel["key"], day)] if channel else OPEN)
                    options.append((start + rng.random() * 60, day, room, channel))
        _, day, room, channel = min(options, key=lambda o: o[0])
        start = -(-max(free_room[(room["key"], day)] if room else OPEN,
                       free_channel[(channel["key"], day)] if channel else OPEN) // 5) * 5
        if start + p["duration"] > CLOSE:
            raise ValueError("the generator could not plant a schedule; use fewer sessions")
        if room:
            free_room[(room["key"], day)] = start + p["duration"] + room["changeover_minutes"]
        if channel:
            free_channel[(channel["key"], day)] = start + p["duration"]
        placed.append({**p, "day": day, "start": day * 1440 + start, "room": room, "channel": channel,
                       "city": room["city"] if room else None})
    return placed


def _fits(rng, mine: list[dict], candidate: dict, on_site: bool) -> bool:
    """Whether someone already at ``mine`` can also be at ``candidate`` (with travel)."""
    for other in mine:
        a, b = sorted((other, candidate), key=lambda x: x["start"])
        gap = 0
        if on_site and a["city"] and b["city"] and a["city"] != b["city"]:
            gap = ROADS.get((a["city"], b["city"]), ROADS.get((b["city"], a["city"]), 0))
        if a["start"] + a["duration"] + gap > b["start"]:
            return False
    return True


def _people(rng: random.Random, planted: list[dict], count: int) -> list[dict]:
    agenda = defaultdict(list)
    for p in planted:
        for _ in range(rng.choice([0, 1, 1, 2, 3])):
            person = rng.randrange(count)
            if person not in [x[0] for x in p["people"]] and _fits(rng, agenda[person], p, True):
                remote = p["mode"] == "online"
                p["people"].append((person, "remote" if remote else "on_site"))
                agenda[person].append(p)
    return [{"key": f"person-{i}", "name_en": f"Speaker {i}", "name_zh": f"嘉宾{i}",
             "home_timezone": rng.choice(ZONES) if i % 4 == 0 else "Asia/Shanghai"} for i in range(count)]


def _session(rng: random.Random, p: dict) -> dict:
    mode, room = p["mode"], p["room"]
    return {
        "key": f"session-{p['index']}", "title_en": f"{p['kind'].title()} {p['index']}",
        "title_zh": f"会议{p['index']}", "kind": p["kind"], "delivery_mode": mode,
        "duration_minutes": p["duration"],
        "expected_onsite": rng.randint(max(10, room["seats"] // 3), room["seats"]) if room else 0,
        "expected_online": rng.randint(30, p["channel"]["viewer_capacity"]) if p["channel"] else 0,
        "track": rng.choice(TRACKS), "language": rng.choice(["zh", "en"]),
        "interpretation": p["interpreted"],
        "required_features": (["streaming"] if mode == "hybrid" else [])
        + (["interpretation_booths"] if p["interpreted"] else []),
        "target_timezones": rng.sample(ZONES, 2) if mode != "on_site" else [],
        "people": [{"person": f"person-{i}", "role": "speaker", "presence": presence}
                   for i, presence in p["people"]],
        "resources": [{"resource": "interpreters", "amount": 1}] if p["interpreted"] else []}


def _peak(planted: list[dict], flag: str) -> int:
    events = sorted([(p["start"], 1) for p in planted if p[flag]]
                    + [(p["start"] + p["duration"], -1) for p in planted if p[flag]])
    level = peak = 0
    for _, step in events:
        level += step
        peak = max(peak, level)
    return max(1, peak)


def _groups(rng: random.Random, planted: list[dict]) -> list[dict]:
    onsite = [p for p in planted if p["room"]]
    groups = []
    for i, (name, zh, size) in enumerate(GROUPS):
        mine: list[dict] = []
        for p in rng.sample(onsite, k=len(onsite)):
            if len(mine) >= 4 + len(planted) // 100:
                break
            if _fits(rng, mine, p, True):
                mine.append(p)
        interested = rng.sample(onsite, k=min(3, len(onsite)))
        attends = {f"session-{p['index']}" for p in mine}
        groups.append({"key": f"group-{i}", "name_en": name, "name_zh": zh, "size": size,
                       "sessions": [{"session": k, "attendance": "attends"} for k in sorted(attends)]
                       + [{"session": f"session-{p['index']}", "attendance": "interested"}
                          for p in interested if f"session-{p['index']}" not in attends]})
    return groups


def _relations(rng: random.Random, planted: list[dict]) -> list[dict]:
    relations = []
    for _ in range(max(1, len(planted) // 50) if len(planted) >= 2 else 0):
        a, b = sorted(rng.sample(planted, 2), key=lambda p: p["start"])
        if a["start"] + a["duration"] + 15 <= b["start"]:
            relations.append({"kind": "before", "first": f"session-{a['index']}",
                              "second": f"session-{b['index']}", "min_gap_minutes": 15})
        elif a["day"] == b["day"]:
            relations.append({"kind": "same_day", "first": f"session-{a['index']}",
                              "second": f"session-{b['index']}", "min_gap_minutes": 0})
    return relations
