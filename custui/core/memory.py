"""Giving freed memory back to the system between the phases of a long piece of work.

glibc's malloc keeps what a program frees for its next allocations: after a phase that made and
dropped hundreds of MB of arrays (a duplicate scan at 100k customers), the process stays that large,
and the next phase's arrays, of other sizes, often cannot use the holes and take fresh memory on
top.  :func:`give_back` asks malloc to return every free page (``malloc_trim(0)``, a few ms); it does
nothing where the C library has no such call (macOS, Windows, musl).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _trim() -> Any | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim
    except (OSError, AttributeError):
        return None
    trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
    return trim


def give_back() -> None:
    """Return the C heap's free pages to the system (glibc; a no-op elsewhere)."""
    trim = _trim()
    if trim is not None:
        trim(0)
