"""Dialogs at the design size (80×24) and narrower (60×20): every word of a question is on screen, Chinese
text included (a CJK character takes two cells)."""

from __future__ import annotations

import pytest
from textual.app import App

from custui.tui.screens.confirm import ConfirmScreen
from tests.tui.conftest import screen_lines

QUESTION = "custom/展会2025 already exists. Merge custom/Trade show 2025 into it? Its 3 customers get 展会2025."


class _Asking(App[None]):
    def on_mount(self) -> None:
        self.push_screen(ConfirmScreen(QUESTION, yes="Merge"))


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_a_question_with_chinese_wraps_whole_words_inside_the_box(
    size: tuple[int, int],
) -> None:
    app = _Asking()
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        lines = screen_lines(app)
        text = " ".join(line.strip(" █▀▄") for line in lines)
        for word in QUESTION.split():
            assert word in text.split(), f"{word!r} is cut at {size}"
        assert all(
            line.rstrip().endswith("█") for line in lines if "展会" in line or "Merge" in line
        )


class _Prompting(App[None]):
    def on_mount(self) -> None:
        from custui.tui.screens.prompt import PromptScreen

        self.push_screen(PromptScreen(QUESTION))


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_a_prompt_fits_the_terminal(size: tuple[int, int]) -> None:
    app = _Prompting()
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        text = " ".join(line.strip(" █▀▄") for line in screen_lines(app))
        for word in QUESTION.split():
            assert word in text.split(), f"{word!r} is cut at {size}"


CHOICE = (
    "Probably C00336 和盛软件有限公司 (33 %: same characters in another order ×910; same kind ×1.9)"
)


class _Choosing(App[None]):
    def on_mount(self) -> None:
        from custui.tui.screens.choice import ChoiceScreen

        self.push_screen(ChoiceScreen(CHOICE, {"s": "save", "e": "edit"}))


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_a_choice_fits_the_terminal(size: tuple[int, int]) -> None:
    """The form's "probably exists" choice was cut at its right at 60×20: its box shares the question's
    fitting with the confirmation."""
    app = _Choosing()
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        lines = screen_lines(app)
        text = " ".join(line.strip(" █▀▄") for line in lines)
        for word in CHOICE.split():
            assert word in text.split(), f"{word!r} is cut at {size}"
        assert all(line.rstrip().endswith("█") for line in lines if "Probably" in line)
