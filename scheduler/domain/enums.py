"""Closed vocabularies of the domain, stored as their string values."""

from __future__ import annotations

from enum import StrEnum


class SessionKind(StrEnum):
    PLENARY = "plenary"
    OPENING = "opening"
    KEYNOTE = "keynote"
    FORUM = "forum"
    PANEL = "panel"
    TALK = "talk"
    WORKSHOP = "workshop"
    B2B = "b2b"
    SIGNING = "signing"
    SITE_VISIT = "site_visit"
    BANQUET = "banquet"
    BREAK = "break"
    PRESS = "press"
    OTHER = "other"


class DeliveryMode(StrEnum):
    ON_SITE = "on_site"
    ONLINE = "online"
    HYBRID = "hybrid"

    @property
    def needs_room(self) -> bool:
        return self is not DeliveryMode.ONLINE

    @property
    def needs_channel(self) -> bool:
        return self is not DeliveryMode.ON_SITE


class SessionStatus(StrEnum):
    CONFIRMED = "confirmed"
    TENTATIVE = "tentative"
    CANCELLED = "cancelled"


class Role(StrEnum):
    SPEAKER = "speaker"
    MODERATOR = "moderator"
    PANELIST = "panelist"
    VIP = "vip"
    INTERPRETER = "interpreter"
    CREW = "crew"
    HOST = "host"


class Presence(StrEnum):
    ON_SITE = "on_site"
    REMOTE = "remote"


class Attendance(StrEnum):
    """How a group relates to a session: it attends (hard) or would like to (soft)."""

    ATTENDS = "attends"
    INTERESTED = "interested"


class GroupKind(StrEnum):
    DELEGATION = "delegation"
    AUDIENCE = "audience"


class RelationKind(StrEnum):
    BEFORE = "before"  # first ends at least gap minutes before second starts
    SAME_TIME = "same_time"
    NOT_SAME_TIME = "not_same_time"
    SAME_DAY = "same_day"
    DIFFERENT_DAY = "different_day"


class WindowKind(StrEnum):
    """What a time window on a room, channel, person, group or resource means."""

    UNAVAILABLE = "unavailable"
    PREFERRED = "preferred"
    UNDESIRED = "undesired"
    CAPACITY = "capacity"


class SessionWindowKind(StrEnum):
    ALLOWED = "allowed"
    PREFERRED = "preferred"
    UNDESIRED = "undesired"
    PROHIBITED = "prohibited"


class PlaceRuleKind(StrEnum):
    """Where a session (or a person's sessions) may, should or should not go."""

    ALLOWED = "allowed"
    PREFERRED = "preferred"
    UNDESIRED = "undesired"
    PROHIBITED = "prohibited"


def values(enum: type[StrEnum]) -> tuple[str, ...]:
    return tuple(member.value for member in enum)
