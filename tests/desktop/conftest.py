"""Desktop tests draw offscreen: no window appears and no display is needed."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
