"""Money owed from the book: open orders of active customers, marking one paid, and the owed report.

Reads only the orders money owed can count (``due_on`` set or ``paid`` 0), through the partial index
``orders_payment`` (schema v10); the sums, buckets and rules are :mod:`custui.core.receivables`.
Amounts in the base currency are the stored ``amount_base_minor`` (core.money's conversion, kept
by the v7 triggers); an order without one is left out and counted per currency, to be said.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from custui.core.receivables import BUCKET_LABELS, Owed, Receivable, owed_by_customer, ranked
from custui.store.db import Store, StoreError
from custui.store.repo import ACTIVE, codes_and_names

if TYPE_CHECKING:
    import pandas as pd

#: The orders money owed can count (the partial index orders_payment covers exactly these).
_PAYABLE = "o.deleted_at IS NULL AND (o.due_on IS NOT NULL OR o.paid = 0)"
_RECEIVABLES_SQL = f"""
SELECT o.id, o.customer_id, substr(o.ordered_at, 1, 10), o.amount_minor, o.currency, o.amount_base_minor,
       o.due_on, o.paid, o.paid_on
FROM orders o INDEXED BY orders_payment JOIN customers c ON c.id = o.customer_id
WHERE {_PAYABLE} AND {ACTIVE}
"""


def _day(text: Any) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(str(text)[:10])
    except ValueError:
        return None


def _receivable(row: tuple[Any, ...]) -> Receivable | None:
    order_id, cid, ordered, amount, currency, base, due_on, paid, paid_on = row
    ordered_on = _day(ordered)
    if ordered_on is None:  # not a day another program wrote: left out, as scoring reports it
        return None
    return Receivable(order_id, cid, ordered_on, int(amount), str(currency),
                      None if base is None else int(base), _day(due_on),
                      None if paid is None else bool(paid), _day(paid_on))  # fmt: skip


def receivables(store: Store, customer_id: int | None = None) -> list[Receivable]:
    """The orders money owed can count, of active customers (of one with *customer_id*)."""
    params: tuple[int, ...]
    sql, params = _RECEIVABLES_SQL, ()
    if customer_id is not None:
        params = (customer_id,)
        sql += " AND o.customer_id = ?"
    return [r for r in map(_receivable, store.tuples(sql, params)) if r is not None]


@dataclass(frozen=True)
class OwedLine:
    """One customer of the owed report: who, and what it owes."""

    code: str
    name: str
    owed: Owed


@dataclass(frozen=True)
class OwedReport:
    """Every customer with open orders on a day, most overdue first."""

    as_of: date
    lines: list[OwedLine]
    #: Open orders left out of the sums for want of a rate: currency → orders.
    left_out: dict[str, int] = field(default_factory=dict)

    def warnings(self, *, in_app: bool = False) -> list[str]:
        """One sentence per currency left out ("2 open orders in JPY have no rate …")."""
        how = "in Settings… (ctrl+p)" if in_app else "with: custui config rate {c} RATE"
        return [
            f"{n:,} open order{'s' if n != 1 else ''} in {c} {'has' if n == 1 else 'have'} no rate and "
            f"{'is' if n == 1 else 'are'} left out of the money owed — set one {how.format(c=c)}"
            for c, n in sorted(self.left_out.items(), key=lambda kv: (-kv[1], kv[0]))
        ]


def owed_report(store: Store, as_of: date) -> OwedReport:
    """What every active customer owes on *as_of*, most overdue first (only customers owing money
    in the base currency are lines; those whose open orders all lack a rate are in ``left_out``)."""
    orders = receivables(store)
    by_customer = owed_by_customer(orders, as_of)
    left_out = Counter(
        o.currency for o in orders if o.is_open(as_of) and o.amount_base_minor is None
    )
    owing = [o for o in by_customer.values() if o.open_orders]
    names = codes_and_names(store, [o.customer_id for o in owing])
    lines = [OwedLine(*names[o.customer_id], o) for o in ranked(owing)]
    return OwedReport(as_of, lines, dict(left_out))


def customer_owed(store: Store, customer_id: int, as_of: date) -> Owed:
    """What one customer owes on *as_of* (all zero when nothing)."""
    return owed_by_customer(receivables(store, customer_id), as_of).get(
        customer_id, Owed(customer_id)
    )


def open_orders(store: Store, customer_id: int, as_of: date) -> list[Receivable]:
    """One customer's open orders on *as_of*, the oldest due first."""
    found = [r for r in receivables(store, customer_id) if r.is_open(as_of)]
    return sorted(found, key=lambda r: (r.due, r.order_id))


# --------------------------------------------------------------------------- paying


@dataclass(frozen=True)
class Payment:
    """An order's payment columns as they were: what undoing a change puts back."""

    order_id: int
    paid: int | None
    paid_on: str | None


def set_paid(store: Store, order_id: int, day: date | None) -> Payment:
    """Mark the order paid on *day* (None: not paid); returns what it had, for :func:`restore`."""
    with store.transaction() as conn:
        row = conn.execute(
            "SELECT paid, paid_on FROM orders WHERE id = ? AND deleted_at IS NULL", (order_id,)
        ).fetchone()
        if row is None:
            raise StoreError(f"Order {order_id} is gone (deleted); nothing was changed.")
        conn.execute(
            "UPDATE orders SET paid = ?, paid_on = ? WHERE id = ?",
            (0 if day is None else 1, None if day is None else day.isoformat(), order_id),
        )
    return Payment(order_id, row[0], row[1])


def restore(store: Store, payment: Payment) -> None:
    """Put an order's payment back as :func:`set_paid` found it (the undo)."""
    with store.transaction() as conn:
        conn.execute(
            "UPDATE orders SET paid = ?, paid_on = ? WHERE id = ?",
            (payment.paid, payment.paid_on, payment.order_id),
        )


# --------------------------------------------------------------------------- export

OWED_COLUMNS = ("code", "name", "owed", "overdue", "oldest_due", *BUCKET_LABELS)


def owed_rows(report: OwedReport) -> pd.DataFrame:
    """The report as a table for export: code, name, owed, overdue, oldest_due (money as exact
    decimals in the base currency), then the overdue amount per aging bucket."""
    import pandas as pd

    from custui.store.call_list import money_text
    from custui.store.io import DECIMAL_COLUMNS_ATTR

    lines = report.lines
    frame = pd.DataFrame(
        {
            "code": [line.code for line in lines],
            "name": [line.name for line in lines],
            "owed": money_text(line.owed.open_minor for line in lines),
            "overdue": money_text(line.owed.overdue_minor for line in lines),
            "oldest_due": [
                line.owed.oldest_due.isoformat() if line.owed.oldest_due else "" for line in lines
            ],
            **{
                label: money_text(line.owed.buckets[i] for line in lines)
                for i, label in enumerate(BUCKET_LABELS)
            },
        },
        columns=list(OWED_COLUMNS),
    )
    frame.attrs[DECIMAL_COLUMNS_ATTR] = ("owed", "overdue", *BUCKET_LABELS)
    return frame


# --------------------------------------------------------------------------- chasing


def chase_rows(store: Store, today: date, search: str = "") -> list[dict[str, Any]]:
    """One "chase payment" follow-up per customer with money overdue on *today*, in the follow-ups'
    row shape, id = −customer id (interaction ids are positive), due = the oldest overdue day; with
    *search*, those whose code or name holds it (or "chase", "催款")."""
    from custui.core.receivables import Owed
    from custui.core.validate import format_money
    from custui.store.repo import ID_LIST, id_list

    orders = [o for o in receivables(store) if o.days_overdue(today) > 0]
    by_customer: dict[int, list[Receivable]] = {}
    for order in orders:
        by_customer.setdefault(order.customer_id, []).append(order)
    if not by_customer:
        return []
    people = store.tuples(
        f"SELECT c.id, c.code, c.name, c.phone, p.name, p.phone FROM customers c LEFT JOIN contacts p "
        f"ON p.customer_id = c.id AND p.is_primary = 1 AND p.deleted_at IS NULL WHERE c.id IN {ID_LIST}",
        (id_list(by_customer),),
    )
    needle = search.strip().casefold()
    rows = []
    for cid, code, name, phone, person, person_phone in people:
        late = by_customer[cid]
        owed = owed_by_customer(late, today).get(cid, Owed(cid))
        oldest = min(o.due for o in late)
        amount = (
            format_money(owed.overdue_minor).rsplit(".", 1)[0]
            if owed.overdue_minor
            else "(no rate)"
        )
        action = f"chase payment {amount} 催款"
        if needle and not any(needle in t.casefold() for t in (code, name, action)):
            continue
        rows.append({
            "id": -cid, "customer_id": cid, "code": code, "name": name, "next_action": action,
            "next_action_due": oldest.isoformat(), "channel": None,
            "summary": f"{len(late)} order{'s' if len(late) != 1 else ''} unpaid past due",
            "occurred_at": None, "owner": None, "contact_id": None, "customer_phone": phone,
            "person": person, "person_phone": person_phone, "days": (oldest - today).days, "when": "overdue",
        })  # fmt: skip
    return sorted(rows, key=lambda r: (r["next_action_due"], r["customer_id"]))
