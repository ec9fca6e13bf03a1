"""Which rooms and channels a place rule matches (docs/rules.md, "matches")."""

from __future__ import annotations

from ..problem import ChannelInfo, PlaceRuleInfo, RoomInfo

ROOM_TARGETS = frozenset({"city", "venue", "room", "room_tag"})
CHANNEL_TARGET = "channel"


def room_rules(rules: tuple[PlaceRuleInfo, ...], kind: str) -> list[PlaceRuleInfo]:
    return [r for r in rules if r.kind == kind and r.target in ROOM_TARGETS]


def channel_rules(rules: tuple[PlaceRuleInfo, ...], kind: str) -> list[PlaceRuleInfo]:
    return [r for r in rules if r.kind == kind and r.target == CHANNEL_TARGET]


def room_matches(rule: PlaceRuleInfo, room: RoomInfo) -> bool:
    """True when the rule's target is the room's city, venue, the room itself or one of its tags."""
    if rule.target == "city":
        return room.city == rule.value
    if rule.target == "venue":
        return room.venue == rule.value
    if rule.target == "room":
        return room.key == rule.value
    if rule.target == "room_tag":
        return rule.value in room.tags
    return False


def channel_matches(rule: PlaceRuleInfo, channel: ChannelInfo) -> bool:
    return rule.target == CHANNEL_TARGET and rule.value == channel.key
