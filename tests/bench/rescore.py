"""One change, re-scored: ``python -m tests.bench.rescore FILE [--changes N]``.

On a copy of FILE (the original is never written): the list's book is scored once from the file
and its ranking sorted, then for each kind of change — an order added, a call logged, a customer
deleted, the same customers restored — N customers spread over the ranking are changed through the
product's own paths (the order and call forms' validation, the delete and restore of the list),
and after each the book is brought up to date as the app does (``Book.rescored``) and the list's
order read again (``Book.ids``: the customer's rank on screen).  Beside it, the same change through
the full path from memory that ``Book.rescored`` took before issue 19.5 (the kept inputs spliced,
``score`` over the whole book, the list frame joined again), and the changed customer's score from
both compared.  A delete or a restore leaves the list's whole frame (filters, preview, pivot) to
be put together when first read; that time is printed too ("frame on first read", 0 when the
change made it at once).  Prints the medians and the slowest, and one full re-score from the file
(``Book.load``).  Not part of the test run.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from datetime import date
from pathlib import Path

from custui.core.entries import validate_interaction, validate_order
from custui.core.scoring import score
from custui.core.scoring.kept import spliced
from custui.store import repo, timeline
from custui.store.book import Book, _same_rows, load_display
from custui.store.db import Store, open_store
from custui.store.repo import ViewQuery
from custui.store.scores import load_scoring_rows

KINDS = ("order", "call", "delete", "restore")


def change(store: Store, kind: str, customer_id: int, today: date) -> None:
    """One change of *kind* to the customer, through the product's paths."""
    if kind == "order":
        values, errors = validate_order({"ordered_at": today.isoformat(), "amount": "5000"}, today)
        assert not errors, errors
        timeline.add_order(store, customer_id, values)
    elif kind == "call":
        values, errors = validate_interaction(
            {"occurred_at": today.isoformat(), "channel": "call", "summary": "rang",
             "sentiment": "positive", "next_action": "send the quote"}, today,
        )  # fmt: skip
        assert not errors, errors
        timeline.add_interaction(store, customer_id, values)
    elif kind == "delete":
        repo.delete_customer(store, customer_id)
    else:
        repo.restore_customer(store, customer_id)


def full_path(book: Book, store: Store, ids: list[int]) -> Book:
    """What ``Book.rescored`` did before issue 19.5: the whole book scored again from memory."""
    customers, order_feats, interaction_feats = book.result.sources[:3]
    fresh_customers, fresh_orders, fresh_interactions = load_scoring_rows(
        store, ids, book.as_of, book.config
    )
    active = fresh_customers.index
    customers = spliced(customers, fresh_customers, ids)
    order_feats = spliced(order_feats, fresh_orders[fresh_orders.index.isin(active)], ids)
    interaction_feats = spliced(
        interaction_feats, fresh_interactions[fresh_interactions.index.isin(active)], ids
    )
    result = score(customers, order_feats, interaction_feats, book.as_of, book.config)
    fresh = load_display(store, ids)
    shown = book.display.loc[[i for i in ids if i in book.display.index]]
    if _same_rows(shown, fresh, ids):  # an order or a call: nothing shown changed
        return Book(result, book.display)
    display = spliced(book.display, fresh, ids)
    assert display is not None
    return Book(result, display)


def timed(work: Callable[[], Book]) -> tuple[Book, float]:
    start = time.perf_counter()
    out = work()
    return out, (time.perf_counter() - start) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.rescore")
    parser.add_argument("file", type=Path)
    parser.add_argument("--changes", type=int, default=9)
    args = parser.parse_args(argv)
    today = date.today()
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / args.file.name
        with closing(sqlite3.connect(args.file)) as src, closing(sqlite3.connect(copy)) as dst:
            src.backup(dst)
        store = open_store(copy)
        book, full_ms = timed(lambda: Book.load(store))
        book.ids(store, ViewQuery())  # the list shows the ranking
        ranked = book.result.frame.index
        step = max(1, len(ranked) // (2 * args.changes))
        picks = [int(i) for i in ranked[::step]]
        chosen = {"order": picks[0::2][: args.changes], "call": picks[1::2][: args.changes]}
        chosen["delete"] = chosen["restore"] = picks[0::2][: args.changes][::-1]
        for kind in KINDS:
            quick, ranks, rest, full = [], [], [], []
            for customer_id in chosen[kind]:
                change(store, kind, customer_id, today)
                before = book
                # put together untimed: the full path had its frames at hand
                _ = before.result.sources, before.frame
                reference, full_time = timed(lambda: full_path(before, store, [customer_id]))
                rescored, quick_time = timed(
                    lambda: before.rescored(store, [customer_id]) or before
                )
                start = time.perf_counter()
                order = rescored.ids(store, ViewQuery())
                rank_time = (time.perf_counter() - start) * 1000
                start = time.perf_counter()
                _ = rescored.frame  # a delete or a restore leaves it to be made on first read
                rest.append((time.perf_counter() - start) * 1000)
                assert rescored is not before
                if kind == "delete":
                    assert customer_id not in rescored.frame.index and customer_id not in order
                else:
                    mine = rescored.frame.loc[customer_id, "score"]
                    assert mine == reference.result.frame.loc[customer_id, "score"]
                    assert order.index(customer_id) == reference.ids(store, ViewQuery()).index(
                        customer_id
                    )
                quick.append(quick_time)
                ranks.append(quick_time + rank_time)
                full.append(full_time)
                book = rescored
            lines.append(
                f"  {kind:8} {statistics.median(quick):6.0f} ms (slowest {max(quick):4.0f})"
                f"   {statistics.median(ranks):6.0f} ms (slowest {max(ranks):4.0f})"
                f"   {statistics.median(rest):6.0f} ms"
                f"   {statistics.median(full):6.0f} ms"
            )
        store.close()
    print(
        f"{args.file.name}: {len(ranked):,} customers; {args.changes} changes of each kind, medians"
    )
    print("  change   re-scored (Book.rescored)   + list order (Book.ids)   "
          "frame on first read   full path from memory")  # fmt: skip
    print("\n".join(lines))
    print(f"  the whole book from the file (Book.load): {full_ms:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
