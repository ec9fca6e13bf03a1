"""The printable programme in the desktop: the Qt booklet (PDF or printer) and its File-menu
actions. The programme's content comes from ``scheduler.programme``."""
