"""map_chunks: the same results, in the same order, with or without worker processes."""

from __future__ import annotations

from custui.core.parallel import chunks, map_chunks, workers_for


def squares(chunk: list[int]) -> list[int]:
    return [n * n for n in chunk]


def test_chunks_cover_every_item_once_in_order():
    assert chunks(list(range(7)), 3) == [[0, 1, 2], [3, 4, 5], [6]]
    assert chunks([], 3) == []


def flat(parts) -> list[int]:
    return [n for part in parts for n in part]


def test_worker_processes_give_what_this_process_gives_in_order():
    items = list(range(1, 500))
    here = list(map_chunks(squares, items, size=40, workers=0))
    assert (
        flat(here) == flat(map_chunks(squares, items, size=40, workers=2)) == [n * n for n in items]
    )


def test_leaving_early_stops_the_workers():
    results = map_chunks(squares, list(range(1_000)), size=100, workers=2)
    assert next(results) == [n * n for n in range(50)]  # done here, warming up
    assert next(results) == [n * n for n in range(50, 150)]  # from a worker
    results.close()  # shuts the pool down without running the queued chunks
    import multiprocessing

    assert multiprocessing.active_children() == []  # its workers are gone, not left running


def test_small_jobs_stay_in_this_process():
    assert workers_for(100) == 0


def test_workers_start_under_a_terminal_app_that_captured_stderr():
    """Textual replaces sys.stderr with an object whose fileno() is -1; multiprocessing passes that
    descriptor to its helper process, and every spawn failed ("bad value(s) in fds_to_keep")."""
    import subprocess
    import sys
    from pathlib import Path

    code = """
import io, sys
from custui.core import parallel
from tests.core.test_parallel import squares
class Captured(io.StringIO):
    def fileno(self):
        return -1
sys.stderr = Captured()
parallel._start_method = lambda: "spawn"
parts = list(parallel.map_chunks(squares, list(range(300)), size=50, workers=2))
print(sum(len(p) for p in parts))
"""
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "300"


def test_a_stream_is_taken_only_as_workers_come_free():
    """map_stream reads its parts lazily: a few ahead of the result awaited, never the whole stream."""
    from custui.core.parallel import map_stream

    taken: list[int] = []

    def parts():
        for start in range(0, 2_000, 100):
            taken.append(start)
            yield list(range(start, start + 100))

    results = map_stream(squares, parts(), workers=2)
    assert next(results) == [n * n for n in range(100)]  # the first part, here
    assert next(results) == [n * n for n in range(100, 200)]
    assert len(taken) <= 2 + 2 * 2  # the two results, and at most two parts per worker ahead
    assert flat(results) == [n * n for n in range(200, 2_000)]
    assert list(map_stream(squares, iter([]), workers=2)) == []


def test_where_no_process_can_start_the_work_is_done_here(no_process: list[str]) -> None:
    """A limit on processes reached: a pool's parts are done here, in order; work apart says so."""
    import pytest

    from custui.core.parallel import CannotStartApart, map_stream, start_apart

    items = list(range(1, 500))
    assert flat(map_chunks(squares, items, size=40, workers=2)) == [n * n for n in items]
    parts = (list(range(s, s + 100)) for s in range(0, 1_000, 100))
    assert flat(map_stream(squares, parts, workers=2)) == [n * n for n in range(1_000)]
    assert no_process  # the pools did try
    with pytest.raises(CannotStartApart, match="no process could be started"):
        start_apart(squares, [1])
