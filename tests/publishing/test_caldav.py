"""publish-caldav against a real Radicale server started on 127.0.0.1 with a throwaway folder."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

caldav = pytest.importorskip("caldav")
pytest.importorskip("radicale")

from icalendar import Calendar  # noqa: E402

from scheduler.cli import main  # noqa: E402
from scheduler.domain import models as m  # noqa: E402
from scheduler.problem import Placement  # noqa: E402
from scheduler.publishing import publish  # noqa: E402
from scheduler.publishing.ics import uid_of  # noqa: E402
from scheduler.snapshot import save_schedule, snapshot, stored_schedule  # noqa: E402
from caldav_server import free_port, radicale_server  # noqa: E402
from publishing_kit import place  # noqa: E402

UTC = timezone.utc
V1 = datetime(2021, 5, 20, 2, 0, tzinfo=UTC)
V2 = datetime(2021, 5, 22, 2, 0, tzinfo=UTC)
USER = "organiser"


@pytest.fixture
def radicale(tmp_path):
    """A Radicale server on 127.0.0.1 (no authentication); yields its base URL."""
    with radicale_server(tmp_path / "radicale") as base:
        yield base


def push(path, base, *extra) -> int:
    return main(["publish-caldav", str(path), "--url", f"{base}/{USER}/", "--user", USER,
                 "--password-env", "SLOTWISE_TEST_CALDAV_PASSWORD", *extra])


def stored(base: str, collection: str) -> dict[str, list]:
    """The objects on the server, by UID: a list of (object name, raw text, VEVENT)."""
    client = caldav.DAVClient(url=f"{base}/{USER}/", username=USER, password="x",
                              auth_type="basic", require_tls=False)
    cal = caldav.Calendar(client=client, url=f"{base}/{USER}/{collection}/")
    out: dict[str, list] = {}
    for obj in cal.search(event=True):
        text = obj.data
        events = Calendar.from_ical(text).walk("VEVENT")
        assert len(events) == 1
        out.setdefault(str(events[0]["UID"]), []).append((str(obj.url).rsplit("/", 1)[-1], text, events[0]))
    return out


def uid(project, key: str) -> str:
    return uid_of(project.get(m.Session, key).uid)


@pytest.fixture(autouse=True)
def password(monkeypatch):
    monkeypatch.setenv("SLOTWISE_TEST_CALDAV_PASSWORD", "secret")


def test_update_story_one_object_per_uid_sequence_and_cancelled(scheduled, radicale, capsys):
    project = scheduled
    publish(project, "v1", now=V1)
    assert push(project.path, radicale, "--feeds", "programme", "city:jinan") == 0
    before = stored(radicale, "programme")
    assert len(before) == 10 and all(len(v) == 1 for v in before.values())
    assert set(stored(radicale, "city-jinan")) < set(before)

    # Change the data: the keynote moves, the press briefing is cancelled, a session is added.
    place(project, "keynote", start=660)
    project.update(m.Session, "press-briefing", status="cancelled")
    project.add(m.Session(key="late-talk", title_en="A late talk", kind="talk",
                          delivery_mode="on_site", duration_minutes=30))
    problem = snapshot(project)
    schedule = stored_schedule(project, problem)
    schedule["late-talk"] = Placement("late-talk", 1020, "sicec-room-201", None)
    save_schedule(project, problem, schedule)
    publish(project, "v2", now=V2)
    capsys.readouterr()
    assert push(project.path, radicale, "--feeds", "programme", "city:jinan") == 0
    out = capsys.readouterr().out
    assert "programme" in out and "city:jinan" in out

    after = stored(radicale, "programme")
    keynote, press, late = uid(project, "keynote"), uid(project, "press-briefing"), uid(project, "late-talk")
    assert set(after) == set(before) | {late}
    for key, copies in after.items():
        assert len(copies) == 1, key  # exactly one object per UID
        name, text, ev = copies[0]
        assert name == key.removesuffix("@slotwise") + ".ics"  # the object name comes from the UID
        assert "METHOD" not in text
        if key == late:
            assert ev["SEQUENCE"] == 0
            continue
        bump = 1 if key in (keynote, press) else 0
        assert ev["SEQUENCE"] == before[key][0][2]["SEQUENCE"] + bump, str(ev["SUMMARY"])
        assert ev.decoded("DTSTAMP") == V2
    assert after[press][0][2]["STATUS"] == "CANCELLED"
    assert after[keynote][0][2]["STATUS"] == "CONFIRMED"
    assert after[keynote][0][2].decoded("DTSTART").astimezone(UTC) == datetime(2021, 5, 28, 3, 0, tzinfo=UTC)
    # The city feed too: the cancelled session stays there, marked.
    jinan = stored(radicale, "city-jinan")
    assert jinan[press][0][2]["STATUS"] == "CANCELLED" and late in jinan
    assert all(len(c) == 1 and "METHOD" not in c[0][1] for c in jinan.values())

    # Pushing the same version again changes nothing.
    capsys.readouterr()
    assert push(project.path, radicale, "--feeds", "programme") == 0
    assert "0 written, 11 unchanged" in capsys.readouterr().out
    assert {k: v[0][2]["SEQUENCE"] for k, v in stored(radicale, "programme").items()} == \
        {k: v[0][2]["SEQUENCE"] for k, v in after.items()}


def test_a_session_that_leaves_a_feed_is_deleted_from_its_calendar(scheduled, radicale, capsys):
    project = scheduled
    publish(project, "v1", now=V1)
    assert push(project.path, radicale, "--feeds", "room:sicec-room-201") == 0
    press = uid(project, "press-briefing")
    assert press in stored(radicale, "room-sicec-room-201")
    place(project, "press-briefing", start=900, room="sicec-main-hall")
    publish(project, "v2", now=V2)
    capsys.readouterr()
    assert push(project.path, radicale, "--feeds", "room:sicec-room-201") == 0
    assert "deleted 1" in capsys.readouterr().out
    assert press not in stored(radicale, "room-sicec-room-201")


def test_our_uid_under_another_name_is_moved_to_ours_not_duplicated(scheduled, radicale):
    project = scheduled
    publish(project, "v1", now=V1)
    assert push(project.path, radicale) == 0
    key, copies = next(iter(stored(radicale, "programme").items()))
    client = caldav.DAVClient(url=f"{radicale}/{USER}/", username=USER, password="x",
                              auth_type="basic", require_tls=False)
    cal = caldav.Calendar(client=client, url=f"{radicale}/{USER}/programme/")
    # A client stored our event under a name of its own (Radicale refuses two objects with one UID).
    cal.event_by_url(cal.url.join(copies[0][0])).delete()
    caldav.Event(client=client, url=cal.url.join("stray-copy.ics"), data=copies[0][1],
                 parent=cal).save(increase_seqno=False)
    assert [c[0] for c in stored(radicale, "programme")[key]] == ["stray-copy.ics"]
    assert push(project.path, radicale) == 0
    assert [c[0] for c in stored(radicale, "programme")[key]] == [copies[0][0]]


def test_errors_are_one_line_and_exit_1(scheduled, capsys, monkeypatch):
    publish(scheduled, "v1", now=V1)
    port = free_port()  # nothing listens there
    assert main(["publish-caldav", str(scheduled.path), "--url", f"http://127.0.0.1:{port}/x/"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("slotwise: error: cannot reach the CalDAV server") and err.count("\n") == 1

    monkeypatch.delenv("SLOTWISE_TEST_CALDAV_PASSWORD")
    assert main(["publish-caldav", str(scheduled.path), "--url", f"http://127.0.0.1:{port}/x/",
                 "--user", "u", "--password-env", "SLOTWISE_TEST_CALDAV_PASSWORD"]) == 1
    assert "SLOTWISE_TEST_CALDAV_PASSWORD is not set" in capsys.readouterr().err

    assert main(["publish-caldav", str(scheduled.path), "--url", f"http://127.0.0.1:{port}/x/",
                 "--feeds", "city:atlantis"]) == 1
    assert "no feed 'city:atlantis'" in capsys.readouterr().err


def test_unauthorised_is_a_one_line_error(scheduled, tmp_path, capsys):
    """A server that answers 401 to everything."""
    import http.server
    import threading

    class Refuse(http.server.BaseHTTPRequestHandler):
        def _refuse(self):
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Basic realm="x"')
            self.send_header("Content-Length", "0")
            self.end_headers()

        do_GET = do_PROPFIND = do_OPTIONS = do_PUT = do_REPORT = do_MKCALENDAR = _refuse

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Refuse)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        publish(scheduled, "v1", now=V1)
        code = main(["publish-caldav", str(scheduled.path), "--url",
                     f"http://127.0.0.1:{server.server_address[1]}/x/", "--user", "u",
                     "--password-env", "SLOTWISE_TEST_CALDAV_PASSWORD"])
    finally:
        server.shutdown()
        server.server_close()
    err = capsys.readouterr().err
    assert code == 1
    assert "401" in err and err.count("\n") == 1


def test_update_story_with_a_re_solve(scheduled, radicale, capsys):
    """The issue's story: a keynote moves, a forum is cancelled, a session is added, re-solve,
    publish v2, push: one object per UID, SEQUENCE +1 exactly for what moved or was cancelled."""
    from scheduler.publishing import version_entries
    from scheduler.solver import solve
    from scheduler.validator import validate

    project = scheduled
    publish(project, "v1", now=V1)
    assert push(project.path, radicale, "--feeds", "programme") == 0
    before = stored(radicale, "programme")

    project.update(m.Session, "keynote", pin_start=datetime(2021, 5, 28, 2, 30, tzinfo=UTC))  # 10:30
    project.update(m.Session, "rcep-forum", status="cancelled")
    project.add(m.Session(key="late-talk", title_en="A late talk", kind="talk",
                          delivery_mode="on_site", duration_minutes=30, expected_onsite=20))
    problem = snapshot(project)
    previous = stored_schedule(project, problem)
    result = solve(problem, time_limit=5, workers=1, previous=previous)
    assert validate(problem, result.schedule, previous=previous).is_feasible
    save_schedule(project, problem, result.schedule)
    publish(project, "v2", now=V2)
    assert push(project.path, radicale, "--feeds", "programme") == 0

    old, new = version_entries(project, 1), version_entries(project, 2)
    changed = {uid_of(u) for u, e in new.items() if u in old and (
        (e.start, e.end, e.room_key, e.status) != (old[u].start, old[u].end, old[u].room_key, old[u].status))}
    keynote, forum, late = uid(project, "keynote"), uid(project, "rcep-forum"), uid(project, "late-talk")
    assert {keynote, forum} <= changed
    after = stored(radicale, "programme")
    assert set(after) == set(before) | {late}
    for key, copies in after.items():
        assert len(copies) == 1, key
        expected = 0 if key == late else before[key][0][2]["SEQUENCE"] + (key in changed)
        assert copies[0][2]["SEQUENCE"] == expected, key
    assert after[forum][0][2]["STATUS"] == "CANCELLED"
