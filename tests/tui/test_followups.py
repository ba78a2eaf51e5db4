"""`2` follow-ups: overdue first, done with one key, undo, done + next, jump to the customer."""

from __future__ import annotations

import pytest
from textual.widgets import Static

from custui.store import followups
from custui.store.db import Store
from custui.tui.app import CustuiApp
from custui.tui.screens.customer_detail import CustomerDetailScreen
from custui.tui.screens.entry_form import EntryFormScreen
from custui.tui.screens.followups import FollowUpsScreen, FollowUpTable
from tests.tui.conftest import code_ids, press_to, settle

SIZE = (120, 30)
DUE = {
    "C00001": "2026-11-10",
    "C00003": "2026-11-20",
    "C00006": "2026-11-27",
    "C00002": "2026-11-18",
}


@pytest.fixture
def due(book_store: Store) -> dict[str, int]:
    """An open visit follow-up for each customer of DUE."""
    ids = code_ids(book_store)
    with book_store.transaction() as conn:
        for code, due_day in DUE.items():
            conn.execute(
                "INSERT INTO interactions (customer_id, occurred_at, channel, summary, next_action, next_action_due, "
                "created_at) VALUES (?, '2026-11-01', 'visit', '拜访', ?, ?, 'x')",
                (ids[code], f"跟进 {code}", due_day),
            )
    return ids


async def open_followups(pilot) -> FollowUpsScreen:
    return await press_to(pilot, "2", screen=FollowUpsScreen)


def shown_codes(screen: FollowUpsScreen) -> list[str]:
    table = screen.query_one("#followups", FollowUpTable)
    return [table.row_for(i)["code"] for i in range(table.row_count)]  # type: ignore[index]


async def test_overdue_first_then_today_then_later(app: CustuiApp, due: dict[str, int]) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_followups(pilot)
        assert shown_codes(screen) == ["C00001", "C00002", "C00003", "C00006"]
        assert str(screen.query_one("#count", Static).render()) == "4 open · 2 overdue · 1 today"
        table = screen.query_one("#followups", FollowUpTable)
        assert [table.row_for(i)["when"] for i in range(4)] == [
            "overdue",
            "overdue",
            "today",
            "later",
        ]  # type: ignore[index]
        assert "10d overdue" in table.render_line(0).text and "today" in table.render_line(2).text


async def test_done_with_one_key_and_undo(
    app: CustuiApp, book_store: Store, due: dict[str, int]
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_followups(pilot)
        await pilot.press("d")
        await settle(pilot)
        assert shown_codes(screen) == ["C00002", "C00003", "C00006"]
        assert len(followups.open_ids(book_store)) == 3
        await pilot.press("u")
        await settle(pilot)
        assert shown_codes(screen) == ["C00001", "C00002", "C00003", "C00006"]


async def test_done_and_schedule_the_next(
    app: CustuiApp, book_store: Store, due: dict[str, int]
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_followups(pilot)
        await pilot.press("down", "n")
        await settle(pilot)
        form = pilot.app.screen
        assert isinstance(form, EntryFormScreen)
        values = form.values()
        assert (values["channel"], values["next_action"], values["next_action_due"]) == (
            "visit",
            "跟进 C00002",
            "+14d",
        )
        await pilot.press("tab", "tab", *"已拜访，客户要样品", "ctrl+s")
        await settle(pilot)
        assert pilot.app.screen is screen
        codes = shown_codes(screen)
        assert codes == ["C00001", "C00003", "C00006", "C00002"]  # the next one is due 2026-12-04
        table = screen.query_one("#followups", FollowUpTable)
        assert table.row_for(3)["next_action_due"] == "2026-12-04"  # type: ignore[index]
        # u undoes both halves: the follow-up is open again and the interaction logged with it is gone
        await pilot.press("u")
        await settle(pilot)
        assert shown_codes(screen) == ["C00001", "C00002", "C00003", "C00006"]
        assert len(followups.open_ids(book_store)) == 4
        assert (
            book_store.conn.execute(
                "SELECT count(*) FROM interactions WHERE summary = '已拜访，客户要样品' AND deleted_at IS NULL"
            ).fetchone()[0]
            == 0
        )


async def test_done_and_next_cancelled_leaves_the_follow_up_open(
    app: CustuiApp,
    book_store: Store,
    due: dict[str, int],
) -> None:
    """``n`` then esc: nothing happened, so nothing is marked done, and the toast says it is still open."""
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_followups(pilot)
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(pilot.app.screen, EntryFormScreen)
        await pilot.press("escape")
        await settle(pilot)
        if pilot.app.screen is not screen:  # the form asks before dropping what was typed
            await pilot.press("y")
            await settle(pilot)
        assert pilot.app.screen is screen
        assert shown_codes(screen) == ["C00001", "C00002", "C00003", "C00006"]
        assert len(followups.open_ids(book_store)) == 4
        assert any("Still open" in n.message for n in pilot.app._notifications)


async def test_enter_jumps_to_the_customer(
    app: CustuiApp, book_store: Store, due: dict[str, int]
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await open_followups(pilot)
        await pilot.press("enter")
        await settle(pilot)
        detail = pilot.app.screen
        assert isinstance(detail, CustomerDetailScreen)
        assert detail.customer_id == due["C00001"]


def test_followups_snapshot(snap_compare, app: CustuiApp, due: dict[str, int]) -> None:
    assert snap_compare(app, terminal_size=SIZE, run_before=open_followups)


async def test_the_rep_sets_a_channel_delay_and_done_next_uses_it(
    app: CustuiApp, book_store: Store, due: dict[str, int]
) -> None:
    from textual.widgets import Input

    from custui.store.settings import follow_up_days
    from custui.tui.screens.follow_up_delays import FollowUpDelaysScreen

    async with app.run_test(size=SIZE) as pilot:
        screen = await open_followups(pilot)
        await pilot.press("s")
        await settle(pilot)
        delays = pilot.app.screen
        assert isinstance(delays, FollowUpDelaysScreen)
        assert delays.query_one("#delay-visit", Input).has_focus
        await pilot.press(
            "end", "backspace", "backspace", *"400", "enter"
        )  # too many: told, nothing saved
        await settle(pilot)
        assert pilot.app.screen is delays
        assert "Visit: whole days from 0 to 365" in str(
            delays.query_one("#delays-error", Static).render()
        )
        await pilot.press("backspace", "backspace", "backspace", *"10", "enter")
        await settle(pilot)
        assert pilot.app.screen is screen
        assert follow_up_days(book_store)["visit"] == 10
        await pilot.press("n")
        await settle(pilot)
        assert pilot.app.screen.values()["next_action_due"] == "+10d"  # type: ignore[attr-defined]


async def test_postpone_moves_the_follow_up_without_marking_it_done(
    app: CustuiApp,
    book_store: Store,
    due: dict[str, int],
) -> None:
    """p: tomorrow, a week, a month or a typed day; the follow-up stays open, u puts the day back."""
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_followups(pilot)
        await pilot.press("p", "m")  # C00001 was due 2026-11-10: a month from today (2026-11-20)
        await settle(pilot)
        assert shown_codes(screen) == ["C00002", "C00003", "C00006", "C00001"]
        assert len(followups.open_ids(book_store)) == 4
        table = screen.query_one("#followups", FollowUpTable)
        assert table.row_for(3)["next_action_due"] == "2026-12-20"  # type: ignore[index]
        await pilot.press("u")
        await settle(pilot)
        assert shown_codes(screen) == ["C00001", "C00002", "C00003", "C00006"]
        await pilot.press("p", "d")
        await settle(pilot)
        await pilot.press("ctrl+a", "ctrl+k", *"2026-12-15", "enter")
        await settle(pilot)
        assert shown_codes(screen)[-1] == "C00001"
        assert table.row_for(3)["next_action_due"] == "2026-12-15"  # type: ignore[index]


async def test_the_customer_keeps_its_name_at_80_columns(
    app: CustuiApp, due: dict[str, int]
) -> None:
    """The follow-ups showed two characters of a name at 80 columns."""
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_followups(pilot)
        shown = {c.key: w for c, w in screen.query_one("#followups", FollowUpTable).visible_columns}
        assert shown["customer"] >= 24 and "next_action" in shown


async def test_c_writes_the_open_follow_ups_as_a_calendar(
    app: CustuiApp,
    book_store: Store,
    due: dict[str, int],
    tmp_path,
) -> None:
    from icalendar import Calendar

    target = tmp_path / "mine.ics"
    async with app.run_test(size=(80, 24)) as pilot:
        await open_followups(pilot)
        await pilot.press("c", "ctrl+a", "ctrl+k", *str(target), "enter")
        await settle(pilot)
    todos = Calendar.from_ical(target.read_bytes()).walk("VTODO")
    assert sorted(str(t["SUMMARY"]).split(" · ")[0] for t in todos) == sorted(
        f"跟进 {c}" for c in DUE
    )


async def test_the_home_title_says_what_is_due(
    app: CustuiApp, book_store: Store, due: dict[str, int]
) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert (
            str(app.screen.query_one("#title", Static).render()) == "book.db · 2 overdue · 1 today"
        )
        await open_followups(pilot)
        await pilot.press("d", "escape")  # C00001 done: one overdue less
        await settle(pilot)
        assert (
            str(app.screen.query_one("#title", Static).render()) == "book.db · 1 overdue · 1 today"
        )


async def test_slash_searches_the_follow_ups_by_customer_or_next_action(
    app: CustuiApp,
    book_store: Store,
    due: dict[str, int],
) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_followups(pilot)
        await pilot.press("slash", *"Acme")  # a customer's name, as `/` on the list finds it
        await settle(pilot)
        assert shown_codes(screen) == ["C00003"]
        await pilot.press("ctrl+a", "ctrl+k", *"跟进 C00006")  # words of the next action
        await settle(pilot)
        assert shown_codes(screen) == ["C00006"]
        await pilot.press("escape")  # out of the box, the search kept
        await settle(pilot)
        assert isinstance(pilot.app.screen, FollowUpsScreen) and shown_codes(screen) == ["C00006"]
        await pilot.press("slash", "ctrl+a", "ctrl+k")
        await settle(pilot)
        assert shown_codes(screen) == ["C00001", "C00002", "C00003", "C00006"]


@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
async def test_the_follow_ups_fit_a_narrow_terminal(
    app: CustuiApp, due: dict[str, int], size: tuple[int, int]
) -> None:
    """At 60 columns the four columns that stay were four cells too wide for the table: the Next
    action was cut under the scrollbar, unmarked.  The widest shared column gives up the cells."""
    async with app.run_test(size=size) as pilot:
        screen = await open_followups(pilot)
        table = screen.query_one("#followups", FollowUpTable)
        columns = table.visible_columns
        assert sum(width for _, width in columns) + len(columns) - 1 <= (
            table.scrollable_content_region.width - table.mark_cells
        )
        first = table.row_for(0)
        assert first is not None
        assert str(first["next_action"]) in table.render_line(0).text
