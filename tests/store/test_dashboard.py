"""The dashboard's reads on real files, and its numbers against the list's own filtered counts."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from custui.core import dashboard as d
from custui.store import dashboard, repo
from custui.store.book import Book, ViewQuery
from custui.store.db import Store, open_store
from tests.conftest import add_customer

SAMPLE = Path(__file__).resolve().parents[2] / "sample.db"
AS_OF = date(2026, 11, 20)


def test_orders_by_month_counts_only_live_orders_of_active_customers(store: Store) -> None:
    a, b, c = (add_customer(store, {"name": n}) for n in ("华创", "Acme", "远辰"))
    with store.transaction() as conn:
        rows = [(a, "2026-11-03", 100), (a, "2026-11-19T10:00:00", 250), (b, "2026-09-30", 70),
                (a, "2024-01-01", 999), (c, "2026-11-05", 5000)]  # fmt: skip
        conn.executemany(
            "INSERT INTO orders (customer_id, ordered_at, amount_minor, created_at) VALUES (?, ?, ?, 'x')",
            rows,
        )
        conn.execute("INSERT INTO orders (customer_id, ordered_at, amount_minor, created_at, deleted_at) "
                     "VALUES (?, '2026-11-04', 1, 'x', 'x')", (a,))  # fmt: skip
    repo.delete_customer(store, c)
    months = dashboard.orders_by_month(store, AS_OF, months=3)
    assert months.to_dict("list") == {"month": ["2026-09", "2026-10", "2026-11"], "orders": [1, 0, 2],
                                      "amount_minor": [70, 0, 350]}  # fmt: skip


def test_follow_up_load(store: Store) -> None:
    cid = add_customer(store, {"name": "华创"})
    with store.transaction() as conn:
        for due in ("2026-11-01", "2026-11-20", "2026-11-26", "2026-11-27", "2026-12-30"):
            conn.execute("INSERT INTO interactions (customer_id, occurred_at, channel, summary, next_action, "
                         "next_action_due, created_at) VALUES (?, '2026-10-01', 'call', 's', 'n', ?, 'x')", (cid, due))  # fmt: skip
    assert dashboard.follow_up_load(store, AS_OF) == dashboard.FollowUpLoad(
        5, 1, 1, 2
    )  # 20th and 26th: within 7 days


@pytest.fixture(scope="module")
def sample_book(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("dash") / "sample.db"
    shutil.copy(SAMPLE, path)
    store = open_store(path)
    yield store, Book.load(store, as_of=AS_OF)
    store.close()


@pytest.mark.parametrize(("rows", "columns"), [("industry", "tier"), ("size", "segment"), ("region", "tag_category"),
                                               ("tag_category", "tier"), ("segment", "size")])  # fmt: skip
def test_every_pivot_cell_agrees_with_the_lists_filtered_count(
    sample_book, rows: str, columns: str
) -> None:
    store, book = sample_book
    table = d.pivot(book.frame, rows, columns)
    checked = 0
    for row in [*table.rows, None]:
        for column in [*table.columns, None]:
            expr = d.cell_filter(table, row, column)
            if expr is None:
                continue
            expected = table.total if row is None and column is None else (
                table.row_totals[row] if column is None else
                table.column_totals[column] if row is None else table.value(row, column))  # fmt: skip
            assert len(book.ids(store, ViewQuery(filter=expr))) == expected, expr
            checked += 1
    assert checked > len(table.rows) + len(table.columns)


def test_tier_shares_agree_with_the_tier_filter(sample_book) -> None:
    store, book = sample_book
    for share in d.tier_shares(book.frame):
        assert len(book.ids(store, ViewQuery(filter=f"tier:{share.key}"))) == share.count
    churn = d.churn_risks(book.frame, limit=10_000)
    assert len(churn) == len(book.ids(store, ViewQuery(filter="churn:yes")))
