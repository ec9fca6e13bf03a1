"""The agenda views' rows in words: one heading per day, then sessions and journeys.

Built from the core's dataclasses (``scheduler.agendas``) in the organiser's language; the
panel shows them and the export writes them, so both say the same. A journey is its own row
("Jinan → Tai'an, 75 min by road, leave 10:00, arrive 11:15"); a journey without time enough
and a session outside the audience's business hours say so in words, not only in colour.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from scheduler.agendas import Agenda, AgendaItem, OnlineItem, OnlineProgramme, TravelLeg

from .. import locale_format

CONTEXT = "AgendaRows"
MODES = {"road": QT_TRANSLATE_NOOP("AgendaRows", "by road"),
         "rail": QT_TRANSLATE_NOOP("AgendaRows", "by rail"),
         "air": QT_TRANSLATE_NOOP("AgendaRows", "by air"),
         "walk": QT_TRANSLATE_NOOP("AgendaRows", "on foot")}
ROLES = {"attends": QT_TRANSLATE_NOOP("AgendaRows", "attends"),
         "interested": QT_TRANSLATE_NOOP("AgendaRows", "optional (interested)")}
TRAVEL_MARK = "⇒"
SHORT_MARK = "⚠"
OUTSIDE_MARK = "☾"


@dataclass(frozen=True)
class Row:
    """One line of a day: a session (``session`` its key) or a journey (``cells`` one text)."""

    kind: str  # "session" or "leg"
    cells: tuple[str, ...]
    session: str = ""  # the session to select when the row is clicked
    alarm: bool = False  # a journey without time enough
    outside: bool = False  # outside the audience's business hours
    optional: bool = False
    tooltip: str = ""


@dataclass(frozen=True)
class Day:
    heading: str
    rows: tuple[Row, ...]


def agenda_columns(agenda: Agenda) -> tuple[str, ...]:
    home = ()
    if _shows_home(agenda):
        home = (QCoreApplication.translate("AgendaRows", "Home time ({zone})").format(
            zone=agenda.home_zone),)
    last = (QCoreApplication.translate("AgendaRows", "Role") if agenda.kind == "person"
            else QCoreApplication.translate("AgendaRows", "Attendance"))
    return (QCoreApplication.translate("AgendaRows", "Time ({zone})").format(
                zone=agenda.event_zone),
            *home, QCoreApplication.translate("AgendaRows", "Session"), last,
            QCoreApplication.translate("AgendaRows", "Place / channel"))


def agenda_days(agenda: Agenda, event_days, language: str) -> tuple[Day, ...]:
    """The rows of each event day; ``event_days`` the event's dates by index."""
    home = _shows_home(agenda)
    out = []
    for index, rows in agenda.days().items():
        heading = (locale_format.day_text(event_days[index]) if 0 <= index < len(event_days)
                   else QCoreApplication.translate("AgendaRows", "Outside the event's days"))
        out.append(Day(heading, tuple(_leg_row(r, language) if isinstance(r, TravelLeg)
                                      else _item_row(r, home, language) for r in rows)))
    return tuple(out)


def _shows_home(agenda: Agenda) -> bool:
    return (agenda.kind == "person" and bool(agenda.home_zone)
            and agenda.home_zone != agenda.event_zone)


def _item_row(item: AgendaItem, home: bool, language: str) -> Row:
    times = [item.event_time.text]
    if home:
        times.append(item.home_time.text if item.home_time else item.event_time.text)
    role = (QCoreApplication.translate(CONTEXT, ROLES[item.role]) if item.role in ROLES
            else item.role.replace("_", " "))
    if item.presence == "remote":
        role = QCoreApplication.translate("AgendaRows", "{role} (remote)").format(role=role)
    elif item.presence == "online":
        role = QCoreApplication.translate("AgendaRows", "{role} (online)").format(role=role)
    place = item.place.words(language) or QCoreApplication.translate("AgendaRows", "no place")
    return Row("session", (*times, item.title.pick(language), role, place), item.session,
               optional=item.optional, tooltip=_other_title(item.title, language))


def _other_title(title, language: str) -> str:
    """The title in the other language, if the data has it in both."""
    other = title.pick("en" if language == "zh" else "zh")
    return other if other != title.pick(language) else ""


def _leg_row(leg: TravelLeg, language: str) -> Row:
    mode = QCoreApplication.translate(CONTEXT, MODES[leg.mode]) if leg.mode in MODES else leg.mode
    text = QCoreApplication.translate(
        "AgendaRows",
        "{mark} Travel {start} → {end}, {minutes} min {mode}, leave {leave}, arrive {arrive}"
    ).format(mark=TRAVEL_MARK, start=leg.from_name.pick(language), end=leg.to_name.pick(language),
             minutes=leg.minutes, mode=mode, leave=locale_format.clock(leg.leave_time.start),
             arrive=_arrival(leg))
    if leg.short:
        text += "   " + QCoreApplication.translate(
            "AgendaRows", "{mark} too short: {gap} min between the sessions, the journey takes "
                          "{minutes} min").format(mark=SHORT_MARK, gap=leg.gap, minutes=leg.minutes)
    if leg.optional:
        text += "   " + QCoreApplication.translate("AgendaRows", "(to or from an optional session)")
    return Row("leg", (text,), leg.before, alarm=leg.short, optional=leg.optional)


def _arrival(leg: TravelLeg) -> str:
    arrive = locale_format.clock(leg.leave_time.end)
    if not leg.leave_time.crosses_midnight:
        return arrive
    return QCoreApplication.translate("AgendaRows", "{clock} (+{days})").format(
        clock=arrive, days=leg.leave_time.days_later)


def online_columns(programme: OnlineProgramme, event_zone: str) -> tuple[str, ...]:
    return (QCoreApplication.translate("AgendaRows", "Time ({zone})").format(zone=programme.zone),
            QCoreApplication.translate("AgendaRows", "Business hours"),
            QCoreApplication.translate("AgendaRows", "Event time ({zone})").format(zone=event_zone),
            QCoreApplication.translate("AgendaRows", "Session"),
            QCoreApplication.translate("AgendaRows", "Channel"))


def online_days(programme: OnlineProgramme, language: str) -> tuple[Day, ...]:
    """The sessions by the local date they start on."""
    opens, closes = (locale_format.clock(t) for t in programme.business_hours)
    out = []
    for day, items in programme.dates().items():
        rows = tuple(_online_row(item, opens, closes, language) for item in items)
        out.append(Day(locale_format.day_text(day), rows))
    return tuple(out)


def _online_row(item: OnlineItem, opens: str, closes: str, language: str) -> Row:
    if item.outside_hours:
        note = QCoreApplication.translate("AgendaRows", "{mark} outside {opens}–{closes}").format(
            mark=OUTSIDE_MARK, opens=opens, closes=closes)
    else:
        note = QCoreApplication.translate("AgendaRows", "within")
    channel = item.place.channel_name.pick(language) or item.place.words(language)
    return Row("session", (item.local.text, note, item.event_time.text, item.title.pick(language),
                           channel), item.session,
               outside=item.outside_hours, tooltip=_other_title(item.title, language))
