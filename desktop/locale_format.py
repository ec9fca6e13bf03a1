"""Days, date ranges and clock times in the organiser's language.

Every function takes an optional QLocale; without one it uses the default locale, which
``desktop.translations.install`` sets with the language (English as in Britain, or Simplified
Chinese). Clocks are 24-hour in both: a programme is read in the event's own time.

    day_text(date(2021, 5, 28))          'Fri 28 May'        '5月28日 周五'
    date_text(date(2021, 5, 28))         '28 May 2021'       '2021年5月28日'
    date_range(first, last)              '28–29 May 2021'    '2021年5月28日–29日'
    clock(time(9, 5))                    '09:05'             '09:05'
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QLocale, QTime

# (day, date, day and month, month) patterns of QLocale.toString, by the locale's language
PATTERNS = {
    QLocale.Language.Chinese: ("M月d日 ddd", "yyyy年M月d日", "M月d日", "d日"),
    None: ("ddd d MMM", "d MMMM yyyy", "d MMMM", "d"),
}


def _patterns(locale: QLocale) -> tuple[str, str, str, str]:
    return PATTERNS.get(locale.language(), PATTERNS[None])


def _qdate(day: date | datetime) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_text(day: date | datetime, locale: QLocale | None = None) -> str:
    """A day of the programme, short: weekday, day and month."""
    locale = locale or QLocale()
    return locale.toString(_qdate(day), _patterns(locale)[0])


def date_text(day: date | datetime, locale: QLocale | None = None) -> str:
    """A date in full: day, month and year."""
    locale = locale or QLocale()
    return locale.toString(_qdate(day), _patterns(locale)[1])


def date_range(first: date, last: date, locale: QLocale | None = None) -> str:
    """The days of an event, the year (and month) said once where both ends share it."""
    locale = locale or QLocale()
    if first == last:
        return date_text(first, locale)
    _, full, day_month, day_only = _patterns(locale)
    chinese = locale.language() == QLocale.Language.Chinese
    if chinese or first.year != last.year:
        start = date_text(first, locale)
    else:
        start = locale.toString(_qdate(first), day_only if first.month == last.month else day_month)
    if chinese:
        end = locale.toString(_qdate(last), full if first.year != last.year
                              else day_only if first.month == last.month else day_month)
        return f"{start}–{end}"
    spaced = first.month != last.month or first.year != last.year
    return f"{start} – {date_text(last, locale)}" if spaced else f"{start}–{date_text(last, locale)}"


def weekday(day: date | datetime, locale: QLocale | None = None) -> str:
    """The day of the week, short ("Fri" / "周五")."""
    locale = locale or QLocale()
    return locale.toString(_qdate(day), "ddd")


def clock(moment: time | datetime, locale: QLocale | None = None) -> str:
    """A time of day, 24-hour ("09:05")."""
    locale = locale or QLocale()
    return locale.toString(QTime(moment.hour, moment.minute), "HH:mm")


def moment_text(moment: datetime, locale: QLocale | None = None) -> str:
    """A day and a time ("Fri 28 May 09:05"); the caller puts it in the event's zone first."""
    return f"{day_text(moment, locale)} {clock(moment, locale)}"
