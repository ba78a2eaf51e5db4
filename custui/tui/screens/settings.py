"""Palette "Settings…": every setting of the book with its value and meaning, and the exchange rates.

The same list as ``custui config`` (store.config).  `enter` changes the
highlighted setting (or opens its own editor), `n` sets a rate, `d` removes
the highlighted rate, `esc` closes.  Changing the base currency, a rate or the
scoring re-scores the list behind.
"""

from __future__ import annotations

from datetime import date

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import DataTable, Static

from custui.core.money import Rate
from custui.core.text import display_safe
from custui.store.config import BY_KEY, Item, change, items
from custui.store.db import Store, StoreError
from custui.tui.actions import bindings
from custui.tui.keys_doc import hint_line
from custui.tui.screens.table_dialog import TableDialog
from custui.tui.widgets.footer import KeyFooter

#: Settings whose change moves scores (the list re-scores).
_RESCORE = ("currency", "scoring.")


class SettingsScreen(TableDialog):
    BINDING_GROUP_TITLE = "Settings"
    TITLE_TEXT = "Settings 设置"
    HINT = (
        ("settings.change", "change"),
        ("settings.rate", "set a rate"),
        ("settings.remove-rate", "remove a rate"),
        ("dialog.close", "close"),
    )
    DEFAULT_CSS = """
    SettingsScreen > Vertical { height: 90%; }
    SettingsScreen .title { margin-bottom: 0; }
    SettingsScreen DataTable { height: 1fr; max-height: 100%; }
    SettingsScreen #settings-meaning { height: auto; min-height: 3; color: $text-muted; }
    SettingsScreen #settings-warnings { height: auto; max-height: 3; color: $text-warning; }
    SettingsScreen .hint { margin-top: 0; }
    """
    BINDINGS = bindings("settings")

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self.TITLE_TEXT, classes="title", markup=False)
            yield DataTable(cursor_type="row", zebra_stripes=True)
            yield Static("", id="settings-meaning", markup=False)
            yield Static("", id="settings-warnings", markup=False)
            yield Static(
                hint_line(self.HINT, self.custui.keymap.keys), classes="hint", markup=False
            )
        yield KeyFooter()

    def on_mount(self) -> None:
        self._fill()

    @property
    def store(self) -> Store:
        return self.custui.store

    def _fill(self, keep: int | None = None) -> None:
        from custui.store.rates import list_rates, unconverted
        from custui.store.settings import base_currency

        self.items: list[Item] = items(self.store)
        self.rates: list[Rate] = list_rates(self.store)
        base = base_currency(self.store)
        table = self.table
        row = table.cursor_row if keep is None else keep
        table.clear(columns=True)
        table.add_columns("Setting", "Value")
        for item in self.items:
            table.add_row(item.key, display_safe(item.value))
        for rate in self.rates:
            since = f" from {rate.valid_from}" if rate.valid_from else " (every day)"
            table.add_row(f"rate {rate.currency}", f"{rate.rate} {base}{since}")
        table.move_cursor(row=min(row, table.row_count - 1))
        warnings = [u.warning(in_app=True).split(" — ")[0] + "." for u in unconverted(self.store)]
        self.query_one("#settings-warnings", Static).update("\n".join(warnings))
        self._describe()

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._describe()

    def _describe(self) -> None:
        """The highlighted setting's meaning, and where its guess came from or where it changes."""
        row = self.table.cursor_row
        text = Text()
        if row < len(self.items):
            item = self.items[row]
            text.append(f"{item.key} = {display_safe(item.value)}\n", style="bold")
            text.append(item.meaning)
            if item.note:
                text.append(f"\n{item.note}", style="italic")
        elif self.rates:
            text.append(
                "Units of the base currency per unit, from a day on; an order uses the rate in force on its day."
            )
        self.query_one("#settings-meaning", Static).update(text)

    # -- actions ----------------------------------------------------------------------

    def action_change(self) -> None:
        row = self.table.cursor_row
        if row >= len(self.items):
            self.action_new_rate()
            return
        item = self.items[row]
        setting = BY_KEY[item.key]
        if setting.write is None:
            self._open_editor(item.key, setting.where)
            return
        from custui.tui.screens.prompt import PromptScreen

        self.app.push_screen(
            PromptScreen(f"{item.key}: {item.meaning}", value=item.value),
            lambda value: self._save(item.key, value),
        )

    def _open_editor(self, key: str, where: str) -> None:
        if key == "industry-names":
            from custui.tui.screens.industry_names import IndustryNamesScreen

            self.app.push_screen(IndustryNamesScreen(), lambda _: self._fill())
        else:
            self.notify(f"{key} is changed with {where}.", markup=False)

    def _save(self, key: str, value: str | None) -> None:
        if value is None:
            return
        try:
            kept = change(self.store, key, value)
        except StoreError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        self.notify(display_safe(f"{key} = {kept}"), markup=False)
        if key == "region":
            self.notify(
                "Phones already saved keep their reading: custui fix-phones re-reads them.",
                markup=False,
            )
        self._changed(key)

    def _changed(self, key: str) -> None:
        self._fill()
        if key.startswith(_RESCORE):
            self.custui.customers_changed()

    def action_new_rate(self) -> None:
        from custui.tui.screens.prompt import PromptScreen

        question = (
            "Set a rate: CURRENCY RATE [from YYYY-MM-DD] (units of the base currency per unit)"
        )
        self.app.push_screen(
            PromptScreen(question, placeholder="USD 7.10 from 2026-01-01"), self._set_rate
        )

    def _set_rate(self, text: str | None) -> None:
        if not text:
            return
        from custui.core.validate import FieldInvalid, parse_date
        from custui.store.rates import set_rate

        words = text.replace("from", " ").split()
        try:
            if len(words) not in (2, 3):
                raise StoreError(
                    "Type the currency, the rate and optionally the first day: USD 7.10 from 2026-01-01."
                )
            valid_from: date | None = parse_date(words[2]) if len(words) == 3 else None
            rate = set_rate(self.store, words[0], words[1], valid_from)
        except (StoreError, FieldInvalid) as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        self.notify(f"1 {rate.currency} = {rate.rate}; its orders are counted again.", markup=False)
        self._changed("currency")

    def action_remove_rate(self) -> None:
        index = self.table.cursor_row - len(self.items)
        if not 0 <= index < len(self.rates):
            self.notify("Highlight a rate to remove it.", markup=False)
            return
        from custui.store.rates import remove_rate

        rate = self.rates[index]
        remove_rate(self.store, rate.currency, rate.valid_from)
        self.notify(
            f"Removed the rate of {rate.currency}; orders without one are left out of the money.",
            markup=False,
        )
        self._fill(keep=self.table.cursor_row)
        self.custui.customers_changed()
