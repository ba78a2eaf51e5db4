"""Pure work over many rows, split in chunks and spread over this machine's cores.

The first few items are done here, which loads and warms what the work
needs; then workers take the rest, in chunks.  They are forked from this warm process when it
runs no other thread (the command line: a worker is ready in milliseconds),
else spawned afresh (the app has threads, and fork copies their locks held:
~1 s to start).  Results come back in the order of the chunks.  Leaving the
loop early (an error, a cancel) stops the workers without running the chunks
still queued.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

#: Fewer items than this are done in this process: starting workers would cost more.
PARALLEL_FROM = 10_000
#: Items done here before the workers start (loads dictionaries and caches the workers then inherit).
WARM_UP = 50


def chunks(items: Sequence[T], size: int) -> list[list[T]]:
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def workers_for(count: int) -> int:
    """How many worker processes *count* items deserve (0: do them here)."""
    cores = os.cpu_count() or 1
    return 0 if count < PARALLEL_FROM or cores < 2 else min(cores, 4)


def map_chunks(work: Callable[[list[T]], R], items: Sequence[T], *, size: int, workers: int = 0) -> Iterator[R]:
    """``work`` over chunks of *items* (of *size*, the first one smaller when in workers), in order;
    in *workers* processes when > 0.
    *work* (and its arguments) must pickle: a module-level function or a functools.partial of one."""
    if workers <= 0 or len(items) < 3 * size:
        yield from map(work, chunks(items, size))
        return
    yield work(list(items[:WARM_UP]))  # loads and warms what the work needs; forked workers inherit it
    parts = chunks(items[WARM_UP:], size)
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with _real_stderr():  # the pool starts multiprocessing's helper process, map the workers
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(_start_method()),
                                   initializer=_yield_to_the_caller)  # fmt: skip
        results = pool.map(work, parts)
    try:
        yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _start_method() -> str:
    import sys
    import threading

    return "fork" if sys.platform == "linux" and threading.active_count() == 1 else "spawn"


@contextmanager
def _real_stderr() -> Iterator[None]:
    """multiprocessing hands its helper process sys.stderr's file descriptor; a terminal app that
    captured stderr (Textual: fileno() is -1) would make every spawn fail."""
    import sys

    captured = sys.stderr
    if getattr(sys, "__stderr__", None) is not None:
        sys.stderr = sys.__stderr__
    try:
        yield
    finally:
        sys.stderr = captured


def _yield_to_the_caller() -> None:
    """Workers run a little nicer than the process using their results: on a machine with as many
    workers as cores, that process (which writes what they check) is the one everything waits for."""
    try:
        os.nice(5)
    except OSError:  # not allowed here: no matter
        pass
