"""Opening a customer with a long history: timeline timings on a copy of a bench file.

    python -m tests.bench.timeline FILE OUT.json [--entries 5000] [--repeat 9]

Copies FILE, gives one customer *entries* interactions and orders in all, then
times (medians) what the detail screen reads on open — all entry keys and the
first page of 100 — plus a page deep in the history, and the brief.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from datetime import date
from pathlib import Path

from custui.store import briefing, timeline
from custui.store.db import open_store
from tests.bench.book import median_ms

CUSTOMER_ID = 42


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.timeline")
    parser.add_argument("file")
    parser.add_argument("out")
    parser.add_argument("--entries", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "timeline.db"
        shutil.copy(args.file, copy)
        store = open_store(copy)
        have = sum(timeline.counts(store, CUSTOMER_ID))
        extra = max(args.entries - have, 0)
        with store.transaction() as conn:
            conn.executemany(
                "INSERT INTO interactions (customer_id, occurred_at, channel, summary, created_at) "
                "VALUES (?, ?, 'call', '回访', ?)",
                [(CUSTOMER_ID, f"20{10 + n % 16:02d}-{1 + n % 12:02d}-{1 + n % 28:02d}T{n % 24:02d}:00:00", "x")
                 for n in range(extra)],  # fmt: skip
            )
        keys = timeline.keys(store, CUSTOMER_ID)
        result = {
            "entries": len(keys),
            "open_ms": median_ms(lambda: (timeline.keys(store, CUSTOMER_ID), timeline.page(store, CUSTOMER_ID)),
                                 args.repeat),  # fmt: skip
            "deep_page_ms": median_ms(lambda: timeline.page(store, CUSTOMER_ID, keys[len(keys) * 4 // 5]), args.repeat),
            "brief_ms": median_ms(lambda: briefing.brief(store, CUSTOMER_ID, date(2026, 11, 20)), args.repeat),
        }
        store.close()
    Path(args.out).write_text(json.dumps(result), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
