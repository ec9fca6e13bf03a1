"""The desktop bundle is the product for people without Python: built by packaging/build.sh, it
must run in a bare environment (no virtual environment, no checkout, no display), solve and
publish the sample, carry its data, and install into and uninstall from a home folder the way
the freedesktop specifications expect."""

from __future__ import annotations

import json
import tarfile
import time
from pathlib import Path

import pytest
from icalendar import Calendar
from packaging_kit import (PACKAGING, REPO, SIZES, bare_env, check, run, validate_desktop_entry,
                           validate_metainfo)

from scheduler.version import APP_ID, __version__

pytestmark = pytest.mark.slow

SAMPLE = REPO / "resources" / "samples" / "shandong-asean-2021.json"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """packaging/build.sh run into a temporary folder; its output folder."""
    out = tmp_path_factory.mktemp("dist")
    started = time.monotonic()
    log = check(["bash", PACKAGING / "build.sh", out], cwd=REPO, timeout=1200)
    print(f"build.sh took {time.monotonic() - started:.0f} s\n{log[-600:]}")
    return out


@pytest.fixture(scope="module")
def bundle(built) -> Path:
    [stage] = [p for p in built.glob(f"Slotwise-{__version__}-linux-*") if p.is_dir()]
    return stage / "Slotwise"


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("home")


def test_the_bundle_solves_publishes_and_exports_the_sample_on_its_own(bundle, home, tmp_path):
    feeds = tmp_path / "feeds"
    result = run([bundle / "slotwise-desktop", "--self-test", feeds], env=bare_env(home),
                 cwd=tmp_path, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no hard rule broken" in result.stdout
    [loaded] = [line for line in result.stdout.splitlines() if line.startswith("Translations load")]
    for ts in (REPO / "resources" / "translations").glob("slotwise_*.ts"):
        assert ts.stem.removeprefix("slotwise_") in loaded  # e.g. zh_CN, loaded by Qt
    calendars = sorted(feeds.glob("*.ics"))
    assert len(calendars) == len(json.loads((feeds / "index.json").read_text())["feeds"]) > 1
    for path in calendars:
        Calendar.from_ical(path.read_bytes())  # each parses
    programme = Calendar.from_ical((feeds / "programme.ics").read_bytes())
    titles = {str(event["SUMMARY"]).split(" / ")[0] for event in programme.walk("VEVENT")}
    sample = json.loads(SAMPLE.read_text(encoding="utf-8"))
    assert titles == {session["title_en"] for session in sample["sessions"]}


def test_both_executables_print_the_same_version(bundle, home, tmp_path):
    for command in ("slotwise", "slotwise-desktop"):
        output = check([bundle / command, "--version"], env=bare_env(home), cwd=tmp_path)
        assert output.strip() == f"{command} {__version__}"


def test_the_command_line_of_the_bundle_makes_and_reads_a_project(bundle, home, tmp_path):
    check([bundle / "slotwise", "demo", "s.slotwise", "--sample", "small"], env=bare_env(home),
          cwd=tmp_path)
    counts = json.loads(check([bundle / "slotwise", "info", "s.slotwise", "--json"],
                              env=bare_env(home), cwd=tmp_path))
    small = json.loads((REPO / "resources" / "samples" / "small.json").read_text(encoding="utf-8"))
    assert counts["sessions"] == len(small["sessions"])


def test_the_bundle_carries_samples_icons_and_migrations(bundle):
    data = bundle / "_internal"
    for sample in (REPO / "resources" / "samples").glob("*.json"):
        assert (data / "resources" / "samples" / sample.name).is_file()
    for size in SIZES:
        assert (data / "resources" / "icons" / f"slotwise-{size}.png").is_file()
    migrations = data / "scheduler" / "store" / "migrations"
    assert (migrations / "env.py").is_file() and (migrations / "script.py.mako").is_file()
    for script in (REPO / "scheduler" / "store" / "migrations" / "versions").glob("0*.py"):
        assert (migrations / "versions" / script.name).is_file()


def test_the_bundle_carries_a_compiled_translation_for_every_source(bundle):
    sources = sorted((REPO / "resources" / "translations").glob("*.ts"))
    if not sources:
        pytest.skip("resources/translations holds no .ts yet: nothing to compile")
    shipped = bundle / "_internal" / "resources" / "translations"
    for ts in sources:
        assert (shipped / ts.with_suffix(".qm").name).stat().st_size > 0


def installed_paths(home: Path) -> list[Path]:
    share = home / ".local" / "share"
    return [home / ".local" / "opt" / "slotwise" / "slotwise-desktop",
            home / ".local" / "bin" / "slotwise-desktop", home / ".local" / "bin" / "slotwise",
            share / "applications" / f"{APP_ID}.desktop",
            share / "metainfo" / f"{APP_ID}.metainfo.xml",
            share / "mime" / "packages" / f"{APP_ID}.xml",
            share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
            *(share / "icons" / "hicolor" / f"{n}x{n}" / "apps" / f"{APP_ID}.png" for n in SIZES)]


def test_the_tarball_installs_into_home_and_uninstalls(built, tmp_path):
    [tarball] = built.glob(f"Slotwise-{__version__}-linux-*.tar.gz")
    with tarfile.open(tarball) as archive:
        archive.extractall(tmp_path / "unpacked", filter="tar")
    [unpacked] = (tmp_path / "unpacked").iterdir()
    home = tmp_path / "user"
    home.mkdir()
    env = bare_env(home)
    check(["sh", unpacked / "install.sh"], env=env, cwd=tmp_path)
    paths = installed_paths(home)
    assert [p for p in paths if not p.exists()] == []
    entry = home / ".local" / "share" / "applications" / f"{APP_ID}.desktop"
    validate_desktop_entry(entry)
    validate_metainfo(home / ".local" / "share" / "metainfo" / f"{APP_ID}.metainfo.xml")
    opt = home / ".local" / "opt" / "slotwise"
    assert f"Exec={opt}/slotwise-desktop %f" in entry.read_text(encoding="utf-8").splitlines()
    assert (home / ".local" / "share" / "mime" / "mime.cache").is_file()  # the type is known
    output = check([home / ".local" / "bin" / "slotwise", "--version"], env=env, cwd=tmp_path)
    assert output.strip() == f"slotwise {__version__}"  # through the symlink

    check(["sh", opt / "uninstall.sh"], env=env, cwd=tmp_path)
    assert [p for p in paths if p.exists() or p.is_symlink()] == []
    assert not opt.exists()
