"""Filling a small DataTable so that its first frame is already its final one.

Textual's DataTable measures rows just added only at its next idle: column widths, and the virtual
height an auto-height table takes.  A frame drawn before that idle (a snapshot's, at times) cut
cells to their header's width, and the scroll container around an auto-height table kept the
height it had before the rows came.  Here every column gets the width of its widest cell, and an
auto-height table the height of its rows.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len
from rich.text import Text
from textual.widgets import DataTable

Cell = str | Text


def fill_grid(
    grid: DataTable[Cell],
    columns: Sequence[tuple[str, str]],
    rows: Sequence[tuple[str, Sequence[Cell]]],
    *,
    fit_height: bool = False,
) -> None:
    """Replace *grid*'s content: *columns* as (header, key), *rows* as (key, cells).  *fit_height*:
    the table is as tall as its header and rows (a CSS max-height still caps it)."""
    grid.clear(columns=True)
    for at, (header, key) in enumerate(columns):
        width = max([cell_len(header), *(cell_len(str(cells[at])) for _, cells in rows)])
        grid.add_column(header, key=key, width=width)
    for key, cells in rows:
        grid.add_row(*cells, key=key)
    if fit_height:
        grid.styles.height = len(rows) + (1 if grid.show_header else 0)
