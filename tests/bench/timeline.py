"""Opening a customer with a long history: timeline timings on a copy of a bench file.

    python -m tests.bench.timeline FILE OUT.json [--entries 5000] [--repeat 9]

Copies FILE, gives one customer *entries* interactions and orders in all, then
times (medians) what the detail screen reads on open — all entry keys and the
first page of 100 — plus a page deep in the history, and the brief; then the
screen itself, headless: from pushing the customer's detail screen to its
timeline holding the first page (``screen_open_ms``).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from datetime import date
from pathlib import Path

from custui.store import briefing, timeline
from tests.bench.book import median_ms, store_on_copy
from tests.bench.interactive import settle, wait_until

CUSTOMER_ID = 42


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.timeline")
    parser.add_argument("file")
    parser.add_argument("out")
    parser.add_argument("--entries", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args(argv)
    with store_on_copy(args.file) as store:
        have = sum(timeline.counts(store, CUSTOMER_ID))
        extra = max(args.entries - have, 0)
        with store.transaction() as conn:
            conn.executemany(
                "INSERT INTO interactions (customer_id, occurred_at, channel, summary, created_at) "
                "VALUES (?, ?, 'call', '回访', ?)",
                [
                    (
                        CUSTOMER_ID,
                        f"20{10 + n % 16:02d}-{1 + n % 12:02d}-{1 + n % 28:02d}T{n % 24:02d}:00:00",
                        "x",
                    )
                    for n in range(extra)
                ],
            )
        keys = timeline.keys(store, CUSTOMER_ID)
        result = {
            "entries": len(keys),
            "open_ms": median_ms(
                lambda: (timeline.keys(store, CUSTOMER_ID), timeline.page(store, CUSTOMER_ID)),
                args.repeat,
            ),
            "deep_page_ms": median_ms(
                lambda: timeline.page(store, CUSTOMER_ID, keys[len(keys) * 4 // 5]), args.repeat
            ),
            "brief_ms": median_ms(
                lambda: briefing.brief(store, CUSTOMER_ID, date(2026, 11, 20)), args.repeat
            ),
        }
        result["screen_open_ms"] = asyncio.run(screen_open_ms(store, args.repeat))
    Path(args.out).write_text(json.dumps(result), encoding="utf-8")
    return 0


async def screen_open_ms(store, repeat: int) -> float:
    """Median ms from pushing the detail screen to the first timeline page in its table."""
    import statistics

    from custui.tui.app import CustuiApp
    from custui.tui.screens.customer_detail import CustomerDetailScreen
    from custui.tui.widgets.lazy_table import LazyTable

    app = CustuiApp(store)
    times: list[float] = []
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)  # the home list and its scores are loaded: nothing else is running
        for _ in range(repeat):
            start = time.perf_counter()
            screen = CustomerDetailScreen(CUSTOMER_ID)
            await app.push_screen(screen)
            table = screen.query_one("#timeline", LazyTable)
            await wait_until(
                lambda: table.row_count and table.row_for(0) is not None, "the first timeline page"
            )
            times.append(time.perf_counter() - start)
            app.pop_screen()
            await settle(pilot)
    return round(statistics.median(times) * 1000, 2)


if __name__ == "__main__":
    raise SystemExit(main())
