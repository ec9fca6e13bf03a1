"""import-availability: busy times of an .ics file become a person's unavailable windows, in UTC."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from resources import sample_path
from scheduler import Project
from scheduler.cli import main
from scheduler.domain import models as m
from scheduler.errors import InputError, NotFound
from scheduler.interchange.availability_ics import import_availability
from scheduler.interchange.json_format import create_project_from_json

UTC = timezone.utc
PERSON = "chen-zhiyuan"  # no windows in the sample


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


def ics(*lines: str) -> str:
    return "\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", *lines,
                        "END:VCALENDAR", ""])


def vevent(uid: str, *lines: str) -> list[str]:
    return ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20210501T000000Z", *lines, "END:VEVENT"]


BUSY = ics(
    # Asia/Jakarta (UTC+7): 09:00-10:00 there is 02:00-03:00 UTC.
    *vevent("jakarta", "DTSTART;TZID=Asia/Jakarta:20210528T090000", "DTEND;TZID=Asia/Jakarta:20210528T100000"),
    # UTC, and one overlapping it: merged into 05:00-06:30.
    *vevent("utc", "DTSTART:20210528T050000Z", "DTEND:20210528T060000Z"),
    *vevent("utc-overlap", "DTSTART:20210528T053000Z", "DURATION:PT1H"),
    # Floating: read in the event's zone (Asia/Shanghai, UTC+8): 15:00-16:00 is 07:00-08:00 UTC.
    *vevent("floating", "DTSTART:20210528T150000", "DTEND:20210528T160000"),
    # All day on the 29th: that whole day in Shanghai.
    *vevent("all-day", "DTSTART;VALUE=DATE:20210529", "DTEND;VALUE=DATE:20210530"),
    # Transparent and cancelled events block nothing.
    *vevent("free", "DTSTART:20210528T100000Z", "DTEND:20210528T110000Z", "TRANSP:TRANSPARENT"),
    *vevent("off", "DTSTART:20210528T120000Z", "DTEND:20210528T130000Z", "STATUS:CANCELLED"),
    # Partly before the event's first day (which starts 2021-05-27 16:00 UTC): clipped.
    *vevent("early", "DTSTART:20210527T100000Z", "DTEND:20210527T180000Z"),
    # Entirely after the event: dropped.
    *vevent("later", "DTSTART:20210610T100000Z", "DTEND:20210610T110000Z"),
    "BEGIN:VFREEBUSY", "UID:fb", "DTSTAMP:20210501T000000Z",
    "DTSTART:20210530T000000Z", "DTEND:20210531T000000Z",
    "FREEBUSY;FBTYPE=BUSY:20210530T010000Z/PT1H",
    "FREEBUSY;FBTYPE=BUSY-TENTATIVE:20210530T020000Z/20210530T023000Z",
    "FREEBUSY;FBTYPE=FREE:20210530T040000Z/20210530T050000Z",
    "END:VFREEBUSY",
)

EXPECTED = [
    (utc(2021, 5, 27, 16), utc(2021, 5, 27, 18)),
    (utc(2021, 5, 28, 2), utc(2021, 5, 28, 3)),
    (utc(2021, 5, 28, 5), utc(2021, 5, 28, 6, 30)),
    (utc(2021, 5, 28, 7), utc(2021, 5, 28, 8)),
    (utc(2021, 5, 28, 16), utc(2021, 5, 29, 16)),
    (utc(2021, 5, 30, 1), utc(2021, 5, 30, 2, 30)),
]


@pytest.fixture
def project(tmp_path):
    """The small sample over three days (2021-05-28 to 30, Asia/Shanghai)."""
    with create_project_from_json(tmp_path / "small.slotwise", sample_path("small")) as p:
        p.update_event(day_count=3)
    p = Project.open(tmp_path / "small.slotwise")
    yield p
    p.close()


def windows(project, person_key: str = PERSON) -> list[tuple[datetime, datetime]]:
    person = project.get(m.Person, person_key)
    return sorted((w.start.astimezone(UTC), w.end.astimezone(UTC))
                  for w in project.all(m.Window, person_id=person.id, kind="unavailable"))


def write(tmp_path, text: str, name: str = "busy.ics"):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def test_busy_events_and_freebusy_become_windows_in_utc(project, tmp_path):
    before = windows(project)
    result = import_availability(project, PERSON, write(tmp_path, BUSY))
    assert sorted(set(windows(project)) - set(before)) == EXPECTED
    assert result.added == len(EXPECTED) and result.removed == 0
    for moment in windows(project):
        assert moment[0].tzinfo is not None


def test_the_english_name_names_the_person_too_and_a_second_import_adds_nothing(project, tmp_path):
    name = project.get(m.Person, PERSON).name_en
    path = write(tmp_path, BUSY)
    import_availability(project, name, path)
    once = windows(project)
    again = import_availability(project, PERSON, path)
    assert again.added == 0 and windows(project) == once


def test_overlapping_existing_windows_are_merged(project, tmp_path):
    person = project.get(m.Person, PERSON)
    project.add(m.Window(kind="unavailable", start=utc(2021, 5, 28, 2, 30), end=utc(2021, 5, 28, 4),
                         person_id=person.id))
    result = import_availability(project, PERSON, write(tmp_path, ics(
        *vevent("a", "DTSTART:20210528T020000Z", "DTEND:20210528T030000Z"))))
    assert (utc(2021, 5, 28, 2), utc(2021, 5, 28, 4)) in windows(project)
    assert (utc(2021, 5, 28, 2, 30), utc(2021, 5, 28, 4)) not in windows(project)
    assert result.added == 1 and result.removed == 1


@pytest.mark.parametrize("text, where", [
    ("this is not a calendar\r\n", "line 1"),
    (ics(*vevent("ok", "DTSTART:20210528T050000Z", "DTEND:20210528T060000Z"),
         *vevent("bad", "DTSTART:2021XX28T010000Z", "DTEND:20210528T020000Z")), "VEVENT 2 (UID bad), line 13"),
    (ics(*vevent("zone", "DTSTART;TZID=Mars/Olympus:20210528T090000",
                 "DTEND;TZID=Mars/Olympus:20210528T100000")), "VEVENT 1"),
    (ics(*vevent("backwards", "DTSTART:20210528T090000Z", "DTEND:20210528T080000Z")), "VEVENT 1"),
])
def test_a_broken_file_names_file_and_component_and_changes_nothing(project, tmp_path, text, where):
    before = windows(project)
    path = write(tmp_path, text, "broken.ics")
    with pytest.raises(InputError) as caught:
        import_availability(project, PERSON, path)
    assert "broken.ics" in str(caught.value) and where in str(caught.value)
    assert windows(project) == before


def test_unknown_person_is_an_error(project, tmp_path):
    with pytest.raises(NotFound, match="nobody-here"):
        import_availability(project, "nobody-here", write(tmp_path, BUSY))


def test_cli(project, tmp_path, capsys):
    path = write(tmp_path, BUSY)
    project.close()
    assert main(["import-availability", str(project.path), "--person", PERSON, str(path)]) == 0
    assert f"Added {len(EXPECTED)} unavailability window(s)" in capsys.readouterr().out
    assert main(["import-availability", str(project.path), "--person", "nobody", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("slotwise: error:") and "nobody" in err and err.count("\n") == 1
    broken = write(tmp_path, "garbage\r\n", "broken.ics")
    assert main(["import-availability", str(project.path), "--person", PERSON, str(broken)]) == 1
    assert "broken.ics" in capsys.readouterr().err
