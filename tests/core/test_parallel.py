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
    assert flat(here) == flat(map_chunks(squares, items, size=40, workers=2)) == [n * n for n in items]


def test_leaving_early_stops_the_workers():
    results = map_chunks(squares, list(range(1_000)), size=100, workers=2)
    assert next(results) == [n * n for n in range(50)]  # done here, warming up
    assert next(results) == [n * n for n in range(50, 150)]  # from a worker
    results.close()  # shuts the pool down without running the queued chunks


def test_small_jobs_stay_in_this_process():
    assert workers_for(100) == 0
