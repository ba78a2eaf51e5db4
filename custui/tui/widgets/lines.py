"""The message lines under fields and on top of forms: shown only when they say something."""

from __future__ import annotations

from textual.widgets import Static


def show_line(label: Static, text: str, *, warning: bool = False) -> None:
    """Show *text* in *label* (the line is hidden while it is empty), as a warning or an error.

    ``Static.update`` lays the whole screen out again even when the text is the same, about 30 ms
    on the customer form; the forms call this on every key, so an unchanged line is left alone.
    """
    if label.content != text:
        label.update(text)
    label.set_class(bool(text), "-shown")
    label.set_class(warning, "-warning")
