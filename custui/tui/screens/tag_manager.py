"""`4`: every tag with its category, colour and customer count — rename, merge, recategorise, recolour, delete.

``r`` renames (onto an existing name: offers to merge the two), ``m`` merges
the marked tags (``space``) into the highlighted one, ``c`` changes the
category, ``C`` the colour, ``d`` deletes (asks), ``n`` creates a tag, ``u``
undoes the last of these, ``enter`` shows the customers with the tag.
Counts are re-read after every change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.widgets import Static

from custui.core import tags as tag_rules
from custui.core.query import Condition
from custui.core.text import counted, display_safe
from custui.store import tags
from custui.store.db import StoreError
from custui.tui.actions import bindings
from custui.tui.screens.base import AppScreen
from custui.tui.screens.choice import ChoiceScreen
from custui.tui.screens.confirm import ConfirmScreen
from custui.tui.screens.prompt import PromptScreen
from custui.tui.widgets.chips import chip_style
from custui.tui.widgets.footer import KeyFooter
from custui.tui.widgets.lazy_table import Column, LazyTable, with_header

if TYPE_CHECKING:
    from custui.core.tags import TagInfo

TAG_COLUMNS = (
    Column("category", "Category", width=10),
    Column("label", "Tag", width=12, flex=3, chips="chip"),
    Column("color", "Colour", width=8),
    Column("customers", "Customers", width=9, align="right", format=lambda n: f"{n:,}"),
)
COLOR_KEYS = {"0": "", **{str(n): c for n, c in enumerate(tag_rules.COLORS, 1)}}


_REFUSED = object()  # what _attempt returns when the store said no


class TagManagerScreen(AppScreen[None]):
    """All tags and what can be done to them (each change undoable with u)."""

    HELP_SECTION = "Tags ("

    BINDING_GROUP_TITLE = "Tags"
    BINDINGS = bindings("tags")

    def __init__(self) -> None:
        super().__init__()
        self._tags: dict[int, TagInfo] = {}
        self._undo: list[tuple[str, Callable[[], None]]] = []

    def compose(self) -> ComposeResult:
        yield self.title_bar("Tags")
        table = LazyTable(TAG_COLUMNS, self._fetch, sortable=False, markable=True, id="tags")
        yield from with_header(table)
        yield Static("space marks tags to merge into the highlighted one (m) · enter shows its customers",
                     id="tags-help", markup=False)  # fmt: skip
        yield KeyFooter()

    @property
    def table(self) -> LazyTable:
        return self.query_one("#tags", LazyTable)

    def on_mount(self) -> None:
        self.table.focus()
        self.reload()

    def file_changed(self) -> None:
        self.reload()

    def reload(self, keep_cursor_on: int | None = None) -> None:
        listed = tags.all_tags(self.custui.store)
        self._tags = {t.id: t for t in listed}
        table = self.table
        table.tag_colors = {t.label: t.color for t in listed if t.color}
        table.marked &= set(self._tags)
        table.set_rows(
            [t.id for t in listed], keep_cursor_on=keep_cursor_on or table.current_row_id()
        )
        used = sum(1 for t in listed if t.customers)
        self.query_one("#count", Static).update(f"{counted(len(listed), 'tag')} · {used:,} in use")

    def _fetch(self, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
        rows = {}
        for tag_id in ids:
            tag = self._tags.get(tag_id)
            if tag is not None:
                rows[tag_id] = {"category": tag.category, "chip": (tag.label,), "color": tag.color or "",
                                "customers": tag.customers}  # fmt: skip
        return rows

    def _current(self) -> TagInfo | None:
        row_id = self.table.current_row_id()
        return self._tags.get(row_id) if row_id is not None else None

    def _writable_current(self) -> TagInfo | None:
        tag = self._current()
        if tag is None or not self.custui.check_writable():
            return None
        return tag

    def _attempt(self, change: Callable[[], Any], renamed: TagInfo | None = None) -> Any:
        """What *change* returns, or _REFUSED after saying why the store refused it (the tag went in
        another window…); a name another tag has offers to merge *renamed* into that tag."""
        try:
            return change()
        except tags.TagExists as exc:
            if renamed is not None:
                self._offer_merge(
                    [renamed.id], exc.existing_id, f"{exc} Merge {renamed.label} into it?"
                )
                return _REFUSED
            self.notify(str(exc), severity="error", markup=False)
        except StoreError as exc:
            self.notify(str(exc), severity="error", markup=False)
        return _REFUSED

    def _done(
        self, message: str, undo: Callable[[], None], keep_cursor_on: int | None = None
    ) -> None:
        self._undo.append((message, undo))
        self.notify(display_safe(f"{message}. u undoes."), markup=False)
        self.reload(keep_cursor_on)
        self.custui.customers_changed()

    # -- actions ------------------------------------------------------------------

    def action_tag_rename(self) -> None:
        tag = self._writable_current()
        if tag is None:
            return

        def named(new_name: str | None) -> None:
            if not new_name or new_name == tag.name:
                return
            if (
                self._attempt(lambda: tags.rename_tag(self.custui.store, tag.id, new_name), tag)
                is _REFUSED
            ):
                return
            self._done(
                f"Renamed {tag.label} to {new_name}",
                lambda: tags.rename_tag(self.custui.store, tag.id, tag.name),
            )

        self.app.push_screen(
            PromptScreen(f"Rename {display_safe(tag.label)} to:", value=tag.name), named
        )

    def action_tag_merge(self) -> None:
        target = self._writable_current()
        if target is None:
            return
        sources = [i for i in self.table.marked if i != target.id and i in self._tags]
        if not sources:
            self.notify(
                "Mark the tags to merge with space, then put the cursor on the one to keep and press m."
            )
            return
        names = ", ".join(self._tags[i].label for i in sources)
        self._offer_merge(
            sources,
            target.id,
            f"Merge {names} into {target.label}? Their customers get {target.name}.",
        )

    def _offer_merge(self, sources: list[int], target_id: int, question: str) -> None:
        def confirmed(yes: bool | None) -> None:
            if not yes:
                return
            merge = self._attempt(lambda: tags.merge_tags(self.custui.store, sources, target_id))
            if merge is _REFUSED:
                return
            self.table.set_marked(set())
            target = tags.get_tag(self.custui.store, target_id)
            self._done(f"Merged {len(merge.absorbed)} tag(s) into {target.label}",
                       lambda: tags.undo_merge(self.custui.store, merge), target_id)  # fmt: skip

        self.app.push_screen(ConfirmScreen(display_safe(question), yes="Merge"), confirmed)

    def action_tag_category(self) -> None:
        tag = self._writable_current()
        if tag is None:
            return

        def chosen(category: str | None) -> None:
            if not category or category == tag.category:
                return
            if (
                self._attempt(lambda: tags.set_category(self.custui.store, tag.id, category), tag)
                is _REFUSED
            ):
                return
            self._done(
                f"{tag.name} is now {category}",
                lambda: tags.set_category(self.custui.store, tag.id, tag.category),
            )

        labels = {
            k: f"{c} {tag_rules.CATEGORY_NAMES_ZH[c]}" for k, c in tag_rules.CATEGORY_KEYS.items()
        }
        self.app.push_screen(
            ChoiceScreen(f"Category of {tag.name}", tag_rules.CATEGORY_KEYS, labels), chosen
        )

    def action_tag_color(self) -> None:
        tag = self._writable_current()
        if tag is None:
            return

        def chosen(color: str | None) -> None:
            if (
                color is None
                or self._attempt(lambda: tags.set_color(self.custui.store, tag.id, color or None))
                is _REFUSED
            ):
                return
            self._done(
                f"Colour of {tag.name} changed",
                lambda: tags.set_color(self.custui.store, tag.id, tag.color),
            )

        theme = self.app.theme_variables
        labels: dict[str, Text | str] = {
            "0": Text(f"{tag.category}'s colour", chip_style(theme, tag.category))
        }
        labels |= {
            k: Text(c, chip_style(theme, tag.category, c)) for k, c in COLOR_KEYS.items() if c
        }
        self.app.push_screen(ChoiceScreen(f"Colour of {tag.name}", COLOR_KEYS, labels), chosen)

    def action_tag_delete(self) -> None:
        tag = self._writable_current()
        if tag is None:
            return

        def confirmed(yes: bool | None) -> None:
            if not yes:
                return
            removed = self._attempt(lambda: tags.delete_tag(self.custui.store, tag.id))
            if removed is _REFUSED:
                return
            self._done(f"Deleted {tag.label} from {counted(len(removed.customer_ids), 'customer')}",
                       lambda: tags.restore_tag(self.custui.store, removed))  # fmt: skip

        question = f"Delete {tag.label}? It comes off {counted(tag.customers, 'customer')} (u brings it back)."
        self.app.push_screen(ConfirmScreen(display_safe(question), yes="Delete"), confirmed)

    def action_tag_new(self) -> None:
        if not self.custui.check_writable():
            return

        def named(text: str | None) -> None:
            if not text:
                return
            try:
                category, name = tag_rules.split_input(text)
                tag_id = tags.create_tag(self.custui.store, name, category or "custom")
            except (StoreError, ValueError) as exc:
                self.notify(str(exc), severity="error", markup=False)
                return
            self.reload(tag_id)

        self.app.push_screen(
            PromptScreen("New tag (category/name, e.g. risk/付款慢; no category: custom):"), named
        )

    def action_tag_undo(self) -> None:
        if not self._undo:
            self.notify("Nothing to undo.")
            return
        if not self.custui.check_writable():
            return
        message, undo = self._undo.pop()
        try:
            undo()
        except StoreError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        self.notify(display_safe(f"Undone: {message}."), markup=False)
        self.reload()
        self.custui.customers_changed()

    @on(LazyTable.RowOpened)
    def _show_customers(self) -> None:
        tag = self._current()
        if tag is None:
            return
        self.custui.show_customers(
            f"customers tagged {tag.label}", str(Condition("tag", "in", (tag.label,)))
        )

    def action_back(self) -> None:
        self.app.pop_screen()
