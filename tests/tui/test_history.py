"""Score history in the app: the month's snapshot taken on the first open (after the ranking, in the
background), the dashboard's tier movement with enter → the list of that cell, the list's moved: and
was: filters, and the customer's sparkline."""

from __future__ import annotations

from datetime import date

from textual.widgets import DataTable, Input, Static

from custui.core import movement as mv
from custui.store import history
from custui.store.db import Store
from custui.tui.app import CustuiApp
from custui.tui.screens.customer_detail import CustomerDetailScreen
from custui.tui.screens.customer_list import CustomerListScreen
from custui.tui.screens.dashboard import DashboardScreen
from tests.tui.conftest import AS_OF, press_to, settle

#: The sample keeps month-end snapshots from May to October 2026: November's movement starts here.
BASE = date(2026, 10, 31)


def days(store: Store) -> list[date]:
    return history.snapshot_days(store)


async def open_and_close(store: Store, as_of: date) -> None:
    app = CustuiApp(store, warm_up=False, as_of=as_of)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, CustomerListScreen) and app.screen.book is not None
        await settle(pilot)


async def test_the_first_open_in_a_month_keeps_its_snapshot_once(sample_store: Store) -> None:
    assert days(sample_store)[-1] == BASE and AS_OF not in days(sample_store)
    await open_and_close(sample_store, AS_OF)  # scores, keeps the ranking, then snapshots it
    assert days(sample_store)[-1] == AS_OF
    held = sample_store.tuples(
        "SELECT count(*) FROM score_snapshots WHERE day = ?", (AS_OF.isoformat(),)
    )
    active = sample_store.tuples(
        "SELECT count(*) FROM customers WHERE deleted_at IS NULL AND merged_into IS NULL"
    )
    assert held == active
    await open_and_close(sample_store, AS_OF)  # the kept ranking, fresh: no second snapshot
    await open_and_close(sample_store, date(2026, 11, 28))  # later in the month: none either
    assert days(sample_store)[-2:] == [BASE, AS_OF]
    await open_and_close(sample_store, date(2026, 12, 1))  # a new month: its own
    assert days(sample_store)[-2:] == [AS_OF, date(2026, 12, 1)]


async def test_the_snapshot_does_not_hold_up_the_first_rows(
    sample_store: Store, monkeypatch
) -> None:
    """The snapshot runs after the list has its ranking: the list is drawn and ranked before it starts."""
    order: list[str] = []
    real = history.monthly_snapshot

    def noted(store, result):
        screen = app.screen
        order.append(
            f"snapshot after book={isinstance(screen, CustomerListScreen) and screen.book is not None}"
        )
        return real(store, result)

    monkeypatch.setattr(history, "monthly_snapshot", noted)
    app = CustuiApp(sample_store, warm_up=False, as_of=AS_OF)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
    assert order == ["snapshot after book=True"]


async def test_the_dashboard_movement_cell_opens_the_list_of_those_customers(
    sample_store: Store,
) -> None:
    app = CustuiApp(sample_store, warm_up=False, as_of=AS_OF)
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await press_to(pilot, "5", screen=DashboardScreen)
        snapshot = screen.snapshot
        assert snapshot is not None and snapshot.movement_base == BASE
        matrix = snapshot.movement
        assert matrix is not None
        book = snapshot.book
        assert matrix.total == len(book) + matrix.column_total(mv.NOT_SCORED)
        assert matrix.both == len(set(history.tiers_on(sample_store, BASE)) & set(book.frame.index))
        title = str(screen.query_one("#movement-title", Static).render())
        assert f"{BASE.isoformat()} → now" in title
        await pilot.press("m")
        table = screen.query_one("#movement-table", DataTable)
        assert screen.focused is table
        # Potential (third row) then → Core now (second tier column)
        await pilot.press("down", "down", "right", "right")
        assert table.cursor_coordinate == (2, 2)
        expected = matrix.count("Potential", "Core")
        assert expected > 0
        await pilot.press("enter")
        await settle(pilot)
        listing = pilot.app.screen
        assert isinstance(listing, CustomerListScreen)
        assert listing.query_one("#filter", Input).value == "was:potential tier:core"
        assert listing.table.row_count == expected
        await pilot.press("escape")  # back to the dashboard, the filter cleared behind it
        await settle(pilot)
        assert isinstance(pilot.app.screen, DashboardScreen)


async def test_the_list_filters_by_movement(sample_store: Store) -> None:
    app = CustuiApp(sample_store, warm_up=False, as_of=AS_OF)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        listing = app.screen
        assert isinstance(listing, CustomerListScreen) and listing.book is not None
        frame = listing.book.frame
        now = dict(zip(frame.index.tolist(), frame["tier"].astype(str).tolist()))
        matrix = mv.movement(history.tiers_on(sample_store, BASE), now)
        for expr, count in (("-moved:same", len(now) - matrix.moved("same")), ("moved:up", matrix.moved("up")),
                            ("moved:new", matrix.moved("new")), ("moved:down", matrix.moved("down"))):  # fmt: skip
            await pilot.press("f")
            filter_input = listing.query_one("#filter", Input)
            filter_input.value = ""
            await pilot.press(*expr, "enter")
            await settle(pilot)
            assert listing.table.row_count == count > 0, expr
        down = listing.table.current_row_id()
        assert down is not None
        before = history.tiers_on(sample_store, BASE)[down]
        assert mv.direction(before, now[down]) == "down"


async def test_moved_without_history_says_why(book_store: Store) -> None:
    app = CustuiApp(book_store, warm_up=False, as_of=AS_OF)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("f", *"moved:up", "enter")
        await settle(pilot)
        lines = "\n".join(str(s.render()) for s in app.screen.query(Static))
        assert "no score history before November 2026" in lines


async def test_the_customer_screen_shows_the_score_by_month(sample_store: Store) -> None:
    for size in ((80, 24), (60, 20)):
        app = CustuiApp(sample_store, warm_up=False, as_of=AS_OF)
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            detail = await press_to(pilot, "enter", screen=CustomerDetailScreen)
            summary = str(detail.query_one("#detail-summary", Static).render()).splitlines()
            trend = [line for line in summary if line.startswith("By month ")]
            assert len(trend) == 1, summary
            line = trend[0]
            assert len(line) <= size[0] - 2  # one line, never wrapped
            blocks = "".join(ch for ch in line if ch in mv.BLOCKS)
            # May to October kept by the sample, November the score shown now
            assert len(blocks) == 7 and line.endswith("(2026-05…2026-11)")
            score = detail.book.frame.at[detail.customer_id, "score"]
            assert f"→{score:.0f} (" in line


async def test_a_snapshot_that_cannot_be_kept_says_so(sample_store: Store, monkeypatch) -> None:
    """Another window holding the write lock (or a full disk) must not lose the month silently:
    the rep is told, and the next ranking tries again."""
    from custui.store.db import StoreError

    calls: list[date] = []

    def locked(store: Store, result: object) -> None:
        calls.append(AS_OF)
        raise StoreError("database is locked")

    monkeypatch.setattr(history, "monthly_snapshot", locked)
    app = CustuiApp(sample_store, warm_up=False, as_of=AS_OF)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await settle(pilot)
        messages = [str(n.message) for n in app._notifications]
        assert any("score history was not kept (database is locked)" in m for m in messages)
        assert calls and app.screen._snapshot_month is None  # type: ignore[attr-defined]
    assert AS_OF not in days(sample_store)
