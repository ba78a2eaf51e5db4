"""`p` on the customer: the people at the company — add, edit, remove (undoable), mark the primary,
mark who left.

The primary contact comes first (★); those who left are dimmed with the day they left and keep
their history (interactions naming them still show their name).  Removing a person is undone with
``u`` (also after closing and opening this again from the same customer screen).  Every change is
one transaction of store.contacts; the customer screen behind shows it at once.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from rich.text import Text
from textual.widgets import DataTable, Static

from custui.core.contacts import contact_line
from custui.core.text import display_safe
from custui.store import contacts
from custui.store.db import StoreError
from custui.tui.actions import bindings
from custui.tui.screens.table_dialog import TableDialog

PRIMARY_MARK = "★"
FAILED = object()  # a store change refused
#: The customer screen shows at most this many lines of people (the rest: "+N more · p").
SUMMARY_LINES = 4


def left_text(person: Mapping[str, Any]) -> str:
    return f"left {str(person['left_at'])[:10]}" if person.get("left_at") else ""


def person_text(person: Mapping[str, Any]) -> Text:
    """One line of a person: ★ for the primary, dimmed with "left DATE" for one who left."""
    line = " · ".join(p for p in (display_safe(contact_line(person)), left_text(person)) if p)
    mark = PRIMARY_MARK if person.get("is_primary") else " "
    return Text(f"{mark} {line}", style="dim" if person.get("left_at") else "")


def people_text(people: Sequence[Mapping[str, Any]], limit: int = SUMMARY_LINES) -> Text:
    """The customer screen's lines of people (primary first, as stored), at most *limit*."""
    if not people:
        return Text("No people yet · p adds one", style="dim")
    shown = people if len(people) <= limit else people[: limit - 1]
    lines = [person_text(p) for p in shown]
    if len(shown) < len(people):
        lines.append(Text(f"  +{len(people) - len(shown)} more · p people", style="dim"))
    return Text("\n", no_wrap=True, overflow="ellipsis").join(lines)


class PeopleScreen(TableDialog):
    """The people of one customer.  *removed* is the customer screen's undo list (it outlives this
    dialog); *changed* is called after every change."""

    BINDING_GROUP_TITLE = "People"
    HINT = (
        ("people.add", "add"),
        ("people.edit", "edit"),
        ("people.remove", "remove"),
        ("people.undo", "undo"),
        ("people.primary", "primary"),
        ("people.left", "left/back"),
    )
    BINDINGS = bindings("people")
    DEFAULT_CSS = """
    PeopleScreen #person-notes { color: $text-muted; height: auto; max-height: 3; }
    """

    def __init__(self, customer_id: int, label: str, *, region: str, removed: list[contacts.Removal],
                 changed: Callable[[], None]) -> None:  # fmt: skip
        super().__init__()
        self.customer_id, self.label, self.phone_region = customer_id, label, region
        self.removed = removed
        self.changed = changed
        self.people: list[dict[str, Any]] = []
        self.TITLE_TEXT = display_safe(f"People 联系人 · {label}")

    def on_mount(self) -> None:
        self.mount(
            Static("", id="person-notes", markup=False), after=self.query_one("#dialog-empty")
        )
        self.refill()

    def refill(self, select: int | None = None) -> None:
        """Read the people again; the cursor stays on the same person (or goes to *select*)."""
        current = self.current()
        keep = select if select is not None else (current["id"] if current else None)
        self.people = contacts.list_contacts(self.custui.store, self.customer_id)
        table = self.table
        table.clear(columns=True)
        anyone_left = any(
            p["left_at"] for p in self.people
        )  # the column only when it says something
        table.add_columns(" ", "Name 姓名", "Title 职位", *(["Left 离职"] * anyone_left), "Phone 电话", "E-mail 邮箱",
                          "WeChat/IM")  # fmt: skip
        for person in self.people:
            style = "dim" if person["left_at"] else ""
            phone = (
                person["phone_e164"]
                if person["phone_e164"] and not person["phone_invalid"]
                else person["phone"]
            )
            cells = (PRIMARY_MARK if person["is_primary"] else "", person["name"], person["title"],
                     *([left_text(person)] * anyone_left), phone, person["email"], person["im"])  # fmt: skip
            table.add_row(
                *(Text(display_safe(c or ""), style=style) for c in cells), key=str(person["id"])
            )
        rows = [p["id"] for p in self.people]
        if keep in rows:
            table.move_cursor(row=rows.index(keep))
        self.show_empty(
            "" if self.people else "Nobody yet: n adds the first person (the primary contact)."
        )
        self._show_notes()

    def current(self) -> dict[str, Any] | None:
        if not self.people or not self.is_mounted:
            return None
        row = self.table.cursor_row
        return self.people[row] if 0 <= row < len(self.people) else None

    def _show_notes(self) -> None:
        person = self.current()
        notes = display_safe((person or {}).get("notes") or "")
        label = self.query_one("#person-notes", Static)
        label.update(f"Notes: {notes}")
        label.display = bool(notes)

    def on_data_table_row_highlighted(self, _event: DataTable.RowHighlighted) -> None:
        self._show_notes()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_person_edit()

    # -- actions ----------------------------------------------------------------

    def _done(self, message: str, *, select: int | None = None, warning: bool = False) -> None:
        self.notify(
            display_safe(message), markup=False, severity="warning" if warning else "information"
        )
        self.refill(select)
        self.changed()

    def _form(self, person: dict[str, Any] | None) -> None:
        from custui.tui.screens.contact_form import ContactFormScreen

        def saved(contact_id: int | None) -> None:
            if contact_id is not None:
                self.refill(contact_id)
                self.changed()

        form = ContactFormScreen(self.custui.store, self.customer_id, self.label, region=self.phone_region,
                                 today=self.custui.today, contact=person)  # fmt: skip
        self.app.push_screen(form, saved)

    def action_person_add(self) -> None:
        if self.custui.check_writable():
            self._form(None)

    def action_person_edit(self) -> None:
        person = self.current()
        if person is not None and self.custui.check_writable():
            self._form(person)

    def _change(self, action: Callable[[], Any]) -> Any:
        """Run a store change: its result, or FAILED when refused (gone, changed in another window),
        which is said and the list read again."""
        try:
            return action()
        except StoreError as exc:
            self.notify(f"Not changed: {exc}", severity="error", markup=False)
            self.refill()
            return FAILED

    def action_person_remove(self) -> None:
        person = self.current()
        if person is None or not self.custui.check_writable():
            return
        removal = self._change(lambda: contacts.remove_contact(self.custui.store, person["id"]))
        if removal is FAILED:
            return
        self.removed.append(removal)
        successor = next((p for p in self.people if p["id"] == removal.promoted), None)
        now = f" {successor['name']} is the primary contact now." if successor else ""
        self._done(
            f"Removed {person['name']} (their interactions keep the name).{now} u brings them back."
        )

    def action_person_restore(self) -> None:
        if not self.removed:
            self.notify("Nothing to undo.")
            return
        if not self.custui.check_writable():
            return
        removal = self.removed.pop()
        if self._change(lambda: contacts.restore_contact(self.custui.store, removal)) is FAILED:
            return
        name = contacts.get_contact(self.custui.store, removal.contact_id)["name"]
        self._done(f"{name} is back.", select=removal.contact_id)

    def action_person_primary(self) -> None:
        person = self.current()
        if person is None or not self.custui.check_writable():
            return
        if person["left_at"]:
            self.notify(display_safe(f"{person['name']} left the company: l marks them back first."),
                        severity="warning", markup=False)  # fmt: skip
            return
        if person["is_primary"]:
            self.notify(
                display_safe(f"{person['name']} is the primary contact already."), markup=False
            )
            return
        if self._change(lambda: contacts.set_primary(self.custui.store, person["id"])) is FAILED:
            return
        self._done(f"{person['name']} is the primary contact now.", select=person["id"])

    def action_person_left(self) -> None:
        person = self.current()
        if person is None or not self.custui.check_writable():
            return
        back = bool(person["left_at"])
        left_at = None if back else self.custui.today.isoformat()
        if (
            self._change(
                lambda: contacts.update_contact(
                    self.custui.store,
                    person["id"],
                    {"left_at": left_at},
                    expected_version=person["row_version"],
                )
            )
            is FAILED
        ):
            return
        if back:
            self._done(f"{person['name']} is back at the company.", select=person["id"])
        elif person["is_primary"]:
            self._done(f"{person['name']} left today (e changes the day) and is still the primary contact: "
                       "* marks another.", select=person["id"], warning=True)  # fmt: skip
        else:
            self._done(
                f"{person['name']} left today (e changes the day); their history stays.",
                select=person["id"],
            )
