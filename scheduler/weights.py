"""The rules of a schedule, by name, and the weights of the soft ones.

Hard rules must hold; a schedule that breaks one is not offered. Soft rules
cost points; the solver looks for the schedule with the fewest points. An
organiser can change any weight per project (the event's ``weights``), e.g.
``{"stability_day": 500}`` to make moving a session to another day dearer, or
0 to switch a soft rule off.

Units: "per minute" weights count minutes of the session that fall in the
wrong place in time; "per step" counts the event's time steps.
"""

from __future__ import annotations

# -- hard rules (names shared by solver, validator and reports) -------------------------------
SCHEDULED_ONCE = "scheduled_once"          # every non-optional session is scheduled exactly once
ROOM_SUITABLE = "room_suitable"            # seats, features, allowed places of the room
CHANNEL_SUITABLE = "channel_suitable"      # online/hybrid sessions get a big-enough channel
PLACE_MATCHES_MODE = "place_matches_mode"  # on-site: a room, no channel; online: a channel; hybrid: both
ROOM_OVERLAP = "room_overlap"              # one session at a time per room, with changeover
CHANNEL_OVERLAP = "channel_overlap"        # one session at a time per channel, with changeover
WITHIN_HOURS = "within_hours"              # inside the event's daily hours, allowed days and windows
AVAILABILITY = "availability"              # rooms, channels, people, groups, resources available
PERSON_OVERLAP = "person_overlap"          # nobody is in two sessions at once
GROUP_OVERLAP = "group_overlap"            # no group is in two sessions at once
TRAVEL_TIME = "travel_time"                # time to travel between on-site sessions in two cities
RELATION = "relation"                      # before/after, same time, not same time, same/different day
RESOURCE_CAPACITY = "resource_capacity"    # resources never over capacity
PIN = "pin"                                # pinned room, channel and start hold
FROZEN = "frozen"                          # sessions already started on a re-solve stay put

HARD_RULES = (SCHEDULED_ONCE, ROOM_SUITABLE, CHANNEL_SUITABLE, PLACE_MATCHES_MODE, ROOM_OVERLAP,
              CHANNEL_OVERLAP, WITHIN_HOURS, AVAILABILITY, PERSON_OVERLAP, GROUP_OVERLAP,
              TRAVEL_TIME, RELATION, RESOURCE_CAPACITY, PIN, FROZEN)

# -- soft rules and their default weights -----------------------------------------------------
DEFAULT_WEIGHTS: dict[str, int] = {
    # An optional session that is left out (per session).
    "optional_left_out": 2000,
    # Stability on a re-solve, per moved session, times (1 + people affected // 10):
    "stability_time": 20,      # another start time on the same day
    "stability_day": 150,      # another day
    "stability_room": 40,      # another room
    "stability_city": 300,     # another city
    "stability_channel": 20,   # another online channel
    # Two sessions of the same track overlap (per pair).
    "track_parallel": 60,
    # Two sessions a group attends or wants to attend overlap (per pair and group).
    "group_interest_parallel": 40,
    # Online/hybrid session outside 09:00–18:00 in a target audience's zone (per minute and zone).
    "audience_hours": 1,
    # A remote speaker presents outside 08:00–21:00 in their home zone (per minute).
    "remote_speaker_hours": 3,
    # Empty seats (per 10 empty seats in the chosen room).
    "room_fit": 1,
    # Session starts outside its preferred windows / runs in undesired windows (per minute).
    "session_preferred_time": 1,
    "session_undesired_time": 2,
    # Same for the people in the session (per minute and person).
    "person_preferred_time": 1,
    "person_undesired_time": 2,
    # Not in a preferred place / in an undesired place (per session, per rule).
    "preferred_place": 50,
    "undesired_place": 80,
    # Idle time between a person's or group's sessions on a day (per step beyond an hour).
    "idle_gap": 1,
    # A person or group changes city more than needed (per extra city on a day).
    "city_change": 100,
    # A person's or group's programme spreads over more days than needed (per extra day).
    "days_spread": 100,
    # A session with a higher "popularity:N" tag sits in a smaller room than one with a lower
    # number (per ordered pair, per minute of both sessions).
    "popular_large_room": 1,
}
SOFT_RULES = tuple(DEFAULT_WEIGHTS)

# -- tag rules: one weight per tag category ------------------------------------------------------
# Tags of the form "category:value" (e.g. "theme:Cloud") group sessions. Each family below is
# switched on per category by a weight named "<family>.<category>", e.g. {"tag_overlap.theme": 10};
# without such a weight the family costs nothing.
TAG_OVERLAP = "tag_overlap"      # two sessions sharing a tag overlap (per minute, per shared tag)
TAG_SAME_DAY = "tag_same_day"    # two sessions sharing a tag are on different days (per minute of both)
TAG_SAME_ROOM = "tag_same_room"  # ... are on the same day in different rooms (per minute of both)
LEVEL_FLOW = "level_flow"        # the lower "level:N" of two sessions sharing a tag does not end
                                 # before the higher one starts (per minute of both, per shared tag)
TAG_FAMILIES = (TAG_OVERLAP, TAG_SAME_DAY, TAG_SAME_ROOM, LEVEL_FLOW)
NUMERIC_TAGS = ("level", "popularity")  # "level:2", "popularity:551": numbers, not categories


def tag_rule(name: str) -> tuple[str, str] | None:
    """(family, category) of a tag rule's weight name such as "tag_overlap.theme", else None."""
    family, dot, category = name.partition(".")
    if dot and family in TAG_FAMILIES and category and ":" not in category:
        return family, category
    return None


def tag_rules(weights: dict[str, int], family: str) -> dict[str, int]:
    """Category -> weight of one family's switched-on rules."""
    out = {}
    for name, weight in weights.items():
        found = tag_rule(name)
        if found and found[0] == family and weight:
            out[found[1]] = weight
    return out


def tag_values(tags, category: str) -> frozenset[str]:
    """The values of a session's tags of one category ("theme:Cloud" -> "Cloud")."""
    prefix = category + ":"
    return frozenset(tag[len(prefix):] for tag in tags if tag.startswith(prefix))


def tag_number(tags, category: str) -> int | None:
    """The number of a numeric tag ("level:2" -> 2); None when absent or not a number."""
    for value in tag_values(tags, category):
        try:
            return int(value)
        except ValueError:
            continue
    return None
STABILITY_RULES = tuple(name for name in SOFT_RULES if name.startswith("stability_"))

IDLE_ALLOWANCE_MINUTES = 60
AUDIENCE_DAY = (9 * 60, 18 * 60)
REMOTE_SPEAKER_DAY = (8 * 60, 21 * 60)


def effective_weights(overrides: dict | None) -> dict[str, int]:
    """Defaults with the project's own weights on top (unknown names are ignored)."""
    weights = dict(DEFAULT_WEIGHTS)
    for name, value in (overrides or {}).items():
        if name in weights or tag_rule(name):
            weights[name] = int(value)
    return weights


def stability_scale(people_affected: int) -> int:
    return 1 + people_affected // 10
