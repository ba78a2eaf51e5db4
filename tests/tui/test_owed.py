"""Money owed in the app (issue 22): terms in the order form, the Owed line and `$` on the customer
screen, palette "Money owed…" with `p` paid / `u` undo, and "chase payment" among the follow-ups."""

from __future__ import annotations

from textual.widgets import DataTable, Static

from custui.core.entries import validate_order
from custui.store import timeline
from custui.store.db import Store
from custui.tui.app import CustuiApp
from custui.tui.screens.customer_detail import CustomerDetailScreen
from custui.tui.screens.entry_form import EntryFormScreen
from custui.tui.screens.followups import FollowUpsScreen, FollowUpTable
from custui.tui.screens.owed import OwedScreen, PaymentsScreen
from tests.tui.conftest import AS_OF, code_ids, press_to, settle

SIZE = (100, 30)


def owe(store: Store) -> dict[str, int]:
    """C00001 owes 1,000 (81 days overdue) and 500 (not due); C00002 owes 300 (172 days)."""
    ids = code_ids(store)
    for code, ordered, amount, terms in [
        ("C00001", "2026-08-01", "1000", "30"),
        ("C00001", "2026-11-01", "500", "60"),
        ("C00002", "2026-05-01", "300", "2026-06-01"),
        ("C00003", "2026-10-01", "200", "paid 2026-10-05"),
    ]:
        clean, errors = validate_order(
            {"ordered_at": ordered, "amount": amount, "terms": terms}, AS_OF
        )
        assert not errors
        timeline.add_order(store, ids[code], clean)
    return ids


def payment(store: Store, customer: int) -> list[tuple]:
    return store.tuples(
        "SELECT ordered_at, due_on, paid, paid_on FROM orders WHERE customer_id = ? ORDER BY ordered_at",
        (customer,),
    )


def cells(table: DataTable) -> list[list[str]]:
    return [[str(c).strip() for c in table.get_row_at(i)] for i in range(table.row_count)]


async def test_money_owed_from_the_palette_p_marks_paid_u_undoes(
    app: CustuiApp, book_store: Store
) -> None:
    ids = owe(book_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"Money owed", "enter")
        owed = await press_to(pilot, screen=OwedScreen)
        rows = cells(owed.query_one(DataTable))
        assert [r[0] for r in rows] == ["C00001", "C00002"]  # most overdue first
        assert [r[2:] for r in rows] == [
            ["1,500", "1,000", "2026-08-31"],
            ["300", "300", "2026-06-01"],
        ]
        aging = str(owed.query_one("#owed-aging", Static).render())
        assert "2 customers owe 1,800, 1,300 overdue" in aging
        assert "C00001: overdue by days: 0–30 0 · 31–60 0 · 61–90 1,000 · 90+ 0" in aging

        orders = await press_to(pilot, "enter", screen=PaymentsScreen)
        assert [r[:3] for r in cells(orders.query_one(DataTable))] == [
            ["2026-08-01", "2026-08-31", "81d"], ["2026-11-01", "2026-12-31", ""],
        ]  # fmt: skip
        await pilot.press("p")
        await settle(pilot)
        assert payment(book_store, ids["C00001"])[0] == (
            "2026-08-01",
            "2026-08-31",
            1,
            "2026-11-20",
        )
        assert orders.query_one(DataTable).row_count == 1
        await pilot.press("u")
        await settle(pilot)
        assert payment(book_store, ids["C00001"])[0] == ("2026-08-01", "2026-08-31", 0, None)
        assert orders.query_one(DataTable).row_count == 2

        await pilot.press("p", "escape")
        owed = await press_to(pilot, screen=OwedScreen)
        assert [r[0] for r in cells(owed.query_one(DataTable))] == [
            "C00002",
            "C00001",
        ]  # C00001: 500 not due
        await press_to(pilot, "c", screen=CustomerDetailScreen)


async def test_the_order_form_sets_terms_in_a_few_keys(app: CustuiApp, book_store: Store) -> None:
    ids = code_ids(book_store)
    async with app.run_test(size=SIZE) as pilot:
        await press_to(pilot, "enter", screen=CustomerDetailScreen)
        await press_to(pilot, "o", screen=EntryFormScreen)
        await pilot.press(
            *"2026-10-01", "tab", *"12800", "tab", "tab", "tab", "tab", *"60", "ctrl+s"
        )
        detail = await press_to(pilot, screen=CustomerDetailScreen)
        customer = detail.customer_id
        assert payment(book_store, customer) == [("2026-10-01", "2026-11-30", 0, None)]
        summary = str(detail.query_one("#detail-summary", Static).render())
        assert "Owed 12,800 CNY · oldest due 2026-11-30" in summary
        # edit it: paid now; its due day stays, so paying late is remembered
        await pilot.press("enter", "e")
        form = await press_to(pilot, screen=EntryFormScreen)
        assert form.query_one("#entry-terms").value == "60"  # type: ignore[attr-defined]
        await pilot.press(
            "tab", "tab", "tab", "tab", "tab", "end", "backspace", "backspace", *"paid", "ctrl+s"
        )
        await settle(pilot)
        assert payment(book_store, customer) == [("2026-10-01", "2026-11-30", 1, "2026-11-20")]
        assert customer in ids.values()


async def test_dollar_on_the_customer_screen_and_chase_payment_in_follow_ups(
    app: CustuiApp, book_store: Store
) -> None:
    ids = owe(book_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("/", *"C00002", "enter")
        detail = await press_to(pilot, "enter", screen=CustomerDetailScreen)
        assert detail.customer_id == ids["C00002"]
        assert "Owed 300 CNY · 300 overdue · oldest due 2026-06-01" in str(
            detail.query_one("#detail-summary", Static).render()
        )
        orders = await press_to(pilot, "$", screen=PaymentsScreen)
        assert orders.customer_id == ids["C00002"]
        await pilot.press("escape", "escape", "escape", "escape")

        screen = await press_to(pilot, "2", screen=FollowUpsScreen)
        table = screen.query_one("#followups", FollowUpTable)
        rows = [table.row_for(i) for i in range(table.row_count)]
        chase = [(r["code"], r["next_action"], r["next_action_due"], r["when"]) for r in rows if r]  # type: ignore[index]
        assert chase == [
            ("C00002", "chase payment 300 催款", "2026-06-01", "overdue"),
            ("C00001", "chase payment 1,000 催款", "2026-08-31", "overdue"),
        ]
        assert str(screen.query_one("#count", Static).render()).endswith(" · 2 to chase")
        orders = await press_to(pilot, "d", screen=PaymentsScreen)  # done once paid: its orders
        assert orders.customer_id == ids["C00002"]
        await pilot.press("p", "escape")
        screen = await press_to(pilot, screen=FollowUpsScreen)
        assert [table.row_for(i)["code"] for i in range(table.row_count)] == ["C00001"]  # type: ignore[index]
        assert str(screen.query_one("#count", Static).render()).endswith(" · 1 to chase")
