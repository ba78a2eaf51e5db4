"""Add or edit a person of the customer: name, title, phone, e-mail, WeChat/IM, notes, the day they left.

Checked by core.contacts.validate_contact (phones read for the customer's country and never
refused: one not understood is kept as typed, with a warning under it), stored by
store.contacts (a save over another window's newer one is refused, the typed values stay).
The layout, the messages and the keys are the shared ModalForm's.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from custui.core.contacts import CONTACT_FIELDS, validate_contact
from custui.core.text import display_safe
from custui.core.validate import FieldError, customer_warnings, normalize_multiline, normalize_text
from custui.store import contacts
from custui.store.db import Store
from custui.tui.screens.modal_form import Checked, FormField, ModalForm

#: Lines of the notes field (the rest scrolls).
NOTES_LINES = 3

FIELDS = tuple(
    FormField(
        spec.name,
        spec.label,
        spec.placeholder,
        lines=NOTES_LINES if spec.name == "notes" else 1,
        required=spec.name == "name",
    )
    for spec in CONTACT_FIELDS
)


def initial_values(contact: Mapping[str, Any]) -> dict[str, str]:
    """The form's text for a stored person, cleaned as the validator will save it."""
    values = {f.name: normalize_text(contact.get(f.name)) for f in FIELDS}
    values["notes"] = normalize_multiline(contact.get("notes"))
    values["left_at"] = values["left_at"][:10]
    return values


class ContactFormScreen(ModalForm):
    """A new person of *customer_id* (``contact`` None) or a stored one; dismisses with the saved
    person's id, or None when cancelled."""

    ID_PREFIX = "contact"

    def __init__(self, store: Store, customer_id: int, customer_label: str, *, region: str, today: date,
                 contact: Mapping[str, Any] | None = None) -> None:  # fmt: skip
        """*region*: the customer's, for phones without a country code."""
        self.store, self.customer_id, self.customer_label = store, customer_id, customer_label
        self.phone_region, self.today, self.contact = region, today, contact
        super().__init__(FIELDS, initial_values(contact) if contact is not None else {})

    def form_title(self) -> str:
        if self.contact is None:
            return display_safe(f"New person 新联系人 · {self.customer_label}")
        return display_safe(f"Edit {self.contact['name']} 修改联系人 · {self.customer_label}")

    def check(self, values: Mapping[str, str]) -> Checked:
        clean, errors = validate_contact(values, region=self.phone_region, today=self.today)
        return clean, errors, customer_warnings(clean, self.phone_region)

    def write(self, clean: dict[str, Any], warnings: list[FieldError]) -> int:
        if self.contact is None:
            contact_id = contacts.add_contact(self.store, self.customer_id, clean)
        else:
            contact_id = int(self.contact["id"])
            contacts.update_contact(
                self.store, contact_id, clean, expected_version=self.contact["row_version"]
            )
        kept = " (phone kept as typed: not understood)" if warnings else ""
        self.notify(display_safe(f"Saved {clean['name']}{kept}"), markup=False,
                    severity="warning" if warnings else "information")  # fmt: skip
        return contact_id
