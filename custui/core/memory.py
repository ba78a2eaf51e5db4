"""Giving freed memory back to the system after the app's big reads and between the phases of long work;
and the garbage collector held while the app draws its first frame.

glibc's malloc keeps what a program frees for its next allocations, and what a worker thread freed
stays in that thread's heap: after a phase that made and dropped hundreds of MB (scoring 100k
customers, reading their list columns, a duplicate scan), the process stays that large, and the next
phase's arrays, of other sizes, often cannot use the holes.  Measured at 100k: 542 MB resident after
the list's first ranking, 423 MB once given back.  :func:`give_back` asks malloc to return every free
page (``malloc_trim(0)``, a few ms); it does nothing where the C library has no such call (macOS,
Windows, musl).
"""

from __future__ import annotations

import ctypes
import gc
import sys
from functools import cache
from typing import Any


@cache
def _trim() -> Any | None:
    """glibc's ``malloc_trim``, found among the symbols the process already has; None elsewhere."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):  # not glibc (musl)
        return None
    trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
    return trim


#: glibc's mallopt parameter for the size from which an allocation gets pages of its own
_M_MMAP_THRESHOLD = -3
#: large arrays (256 KB and up) in pages of their own, returned the moment they are freed
MMAP_THRESHOLD = 256 * 1024


def keep_large_arrays_apart() -> bool:
    """Give every allocation of ``MMAP_THRESHOLD`` bytes or more pages of its own (glibc's
    ``mallopt(M_MMAP_THRESHOLD)``), for the whole process; False where the C library cannot.

    glibc starts at 128 KB but raises that bound each time such a block is freed, up to 32 MB, so
    pandas' and numpy's arrays soon come from the shared heap and leave holes there.  Fixed, they go
    back to the system when freed: the app's peak through a day at 100k fell 565 -> 523 MB, for
    about 4 % more time scoring (``python -m tests.bench.terminal FILE --day``)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes, mallopt.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    return bool(mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD))


def give_back() -> bool:
    """Return the C heap's free pages to the system; False where this C library cannot."""
    trim = _trim()
    if trim is None:
        return False
    trim(0)
    return True


# -- the cyclic garbage collector at start ------------------------------------------------------------
#: the collector is held by :func:`pause_collection` (and not yet resumed)
_paused = False


def pause_collection() -> None:
    """Hold Python's cyclic garbage collector until :func:`resume_collection`.

    Starting, the app imports some 450 modules and builds its first screen, allocating hundreds of
    thousands of objects that live as long as it does; the collector's passes over them took ~35 ms
    of the ~255 before the first frame (in-process, sample book, same run with and without).  Nothing
    made before the first frame is garbage worth those passes.  Reference counting still frees
    everything that is not a cycle."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume_collection() -> None:
    """Collect again after :func:`pause_collection` (nothing otherwise).  Every object alive now is
    first moved out of the collector's sight (``gc.freeze``): modules, classes, the first screen —
    they live as long as the app, so later passes walk only what was made since."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()
