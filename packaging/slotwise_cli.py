"""Entry point of the bundle's `slotwise` executable (the command line; PyInstaller runs this).

freeze_support() first, for the same reason as in slotwise_desktop.py.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from scheduler.cli import main

    sys.exit(main())
