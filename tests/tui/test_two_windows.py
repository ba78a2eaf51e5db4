"""Two windows on one file, with a real second process: changes show up; a conflicting save is told."""

from __future__ import annotations

from textual.widgets import Static

from custui.store import repo
from custui.store.db import Store
from custui.tui.app import OUTSIDE_POLL_SECONDS, CustuiApp
from custui.tui.screens.customer_form import CustomerFormScreen
from tests.store.test_two_windows import other_window
from tests.tui.conftest import code_ids, settle


async def test_another_windows_save_appears_without_a_key(
    app: CustuiApp, book_store: Store
) -> None:
    cid = code_ids(book_store)["C00004"]
    async with app.run_test(size=(130, 30)) as pilot:
        await settle(pilot)
        table = pilot.app.screen.table
        row = list(table.row_ids).index(cid)
        assert table.row_for(row)["name"] == "Bergmann GmbH"
        other_window(book_store.path, "C00004", {"name": "Bergmann Logistik GmbH"})
        await pilot.pause(OUTSIDE_POLL_SECONDS + 0.5)  # the app's own poll, no key pressed
        await settle(pilot)
        names = [table.row_for(i)["name"] for i in range(table.row_count)]
        assert "Bergmann Logistik GmbH" in names and "Bergmann GmbH" not in names
        assert any("another window" in str(n.message) for n in pilot.app._notifications)


async def test_a_conflicting_save_keeps_the_edits_and_says_why(
    app: CustuiApp, book_store: Store
) -> None:
    cid = code_ids(book_store)["C00004"]
    async with app.run_test(size=(130, 40)) as pilot:
        await settle(pilot)
        table = pilot.app.screen.table
        table.move_cursor(list(table.row_ids).index(cid))
        await pilot.press("e")
        await settle(pilot)
        form = pilot.app.screen
        assert isinstance(form, CustomerFormScreen)
        other_window(book_store.path, "C00004")
        notes = form.query_one("#field-notes")
        notes.focus()
        await pilot.press(*"我的修改", "ctrl+s")
        await settle(pilot)
        assert pilot.app.screen is form  # still open, edits kept
        assert "我的修改" in notes.text  # type: ignore[attr-defined]
        message = " ".join(str(w.render()) for w in form.query(Static))
        assert "changed elsewhere after you opened this form" in message
        assert repo.get_customer(book_store, cid)["notes"] == "saved in the other window"


async def test_a_change_seen_while_quitting_is_let_go(app: CustuiApp, book_store: Store) -> None:
    """The poll's timer can tick while Textual takes the screens apart on quit (seen in CI): the
    list, its rows already gone, must not be asked to show the change."""
    async with app.run_test(size=(130, 30)) as pilot:
        await settle(pilot)
        other_window(book_store.path, "C00004", {"name": "Bergmann Logistik GmbH"})
        prune = pilot.app._prune

        async def prune_then_poll(*nodes, parent=None):  # type: ignore[no-untyped-def]
            await prune(*nodes, parent=parent)
            pilot.app._check_outside_changes()

        pilot.app._prune = prune_then_poll  # type: ignore[method-assign]
