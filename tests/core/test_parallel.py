"""map_chunks: the same results, in the same order, with or without worker processes."""

from __future__ import annotations

from custui.core.parallel import chunks, map_chunks, workers_for


def squares(chunk: list[int]) -> list[int]:
    return [n * n for n in chunk]


def test_chunks_cover_every_item_once_in_order():
    assert chunks(list(range(7)), 3) == [[0, 1, 2], [3, 4, 5], [6]]
    assert chunks([], 3) == []


def test_worker_processes_give_what_this_process_gives_in_order():
    items = list(range(1, 50))
    here = list(map_chunks(squares, items, size=4, workers=0))
    assert here == list(map_chunks(squares, items, size=4, workers=2))
    assert [n for part in here for n in part] == [n * n for n in items]


def test_leaving_early_stops_the_workers():
    results = map_chunks(squares, list(range(1_000)), size=10, workers=2)
    assert next(results) == [n * n for n in range(10)]
    assert next(results) == [n * n for n in range(10, 20)]
    results.close()  # shuts the pool down without running the queued chunks


def test_small_jobs_stay_in_this_process():
    assert workers_for(100) == 0
