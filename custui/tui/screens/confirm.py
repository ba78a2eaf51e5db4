"""A yes/no question in a modal: y / enter confirms, n / esc declines."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from custui.tui.actions import bindings


class ConfirmScreen(ModalScreen[bool]):
    """Ask *question*; dismisses with True (confirm) or False."""

    DEFAULT_CSS = """
    ConfirmScreen { align: center middle; }
    ConfirmScreen > Vertical {
        width: auto; max-width: 70; height: auto; padding: 1 2;
        border: thick $warning; background: $panel;
    }
    ConfirmScreen .question { width: auto; max-width: 64; margin-bottom: 1; }  /* 70 − border − padding */
    ConfirmScreen Horizontal { width: auto; height: auto; }
    ConfirmScreen Button { margin-right: 2; }
    """
    BINDINGS = bindings("confirm")

    def __init__(self, question: str, *, yes: str = "Yes", no: str = "No") -> None:
        super().__init__()
        self.question = question
        self.yes_label = yes
        self.no_label = no

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self.question, classes="question", markup=False)
            with Horizontal():
                yield Button(Content(f"{self.yes_label} [y]"), id="yes", variant="warning")
                yield Button(Content(f"{self.no_label} [n]"), id="no")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    def on_resize(self, event: events.Resize) -> None:
        """Fit a narrow terminal: the box keeps a cell of margin, the question wraps inside its border and
        padding (CSS max-widths are fixed, and a question wider than the box would be clipped)."""
        width = event.size.width
        self.query_one(Vertical).styles.max_width = max(20, min(70, width - 2))
        self.query_one(".question", Static).styles.max_width = max(14, min(64, width - 8))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_confirm(self) -> None:
        self.dismiss(True)

    def action_decline(self) -> None:
        self.dismiss(False)
