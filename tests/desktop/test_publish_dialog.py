"""The Publish dialog: preview, note, hard-rule warning, export to a folder, push to a real
Radicale server on 127.0.0.1, errors in words, cancel, and a GUI thread that keeps ticking.

Every test works on its own copy of the small sample with a schedule the validator passes;
hand moves go through the window's editor, as a drag would.
"""

from __future__ import annotations

import shutil
from datetime import datetime, time
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import QElapsedTimer, QTimer

from desktop import settings as prefs
from desktop.publishing import open_publish_dialog
from desktop.publishing.destinations import LABEL
from desktop.publishing.dialog import PublishDialog
from desktop.publishing.job import EXPORT
from resources import sample_path
from scheduler import Project
from scheduler.domain import models as m
from scheduler.eventtime import at, zone
from scheduler.interchange.json_format import create_project_from_json
from scheduler.publishing import publish, versions
from scheduler.publishing.ics import uid_of
from scheduler.snapshot import save_schedule, snapshot
from scheduler.validator import validate
import desktop_kit as kit
from small_schedule import SMALL_SCHEDULE, small_schedule

MOVED = "sme-finance-panel"  # 12:00 -> 13:00 in Meeting Room 201; its speaker is Chen Zhiyuan
SPEAKER = "chen-zhiyuan"
USER = "organiser"
WRONG = "Not-The-Password-7731"


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    path = tmp_path_factory.mktemp("publish") / "small.slotwise"
    with create_project_from_json(path, sample_path("small")) as project:
        problem = snapshot(project)
        schedule = small_schedule()
        assert validate(problem, schedule).is_feasible
        save_schedule(project, problem, schedule)
    return path


@pytest.fixture(autouse=True)
def own_settings(qapp, tmp_path):
    with kit.settings_in(qapp, tmp_path / "settings", "publish-tests") as folder:
        yield folder


@pytest.fixture
def path(template, tmp_path):
    copy = tmp_path / "small.slotwise"
    shutil.copy(template, copy)
    return copy


def published_once(path) -> None:
    with Project.open(path) as project:
        publish(project, "Programme v1")


def local(project, hour: int, minute: int = 0) -> datetime:
    event = project.event()
    return at(event.start_date, time(hour, minute), event.timezone)


def move_by_hand(qtbot, window, key=MOVED, hour=13, room="sicec-room-201", channel=None):
    """The move a drag makes: one undo step through the window's editor."""
    assert window.editor.place_session(key, local(window.project, hour), room, channel)
    kit.wait_for_findings(qtbot, window)


def open_dialog(qtbot, window) -> PublishDialog:
    kit.wait_for_findings(qtbot, window)
    dialog = open_publish_dialog(window)
    assert isinstance(dialog, PublishDialog)
    qtbot.waitExposed(dialog)
    assert not dialog.publish_button.isEnabled()  # the preview is read in the background
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=30_000)
    return dialog


def run(qtbot, dialog, timeout=120_000):
    with qtbot.waitSignal(dialog.finished_work, timeout=timeout) as blocker:
        assert dialog.start() is not None
    return blocker.args[0]


def version_count(path) -> int:
    with Project.open(path) as project:
        return len(versions(project))


# -- the menu ------------------------------------------------------------------------------------


def test_schedule_menu_has_publish_with_ctrl_shift_p(qtbot, path):
    window = kit.open_window(qtbot, path)
    action = window.publish_action
    assert action in window.menus["schedule"].actions()
    assert action.shortcut().toString() == "Ctrl+Shift+P" and action.isEnabled()
    kit.wait_for_findings(qtbot, window)
    action.trigger()
    dialog = window.findChild(PublishDialog)
    assert dialog is not None and dialog.isVisible()
    empty = kit.open_window(qtbot)
    assert not empty.publish_action.isEnabled()


# -- what changes --------------------------------------------------------------------------------


def test_preview_shows_the_hand_move_before_and_after_and_who_must_be_told(qtbot, path):
    published_once(path)
    window = kit.open_window(qtbot, path)
    move_by_hand(qtbot, window)
    assert window.state.validation.is_feasible
    dialog = open_dialog(qtbot, window)
    title = window.project.get(m.Session, MOVED).title_en
    speaker = window.project.get(m.Person, SPEAKER).name_en
    assert "Version 2 will be published" in dialog.headline.text()
    changes = dialog.changes.toPlainText()
    assert "Moved or changed (1)" in changes and title in changes
    assert "12:00–13:00 → 13:00–14:00" in changes
    told = dialog.affected.toPlainText()
    assert speaker in told and "(speaker)" in told and "12:00–13:00 → 13:00–14:00" in told
    assert "Meeting Room 201" in told and "Rooms (1)" in told
    # A note is required; then it can go.
    assert not dialog.publish_button.isEnabled()
    assert "note" in dialog.why.text()
    dialog.note.setText("Programme v2 — finance panel after lunch")
    assert dialog.publish_button.isEnabled() and dialog.publish_button.text() == "Publish version 2"


def test_first_publication_says_so_and_counts_the_sessions(qtbot, path):
    window = kit.open_window(qtbot, path)
    dialog = open_dialog(qtbot, window)
    assert "First publication: version 1 will hold 10 sessions (10 scheduled)" in dialog.headline.text()
    changes = dialog.changes.toPlainText()
    assert "New (10)" in changes
    for key in SMALL_SCHEDULE:
        assert window.project.get(m.Session, key).title_en in changes
    dialog.note.setText("Programme v1")
    outcome = run(qtbot, dialog)
    assert outcome.published and outcome.version == 1 and version_count(path) == 1
    assert "Version 1 is published" in dialog.result.headline.text()


def test_nothing_changed_offers_only_to_send_the_last_version_again(qtbot, path, tmp_path):
    published_once(path)
    window = kit.open_window(qtbot, path)
    dialog = open_dialog(qtbot, window)
    assert "Nothing changed since version 1" in dialog.headline.text()
    assert dialog.publish_button.text() == "Send version 1 again"
    assert not dialog.publish_button.isEnabled() and not dialog.note.isEnabled()
    folder = tmp_path / "feeds"
    dialog.destinations.export_check.setChecked(True)
    dialog.destinations.folder.setText(str(folder))
    assert dialog.publish_button.isEnabled()
    outcome = run(qtbot, dialog)
    assert not outcome.published and outcome.version == 1
    assert version_count(path) == 1  # no new version
    assert (folder / "programme.ics").is_file()
    assert "No new version: version 1 was sent again" in dialog.result.headline.text()


def test_hard_rule_violations_block_publishing_until_ticked(qtbot, path):
    published_once(path)
    window = kit.open_window(qtbot, path)
    # The keynote into the RCEP forum's hall and time: two sessions in one room.
    move_by_hand(qtbot, window, "keynote", hour=10, room="sicec-main-hall", channel="livestream-main")
    move_by_hand(qtbot, window, "rcep-forum", hour=10, room="sicec-main-hall",
                 channel="livestream-main")
    assert not window.state.validation.is_feasible
    dialog = open_dialog(qtbot, window)
    dialog.note.setText("v2")
    assert dialog.warning_box.isVisible()
    assert "breaks" in dialog.warning.text() and "hard rule" in dialog.warning.text()
    assert not dialog.publish_button.isEnabled() and "Publish anyway" in dialog.why.text()
    dialog.anyway.setChecked(True)
    assert dialog.publish_button.isEnabled()
    assert run(qtbot, dialog).published and version_count(path) == 2


# -- export --------------------------------------------------------------------------------------


def test_export_writes_feeds_that_parse_with_the_moved_session_at_its_new_time(qtbot, path, tmp_path):
    published_once(path)
    window = kit.open_window(qtbot, path)
    move_by_hand(qtbot, window)
    dialog = open_dialog(qtbot, window)
    folder = tmp_path / "feeds"
    dialog.note.setText("Programme v2")
    dialog.destinations.export_check.setChecked(True)
    dialog.destinations.folder.setText(str(folder))
    outcome = run(qtbot, dialog)
    assert outcome.published and outcome.version == 2 and outcome.export_error is None
    assert version_count(path) == 2
    uid = uid_of(window.project.get(m.Session, MOVED).uid)
    tz = zone(window.project.event().timezone)
    for name in ("programme.ics", f"person-{SPEAKER}.ics", "room-sicec-room-201.ics"):
        events = {str(e["UID"]): e for e in Calendar.from_ical((folder / name).read_bytes()).walk("VEVENT")}
        moved = events[uid]
        assert moved.decoded("DTSTART").astimezone(tz).time() == time(13, 0), name
        assert moved["SEQUENCE"] == 1
    assert len(outcome.files) == len(list(folder.glob("*.ics"))) + 1  # and index.json
    result = dialog.result
    assert "Version 2 is published" in result.headline.text()
    assert f"Wrote {len(outcome.files) - 1} calendar feeds" in result.export_text.text()
    assert result.open_folder_button.isVisible() and result.folder == folder
    # The window read the project again: the published schedule now has the move.
    assert window.state.previous[MOVED].start == 13 * 60
    assert prefs.publish_targets()["folder"] == str(folder)


def test_cancel_after_freezing_keeps_the_version_and_writes_no_feeds(qtbot, path, tmp_path):
    published_once(path)
    window = kit.open_window(qtbot, path)
    move_by_hand(qtbot, window)
    dialog = open_dialog(qtbot, window)
    folder = tmp_path / "feeds"
    dialog.note.setText("v2")
    dialog.destinations.export_check.setChecked(True)
    dialog.destinations.folder.setText(str(folder))
    with qtbot.waitSignal(dialog.finished_work, timeout=60_000) as blocker:
        dialog.start()
        dialog.cancel()  # while the version is being frozen: that is kept
    outcome = blocker.args[0]
    assert outcome.published and outcome.cancelled_at == EXPORT and not outcome.files
    assert version_count(path) == 2
    assert not folder.exists() or not any(folder.iterdir())
    assert "Cancelled" in dialog.result.export_text.text()


# -- push ----------------------------------------------------------------------------------------

caldav = pytest.importorskip("caldav")
pytest.importorskip("radicale")

from caldav_server import free_port, radicale_server  # noqa: E402


@pytest.fixture
def radicale(tmp_path):
    with radicale_server(tmp_path / "radicale") as base:
        yield f"{base}/{USER}/"


def aim_at(dialog, url, feeds=("programme",), user=USER, password="") -> None:
    where = dialog.destinations
    where.push_check.setChecked(True)
    where.url.setText(url)
    where.user.setText(user)
    where.password.setText(password)
    where.feeds.choose(feeds)


def content(ev) -> tuple:
    """What a calendar shows of an event (not its DTSTAMP, which every new version renews)."""
    return (ev["SEQUENCE"], ev.decoded("DTSTART"), ev.decoded("DTEND"), str(ev["STATUS"]),
            str(ev.get("LOCATION", "")), str(ev["SUMMARY"]))


def held(url: str, collection: str) -> dict:
    """The server's events of one calendar, by UID."""
    client = caldav.DAVClient(url=url, require_tls=False)
    calendar = caldav.Calendar(client=client, url=f"{url}{collection}/")
    out = {}
    for obj in calendar.search(event=True):
        for ev in Calendar.from_ical(obj.data).walk("VEVENT"):
            out[str(ev["UID"])] = ev
    return out


def test_push_creates_the_calendars_and_a_second_publish_updates_exactly_the_moved_event(
        qtbot, path, radicale):
    window = kit.open_window(qtbot, path)
    dialog = open_dialog(qtbot, window)
    person = f"person:{SPEAKER}"
    dialog.note.setText("Programme v1")
    aim_at(dialog, radicale, ("programme", person))
    first = run(qtbot, dialog)
    assert first.push_error is None
    assert [(r.feed, r.created, r.put, r.unchanged) for r in first.reports] == \
        [("programme", True, 10, 0), (person, True, 1, 0)]
    assert dialog.result.push_table.rowCount() == 2
    dialog.close()
    before = {c: {uid: content(ev) for uid, ev in held(radicale, c).items()}
              for c in ("programme", f"person-{SPEAKER}")}

    move_by_hand(qtbot, window)
    dialog = open_dialog(qtbot, window)
    assert dialog.destinations.url.text() == radicale  # remembered; the password is not
    dialog.note.setText("Programme v2")
    aim_at(dialog, radicale, ("programme", person))
    second = run(qtbot, dialog)
    # Every object carries its version's DTSTAMP (to the second), so a version published a
    # second or more later writes each object again; in content only the moved session
    # changed: a new time and SEQUENCE 1.
    assert [(r.feed, r.created, r.put + r.unchanged, r.deleted) for r in second.reports] == \
        [("programme", False, 10, []), (person, False, 1, [])]
    assert all(r.put >= 1 for r in second.reports)  # the moved one, at least
    uid = uid_of(window.project.get(m.Session, MOVED).uid)
    tz = zone(window.project.event().timezone)
    for collection, old in before.items():
        now = {key: content(ev) for key, ev in held(radicale, collection).items()}
        assert set(now) == set(old)
        assert {key for key in now if now[key] != old[key]} == {uid}, collection
        moved = held(radicale, collection)[uid]
        assert moved.decoded("DTSTART").astimezone(tz).time() == time(13, 0)
        assert moved["SEQUENCE"] == 1
    table = dialog.result.push_table
    programme = second.reports[0]
    assert [table.item(0, c).text() for c in range(5)] == \
        ["programme", "no", str(programme.put), str(programme.unchanged), "0"]


def test_a_wrong_password_is_said_in_words_and_the_version_stays_published(qtbot, path, tmp_path):
    window = kit.open_window(qtbot, path)
    with radicale_server(tmp_path / "guarded", users={USER: "right"}) as base:
        dialog = open_dialog(qtbot, window)
        dialog.note.setText("Programme v1")
        aim_at(dialog, f"{base}/{USER}/", password=WRONG)
        outcome = run(qtbot, dialog)
    assert outcome.published and outcome.version == 1 and version_count(path) == 1
    assert "refused the user name or password (401)" in outcome.push_error
    result = dialog.result
    assert "Version 1 is published" in result.headline.text()
    assert "The push to the CalDAV server failed" in result.push_text.text()
    assert "401" in result.push_text.text() and not result.push_table.isVisible()
    assert prefs.publish_targets() == {"folder": "", "url": f"{base}/{USER}/", "user": USER}
    prefs.store().sync()
    stored = Path(prefs.store().fileName()).read_bytes()
    assert all(WRONG.encode(codec) not in stored for codec in ("utf-8", "utf-16-be"))


def test_an_unreachable_server_is_said_in_words_and_the_version_stays_published(qtbot, path):
    published_once(path)
    window = kit.open_window(qtbot, path)
    move_by_hand(qtbot, window)
    dialog = open_dialog(qtbot, window)
    dialog.note.setText("Programme v2")
    aim_at(dialog, f"http://127.0.0.1:{free_port()}/{USER}/")  # nothing listens there
    outcome = run(qtbot, dialog)
    assert outcome.published and version_count(path) == 2
    assert "cannot reach the CalDAV server" in outcome.push_error
    assert "cannot reach" in dialog.result.push_text.text()


def test_the_gui_thread_keeps_ticking_while_the_push_runs(qtbot, path, radicale):
    window = kit.open_window(qtbot, path)
    dialog = open_dialog(qtbot, window)
    dialog.note.setText("Programme v1")
    labels = [item.data(0, LABEL) for item in dialog.destinations.feeds.leaves()]
    aim_at(dialog, radicale, labels)  # every feed: a few hundred requests
    gaps, shown, watch = [], [], QElapsedTimer()

    def tick():
        gap = watch.restart()
        text = dialog.step_label.text()
        if dialog.operation is not None and text.startswith("Pushing"):
            gaps.append(gap)  # between two ticks while the push ran
            if text not in shown:
                shown.append(text)

    ticker = QTimer(interval=20)
    ticker.timeout.connect(tick)
    with qtbot.waitSignal(dialog.finished_work, timeout=180_000) as blocker:
        watch.start()
        ticker.start()
        dialog.start()
    ticker.stop()
    outcome = blocker.args[0]
    assert outcome.push_error is None and len(outcome.reports) == len(labels)
    assert len(gaps) > 50  # the push took over a second: the ticks mean something
    # Pushing on the GUI thread would stall it for seconds. The bound tolerates one hiccup of
    # a machine whose two cores are shared (the Radicale server and the validator run too).
    slow = [gap for gap in gaps[1:] if gap >= 200]
    assert len(slow) <= 1 and max(gaps[1:]) < 1000, sorted(gaps)[-5:]
    assert any(text.startswith("Pushing programme (") for text in shown)
    assert any(f"calendar {len(labels)} of {len(labels)}" in text for text in shown)
