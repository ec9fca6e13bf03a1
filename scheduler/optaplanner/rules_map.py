"""How the dataset's constraints become Slotwise rules, so that `slotwise solve` optimises them.

Hard constraints become hard rules (the solver never breaks them):

    Room / Speaker unavailable timeslot -> unavailable windows (project_import)
    Room conflict, Speaker conflict     -> one session at a time per room / person
    Talk prerequisite talks             -> `before` relations (project_import)
    Talk mutually-exclusive-talks tags  -> `not_same_time` relations between talks sharing a tag
    Crowd control                       -> a "crowd control" resource of 2 units, 1 per risky talk
                                           (never more than 2 risky talks at once: a little
                                           stricter than the dataset's "same timeslot")
    required / prohibited timeslot tags -> only the timeslots with every required tag and no
                                           prohibited tag (talk and its speakers) are allowed
    required / prohibited room tags     -> `allowed` / `prohibited` room-tag place rules
    Consecutive talks pause             -> covered by "one session at a time per person" when the
                                           pause fits between every two timeslots of a day (true
                                           for all shipped files: P = 15)

Medium and soft constraints become soft rules with the dataset's weight; a medium unit is worth
more than any total of soft points, so the objective keeps OptaPlanner's order of levels:

    Published timeslot                  -> stability_day, stability_time (against version 1)
    Published room                      -> stability_room
    Theme track / Sector / Content conflict -> tag_overlap.theme / .sector / .content
    Theme track room stability          -> tag_same_room.theme
    Same day talks                      -> tag_same_day.theme + tag_same_day.content
    Content audience level flow         -> level_flow.content (with "level:N" tags)
    Popular talks                       -> popular_large_room (with "popularity:N" tags)
    preferred / undesired timeslot tags -> preferred / undesired windows of the talk or speaker
                                           (per minute, like the dataset)
    preferred / undesired room tags     -> preferred / undesired room-tag place rules (Slotwise
                                           counts them per talk: weight × the shortest talk)

Not modelled (the exact scorer still counts them): the three "diversity" rewards and
"Audience type theme track conflict"; together they are worth a few thousand soft points.
"""

from __future__ import annotations

from itertools import combinations

from ..weights import DEFAULT_WEIGHTS
from .dataset import Dataset, Talk, Timeslot

MEDIUM = 10 ** 9  # one medium point outweighs every soft total (they stay below 10^8)
CROWD = "crowd-control"

SOFT_RULES: dict[str, tuple[str, ...]] = {
    "Published timeslot": ("stability_day", "stability_time"),
    "Published room": ("stability_room",),
    "Theme track conflict": ("tag_overlap.theme",),
    "Sector conflict": ("tag_overlap.sector",),
    "Content conflict": ("tag_overlap.content",),
    "Theme track room stability": ("tag_same_room.theme",),
    "Same day talks": ("tag_same_day.theme", "tag_same_day.content"),
    "Content audience level flow violation": ("level_flow.content",),
    "Popular talks": ("popular_large_room",),
    "Speaker preferred timeslot tags": ("person_preferred_time",),
    "Speaker undesired timeslot tags": ("person_undesired_time",),
    "Talk preferred timeslot tags": ("session_preferred_time",),
    "Talk undesired timeslot tags": ("session_undesired_time",),
}
PER_TALK_RULES = {  # Slotwise counts these once per talk; the dataset per minute
    "Speaker preferred room tags": "preferred_place", "Talk preferred room tags": "preferred_place",
    "Speaker undesired room tags": "undesired_place", "Talk undesired room tags": "undesired_place",
}


def engine_weights(dataset: Dataset, durations: dict[str, int]) -> dict[str, int]:
    """The project's soft-rule weights: the dataset's, every other Slotwise rule switched off."""
    weights = dict.fromkeys(DEFAULT_WEIGHTS, 0)

    def level(name: str) -> int:
        hard, medium, soft = dataset.weights[name]
        return (hard + medium) * MEDIUM + soft

    for name, rules in SOFT_RULES.items():
        for rule in rules:
            weights[rule] = level(name)
    shortest = min(durations.values(), default=1)
    for name, rule in PER_TALK_RULES.items():
        weights[rule] = max(weights[rule], level(name) * shortest)
    return weights


def speakers_of(dataset: Dataset, talk: Talk):
    found = {s.name: s for s in dataset.speakers}
    return [found[name] for name in dict.fromkeys(talk.speakers) if name in found]


def allowed_slots(dataset: Dataset, talk: Talk) -> list[Timeslot]:
    """The talk's timeslots: of its type, with every required and no prohibited timeslot tag."""
    people = speakers_of(dataset, talk)
    required = set(talk.required_timeslot_tags).union(*(s.required_timeslot_tags for s in people))
    prohibited = set(talk.prohibited_timeslot_tags).union(*(s.prohibited_timeslot_tags for s in people))
    return [slot for slot in dataset.timeslots if talk.talk_type in slot.talk_types
            and required <= slot.tags and not prohibited & slot.tags]


def talk_tags(talk: Talk) -> list[str]:
    """The numeric and exclusive tags the rules read (the category tags are made by the import)."""
    return ([f"level:{talk.audience_level}", f"popularity:{talk.favorite_count}"]
            + [f"exclusive:{tag}" for tag in sorted(talk.mutually_exclusive_tags)])


def room_rules(who) -> list[dict]:
    """Place rules from a talk's or speaker's four room-tag sets."""
    kinds = (("allowed", who.required_room_tags), ("prohibited", who.prohibited_room_tags),
             ("preferred", who.preferred_room_tags), ("undesired", who.undesired_room_tags))
    return [{"kind": kind, "room_tag": tag} for kind, tags in kinds for tag in sorted(tags)]


def tag_windows(slots, wanted: frozenset[str], kind: str, moment) -> list[dict]:
    """Windows over the timeslots that have (undesired) or lack none of (preferred) the tags."""
    if not wanted:
        return []
    if kind == "preferred":
        chosen = [s for s in slots if wanted <= s.tags]
    else:
        chosen = [s for s in slots if wanted & s.tags]
    return [{"kind": kind, "start": moment(s), "end": moment(s, end=True)} for s in chosen]


def exclusive_relations(dataset: Dataset) -> list[dict]:
    return [{"kind": "not_same_time", "first": a.code, "second": b.code}
            for a, b in combinations(dataset.talks, 2)
            if a.mutually_exclusive_tags & b.mutually_exclusive_tags]


def crowd_resources(dataset: Dataset) -> list[dict]:
    if not any(t.crowd_control_risk > 0 for t in dataset.talks):
        return []
    return [{"key": CROWD, "name_en": "Crowd control stewards", "kind": "staff", "capacity": 2}]


def crowd_use(talk: Talk) -> list[dict]:
    return [{"resource": CROWD, "amount": 1}] if talk.crowd_control_risk > 0 else []
