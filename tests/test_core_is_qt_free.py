"""The core (`scheduler`) never imports Qt: the command line and the solver run without a GUI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

IMPORT_ALL = textwrap.dedent("""
    import importlib, json, pkgutil, sys
    from pathlib import Path
    import scheduler

    # env.py is Alembic's script: it runs only inside a migration, so it is not imported here.
    SKIP = {"scheduler.store.migrations.env"}
    imported, failed = [], []

    def note(name):
        failed.append(f"{name}: cannot be walked")

    for module in pkgutil.walk_packages(scheduler.__path__, "scheduler.", onerror=note):
        if module.name in SKIP:
            continue
        try:
            importlib.import_module(module.name)
            imported.append(module.name)
        except Exception as exc:
            failed.append(f"{module.name}: {type(exc).__name__}: {exc}")
    qt = sorted(name for name in sys.modules if name.startswith(("PySide6", "shiboken6")))
    # A folder without __init__.py would be skipped by the walk: list every file as well.
    root = Path(scheduler.__file__).parent
    files = {".".join(("scheduler",) + p.relative_to(root).with_suffix("").parts).removesuffix(".__init__")
             for p in root.rglob("*.py")}
    unwalked = sorted(files - set(imported) - SKIP - {"scheduler"})
    print(json.dumps({"imported": imported, "failed": failed, "qt": qt, "unwalked": unwalked}))
""")


def test_no_module_of_the_core_imports_qt():
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    result = subprocess.run([sys.executable, "-c", IMPORT_ALL], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.splitlines()[-1])
    assert report["failed"] == []
    assert report["unwalked"] == [], "every module file is in a package with an __init__.py"
    assert {"scheduler.project", "scheduler.cli", "scheduler.store.migrate",
            "scheduler.interchange.json_read"} <= set(report["imported"])
    assert report["qt"] == []
