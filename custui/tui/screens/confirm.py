"""A yes/no question in a modal: y / enter confirms, n / esc declines."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Button, Static

from custui.tui.actions import bindings


def fit_dialog(box: Widget, text: Widget, width: int) -> None:
    """Fit a dialog's *box* (at most 70 cells, a thick border and padding 1 2) to a terminal *width*
    cells wide: the box keeps a cell of margin and its *text* wraps inside the border and padding (CSS
    max-widths are fixed, and a text wider than the box would be clipped at its right)."""
    box.styles.max_width = max(20, min(70, width - 2))
    text.styles.max_width = max(14, min(64, width - 8))


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
        fit_dialog(self.query_one(Vertical), self.query_one(".question", Static), event.size.width)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_confirm(self) -> None:
        self.dismiss(True)

    def action_decline(self) -> None:
        self.dismiss(False)
