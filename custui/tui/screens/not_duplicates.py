"""`D` on the duplicates screen: the pairs marked "not duplicates", newest first; `d` takes one back.

A pair taken back is no longer left out of scans, and the duplicates screen puts it in its queue
at once, so a wrong `n` costs one key.  The dialog returns the pairs taken back.
"""

from __future__ import annotations

from typing import Any

from custui.core.text import display_safe
from custui.tui.actions import bindings
from custui.tui.screens.table_dialog import TableDialog


class NotDuplicatesScreen(TableDialog):
    BINDING_GROUP_TITLE = "Not duplicates"
    TITLE_TEXT = "Marked as different customers (newest first)"
    HINT = (
        ("not-duplicates.take-back", "or enter takes a pair back into the queue"),
        ("not-duplicates.close", "close"),
    )
    BINDINGS = bindings("not-duplicates")

    def __init__(self) -> None:
        super().__init__()
        self.pairs: list[dict[str, Any]] = []
        self.taken_back: list[tuple[int, int]] = []

    def on_mount(self) -> None:
        self._fill()

    def _fill(self) -> None:
        from custui.store.merge import dismissed_pairs

        self.pairs = dismissed_pairs(self.custui.store)
        table = self.table
        table.clear(columns=True)
        table.add_columns("Marked", "Customer", "and customer")
        for pair in self.pairs:
            table.add_row(
                str(pair["decided_at"])[:10],
                display_safe(f"{pair['code_a']} {pair['name_a']}"),
                display_safe(f"{pair['code_b']} {pair['name_b']}"),
            )
        self.show_empty("" if self.pairs else "No pair is marked as different customers.")

    def action_take_back(self) -> None:
        if not self.pairs or not self.custui.check_writable():
            return
        from custui.store.merge import unmark_not_duplicates

        row = min(self.table.cursor_row, len(self.pairs) - 1)
        pair = self.pairs[row]
        unmark_not_duplicates(self.custui.store, pair["a"], pair["b"])
        self.taken_back.append((pair["a"], pair["b"]))
        self.notify(f"{display_safe(pair['code_a'])} and {display_safe(pair['code_b'])} are back in the queue.",
                    markup=False)  # fmt: skip
        self._fill()
        if self.pairs:
            self.table.move_cursor(row=min(row, len(self.pairs) - 1))

    def action_close(self) -> None:
        self.dismiss(self.taken_back)  # type: ignore[arg-type]
