"""What a rep reads before a visit: one customer's facts gathered in one place.

The screen (tui.screens.briefing) lays it out; the score's "why" comes from
the scored Book the list holds, not from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from custui.store import contacts, repo, timeline
from custui.store.db import Store
from custui.store.settings import base_currency


@dataclass(frozen=True)
class OrderTotals:
    """Orders of one period: how many, their sum in the base currency (minor units), and the orders
    left out of that sum for want of a rate (currency → how many)."""

    count: int
    base_minor: int
    currency: str
    unconverted: dict[str, int]


@dataclass(frozen=True)
class Brief:
    customer: dict[str, Any]
    people: list[dict[str, Any]]  # primary first, those who left last
    last_interactions: list[timeline.Entry]
    open_actions: list[timeline.Entry]
    this_year: OrderTotals  # 1 Jan … today
    last_year_to_date: OrderTotals  # 1 Jan … the same day last year
    last_year: OrderTotals  # the whole of last year


_ORDERS_SQL = """
SELECT currency, count(*), ifnull(sum(amount_base_minor), 0), count(*) - count(amount_base_minor) FROM orders
WHERE customer_id = ? AND deleted_at IS NULL AND substr(ordered_at, 1, 10) BETWEEN ? AND ?
GROUP BY currency
"""


def _totals(store: Store, customer_id: int, start: date, end: date) -> OrderTotals:
    rows = store.tuples(_ORDERS_SQL, (customer_id, start.isoformat(), end.isoformat()))
    return OrderTotals(
        sum(r[1] for r in rows),
        sum(int(r[2]) for r in rows),
        base_currency(store),
        {r[0]: r[3] for r in rows if r[3]},
    )


def _same_day_last_year(today: date) -> date:
    try:
        return today.replace(year=today.year - 1)
    except ValueError:  # 29 February
        return today.replace(year=today.year - 1, day=28)


def brief(store: Store, customer_id: int, today: date) -> Brief:
    """The brief of *customer_id* as of *today*.  Raises repo.NotFound."""
    customer = repo.get_customer(store, customer_id)
    last: list[timeline.Entry] = []
    after = None
    while len(last) < 3:  # the newest three interactions, however many orders came between
        entries = timeline.page(store, customer_id, after, limit=50)
        if not entries:
            break
        last += [e for e in entries if e.kind == "interaction"][: 3 - len(last)]
        after = entries[-1].cursor
    year_start = date(today.year, 1, 1)
    last_start = date(today.year - 1, 1, 1)
    return Brief(
        customer=customer,
        people=contacts.list_contacts(store, customer_id),
        last_interactions=last,
        open_actions=timeline.open_actions(store, customer_id),
        this_year=_totals(store, customer_id, year_start, today),
        last_year_to_date=_totals(store, customer_id, last_start, _same_day_last_year(today)),
        last_year=_totals(store, customer_id, last_start, date(today.year - 1, 12, 31)),
    )
