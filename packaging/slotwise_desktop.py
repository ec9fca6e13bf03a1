"""Entry point of the bundle's `slotwise-desktop` executable (PyInstaller runs this file).

freeze_support() comes first: the validator's worker process and multiprocessing's helpers
are started by running this same executable again, and PyInstaller's multiprocessing hook
turns those runs into the helper they were meant to be instead of a second window.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from desktop.app import main

    sys.exit(main())
