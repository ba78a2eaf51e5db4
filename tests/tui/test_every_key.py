"""Smoke test at the design size: open every screen and press every one of its keys.

Each key is pressed on the screen as a rep would reach it on a copy of the sample book (80x24);
whatever it opens (a dialog, a form, another screen) is closed with esc, and the next key is pressed on
the screen again.  Nothing may raise, and the app must still run.  That a key never eats a character
typed into a box is tested in test_customer_list (priority bindings).
"""

from __future__ import annotations

import pytest
from textual.binding import Binding

from custui.store.db import Store
from custui.tui.app import CustuiApp
from custui.tui.screens.customer_detail import CustomerDetailScreen
from custui.tui.screens.customer_list import CustomerListScreen
from custui.tui.screens.dashboard import DashboardScreen
from custui.tui.screens.duplicates import DuplicatesScreen
from custui.tui.screens.followups import FollowUpsScreen
from custui.tui.screens.help import HelpScreen
from custui.tui.screens.merge_review import MergeReviewScreen
from custui.tui.screens.people import PeopleScreen
from custui.tui.screens.pivot import PivotScreen
from custui.tui.screens.scoring_settings import ScoringSettingsScreen
from custui.tui.screens.tag_editor import TagEditorScreen
from custui.tui.screens.tag_manager import TagManagerScreen
from tests.tui.conftest import AS_OF, settle

#: Keys that end the session: tested elsewhere, and here they would stop the walk.
LEAVING = {"q", "ctrl+q", "ctrl+c"}
#: (screen, the keys that reach it from the customer list)
SCREENS = [
    (CustomerListScreen, ()),
    (CustomerDetailScreen, ("enter",)),
    (FollowUpsScreen, ("2",)),
    (DuplicatesScreen, ("3",)),
    (TagManagerScreen, ("4",)),
    (DashboardScreen, ("5",)),
    (HelpScreen, ("question_mark",)),
    (PeopleScreen, ("enter", "p")),
    (MergeReviewScreen, ("3", "enter")),
    (PivotScreen, ("5", "p")),
    (ScoringSettingsScreen, ("W",)),
    (TagEditorScreen, ("t",)),
]


def keys_of(screen: type) -> list[str]:
    """The first key of each of the screen's own bindings (in the order the footer shows them)."""
    keys = []
    for binding in getattr(screen, "BINDINGS", []):
        if isinstance(binding, Binding):
            key = binding.key.split(",")[0].strip()
            if key not in LEAVING and key not in keys:
                keys.append(key)
    return keys


async def reach(pilot, screen: type, path: tuple[str, ...]) -> None:
    """From wherever the walk is, back to the list (1 closes everything above it), then along *path*."""
    for _ in range(6):
        if isinstance(pilot.app.screen, CustomerListScreen):
            break
        await pilot.press("escape")
        await settle(pilot)
    await pilot.press("1")
    await settle(pilot)
    for key in path:
        await pilot.press(key)
        await settle(pilot)
    assert isinstance(pilot.app.screen, screen), pilot.app.screen


@pytest.mark.parametrize(("screen", "path"), SCREENS, ids=[s.__name__ for s, _ in SCREENS])
async def test_every_key_of_every_screen_at_80_by_24(
    sample_store: Store, screen: type, path: tuple[str, ...]
) -> None:
    app = CustuiApp(sample_store, warm_up=False, as_of=AS_OF)
    pressed = []
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for key in keys_of(screen):
            await reach(pilot, screen, path)
            await pilot.press(key)
            await settle(pilot)
            pressed.append(key)
            assert app.is_running, f"the app stopped after {key!r} on {screen.__name__}"
            assert app._exception is None, f"{key!r} on {screen.__name__}: {app._exception!r}"
    assert pressed, f"{screen.__name__} has no keys of its own"
