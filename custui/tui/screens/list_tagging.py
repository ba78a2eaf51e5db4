"""The customer list's marks and tagging: `space` marks, `A` marks every row shown, `t` / `T` tag / untag.

With marked rows, `t` adds one tag to all of them and `T` removes one, each as
a single change that `u` undoes; without marks `t` edits the highlighted
customer's tags.  "All matching the current filter" is `A` (mark all shown),
then `t`.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

from custui.core.text import counted, display_safe
from custui.store import repo, tags
from custui.tui.widgets.lazy_table import LazyTable

if TYPE_CHECKING:
    from custui.tui.app import CustuiApp

#: An undo of the list: puts a change back and returns the row to keep the cursor on.
Undo = Callable[[], "int | None"]


class ListTagging:
    """Mixed into CustomerListScreen (which declares the bindings)."""

    custui: CustuiApp
    undo_stack: list[Undo]

    if TYPE_CHECKING:

        @property
        def table(self) -> LazyTable: ...  # provided by the screen

    def data_changed(
        self, *, keep_cursor_on: int | None, changed: Collection[int] | None = None
    ) -> None: ...  # provided by the screen

    def load_tag_colors(self) -> None:
        self.table.tag_colors = tags.tag_colors(self.custui.store)

    def action_mark_all(self) -> None:
        """Mark every row shown (the current search and filter); again: clear the marks."""
        shown = set(self.table.row_ids)
        self.table.set_marked(set() if shown and shown <= self.table.marked else shown)

    def _targets(self) -> list[int]:
        if self.table.marked:
            return [i for i in self.table.row_ids if i in self.table.marked] or sorted(
                self.table.marked
            )
        row_id = self.table.current_row_id()
        return [] if row_id is None else [row_id]

    def action_tags_edit(self) -> None:
        self._open_tag_editor(remove=False)

    def action_tags_remove(self) -> None:
        self._open_tag_editor(remove=True)

    def _open_tag_editor(self, *, remove: bool) -> None:
        from custui.tui.screens.tag_editor import TagEditorScreen

        targets = self._targets()
        if not targets or not self.custui.check_writable():
            return
        if len(targets) == 1 and not remove:
            customer = repo.get_customer(self.custui.store, targets[0])
            title = display_safe(f"Tags · {customer['code']} {customer['name']}")
        else:
            verb = "Remove a tag from" if remove else "Add a tag to"
            title = f"{verb} {len(targets):,} customer{'s' if len(targets) != 1 else ''}"
        cursor = self.table.current_row_id()
        self.custui.push_screen(TagEditorScreen(self.custui.store, targets, title, remove=remove),
                                lambda changes: self._tags_changed(changes or [], cursor))  # fmt: skip

    def _tags_changed(self, changes: list[tags.TagChange], cursor: int | None) -> None:
        changes = [c for c in changes if c.customer_ids]
        if not changes:
            return
        store = self.custui.store
        if (
            self.table.marked
        ):  # a bulk change: the editor applied one tag to all marked rows and closed
            change = changes[-1]
            name = tags.get_tag(store, change.tag_id).name
            count = len(change.customer_ids)
            verb = "Tagged" if change.added else "Untagged"
            self.custui.notify(
                display_safe(f"{verb} {counted(count, 'customer')}: {name}. u undoes."),
                markup=False,
            )
            self.table.set_marked(set())
        self.undo_stack.append(lambda: self._undo_tag_changes(changes, cursor))
        self.data_changed(
            keep_cursor_on=cursor, changed={i for c in changes for i in c.customer_ids}
        )

    def _undo_tag_changes(self, changes: list[tags.TagChange], cursor: int | None) -> int | None:
        for change in reversed(changes):
            tags.undo_change(self.custui.store, change)
        self.custui.notify("Tag change undone.")
        return cursor
