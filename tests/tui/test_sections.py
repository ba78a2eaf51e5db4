"""The top-level screens come from one list (custui.tui.sections): each line's key shows its screen,
and its key, palette command and help row come from that line."""

from __future__ import annotations

from typing import Any

import pytest

from custui.tui.actions import BY_ID
from custui.tui.app import CustuiApp, help_text
from custui.tui.screens.base import AppScreen
from custui.tui.screens.customer_list import CustomerListScreen
from custui.tui.screens.help import HelpScreen
from custui.tui.sections import SECTIONS, Section
from tests.tui.conftest import settle


def screen_class(section: Section) -> type[Any]:
    found = section.screen_class() or CustomerListScreen
    assert issubclass(found, AppScreen)
    return found


def test_each_section_is_an_app_action_with_its_own_key() -> None:
    keys = [section.key for section in SECTIONS]
    assert len(set(keys)) == len(keys)
    for section in SECTIONS:
        action = BY_ID[section.action_id]
        assert (action.keys, action.label, action.label_zh) == (
            section.key,
            section.label,
            section.label_zh,
        )
        screen = screen_class(section)
        if section.screen:  # `?` on it opens its own part of the help
            assert screen.HELP_SECTION and f"\n## {screen.HELP_SECTION}" in help_text()


@pytest.mark.parametrize("section", SECTIONS, ids=[s.id for s in SECTIONS])
async def test_the_key_shows_the_screen_and_waits_while_a_dialog_is_open(
    app: CustuiApp, section: Section
) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")  # a dialog: digits are its own, not a screen switch
        await settle(pilot)
        await pilot.press(section.key)
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press(section.key)
        await settle(pilot)
        assert type(app.screen) is screen_class(section)
