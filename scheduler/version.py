"""The one place Slotwise's version and application id are written down.

pyproject.toml reads ``__version__`` from here (``[tool.setuptools.dynamic]``), both commands
print it with ``--version``, and the packaging files (the AppStream release, the tarball's name)
are checked against it, so a release changes this line and nothing else. ``APP_ID`` is the
reverse-DNS name the desktop entry, the AppStream id, the icon and the window's desktop file
name share, so a desktop shell can match a running window to its menu entry.
"""

__version__ = "0.1.0"
APP_ID = "org.slotwise.Slotwise"
