"""Screenshot of the booklet for ``python -m desktop.screenshots``: programme-page.png.

Day 1 in Jinan, in Chinese, exported through the window's own File ▸ Export programme work
(on its worker thread). The page is rendered from the PDF with poppler's pdftoppm where it is
installed; otherwise the same page is drawn straight into an image.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path


def shots(app, window, outdir: Path, seconds: float) -> list[str]:
    from ..screenshots import wait_for

    outdir = Path(outdir)
    with tempfile.TemporaryDirectory(prefix="slotwise-programme-") as folder:
        pdf = Path(folder) / "programme-zh.pdf"
        answers = []
        window.printing.finished.connect(lambda where, pages: answers.append(pages))
        window.printing.failed.connect(lambda message: answers.append(message))
        window.printing.export_programme(pdf, "zh")
        wait_for(app, lambda: bool(answers))
        if not isinstance(answers[0], int):
            raise SystemExit(f"the programme was not written: {answers[0]}")
        _page_png(window, pdf, outdir / "programme-page.png")
    return ["programme-page.png"]


def _page_png(window, pdf: Path, target: Path) -> None:
    """Page 1 of ``pdf`` as ``target`` (96 dpi)."""
    if shutil.which("pdftoppm"):
        stem = target.with_suffix("")
        subprocess.run(["pdftoppm", "-png", "-r", "96", "-f", "1", "-l", "1", "-singlefile",
                        str(pdf), str(stem)], check=True, timeout=60)
        return
    from scheduler.programme import Names, build_programme

    from .booklet import page_image

    read = window.read
    names = Names(zh=read.names.zh, platform=read.names.platform, event_zh=read.names.event_zh)
    if not page_image(build_programme(read.problem, read.schedule, names, "zh"), 1, 96).save(str(target)):
        raise SystemExit(f"could not write {target}")
