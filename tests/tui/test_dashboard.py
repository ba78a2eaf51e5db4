"""`5` dashboard on the sample book: numbers as the list counts them, pivot cell → filtered list, snapshots."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st
from textual.widgets import DataTable, Input, Static

from custui.store.db import Store
from custui.tui.app import CustuiApp
from custui.tui.screens.customer_list import CustomerListScreen
from custui.tui.screens.dashboard import DashboardScreen
from custui.tui.screens.pivot import PivotScreen
from custui.tui.widgets.key_choice import KeyChoice
from tests.tui.conftest import AS_OF, press_to, settle


@pytest.fixture
def app(sample_store: Store) -> CustuiApp:
    return CustuiApp(sample_store, warm_up=False, as_of=AS_OF)


async def open_dashboard(pilot) -> DashboardScreen:
    screen = await press_to(pilot, "5", screen=DashboardScreen)
    assert screen.snapshot is not None
    return screen


async def open_pivot(pilot) -> PivotScreen:
    await open_dashboard(pilot)
    pivot = await press_to(pilot, "p", screen=PivotScreen)
    assert pivot.table is not None
    return pivot


async def test_dashboard_numbers_match_the_lists_counts(app: CustuiApp) -> None:
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_dashboard(pilot)
        book = screen.snapshot.book
        listing = pilot.app.screen_stack[1]
        assert (
            isinstance(listing, CustomerListScreen) and book is listing.book
        )  # the list's own scores, not a re-score
        tiers = str(screen.query_one("#tier-table", Static).render())
        for tier in ("core", "potential", "basic"):
            count = int((book.frame["tier"].astype(str).str.lower() == tier).sum())
            assert f"{tier.capitalize()} {count:,} (" in tiers
        followups = str(screen.query_one("#followups-panel", Static).render())
        assert "overdue" in followups and "due within 7 days" in followups
        top = str(screen.query_one("#top-panel", Static).render()).splitlines()
        assert len(top) == 10 and top[0].startswith(
            " 1. " + book.frame.sort_values("score", ascending=False)["code"].iloc[0]
        )


async def test_pivot_cell_opens_the_list_filtered_to_it(app: CustuiApp) -> None:
    async with app.run_test(size=(160, 48)) as pilot:
        pivot = await open_pivot(pilot)
        first_row, first_column = pivot.table.rows[0], pivot.table.columns[0]
        expected = pivot.table.value(first_row, first_column)
        await pilot.press("right", "enter")  # the first row's first tier
        await settle(pilot)
        listing = pilot.app.screen
        assert isinstance(listing, CustomerListScreen)
        assert (
            listing.query_one("#filter", Input).value
            == f"industry={first_row} tier:{first_column.lower()}"
            or listing.query_one("#filter", Input).value
            == f'industry="{first_row}" tier:{first_column.lower()}'
        )
        assert listing.table.row_count == expected > 0
        # esc on the drilled list goes back to the same pivot, the filter cleared behind it
        await pilot.press("escape")
        await settle(pilot)
        back = pilot.app.screen
        assert isinstance(back, PivotScreen) and (back.row_dim, back.col_dim) == (
            pivot.row_dim,
            pivot.col_dim,
        )
        assert listing.query_one("#filter", Input).value == ""
        await pilot.press("escape", "escape")
        await settle(pilot)
        assert (
            pilot.app.screen is listing
        )  # and from there back as before: dashboard, then the list


async def test_pivot_pickers_change_the_table_by_key(app: CustuiApp) -> None:
    async with app.run_test(size=(160, 48)) as pilot:
        pivot = await open_pivot(pilot)
        await pilot.press("tab", "c")  # rows: tag category
        await settle(pilot)
        assert pivot.table.row_dim == "tag_category" and pivot.table.rows[:2] == [
            "industry",
            "need",
        ]
        await pilot.press("tab", "tab", "m")  # measure: revenue
        await settle(pilot)
        assert pivot.table.measure == "revenue"
        grid = pivot.query_one(DataTable)
        assert grid.row_count == len(pivot.table.rows) + 1  # and the totals row


@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
async def test_every_pivot_choice_is_on_screen(app: CustuiApp, size: tuple[int, int]) -> None:
    """The pickers wrap on a narrow terminal (at 60 columns their line cut off "g segment" and
    "c tag category"), and name a dimension in words."""
    async with app.run_test(size=size) as pilot:
        pivot = await open_pivot(pilot)
        for picker in pivot.query(KeyChoice):
            shown = str(picker.render())
            assert picker.size.height == len(shown.splitlines())
            assert all(f" {key} " in shown for key in picker.keys)
            assert picker.region.right <= size[0]
        assert "c tag category" in str(pivot.query_one("#pivot-rows", KeyChoice).render())
        assert pivot.query_one("#pivot-rows", KeyChoice).size.height == (2 if size[0] == 60 else 1)


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
def test_dashboard_snapshot(snap_compare, app: CustuiApp, size: tuple[int, int]) -> None:
    assert snap_compare(app, terminal_size=size, run_before=open_dashboard)


@given(st.integers(0, 10_000_000))
def test_count_axes_have_whole_number_ticks_that_cover_the_top(top: int) -> None:
    """Bars count orders and customers: the axis shows 0, 50, 100…, never 163.0."""
    from custui.tui.screens.dashboard import count_ticks

    ticks = count_ticks(top)
    assert ticks[0] == 0 and ticks[-1] >= top and len(ticks) <= 5
    assert all(isinstance(t, int) for t in ticks)
    assert len({b - a for a, b in itertools.pairwise(ticks)}) <= 1


async def test_pivot_columns_fit_their_widest_cell_from_the_first_frame(app: CustuiApp) -> None:
    """The table sized its columns to new rows only at its next idle: a frame drawn before that cut the
    row names to the header's width (the 80x24 snapshot failed one run in three)."""
    from rich.cells import cell_len

    async with app.run_test(size=(160, 48)) as pilot:
        pivot = await open_pivot(pilot)
        assert pivot.table is not None
        pivot._show(pivot.table)  # drawn again, and measured before any idle
        grid = pivot.query_one(DataTable)
        label = grid.columns[next(iter(grid.columns))]
        widest = max(cell_len(pivot.table.name(row)) for row in pivot.table.rows)
        assert label.get_render_width(grid) >= widest + 2 * grid.cell_padding


def longest_bar(screen: DashboardScreen) -> int:
    from custui.tui.screens.dashboard import SegmentChart

    lines = screen.query_one(SegmentChart).render().plain.splitlines()
    return max(line.count("█") for line in lines)


def month_labels(screen: DashboardScreen) -> int:
    import re

    from custui.tui.screens.dashboard import MonthsChart

    drawn = screen.query_one(MonthsChart).render()
    return len(re.findall(r"\b\d\d-\d\d\b", drawn.plain))  # type: ignore[union-attr]


async def test_charts_are_drawn_at_their_own_width_whenever_it_changes(app: CustuiApp) -> None:
    """The segment bars took the panel's width at the moment the numbers came: numbers that came
    before the first layout (a flaky 80x24 snapshot) or a resize left them at the old width.  The
    month labels thin to one a quarter where all 24 do not fit, and come back when they do."""
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_dashboard(pilot)
        assert longest_bar(screen) == screen.query_one("#segment-chart").size.width - 32
        assert month_labels(screen) == 8
        await pilot.resize_terminal(240, 48)
        await settle(pilot)
        wide = screen.query_one("#segment-chart").size.width - 32
        assert wide > 60 and longest_bar(screen) == wide
        assert month_labels(screen) == 24


async def test_the_movement_table_is_as_tall_as_its_rows_from_the_first_frame(
    app: CustuiApp,
) -> None:
    """An auto-height DataTable measures rows just added only at its next idle: a frame drawn
    before that gave the dashboard's scroll area another height (a flaky snapshot's scrollbar)."""
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_dashboard(pilot)
        assert screen.snapshot is not None
        screen._show(screen.snapshot)  # drawn again, and measured before any idle
        table = screen.query_one("#movement-table", DataTable)
        assert table.row_count == 6
        assert table.styles.height is not None and table.styles.height.value == 7
        await settle(pilot)
        assert table.size.height == 7
