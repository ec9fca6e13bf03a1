"""Data shipped with Slotwise: sample events, icons, translations.

Found through importlib.resources, so it works from an installed wheel as well
as from a source checkout.
"""

from importlib.resources import as_file, files
from pathlib import Path

SAMPLES = {
    "shandong": "shandong-asean-2021.json",
    "small": "small.json",
}


def sample_file(name: str = "shandong"):
    """A Traversable for the named sample event."""
    if name not in SAMPLES:
        raise KeyError(f"no sample called '{name}' (there are: {', '.join(SAMPLES)})")
    return files(__name__) / "samples" / SAMPLES[name]


def sample_path(name: str = "shandong") -> Path:
    """A real file path for the named sample (samples ship unzipped, so this is the installed file)."""
    with as_file(sample_file(name)) as path:
        return Path(path)
