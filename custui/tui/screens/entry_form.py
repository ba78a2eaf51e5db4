"""`i` log an interaction / `o` add an order: a small keyboard form over the detail screen.

Dates default to today and accept ``+3d``, ``next mon``, ``明天``; channel and
sentiment are picked with single keys (``c`` call, ``v`` visit … ``+`` ``=``
``-``), the person it was with by a digit (the primary contact to start with).
``ctrl+s`` saves when every field is valid, ``esc`` cancels (asking first when
something was typed).  Validation is core.entries; the write is store.timeline;
the layout and messages are the shared ModalForm.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from functools import partial
from typing import Any

from custui.core.entries import CHANNEL_KEYS, SENTIMENT_KEYS, validate_interaction, validate_order
from custui.core.text import display_safe
from custui.core.validate import FieldError
from custui.store import contacts, timeline
from custui.store.db import Store
from custui.store.settings import base_currency
from custui.tui.screens.modal_form import Checked, FormField, ModalForm

DATE_HINT = "today · +3d · next mon · 明天 · 2026-12-01"
INTERACTION_FIELDS = (
    FormField("occurred_at", "Date 日期", DATE_HINT),
    FormField("channel", "Channel 方式", keys={k: v.value for k, v in CHANNEL_KEYS.items()}, optional=False,
              default="call"),
    FormField("summary", "Summary 摘要", "what was said or done"),
    FormField("owner", "Who 经办人", "you, or a colleague"),
    FormField("sentiment", "Sentiment 态度", keys={k: v.value for k, v in SENTIMENT_KEYS.items()}),
    FormField("next_action", "Next action 下一步", "optional: 寄样品 / send the quote"),
    FormField("next_action_due", "Due 截止", DATE_HINT),
)  # fmt: skip
ORDER_FIELDS = (
    FormField("ordered_at", "Date 日期", DATE_HINT),
    FormField("amount", "Amount 金额", "12800 · 1.2万 · 0 for a free sample"),
    FormField("currency", "Currency 币种", "blank: the base currency · USD · EUR · 美元"),
    FormField("product", "Product 产品", ""),
    FormField("margin", "Margin 毛利", "optional"),
    FormField("terms", "Terms 账期", "30 · 60 · 90 · 2026-12-31 · paid"),
)


#: The person an interaction was with is picked by a digit: the first ten offered (primary first).
PERSON_KEYS = "1234567890"


def person_field(people: Sequence[Mapping[str, Any]], current: int | None) -> FormField | None:
    """The "With" choice: the customer's people still there, and whoever the entry already names
    (someone who left or was removed since stays theirs); None when the customer has nobody."""
    offered = [
        p for p in people if (not p["left_at"] and not p["deleted_at"]) or p["id"] == current
    ]
    if not offered:
        return None
    labels = {}
    for person in offered[: len(PERSON_KEYS)]:
        gone = " (removed)" if person["deleted_at"] else " (left)" if person["left_at"] else ""
        labels[str(person["id"])] = display_safe(person["name"] or "?") + gone
    return FormField(
        "contact_id", "With 联系人", keys=dict(zip(PERSON_KEYS, labels)), labels=labels
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
        values["contact_id"] = text("contact_id")
        return values
    return {
        "ordered_at": text("ordered_at")[:10],
        "amount": format_money(stored.get("amount_minor")), "currency": text("currency"),
        "product": text("product"), "margin": format_money(stored.get("margin_minor")),
        "terms": stored_terms(stored),
    }  # fmt: skip


def stored_terms(stored: Mapping[str, Any]) -> str:
    """An order's terms as the form shows them again: "30", "2026-12-31", "paid 2026-11-02", "unpaid", ""."""
    from custui.core.receivables import terms_of

    def day(name: str) -> date | None:
        try:
            return date.fromisoformat(str(stored.get(name) or "")[:10])
        except ValueError:
            return None

    ordered = day("ordered_at")
    if ordered is None:
        return ""
    paid = stored.get("paid")
    return terms_of(
        ordered, day("due_on"), None if paid is None else bool(paid), day("paid_on")
    ).text()


Validate = Callable[[Mapping[str, object], date], tuple[dict[str, Any], list[FieldError]]]
Save = Callable[[Store, int, dict[str, Any]], int]


class EntryFormScreen(ModalForm):
    """Dismisses with the new (or edited) entry's id, or None when cancelled."""

    ID_PREFIX = "entry"
    ERROR_FIELDS = {"amount_minor": "amount", "margin_minor": "margin", "due_on": "terms", "paid": "terms",
                    "paid_on": "terms"}  # fmt: skip

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
        self.entry = entry
        self.entry_id: int | None = None if entry is None else int(entry["id"])
        self.store, self.customer_id, self.customer_name, self.kind, self.today = (
            store, customer_id, name, kind, today)  # fmt: skip
        values = initial_values(kind, entry) if entry is not None else dict(initial or {})
        if kind == "interaction":
            fields: tuple[FormField, ...] = INTERACTION_FIELDS
            self.validate: Validate = validate_interaction
            self.save: Save = timeline.add_interaction
            people = contacts.list_contacts(store, customer_id, removed=True)
            current = int(values["contact_id"]) if values.get("contact_id") else None
            person = person_field(people, current)
            if person is not None:
                fields += (person,)
                primary = next((p for p in people if p["is_primary"] and not p["deleted_at"]), None)
                if (
                    entry is None
                    and "contact_id" not in values
                    and primary is not None
                    and not primary["left_at"]
                ):
                    values["contact_id"] = str(primary["id"])
        else:
            fields = ORDER_FIELDS
            base = base_currency(store)
            self.validate = partial(validate_order, base_currency=base)
            self.save = timeline.add_order
            values.setdefault("currency", base)
        super().__init__(fields, values)

    def form_title(self) -> str:
        if self.entry_id is not None:
            title = (
                "Edit interaction 修改跟进" if self.kind == "interaction" else "Edit order 修改订单"
            )
        else:
            title = (
                "Log an interaction 记录跟进"
                if self.kind == "interaction"
                else "Add an order 新增订单"
            )
        return display_safe(f"{title} · {self.customer_name}")

    def check(self, values: Mapping[str, str]) -> Checked:
        clean, errors = self.validate(values, self.today)
        if self.kind == "interaction":
            clean["contact_id"] = int(values["contact_id"]) if values.get("contact_id") else None
        elif self.entry is not None and clean.get("paid") and clean.get("due_on") is None:
            clean["due_on"] = self.entry.get(
                "due_on"
            )  # paid now: its due day stays, to tell late from on time
        return clean, errors, []

    def write(self, clean: dict[str, Any], warnings: list[FieldError]) -> int:
        if self.entry_id is None:
            return self.save(self.store, self.customer_id, clean)
        self._keep_time_of_day(clean)
        timeline.update_entry(self.store, self.kind, self.entry_id, clean)
        return self.entry_id

    def _keep_time_of_day(self, clean: dict[str, Any]) -> None:
        """An unchanged date keeps the stored time of day (the form edits days only)."""
        stamp = "occurred_at" if self.kind == "interaction" else "ordered_at"
        original = str((self.entry or {}).get(stamp) or "")
        if original and clean.get(stamp) == original[:10]:
            clean[stamp] = original
