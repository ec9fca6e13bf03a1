"""Pictures of the Agendas dock for ``python -m desktop.screenshots``: a speaker with a
journey, a delegation over two days, and the programme in Yangon with the sessions outside
its business hours marked."""

from __future__ import annotations

from pathlib import Path

SIZE = (1150, 720)
SHOTS = (("person", "teo-boon-heng", "agenda-person.png"),
         ("group", "asean-envoys", "agenda-group.png"),
         ("online", "Asia/Yangon", "agenda-online.png"))


def shots(app, window, outdir: Path, seconds: float) -> list[str]:
    from ..screenshots import save

    feature = window.agendas
    dock = feature.dock
    dock.setFloating(True)
    dock.resize(*SIZE)
    saved = []
    try:
        for kind, key, name in SHOTS:
            if not feature.show(kind, key):
                raise SystemExit(f"the agenda of {key} could not be shown")
            saved.append(save(app, dock, outdir, name))
    finally:
        dock.setFloating(False)
        dock.hide()
    return saved
