"""The CP-SAT scheduling engine: a model built from a problem snapshot.

One function per rule (hard.py, soft.py, compact.py), weights combined in
objective.py, the search in run.py, explanations of infeasibility in
explain.py. It never touches the database: see scheduler.snapshot.
"""

from .result import Conflict, Explanation, Progress, SolveResult
from .run import solve

__all__ = ["Conflict", "Explanation", "Progress", "SolveResult", "solve"]
