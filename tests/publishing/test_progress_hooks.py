"""The progress hooks of export-ics and publish-caldav: what a window shows while they work, and
a hook that raises (a cancel) stops the work without leaving half of it behind."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from scheduler.publishing import publish, version_entries
from scheduler.publishing.feeds import feeds
from scheduler.publishing.ics import export

UTC = timezone.utc
V1 = datetime(2021, 5, 20, 2, 0, tzinfo=UTC)


class Stop(Exception):
    """What a cancelling hook raises."""


def test_export_reports_each_feed_built_in_order(scheduled, tmp_path):
    publish(scheduled, "v1", now=V1)
    heard = []
    _, written = export(scheduled, tmp_path / "feeds", progress=lambda *args: heard.append(args))
    names = [path.name for path in written[:-1]]  # the last one is index.json
    assert [what for what, _, _ in heard] == names
    assert [done for _, done, _ in heard] == list(range(1, len(names) + 1))
    assert {total for _, _, total in heard} == {len(names)}
    assert len(names) > 10  # the small sample has feeds of cities, rooms, people …


def test_a_hook_that_raises_stops_the_export_before_anything_is_written(scheduled, tmp_path):
    publish(scheduled, "v1", now=V1)
    out = tmp_path / "feeds"

    def stop_at_the_third(what, done, total):
        if done == 3:
            raise Stop

    with pytest.raises(Stop):
        export(scheduled, out, progress=stop_at_the_third)
    assert not out.exists() or not any(out.iterdir())


caldav = pytest.importorskip("caldav")
pytest.importorskip("radicale")

from caldav_server import radicale_server  # noqa: E402
from scheduler.publishing.caldav_push import push  # noqa: E402


@pytest.fixture
def radicale(tmp_path):
    with radicale_server(tmp_path / "radicale") as base:
        yield f"{base}/organiser/"


def test_push_reports_each_collection_and_each_of_its_sessions(scheduled, radicale):
    publish(scheduled, "v1", now=V1)
    heard = []
    _, reports = push(scheduled, radicale, "organiser", None, ["programme", "city:jinan"],
                      progress=lambda *args: heard.append(args))
    sizes = {f"{f.kind}:{f.key}" if f.key else f.kind: len(f.entries)
             for f in feeds(version_entries(scheduled, 1))}
    expected = [(label, done, sizes[label]) for label in ("programme", "city:jinan")
                for done in range(sizes[label] + 1)]
    assert heard == expected
    assert [r.put for r in reports] == [sizes["programme"], sizes["city:jinan"]]


def test_a_hook_that_raises_stops_the_push_and_reaches_the_caller(scheduled, radicale):
    publish(scheduled, "v1", now=V1)

    def stop_in_the_second_collection(what, done, total):
        if what == "city:jinan" and done == 2:
            raise Stop

    with pytest.raises(Stop):
        push(scheduled, radicale, "organiser", None, ["programme", "city:jinan"],
             progress=stop_in_the_second_collection)
    client = caldav.DAVClient(url=radicale, require_tls=False)
    held = {name: len(caldav.Calendar(client=client, url=f"{radicale}{name}/").search(event=True))
            for name in ("programme", "city-jinan")}
    assert held["programme"] == len(feeds(version_entries(scheduled, 1))[0].entries)
    assert held["city-jinan"] == 2  # it stopped right after the second
