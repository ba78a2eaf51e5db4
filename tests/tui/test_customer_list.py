"""The customer list driven with real keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Static

from custui.store import db as store_db
from custui.store import repo
from custui.store.db import open_store
from custui.tui.app import CustuiApp
from custui.tui.screens.customer_list import CustomerListScreen
from tests.tui.conftest import fill, post_burst, settle


def names(app: CustuiApp) -> list[str]:
    table = app.screen.table
    rows = repo.list_rows(app.store, list(table.row_ids))
    return [rows[i]["name"] for i in table.row_ids]


def count_label(app: CustuiApp) -> str:
    return str(app.screen.query_one("#count", Static).render())


async def type_search(pilot, text: str) -> None:
    await pilot.press("slash")
    search = pilot.app.screen.query_one("#search", Input)
    search.value = ""
    await pilot.press(*text)
    await settle(pilot)


async def test_list_shows_every_active_customer(app: CustuiApp) -> None:
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, CustomerListScreen)
        assert app.screen.table.row_count == 6
        assert count_label(app) == "6 customers · scored as of 2026-11-20"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("科技", {"深圳市华创科技有限公司", "廣州華創科技集團"}),
        ("科技集团", {"廣州華創科技集團"}),
        ("kj", {"深圳市华创科技有限公司", "廣州華創科技集團"}),
        ("keji", {"深圳市华创科技有限公司", "廣州華創科技集團"}),
        ("zhangwei", {"深圳市华创科技有限公司"}),
        ("acme", {"Acme Trading Co., Ltd."}),
        ("重点", {"深圳市华创科技有限公司", "Acme Trading Co., Ltd."}),
        ("5550134", set()),
        ("0134", {"Acme Trading Co., Ltd."}),
    ],
)
async def test_search_as_you_type(app: CustuiApp, typed: str, expected: set[str]) -> None:
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await type_search(pilot, typed)
        assert set(names(app)) == expected
        assert count_label(app).startswith(f"{len(expected)} of 6 match")


async def test_escape_clears_search(app: CustuiApp) -> None:
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await type_search(pilot, "acme")
        assert app.screen.table.row_count == 1
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen.table.row_count == 6
        assert app.focused is app.screen.table


async def test_sort_by_column_and_reverse(app: CustuiApp) -> None:
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("left", "left")  # to the Code column
        await pilot.press("s")
        await settle(pilot)
        codes = [repo.get_customer(app.store, i)["code"] for i in app.screen.table.row_ids]
        assert codes == sorted(codes)
        await pilot.press("s")
        await settle(pilot)
        codes_desc = [repo.get_customer(app.store, i)["code"] for i in app.screen.table.row_ids]
        assert codes_desc == sorted(codes, reverse=True)


async def test_clicking_a_header_sorts(app: CustuiApp) -> None:
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.click("#customers-header", offset=(2, 0))  # "Code"
        await settle(pilot)
        assert app.screen.view_query.sort == "code"


async def test_delete_asks_and_undo_restores(app: CustuiApp) -> None:
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        first = app.screen.table.current_row_id()
        await pilot.press("d")
        await pilot.press("n")  # declined
        await settle(pilot)
        assert app.screen.table.row_count == 6
        await pilot.press("d", "y")
        await settle(pilot)
        assert app.screen.table.row_count == 5
        assert repo.get_customer(app.store, first)["deleted_at"] is not None
        await pilot.press("u")
        await settle(pilot)
        assert app.screen.table.row_count == 6
        assert repo.get_customer(app.store, first)["deleted_at"] is None
        assert app.screen.table.current_row_id() == first


async def test_markup_and_escapes_are_shown_inertly(app: CustuiApp) -> None:
    # the form drops control characters; another program writing the file may not
    app.store.conn.execute("UPDATE contacts SET name = ? WHERE customer_id = (SELECT id FROM customers "
                           "WHERE code = 'C00005')", ("\x1b[31mEsc\x1b[0m",))  # fmt: skip
    async with app.run_test(size=(140, 36)) as pilot:
        await settle(pilot)
        await type_search(pilot, "markup")
        await pilot.press("enter")  # back to the table
        await settle(pilot)
        screen_text = "\n".join(app.screen.table.render_line(y).text for y in range(2))
        assert "[bold red]Markup[/]" in screen_text
        assert "\x1b" not in screen_text
        preview = str(app.screen.query_one("#preview", Static).render())
        assert "[bold red]Markup[/] Ltd" in preview
        assert "\ufffd[31mEsc" in preview
        assert "\x1b" not in preview


async def test_list_reads_only_visible_rows(tmp_path: Path) -> None:
    """2,000 customers: no widget per row, only the first page fetched."""
    store = open_store(tmp_path / "big.db")
    stamp = "2025-01-01T00:00:00+00:00"
    with store.transaction() as conn:
        conn.executemany(
            "INSERT INTO customers (code, name, created_at, updated_at) VALUES (?, ?, ?, ?)",
            [(f"C{i:05d}", f"Customer {i:05d}", stamp, stamp) for i in range(1, 2001)],
        )
    app = CustuiApp(store, warm_up=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        table = app.screen.table
        assert table.row_count == 2000
        assert len(app.screen.query("*")) < 40
        assert set(table._pages) == {0}
        await pilot.press("end")
        await settle(pilot)
        assert table.current_row_id() == table.row_ids[-1]
        assert len(table._pages) <= 2
    store.close()


async def test_read_only_file_shows_banner_and_refuses_new(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "ro.db"
    store = open_store(path)
    fill(store)
    store.close()
    monkeypatch.setattr(store_db, "is_writable", lambda p: False)
    store = open_store(path)
    app = CustuiApp(store, warm_up=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        banner = app.screen.query_one("#read-only-banner", Static)
        assert "READ-ONLY" in str(banner.render())
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, CustomerListScreen)
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, CustomerListScreen)
    store.close()


async def test_help_opens_and_closes(app: CustuiApp) -> None:
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert type(app.screen).__name__ == "HelpScreen"
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, CustomerListScreen)


async def test_palette_runs_screen_commands_by_name(app: CustuiApp) -> None:
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        titles = {c.title for c in app.get_system_commands(app.screen)}
        assert {
            "Search customers 搜索",
            "New customer 新客户",
            "Show the key reference 帮助",
        } <= titles
        await pilot.press("ctrl+p")
        await pilot.press(*"key reference")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot)
        assert type(app.screen).__name__ == "HelpScreen"


async def test_keys_typed_in_a_burst_after_slash_reach_the_search(app: CustuiApp) -> None:
    """A fast typist's "/keji" arrives at once; no key may go to the table instead."""
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        post_burst(app, [("slash", "/"), ("k", "k"), ("e", "e"), ("j", "j"), ("i", "i")])
        await settle(pilot)
        assert app.screen.query_one("#search", Input).value == "keji"
        assert app.screen.table.row_count == 2


async def test_slash_is_typed_in_the_filter_and_the_search(app: CustuiApp) -> None:
    """ "/" opens the search from the list, but where the rep is typing it is a character: the README's
    own filter ``tag:risk/*`` and a model number ``SV-750/x`` arrive whole."""
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f", *"tag:risk/*")
        assert app.screen.query_one("#filter", Input).value == "tag:risk/*"
        await pilot.press("escape")
        await pilot.press("slash", *"SV-750/x")
        assert app.screen.query_one("#search", Input).value == "SV-750/x"


def _printable(key: str) -> bool:
    """*key* (a binding's key name) is what a printable ASCII character arrives as ("n", "slash", "space")."""
    from textual.keys import _character_to_key

    return key in {_character_to_key(chr(code)) for code in range(32, 127)}


def test_no_priority_binding_takes_a_printable_key_unless_it_gives_it_back() -> None:
    """A priority binding sees a key before a focused Input: one on a printable character would eat what
    the rep types.  Every such binding must be listed here and hand the character to a focused Input
    (tested above for "/")."""
    import importlib
    import pkgutil

    from textual.binding import Binding

    import custui.tui.screens as screens

    gives_back = {("CustomerListScreen", "slash")}
    found = set()
    modules = [
        importlib.import_module(f"custui.tui.screens.{m.name}")
        for m in pkgutil.iter_modules(screens.__path__)
    ]
    modules.append(importlib.import_module("custui.tui.app"))
    for module in modules:
        for owner in vars(module).values():
            for binding in getattr(owner, "BINDINGS", []) if isinstance(owner, type) else []:
                if isinstance(binding, Binding) and binding.priority:
                    found |= {
                        (owner.__name__, k.strip())
                        for k in binding.key.split(",")
                        if _printable(k.strip())
                    }
    assert found == gives_back


async def test_the_sort_arrow_shows_on_every_column_at_80_columns(app: CustuiApp) -> None:
    """A narrow column loses letters of its title, never the arrow that says the list is sorted by it."""
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        table = app.screen.table
        header = app.screen.query_one("#customers-header")
        for index, (column, _width) in enumerate(table.visible_columns):
            table.cursor_column = index
            await pilot.press("s")
            await settle(pilot)
            assert app.screen.view_query.sort == column.key
            line = header.render_line(0).text
            assert "▲" in line or "▼" in line, f"no arrow when sorted by {column.key}: {line!r}"


async def test_the_ranking_arriving_keeps_the_cursor_on_its_customer(
    app: CustuiApp,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Rows come first sorted by name, the ranking a moment later: a rep who has already moved to a customer
    stays on that customer when the rows re-sort, so an early enter opens the one they saw."""
    import threading

    from custui.store.book import Book

    release = threading.Event()
    load = Book.load

    def slow_load(*args, **kwargs):
        release.wait(10)
        return load(*args, **kwargs)

    monkeypatch.setattr(Book, "load", staticmethod(slow_load))
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(50):
            await pilot.pause(0.02)
            if app.screen.table.row_count:
                break
        assert app.screen.book is None  # still sorted by name
        await pilot.press("down", "down")
        chosen = app.screen.table.current_row_id()
        release.set()
        await settle(pilot)
        assert app.screen.book is not None and app.screen.view_query.sort == "score"
        assert app.screen.table.current_row_id() == chosen
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.customer_id == chosen


async def test_an_untouched_list_starts_at_the_top_of_the_ranking(app: CustuiApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        table = app.screen.table
        assert (
            table.cursor_row == 0
            and table.current_row_id() == app.screen.book.ids(app.store, app.screen.view_query)[0]
        )


async def test_y_copies_the_phone_email_or_address_with_one_more_key(app: CustuiApp) -> None:
    """OSC 52 through the terminal: the rep pastes the number into a phone or a mail program."""
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        customer = repo.get_customer(app.store, app.screen.table.current_row_id())
        await pilot.press("y", "p")
        await settle(pilot)
        assert app.clipboard == customer["phone"]
        await pilot.press("y", "n")
        await settle(pilot)
        assert app.clipboard == customer["name"]
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("y", "e")
        await settle(pilot)
        assert app.clipboard == customer["email"]


async def test_question_mark_shows_the_current_screens_keys_first(app: CustuiApp) -> None:
    from custui.tui.screens.help import HelpScreen

    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        from custui.tui.app import help_text

        assert help_text(app.screen.first).startswith("## Customer list")
        await pilot.press("escape", "2", "question_mark")
        await settle(pilot)
        assert help_text(app.screen.first).startswith("## Follow-ups")
        assert "## Everywhere" in help_text(app.screen.first)  # nothing is left out


def test_every_screen_help_section_exists() -> None:
    """A screen's HELP_SECTION names a heading of help.md (else `?` would fall back to the top)."""
    import importlib
    import pkgutil

    import custui.tui.screens as screens
    from custui.tui.app import help_text

    headings = [line[3:] for line in help_text().splitlines() if line.startswith("## ")]
    named = []
    for info in pkgutil.iter_modules(screens.__path__):
        for owner in vars(importlib.import_module(f"custui.tui.screens.{info.name}")).values():
            section = getattr(owner, "HELP_SECTION", None) if isinstance(owner, type) else None
            if section:
                named.append(section)
                assert any((h + "\n").startswith(section) for h in headings), section
    assert len(set(named)) >= 8


@pytest.mark.parametrize(("typed", "code"), [("深圳市华创", "C00001"), ("acme", "C00003")])
async def test_the_palette_opens_a_customer_by_name(app: CustuiApp, typed: str, code: str) -> None:
    """ctrl+p finds customers with the search of `/` (Chinese, pinyin, phone digits) and opens one."""
    from custui.tui.screens.customer_detail import CustomerDetailScreen

    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *typed)
        await pilot.pause(0.5)
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, CustomerDetailScreen)
        assert repo.get_customer(app.store, app.screen.customer_id)["code"] == code


async def test_the_palette_finds_commands_in_chinese(app: CustuiApp) -> None:
    from custui.tui.screens.import_wizard import ImportWizardScreen

    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"导入")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ImportWizardScreen)


@pytest.mark.parametrize(("width", "phone"), [(80, False), (120, True)])
async def test_the_name_keeps_its_room_and_the_phone_joins_at_120(
    app: CustuiApp, width: int, phone: bool
) -> None:
    """Columns have priorities: name, score, tier and due stay at 80 columns (the name with 24+ cells), the
    others drop out as the terminal narrows; the phone is on the list from 120 columns."""
    async with app.run_test(size=(width, 30)) as pilot:
        await settle(pilot)
        shown = {c.key: w for c, w in app.screen.table.visible_columns}
        assert shown["name"] >= 24 and {"score", "tier", "next_action_due"} <= set(shown)
        assert ("phone" in shown) is phone


def _footer_keys(app: CustuiApp) -> list[str]:
    from textual.widgets._footer import FooterKey

    return [key.key for key in app.screen.query(FooterKey)]


async def test_the_footer_shows_its_keys_once_the_rows_are_drawn(app: CustuiApp) -> None:
    """The keys are drawn after the first rows (they cost a third of the first frame)."""
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert "slash" in _footer_keys(app) and "n" in _footer_keys(app)
        await pilot.press("slash")  # a focus change: the footer is rebuilt once, for the search box
        await settle(pilot)
        keys = _footer_keys(app)
        assert keys and len(keys) == len(set(keys))


async def test_the_footer_shows_its_keys_on_an_empty_book(store) -> None:
    """No rows are ever drawn on an empty book: the keys still come."""
    app = CustuiApp(store, warm_up=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.screen.table.row_count == 0
        assert "n" in _footer_keys(app)


async def test_a_table_names_no_row_before_its_rows_are_set() -> None:
    """The preview said "No customers yet: press n." for a frame while the first rows were drawn: the
    table announced its cursor's first value (no row of an empty list) as it mounted."""
    from textual.app import App, ComposeResult

    from custui.tui.widgets.lazy_table import Column, LazyTable

    heard: list[int | None] = []

    class Table(App[None]):
        def compose(self) -> ComposeResult:
            yield LazyTable(
                [Column("name", "Name")], lambda ids: {i: {"name": str(i)} for i in ids}
            )

        def on_lazy_table_row_highlighted(self, event: LazyTable.RowHighlighted) -> None:
            heard.append(event.row_id)

    app = Table()
    async with app.run_test() as pilot:
        await pilot.pause()
        assert heard == []
        app.query_one(LazyTable).set_rows([])
        await pilot.pause()
        assert heard == [None]  # an empty list: now it is known there is no row
        app.query_one(LazyTable).set_rows([7, 8])
        await pilot.pause()
        assert heard == [None, 7]
