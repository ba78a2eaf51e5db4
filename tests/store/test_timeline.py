"""custui.store.timeline on a real file: merged order, keyset pages, deleted entries."""

from __future__ import annotations

import random

import pytest

from custui.store import repo, timeline
from custui.store.db import Store
from tests.conftest import add_customer


@pytest.fixture
def busy(store: Store) -> tuple[int, int]:
    """A customer with 250 interactions and 120 orders, many sharing a timestamp; and a neighbour."""
    rnd = random.Random(4)
    me = add_customer(store, {"name": "华创科技"})
    other = add_customer(store, {"name": "Acme"})
    stamps = [f"2026-{m:02d}-{d:02d}T09:00:00+08:00" for m in range(1, 13) for d in (1, 15)]
    with store.transaction() as conn:
        for n in range(250):
            conn.execute(
                "INSERT INTO interactions (customer_id, occurred_at, channel, summary, created_at) VALUES (?, ?, ?, ?, ?)",
                (
                    me,
                    rnd.choice(stamps),
                    rnd.choice(["call", "visit", "email"]),
                    f"第{n}次",
                    "2026-01-01",
                ),
            )
        for n in range(120):
            conn.execute(
                "INSERT INTO orders (customer_id, ordered_at, amount_minor, product, created_at) VALUES (?, ?, ?, ?, ?)",
                (me, rnd.choice(stamps), 100 * n, f"P{n}", "2026-01-01"),
            )
        conn.execute(
            "INSERT INTO interactions (customer_id, occurred_at, channel, created_at) VALUES (?, '2027-01-01', 'call', 'x')",
            (other,),
        )
        conn.execute(
            "UPDATE interactions SET deleted_at = '2026-11-01' WHERE customer_id = ? AND id % 10 = 0",
            (me,),
        )
    return me, other


def everything(store: Store, customer_id: int) -> list[tuple]:
    rows = store.query(
        "SELECT occurred_at, 'interaction', id FROM interactions WHERE customer_id = ? AND deleted_at IS NULL "
        "UNION ALL SELECT ordered_at, 'order', id FROM orders WHERE customer_id = ? AND deleted_at IS NULL",
        (customer_id, customer_id),
    )
    return sorted((tuple(r) for r in rows), reverse=True)


@pytest.mark.parametrize("limit", [1, 7, 100, 1000])
def test_pages_walk_the_whole_timeline_newest_first(
    store: Store, busy: tuple[int, int], limit: int
) -> None:
    me, _ = busy
    seen: list[tuple] = []
    after = None
    while True:
        entries = timeline.page(store, me, after, limit)
        assert len(entries) <= limit
        if not entries:
            break
        seen += [e.cursor for e in entries]
        after = entries[-1].cursor
    assert seen == everything(store, me) == timeline.keys(store, me)
    assert len(seen) == sum(timeline.counts(store, me)) == 225 + 120


def test_entries_carry_their_fields(store: Store, busy: tuple[int, int]) -> None:
    me, other = busy
    entries = timeline.page(store, me, limit=400)
    orders = [e for e in entries if e.kind == "order"]
    assert all(e.amount_minor is not None and e.product and e.channel is None for e in orders)
    calls = [e for e in entries if e.kind == "interaction"]
    assert all(
        e.channel in {"call", "visit", "email"} and e.summary.startswith("第") for e in calls
    )
    assert [e.at for e in timeline.page(store, other)] == ["2027-01-01"]
    assert timeline.page(store, 999_999) == [] and timeline.counts(store, 999_999) == (0, 0)


def test_added_entries_come_first_and_gone_customers_refuse(
    store: Store, busy: tuple[int, int]
) -> None:
    from datetime import date

    from custui.core.entries import validate_interaction, validate_order
    from custui.store.db import StoreError

    me, other = busy
    today = date(2027, 3, 1)
    call, errors = validate_interaction({"channel": "call", "summary": "回访", "next_action": "报价",
                                         "next_action_due": "+3d"}, today)  # fmt: skip
    assert not errors
    call_id = timeline.add_interaction(store, me, call)
    order, _ = validate_order({"amount": "88.80", "product": "样品"}, today)
    order_id = timeline.add_order(store, me, order)
    top = timeline.page(store, me, limit=2)
    assert [(e.kind, e.id) for e in top] == [("order", order_id), ("interaction", call_id)]
    assert top[0].amount_minor == 8880 and top[1].next_action_due == "2027-03-04"
    repo.delete_customer(store, other)
    with pytest.raises(StoreError, match="gone"):
        timeline.add_interaction(store, other, call)
    assert timeline.counts(store, other) == (1, 0)


def test_brief_gathers_contacts_actions_and_year_totals(store: Store) -> None:
    from datetime import date

    from custui.store.briefing import brief

    me = add_customer(store, {"name": "华创科技"})
    with store.transaction() as conn:
        for day, amount, currency in (("2026-03-01", 100_00, "CNY"), ("2026-11-20", 50_00, "USD"),
                                      ("2025-02-01", 70_00, "CNY"), ("2025-12-01", 5_00, "CNY"),
                                      ("2024-02-29", 1, "CNY")):  # fmt: skip
            conn.execute("INSERT INTO orders (customer_id, ordered_at, amount_minor, currency, created_at) "
                         "VALUES (?, ?, ?, ?, 'x')", (me, day, amount, currency))  # fmt: skip
        for n, (day, action, due, done) in enumerate((("2026-11-01", "报价", "2026-11-05", 0),
                                                      ("2026-10-01", None, None, 0), ("2026-09-01", "寄样", "2026-09-09", 1),
                                                      ("2026-08-01", "回访", "2026-12-01", 0))):  # fmt: skip
            conn.execute("INSERT INTO interactions (customer_id, occurred_at, channel, summary, next_action, "
                         "next_action_due, done, created_at) VALUES (?, ?, 'call', ?, ?, ?, ?, 'x')",
                         (me, day, f"#{n}", action, due, done))  # fmt: skip
    b = brief(store, me, date(2026, 11, 20))
    assert [e.summary for e in b.last_interactions] == ["#0", "#1", "#2"]
    assert [e.next_action for e in b.open_actions] == ["报价", "回访"]
    assert (b.this_year.count, b.this_year.base_minor, b.this_year.unconverted) == (
        2,
        100_00,
        {"USD": 1},
    )
    from custui.store.rates import set_rate

    set_rate(store, "USD", "7.10")
    b = brief(store, me, date(2026, 11, 20))
    assert (b.this_year.base_minor, b.this_year.currency, b.this_year.unconverted) == (
        100_00 + 355_00,
        "CNY",
        {},
    )
    assert (b.last_year_to_date.count, b.last_year.count) == (1, 2)
    leap = brief(store, me, date(2028, 2, 29))
    assert leap.this_year.count == 0 and leap.last_year.count == 0


def test_edit_delete_and_restore_entries(store: Store, busy: tuple[int, int]) -> None:
    me, _ = busy
    newest = timeline.page(store, me, limit=1)[0]
    before = timeline.counts(store, me)
    timeline.delete_entry(store, newest.kind, newest.id)
    assert timeline.page(store, me, limit=1)[0].cursor != newest.cursor
    assert sum(timeline.counts(store, me)) == sum(before) - 1
    timeline.delete_entry(store, newest.kind, newest.id, restore=True)
    assert (
        timeline.page(store, me, limit=1)[0].cursor == newest.cursor
        and timeline.counts(store, me) == before
    )
    call = next(e for e in timeline.page(store, me, limit=50) if e.kind == "interaction")
    values = {"occurred_at": call.at, "channel": "visit", "summary": "改过", "owner": "李娜", "sentiment": "negative",
              "next_action": None, "next_action_due": None}  # fmt: skip
    timeline.update_entry(store, "interaction", call.id, values)
    stored = timeline.get_entry(store, "interaction", call.id)
    assert (stored["channel"], stored["summary"], stored["sentiment"], stored["customer_id"]) == (
        "visit",
        "改过",
        "negative",
        me,
    )
    with pytest.raises(KeyError):
        timeline.get_entry(store, "order", 10**9)
