"""The customer detail screen (`enter` on the list): summary and the lazy timeline, with real keys."""

from __future__ import annotations

import pytest
from textual.widgets import Static

from custui.store import repo
from custui.store.db import Store
from custui.tui.app import CustuiApp
from custui.tui.screens.customer_detail import CustomerDetailScreen, entry_row, money
from custui.tui.screens.customer_form import CustomerFormScreen
from custui.tui.widgets.lazy_table import PAGE_SIZE, LazyTable
from tests.tui.conftest import code_ids, settle

SIZE = (120, 36)
HISTORY = 260  # more than two pages of the lazy table


@pytest.fixture
def history(book_store: Store) -> dict[str, int]:
    """C00001 gets HISTORY calls, one order, and one deleted order."""
    ids = code_ids(book_store)
    me = ids["C00001"]
    with book_store.transaction() as conn:
        for n in range(HISTORY):
            day = f"2026-{1 + n % 10:02d}-{1 + n % 28:02d}T{n % 24:02d}:00:00+08:00"
            conn.execute(
                "INSERT INTO interactions (customer_id, occurred_at, channel, summary, owner, sentiment, next_action, "
                "next_action_due, created_at) VALUES (?, ?, 'call', ?, '王磊', ?, ?, ?, ?)",
                (me, day, f"电话回访 #{n}", ("positive", "neutral", "negative")[n % 3],
                 "寄样品" if n % 50 == 0 else None, "2026-11-28" if n % 50 == 0 else None, day),
            )  # fmt: skip
        conn.execute(
            "INSERT INTO orders (customer_id, ordered_at, amount_minor, currency, product, created_at) "
            "VALUES (?, '2026-11-19', 12345678, 'CNY', '伺服电机 SV-750', '2026-11-19')",
            (me,),
        )
        conn.execute(  # deleted: never shown
            "INSERT INTO orders (customer_id, ordered_at, amount_minor, product, created_at, deleted_at) "
            "VALUES (?, '2026-11-20', 1, 'gone', 'x', 'x')",
            (me,),
        )
    return ids


async def open_customer(pilot, code: str) -> CustomerDetailScreen:
    await settle(pilot)
    await pilot.press("slash", *code, "enter", "enter")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, CustomerDetailScreen)
    return screen


def line(table: LazyTable, y: int) -> str:
    return table.render_line(y).text


async def test_enter_opens_the_customer_with_its_timeline_newest_first(
    app: CustuiApp, history: dict[str, int]
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_customer(pilot, "C00001")
        title = str(screen.query_one("#title", Static).render())
        assert title == "C00001 · 深圳市华创科技有限公司"
        assert (
            str(screen.query_one("#count", Static).render())
            == f"{HISTORY:,} interactions · 1 order"
        )
        summary = str(screen.query_one("#detail-summary", Static).render())
        assert "Score" in summary and "#重点" in summary
        assert str(screen.query_one("#detail-people", Static).render()) == "★ 张伟 · 采购经理"
        table = screen.query_one("#timeline", LazyTable)
        assert table.row_count == HISTORY + 1
        top = line(table, 0)
        assert (
            top.startswith("2026-11-19")
            and "ORDER" in top
            and "CNY 123,456.78" in top
            and "伺服电机" in top
        )
        assert "gone" not in "".join(line(table, y) for y in range(10))
        dates = [line(table, y)[:10] for y in range(1, 20)]
        assert dates == sorted(dates, reverse=True)


async def test_the_timeline_loads_lazily_and_scrolls_to_the_oldest(
    app: CustuiApp, history: dict[str, int]
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_customer(pilot, "C00001")
        table = screen.query_one("#timeline", LazyTable)
        assert len(table._pages) == 1  # only the page on screen was read
        await pilot.press("end")
        await settle(pilot)
        assert table.cursor_row == HISTORY
        assert len(table._pages) <= 3 and (HISTORY // PAGE_SIZE) in table._pages
        oldest = table.row_for(HISTORY)
        assert oldest is not None and oldest["date"] == "2026-01-01"


async def test_edit_from_the_detail_and_back(
    app: CustuiApp, book_store: Store, history: dict[str, int]
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_customer(pilot, "C00001")
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(pilot.app.screen, CustomerFormScreen)
        await pilot.press("ctrl+a", *"华创科技集团", "ctrl+s")
        await settle(pilot)
        assert pilot.app.screen is screen
        assert "华创科技集团" in str(screen.query_one("#title", Static).render())
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(pilot.app.screen, CustomerDetailScreen)


async def test_delete_from_the_detail_is_undone_from_the_list(
    app: CustuiApp,
    book_store: Store,
    history: dict[str, int],
) -> None:
    me = history["C00001"]
    async with app.run_test(size=SIZE) as pilot:
        await open_customer(pilot, "C00001")
        await pilot.press("e")
        await settle(pilot)
        await pilot.press("ctrl+d", "y")
        await settle(pilot)
        assert not isinstance(pilot.app.screen, (CustomerDetailScreen, CustomerFormScreen))
        assert repo.get_customer(book_store, me)["deleted_at"]
        await pilot.press("escape", "u")
        await settle(pilot)
        assert repo.get_customer(book_store, me)["deleted_at"] is None


def test_entry_rows_and_money() -> None:
    from custui.store.timeline import Entry

    assert (
        money(5, "USD") == "USD 0.05" and money(0, "CNY") == "CNY 0.00" and money(None, "CNY") == ""
    )
    row = entry_row(Entry("interaction", 1, "2026-11-02T09:00:00+08:00", "visit", "拜访", "李娜", "negative",
                          "报价", "2026-11-09", True))  # fmt: skip
    assert row["date"] == "2026-11-02" and row["what"].startswith("visit")
    assert (
        row["sentiment"] == "▼ negative"
        and row["next_action"] == "✓ 报价"
        and row["due"] == "2026-11-09"
    )


def test_customer_detail_snapshot(snap_compare, app: CustuiApp, history: dict[str, int]) -> None:
    async def detail(pilot) -> None:
        await open_customer(pilot, "C00001")

    assert snap_compare(app, terminal_size=SIZE, run_before=detail)


async def test_log_a_call_with_keys_only_and_see_it_on_top(
    app: CustuiApp,
    book_store: Store,
    history: dict[str, int],
) -> None:
    from custui.tui.screens.entry_form import EntryFormScreen

    me = history["C00001"]
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_customer(pilot, "C00001")
        await pilot.press("i")
        await settle(pilot)
        assert isinstance(pilot.app.screen, EntryFormScreen)
        await pilot.press(*"today", "tab", "m", "tab", *"与技术部开会", "tab", *"李娜", "tab", "minus", "tab",
                          *"寄样品", "tab", *"next mon", "ctrl+s")  # fmt: skip
        await settle(pilot)
        assert pilot.app.screen is screen
        top = screen.query_one("#timeline", LazyTable).row_for(0)
        assert top is not None
        assert (top["date"], top["summary"], top["owner"]) == (
            "2026-11-20",
            "张伟 · 与技术部开会",
            "李娜",
        )
        assert top["with"] == "张伟"  # the primary contact unless another is picked
        assert top["what"].startswith("meeting") and top["sentiment"] == "▼ negative"
        assert (top["next_action"], top["due"]) == ("寄样品", "2026-11-23")  # AS_OF is a Friday
        assert timeline_count(book_store, me) == HISTORY + 1


def timeline_count(store: Store, customer_id: int) -> int:
    from custui.store.timeline import counts

    return counts(store, customer_id)[0]


async def test_an_order_changes_the_score_at_once(
    app: CustuiApp, book_store: Store, history: dict[str, int]
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await open_customer(pilot, "C00003")
        list_screen = pilot.app.screen_stack[1]
        before = list_screen.book.frame.loc[history["C00003"], "monetary_minor"]
        before_score = list_screen.book.frame.loc[history["C00003"], "score"]
        await pilot.press("o")
        await settle(pilot)
        await pilot.press("tab", *"1.5万", "tab", "tab", *"伺服电机", "ctrl+s")
        await settle(pilot)
        after = list_screen.book.frame.loc[history["C00003"], "monetary_minor"]
        assert after == before + 1_500_000
        # the open customer's header shows the new score, not the one it was opened with
        score = list_screen.book.frame.loc[history["C00003"], "score"]
        summary = str(pilot.app.screen.query_one("#detail-summary", Static).render())
        assert f"Score {score:.1f}" in summary
        assert score != before_score


async def test_an_order_re_scores_from_memory_exactly_as_the_file_would(
    app: CustuiApp, book_store: Store, history: dict[str, int], monkeypatch
) -> None:
    """One change re-scores that customer without reading the whole book again (issue 19, point 5)."""
    import pandas as pd

    from custui.store.book import Book

    async with app.run_test(size=SIZE) as pilot:
        await open_customer(pilot, "C00003")
        list_screen = pilot.app.screen_stack[1]
        full_load = Book.load.__func__
        monkeypatch.setattr(
            Book,
            "load",
            classmethod(lambda *a, **k: pytest.fail("the whole book was scored again")),
        )
        await pilot.press("o")
        await settle(pilot)
        await pilot.press("tab", *"2万", "tab", "tab", *"伺服电机", "ctrl+s")
        await settle(pilot)
        shown = list_screen.book
        assert shown.frame.loc[history["C00003"], "frequency"] >= 1
        full = full_load(Book, book_store, as_of=shown.as_of, config=shown.config)
        pd.testing.assert_frame_equal(shown.result.frame, full.result.frame)


async def test_a_logged_call_moves_the_score_on_the_open_customer(
    app: CustuiApp,
    book_store: Store,
    history: dict[str, int],
) -> None:
    """Recency counts calls: logging one today re-scores, and the header follows without reopening."""
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_customer(pilot, "C00004")
        list_screen = pilot.app.screen_stack[1]
        before = list_screen.book
        await pilot.press("i")
        await settle(pilot)
        await pilot.press("tab", "c", "tab", *"回访", "ctrl+s")
        await settle(pilot)
        assert list_screen.book is not before
        assert screen.book is list_screen.book
        score = list_screen.book.frame.loc[history["C00004"], "score"]
        assert f"Score {score:.1f}" in str(screen.query_one("#detail-summary", Static).render())


async def test_entry_errors_keep_the_form_and_esc_asks(
    app: CustuiApp,
    book_store: Store,
    history: dict[str, int],
) -> None:
    from custui.tui.screens.confirm import ConfirmScreen
    from custui.tui.screens.entry_form import EntryFormScreen

    async with app.run_test(size=SIZE) as pilot:
        screen = await open_customer(pilot, "C00003")
        await pilot.press("i")
        await settle(pilot)
        await pilot.press(*"someday", "ctrl+s")
        await settle(pilot)
        form = pilot.app.screen
        assert isinstance(form, EntryFormScreen)
        assert "+3d" in str(form.query_one("#entry-error-occurred_at", Static).render())
        assert "required" in str(form.query_one("#entry-error-summary", Static).render())
        assert pilot.app.focused is form.query_one("#entry-occurred_at")
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(pilot.app.screen, ConfirmScreen)
        await pilot.press("y")
        await settle(pilot)
        assert pilot.app.screen is screen
        assert timeline_count(book_store, history["C00003"]) == 0


def test_entry_form_snapshot(snap_compare, app: CustuiApp, history: dict[str, int]) -> None:
    async def log(pilot) -> None:
        await open_customer(pilot, "C00001")
        await pilot.press("i", "tab", "v", "tab", *"拜访，确认二期需求", "tab", "tab", "plus")

    assert snap_compare(app, terminal_size=SIZE, run_before=log)


async def test_briefing_fits_one_screen_and_names_the_facts(
    app: CustuiApp, history: dict[str, int]
) -> None:
    from custui.tui.screens.briefing import BriefingScreen

    async with app.run_test(size=SIZE) as pilot:
        await open_customer(pilot, "C00001")
        await pilot.press("b")
        await settle(pilot)
        brief = pilot.app.screen
        assert isinstance(brief, BriefingScreen)
        text = str(brief.query_one("#brief", Static).render())
        for fragment in ("C00001 · 深圳市华创科技有限公司", "Score", "Last contacts", "电话回访 #139",
                         "Open next actions", "寄样品", "this year: 1 order · CNY 123,456.78", "#重点"):  # fmt: skip
            assert fragment in text, fragment
        assert text.count("电话回访 #") == 3
        assert (
            brief.query_one("#brief").outer_size.height <= SIZE[1] - 2
        )  # one screen, no scrolling
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(pilot.app.screen, CustomerDetailScreen)


async def test_edit_delete_and_undo_an_entry(
    app: CustuiApp, book_store: Store, history: dict[str, int]
) -> None:
    from custui.tui.screens.entry_form import EntryFormScreen
    from custui.tui.screens.entry_view import EntryViewScreen

    async with app.run_test(size=SIZE) as pilot:
        screen = await open_customer(pilot, "C00001")
        table = screen.query_one("#timeline", LazyTable)
        await pilot.press("enter")  # the order on top, to read in full
        await settle(pilot)
        view = pilot.app.screen
        assert isinstance(view, EntryViewScreen)
        body = str(view.query_one("#entry-body", Static).render())
        assert "CNY 123,456.78" in body and "伺服电机 SV-750" in body and "2026-11-19" in body
        await pilot.press("e")  # and from there, edit it
        await settle(pilot)
        form = pilot.app.screen
        assert isinstance(form, EntryFormScreen) and form.entry_id is not None
        assert (
            form.values()["amount"] == "123,456.78" and form.values()["ordered_at"] == "2026-11-19"
        )
        form.query_one("#entry-product").focus()
        await pilot.press("home", "ctrl+k", *"伺服电机 SV-900", "ctrl+s")
        await settle(pilot)
        assert pilot.app.screen is screen
        assert (
            table.row_for(0)["summary"] == "CNY 123,456.78 · 伺服电机 SV-900"
            and table.row_count == HISTORY + 1
        )  # type: ignore[index]
        stored = book_store.query(
            "SELECT ordered_at, amount_minor FROM orders WHERE product = '伺服电机 SV-900'"
        )
        assert [tuple(r) for r in stored] == [("2026-11-19", 12345678)]

        await pilot.press("d")
        await settle(pilot)
        assert table.row_count == HISTORY and "ORDER" not in table.render_line(0).text
        await pilot.press("u")
        await settle(pilot)
        assert table.row_count == HISTORY + 1 and "SV-900" in table.render_line(0).text


async def test_a_visit_dated_tomorrow_is_not_logged_as_history(
    app: CustuiApp,
    book_store: Store,
    history: dict[str, int],
) -> None:
    """明天 as the date of a visit: the form stays open and says to plan it as the next action instead."""
    from custui.tui.screens.entry_form import EntryFormScreen

    async with app.run_test(size=(80, 24)) as pilot:
        await open_customer(pilot, "C00001")
        await pilot.press("i")
        await settle(pilot)
        form = pilot.app.screen
        await pilot.press(*"明天", "tab", "v", "tab", *"拜访", "ctrl+s")
        await settle(pilot)
        assert pilot.app.screen is form and isinstance(form, EntryFormScreen)
        shown = " ".join(str(w.render()) for w in form.query(Static))
        assert "is after today" in shown
        assert timeline_count(book_store, history["C00001"]) == HISTORY


async def test_the_log_form_at_60_by_20_shows_every_channel_and_reaches_due(
    app: CustuiApp,
    book_store: Store,
    history: dict[str, int],
) -> None:
    """At 60x20 the form hid "x event", "o other" and the Due field: the choices wrap between options and
    the form scrolls to the field being typed."""
    from tests.tui.conftest import screen_lines

    async with app.run_test(size=(60, 20)) as pilot:
        await open_customer(pilot, "C00001")
        await pilot.press("i")
        await settle(pilot)
        text = "\n".join(screen_lines(pilot.app))
        assert "x event" in text and "o other" in text
        await pilot.press(
            *"today",
            "tab",
            "x",
            "tab",
            *"展会上见面",
            "tab",
            "tab",
            "tab",
            *"寄样品",
            "tab",
            *"+3d",
        )
        await settle(pilot)
        assert "Due" in "\n".join(screen_lines(pilot.app))
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(pilot.app.screen, CustomerDetailScreen)
        top = pilot.app.screen.query_one("#timeline", LazyTable).row_for(0)
        assert (
            top["summary"] == "张伟 · 展会上见面"
            and top["next_action"] == "寄样品"
            and top["due"] == "2026-11-23"
        )


async def test_enter_shows_a_long_note_in_full_without_opening_the_form(
    app: CustuiApp,
    book_store: Store,
    history: dict[str, int],
) -> None:
    """At 80 columns the timeline cuts a note; enter shows all of it to read, esc goes back untouched."""
    from custui.tui.screens.entry_view import EntryViewScreen
    from tests.tui.conftest import screen_lines

    note = "客户希望下个月安排工厂参观，" * 6 + "END"
    with book_store.transaction() as conn:
        conn.execute(
            "INSERT INTO interactions (customer_id, occurred_at, channel, summary, created_at) "
            "VALUES (?, '2026-11-20', 'visit', ?, 'x')",
            (history["C00001"], note),
        )
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_customer(pilot, "C00001")
        await pilot.press("enter")
        await settle(pilot)
        view = pilot.app.screen
        assert isinstance(view, EntryViewScreen)
        assert note in str(view.query_one("#entry-body", Static).render()).replace("\n", "")
        assert any("END" in line for line in screen_lines(pilot.app)), "\n".join(
            screen_lines(pilot.app)
        )
        await pilot.press("escape")
        await settle(pilot)
        assert pilot.app.screen is screen


@pytest.mark.parametrize("size", [(60, 20), (80, 24), (160, 48)])
async def test_the_timeline_columns_fit_the_terminal(
    app: CustuiApp, history: dict[str, int], size: tuple[int, int]
) -> None:
    """At 80 columns the two shared columns' widths overflowed the table by two cells and the Due dates
    lost their last digit under the scrollbar."""
    from datetime import date

    from custui.core.entries import validate_interaction
    from custui.store.timeline import add_interaction

    call = {"occurred_at": "2026-11-30", "channel": "call", "summary": "约下周拜访", "next_action": "拜访",
            "next_action_due": "2026-12-08", "sentiment": "positive"}  # fmt: skip
    values, errors = validate_interaction(call, date(2026, 12, 1))
    assert not errors
    add_interaction(app.store, history["C00001"], values)  # on top: the newest
    async with app.run_test(size=size) as pilot:
        screen = await open_customer(pilot, "C00001")
        table = screen.query_one("#timeline", LazyTable)
        columns = table.visible_columns
        used = sum(width for _, width in columns) + len(columns) - 1
        assert used <= table.scrollable_content_region.width - table.mark_cells
        if any(column.key == "due" for column, _ in columns):
            assert line(table, 0).rstrip().endswith("2026-12-08")
