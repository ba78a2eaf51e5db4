"""Palette "Imports…": every past import with its row counts; revert one as a whole, or undo that."""

from __future__ import annotations

from collections.abc import Callable

from custui.core.text import display_safe, fit_cells
from custui.store.db import Store, StoreError
from custui.store.imports import ImportRecord, list_imports, revert_import, undo_revert
from custui.tui.actions import bindings
from custui.tui.screens.table_dialog import TableDialog


class ImportsScreen(TableDialog):
    """Past imports, newest first: r reverts the one under the cursor (after asking), u undoes a revert."""

    BINDING_GROUP_TITLE = "Imports"
    TITLE_TEXT = "Imports"
    HINT = (
        ("imports.revert", "revert (takes out what it wrote, after a backup)"),
        ("imports.undo", "undo a revert"),
        ("dialog.close", "close"),
    )
    BINDINGS = bindings("imports")

    def __init__(self) -> None:
        super().__init__()
        self.records: list[ImportRecord] = []

    def on_mount(self) -> None:
        self._fill()

    def _fill(self) -> None:
        self.records = list_imports(self.custui.store)
        table = self.table
        row_at = table.cursor_row
        table.clear(columns=True)
        table.add_columns("No.", "When", "Kind", "File", "Rows", "Still in", "State")
        for r in self.records:
            state = f"reverted {r.reverted_at[:10]}" if r.reverted_at else "in the book"
            table.add_row(str(r.id), r.imported_at[:16].replace("T", " "), r.kind,
                          fit_cells(display_safe(r.source), 28), f"{r.rows:,}", f"{r.live:,}", state)  # fmt: skip
        if self.records:
            table.move_cursor(row=min(row_at, len(self.records) - 1))
        self.show_empty("" if self.records else "Nothing was imported into this file yet.")

    def _current(self) -> ImportRecord | None:
        return self.records[self.table.cursor_row] if self.records else None

    def action_revert(self) -> None:
        from custui.tui.screens.confirm import ConfirmScreen

        record = self._current()
        if record is None or not self.custui.check_writable():
            return
        if record.reverted_at:
            self.notify(f"Import {record.id} is reverted already; u brings it back.")
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self._change(
                    revert_import, record, "Took out {n:,} rows of import {id}; u brings them back."
                )

        self.app.push_screen(ConfirmScreen(
            f"Revert import {record.id} ({display_safe(record.source)}, {record.live:,} rows still in the book)? "
            "Its customers, interactions and orders are taken out; merges it made are undone.", yes="Revert",
        ), answered)  # fmt: skip

    def action_undo_revert(self) -> None:
        record = self._current()
        if record is not None and self.custui.check_writable():
            self._change(undo_revert, record, "Brought back {n:,} rows of import {id}.")

    def _change(
        self, change: Callable[[Store, int], int], record: ImportRecord, message: str
    ) -> None:
        try:
            count = change(self.custui.store, record.id)
        except StoreError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        self.notify(message.format(n=count, id=record.id), markup=False)
        self.custui.customers_changed()
        self._fill()
