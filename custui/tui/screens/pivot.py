"""`p` on the dashboard: customers cross-classified by two dimensions, with totals.

The row and column dimensions and the measure are picked by single keys
(``tab`` between the three pickers, ``enter``/``↓`` into the table); ``enter``
on a cell — or a total — opens the customer list filtered to exactly those
customers (core.dashboard.cell_filter).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Grid
from textual.widgets import DataTable, Label, Static

from custui.core import dashboard as numbers
from custui.core.text import display_safe
from custui.core.validate import format_money
from custui.tui.actions import bindings
from custui.tui.screens.base import AppScreen
from custui.tui.widgets.footer import KeyFooter
from custui.tui.widgets.grid import Cell, fill_grid
from custui.tui.widgets.key_choice import KeyChoice

if TYPE_CHECKING:
    from custui.store.book import Book

DIMENSION_KEYS = {
    "i": "industry",
    "s": "size",
    "r": "region",
    "t": "tier",
    "g": "segment",
    "c": "tag_category",
}
#: a dimension in the pickers in words, where its name in code is not ("tag_category")
DIMENSION_WORDS = {"tag_category": "tag category"}
MEASURE_KEYS = {"n": "count", "m": "revenue"}
TOTAL = "Total"


class PivotScreen(AppScreen[None]):
    """A table of counts (or revenue) at the intersections of two dimensions."""

    HELP_SECTION = "Cross-classification"

    DEFAULT_CSS = """
    PivotScreen Grid#pivot-pickers { grid-size: 2; grid-columns: 10 1fr; grid-rows: auto; height: auto; margin: 0 1; }
    PivotScreen DataTable { height: 1fr; margin: 1 1 0 1; }
    PivotScreen #pivot-note { color: $text-muted; margin: 0 1; height: auto; }
    """
    BINDING_GROUP_TITLE = "Pivot"
    BINDINGS = bindings("pivot")

    def __init__(
        self, book: Book, row_dim: str = "industry", col_dim: str = "tier", measure: str = "count"
    ) -> None:
        super().__init__()
        self.book: Book | None = book
        self.customers = len(book)
        self.row_dim, self.col_dim, self.measure = row_dim, col_dim, measure
        self.table: numbers.Pivot | None = None

    def compose(self) -> ComposeResult:
        yield self.title_bar("Cross-classification", f"{self.customers:,} customers")
        with Grid(id="pivot-pickers"):
            yield Label("Rows")
            yield KeyChoice(
                DIMENSION_KEYS, value=self.row_dim, id="pivot-rows", labels=DIMENSION_WORDS
            )
            yield Label("Columns")
            yield KeyChoice(
                DIMENSION_KEYS, value=self.col_dim, id="pivot-columns", labels=DIMENSION_WORDS
            )
            yield Label("Measure")
            yield KeyChoice(MEASURE_KEYS, value=self.measure, id="pivot-measure")
        yield DataTable(id="pivot-table", cursor_type="cell", zebra_stripes=True)
        yield Static("enter on a cell or total: the list of those customers · tab: the pickers (keys in them)",
                     id="pivot-note", markup=False)  # fmt: skip
        yield KeyFooter()

    def on_mount(self) -> None:
        for picker in ("#pivot-rows", "#pivot-columns", "#pivot-measure"):
            self.watch(
                self.query_one(picker, KeyChoice), "value", lambda _: self._picked(), init=False
            )
        self.query_one(DataTable).focus()
        self.recompute()

    def _picked(self) -> None:
        rows = self.query_one("#pivot-rows", KeyChoice).value
        columns = self.query_one("#pivot-columns", KeyChoice).value
        if rows == columns:  # the same twice says nothing: swap the other one out
            columns = self.row_dim if rows != self.row_dim else self.col_dim
            self.query_one("#pivot-columns", KeyChoice).value = columns
        self.row_dim, self.col_dim = rows, columns
        self.measure = self.query_one("#pivot-measure", KeyChoice).value
        self.recompute()

    def recompute(self) -> None:
        self._compute(self.row_dim, self.col_dim, self.measure)

    @work(thread=True, exclusive=True, group="pivot")
    def _compute(self, row_dim: str, col_dim: str, measure: str) -> None:
        book = self.book
        if book is None:  # forgotten: the book locked, or the screen closed
            return
        table = numbers.pivot(book.frame, row_dim, col_dim, measure)
        self.app.call_from_thread(self._show, table)

    def _cell(self, value: int) -> Text:
        shown = (
            format_money(value) if self.table and self.table.measure == "revenue" else f"{value:,}"
        )
        return Text(shown, justify="right", style="" if value else "dim")

    def _show(self, table: numbers.Pivot) -> None:
        self.table = table
        row_label = numbers.DIMENSIONS[table.row_dim][0]
        headers = [f"{row_label} \\ {numbers.DIMENSIONS[table.col_dim][0]}"]
        headers += [display_safe(table.name(column)) for column in table.columns] + [TOTAL]
        keys = ["label", *(f"c:{column}" for column in table.columns), "total"]
        rows: list[tuple[str, list[Cell]]] = [
            (
                f"r:{row}",
                [
                    display_safe(table.name(row)),
                    *(self._cell(table.value(row, c)) for c in table.columns),
                    self._cell(table.row_totals.get(row, 0)),
                ],
            )
            for row in table.rows
        ]
        totals = [self._cell(table.column_totals.get(c, 0)) for c in table.columns]
        rows.append(("total", [Text(TOTAL, style="bold"), *totals, self._cell(table.total)]))
        fill_grid(self.query_one(DataTable), list(zip(headers, keys)), rows)
        measure = numbers.MEASURES[table.measure]
        if table.measure == "revenue":
            from custui.store.settings import base_currency

            measure = f"{measure}, {base_currency(self.custui.store)}"
        self.query_one("#count", Static).update(f"{measure} · {self.customers:,} customers")

    @on(DataTable.CellSelected)
    def _open_cell(self, event: DataTable.CellSelected) -> None:
        if self.table is None or self.book is None:
            return
        row_key, column_key = (
            str(event.cell_key.row_key.value),
            str(event.cell_key.column_key.value),
        )
        row = row_key[2:] if row_key.startswith("r:") else None
        column = column_key[2:] if column_key.startswith("c:") else None
        expr = numbers.cell_filter(self.table, row, column)
        if expr is None:
            self.notify(
                "Blank values cannot be filtered on; pick another cell.", severity="warning"
            )
            return
        book, dims = self.book, (self.row_dim, self.col_dim, self.measure)

        def back_to_the_pivot() -> None:  # esc on the drilled list: the same pivot again
            self.custui.action_section_show("dashboard")
            self.app.push_screen(PivotScreen(book, *dims))

        self.custui.show_customers(f"pivot cell {expr or 'all'}", expr, back=back_to_the_pivot)

    def forget(self) -> None:
        super().forget()
        self.book = self.table = None  # every customer, and the counts made from them

    def action_back(self) -> None:
        self.app.pop_screen()
