"""Palette "Money owed… 应收款": who owes what, and one customer's open orders to mark paid.

:class:`OwedScreen` lists the customers with open orders, most overdue first: owed, overdue and the
oldest due day, in the base currency, with the aging buckets (0–30, 31–60, 61–90, 90+ days overdue)
of the whole book and of the highlighted customer under the table.  ``enter`` shows that customer's
open orders (:class:`PaymentsScreen`), where ``p`` marks the highlighted one paid today and ``u``
undoes it.  ``$`` on the customer screen and ``d`` on a "chase payment" follow-up open the same.

``p``/``u`` live on the list of open orders, not on the timeline: there ``p`` is the people and
``u`` brings back a deleted entry, and a rep who was just paid looks for the customer's unpaid
orders, not for an order among years of calls.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from textual.containers import Vertical
from textual.widgets import Static

from custui.core.receivables import BUCKET_LABELS, Owed, Receivable, totals
from custui.core.text import display_safe, fit_cells
from custui.core.validate import format_money
from custui.store.receivables import OwedLine, Payment, open_orders, owed_report, restore, set_paid
from custui.store.settings import base_currency
from custui.tui.actions import bindings
from custui.tui.screens.table_dialog import TableDialog

if TYPE_CHECKING:
    from collections.abc import Callable

    from custui.store.db import Store


def whole(minor: int) -> str:
    """Minor units as whole units with thousands separators ("12,801"): the lists' money."""
    units, cents = divmod(abs(minor), 100)
    units += cents >= 50
    return f"{'-' if minor < 0 else ''}{units:,}"


def aging_text(owed: Owed) -> str:
    """ "overdue by days: 0–30 12,800 · 31–60 0 · 61–90 0 · 90+ 3,000"."""
    parts = " · ".join(f"{label} {whole(owed.buckets[i])}" for i, label in enumerate(BUCKET_LABELS))
    return f"overdue by days: {parts}"


def owed_line(owed: Owed, currency: str, today: date) -> str:
    """The customer screen's one line: open, overdue and the oldest due day ($ lists the orders)."""
    if not owed.open_orders:
        return f"Owed: {owed.left_out} open order(s) without a rate, not counted"
    text = f"Owed {whole(owed.open_minor)} {currency}"
    if owed.overdue_minor:
        text += f" · {whole(owed.overdue_minor)} overdue"
    if owed.oldest_due:
        text += f" · oldest due {owed.oldest_due.isoformat()}"
    return text


#: The list takes the room left by the title, the aging lines and the hint (a long list scrolls).
FILL_CSS = """
{name} > Vertical {{ height: 90%; }}
{name} DataTable {{ height: 1fr; max-height: 100%; }}
"""


def product_names(store: Store, ids: list[int]) -> dict[int, str]:
    from custui.store.repo import ID_LIST, id_list

    rows = store.tuples(f"SELECT id, product FROM orders WHERE id IN {ID_LIST}", (id_list(ids),))
    return {r[0]: r[1] for r in rows}


class OwedScreen(TableDialog):
    """Customers who owe money, most overdue first; enter: their open orders."""

    DEFAULT_CSS = FILL_CSS.format(name="OwedScreen")

    BINDING_GROUP_TITLE = "Money owed"
    TITLE_TEXT = "Money owed 应收款"
    HINT = (
        ("owed.orders", "their open orders (p marks one paid)"),
        ("owed.customer", "the customer"),
        ("dialog.close", "close"),
    )
    BINDINGS = bindings("owed")

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[OwedLine] = []

    def on_mount(self) -> None:
        self.query_one(Vertical).mount(Static("", id="owed-aging", markup=False), after=self.table)
        self.table.focus()
        self._fill()

    def _fill(self) -> None:
        store, today = self.custui.store, self.custui.today
        report = owed_report(store, today)
        currency = base_currency(store)
        self.lines = report.lines
        table = self.table
        row_at = table.cursor_row
        table.clear(columns=True)
        name_width = max(8, min(28, self.app.size.width - 52))
        table.add_columns("Code", "Customer", "Owed", "Overdue", "Oldest due")
        for line in self.lines:
            o = line.owed
            table.add_row(display_safe(line.code), fit_cells(display_safe(line.name), name_width),
                          whole(o.open_minor).rjust(9), whole(o.overdue_minor).rjust(9),
                          o.oldest_due.isoformat() if o.oldest_due else "")  # fmt: skip
        if self.lines:
            table.move_cursor(row=min(row_at, len(self.lines) - 1))
        total = totals(line.owed for line in self.lines)
        self.query_one(".title", Static).update(
            f"Money owed 应收款 · in {currency} · as of {today.isoformat()}"
        )
        self.show_empty(
            "\n".join(report.warnings(in_app=True))
            if self.lines or report.left_out
            else "Nobody owes money: no order is unpaid. Orders get terms in the order form (30, 60, 90, "
            "a day) or from an import's 账期 / 到期日 / 付款状态 columns."
        )
        self._show_aging(total)

    def _show_aging(self, total: Owed) -> None:
        line = self._current()
        text = ""
        if self.lines:
            text = (f"{len(self.lines):,} customers owe {whole(total.open_minor)}, {whole(total.overdue_minor)} "
                    f"overdue; {aging_text(total)}")  # fmt: skip
        if line is not None:
            text += f"\n{display_safe(line.code)}: {aging_text(line.owed)}"
        self.query_one("#owed-aging", Static).update(text)

    def on_data_table_row_highlighted(self) -> None:
        if self.lines:
            self._show_aging(totals(line.owed for line in self.lines))

    def _current(self) -> OwedLine | None:
        row = self.table.cursor_row
        return self.lines[row] if self.lines and 0 <= row < len(self.lines) else None

    def action_orders(self) -> None:
        line = self._current()
        if line is not None:
            label = display_safe(f"{line.code} · {line.name}")
            self.app.push_screen(
                PaymentsScreen(line.owed.customer_id, label), lambda _: self._fill()
            )

    def action_customer(self) -> None:
        line = self._current()
        if line is not None:
            self.dismiss(None)
            self.custui.show_customer(line.owed.customer_id)


class PaymentsScreen(TableDialog):
    """One customer's open orders, the oldest due first: p marks the highlighted one paid today."""

    BINDING_GROUP_TITLE = "Open orders"
    DEFAULT_CSS = FILL_CSS.format(name="PaymentsScreen")
    HINT = (
        ("payments.paid", "paid today"),
        ("payments.undo", "undo"),
        ("dialog.close", "close"),
    )
    BINDINGS = bindings("payments")

    def __init__(
        self, customer_id: int, label: str, on_change: Callable[[], None] | None = None
    ) -> None:
        super().__init__()
        self.customer_id = customer_id
        self.label = label
        self.on_change = on_change
        self.orders: list[Receivable] = []
        self._undo: list[Payment] = []

    def on_mount(self) -> None:
        self.table.focus()
        self._fill()

    def _fill(self, keep: int | None = None) -> None:
        today = self.custui.today
        self.orders = open_orders(self.custui.store, self.customer_id, today)
        table = self.table
        row_at = table.cursor_row
        table.clear(columns=True)
        table.add_columns("Ordered", "Due", "Late", "Amount", "Product")
        products = product_names(self.custui.store, [o.order_id for o in self.orders])
        width = max(6, self.app.size.width - 62)
        for o in self.orders:
            late = o.days_overdue(today)
            amount = f"{o.currency} {format_money(o.amount_minor)}"
            if o.amount_base_minor is None:
                amount += " (no rate)"
            table.add_row(o.ordered_on.isoformat(), o.due.isoformat() + ("" if o.due_on else "*"),
                          f"{late}d" if late else "", amount,
                          fit_cells(display_safe(products.get(o.order_id) or ""), width))  # fmt: skip
        if self.orders:
            at = next((n for n, o in enumerate(self.orders) if o.order_id == keep), row_at)
            table.move_cursor(row=min(at, len(self.orders) - 1))
        owed = sum(o.amount_base_minor or 0 for o in self.orders)
        self.query_one(".title", Static).update(
            f"Open orders · {self.label}"
            + (f" · {base_currency(self.custui.store)} {format_money(owed)}" if self.orders else "")
        )
        self.show_empty(
            "* no terms: due on the order day."
            if any(o.due_on is None for o in self.orders)
            else ""
            if self.orders
            else "No open orders: nothing is owed."
        )

    def _current(self) -> Receivable | None:
        row = self.table.cursor_row
        return self.orders[row] if self.orders and 0 <= row < len(self.orders) else None

    def action_paid(self) -> None:
        order = self._current()
        if order is None or not self.custui.check_writable():
            return
        today = self.custui.today
        self._undo.append(set_paid(self.custui.store, order.order_id, today))
        self._changed()
        self.notify(
            f"Paid {today.isoformat()}: the order of {order.ordered_on.isoformat()}, "
            f"{order.currency} {format_money(order.amount_minor)}. u undoes.",
            markup=False,
        )

    def action_undo(self) -> None:
        if not self._undo:
            self.notify("Nothing to undo.")
            return
        payment = self._undo.pop()
        restore(self.custui.store, payment)
        self._changed(keep=payment.order_id)
        self.notify("Owed again: the order is unpaid.", markup=False)

    def _changed(self, keep: int | None = None) -> None:
        self._fill(keep)
        self.custui.customers_changed([self.customer_id])
        if self.on_change is not None:
            self.on_change()
