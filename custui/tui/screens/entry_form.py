"""`i` log an interaction / `o` add an order: a small keyboard form over the detail screen.

Dates default to today and accept ``+3d``, ``next mon``, ``明天``; channel and
sentiment are picked with single keys (``c`` call, ``v`` visit … ``+`` ``=``
``-``).  ``ctrl+s`` saves when every field is valid, ``esc`` cancels (asking
first when something was typed).  Validation is core.entries; the write is
store.timeline.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Any

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.geometry import Size
from textual.reactive import reactive
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Footer, Input, Static

from custui.core.entries import CHANNEL_KEYS, SENTIMENT_KEYS, validate_interaction, validate_order
from custui.core.text import display_safe
from custui.store import timeline
from custui.store.db import Store, StoreError
from custui.store.settings import base_currency
from custui.tui.screens.confirm import ConfirmScreen


class KeyChoice(Widget, can_focus=True):
    """One of a few values, picked by its key (or ←/→); ``space`` clears an optional one."""

    DEFAULT_CSS = """
    KeyChoice { height: auto; padding: 0 1; background: $boost; }
    KeyChoice:focus { background: $accent 30%; }
    """
    value: reactive[str] = reactive("")

    def __init__(self, keys: Mapping[str, str], *, value: str = "", optional: bool = False, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.keys = dict(keys)  # key → value
        self.optional = optional
        self.set_reactive(KeyChoice.value, value)

    def render(self) -> Text:
        return self._choices(self.content_size.width)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._choices(width).plain.splitlines()) or 1

    def _choices(self, width: int) -> Text:
        """The choices in lines of *width* cells: a narrow form wraps between choices, never inside one
        ("x event" stays together)."""
        pieces = [(f" {key} {value} ", "bold reverse" if value == self.value else "") for key, value in self.keys.items()]
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


@dataclass(frozen=True)
class EntryField:
    name: str
    label: str
    placeholder: str = ""
    keys: Mapping[str, str] | None = None  # a KeyChoice instead of an Input
    optional: bool = True
    default: str = ""


DATE_HINT = "today · +3d · next mon · 明天 · 2026-12-01"
INTERACTION_FIELDS = (
    EntryField("occurred_at", "Date 日期", DATE_HINT),
    EntryField("channel", "Channel 方式", keys={k: v.value for k, v in CHANNEL_KEYS.items()}, optional=False,
               default="call"),
    EntryField("summary", "Summary 摘要", "what was said or done"),
    EntryField("owner", "Who 经办人", "you, or a colleague"),
    EntryField("sentiment", "Sentiment 态度", keys={k: v.value for k, v in SENTIMENT_KEYS.items()}),
    EntryField("next_action", "Next action 下一步", "optional: 寄样品 / send the quote"),
    EntryField("next_action_due", "Due 截止", DATE_HINT),
)  # fmt: skip
ORDER_FIELDS = (
    EntryField("ordered_at", "Date 日期", DATE_HINT),
    EntryField("amount", "Amount 金额", "12800 · 1.2万 · 0 for a free sample"),
    EntryField("currency", "Currency 币种", "blank: the base currency · USD · EUR · 美元"),
    EntryField("product", "Product 产品", ""),
    EntryField("margin", "Margin 毛利", "optional"),
)

def initial_values(kind: str, stored: Mapping[str, Any]) -> dict[str, str]:
    """The form's text for a stored entry, cleaned as the validators will save it (no control characters)."""
    from custui.core.validate import format_money, normalize_text

    def text(name: str) -> str:
        return normalize_text(stored.get(name))

    if kind == "interaction":
        values = {f.name: text(f.name) for f in INTERACTION_FIELDS}
        values["occurred_at"] = text("occurred_at")[:10]
        values["next_action_due"] = text("next_action_due")[:10]
        return values
    return {
        "ordered_at": text("ordered_at")[:10],
        "amount": format_money(stored.get("amount_minor")), "currency": text("currency"),
        "product": text("product"), "margin": format_money(stored.get("margin_minor")),
    }  # fmt: skip


Validate = Callable[[Mapping[str, object], date], tuple[dict[str, Any], list[Any]]]
Save = Callable[[Store, int, dict[str, Any]], int]
#: error field names that differ from the form's (amount → amount_minor …)
ERROR_FIELDS = {"amount_minor": "amount", "margin_minor": "margin"}


class EntryFormScreen(ModalScreen["int | None"]):
    """Dismisses with the new entry's id, or None when cancelled."""

    DEFAULT_CSS = """
    EntryFormScreen { align: center middle; }
    EntryFormScreen > VerticalScroll {
        width: 90%; max-width: 100; height: auto; max-height: 95%;
        border: thick $primary; background: $panel; padding: 0 1;
    }
    EntryFormScreen .entry-title { text-style: bold; margin-bottom: 1; }
    EntryFormScreen .entry-label { color: $text-muted; }
    EntryFormScreen Input { height: 1; border: none; padding: 0 1; background: $boost; }
    EntryFormScreen Input:focus { background: $accent 30%; }
    EntryFormScreen .entry-error { display: none; color: $text-error; }
    EntryFormScreen .entry-error.-shown { display: block; }
    """
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="entry-save", priority=True),
        Binding("escape", "cancel", "Cancel", id="entry-cancel"),
        Binding("tab", "app.focus_next", "Next field", show=False, priority=True),
        Binding("shift+tab", "app.focus_previous", "Previous field", show=False, priority=True),
    ]

    def __init__(
        self,
        store: Store,
        customer_id: int,
        name: str,
        kind: str,
        today: date,
        initial: Mapping[str, str] | None = None,
        *,
        entry: Mapping[str, Any] | None = None,
    ) -> None:
        """*initial*: values to start a new entry with; *entry*: a stored entry to edit instead."""
        super().__init__()
        self.entry = entry
        self.entry_id: int | None = None if entry is None else int(entry["id"])
        self.initial = initial_values(kind, entry) if entry is not None else dict(initial or {})
        self.store, self.customer_id, self.customer_name, self.kind, self.today = (
            store, customer_id, name, kind, today)  # fmt: skip
        self.fields = INTERACTION_FIELDS if kind == "interaction" else ORDER_FIELDS
        if kind == "interaction":
            self.validate: Validate = validate_interaction
        else:
            base = base_currency(store)
            self.validate = partial(validate_order, base_currency=base)
            self.initial.setdefault("currency", base)
        self.save: Save = timeline.add_interaction if kind == "interaction" else timeline.add_order

    def compose(self) -> ComposeResult:
        if self.entry_id is not None:
            title = "Edit interaction 修改跟进" if self.kind == "interaction" else "Edit order 修改订单"
        else:
            title = "Log an interaction 记录跟进" if self.kind == "interaction" else "Add an order 新增订单"
        with VerticalScroll(can_focus=False):  # a short terminal scrolls the form to the field being typed
            yield Static(display_safe(f"{title} · {self.customer_name}"), classes="entry-title", markup=False)
            for field in self.fields:
                yield Static(field.label, classes="entry-label", markup=False)
                value = self.initial.get(field.name, field.default)
                if field.keys is not None:
                    yield KeyChoice(field.keys, value=value, optional=field.optional, id=f"entry-{field.name}")
                else:
                    yield Input(value, placeholder=field.placeholder, id=f"entry-{field.name}", compact=True)
                yield Static("", classes="entry-error", id=f"entry-error-{field.name}", markup=False)
        yield Footer()

    def values(self) -> dict[str, str]:
        out = {}
        for field in self.fields:
            widget = self.query_one(f"#entry-{field.name}")
            out[field.name] = widget.value  # type: ignore[attr-defined]
        return out

    def _typed_anything(self) -> bool:
        return any(v != self.initial.get(f.name, f.default) for f, v in zip(self.fields, self.values().values()))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.focus_next()

    def action_save(self) -> None:
        clean, errors = self.validate(self.values(), self.today)
        by_field = {ERROR_FIELDS.get(e.field, e.field): e.message for e in errors}
        for field in self.fields:
            label = self.query_one(f"#entry-error-{field.name}", Static)
            label.update(by_field.get(field.name, ""))
            label.set_class(field.name in by_field, "-shown")
        if errors:
            first = next(f for f in self.fields if f.name in by_field)
            self.query_one(f"#entry-{first.name}").focus()
            return
        try:
            if self.entry_id is None:
                entry_id = self.save(self.store, self.customer_id, clean)
            else:
                self._keep_time_of_day(clean)
                timeline.update_entry(self.store, self.kind, self.entry_id, clean)
                entry_id = self.entry_id
        except StoreError as exc:
            self.notify(f"Not saved: {exc}", severity="error", markup=False)
            return
        self.dismiss(entry_id)

    def _keep_time_of_day(self, clean: dict[str, Any]) -> None:
        """An unchanged date keeps the stored time of day (the form edits days only)."""
        stamp = "occurred_at" if self.kind == "interaction" else "ordered_at"
        original = str((self.entry or {}).get(stamp) or "")
        if original and clean.get(stamp) == original[:10]:
            clean[stamp] = original

    def action_cancel(self) -> None:
        if not self._typed_anything():
            self.dismiss(None)
            return

        def answered(discard: bool | None) -> None:
            if discard:
                self.dismiss(None)

        self.app.push_screen(ConfirmScreen("Discard what you typed?", yes="Discard", no="Keep editing"), answered)
