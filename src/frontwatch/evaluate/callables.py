"""The callables the scorers take: the system under test and a progress callback.

Why a module: every scorer of `frontwatch evaluate` is handed the pipeline as a callable
(`evaluate/run.py` builds it) and reports progress the same way; one definition of each
signature keeps them the same.
"""

from __future__ import annotations

from collections.abc import Callable

# texts in, per text the records of the events coded from it (evaluate/run.extract_texts)
Extract = Callable[[list[str]], list[list[dict]]]
# called with how many items were scored since the last call
Progress = Callable[[int], None]

__all__ = ["Extract", "Progress"]
