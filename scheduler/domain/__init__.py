"""The domain: enumerations and the tables of a project file."""

from .enums import *  # noqa: F401,F403
from .models import *  # noqa: F401,F403
