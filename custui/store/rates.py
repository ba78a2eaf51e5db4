"""The base currency and the rep's exchange rates; what they leave unconverted.

Orders carry their amount in the base currency, kept by the triggers of
schema v7 whenever an order, a rate or the base currency changes: this module
only writes the rates and the setting, in one transaction per change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from custui.core.money import ALWAYS, Rate, RebaseError, parse_rate, rate_text, rebase
from custui.core.regions import currency_code
from custui.store.db import Store, StoreError
from custui.store.settings import CURRENCY_KEY, _put, _set_guessed, base_currency


def list_rates(store: Store) -> list[Rate]:
    """Every rate, by currency then start day."""
    rows = store.tuples(
        "SELECT currency, rate, valid_from FROM rates ORDER BY currency, valid_from"
    )
    return [Rate(c, Decimal(r), None if f == ALWAYS else date.fromisoformat(f)) for c, r, f in rows]


def _currency(value: object) -> str:
    code = currency_code(value)
    if code is None:
        raise StoreError(
            f"Not a currency code: {str(value)[:20]!r} — use ISO 4217, e.g. CNY, USD, EUR."
        )
    return code


def set_rate(store: Store, currency: object, rate: object, valid_from: date | None = None) -> Rate:
    """Set (or replace) the rate of *currency* from *valid_from* (None: every day); returns it.
    StoreError (plain words) for an unknown currency, the base currency itself or a bad rate."""
    from custui.core.validate import FieldInvalid

    code = _currency(currency)
    base = base_currency(store)
    if code == base:
        raise StoreError(f"{code} is the base currency: its rate is always 1.")
    try:
        value = parse_rate(rate)
    except FieldInvalid as exc:
        raise StoreError(str(exc)) from None
    result = Rate(code, value, valid_from)
    with store.transaction() as conn:
        conn.execute(
            "INSERT INTO rates (currency, valid_from, rate) VALUES (?, ?, ?) "
            "ON CONFLICT(currency, valid_from) DO UPDATE SET rate = excluded.rate",
            (code, result.from_text, rate_text(value)),
        )
    return result


def remove_rate(store: Store, currency: object, valid_from: date | None = None) -> bool:
    """Remove one rate; True when there was one."""
    code = _currency(currency)
    with store.transaction() as conn:
        cursor = conn.execute(
            "DELETE FROM rates WHERE currency = ? AND valid_from = ?",
            (code, valid_from.isoformat() if valid_from else ALWAYS),
        )
        return cursor.rowcount > 0


def set_base_currency(store: Store, currency: object) -> str:
    """Count money in *currency* from now on: the rates are turned into rates against it (core.money.rebase)
    in the same transaction.  StoreError when they cannot be (no rate for the new base)."""
    code = _currency(currency)
    with store.transaction() as conn:
        old = base_currency(store)
        try:
            rates = rebase(list_rates(store), old, code)
        except RebaseError as exc:
            raise StoreError(str(exc)) from None
        conn.execute("DELETE FROM rates")
        conn.executemany(
            "INSERT INTO rates (currency, valid_from, rate) VALUES (?, ?, ?)",
            [(r.currency, r.from_text, rate_text(r.rate)) for r in rates],
        )
        _put(conn, CURRENCY_KEY, code)
        _set_guessed(conn, CURRENCY_KEY, None)
    return code


@dataclass(frozen=True)
class Unconverted:
    """Orders of active customers in one currency that has no rate (on their days)."""

    currency: str
    orders: int

    def warning(self, *, in_app: bool = False) -> str:
        """ "2 orders in JPY have no rate and are left out of the money — set one with …"."""
        orders, have, are = (
            ("order", "has", "is") if self.orders == 1 else ("orders", "have", "are")
        )
        how = (
            "in Settings… (ctrl+p)" if in_app else f"with: custui config rate {self.currency} RATE"
        )
        return f"{self.orders:,} {orders} in {self.currency} {have} no rate and {are} left out of the money — set one {how}"


def unconverted(store: Store) -> list[Unconverted]:
    """Currencies whose orders (of active customers) are left out of the money for want of a rate."""
    rows = store.tuples(
        "SELECT o.currency, count(*) FROM orders o INDEXED BY orders_unconverted "
        "JOIN customers c ON c.id = o.customer_id "
        "WHERE o.amount_base_minor IS NULL AND o.deleted_at IS NULL AND c.deleted_at IS NULL AND c.merged_into IS NULL "
        "GROUP BY o.currency ORDER BY count(*) DESC"
    )
    return [Unconverted(c, n) for c, n in rows]
