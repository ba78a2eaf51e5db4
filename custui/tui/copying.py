"""`y` on the list and the customer screen: copy a customer's phone, e-mail, address or name.

The text goes to the system clipboard through the terminal (OSC 52, ``App.copy_to_clipboard``), so it
works over SSH too (a terminal that ignores OSC 52 leaves the clipboard as it was; no program can tell).
"""

from __future__ import annotations

from typing import Any

from textual.app import App

from custui.core.addresses import one_line
from custui.core.text import display_safe

#: key → (what, how to read it off a customer row)
COPYABLE = {
    "p": "phone",
    "e": "e-mail",
    "a": "address",
    "n": "name",
}


def copy_values(customer: dict[str, Any]) -> dict[str, str]:
    """What `y` can copy of *customer*, by key; fields the customer lacks are left out."""
    values = {
        "p": customer.get("phone") or "",
        "e": customer.get("email") or "",
        "a": one_line(customer),
        "n": customer.get("name") or "",
    }
    return {key: str(value) for key, value in values.items() if value}


def offer_copy(app: App[Any], customer: dict[str, Any]) -> None:
    """Ask which of the customer's values to copy (one key), then copy it and say so."""
    from custui.tui.screens.choice import ChoiceScreen

    values = copy_values(customer)
    if not values:
        app.notify("Nothing to copy: no phone, e-mail, address or name.")
        return
    choices = {key: COPYABLE[key] for key in values}
    labels = {key: f"{COPYABLE[key]}  {display_safe(values[key])[:50]}" for key in values}

    def chosen(what: str | None) -> None:
        key = next((k for k, v in choices.items() if v == what), None)
        if key is None:
            return
        app.copy_to_clipboard(values[key])
        app.notify(display_safe(f"Copied the {what}: {values[key]}"), markup=False)

    app.push_screen(
        ChoiceScreen(f"Copy {display_safe(customer.get('code') or '')}", choices, labels), chosen
    )
