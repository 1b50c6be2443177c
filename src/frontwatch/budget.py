"""A wall-clock budget for one piece of work, so one pathological article cannot stall a worker.

Why a signal and not a thread: the work is CPU-bound Python and Cython (spaCy) in the
worker's own main thread; SIGALRM interrupts it at the next bytecode and raises where it
is, so the worker goes on with the next article. Where signals cannot be used (not the
main thread, or no SIGALRM on the platform) the budget is not enforced, never an error.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class OverBudget(TimeoutError):
    """The work took longer than its budget."""


def enforceable() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise OverBudget inside the block once `seconds` of wall-clock time have passed."""
    if not seconds or seconds <= 0 or not enforceable():
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise OverBudget(f"took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
