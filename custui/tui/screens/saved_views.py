"""`V` on the customer list: the saved views; enter shows one, `d` deletes one and `u` brings it back.

The dialog returns the view chosen (None when closed with esc).  Deleting asks nothing: `u` in the
dialog puts the last deleted view back as it was.
"""

from __future__ import annotations

from custui.core.text import display_safe
from custui.store.settings import SavedView, delete_view, save_view, saved_views
from custui.tui.actions import bindings
from custui.tui.screens.table_dialog import TableDialog


class SavedViewsScreen(TableDialog):
    BINDING_GROUP_TITLE = "Saved views"
    TITLE_TEXT = "Saved views 已存视图"
    HINT = (
        ("saved-views.show", "show"),
        ("saved-views.delete", "delete"),
        ("saved-views.undo", "undo delete"),
        ("saved-views.close", "close"),
    )
    BINDINGS = bindings("saved-views")

    def __init__(self) -> None:
        super().__init__()
        self.views: list[SavedView] = []
        self.deleted: list[SavedView] = []

    def on_mount(self) -> None:
        self._fill()

    def _fill(self, cursor: int = 0) -> None:
        self.views = saved_views(self.custui.store)
        table = self.table
        table.clear(columns=True)
        table.add_columns("View", "Search", "Filter", "Sort")
        for view in self.views:
            sort = f"{view.sort} {'▼' if view.descending else '▲'}"
            table.add_row(
                *(display_safe(text) for text in (view.name, view.search, view.filter, sort))
            )
        self.show_empty(
            ""
            if self.views
            else "No saved views yet: v on the list saves its search, filter and sort."
        )
        if self.views:
            table.move_cursor(row=min(cursor, len(self.views) - 1))

    def _current(self) -> SavedView | None:
        return self.views[min(self.table.cursor_row, len(self.views) - 1)] if self.views else None

    def action_choose(self) -> None:
        view = self._current()
        if view is not None:
            self.dismiss(view)  # type: ignore[arg-type]

    def action_delete(self) -> None:
        view = self._current()
        if view is None or not self.custui.check_writable():
            return
        row = self.table.cursor_row
        delete_view(self.custui.store, view.name)
        self.deleted.append(view)
        self.notify(f"Deleted the view {display_safe(view.name)} · u brings it back", markup=False)
        self._fill(row)

    def action_undo(self) -> None:
        if not self.deleted or not self.custui.check_writable():
            return
        view = self.deleted.pop()
        save_view(self.custui.store, view)
        self.notify(f"The view {display_safe(view.name)} is back", markup=False)
        self._fill()
        self.table.move_cursor(row=next(i for i, v in enumerate(self.views) if v.name == view.name))
