"""Hostile text on screen: markup shown literally, escapes and bidi overrides never reach the terminal."""

from __future__ import annotations

import pytest

from custui.store import repo, tags
from custui.store.db import Store
from custui.tui.app import CustuiApp
from custui.tui.screens.customer_detail import CustomerDetailScreen
from tests.store.test_hostile import HOSTILE, INVISIBLE
from tests.tui.conftest import settle

NAME = "[bold red]Evil[/] \x1b[31mCo\x1b[0m \u202eشركة"
NOTE = ("[link=https://evil.example]click[/link] \x1b]0;pwned\x07 " * 3000)[:100_000]


@pytest.fixture
def evil(book_store: Store) -> int:
    """A customer written by another program: nothing was cleaned on the way in."""
    with book_store.transaction() as conn:
        cid = conn.execute(
            "INSERT INTO customers (code, name, notes, created_at, updated_at) VALUES ('C00099', ?, ?, 'now', 'now')",
            (NAME, NOTE),
        ).lastrowid  # fmt: skip
        conn.execute("INSERT INTO contacts (customer_id, name, is_primary, created_at, updated_at) "
                     "VALUES (?, ?, 1, 'now', 'now')", (cid, HOSTILE["emoji"]))  # fmt: skip
        conn.execute(
            "INSERT INTO interactions (customer_id, occurred_at, channel, summary, next_action, created_at) "
            "VALUES (?, '2026-11-01', 'call', ?, ?, 'now')", (cid, HOSTILE["markup"] + HOSTILE["ansi"], "[b]x[/b]\x1b[2J"),
        )  # fmt: skip
        tag = conn.execute(
            "INSERT INTO tags (name, category) VALUES ('[red]标签[/red]\x1b[5m', 'risk')"
        ).lastrowid
    tags.add_tag(book_store, [cid], tag)
    return int(cid)


def screen_text(app: CustuiApp) -> str:
    """Every character the app would send for its screen, as plain text."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


async def test_list_detail_and_brief_show_hostile_text_inertly(app: CustuiApp, evil: int) -> None:
    async with app.run_test(size=(200, 40)) as pilot:  # wide enough for the whole tag cell
        await settle(pilot)
        table = pilot.app.screen.table
        table.move_cursor(list(table.row_ids).index(evil))
        await settle(pilot)
        listed = screen_text(pilot.app)
        assert "[bold red]Evil[/]" in listed and "[red]标签[/red]" in listed
        assert not INVISIBLE & set(listed)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(pilot.app.screen, CustomerDetailScreen)
        detail = screen_text(pilot.app)
        assert (
            "[bold red]Evil[/]" in detail and "[bold red]Acme[/] [link=" in detail
        )  # the call's summary
        assert "[b]x[/b]" in detail and not INVISIBLE & set(detail)
        await pilot.press("enter")  # edit the call
        await settle(pilot)
        entry = screen_text(pilot.app)
        assert "[bold red]Acme[/]" in entry and not INVISIBLE & set(entry)
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("b")
        await settle(pilot)
        brief = screen_text(pilot.app)
        assert "[bold red]Evil[/]" in brief and not INVISIBLE & set(brief)
        await pilot.press("escape", "e")
        await settle(pilot)
        form = screen_text(pilot.app)
        assert "[bold red]Evil[/]" in form and not INVISIBLE & set(form)
    assert repo.get_customer(app.store, evil)["name"] == NAME  # looking changed nothing
