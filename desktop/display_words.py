"""The words shown for the core's fixed values: kinds, modes, statuses, roles, and rule names.

The core stores and names them in English ids ("site_visit", "room_overlap"); the views show
them through here, in the chosen language. An id without a word here is shown as it is,
underscores as spaces.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

VALUES = {  # the values of the core's enums (scheduler.domain.enums)
    "plenary": QT_TRANSLATE_NOOP("Values", "plenary"),
    "opening": QT_TRANSLATE_NOOP("Values", "opening"),
    "keynote": QT_TRANSLATE_NOOP("Values", "keynote"),
    "forum": QT_TRANSLATE_NOOP("Values", "forum"),
    "panel": QT_TRANSLATE_NOOP("Values", "panel"),
    "talk": QT_TRANSLATE_NOOP("Values", "talk"),
    "workshop": QT_TRANSLATE_NOOP("Values", "workshop"),
    "b2b": QT_TRANSLATE_NOOP("Values", "B2B matchmaking"),
    "signing": QT_TRANSLATE_NOOP("Values", "signing ceremony"),
    "site_visit": QT_TRANSLATE_NOOP("Values", "site visit"),
    "banquet": QT_TRANSLATE_NOOP("Values", "banquet"),
    "break": QT_TRANSLATE_NOOP("Values", "break"),
    "press": QT_TRANSLATE_NOOP("Values", "press"),
    "other": QT_TRANSLATE_NOOP("Values", "other"),
    "on_site": QT_TRANSLATE_NOOP("Values", "on-site"),
    "online": QT_TRANSLATE_NOOP("Values", "online"),
    "hybrid": QT_TRANSLATE_NOOP("Values", "hybrid"),
    "confirmed": QT_TRANSLATE_NOOP("Values", "confirmed"),
    "tentative": QT_TRANSLATE_NOOP("Values", "tentative"),
    "cancelled": QT_TRANSLATE_NOOP("Values", "cancelled"),
    "speaker": QT_TRANSLATE_NOOP("Values", "speaker"),
    "moderator": QT_TRANSLATE_NOOP("Values", "moderator"),
    "panelist": QT_TRANSLATE_NOOP("Values", "panelist"),
    "vip": QT_TRANSLATE_NOOP("Values", "VIP"),
    "interpreter": QT_TRANSLATE_NOOP("Values", "interpreter"),
    "crew": QT_TRANSLATE_NOOP("Values", "crew"),
    "host": QT_TRANSLATE_NOOP("Values", "host"),
    "remote": QT_TRANSLATE_NOOP("Values", "remote"),
    "attends": QT_TRANSLATE_NOOP("Values", "attends"),
    "interested": QT_TRANSLATE_NOOP("Values", "interested"),
    "delegation": QT_TRANSLATE_NOOP("Values", "delegation"),
    "audience": QT_TRANSLATE_NOOP("Values", "audience"),
    "before": QT_TRANSLATE_NOOP("Values", "before"),
    "same_time": QT_TRANSLATE_NOOP("Values", "same time"),
    "not_same_time": QT_TRANSLATE_NOOP("Values", "not same time"),
    "same_day": QT_TRANSLATE_NOOP("Values", "same day"),
    "different_day": QT_TRANSLATE_NOOP("Values", "different day"),
    "unavailable": QT_TRANSLATE_NOOP("Values", "unavailable"),
    "preferred": QT_TRANSLATE_NOOP("Values", "preferred"),
    "undesired": QT_TRANSLATE_NOOP("Values", "undesired"),
    "capacity": QT_TRANSLATE_NOOP("Values", "capacity"),
    "allowed": QT_TRANSLATE_NOOP("Values", "allowed"),
    "prohibited": QT_TRANSLATE_NOOP("Values", "prohibited"),
}

RULES = {  # the validator's rule ids (scheduler.weights)
    "scheduled_once": QT_TRANSLATE_NOOP("Rules", "scheduled once"),
    "room_suitable": QT_TRANSLATE_NOOP("Rules", "room suitable"),
    "channel_suitable": QT_TRANSLATE_NOOP("Rules", "channel suitable"),
    "place_matches_mode": QT_TRANSLATE_NOOP("Rules", "place matches mode"),
    "room_overlap": QT_TRANSLATE_NOOP("Rules", "room overlap"),
    "channel_overlap": QT_TRANSLATE_NOOP("Rules", "channel overlap"),
    "within_hours": QT_TRANSLATE_NOOP("Rules", "within hours"),
    "availability": QT_TRANSLATE_NOOP("Rules", "availability"),
    "person_overlap": QT_TRANSLATE_NOOP("Rules", "person overlap"),
    "group_overlap": QT_TRANSLATE_NOOP("Rules", "group overlap"),
    "travel_time": QT_TRANSLATE_NOOP("Rules", "travel time"),
    "relation": QT_TRANSLATE_NOOP("Rules", "relation"),
    "resource_capacity": QT_TRANSLATE_NOOP("Rules", "resource capacity"),
    "pin": QT_TRANSLATE_NOOP("Rules", "pin"),
    "frozen": QT_TRANSLATE_NOOP("Rules", "frozen"),
    "optional_left_out": QT_TRANSLATE_NOOP("Rules", "optional left out"),
    "stability_time": QT_TRANSLATE_NOOP("Rules", "stability: time"),
    "stability_day": QT_TRANSLATE_NOOP("Rules", "stability: day"),
    "stability_room": QT_TRANSLATE_NOOP("Rules", "stability: room"),
    "stability_city": QT_TRANSLATE_NOOP("Rules", "stability: city"),
    "stability_channel": QT_TRANSLATE_NOOP("Rules", "stability: channel"),
    "track_parallel": QT_TRANSLATE_NOOP("Rules", "track parallel"),
    "group_interest_parallel": QT_TRANSLATE_NOOP("Rules", "group interest parallel"),
    "audience_hours": QT_TRANSLATE_NOOP("Rules", "audience hours"),
    "remote_speaker_hours": QT_TRANSLATE_NOOP("Rules", "remote speaker hours"),
    "room_fit": QT_TRANSLATE_NOOP("Rules", "room fit"),
    "session_preferred_time": QT_TRANSLATE_NOOP("Rules", "session preferred time"),
    "session_undesired_time": QT_TRANSLATE_NOOP("Rules", "session undesired time"),
    "person_preferred_time": QT_TRANSLATE_NOOP("Rules", "person preferred time"),
    "person_undesired_time": QT_TRANSLATE_NOOP("Rules", "person undesired time"),
    "preferred_place": QT_TRANSLATE_NOOP("Rules", "preferred place"),
    "undesired_place": QT_TRANSLATE_NOOP("Rules", "undesired place"),
    "idle_gap": QT_TRANSLATE_NOOP("Rules", "idle gap"),
    "city_change": QT_TRANSLATE_NOOP("Rules", "city change"),
    "days_spread": QT_TRANSLATE_NOOP("Rules", "days spread"),
    "popular_large_room": QT_TRANSLATE_NOOP("Rules", "popular in large room"),
    "tag_overlap": QT_TRANSLATE_NOOP("Rules", "tag overlap"),
    "tag_same_day": QT_TRANSLATE_NOOP("Rules", "tag same day"),
    "tag_same_room": QT_TRANSLATE_NOOP("Rules", "tag same room"),
    "level_flow": QT_TRANSLATE_NOOP("Rules", "level flow"),
}

SEVERITIES = {"hard": QT_TRANSLATE_NOOP("Rules", "HARD"), "soft": QT_TRANSLATE_NOOP("Rules", "soft")}


def value_word(value: str) -> str:
    """The word for an enum value ("site_visit" -> "site visit" / "实地考察")."""
    english = VALUES.get(value)
    return QCoreApplication.translate("Values", english) if english else value.replace("_", " ")


def rule_name(rule: str) -> str:
    """The name of a validator rule; a tag rule ("tag_overlap.theme") keeps its category."""
    family, dot, category = rule.partition(".")
    english = RULES.get(family)
    if english is None:
        return rule.replace("_", " ")
    return QCoreApplication.translate("Rules", english) + (f" ({category})" if dot else "")


def severity_word(severity: str) -> str:
    english = SEVERITIES.get(severity)
    return QCoreApplication.translate("Rules", english) if english else severity
