"""A small keyboard form in a modal: one line per field — its label, then the editor and its message.

Shared by `i` / `o` (entry_form) and a person of the customer (contact_form).  A subclass gives
the fields, how to check them and how to write them; this base lays them out, shows each
field's message under it (when you leave the field, as you fix one shown wrong, and on save),
keeps a refusal of the store on top, and asks before discarding what was typed.

Keys: ``ctrl+s`` save (only when every field is valid) · ``esc`` cancel · ``tab`` /
``shift+tab`` / ``enter`` (in a one-line field) move between fields.  Widget ids:
``<ID_PREFIX>-<field>`` for the editors and ``<ID_PREFIX>-error-<field>`` for their messages.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.events import DescendantBlur
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Input, Static, TextArea

from custui.core.validate import FieldError
from custui.store import cipher
from custui.store.db import StoreError
from custui.tui.actions import bindings
from custui.tui.screens.confirm import ConfirmScreen
from custui.tui.widgets.footer import KeyFooter
from custui.tui.widgets.key_choice import KeyChoice
from custui.tui.widgets.lines import show_line


@dataclass(frozen=True)
class FormField:
    name: str
    label: str
    placeholder: str = ""
    keys: Mapping[str, str] | None = None  # a KeyChoice instead of an Input
    optional: bool = True  # a KeyChoice that space clears
    default: str = ""
    labels: Mapping[str, str] | None = None  # how the KeyChoice shows its values
    lines: int = 1  # more: a TextArea this many lines high
    required: bool = False  # the label says so with a "*"


#: (clean values, errors, warnings): what a form's check returns.
Checked = tuple[dict[str, Any], list[FieldError], list[FieldError]]


class ModalForm(ModalScreen["int | None"]):
    """Dismisses with what :meth:`write` returned (an id), or None when cancelled."""

    ID_PREFIX = "form"
    #: error field names of the checker that differ from the form's (amount_minor → amount …)
    ERROR_FIELDS: Mapping[str, str] = {}

    DEFAULT_CSS = """
    ModalForm { align: center middle; }
    ModalForm > #form-box {
        width: 90%; max-width: 100; height: auto; max-height: 95%;
        border: thick $primary; background: $panel; padding: 0 1;
    }
    ModalForm .form-title { text-style: bold; margin-bottom: 1; }
    ModalForm #form-message { display: none; background: $error-muted; color: $text; padding: 0 1; }
    ModalForm #form-message.-shown { display: block; }
    ModalForm .form-row { height: auto; }
    ModalForm .form-label { width: 19; padding-right: 1; color: $text-muted; }
    ModalForm .form-row.-required .form-label { color: $text; }
    ModalForm .form-editor { width: 1fr; height: auto; }
    ModalForm Input { height: 1; border: none; padding: 0 1; background: $boost; }
    ModalForm Input:focus { background: $accent 30%; }
    ModalForm TextArea { border: none; padding: 0 1; background: $boost; }
    ModalForm TextArea:focus { background: $accent 30%; }
    ModalForm KeyChoice { height: auto; }
    ModalForm .-invalid { background: $error 25%; }
    ModalForm .form-error { display: none; color: $text-error; }
    ModalForm .form-error.-shown { display: block; }
    ModalForm .form-error.-warning { color: $text-warning; }
    """
    BINDINGS = bindings("form")

    def __init__(
        self, fields: Sequence[FormField], initial: Mapping[str, str] | None = None
    ) -> None:
        super().__init__()
        self.fields = tuple(fields)
        self.initial = dict(initial or {})
        self._shown: set[str] = set()
        # NOT `_closing`: Textual's MessagePump uses that name (see customer_form)
        self._leaving = False

    # -- what a form says and does (subclasses) ------------------------------------------

    def form_title(self) -> str:
        raise NotImplementedError

    def check(self, values: Mapping[str, str]) -> Checked:
        """Validate every field's text: (clean values, errors, warnings)."""
        raise NotImplementedError

    def write(self, clean: dict[str, Any], warnings: list[FieldError]) -> int:
        """Store the checked values (StoreError: refused); returns what the form dismisses with."""
        raise NotImplementedError

    # -- building ---------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="form-box", can_focus=False):
            yield Static(self.form_title(), classes="form-title", markup=False)
            yield Static("", id="form-message", markup=False)
            for field in self.fields:
                with Horizontal(classes="form-row -required" if field.required else "form-row"):
                    yield Static(
                        field.label + (" *" if field.required else ""),
                        classes="form-label",
                        markup=False,
                    )
                    with Vertical(classes="form-editor"):
                        yield self._editor(field)
                        yield Static(
                            "", classes="form-error", id=self._error_id(field.name), markup=False
                        )
        yield KeyFooter()

    def _editor(self, field: FormField) -> Widget:
        widget_id = f"{self.ID_PREFIX}-{field.name}"
        value = self.initial.get(field.name, field.default)
        if field.keys is not None:
            return KeyChoice(
                field.keys, value=value, optional=field.optional, labels=field.labels, id=widget_id
            )
        if field.lines > 1:
            area = TextArea(value, id=widget_id, soft_wrap=True, tab_behavior="focus", show_line_numbers=False,
                            placeholder=field.placeholder, compact=True)  # fmt: skip
            area.styles.height = field.lines
            return area
        return Input(value, placeholder=field.placeholder, id=widget_id, compact=True)

    def _error_id(self, name: str) -> str:
        return f"{self.ID_PREFIX}-error-{name}"

    # -- reading and showing ------------------------------------------------------------------

    def editor(self, name: str) -> Widget:
        return self.query_one(f"#{self.ID_PREFIX}-{name}")

    def values(self) -> dict[str, str]:
        """What every field holds, as text (the checker cleans it)."""
        out = {}
        for field in self.fields:
            widget = self.editor(field.name)
            out[field.name] = widget.text if isinstance(widget, TextArea) else widget.value  # type: ignore[attr-defined]
        return out

    def _typed_anything(self) -> bool:
        return any(
            value != self.initial.get(f.name, f.default)
            for f, value in zip(self.fields, self.values().values())
        )

    def _show(
        self, errors: list[FieldError], warnings: list[FieldError], names: Sequence[str]
    ) -> None:
        """The message under each field of *names*: its error, else its warning, else none."""
        by_field = {self.ERROR_FIELDS.get(e.field, e.field): e.message for e in errors}
        warned = {self.ERROR_FIELDS.get(w.field, w.field): w.message for w in warnings}
        for name in names:
            message = by_field.get(name) or warned.get(name) or ""
            show_line(
                self.query_one(f"#{self._error_id(name)}", Static),
                message,
                warning=name not in by_field and bool(message),
            )
            self.editor(name).set_class(name in by_field, "-invalid")
            if name in by_field:
                self._shown.add(name)
            else:
                self._shown.discard(name)

    def _check_fields(self, names: Sequence[str]) -> None:
        if self._leaving or not self.is_attached:
            return
        _clean, errors, warnings = self.check(self.values())
        self._show(errors, warnings, names)

    def show_message(self, text: str) -> None:
        """A refusal on top of the form (the typed values stay)."""
        show_line(self.query_one("#form-message", Static), text)

    # -- events ---------------------------------------------------------------------------

    def _field_name(self, widget: Widget) -> str | None:
        prefix = f"{self.ID_PREFIX}-"
        name = (widget.id or "").removeprefix(prefix)
        return (
            name
            if (widget.id or "").startswith(prefix) and any(f.name == name for f in self.fields)
            else None
        )

    def on_descendant_blur(self, event: DescendantBlur) -> None:
        name = self._field_name(event.widget)
        if name is not None:
            self._check_fields([name])

    @on(Input.Changed)
    @on(TextArea.Changed)
    def _field_changed(self, event: Input.Changed | TextArea.Changed) -> None:
        name = self._field_name(event.control)
        if name in self._shown:
            self._check_fields([name])

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in a one-line field moves on, like tab (saving stays on ctrl+s)."""
        event.stop()
        self.focus_next()

    # -- actions ------------------------------------------------------------------------

    def action_save(self) -> None:
        if self._leaving:
            return
        clean, errors, warnings = self.check(self.values())
        self._show(errors, warnings, [f.name for f in self.fields])
        if errors:
            first = next((f for f in self.fields if f.name in self._shown), self.fields[0])
            self.editor(first.name).focus()
            return
        try:
            result = self.write(clean, warnings)
        except StoreError as exc:
            self.show_message(f"Not saved: {exc}")
            self.notify(f"Not saved: {exc}", severity="error", markup=False)
            return
        except cipher.Error as exc:
            self.notify(
                f"Not saved: the database refused the change ({exc}).",
                severity="error",
                markup=False,
            )
            return
        self._close(result)

    def action_cancel(self) -> None:
        if self._leaving:
            return
        if not self._typed_anything():
            self._close(None)
            return

        def answered(discard: bool | None) -> None:
            if discard:
                self._close(None)

        self.app.push_screen(
            ConfirmScreen("Discard what you typed?", yes="Discard", no="Keep editing"), answered
        )

    def _close(self, result: int | None) -> None:
        self._leaving = True
        self.dismiss(result)
