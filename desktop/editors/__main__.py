"""python -m desktop.editors KIND PROJECT.slotwise OUT.png — draw one editor into a PNG."""

import sys

from . import EDITOR_KINDS, render_editor_png

if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] not in EDITOR_KINDS:
        sys.exit(f"usage: python -m desktop.editors {{{','.join(EDITOR_KINDS)}}} PROJECT OUT.png")
    print(render_editor_png(*sys.argv[1:]))
