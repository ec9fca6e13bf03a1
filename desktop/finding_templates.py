"""The translatable sentence of every finding shape and explanation requirement.

One template per ``wording`` id of the validator (scheduler/validator/wording.py) and of the
solver's explanations (scheduler/solver/conflict_words.py), with the same ``{names}`` as the
core's English template. The sources are English for the translator; the English window shows
the core's own message, so these are only ever shown translated (desktop/finding_words.py).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP


FINDINGS = {
    "scheduled_once.missing": QT_TRANSLATE_NOOP("Findings", "{session} is not scheduled"),
    "scheduled_once.unknown": QT_TRANSLATE_NOOP(
        "Findings",
        "The schedule places {session}, which is not a session of the event (cancelled or deleted?)"),
    "scheduled_once.other": QT_TRANSLATE_NOOP(
        "Findings", "The placement of {session} names another session, '{other}'"),
    "place_matches_mode.wrong": QT_TRANSLATE_NOOP("Findings", "{session} is {mode} but {faults}"),
    "room_suitable.unknown": QT_TRANSLATE_NOOP(
        "Findings", "{session} is in {room}, which is not in the event"),
    "room_suitable.seats": QT_TRANSLATE_NOOP(
        "Findings", "{session} ({expected} expected on site) is in {room} ({seats} seats)"),
    "room_suitable.features": QT_TRANSLATE_NOOP(
        "Findings", "{session} needs {features}, which {room} does not have"),
    "room_suitable.only": QT_TRANSLATE_NOOP("Findings", "{session} may only be in {places}, not in {room}"),
    "room_suitable.person_only": QT_TRANSLATE_NOOP(
        "Findings", "{person} (on site at {session}) may only be in {places}, not in {room}"),
    "room_suitable.not": QT_TRANSLATE_NOOP("Findings", "{session} must not be in {target}, but is in {room}"),
    "room_suitable.person_not": QT_TRANSLATE_NOOP(
        "Findings", "{person} (on site at {session}) must not be in {target}, but is in {room}"),
    "channel_suitable.unknown": QT_TRANSLATE_NOOP(
        "Findings", "{session} is on {channel}, which is not in the event"),
    "channel_suitable.capacity": QT_TRANSLATE_NOOP(
        "Findings", "{session} ({expected} expected online) is on {channel} ({capacity} viewers)"),
    "channel_suitable.only": QT_TRANSLATE_NOOP(
        "Findings", "{session} may only be on {channels}, not on {channel}"),
    "channel_suitable.not": QT_TRANSLATE_NOOP("Findings", "{session} must not be on {channel}"),
    "within_hours.grid": QT_TRANSLATE_NOOP(
        "Findings", "{session} starts at {start}, off the {grid}-minute grid"),
    "within_hours.hours": QT_TRANSLATE_NOOP(
        "Findings", "{session} at {span} is outside the daily hours ({opens}–{closes})"),
    "within_hours.no_day": QT_TRANSLATE_NOOP(
        "Findings", "{session} at {span} is outside the daily hours (not on a day of the event)"),
    "within_hours.days": QT_TRANSLATE_NOOP("Findings", "{session} is on {day}, but may only be on {days}"),
    "within_hours.no_days": QT_TRANSLATE_NOOP(
        "Findings", "{session} is on {day}, but may be on no day of the event"),
    "within_hours.allowed": QT_TRANSLATE_NOOP(
        "Findings", "{session} at {span} is outside its allowed times ({windows})"),
    "within_hours.excluded": QT_TRANSLATE_NOOP(
        "Findings", "{session} at {span} overlaps its excluded time {window}"),
    "availability.unavailable": QT_TRANSLATE_NOOP(
        "Findings", "{owner} is unavailable {window}, but {session} is at {span}"),
    "pin.room": QT_TRANSLATE_NOOP("Findings", "{session} is pinned to {room} but is in {place}"),
    "pin.channel": QT_TRANSLATE_NOOP("Findings", "{session} is pinned to {channel} but is on {place}"),
    "pin.start": QT_TRANSLATE_NOOP("Findings", "{session} is pinned to start {pinned_start} but starts {start}"),
    "frozen.left_out": QT_TRANSLATE_NOOP("Findings", "{session} had already started ({start}) but is left out"),
    "frozen.moved": QT_TRANSLATE_NOOP(
        "Findings", "{session} had already started ({start}, {place}) but is moved to {new_start}, {new_place}"),
    "frozen.early": QT_TRANSLATE_NOOP("Findings", "{session} starts {start}, before now ({now})"),
    "room_overlap.overlap": QT_TRANSLATE_NOOP(
        "Findings", "{first} ({first_span}) and {second} ({second_span}) overlap in {room}"),
    "room_overlap.changeover": QT_TRANSLATE_NOOP(
        "Findings", "{room} needs {changeover} minutes to change over between {first} (ends {first_end}) "
                    "and {second} (starts {second_start}); there are {gap}"),
    "channel_overlap.overlap": QT_TRANSLATE_NOOP(
        "Findings", "{first} ({first_span}) and {second} ({second_span}) overlap in {channel}"),
    "channel_overlap.changeover": QT_TRANSLATE_NOOP(
        "Findings", "{channel} needs {changeover} minutes to change over between {first} (ends "
                    "{first_end}) and {second} (starts {second_start}); there are {gap}"),
    "person_overlap.both": QT_TRANSLATE_NOOP(
        "Findings", "{who}: in both {first} ({first_span}) and {second} ({second_span}), which overlap"),
    "group_overlap.both": QT_TRANSLATE_NOOP(
        "Findings", "{who} (group): in both {first} ({first_span}) and {second} ({second_span}), which overlap"),
    "travel_time.journey": QT_TRANSLATE_NOOP(
        "Findings", "{who} cannot get from {first} in {first_city} (ends {first_end}) to {second} in "
                    "{second_city} (starts {second_start}): the journey takes {travel} minutes"),
    "relation.before": QT_TRANSLATE_NOOP(
        "Findings", "{first} must end before {second} starts, but it ends {first_end} and {second} starts "
                    "{second_start}"),
    "relation.before_gap": QT_TRANSLATE_NOOP(
        "Findings", "{first} must end at least {gap} minutes before {second} starts, but it ends "
                    "{first_end} and {second} starts {second_start}"),
    "relation.same_time": QT_TRANSLATE_NOOP(
        "Findings", "{first} and {second} must start together, but start {first_start} and {second_start}"),
    "relation.not_same_time": QT_TRANSLATE_NOOP(
        "Findings", "{first} ({first_span}) and {second} ({second_span}) must not overlap"),
    "relation.same_day": QT_TRANSLATE_NOOP(
        "Findings", "{first} ({first_day}) and {second} ({second_day}) must be on the same day"),
    "relation.different_day": QT_TRANSLATE_NOOP(
        "Findings", "{first} and {second} must be on different days, but both are on {day}"),
    "resource_capacity.none": QT_TRANSLATE_NOOP(
        "Findings", "{sessions} need {need} of {resource} {span}, but none is available"),
    "resource_capacity.some": QT_TRANSLATE_NOOP(
        "Findings", "{sessions} need {need} of {resource} {span}, but only {limit} available"),
    "optional_left_out.left_out": QT_TRANSLATE_NOOP("Findings", "Optional session {session} is left out"),
    "stability.times": QT_TRANSLATE_NOOP("Findings", "{session} moved from {before} to {after}"),
    "stability.rooms": QT_TRANSLATE_NOOP(
        "Findings", "{session} moved from {room_before} ({city_before}) to {room_after} ({city_after})"),
    "stability.channels": QT_TRANSLATE_NOOP(
        "Findings", "{session} moved from {channel_before} to {channel_after}"),
    "track_parallel.parallel": QT_TRANSLATE_NOOP(
        "Findings", "{first} ({first_span}) runs in parallel with {second} ({second_span}) of the same "
                    "track '{track}'"),
    "group_interest_parallel.both": QT_TRANSLATE_NOOP(
        "Findings", "{group} would like to be at both {first} and {second}, which overlap ({span})"),
    "room_fit.empty": QT_TRANSLATE_NOOP(
        "Findings", "{session} ({expected} expected on site) leaves {empty} of {seats} seats empty in {room}"),
    "preferred_place.room": QT_TRANSLATE_NOOP(
        "Findings", "{session} would rather be in {places}, but is in {place}"),
    "preferred_place.person_room": QT_TRANSLATE_NOOP(
        "Findings", "{person} (on site at {session}) would rather be in {places}, but is in {place}"),
    "preferred_place.channel": QT_TRANSLATE_NOOP(
        "Findings", "{session} would rather be on {channels}, but is in {place}"),
    "undesired_place.room": QT_TRANSLATE_NOOP(
        "Findings", "{session} would rather not be in {target}, but is in {place}"),
    "undesired_place.person_room": QT_TRANSLATE_NOOP(
        "Findings", "{person} (on site at {session}) would rather not be in {target}, but is in {place}"),
    "idle_gap.waits": QT_TRANSLATE_NOOP(
        "Findings", "{owner} waits {idle} minutes between sessions on {day} ({sessions})"),
    "city_change.cities": QT_TRANSLATE_NOOP("Findings", "{owner} goes to {count} cities on {day}: {by_city}"),
    "days_spread.spread": QT_TRANSLATE_NOOP(
        "Findings", "The sessions of {owner} ({sessions}) are spread over {used} days; {needed} would do"),
    "tag_overlap.overlap": QT_TRANSLATE_NOOP(
        "Findings", "{first} and {second} share {shared} {category} tag(s) and overlap ({span})"),
    "tag_same_day.days": QT_TRANSLATE_NOOP(
        "Findings", "{first} and {second} share {shared} {category} tag(s) but are on different days"),
    "tag_same_room.rooms": QT_TRANSLATE_NOOP(
        "Findings", "{first} and {second} share {shared} {category} tag(s) but are in {first_room} and "
                    "{second_room} on the same day"),
    "level_flow.order": QT_TRANSLATE_NOOP(
        "Findings", "{first} (level {first_level}) ends after {second} (level {second_level}) starts; they "
                    "share {shared} {category} tag(s)"),
    "popular_large_room.smaller": QT_TRANSLATE_NOOP(
        "Findings", "{first} (popularity {first_popularity}) is in {first_room} ({first_seats} seats), "
                    "smaller than {second_room} ({second_seats} seats) of the less popular {second}"),
    "audience_hours.outside": QT_TRANSLATE_NOOP(
        "Findings", "{session} ({span}) runs {minutes} minute(s) outside {hours} for its audience in {zone}"),
    "remote_speaker_hours.outside": QT_TRANSLATE_NOOP(
        "Findings", "{person} joins {session} remotely {minutes} minute(s) outside {hours} at home ({zone})"),
    "session_preferred_time.outside": QT_TRANSLATE_NOOP(
        "Findings", "{session} ({span}) runs {minutes} minute(s) outside its preferred times"),
    "session_undesired_time.inside": QT_TRANSLATE_NOOP(
        "Findings", "{session} ({span}) runs {minutes} minute(s) in its undesired times"),
    "person_preferred_time.outside": QT_TRANSLATE_NOOP(
        "Findings", "{session} ({span}) runs {minutes} minute(s) outside the preferred times of {person}"),
    "person_undesired_time.inside": QT_TRANSLATE_NOOP(
        "Findings", "{session} ({span}) runs {minutes} minute(s) in the undesired times of {person}"),
}

CONFLICTS = {  # the requirements of an infeasibility explanation
    "scheduled_once.required": QT_TRANSLATE_NOOP("Conflicts", "{session} must be scheduled"),
    "room_overlap.one_at_a_time": QT_TRANSLATE_NOOP("Conflicts", "{room} holds one session at a time"),
    "channel_overlap.one_at_a_time": QT_TRANSLATE_NOOP("Conflicts", "{channel} streams one session at a time"),
    "person_overlap.one_at_a_time": QT_TRANSLATE_NOOP("Conflicts", "{person} can be in one session at a time"),
    "group_overlap.one_at_a_time": QT_TRANSLATE_NOOP("Conflicts", "{group} can be in one session at a time"),
    "travel_time.needs_time": QT_TRANSLATE_NOOP("Conflicts", "{owner} needs time to travel between cities"),
    "relation.before": QT_TRANSLATE_NOOP("Conflicts", "{first} ends at least {gap} min before {second} starts"),
    "relation.same_time": QT_TRANSLATE_NOOP("Conflicts", "{first} and {second} start at the same time"),
    "relation.not_same_time": QT_TRANSLATE_NOOP("Conflicts", "{first} and {second} do not overlap"),
    "relation.same_day": QT_TRANSLATE_NOOP("Conflicts", "{first} and {second} are on the same day"),
    "relation.different_day": QT_TRANSLATE_NOOP("Conflicts", "{first} and {second} are on different days"),
    "resource_capacity.at_most": QT_TRANSLATE_NOOP("Conflicts", "{resource}: at most {capacity} at once"),
    "frozen.stays": QT_TRANSLATE_NOOP("Conflicts", "{session} has started and stays where it is"),
    "frozen.past": QT_TRANSLATE_NOOP("Conflicts", "{session} cannot start in the past"),
    "frozen.room": QT_TRANSLATE_NOOP("Conflicts", "{session} has started in its room"),
    "frozen.channel": QT_TRANSLATE_NOOP("Conflicts", "{session} has started in its channel"),
    "within_hours.windows": QT_TRANSLATE_NOOP(
        "Conflicts", "{session} must be within its allowed days and windows"),
    "availability.at_times": QT_TRANSLATE_NOOP("Conflicts", "{owner} is unavailable at times"),
    "pin.start": QT_TRANSLATE_NOOP("Conflicts", "{session} is pinned to its start time"),
    "pin.room": QT_TRANSLATE_NOOP("Conflicts", "{session} is pinned to its room"),
    "pin.channel": QT_TRANSLATE_NOOP("Conflicts", "{session} is pinned to its channel"),
    "room_suitable.needs": QT_TRANSLATE_NOOP("Conflicts", "{session} needs a room with {needs}"),
    "room_suitable.needs_in": QT_TRANSLATE_NOOP(
        "Conflicts", "{session} needs a room with {needs} in its allowed places ({places})"),
    "channel_suitable.needs": QT_TRANSLATE_NOOP("Conflicts", "{session} needs a channel for {viewers} viewers"),
    "channel_suitable.needs_allowed": QT_TRANSLATE_NOOP(
        "Conflicts", "{session} needs a channel for {viewers} viewers among its allowed channels"),
}

FAULTS = {  # what is wrong with a placement for the session's delivery mode
    "in_room": QT_TRANSLATE_NOOP("Findings", "is in {room}"),
    "no_room": QT_TRANSLATE_NOOP("Findings", "has no room"),
    "on_channel": QT_TRANSLATE_NOOP("Findings", "is on {channel}"),
    "no_channel": QT_TRANSLATE_NOOP("Findings", "has no online channel"),
}

TARGETS = {  # what a place rule names
    "city": QT_TRANSLATE_NOOP("Findings", "city {name}"),
    "venue": QT_TRANSLATE_NOOP("Findings", "venue {name}"),
    "room_tag": QT_TRANSLATE_NOOP("Findings", "rooms tagged '{name}'"),
}
