"""SVG snapshots of each screen (update with --snapshot-update after checking the report)."""

from __future__ import annotations

from custui.tui.app import CustuiApp
from tests.tui.conftest import settle

SIZE = (120, 36)


def test_customer_list(snap_compare, app: CustuiApp) -> None:
    assert snap_compare(app, terminal_size=SIZE, run_before=settle)


def test_customer_list_searching_pinyin(snap_compare, app: CustuiApp) -> None:
    async def search(pilot) -> None:
        await settle(pilot)
        await pilot.press("slash", "k", "j")
        await settle(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=search)


def test_customer_form_editing(snap_compare, app: CustuiApp) -> None:
    async def open_first(pilot) -> None:
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=open_first)


def test_customer_form_new_with_errors(snap_compare, app: CustuiApp) -> None:
    async def save_empty(pilot) -> None:
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)

    assert snap_compare(app, terminal_size=(100, 30), run_before=save_empty)


def test_score_explanation(snap_compare, app: CustuiApp) -> None:
    async def explain(pilot) -> None:
        await settle(pilot)
        await pilot.press("w")
        await settle(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=explain)


def test_scoring_weights_editor_refusing_bad_weights(snap_compare, app: CustuiApp) -> None:
    async def edit(pilot) -> None:
        await settle(pilot)
        await pilot.press("W")
        await settle(pilot)
        await pilot.press("end", "backspace", "backspace", "5", "5")  # current value 40 → 55
        await settle(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=edit)
