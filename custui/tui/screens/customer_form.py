"""Add or edit one customer: every field of CUSTOMER_FIELDS, checked as you go.

The screen holds no business rules: :func:`custui.core.validate.validate_customer`
decides what is valid and :mod:`custui.store.repo` saves.  The screen only reads
the widgets, shows the messages next to their fields and reports the outcome.

Keys: ``ctrl+s`` save (only when every field is valid) · ``esc`` cancel (asks
before discarding changes) · ``ctrl+d`` delete an existing customer (asks first;
``u`` in the list brings it back).

Widget ids other code relies on: ``field-<name>`` for the editors and
``error-<name>`` for the message under each of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Grid, Horizontal, Vertical, VerticalScroll
from textual.events import DescendantBlur
from textual.widget import Widget
from textual.widgets import Input, Select, Static, TextArea

from custui.core.dedupe import Match, Record
from custui.core.model import CUSTOMER_FIELDS, FIELDS_BY_NAME, FieldSpec, FieldType, Kind
from custui.core.text import display_safe
from custui.core.validate import (
    FieldError,
    customer_warnings,
    normalize_multiline,
    normalize_text,
    validate_customer,
)
from custui.store import cipher, repo
from custui.store.db import Store, StoreError
from custui.store.settings import home_region
from custui.tui.actions import bindings
from custui.tui.screens.base import AppScreen, HandedOver
from custui.tui.screens.confirm import ConfirmScreen
from custui.tui.widgets.footer import KeyFooter
from custui.tui.widgets.lines import show_line

if TYPE_CHECKING:
    from custui.core.dedupe import Index

#: How the stored choice values read in the drop-downs (the stored value is unchanged).
CHOICE_LABELS: dict[str, str] = {
    "company": "Company 公司",
    "person": "Person 个人",
    "key": "Key 重点",
    "potential": "Potential 潜力",
    "normal": "Normal 普通",
}

FIELD_PREFIX = "field-"
#: Form fields the "probably exists already" check reads → the dedupe Record field.
HINT_FIELDS = {"name": "name", "phone": "phone_e164", "email": "email", "contact_name": "contact_name",
               "city": "city", "website": "website"}  # fmt: skip
HINT_LIMIT = 3
#: The form's sections, in tab order: what a rep fills on most new customers comes first (name, phone,
#: e-mail, the person), so at 80x24 they are all on screen and Phone is one tab from the name.
FORM_LAYOUT: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "Customer 客户",
        ("name", "phone", "email", "contact_name", "contact_title", "kind", "industry"),
    ),
    ("Place 区域", ("city", "region", "country", "street", "postcode")),
    ("More 更多", ("code", "size", "source", "website")),
    ("Assessment 评估", ("grade", "need_match", "win_likelihood", "growth_potential", "strategic")),
    ("Notes 备注", ("notes",)),
)
#: Every field of the form in tab order.
FORM_ORDER: tuple[str, ...] = tuple(name for _, names in FORM_LAYOUT for name in names)
ERROR_PREFIX = "error-"
HINTS_PREFIX = "hints-"

#: A save the store or the database refuses (plain or encrypted book): said, never a crash.
_REFUSED: tuple[type[Exception], ...] = (StoreError, *cipher.Error)


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _looked_up(index: Index, draft: Record, limit: int) -> list[Match]:
    """The customers *draft* probably is (same name shown too), the pages of the index its lookup made
    resident let go at once: each keystroke reads the few hundred customers it compares again (~2 ms
    at 100k) instead of the form holding the whole index (~33 MB)."""
    matches = index.candidates_for(draft, limit=limit, same_name=True)
    index.let_go_of_pages()
    return matches


class CustomerFormScreen(AppScreen[int | None]):
    """A new customer (``customer_id`` None) or an existing one; dismisses with the saved id or None."""

    #: The start of this screen's heading in help.md: `?` (f1 while typing) shows that section first.
    HELP_SECTION = "Customer form"
    BINDING_GROUP_TITLE = "Customer form"
    AUTO_FOCUS = "#field-name"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (120, "-wide")]

    BINDINGS = bindings("customer-form")

    DEFAULT_CSS = """
    CustomerFormScreen #form-title-bar {
        height: 1;
        background: $primary;
        color: $text;
    }
    CustomerFormScreen #form-title { width: 1fr; padding: 0 1; text-style: bold; }
    CustomerFormScreen #form-state { width: auto; padding: 0 1; }

    CustomerFormScreen #form-message {
        display: none;
        height: auto;
        padding: 0 1;
        background: $error-muted;
        color: $text;
    }
    CustomerFormScreen #form-message.-shown { display: block; }
    CustomerFormScreen #form-message.-warning { background: $warning-muted; }

    CustomerFormScreen #form-body { height: 1fr; padding: 0 1; }

    /* compact: one line per field, the label beside its box, so 80x24 shows a dozen fields */
    CustomerFormScreen .group { height: auto; }
    CustomerFormScreen .group-title { height: 1; padding: 0 1; color: $text-accent; text-style: bold; }
    CustomerFormScreen .group-fields {
        height: auto;
        grid-size: 1;
        grid-rows: auto;
        grid-gutter: 0 2;
    }
    CustomerFormScreen.-wide .group-fields { grid-size: 2; }
    CustomerFormScreen.-wide .field.-wide-span { column-span: 2; }

    CustomerFormScreen .field { height: auto; }
    CustomerFormScreen .field-label { width: 20; height: auto; padding: 0 1; color: $text-muted; }
    CustomerFormScreen .field.-required .field-label { color: $text; }
    CustomerFormScreen .field-editor { width: 1fr; height: auto; }
    CustomerFormScreen Input, CustomerFormScreen TextArea { background: $boost; padding: 0 1; }
    CustomerFormScreen Input:focus, CustomerFormScreen TextArea:focus { background: $accent 30%; }
    CustomerFormScreen .field-error {
        display: none;
        height: auto;
        color: $text-error;
    }
    CustomerFormScreen .field-error.-shown { display: block; }
    CustomerFormScreen .field-error.-warning { color: $text-warning; }

    CustomerFormScreen TextArea { height: 6; }
    CustomerFormScreen .-invalid { background: $error 25%; }
    CustomerFormScreen Select.-invalid > SelectCurrent { background: $error 25%; }

    /* "probably exists already" matches while typing a name, phone or e-mail: under the field typed */
    CustomerFormScreen .duplicate-hints { display: none; height: auto; color: $text-warning; }
    CustomerFormScreen .duplicate-hints.-shown { display: block; }
    """

    def __init__(self, store: Store, customer_id: int | None = None) -> None:
        super().__init__()
        self.store = store
        self.customer_id = customer_id
        #: phones without a country code (and no country of the customer's own) are read for this
        self.phone_region = home_region(store)
        self._original: dict[str, Any] = {}
        self._expected_version: int | None = None
        self._missing_message: str | None = None
        self._initial_raw: dict[str, str] = {}
        self._shown_invalid: set[str] = set()
        # NOT `_closing`: Textual's MessagePump uses that name, and setting it stops the
        # screen's message loop, so dismiss() then waits forever for the screen to be removed.
        self._leaving = False
        #: existing customers that look like this one (best first), as the hints show them
        self.hints: list[Match] = []
        #: the field editors, to empty at a lock even once the closed form's widgets are unmounted
        self._editors: list[Widget] = []
        #: the rep said "save anyway" to the probable duplicate (asked once per form)
        self._duplicate_answered = False
        self._hint_generation = 0
        #: the field typed last of those that look for duplicates: the hints show under it
        self._hint_field = "name"
        if customer_id is not None:
            try:
                self._original = repo.get_customer(store, customer_id)
            except StoreError as exc:  # NotFound, or the file went away
                self._missing_message = str(exc)
            else:
                self._expected_version = self._original.get("row_version")

    # -- building -----------------------------------------------------------------

    @property
    def is_new(self) -> bool:
        return self.customer_id is None

    def _title_text(self) -> str:
        if self.is_new:
            return "New customer 新客户"
        code = self._original.get("code") or ""
        return display_safe(f"Edit {code} · {self._original.get('name') or ''}")

    def compose(self) -> ComposeResult:
        with Horizontal(id="form-title-bar"):
            yield Static(self._title_text(), id="form-title", markup=False)
            state = "read-only: cannot save" if self.store.read_only else ""
            yield Static(state, id="form-state", markup=False)
        yield Static("", id="form-message", markup=False)
        body = VerticalScroll(id="form-body", can_focus=False)
        with body:
            for group, names in FORM_LAYOUT:
                with Vertical(classes="group", id=f"group-{_group_id(group)}"):
                    yield Static(group, classes="group-title", markup=False)
                    with Grid(classes="group-fields"):
                        for name in names:
                            yield from self._compose_field(FIELDS_BY_NAME[name])
        yield KeyFooter()

    def _compose_field(self, spec: FieldSpec) -> ComposeResult:
        classes = "field"
        if spec.required:
            classes += " -required"
        if spec.type is FieldType.LONG_TEXT:
            classes += " -wide-span"
        with Horizontal(classes=classes, id=f"box-{spec.name}"):
            label = spec.label + (" *" if spec.required else "")
            yield Static(label, classes="field-label", markup=False)
            with Vertical(classes="field-editor"):
                yield self._editor(spec)
                yield Static(
                    "", id=f"{ERROR_PREFIX}{spec.name}", classes="field-error", markup=False
                )
                if spec.name in HINT_FIELDS:
                    yield Static(
                        "", id=f"{HINTS_PREFIX}{spec.name}", classes="duplicate-hints", markup=False
                    )

    def _editor(self, spec: FieldSpec) -> Widget:
        editor = self._new_editor(spec)
        self._editors.append(editor)
        return editor

    def forget(self) -> None:
        """The book locks: the customer shown and what was typed go, whether the form is open or
        closed (Textual keeps a closed form while its last hint lookup's worker refers to it)."""
        super().forget()
        # first: emptying the fields must neither look for duplicates nor check them
        self._leaving, self._initial_raw, self._original = True, {}, {}
        self._shown_invalid.clear()
        self.hints = []
        for editor in self._editors:
            if isinstance(editor, Input):
                editor.value = ""
            elif isinstance(editor, TextArea):
                editor.load_text("")

    def _new_editor(self, spec: FieldSpec) -> Widget:
        widget_id = f"{FIELD_PREFIX}{spec.name}"
        value = self._original.get(spec.name)
        if spec.type is FieldType.CHOICE:
            if value is None and self.is_new and spec.name == "kind":
                value = Kind.COMPANY.value
            options = [(CHOICE_LABELS.get(c, c.capitalize()), c) for c in spec.choices]
            # A stored value this version does not know stays selectable rather than lost.
            if value is not None and value not in spec.choices:
                options.append((display_safe(value), value))
            return Select(
                options,
                prompt="—",
                allow_blank=True,
                value=value if value is not None else Select.NULL,
                id=widget_id,
                compact=True,
            )
        if spec.type is FieldType.LONG_TEXT:
            return TextArea(
                normalize_multiline(
                    value
                ),  # as the validator will save it: no control characters reach the screen
                id=widget_id,
                soft_wrap=True,
                tab_behavior="focus",
                show_line_numbers=False,
                placeholder=spec.placeholder,
                compact=True,
            )
        return Input(
            normalize_text(
                value
            ),  # as the validator will save it: no control characters reach the screen
            placeholder=spec.placeholder,
            id=widget_id,
            compact=True,
        )

    def on_mount(self) -> None:
        if self._missing_message is not None:
            self.notify(
                f"Cannot open this customer: {self._missing_message}",
                severity="error",
                markup=False,
            )
            self._close(None)
            return
        self._initial_raw = self.raw_values()
        # Focusing the first field may scroll it flush to the top, hiding its section title.
        self.call_after_refresh(
            self.query_one("#form-body", VerticalScroll).scroll_home, animate=False
        )
        if self.store.read_only:
            self._show_message(
                "This file is open read-only: you can look, but changes cannot be saved.",
                warning=True,
            )
        if self.is_new:
            self._prepare_hints()

    @work(thread=True, exclusive=True, group="duplicate-hints")
    def _prepare_hints(self) -> None:
        """Build the duplicate index now (seconds at 100k) so the first hint does not wait for it."""
        self.custui.hint_index()

    # -- reading and showing ---------------------------------------------------

    def editor(self, name: str) -> Widget:
        return self.query_one(f"#{FIELD_PREFIX}{name}")

    def raw_value(self, name: str) -> str:
        widget = self.editor(name)
        if isinstance(widget, Input):
            return widget.value
        if isinstance(widget, TextArea):
            return widget.text
        if isinstance(widget, Select):
            value = widget.value
            return "" if value is Select.NULL or value is None else str(value)
        return ""

    def raw_values(self) -> dict[str, str]:
        """What is typed in every field, as text (the validator cleans it)."""
        return {spec.name: self.raw_value(spec.name) for spec in CUSTOMER_FIELDS}

    @property
    def has_changes(self) -> bool:
        return self.raw_values() != self._initial_raw

    def _set_error(self, name: str, message: str | None, *, warning: bool = False) -> None:
        """The line under a field: an error (red, the field marked invalid) or a warning (kept as typed)."""
        show_line(self.query_one(f"#{ERROR_PREFIX}{name}", Static), message or "", warning=warning)
        self.editor(name).set_class(bool(message) and not warning, "-invalid")
        if message:
            self._shown_invalid.add(name)
        else:
            self._shown_invalid.discard(name)

    def _show_errors(
        self, errors: list[FieldError], names: list[str], warnings: Sequence[FieldError] = ()
    ) -> None:
        """Show *errors*, else *warnings*; clear the line of every other field in *names*."""
        by_field = {e.field: e.message for e in errors}
        warned = {w.field: w.message for w in warnings}
        for name in names:
            if name in by_field:
                self._set_error(name, by_field[name])
            else:
                self._set_error(name, warned.get(name), warning=name in warned)

    def _check_field(self, name: str) -> None:
        """Validate one field in place (blur, or typing in a field shown invalid).  The phone reads for
        the country typed, so a change of either checks both."""
        if self._leaving or not self.is_attached:
            return
        names = ["phone", "country"] if name in ("phone", "country") else [name]
        clean, errors = validate_customer(
            {n: self.raw_value(n) for n in names}, default_region=self.phone_region
        )
        self._show_errors(errors, names, customer_warnings(clean, self.phone_region))

    def _show_message(self, text: str | None, *, warning: bool = False) -> None:
        show_line(self.query_one("#form-message", Static), text or "", warning=warning)

    def _display_name(self) -> str:
        name = " ".join(self.raw_value("name").split()) or self._original.get("name") or ""
        return (
            display_safe(name)
            if name
            else ("this new customer" if self.is_new else "this customer")
        )

    # -- events -------------------------------------------------------------------

    def on_descendant_blur(self, event: DescendantBlur) -> None:
        widget_id = event.widget.id or ""
        if widget_id.startswith(FIELD_PREFIX):
            self._check_field(widget_id.removeprefix(FIELD_PREFIX))

    @on(Input.Changed)
    @on(TextArea.Changed)
    @on(Select.Changed)
    def _field_changed(self, event: Input.Changed | TextArea.Changed | Select.Changed) -> None:
        widget_id = event.control.id or ""
        name = widget_id.removeprefix(FIELD_PREFIX)
        if widget_id.startswith(FIELD_PREFIX) and name in self._shown_invalid:
            self._check_field(name)
        if name in HINT_FIELDS and self.is_attached and self._initial_raw:
            self._hint_field = name
            self._look_for_duplicates()

    # -- "probably exists already" --------------------------------------------------

    def _look_for_duplicates(self) -> None:
        self._hint_generation += 1
        draft = self._draft()
        if draft is None:
            self._show_hints(self._hint_generation, [], {})
            return
        self._find_hints(self._hint_generation, HandedOver(draft))

    def _draft(self) -> Record | None:
        """What the duplicate finder reads of the form (None: nothing to compare, or nothing changed)."""
        raw = {name: self.raw_value(name).strip() for name in HINT_FIELDS}
        if raw == {name: self._initial_raw.get(name, "").strip() for name in HINT_FIELDS} or not (
            raw["name"] or raw["phone"] or raw["email"]
        ):
            return None
        values = {HINT_FIELDS[name]: value or None for name, value in raw.items()}
        if raw["phone"]:  # compared as stored: read for the country typed, else the home region
            phones = validate_customer(
                {"phone": raw["phone"], "country": self.raw_value("country")},
                default_region=self.phone_region,
            )[0]
            values["phone_e164"] = str(phones.get("phone_e164") or raw["phone"])
        return Record(
            id=self.customer_id or 0,
            name=values["name"] or "",  # the duplicate finder reads no name as ""
            kind=self.raw_value("kind") or "company",
            contact_name=values["contact_name"],
            phone_e164=values["phone_e164"],
            email=values["email"],
            city=values["city"],
            website=values["website"],
        )

    def _probable_duplicate(self) -> tuple[Match, str] | None:
        """The existing customer this new one probably is, with its code and name, checked now (the hints
        may still be on their way); None when there is none or the index is not built yet."""
        index = self.custui.ready_hint_index()
        draft = self._draft()
        matches = (_looked_up(index, draft, 1) if index is not None and draft is not None
                   else self.hints[:1])  # fmt: skip
        if not matches:
            return None
        who = repo.labels(self.store, [matches[0].b]).get(matches[0].b)
        return (matches[0], display_safe(who)) if who else None

    def _ask_before_saving_a_duplicate(self, match: Match, who: str) -> None:
        """ "Probably C00277 盛和软件有限公司": save anyway (asked once), open that one, or keep editing."""
        from custui.tui.screens.choice import ChoiceScreen

        def answered(choice: str | None) -> None:
            if choice == "save":
                self._duplicate_answered = True
                self.action_form_save()
            elif choice == "open":
                self.custui.open_customer(
                    match.b, on_saved=lambda _saved: self.custui.customers_changed()
                )

        reasons = display_safe("; ".join(match.reasons[:2]))
        self.app.push_screen(ChoiceScreen(
            f"Probably {who} ({match.score:.0f} %: {reasons})",
            {"s": "save", "o": "open", "e": "edit"},
            {"s": "save anyway: a different customer", "o": f"open {who}", "e": "keep editing"},
        ), answered)  # fmt: skip

    @work(thread=True, exclusive=True, group="duplicate-hints")
    def _find_hints(self, generation: int, handed: HandedOver[Record]) -> None:
        draft = handed.take()
        if draft is None:
            return
        matches = _looked_up(self.custui.hint_index(), draft, HINT_LIMIT)
        names = repo.labels(self.store, [m.b for m in matches])
        self.app.call_from_thread(
            self._show_hints, generation, [m for m in matches if m.b in names], names
        )

    def _show_hints(self, generation: int, matches: list[Match], names: dict[int, str]) -> None:
        if generation != self._hint_generation or not self.is_attached:
            return
        offered_before, self.hints = bool(self.hints), matches
        lines = [
            display_safe(f"• {names[m.b]} · {m.score:.0f} · {'; '.join(m.reasons[:3])}")
            for m in matches
        ]
        if lines:
            lines.insert(0, "Probably exists already — ctrl+o opens the first:")
        for name in HINT_FIELDS:
            shown = bool(lines) and name == self._hint_field
            show_line(
                self.query_one(f"#{HINTS_PREFIX}{name}", Static), "\n".join(lines) if shown else ""
            )
        if bool(matches) != offered_before:  # ctrl+o comes or goes: the footer recomposes, ~40 ms
            self.refresh_bindings()

    @property
    def hint_text(self) -> str:
        """The "probably exists already" lines as shown (under the field typed last), or ""."""
        shown = self.query(".duplicate-hints.-shown")
        return "\n".join(str(hint.render()) for hint in shown)

    def action_open_existing(self) -> None:
        if not self.hints:
            return
        self.custui.open_customer(
            self.hints[0].b, on_saved=lambda _saved: self.custui.customers_changed()
        )

    @on(Input.Submitted)
    def _next_field(self, event: Input.Submitted) -> None:
        """Enter in a one-line field moves on, like tab (saving stays on ctrl+s)."""
        event.stop()
        self.focus_next()

    # -- actions ------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "customer_delete" and self.is_new:
            return False  # hidden from the footer; ctrl+d keeps its editing meaning
        return not (action == "open_existing" and not self.hints)

    def action_form_save(self) -> None:
        if self._leaving:
            return
        if self.store.read_only:
            self.notify("This file is open read-only: changes cannot be saved.", severity="warning")
            return
        raw = self.raw_values()
        clean, errors = validate_customer(raw, default_region=self.phone_region)
        warnings = customer_warnings(clean, self.phone_region)
        self._show_errors(errors, list(raw), warnings)
        if errors:
            self.notify(
                f"{_plural(len(errors), 'field needs', 'fields need')} attention",
                severity="warning",
            )
            self.editor(errors[0].field).focus()
            return
        name = display_safe(clean.get("name") or "")
        if self.is_new and not self._duplicate_answered:
            probable = self._probable_duplicate()
            if probable is not None:
                self._ask_before_saving_a_duplicate(*probable)
                return
        try:
            if self.is_new:
                saved_id = repo.insert_customer(self.store, clean)
            else:
                assert self.customer_id is not None
                repo.update_customer(
                    self.store, self.customer_id, clean, expected_version=self._expected_version
                )
                saved_id = self.customer_id
        except repo.EditConflict:
            text = (
                f"Not saved: {name} was changed elsewhere after you opened this form. "
                "Your edits are still here; press esc to discard them and open the customer again "
                "to see the other changes."
            )
            self._show_message(text)
            self.notify(f"Not saved: {name} was changed elsewhere.", severity="error", markup=False)
            return
        except StoreError as exc:
            self._store_problem(str(exc), clean)
            return
        except cipher.Error as exc:
            self._store_problem(f"The database refused the change ({exc}).", clean)
            return
        kept = "; ".join(f"{w.field} kept as typed" for w in warnings)
        self.notify(f"Saved {name}" + (f" ({kept}: not understood)" if kept else ""), markup=False,
                    severity="warning" if kept else "information")  # fmt: skip
        self._close(saved_id)

    def _store_problem(self, message: str, clean: dict[str, Any]) -> None:
        """A refusal from the store: inline on the code when the code is taken, else a notification."""
        code = clean.get("code")
        try:
            code_taken = bool(code) and repo.code_exists(
                self.store, str(code), except_id=self.customer_id
            )
        except _REFUSED:
            code_taken = False
        if code_taken:
            self._set_error(
                "code",
                f"Code {code} is already used by another customer; pick another or leave it blank.",
            )
            self.editor("code").focus()
            self.notify("1 field needs attention", severity="warning")
            return
        self.notify(f"Not saved: {message}", severity="error", markup=False)

    def action_form_cancel(self) -> None:
        if self._leaving:
            return
        if not self.has_changes:
            self._close(None)
            return

        def answered(discard: bool | None) -> None:
            if discard:
                self._close(None)

        self.app.push_screen(
            ConfirmScreen(f"Discard your changes to {self._display_name()}?"), answered
        )

    def action_customer_delete(self) -> None:
        if self._leaving or self.customer_id is None:
            return
        if self.store.read_only:
            self.notify("This file is open read-only: nothing can be deleted.", severity="warning")
            return
        customer_id = self.customer_id
        name = display_safe(self._original.get("name") or "")

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            try:
                repo.delete_customer(self.store, customer_id)
            except _REFUSED as exc:
                self.notify(f"Not deleted: {exc}", severity="error", markup=False)
                return
            self.notify(f"Deleted {name}. Press u in the list to undo.", markup=False)
            self._close(customer_id)

        self.app.push_screen(
            ConfirmScreen(
                f"Delete {name}? Its interactions and orders are kept and u in the list brings it back."
            ),
            answered,
        )

    def _close(self, result: int | None) -> None:
        self._leaving = True
        self.dismiss(result)


def _group_id(group: str) -> str:
    """ "Identity 基本信息" -> "identity" (an id-safe word for each section)."""
    word = group.split()[0] if group.split() else "group"
    return "".join(ch for ch in word.lower() if ch.isascii() and ch.isalnum()) or "group"
