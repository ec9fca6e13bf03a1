"""CLI commands publish-caldav (the latest version to a CalDAV server) and import-availability."""

from __future__ import annotations

import os
from pathlib import Path

from .errors import SlotwiseError
from .project import Project


def register(commands) -> None:
    push = commands.add_parser("publish-caldav",
                               help="keep CalDAV calendars in step with the latest published version")
    push.add_argument("path")
    push.add_argument("--url", required=True, metavar="URL",
                      help="the collection the calendars go in, e.g. https://dav.example.org/slotwise/")
    push.add_argument("--user", metavar="U", help="user name on the CalDAV server")
    push.add_argument("--password-env", metavar="VAR",
                      help="name of the environment variable holding the password")
    push.add_argument("--feeds", nargs="+", metavar="FEED",
                      help="programme, online or KIND:KEY (city:jinan, room:…, person:…); "
                           "default: programme")
    push.set_defaults(run=run_publish_caldav)

    imp = commands.add_parser("import-availability",
                              help="busy times of an .ics file become a person's unavailability")
    imp.add_argument("path")
    imp.add_argument("--person", required=True, metavar="NAME", help="the person's key or English name")
    imp.add_argument("file", metavar="FILE.ics")
    imp.set_defaults(run=run_import_availability)


def run_publish_caldav(args) -> int:
    from .publishing.caldav_push import push

    password = None
    if args.password_env:
        password = os.environ.get(args.password_env)
        if password is None:
            raise SlotwiseError(f"--password-env: the environment variable {args.password_env} is not set")
    with Project.open(Path(args.path)) as project:
        version, reports = push(project, args.url, args.user, password, args.feeds)
    for r in reports:
        made = "created, " if r.created else ""
        deleted = f", deleted {len(r.deleted)} no longer in the feed" if r.deleted else ""
        print(f"{r.feed}: {r.url} ({made}{r.put} written, {r.unchanged} unchanged{deleted})")
    print(f"Version {version.number} published to {len(reports)} calendar(s)")
    return 0


def run_import_availability(args) -> int:
    from .interchange.availability_ics import import_availability

    with Project.open(Path(args.path)) as project:
        result = import_availability(project, args.person, Path(args.file))
    merged = f", merging {result.removed} existing one(s)" if result.removed else ""
    print(f"Added {result.added} unavailability window(s) for {result.person.name_en} "
          f"from {result.busy} busy period(s){merged}")
    if result.recurring:
        print(f"Note: {result.recurring} recurring event(s): only their first occurrence was used")
    return 0
