"""Pick one of a few values by its key in a modal; esc cancels."""

from __future__ import annotations

from collections.abc import Mapping

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from custui.tui.screens.confirm import fit_dialog

#: More choices than this are shown in two columns (a field list must fit 80x24).
COLUMN_ROWS = 10


class ChoiceScreen(ModalScreen["str | None"]):
    """Dismisses with the value of the key pressed (None on esc); *labels* may be styled Text."""

    DEFAULT_CSS = """
    ChoiceScreen { align: center middle; }
    ChoiceScreen > Vertical { width: auto; max-width: 70; height: auto; padding: 1 2;
                              border: thick $primary; background: $panel; }
    ChoiceScreen Static, ChoiceScreen Horizontal { width: auto; height: auto; }
    ChoiceScreen .column { margin-right: 3; }
    ChoiceScreen .title { margin-bottom: 1; text-style: bold; max-width: 64; }  /* inside the border and padding */
    ChoiceScreen .keys { color: $text-muted; margin-top: 1; }
    """

    def __init__(
        self, title: str, choices: Mapping[str, str], labels: Mapping[str, Text | str] | None = None
    ) -> None:
        super().__init__()
        self.title_text = title
        self.choices = dict(choices)  # key -> value
        self.labels = dict(labels or {})

    def compose(self) -> ComposeResult:
        lines = []
        for key, value in self.choices.items():
            line = Text(f" {key}  ", style="bold")
            line.append(self.labels.get(key, value))
            lines.append(line)
        per_column = -(
            -len(lines) // (1 if len(lines) <= COLUMN_ROWS else 2)
        )  # many choices: two columns
        with Vertical():
            yield Static(self.title_text, classes="title", markup=False)
            with Horizontal():
                for start in range(0, len(lines), per_column):
                    yield Static(
                        Text("\n").join(lines[start : start + per_column]),
                        classes="column",
                        markup=False,
                    )
            yield Static("press a key · esc cancel", classes="keys", markup=False)

    def on_resize(self, event: events.Resize) -> None:
        fit_dialog(self.query_one(Vertical), self.query_one(".title", Static), event.size.width)

    def on_key(self, event: events.Key) -> None:
        if event.character in self.choices:
            event.stop()
            self.dismiss(self.choices[event.character])
        elif event.key == "escape":
            event.stop()
            self.dismiss(None)
