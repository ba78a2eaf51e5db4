"""Tagging with keys only: autocomplete on one customer, bulk tagging of a filter, undo."""

from __future__ import annotations

import pytest
from textual.widgets import Input, OptionList, Static

from custui.store import repo, tags
from custui.store.db import Store
from custui.tui.app import CustuiApp
from custui.tui.screens.tag_editor import TagEditorScreen
from tests.tui.conftest import code_ids, press_to, settle

SIZE = (130, 36)


def tag_names(store: Store, customer_id: int) -> list[str]:
    return [f"{t['category']}/{t['name']}" for t in repo.customer_tags(store, customer_id)]


async def move_to(pilot, customer_id: int) -> None:
    table = pilot.app.screen.table
    table.move_cursor(list(table.row_ids).index(customer_id))
    await settle(pilot)


async def test_tag_one_customer_with_autocomplete_keys_only(
    app: CustuiApp, book_store: Store
) -> None:
    ids = code_ids(book_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await move_to(pilot, ids["C00002"])
        editor = await press_to(pilot, "t", screen=TagEditorScreen)
        await pilot.press(*"zd")  # pinyin initials of 重点
        suggestions = editor.query_one("#suggestions", OptionList)
        assert "重点" in str(suggestions.get_option_at_index(0).prompt)
        await pilot.press("enter")
        await settle(pilot)
        assert tag_names(book_store, ids["C00002"]) == ["potential/重点"]
        assert editor.query_one("#tag-input", Input).value == ""
        await pilot.press(*"付款慢")  # nothing like it yet: the only choice creates it
        assert "new tag “付款慢” in custom" in str(suggestions.get_option_at_index(0).prompt)
        await pilot.press("tab", "tab", "r")  # the category row: r = risk
        assert "in risk" in str(
            suggestions.get_option_at_index(suggestions.option_count - 1).prompt
        )
        await pilot.press("shift+tab", "shift+tab", "enter")
        await settle(pilot)
        assert tag_names(book_store, ids["C00002"]) == ["potential/重点", "risk/付款慢"]
        await pilot.press("shift+tab", "d")  # the current tags: take the highlighted one off
        await settle(pilot)
        assert tag_names(book_store, ids["C00002"]) == ["risk/付款慢"]
        await pilot.press("ctrl+z")
        assert tag_names(book_store, ids["C00002"]) == ["potential/重点", "risk/付款慢"]
        await pilot.press("escape")
        await settle(pilot)
        row = pilot.app.screen.table.row_for(pilot.app.screen.table.cursor_row)
        assert row["tag_tuple"] == ("potential/重点", "risk/付款慢")


async def test_an_invalid_tag_name_is_explained(app: CustuiApp, book_store: Store) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        await pilot.press(*"hobby/golf", "enter")
        message = str(pilot.app.screen.query_one("#tag-message", Static).render())
        assert "Tag categories are industry, need, risk, potential, custom" in message


async def test_bulk_tag_everyone_matching_a_filter_and_undo(
    app: CustuiApp, book_store: Store
) -> None:
    ids = code_ids(book_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f", *"tag:重点", "enter")
        await settle(pilot)
        table = pilot.app.screen.table
        assert set(table.row_ids) == {ids["C00001"], ids["C00003"]}
        editor = await press_to(pilot, "A", "t", screen=TagEditorScreen)
        assert str(editor.query_one(".title", Static).render()) == "Add a tag to 2 customers"
        await pilot.press(*"VIP", "enter")
        await settle(pilot)
        assert pilot.app.screen is not editor and table.marked == set()
        for code in ("C00001", "C00003"):
            assert "custom/VIP" in tag_names(book_store, ids[code])
        assert "custom/VIP" not in tag_names(book_store, ids["C00002"])
        await pilot.press("u")
        await settle(pilot)
        assert all("custom/VIP" not in tag_names(book_store, i) for i in ids.values())
        # the tag was made for this change: undo takes it away too, so autocomplete no longer offers it
        assert "VIP" not in {t.name for t in tags.all_tags(book_store)}


async def test_space_marks_and_capital_t_untags_the_marked(
    app: CustuiApp, book_store: Store
) -> None:
    ids = code_ids(book_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        table = pilot.app.screen.table
        await move_to(pilot, ids["C00001"])
        await pilot.press("space")
        assert table.marked == {ids["C00001"]}
        assert table.render_line(table.cursor_row - 1 - table.scroll_offset.y).text.startswith("✓ ")
        await pilot.press("T")
        await settle(pilot)
        assert (
            str(pilot.app.screen.query_one(".title", Static).render())
            == "Remove a tag from 1 customer"
        )
        await pilot.press(*"制造", "enter")
        await settle(pilot)
        assert tag_names(book_store, ids["C00001"]) == ["potential/重点"]


async def test_t_on_the_customer_screen_edits_its_tags(app: CustuiApp, book_store: Store) -> None:
    from custui.tui.screens.customer_detail import CustomerDetailScreen

    ids = code_ids(book_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await move_to(pilot, ids["C00006"])
        detail = await press_to(pilot, "enter", screen=CustomerDetailScreen)
        await pilot.press("t", *"zhongdian", "enter", "escape")
        await settle(pilot)
        assert pilot.app.screen is detail
        assert tag_names(book_store, ids["C00006"]) == ["potential/重点"]
        assert "#重点" in str(detail.query_one("#detail-summary", Static).render())


# -- the tag manager (4) ------------------------------------------------------------------


async def open_manager(pilot):
    from custui.tui.screens.tag_manager import TagManagerScreen

    return await press_to(pilot, "4", screen=TagManagerScreen)


def manager_rows(screen) -> list[tuple[str, str, int]]:
    table = screen.table
    return [
        (r["category"], r["chip"][0], r["customers"])
        for r in (table.row_for(i) for i in range(table.row_count))
    ]


async def move_manager_to(pilot, screen, label: str) -> None:
    rows = manager_rows(screen)
    screen.table.move_cursor([r[1] for r in rows].index(label))
    await settle(pilot)


@pytest.fixture
def vip(book_store: Store) -> int:
    from custui.store import tags

    ids = code_ids(book_store)
    tag = tags.create_tag(book_store, "VIP", "potential")
    tags.add_tag(book_store, [ids["C00002"], ids["C00001"]], tag)
    return tag


async def test_manager_lists_tags_with_counts_and_merges_two(
    app: CustuiApp, book_store: Store, vip: int
) -> None:
    ids = code_ids(book_store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_manager(pilot)
        assert manager_rows(screen) == [("industry", "industry/制造业", 1), ("potential", "potential/VIP", 2),
                                        ("potential", "potential/重点", 2)]  # fmt: skip
        await move_manager_to(pilot, screen, "potential/VIP")
        await pilot.press("space")  # mark VIP (the cursor steps down to 重点, the one to keep)
        await pilot.press("m")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert manager_rows(screen) == [
            ("industry", "industry/制造业", 1),
            ("potential", "potential/重点", 3),
        ]
        assert tag_names(book_store, ids["C00002"]) == ["potential/重点"]
        await pilot.press("u")
        await settle(pilot)
        assert manager_rows(screen)[1] == ("potential", "potential/VIP", 2)
        assert tag_names(book_store, ids["C00002"]) == ["potential/VIP"]


async def test_rename_onto_an_existing_name_offers_merge(
    app: CustuiApp, book_store: Store, vip: int
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_manager(pilot)
        await move_manager_to(pilot, screen, "potential/VIP")
        await pilot.press("r", "ctrl+a", "ctrl+k", *"重点", "enter")
        await settle(pilot)
        question = str(pilot.app.screen.query_one(".question", Static).render())
        assert "potential/重点 already exists. Merge potential/VIP into it?" in question
        await pilot.press("y")
        await settle(pilot)
        assert manager_rows(screen) == [
            ("industry", "industry/制造业", 1),
            ("potential", "potential/重点", 3),
        ]


async def test_recategorise_recolour_delete_and_undo(
    app: CustuiApp, book_store: Store, vip: int
) -> None:
    from custui.store import tags

    async with app.run_test(size=SIZE) as pilot:
        screen = await open_manager(pilot)
        await move_manager_to(pilot, screen, "potential/VIP")
        await pilot.press("c", "n")  # category: need
        await settle(pilot)
        assert tags.get_tag(book_store, vip).category == "need"
        await pilot.press("C", "1")  # colour 1: red
        await settle(pilot)
        assert tags.get_tag(book_store, vip).color == "red"
        await pilot.press("d", "y")
        await settle(pilot)
        assert [r[1] for r in manager_rows(screen)] == ["industry/制造业", "potential/重点"]
        await pilot.press("u")
        await settle(pilot)
        assert (
            tags.get_tag(book_store, vip).customers == 2
            and tags.get_tag(book_store, vip).color == "red"
        )


async def test_enter_shows_the_customers_with_the_tag(
    app: CustuiApp, book_store: Store, vip: int
) -> None:
    ids = code_ids(book_store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_manager(pilot)
        await move_manager_to(pilot, screen, "potential/VIP")
        await pilot.press("enter")
        await settle(pilot)
        listing = pilot.app.screen
        assert listing.query_one("#filter", Input).value == "tag:potential/VIP"
        assert set(listing.table.row_ids) == {ids["C00001"], ids["C00002"]}


def test_tag_editor_snapshot(snap_compare, app: CustuiApp, vip: int) -> None:
    async def editing(pilot) -> None:
        await settle(pilot)
        await pilot.press("t", *"zd")
        await settle(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=editing)


def test_tag_manager_snapshot(snap_compare, app: CustuiApp, vip: int) -> None:
    async def managing(pilot) -> None:
        screen = await open_manager(pilot)
        await move_manager_to(pilot, screen, "potential/VIP")
        await pilot.press("space")

    assert snap_compare(app, terminal_size=SIZE, run_before=managing)
