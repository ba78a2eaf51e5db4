"""A line of a few values picked by single keys: channel, sentiment, the person an interaction was with…"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.geometry import Size
from textual.reactive import reactive
from textual.widget import Widget


class KeyChoice(Widget, can_focus=True):
    """One of a few values, picked by its key (or ←/→); ``space`` clears an optional one.

    *keys* maps a key to its value; *labels* (value → text) shows a value as something else (a
    person's name for their id)."""

    DEFAULT_CSS = """
    KeyChoice { height: auto; padding: 0 1; background: $boost; }
    KeyChoice:focus { background: $accent 30%; }
    """
    value: reactive[str] = reactive("")

    def __init__(self, keys: Mapping[str, str], *, value: str = "", optional: bool = False,
                 labels: Mapping[str, str] | None = None, **kwargs: Any) -> None:  # fmt: skip
        super().__init__(**kwargs)
        self.keys = dict(keys)  # key → value
        self.labels = dict(labels or {})
        self.optional = optional
        self.set_reactive(KeyChoice.value, value)

    def render(self) -> Text:
        return self._choices(self.content_size.width)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._choices(width).plain.splitlines()) or 1

    def _choices(self, width: int) -> Text:
        """The choices in lines of *width* cells: a narrow form wraps between choices, never inside one
        ("x event" stays together)."""
        pieces = [(f" {key} {self.labels.get(value, value)} ", "bold reverse" if value == self.value else "")
                  for key, value in self.keys.items()]  # fmt: skip
        if self.optional:
            pieces.append(("  space: none", "dim"))
        text, used, width = Text(), 0, max(width, 1)
        for piece, style in pieces:
            if used and used + cell_len(piece) > width:
                text.append("\n")
                used = 0
            text.append(piece, style=style)
            used += cell_len(piece)
        return text

    def on_key(self, event: events.Key) -> None:
        values = list(self.keys.values())
        if event.character in self.keys:
            self.value = self.keys[event.character]
        elif event.key in ("left", "right"):
            step = 1 if event.key == "right" else -1
            index = values.index(self.value) if self.value in values else (-1 if step > 0 else 0)
            self.value = values[(index + step) % len(values)]
        elif event.key == "space" and self.optional:
            self.value = ""
        else:
            return
        event.stop()
        event.prevent_default()
