"""Home screen: every active customer, searchable as you type, opened with enter."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Footer, Input, Static

from custui.core.text import display_safe
from custui.store import repo
from custui.tui.screens.confirm import ConfirmScreen
from custui.tui.widgets.lazy_table import Column, LazyTable, TableHeader

if TYPE_CHECKING:
    from custui.tui.app import CustuiApp


def _region(row: dict[str, Any]) -> str:
    parts = [row.get("region"), row.get("city")]
    return " ".join(dict.fromkeys(p for p in parts if p))


LIST_COLUMNS = (
    Column("code", "Code", width=7),
    Column("name", "Name 客户", flex=3),
    Column("industry", "Industry", width=12, drop=3),
    Column("region", "Region", width=14, drop=5),
    Column("contact_name", "Contact", width=12, drop=2),
    Column("phone", "Phone", width=16, drop=1),
    Column("email", "E-mail", flex=2, drop=6),
    Column("tags", "Tags", flex=2, drop=4),
)


class CustomerListScreen(Screen[None]):
    """The customer list: search, sort, open, add, delete (undoable)."""

    BINDING_GROUP_TITLE = "Customers"
    BINDINGS = [
        # priority: handled as the key arrives, so keys typed right after "/" reach the search box
        Binding("slash", "search_focus", "Search", id="search-focus", tooltip="Search customers", priority=True),
        Binding("n", "customer_new", "New", id="customer-new", tooltip="New customer"),
        Binding("e", "customer_edit", "Edit", id="customer-edit", tooltip="Edit the highlighted customer"),
        Binding("d,delete", "customer_delete", "Delete", id="customer-delete",
                tooltip="Delete the highlighted customer (asks; u undoes)"),
        Binding("u", "delete_undo", "Undo delete", id="delete-undo", tooltip="Undo the last delete"),
        Binding("escape", "search_clear", "Clear search", id="search-clear", show=False,
                tooltip="Clear the search"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.query_state = repo.ListQuery()
        self._deleted: list[tuple[int, str]] = []
        self._generation = 0

    @property
    def custui(self) -> CustuiApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        store = self.custui.store
        with Horizontal(id="title-bar"):
            yield Static(display_safe(f"custui · {store.path.name}"), id="title", markup=False)
            yield Static("", id="count", markup=False)
        if store.read_only:
            yield Static(
                "READ-ONLY: this file cannot be written here; you can browse and search but not save.",
                id="read-only-banner",
                markup=False,
            )
        yield Input(
            placeholder="/ search name, contact, phone, e-mail, notes, tags — 科技 · 科技集團 · keji · kj",
            id="search",
            compact=True,
        )
        table = LazyTable(LIST_COLUMNS, self._fetch_rows, id="customers")
        table.header = TableHeader(table, id="customers-header")
        yield table.header
        yield table
        yield Static("", id="preview", markup=False)
        yield Footer()

    @property
    def table(self) -> LazyTable:
        return self.query_one("#customers", LazyTable)

    def on_mount(self) -> None:
        self.table.show_sort(self.query_state.sort, self.query_state.descending)
        self.table.focus()
        self.reload()

    def _fetch_rows(self, ids: list[int]) -> dict[int, dict[str, Any]]:
        rows = repo.list_rows(self.custui.store, ids)
        for row in rows.values():
            row["region"] = _region(row)
        return rows

    # -- loading ----------------------------------------------------------------

    def reload(self, *, keep_cursor_on: int | None = None) -> None:
        """Re-run the list query in a worker; the table updates when it returns."""
        self._generation += 1
        self._load_ids(self._generation, self.query_state, keep_cursor_on)

    @work(thread=True, exclusive=True, group="list-query")
    def _load_ids(self, generation: int, query: repo.ListQuery, keep_cursor_on: int | None) -> None:
        store = self.custui.store
        ids = repo.list_ids(store, query)
        total = repo.count_active(store)
        self.app.call_from_thread(self._show_ids, generation, ids, total, keep_cursor_on)

    def _show_ids(self, generation: int, ids: list[int], total: int, keep_cursor_on: int | None) -> None:
        if generation != self._generation:
            return
        self.table.set_rows(ids, keep_cursor_on=keep_cursor_on)
        count = self.query_one("#count", Static)
        if self.query_state.search.strip():
            count.update(f"{len(ids):,} of {total:,} match")
        else:
            count.update(f"{total:,} customers")

    # -- events -----------------------------------------------------------------

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        self.query_state = repo.ListQuery(event.value, self.query_state.sort, self.query_state.descending)
        self.reload()

    @on(Input.Submitted, "#search")
    def _search_submitted(self) -> None:
        self.set_focus(self.table)

    @on(LazyTable.SortRequested)
    def _sort(self, event: LazyTable.SortRequested) -> None:
        if event.key not in repo.SORT_EXPRESSIONS:
            self.notify(f"Cannot sort by {event.key} yet.", severity="warning")
            return
        self.query_state = repo.ListQuery(self.query_state.search, event.key, event.descending)
        self.table.show_sort(event.key, event.descending)
        self.reload(keep_cursor_on=self.table.current_row_id())

    @on(LazyTable.RowOpened)
    def _open(self, event: LazyTable.RowOpened) -> None:
        self.custui.open_customer(event.row_id, on_saved=self._after_save)

    @on(LazyTable.RowHighlighted)
    def _preview(self, event: LazyTable.RowHighlighted) -> None:
        preview = self.query_one("#preview", Static)
        if event.row_id is None:
            preview.update("No customers match." if self.query_state.search else "No customers yet: press n.")
            return
        self._load_preview(event.row_id)

    @work(thread=True, exclusive=True, group="preview")
    def _load_preview(self, customer_id: int) -> None:
        try:
            customer = repo.get_customer(self.custui.store, customer_id)
        except repo.NotFound:
            return
        tags = " ".join(f"#{t['name']}" for t in customer["tags"])
        lines = [
            " · ".join(
                display_safe(v)
                for v in (customer["name"], customer.get("contact_name"), customer.get("contact_title"),
                          customer.get("phone"), customer.get("email"))
                if v
            ),
            display_safe(customer.get("notes") or "")[:300],
            display_safe(tags),
        ]
        self.app.call_from_thread(self.query_one("#preview", Static).update, "\n".join(lines))

    # -- actions ----------------------------------------------------------------

    def action_search_focus(self) -> None:
        self.set_focus(self.query_one("#search", Input))

    def action_search_clear(self) -> None:
        search = self.query_one("#search", Input)
        if search.value:
            search.value = ""
        self.set_focus(self.table)

    def action_customer_new(self) -> None:
        self.custui.open_customer(None, on_saved=self._after_save)

    def action_customer_edit(self) -> None:
        row_id = self.table.current_row_id()
        if row_id is not None:
            self.custui.open_customer(row_id, on_saved=self._after_save)

    def _after_save(self, customer_id: int | None) -> None:
        """Back from the form: show the saved customer; a delete made there is undoable here."""
        if customer_id is not None:
            customer = repo.get_customer(self.custui.store, customer_id)
            if customer["deleted_at"]:
                self._deleted.append((customer_id, customer["name"]))
        self.reload(keep_cursor_on=customer_id or self.table.current_row_id())

    def action_customer_delete(self) -> None:
        row_id = self.table.current_row_id()
        if row_id is None or not self.custui.check_writable():
            return
        name = repo.get_customer(self.custui.store, row_id)["name"]

        def confirmed(yes: bool | None) -> None:
            if not yes:
                return
            repo.delete_customer(self.custui.store, row_id)
            self._deleted.append((row_id, name))
            self.notify(f"Deleted {display_safe(name)}. Press u to undo.", markup=False)
            self.reload()

        self.app.push_screen(
            ConfirmScreen(f"Delete {display_safe(name)}? Its interactions and orders are kept and u brings it back."),
            confirmed,
        )

    def action_delete_undo(self) -> None:
        if not self._deleted:
            self.notify("Nothing to undo.")
            return
        row_id, name = self._deleted.pop()
        repo.restore_customer(self.custui.store, row_id)
        self.notify(f"Restored {display_safe(name)}.", markup=False)
        self.reload(keep_cursor_on=row_id)
