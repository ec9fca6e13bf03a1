"""A real CalDAV server for tests: Radicale on 127.0.0.1, storing into a throwaway folder.

    with radicale_server(tmp_path / "radicale") as base:          # no authentication
        ...  # push to f"{base}/organiser/"
    with radicale_server(folder, users={"organiser": "secret"}):  # HTTP basic, 401 otherwise

Shared by the publish-caldav tests of the core and the Publish dialog's tests; nothing here
reaches beyond this machine.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

START_SECONDS = 20


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on (at the moment of asking)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def radicale_server(folder: Path, users: dict[str, str] | None = None) -> Iterator[str]:
    """Start Radicale, wait until it answers, yield its base URL; kill it afterwards.

    With ``users`` (name: password) it asks for HTTP basic authentication and answers a wrong
    password at once with 401 (no delay); without, any user name is let in."""
    folder = Path(folder)
    storage = folder / "collections"
    storage.mkdir(parents=True, exist_ok=True)
    port = free_port()
    command = [sys.executable, "-m", "radicale", "--server-hosts", f"127.0.0.1:{port}",
               "--storage-filesystem-folder", str(storage)]
    if users:
        passwords = folder / "htpasswd"
        passwords.write_text("".join(f"{name}:{word}\n" for name, word in users.items()))
        command += ["--auth-type", "htpasswd", "--auth-htpasswd-filename", str(passwords),
                    "--auth-htpasswd-encryption", "plain", "--auth-delay", "0"]
    else:
        command += ["--auth-type", "none"]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_it_answers(proc, base)
        yield base
    finally:
        proc.kill()
        proc.wait(timeout=10)


def _wait_until_it_answers(proc: subprocess.Popen, base: str) -> None:
    deadline = time.monotonic() + START_SECONDS
    while True:
        try:
            urllib.request.urlopen(base + "/.web/", timeout=1).close()
            return
        except urllib.error.HTTPError:
            return  # it answers
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("Radicale did not start")
            time.sleep(0.1)
