"""Pure work over many rows, split in chunks and spread over this machine's cores.

The first few items are done here, which loads and warms what the work
needs; then workers take the rest, in chunks.  They are forked from this warm process when it
runs no other thread (the command line: a worker is ready in milliseconds),
else spawned afresh (the app has threads, and fork copies their locks held:
~1 s to start).  Results come back in the order of the chunks.  Leaving the
loop early (an error, a cancel) stops the workers without running the chunks
still queued.  A worker dies with the process that started it, even when that one is killed
outright (SIGKILL, a crash): on Linux the kernel signals it (``PR_SET_PDEATHSIG``), elsewhere a
thread of the worker notices its parent is gone.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import islice
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

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


def map_chunks(
    work: Callable[[list[T]], R], items: Sequence[T], *, size: int, workers: int = 0
) -> Iterator[R]:
    """``work`` over chunks of *items* (of *size*, the first one smaller when in workers), in order;
    in *workers* processes when > 0.
    *work* (and its arguments) must pickle: a module-level function or a functools.partial of one."""
    if workers <= 0 or len(items) < 3 * size:
        yield from map(work, chunks(items, size))
        return
    yield work(
        list(items[:WARM_UP])
    )  # loads and warms what the work needs; forked workers inherit it
    yield from _pooled(work, iter(chunks(items[WARM_UP:], size)), workers)


def map_stream(
    work: Callable[[T], R], parts: Iterable[T], *, workers: int = 0
) -> Generator[R, None, None]:
    """``work`` over each of *parts* in order, in *workers* processes when > 0 (the first part here:
    it warms what the work needs).  Parts are taken from *parts* only as workers come free, so a
    stream read from a file is never held whole.  *work* must pickle, as for :func:`map_chunks`."""
    it = iter(parts)
    if workers <= 0:
        yield from map(work, it)
        return
    first = next(it, None)
    if first is None:
        return
    yield work(first)
    yield from _pooled(work, it, workers)


#: What starting a process raises where none can start: a limit on processes or memory reached
#: (OSError: EAGAIN, ENOMEM), or a system without the semaphores a pool needs (NotImplementedError).
NO_PROCESS = (OSError, NotImplementedError)


class CannotStartApart(RuntimeError):
    """No process could be started for work apart (:func:`start_apart`): the caller does it here."""


def _pooled(work: Callable[[T], R], parts: Iterator[T], workers: int) -> Iterator[R]:
    """*work* over *parts* in a pool of *workers*, results in order, a few parts handed out ahead of
    the one awaited; leaving early cancels what is queued and stops the workers.  Where no worker
    can start, the parts are done here: slower, the same results."""
    import multiprocessing
    from collections import deque
    from concurrent.futures import Future, ProcessPoolExecutor

    try:
        with _real_stderr():  # the pool starts multiprocessing's helper process, map the workers
            pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(_start_method()),
                                       initializer=_start_worker, initargs=(os.getpid(),))  # fmt: skip
    except NO_PROCESS:
        yield from map(work, parts)
        return

    def submitted(part: T) -> Future[R]:
        try:
            return pool.submit(work, part)  # starts a worker when the pool has fewer than it may
        except NO_PROCESS:
            # none could start for it: done here (a worker that did start may do it too)
            done: Future[R] = Future()
            done.set_result(work(part))
            return done

    with _real_stderr():
        pending: deque[Future[R]] = deque(submitted(part) for part in islice(parts, 2 * workers))
    try:
        while pending:
            result = pending.popleft().result()
            for part in islice(parts, 1):
                pending.append(submitted(part))
            yield result
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def start_apart(target: Callable[..., None], *args: Any) -> BaseProcess:
    """*target*(*args*) in a process of its own, spawned afresh (this one may run threads: a fork would
    copy their locks held), that dies with this process however this one ends, as the pool's workers do.
    Work whose memory is let go only when its process ends (the C and Python heaps keep what they held)
    leaves nothing behind here.  *target* and *args* must pickle; the caller joins the process.
    :class:`CannotStartApart` when no process can start (a limit on processes reached)."""
    import multiprocessing

    with _real_stderr():
        process = multiprocessing.get_context("spawn").Process(
            target=_run_apart, args=(os.getpid(), target, args), daemon=True
        )
        try:
            process.start()
        except NO_PROCESS as exc:  # not a failure of the work: the caller does it here instead
            raise CannotStartApart(f"no process could be started ({exc})") from exc
    return process


def _run_apart(parent: int, target: Callable[..., None], args: tuple[Any, ...]) -> None:
    import multiprocessing

    _die_with(parent)
    # daemonic for its parent (ended with it), it may still start a pool of its own (its workers die with it)
    multiprocessing.current_process().daemon = False
    target(*args)


#: How often the caller of work apart checks whether it is cancelled (seconds).
APART_POLL = 0.1


def awaited(
    messages: Connection,
    process: BaseProcess,
    *,
    what: str,
    progress: Callable[[Any], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    cancel: Callable[[], BaseException] = RuntimeError,
) -> Any:
    """What work started with :func:`start_apart` sends as ``("done", value)`` on *messages*, its
    ``("progress", value)`` passed to *progress* meanwhile.  Its ``("error", exception)`` is raised
    here; so is a RuntimeError ("*what* ended unexpectedly") when the process ends without a word, and
    *cancel*() when *cancelled* says so.  The caller kills the process if it is still running."""
    while True:
        if cancelled is not None and cancelled():
            raise cancel()
        if not messages.poll(APART_POLL):
            continue
        try:
            kind, value = messages.recv()
        except EOFError:
            raise RuntimeError(f"{what} ended unexpectedly ({process.exitcode})") from None
        if kind == "progress" and progress is not None:
            progress(value)
        elif kind == "error":
            raise value
        elif kind == "done":
            return value


def sent_error(exc: BaseException) -> BaseException:
    """*exc* as work apart sends it to :func:`awaited`: itself when it pickles, else a RuntimeError
    naming it."""
    import pickle

    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:  # noqa: BLE001 - any reason it cannot travel
        return RuntimeError(f"{type(exc).__name__}: {exc}")
    return exc


def can_fork() -> bool:
    """Workers started now would be forked: they see this process's memory as it is, for free."""
    return _start_method() == "fork"


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


def _start_worker(parent: int) -> None:
    """Each worker, as it starts: dies with *parent*, and runs a little nicer than it."""
    _die_with(parent)
    _yield_to_the_caller()


#: How often a worker off Linux checks that the process it works for is still there (seconds).
PARENT_WATCH_EVERY = 1.0


def _die_with(parent: int) -> None:
    """End this process when *parent* ends, however it ends (its own shutdown never runs after SIGKILL)."""
    import signal
    import sys

    if sys.platform == "linux":
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            pr_set_pdeathsig = 1
            if libc.prctl(pr_set_pdeathsig, int(signal.SIGKILL), 0, 0, 0) == 0:
                if os.getppid() != parent:  # it died before the line above: nothing will signal us
                    os._exit(1)
                return
        except (OSError, AttributeError):
            pass  # no prctl: watch instead
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_WATCH_EVERY)
        os._exit(1)

    threading.Thread(target=watch, name="custui-parent-watch", daemon=True).start()


def _yield_to_the_caller() -> None:
    """Workers run a little nicer than the process using their results: on a machine with as many
    workers as cores, that process (which writes what they check) is the one everything waits for."""
    with contextlib.suppress(OSError):  # not allowed here: no matter
        os.nice(5)
