"""`?` help: the key reference, from bundled Markdown."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

from custui.tui.actions import bindings


class HelpScreen(ModalScreen[None]):
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 90%; max-width: 100; height: 90%; border: thick $primary; background: $panel;
        padding: 0 1;
    }
    """
    BINDINGS = bindings("help")

    def __init__(self, first: str | None = None) -> None:
        """*first*: the help section shown on top (the screen `?` was pressed on, its ``HELP_SECTION``)."""
        super().__init__()
        self.first = first

    def compose(self) -> ComposeResult:
        from custui.tui.app import help_text

        keymap = getattr(self.app, "keymap", None)  # the rep's own keys (custui.tui.keymap)
        with VerticalScroll():
            yield Markdown(
                help_text(self.first, getattr(keymap, "keys", None), getattr(keymap, "path", None))
            )

    def action_dismiss_help(self) -> None:
        self.dismiss(None)
