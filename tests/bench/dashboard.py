"""The dashboard on a bench file: ``python -m tests.bench.dashboard FILE [--repeat 5]``.

Prints medians (ms): each piece the dashboard computes once the list's scores
exist (core numbers over the scored frame, the two SQL reads, one pivot),
and the screen itself, headless: from pressing ``5`` (scores already loaded,
as they are once the list is up) to every panel filled.  Book.load, the
list's own start-up cost, is printed for reference.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time
from datetime import date

from custui.core import dashboard as numbers
from custui.store import dashboard as reads
from custui.store.book import Book
from tests.bench.book import median_ms, store_on_copy
from tests.bench.interactive import settle, wait_until

AS_OF = date(2026, 11, 20)


async def screen_open_ms(store, repeat: int) -> float:
    from custui.tui.app import CustuiApp
    from custui.tui.screens.dashboard import DashboardScreen

    app = CustuiApp(store, warm_up=False, as_of=AS_OF)
    times: list[float] = []
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_until(lambda: app.screen.book is not None, "the list's scores", timeout=120)
        await settle(pilot)
        for _ in range(repeat):
            start = time.perf_counter()
            await pilot.press("5")
            await wait_until(lambda: isinstance(app.screen, DashboardScreen) and app.screen.snapshot is not None,
                             "the dashboard's numbers")  # fmt: skip
            times.append(time.perf_counter() - start)
            await pilot.press("escape")
            await settle(pilot)
    return round(statistics.median(times) * 1000, 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.dashboard")
    parser.add_argument("file")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    with store_on_copy(args.file) as store:
        print(json.dumps(_measure(store, args.repeat)))
    return 0


def _measure(store, repeat: int) -> dict:
    start = time.perf_counter()
    book = Book.load(store, as_of=AS_OF)
    load_ms = (time.perf_counter() - start) * 1000
    frame = book.frame
    result = {
        "customers": len(book),
        "book_load_ms": round(load_ms),
        "core_numbers_ms": round(
            median_ms(
                lambda: (
                    numbers.tier_shares(frame),
                    numbers.segment_shares(frame),
                    numbers.churn_risks(frame),
                    numbers.top_customers(frame),
                ),
                repeat,
            ),
            1,
        ),
        "orders_by_month_ms": round(
            median_ms(lambda: reads.orders_by_month(store, AS_OF), repeat), 1
        ),
        "follow_up_load_ms": round(
            median_ms(lambda: reads.follow_up_load(store, AS_OF), repeat), 1
        ),
        "pivot_industry_tier_ms": round(
            median_ms(lambda: numbers.pivot(frame, "industry", "tier"), repeat), 1
        ),
        "pivot_tag_category_segment_ms": round(
            median_ms(lambda: numbers.pivot(frame, "tag_category", "segment"), repeat), 1
        ),
        "screen_open_ms": asyncio.run(screen_open_ms(store, repeat)),
    }
    return result


if __name__ == "__main__":
    raise SystemExit(main())
