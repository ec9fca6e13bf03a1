"""Findings as a template id and raw values, and their English sentence made from the two.

Each finding keeps, besides its English ``message``, a ``wording`` (a stable id per shape of
sentence, e.g. "room_overlap.overlap") and ``params`` (name, value) pairs holding keys, event
minutes, Spans and ints, never names or formatted times. A view in another language renders the
same id and values with its own template; the English message is made here from TEMPLATES, so
the stored message and the template cannot drift apart.

The kind of a value follows from its name (KINDS): "first" is a session key, "first_end" an
event minute, "window" a Span. In an English template "{name:one/many}" picks a word by the
value's count (a number, or how many sessions or people a list holds).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from string import Formatter

from ..eventtime import zone
from ..problem import Problem
from . import messages as say

Params = tuple[tuple[str, object], ...]

# -- the kinds of values ----------------------------------------------------------------------

SESSION, SESSIONS, ROOM, CHANNEL, CHANNELS, PERSON, GROUP, RESOURCE, CITY = (
    "session", "sessions", "room", "channel", "channels", "person", "group", "resource", "city")
SUBJECT = "subject"  # (kind, key), kind one of person, group, room, channel
WHO = "who"  # ((kind, key), ...) of people and groups
AT, DAY, CLOCK, WHEN, WHENS, EVENT_DAYS = "at", "day", "clock", "when", "whens", "event_days"
TARGET, TARGETS, PLACE = "target", "targets", "place"  # (target, value) / many / (room, channel)
NUMBER, TEXT, WORDS, MODE, CLOCK_WINDOW = "number", "text", "words", "mode", "clock_window"
CITY_SESSIONS, FAULTS = "city_sessions", "faults"  # ((city, (session, ...)), ...) / ((code, key), ...)

_NAMED = {
    SESSION: ("session", "first", "second"), SESSIONS: ("sessions",), TEXT: ("other", "track",
                                                                             "category", "zone"),
    ROOM: ("room", "first_room", "second_room", "room_before", "room_after"),
    CHANNEL: ("channel", "channel_before", "channel_after"), CHANNELS: ("channels",),
    PERSON: ("person",), GROUP: ("group",), RESOURCE: ("resource",),
    CITY: ("city", "first_city", "second_city", "city_before", "city_after"),
    SUBJECT: ("owner",), WHO: ("who",),
    AT: ("start", "end", "first_start", "first_end", "second_start", "pinned_start", "now",
         "before", "after", "new_start"),
    DAY: ("day", "first_day", "second_day"), CLOCK: ("opens", "closes"),
    WHEN: ("span", "first_span", "second_span", "window"), WHENS: ("windows",),
    EVENT_DAYS: ("days",), TARGET: ("target",), TARGETS: ("places",), PLACE: ("place", "new_place"),
    NUMBER: ("expected", "seats", "capacity", "grid", "changeover", "gap", "travel", "need", "limit",
             "empty", "idle", "count", "used", "needed", "minutes", "shared", "first_level",
             "second_level", "first_popularity", "second_popularity", "first_seats",
             "second_seats"),
    WORDS: ("features",), MODE: ("mode",), CLOCK_WINDOW: ("hours",), CITY_SESSIONS: ("by_city",),
    FAULTS: ("faults",),
}
KINDS: dict[str, str] = {name: kind for kind, names in _NAMED.items() for name in names}

MODE_WORDS = {"on_site": "on site", "online": "online", "hybrid": "hybrid"}
FAULT_WORDS = {"in_room": "is in {room}", "no_room": "has no room", "on_channel": "is on {channel}",
               "no_channel": "has no online channel"}

# -- the English templates, one per shape of finding ------------------------------------------

_TAGS = "share {shared} {category} {shared:tag/tags}"
_RUNS = "{session} ({span}) runs {minutes} {minutes:minute/minutes}"
_PAIR = "{first} ({first_span}) and {second} ({second_span})"
_DOUBLE = "{who} {who:is/are} in both {first} ({first_span}) and {second} ({second_span}), which overlap"
_CHANGEOVER = ("needs {changeover} minutes to change over between {first} (ends {first_end}) and "
               "{second} (starts {second_start}); there are {gap}")
_ON_SITE_AT = "{person} (on site at {session})"
_IS_IN = ", but is in {place}"

TEMPLATES: dict[str, str] = {
    "scheduled_once.missing": "{session} is not scheduled",
    "scheduled_once.unknown": "The schedule places {session}, which is not a session of the event "
                              "(cancelled or deleted?)",
    "scheduled_once.other": "The placement of {session} names another session, '{other}'",
    "place_matches_mode.wrong": "{session} is {mode} but {faults}",
    "room_suitable.unknown": "{session} is in {room}, which is not in the event",
    "room_suitable.seats": "{session} ({expected} expected on site) is in {room} ({seats} seats)",
    "room_suitable.features": "{session} needs {features}, which {room} does not have",
    "room_suitable.only": "{session} may only be in {places}, not in {room}",
    "room_suitable.person_only": _ON_SITE_AT + " may only be in {places}, not in {room}",
    "room_suitable.not": "{session} must not be in {target}, but is in {room}",
    "room_suitable.person_not": _ON_SITE_AT + " must not be in {target}, but is in {room}",
    "channel_suitable.unknown": "{session} is on {channel}, which is not in the event",
    "channel_suitable.capacity": "{session} ({expected} expected online) is on {channel} "
                                 "({capacity} viewers)",
    "channel_suitable.only": "{session} may only be on {channels}, not on {channel}",
    "channel_suitable.not": "{session} must not be on {channel}",
    "within_hours.grid": "{session} starts at {start}, off the {grid}-minute grid",
    "within_hours.hours": "{session} at {span} is outside the daily hours ({opens}–{closes})",
    "within_hours.no_day": "{session} at {span} is outside the daily hours (not on a day of the event)",
    "within_hours.days": "{session} is on {day}, but may only be on {days}",
    "within_hours.no_days": "{session} is on {day}, but may be on no day of the event",
    "within_hours.allowed": "{session} at {span} is outside its allowed times ({windows})",
    "within_hours.excluded": "{session} at {span} overlaps its excluded time {window}",
    "availability.unavailable": "{owner} is unavailable {window}, but {session} is at {span}",
    "pin.room": "{session} is pinned to {room} but is in {place}",
    "pin.channel": "{session} is pinned to {channel} but is on {place}",
    "pin.start": "{session} is pinned to start {pinned_start} but starts {start}",
    "frozen.left_out": "{session} had already started ({start}) but is left out",
    "frozen.moved": "{session} had already started ({start}, {place}) but is moved to {new_start}, "
                    "{new_place}",
    "frozen.early": "{session} starts {start}, before now ({now})",
    "room_overlap.overlap": _PAIR + " overlap in {room}",
    "room_overlap.changeover": "{room} " + _CHANGEOVER,
    "channel_overlap.overlap": _PAIR + " overlap in {channel}",
    "channel_overlap.changeover": "{channel} " + _CHANGEOVER,
    "person_overlap.both": _DOUBLE,
    "group_overlap.both": _DOUBLE,
    "travel_time.journey": "{who} cannot get from {first} in {first_city} (ends {first_end}) to "
                           "{second} in {second_city} (starts {second_start}): the journey takes "
                           "{travel} minutes",
    "relation.before": "{first} must end before {second} starts, but it ends {first_end} and "
                       "{second} starts {second_start}",
    "relation.before_gap": "{first} must end at least {gap} minutes before {second} starts, but it "
                           "ends {first_end} and {second} starts {second_start}",
    "relation.same_time": "{first} and {second} must start together, but start {first_start} and "
                          "{second_start}",
    "relation.not_same_time": _PAIR + " must not overlap",
    "relation.same_day": "{first} ({first_day}) and {second} ({second_day}) must be on the same day",
    "relation.different_day": "{first} and {second} must be on different days, but both are on {day}",
    "resource_capacity.none": "{sessions} {sessions:needs/need} {need} of {resource} {span}, but "
                              "none is available",
    "resource_capacity.some": "{sessions} {sessions:needs/need} {need} of {resource} {span}, but "
                              "only {limit} {limit:is/are} available",
    "optional_left_out.left_out": "Optional session {session} is left out",
    "stability.times": "{session} moved from {before} to {after}",
    "stability.rooms": "{session} moved from {room_before} ({city_before}) to {room_after} "
                       "({city_after})",
    "stability.channels": "{session} moved from {channel_before} to {channel_after}",
    "track_parallel.parallel": "{first} ({first_span}) runs in parallel with {second} ({second_span}) "
                               "of the same track '{track}'",
    "group_interest_parallel.both": "{group} would like to be at both {first} and {second}, which "
                                    "overlap ({span})",
    "room_fit.empty": "{session} ({expected} expected on site) leaves {empty} of {seats} seats "
                      "empty in {room}",
    "preferred_place.room": "{session} would rather be in {places}" + _IS_IN,
    "preferred_place.person_room": _ON_SITE_AT + " would rather be in {places}" + _IS_IN,
    "preferred_place.channel": "{session} would rather be on {channels}" + _IS_IN,
    "undesired_place.room": "{session} would rather not be in {target}" + _IS_IN,
    "undesired_place.person_room": _ON_SITE_AT + " would rather not be in {target}" + _IS_IN,
    "idle_gap.waits": "{owner} waits {idle} minutes between sessions on {day} ({sessions})",
    "city_change.cities": "{owner} goes to {count} cities on {day}: {by_city}",
    "days_spread.spread": "{owner}'s sessions ({sessions}) are spread over {used} days; "
                          "{needed} {needed:day/days} would do",
    "tag_overlap.overlap": "{first} and {second} " + _TAGS + " and overlap ({span})",
    "tag_same_day.days": "{first} and {second} " + _TAGS + " but are on different days",
    "tag_same_room.rooms": "{first} and {second} " + _TAGS + " but are in {first_room} and "
                           "{second_room} on the same day",
    "level_flow.order": "{first} (level {first_level}) ends after {second} (level {second_level}) "
                        "starts; they " + _TAGS,
    "popular_large_room.smaller": "{first} (popularity {first_popularity}) is in {first_room} "
                                  "({first_seats} seats), smaller than {second_room} "
                                  "({second_seats} seats) of the less popular {second}",
    "audience_hours.outside": _RUNS + " outside {hours} for its audience in {zone}",
    "remote_speaker_hours.outside": "{person} joins {session} remotely {minutes} "
                                    "{minutes:minute/minutes} outside {hours} at home ({zone})",
    "session_preferred_time.outside": _RUNS + " outside its preferred times",
    "session_undesired_time.inside": _RUNS + " in its undesired times",
    "person_preferred_time.outside": _RUNS + " outside {person}'s preferred times",
    "person_undesired_time.inside": _RUNS + " in {person}'s undesired times",
}


def placeholders(template: str) -> set[str]:
    """The value names a template uses ("{who:is/are}" counts as "who")."""
    return {field for _, field, _, _ in Formatter().parse(template) if field}


# -- a finding's words ------------------------------------------------------------------------

@dataclass(frozen=True)
class Phrase:
    """A finding's template id and values, with its English sentence."""

    wording: str
    params: Params
    message: str


def phrase(problem: Problem, wording: str, **params) -> Phrase:
    """The phrase of ``wording`` with these values (keys, minutes, Spans, ints; tuples, not lists)."""
    frozen = tuple(params.items())
    return Phrase(wording, frozen, english(problem, wording, frozen))


def english(problem: Problem, wording: str, params: Params) -> str:
    """The English sentence of a template id and its values."""
    values = {name: _Word(*_english_value(problem, KINDS[name], value)) for name, value in params}
    return TEMPLATES[wording].format(**values)


class _Word:
    """A value's words; "{name:one/many}" in a template picks by its count."""

    def __init__(self, text: str, count: int = 1):
        self.text, self.count = text, count

    def __format__(self, spec: str) -> str:
        if "/" in spec:
            one, many = spec.split("/", 1)
            return one if self.count == 1 else many
        return format(self.text, spec)


def _english_value(p: Problem, kind: str, value) -> tuple[str, int]:
    """(words, count) of one value."""
    if kind == NUMBER:
        return str(value), value
    if kind == SESSIONS:
        return say.titles(p.session.get(k) or _Unknown(k) for k in value), len(value)
    if kind == WHO:
        return say.and_list([_name(p, k, key) for k, key in value]), len(value)
    return _ENGLISH[kind](p, value), 1


class _Unknown:
    """A session key the problem lacks, titled by its key."""

    def __init__(self, key: str):
        self.key, self.title = key, ""


def _name(p: Problem, kind: str, key) -> str:
    return {PERSON: say.person, GROUP: say.group, ROOM: say.room, CHANNEL: say.channel,
            RESOURCE: say.resource, CITY: say.city}[kind](p, key)


def _event_day(p: Problem, index: int) -> str:
    day = p.event.days[index]
    return f"{say.DAYS[day.weekday()]} {day.day} {say.MONTHS[day.month - 1]}"


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _faults(p: Problem, faults) -> str:
    return " and ".join(FAULT_WORDS[code].format(room=say.room(p, key), channel=say.channel(p, key))
                        for code, key in faults)


_ENGLISH = {
    SESSION: lambda p, k: say.title(p.session.get(k) or _Unknown(k)),
    ROOM: say.room, CHANNEL: say.channel, PERSON: say.person, GROUP: say.group,
    RESOURCE: say.resource, CITY: say.city,
    CHANNELS: lambda p, keys: " or ".join(say.channel(p, k) for k in keys),
    SUBJECT: lambda p, subject: _name(p, *subject),
    AT: say.at, DAY: say.local_day, CLOCK: say.local_clock, WHEN: say.when,
    WHENS: lambda p, spans: ", ".join(say.when(p, s) for s in spans),
    EVENT_DAYS: lambda p, days: " or ".join(_event_day(p, i) for i in days),
    TARGET: lambda p, t: say.rule_target(p, *t),
    TARGETS: lambda p, ts: " or ".join(say.rule_target(p, *t) for t in ts),
    PLACE: lambda p, rc: say.place(p, *rc),
    TEXT: lambda p, text: str(text),
    WORDS: lambda p, words: say.and_list(list(words)),
    MODE: lambda p, mode: MODE_WORDS.get(mode, mode),
    CLOCK_WINDOW: lambda p, hours: f"{_clock(hours[0])}–{_clock(hours[1])}",
    CITY_SESSIONS: lambda p, groups: say.and_list(
        [f"{say.city(p, c)} ({say.titles(p.session[k] for k in keys)})" for c, keys in groups]),
    FAULTS: _faults,
}


def local_moment(problem: Problem, minute: int):
    """An event minute as an aware moment in the event's zone (for views that word it)."""
    return (problem.event.epoch + timedelta(minutes=minute)).astimezone(zone(problem.event.timezone))
