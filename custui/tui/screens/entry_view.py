"""`enter` on a timeline entry: the whole entry to read (a long note in full); `e` edits it, `d` deletes it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from custui.core.text import display_safe
from custui.core.validate import format_money
from custui.tui.actions import bindings
from custui.tui.widgets.footer import KeyFooter

#: (stored column, label) of what an entry shows, in order.
INTERACTION_LINES = (
    ("occurred_at", "Date 日期"), ("channel", "Channel 方式"), ("person", "With 联系人"), ("owner", "Who 经办人"),
    ("sentiment", "Sentiment 态度"), ("next_action", "Next action 下一步"), ("next_action_due", "Due 截止"),
)  # fmt: skip
ORDER_LINES = (("ordered_at", "Date 日期"), ("amount", "Amount 金额"), ("product", "Product 产品"),
               ("margin", "Margin 毛利"))  # fmt: skip


def entry_text(kind: str, entry: Mapping[str, Any], person: str | None = None) -> Text:
    """An interaction or order as labelled lines, the summary (an interaction's note) in full below."""
    values = dict(entry)
    values["person"] = person
    if kind == "order":
        currency = values.get("currency") or ""
        values["amount"] = (
            f"{currency} {format_money(values.get('amount_minor'), currency)}".strip()
        )
        margin = values.get("margin_minor")
        values["margin"] = (
            f"{currency} {format_money(margin, currency)}".strip() if margin is not None else None
        )
    text = Text()
    for name, label in INTERACTION_LINES if kind == "interaction" else ORDER_LINES:
        value = values.get(name)
        if value not in (None, ""):
            text.append(f"{label:<18}", style="dim")
            text.append(
                display_safe(str(value)[:10] if name.endswith(("_at", "_due")) else str(value))
                + "\n"
            )
    if kind == "interaction" and values.get("summary"):
        text.append("\n")
        text.append(display_safe(str(values["summary"]), one_line=False))
    return text


class EntryViewScreen(ModalScreen["str | None"]):
    """Dismisses with "edit", "delete" or None (closed)."""

    DEFAULT_CSS = """
    EntryViewScreen { align: center middle; }
    EntryViewScreen > VerticalScroll {
        width: 90%; max-width: 100; height: auto; max-height: 90%;
        border: thick $primary; background: $panel; padding: 0 1;
    }
    EntryViewScreen .entry-title { text-style: bold; margin-bottom: 1; }
    """
    BINDINGS = bindings("entry")

    def __init__(self, title: str, body: Text) -> None:
        super().__init__()
        self.title_text = title
        self.body = body

    def compose(self) -> ComposeResult:
        with VerticalScroll(can_focus=False):
            yield Static(self.title_text, classes="entry-title", markup=False)
            yield Static(self.body, id="entry-body")
        yield KeyFooter()

    def action_choose(self, choice: str) -> None:
        self.dismiss(choice or None)
