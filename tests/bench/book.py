"""Re-sort, re-filter and re-rank timings of the in-memory scored list.

    python -m tests.bench.book /tmp/custui-bench/custui-100000-seed20240601.db

(The file comes from ``python -m tests.bench``.)  Prints medians of 5 runs.
"""

from __future__ import annotations

import contextlib
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from custui.core.scoring import score
from custui.store.book import Book, ViewQuery
from custui.store.db import Store, open_store
from custui.store.scores import load_scoring_inputs

SORTS = ("score", "name", "code", "tier", "last_contact", "monetary")
FILTERS = (
    "tier:core,strategic score>=70",
    "churn:yes",
    "industry:制造",
    "tag:重点",
    "last_order<90d priority:s,a",
)


@contextlib.contextmanager
def store_on_copy(path: str | Path) -> Iterator[Store]:
    """The bench file opened on a throw-away copy: benchmarks write, and opening migrates an older file."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / Path(path).name
        shutil.copy(path, copy)
        store = open_store(copy)
        try:
            yield store
        finally:
            store.close()


def median_ms(action, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main(path: str) -> None:
    with store_on_copy(path) as store:
        start = time.perf_counter()
        book = Book.load(store)
        print(
            f"| Book.load (score + display columns) | {(time.perf_counter() - start) * 1000:,.0f} ms |"
        )
        inputs = load_scoring_inputs(store, book.as_of, book.config, details=False, tags=False)

        def again():
            return score(
                inputs.customers,
                inputs.order_feats,
                inputs.interaction_feats,
                inputs.as_of,
                inputs.config,
            )

        print(f"| re-score, inputs already in memory | {median_ms(again):,.1f} ms |")
        for sort in SORTS:
            print(
                f"| sort by {sort} | {median_ms(lambda: book.ids(store, ViewQuery(sort=sort))):,.1f} ms |"
            )
        for expr in FILTERS:
            print(
                f"| filter `{expr}` | {median_ms(lambda: book.ids(store, ViewQuery(filter=expr))):,.1f} ms |"
            )
        config = book.config.with_weights({"current_value": 50, "growth_potential": 20})
        print(
            f"| re-rank after a weight change | {median_ms(lambda: book.reranked(config)):,.1f} ms |"
        )
        print(f"| peak RSS | {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB |")


if __name__ == "__main__":
    main(sys.argv[1])
