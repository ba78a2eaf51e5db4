"""Dialogs at the design size (80×24) and narrower (60×20): every word of a question is on screen, Chinese
text included (a CJK character takes two cells)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.app import App
from textual.screen import Screen

from custui.tui.screens.choice import ChoiceScreen
from custui.tui.screens.confirm import ConfirmScreen
from custui.tui.screens.prompt import PromptScreen
from tests.tui.conftest import screen_lines

QUESTION = "custom/展会2025 already exists. Merge custom/Trade show 2025 into it? Its 3 customers get 展会2025."
CHOICE = (
    "Probably C00336 和盛软件有限公司 (33 %: same characters in another order ×910; same kind ×1.9)"
)
SIZES = [(80, 24), (60, 20)]


class _Showing(App[None]):
    """An app showing nothing but one dialog."""

    def __init__(self, dialog: Callable[[], Screen[object]]) -> None:
        super().__init__()
        self.dialog = dialog

    def on_mount(self) -> None:
        self.push_screen(self.dialog())


async def shown_lines(
    dialog: Callable[[], Screen[object]], words: str, size: tuple[int, int]
) -> list[str]:
    """The screen's lines with *dialog* shown at *size*, each of *words* found whole on them."""
    app = _Showing(dialog)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        lines = screen_lines(app)
    text = " ".join(line.strip(" █▀▄") for line in lines)
    for word in words.split():
        assert word in text.split(), f"{word!r} is cut at {size}"
    return lines


@pytest.mark.parametrize("size", SIZES)
async def test_a_question_with_chinese_wraps_whole_words_inside_the_box(
    size: tuple[int, int],
) -> None:
    lines = await shown_lines(lambda: ConfirmScreen(QUESTION, yes="Merge"), QUESTION, size)
    assert all(line.rstrip().endswith("█") for line in lines if "展会" in line or "Merge" in line)


@pytest.mark.parametrize("size", SIZES)
async def test_a_prompt_fits_the_terminal(size: tuple[int, int]) -> None:
    await shown_lines(lambda: PromptScreen(QUESTION), QUESTION, size)


@pytest.mark.parametrize("size", SIZES)
async def test_a_choice_fits_the_terminal(size: tuple[int, int]) -> None:
    """The form's "probably exists" choice was cut at its right at 60×20: its box shares the question's
    fitting with the confirmation."""
    lines = await shown_lines(
        lambda: ChoiceScreen(CHOICE, {"s": "save", "e": "edit"}), CHOICE, size
    )
    assert all(line.rstrip().endswith("█") for line in lines if "Probably" in line)
