"""Score history on a bench file: ``python -m tests.bench.history FILE [--repeat 5]``.

Prints medians (ms), on a copy of FILE:

* ``snapshot_kept_ms``: ``custui snapshot`` for the day the kept ranking is fresh for (INSERT … SELECT
  from score_ranks, replacing the day's snapshot);
* ``snapshot_scored_ms``: ``custui snapshot --as-of`` a past day (scored as of that day, then written);
* ``snapshot_result_ms``: the app's monthly snapshot from a ranking in memory (store.history.save_result);
* ``movement_ms``: the matrix between two snapshots (both sides read, counted);
* ``movement_now_ms``: the dashboard's matrix, a snapshot against the ranking in memory;
* ``movement_export_rows_ms``: the rows ``movement --export`` writes (before the file is written);
* ``moved_filter_column_ms``: the columns the list's ``moved:``/``was:`` filters add to the ranking;
* ``sparkline_read_ms``: one customer's monthly scores (the customer screen).

A 100k file: ``custui sample --out /tmp/x.db --customers 100000`` or ``python -m tests.bench``.
"""

from __future__ import annotations

import argparse
import json
import time
from datetime import date

from custui.core import movement
from custui.store import history, score_cache
from custui.store.scores import score_book
from tests.bench.book import median_ms, store_on_copy

AS_OF = date(2026, 11, 20)
PAST = date(2026, 6, 30)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.history")
    parser.add_argument("file")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    with store_on_copy(args.file) as store:
        print(json.dumps(_measure(store, args.repeat)))
    return 0


def _measure(store, repeat: int) -> dict:
    start = time.perf_counter()
    changes, settings = score_cache.change_count(store), score_cache.saved_settings(store)
    result = score_book(store, AS_OF)
    score_cache.save(store, result, changes, settings)
    keep_ms = (time.perf_counter() - start) * 1000
    assert history.take_snapshot(store, AS_OF).made_from == history.KEPT
    out: dict[str, float | int] = {
        "customers": len(result.frame),
        "score_and_keep_ranking_ms": round(keep_ms),
        "snapshot_kept_ms": round(
            median_ms(lambda: history.take_snapshot(store, AS_OF), repeat), 1
        ),
        "snapshot_scored_ms": round(
            median_ms(lambda: history.take_snapshot(store, PAST), repeat), 1
        ),
        "snapshot_result_ms": round(
            median_ms(lambda: history.save_result(store, result), repeat), 1
        ),
    }

    def matrix() -> movement.Movement:
        return movement.movement(history.tiers_on(store, PAST), history.tiers_on(store, AS_OF))

    def against_now() -> movement.Movement:
        frame = result.frame
        now = dict(zip(frame.index.tolist(), frame["tier"].astype(str).tolist()))
        return movement.movement(history.tiers_on(store, PAST), now)

    counted = matrix()
    assert counted.both > 0
    out |= {
        "matrix_customers": counted.total,
        "movement_ms": round(median_ms(matrix, repeat), 1),
        "movement_now_ms": round(median_ms(against_now, repeat), 1),
        "movement_export_rows_ms": round(
            median_ms(lambda: history.movement_rows(store, PAST, AS_OF), repeat), 1
        ),
    }
    out["moved_filter_column_ms"] = round(
        median_ms(lambda: history.with_moved(store, result.frame, ("moved",), AS_OF), repeat), 1
    )
    some = int(result.frame.index[len(result.frame) // 2])
    out["sparkline_read_ms"] = round(
        median_ms(lambda: history.monthly_scores(store, some), repeat), 2
    )
    return out


if __name__ == "__main__":
    raise SystemExit(main())
