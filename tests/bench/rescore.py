"""One change, re-scored: ``python -m tests.bench.rescore FILE [--changes N]``.

On a copy of FILE (the original is never written): the list's book is scored once from the file,
then N orders are added, each to another customer spread over the ranking, as the order form adds
them, and after each the book is re-scored for that customer from memory (``Book.rescored``, what
the app does after an edit).  Prints the median and slowest milliseconds of a re-score beside one
full re-score from the file (``Book.load``, what the app did before).  Not part of the test run.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from contextlib import closing
from datetime import date
from pathlib import Path

from custui.core.entries import validate_order
from custui.store import timeline
from custui.store.book import Book
from custui.store.db import open_store


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.rescore")
    parser.add_argument("file", type=Path)
    parser.add_argument("--changes", type=int, default=9)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / args.file.name
        with closing(sqlite3.connect(args.file)) as src, closing(sqlite3.connect(copy)) as dst:
            src.backup(dst)
        store = open_store(copy)
        start = time.perf_counter()
        book = Book.load(store)
        full_s = time.perf_counter() - start
        ranked = book.result.frame.index
        step = max(1, len(ranked) // args.changes)
        today = date.today()
        times = []
        for customer_id in [int(i) for i in ranked[::step][: args.changes]]:
            values, errors = validate_order(
                {"ordered_at": today.isoformat(), "amount": "5000"}, today
            )
            assert not errors, errors
            timeline.add_order(store, customer_id, values)
            start = time.perf_counter()
            rescored = book.rescored(store, [customer_id])
            times.append(time.perf_counter() - start)
            assert rescored is not None
            book = rescored
        store.close()
    print(
        f"{args.file.name}: {len(ranked):,} customers; one order re-scored from memory: median "
        f"{statistics.median(times) * 1000:.0f} ms, slowest {max(times) * 1000:.0f} ms ({len(times)} changes); "
        f"the whole book from the file: {full_s * 1000:.0f} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
