"""A table that draws only the rows on screen and fetches them page by page.

The table holds the ordered row ids (a plain list: 100k ints is under 1 MB)
and a ``fetch(ids) -> {id: row}`` callable.  Rows are read in pages from a
thread worker and kept in a small LRU cache, so a million-row list costs the
same to show as a ten-row one.  Cells render as plain segments: no markup is
ever interpreted, and control characters are made inert.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widget import Widget

from custui.core.text import display_safe
from custui.tui.actions import bindings
from custui.tui.widgets.chips import chip_style

PAGE_SIZE = 100
CACHE_PAGES = 20

Row = Mapping[str, Any]
Fetch = Callable[[Sequence[int]], Mapping[int, Row]]


def day_cell(value: Any) -> str:
    """The day of an ISO date or timestamp ("" for None / NaN): a date column's format."""
    if value is None or value != value:
        return ""
    return str(value)[:10]


@dataclass(frozen=True)
class Column:
    """A table column: *width* cells, or a share of the leftover width when *flex* (never under *width*).

    When the terminal is too narrow, columns with the highest *drop* rank are
    hidden first; ``drop=0`` columns always stay.
    """

    key: str
    label: str
    width: int = 10
    flex: int = 0
    align: str = "left"
    format: Callable[[Any], str] | None = None
    drop: int = 0
    #: a row field naming the cell's look: value "overdue" → component class "lazy-table--overdue"
    style_key: str | None = None
    #: a row field holding "category/name" tags: drawn as chips coloured by category (or the tag's colour)
    chips: str | None = None

    @property
    def min_width(self) -> int:
        return self.width

    def text(self, row: Row) -> str:
        value = row.get(self.key)
        if self.format is not None:
            return self.format(value)
        return "" if value is None else str(value)


def layout(columns: Sequence[Column], total: int) -> list[tuple[Column, int]]:
    """The columns that fit in *total* cells, with their widths (one space between)."""
    shown = list(columns)
    while len(shown) > 1 and sum(c.min_width + 1 for c in shown) > total:
        candidates = [c for c in shown if c.drop]
        if not candidates:
            break
        shown.remove(max(candidates, key=lambda c: c.drop))
    fixed = sum(c.width + 1 for c in shown if not c.flex)
    spare = max(total - fixed - sum(1 for c in shown if c.flex), 0)
    flex_widths = _shared(spare, [c for c in shown if c.flex])
    widths = [flex_widths[id(c)] if c.flex else c.width for c in shown]
    return list(zip(shown, _squeezed(shown, widths, total), strict=True))


#: Cells a flex column keeps when the columns that stay do not fit even at their own widths.
SQUEEZED_WIDTH = 6


def _squeezed(shown: list[Column], widths: list[int], total: int) -> list[int]:
    """*widths* narrowed to *total* cells where the columns that cannot be dropped are too wide: the
    widest flex columns give up cells first, down to ``SQUEEZED_WIDTH`` (at 60 columns the
    follow-ups' four kept columns overflowed by four cells, and Next action was cut unmarked)."""
    over = sum(w + 1 for w in widths) - total
    widths = list(widths)
    while over > 0:
        narrowable = [i for i, c in enumerate(shown) if c.flex and widths[i] > SQUEEZED_WIDTH]
        if not narrowable:
            break
        widest = max(narrowable, key=lambda i: widths[i])
        widths[widest] -= 1
        over -= 1
    return widths


def _shared(spare: int, columns: list[Column]) -> dict[int, int]:
    """*spare* cells shared among flex *columns* by their flex, none under its own width: a column
    whose share would be narrower gets its width, and the others share what is left (a share taken
    as is overflowed the table: at 80 columns the timeline's Due dates lost their last digit)."""
    widths: dict[int, int] = {}
    sharing = list(columns)
    while sharing:
        flex = sum(c.flex for c in sharing)
        narrow = [c for c in sharing if spare * c.flex // flex < c.min_width]
        if not narrow:
            widths.update((id(c), spare * c.flex // flex) for c in sharing)
            break
        for c in narrow:
            widths[id(c)] = c.min_width
            spare -= c.min_width
            sharing.remove(c)
    return widths


def fit(text: str, width: int, align: str = "left") -> str:
    """Exactly *width* cells of *text*, CJK-aware, with an ellipsis when cut."""
    text = display_safe(text)
    if cell_len(text) > width:
        return set_cell_size(text, max(width - 1, 0)) + "…" if width else ""
    pad = width - cell_len(text)
    return " " * pad + text if align == "right" else text + " " * pad


def chip_segments(
    labels: Sequence[str], width: int, base: Style, style_of: Callable[[str], Style]
) -> list[Segment]:
    """Tags as coloured names separated by spaces, exactly *width* cells; the one that overflows is cut with "…"."""
    segments: list[Segment] = []
    used = 0
    for n, label in enumerate(labels):
        gap = 1 if n else 0
        room = width - used - gap
        if room <= 0:
            break
        name = display_safe(label.split("/", 1)[-1])
        if cell_len(name) > room:
            name = set_cell_size(name, room - 1) + "…"
        if gap:
            segments.append(Segment(" ", base))
        segments.append(Segment(name, base + style_of(label)))
        used += gap + cell_len(name)
    if used < width:
        segments.append(Segment(" " * (width - used), base))
    return segments


class TableHeader(Widget):
    """The column titles, with the sort arrow and the column cursor."""

    DEFAULT_CSS = """
    TableHeader { height: 1; background: $panel; color: $text; text-style: bold; }
    """

    def __init__(self, table: LazyTable, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.table = table

    def render_line(self, y: int) -> Strip:
        table = self.table
        base = self.rich_style
        current = base + Style(reverse=True)
        segments: list[Segment] = (
            [Segment(" " * table.mark_cells, base)] if table.mark_cells else []
        )
        for index, (column, width) in enumerate(table.visible_columns):
            arrow = ""
            if column.key == table.sort_key:
                arrow = " ▼" if table.sort_descending else " ▲"
            label = fit(column.label + arrow, width, column.align)
            if arrow and cell_len(column.label + arrow) > width:  # cut the title, never the arrow
                label = (
                    fit(column.label, width - len(arrow)) + arrow
                    if width > len(arrow)
                    else fit(arrow.strip(), width)
                )
            style = current if index == table.cursor_column and table.has_focus else base
            segments.append(Segment(label, style + Style(meta={"column": index})))
            segments.append(Segment(" ", base))
        return Strip(segments).adjust_cell_length(self.size.width, base)

    def on_click(self, event: events.Click) -> None:
        column = event.style.meta.get("column")
        if column is not None:
            self.table.cursor_column = column
            self.table.action_sort_column()


def with_header(table: LazyTable) -> tuple[TableHeader, LazyTable]:
    """The table and its column titles above it (``#<table id>-header``), to yield in a compose."""
    table.header = TableHeader(table, id=f"{table.id}-header")
    return table.header, table


class LazyTable(ScrollView, can_focus=True):
    """Virtual table over an ordered id list; rows come from ``fetch`` in pages."""

    DEFAULT_CSS = """
    LazyTable { height: 1fr; }
    LazyTable > .lazy-table--cursor { background: $accent 40%; }
    LazyTable:focus > .lazy-table--cursor { background: $accent; color: $text; text-style: bold; }
    LazyTable > .lazy-table--odd { background: $surface-lighten-1 20%; }
    LazyTable > .lazy-table--loading { color: $text-muted; }
    LazyTable > .lazy-table--marked { background: $warning 25%; text-style: bold; }
    """
    COMPONENT_CLASSES = {
        "lazy-table--cursor",
        "lazy-table--odd",
        "lazy-table--loading",
        "lazy-table--marked",
    }

    BINDINGS = bindings("table")

    cursor_row: reactive[int] = reactive(0)
    cursor_column: reactive[int] = reactive(0)

    class RowOpened(Message):
        """Enter (or a double click) on a row."""

        def __init__(self, table: LazyTable, row_id: int) -> None:
            super().__init__()
            self.table = table
            self.row_id = row_id

    class RowHighlighted(Message):
        def __init__(self, table: LazyTable, row_id: int | None) -> None:
            super().__init__()
            self.table = table
            self.row_id = row_id

    class PageLoaded(Message):
        """A page of rows arrived from ``fetch`` and will be drawn on the next refresh.

        Lets the app (and tests or benchmarks) know when real rows, not
        placeholders, are on screen; see ``CUSTUI_EXIT_AFTER_FIRST_PAINT``.
        """

        def __init__(self, table: LazyTable, page: int) -> None:
            super().__init__()
            self.table = table
            self.page = page

    class SortRequested(Message):
        """The user asked to sort by a column (again on the same column: reverse)."""

        def __init__(self, table: LazyTable, key: str, descending: bool) -> None:
            super().__init__()
            self.table = table
            self.key = key
            self.descending = descending

    def __init__(
        self,
        columns: Sequence[Column],
        fetch: Fetch,
        *,
        sortable: bool = True,
        openable: bool = True,
        markable: bool = False,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        #: without these, `s` / `enter` / `space` do nothing and leave the footer
        self.sortable, self.openable, self.markable = sortable, openable, markable
        #: ids marked with `space` (kept across re-lists; the screen decides when to clear)
        self.marked: set[int] = set()
        #: "category/name" → a colour of the tag's own (chips columns); else its category's colour
        self.tag_colors: Mapping[str, str] = {}
        self.columns = list(columns)
        self._fetch = fetch
        self._ids: Sequence[int] = ()
        self._pages: OrderedDict[int, dict[int, Row]] = OrderedDict()
        #: the rows shown before the last set_rows, drawn until their page is read again (no "…" flash
        #: when the same customers come back re-scored or re-sorted)
        self._shown_before: dict[int, Row] = {}
        self._listed = False  # set_rows was called: the rows (maybe none) are known
        self._pending: set[int] = set()
        self._generation = 0
        self.sort_key: str | None = None
        self.sort_descending = False
        self.header: TableHeader | None = None
        self._layout: list[tuple[Column, int]] = []
        self._layout_width = -1

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if (action == "sort_column" and not self.sortable) or (
            action == "open_row" and not self.openable
        ):
            return False
        return not (action == "toggle_mark" and not self.markable)

    # -- data -------------------------------------------------------------------

    @property
    def row_count(self) -> int:
        return len(self._ids)

    @property
    def row_ids(self) -> Sequence[int]:
        return self._ids

    def set_rows(self, ids: Sequence[int], *, keep_cursor_on: int | None = None) -> None:
        """Show *ids* in this order; cached rows are read again (they may have changed), and drawn as
        they were until they are."""
        for page in self._pages.values():
            self._shown_before.update(page)
        self._ids = ids
        self._listed = True
        self._drop_cached_rows()
        self.virtual_size = Size(self.size.width, len(ids))
        target = 0
        if keep_cursor_on is not None:
            try:
                target = list(ids).index(keep_cursor_on)
            except ValueError:
                target = min(self.cursor_row, max(len(ids) - 1, 0))
        self.cursor_row = min(target, max(len(ids) - 1, 0))
        self._scroll_cursor_into_view(center=keep_cursor_on is not None)
        self.refresh()
        self._announce_cursor()

    def forget(self) -> None:
        """Drop every row, loaded or listed, and the marks (the book is locking)."""
        self._ids = ()
        self.marked = set()
        self._shown_before = {}
        self._drop_cached_rows()

    def _drop_cached_rows(self) -> None:
        """Forget loaded pages; pages still loading for the old rows are ignored on arrival."""
        self._generation += 1
        self._pages.clear()
        self._pending.clear()

    def set_marked(self, ids: set[int]) -> None:
        self.marked = set(ids)
        self.refresh()

    def action_toggle_mark(self) -> None:
        """Mark (or unmark) the highlighted row and step down, as file managers do."""
        row_id = self.current_row_id()
        if row_id is None:
            return
        self.marked.symmetric_difference_update({row_id})
        self.move_cursor(self.cursor_row + 1)
        self.refresh()

    def current_row_id(self) -> int | None:
        if 0 <= self.cursor_row < len(self._ids):
            return self._ids[self.cursor_row]
        return None

    def row_for(self, index: int) -> Row | None:
        page = self._pages.get(index // PAGE_SIZE)
        if page is None:
            self._request_page(index // PAGE_SIZE)
            return None
        self._pages.move_to_end(index // PAGE_SIZE)
        return page.get(self._ids[index])

    def _row_to_draw(self, index: int) -> Row | None:
        """The row at *index* as read, else as it was drawn before the rows were set again."""
        row = self.row_for(index)
        return row if row is not None else self._shown_before.get(self._ids[index])

    def page_ids(self, page: int) -> list[int]:
        """The ids of the rows on *page* (PAGE_SIZE rows each)."""
        return list(self._ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE])

    def show_page(self, page: int, rows: Mapping[int, Row]) -> None:
        """*page*'s rows, read by the caller (the first page, before the first frame): as if loaded."""
        self._page_loaded(self._generation, page, dict(rows))

    def _request_page(self, page: int) -> None:
        if page in self._pending:
            return
        self._pending.add(page)
        generation = self._generation
        ids = self.page_ids(page)
        self.run_worker(
            lambda: self._load_page(generation, page, ids),
            thread=True,
            group="table-pages",
            exit_on_error=False,
        )

    def _load_page(self, generation: int, page: int, ids: list[int]) -> None:
        rows = dict(self._fetch(ids))
        self.app.call_from_thread(self._page_loaded, generation, page, rows)

    def _page_loaded(self, generation: int, page: int, rows: dict[int, Row]) -> None:
        if generation != self._generation:
            return
        self._pending.discard(page)
        self._pages[page] = rows
        if not self._pending:
            self._shown_before = {}
        while len(self._pages) > CACHE_PAGES:
            self._pages.popitem(last=False)
        self.refresh()
        self.post_message(self.PageLoaded(self, page))

    # -- drawing ----------------------------------------------------------------

    @property
    def mark_cells(self) -> int:
        """Cells before the first column: a mark and a space in a markable table."""
        return 2 if self.markable else 0

    def _chip_style(self, label: str) -> Style:
        return chip_style(
            self.app.theme_variables, label.split("/", 1)[0], self.tag_colors.get(label), bold=False
        )

    @property
    def visible_columns(self) -> list[tuple[Column, int]]:
        """Columns that fit the current width, with their cell widths."""
        width = self.scrollable_content_region.width  # the vertical scrollbar's cells are not ours
        if self._layout_width != width:
            self._layout = layout(self.columns, width - self.mark_cells)
            self._layout_width = width
            if self.header:  # the scrollbar came or went after the header was drawn: draw it again
                self.header.refresh()
        return self._layout

    def on_resize(self, event: events.Resize) -> None:
        self.virtual_size = Size(event.size.width, len(self._ids))
        self.cursor_column = min(self.cursor_column, max(len(self.visible_columns) - 1, 0))
        if self.header:
            self.header.refresh()

    def render_line(self, y: int) -> Strip:
        index = self.scroll_offset.y + y
        width = self.scrollable_content_region.width
        base = self.rich_style
        if index >= len(self._ids):
            return Strip.blank(width, base)
        row = self._row_to_draw(index)
        if index == self.cursor_row:
            style = base + self.get_component_rich_style("lazy-table--cursor")
        elif index % 2:
            style = base + self.get_component_rich_style("lazy-table--odd")
        else:
            style = base
        segments = []
        if self.markable:
            marked = self._ids[index] in self.marked
            if marked and index != self.cursor_row:
                style = style + self.get_component_rich_style("lazy-table--marked")
            segments.append(Segment("✓ " if marked else "  ", style))
        if row is None:
            loading = self.get_component_rich_style("lazy-table--loading")
            segments.append(Segment(fit("…", width - self.mark_cells), style + loading))
            return Strip(segments).adjust_cell_length(width, style)
        for column, cell_width in self.visible_columns:
            cell_style = style
            if (
                column.style_key
                and f"lazy-table--{row.get(column.style_key)}" in self.COMPONENT_CLASSES
            ):
                cell_style = style + self.get_component_rich_style(
                    f"lazy-table--{row[column.style_key]}"
                )
            chips = row.get(column.chips) if column.chips else None
            if chips:
                segments.extend(chip_segments(chips, cell_width, cell_style, self._chip_style))
            else:
                segments.append(
                    Segment(fit(column.text(row), cell_width, column.align), cell_style)
                )
            segments.append(Segment(" ", style))
        return Strip(segments).adjust_cell_length(width, style)

    # -- cursor -----------------------------------------------------------------

    def watch_cursor_row(self, old: int, new: int) -> None:
        self.refresh()
        self._announce_cursor()

    def watch_cursor_column(self) -> None:
        if self.header:
            self.header.refresh()

    def on_focus(self) -> None:
        if self.header:
            self.header.refresh()

    def on_blur(self) -> None:
        if self.header:
            self.header.refresh()

    def _announce_cursor(self) -> None:
        """Say which row the cursor is on; nothing before the first rows are set (the cursor's
        first value, as the table mounts, is no row of an empty list)."""
        if self._listed:
            self.post_message(self.RowHighlighted(self, self.current_row_id()))

    def _scroll_cursor_into_view(self, center: bool = False) -> None:
        height = max(self.scrollable_content_region.height, 1)
        top = self.scroll_offset.y
        if center:
            self.scroll_to(y=max(self.cursor_row - height // 2, 0), animate=False, immediate=True)
        elif self.cursor_row < top:
            self.scroll_to(y=self.cursor_row, animate=False, immediate=True)
        elif self.cursor_row >= top + height:
            self.scroll_to(y=self.cursor_row - height + 1, animate=False, immediate=True)

    def move_cursor(self, row: int) -> None:
        if not self._ids:
            return
        self.cursor_row = max(0, min(row, len(self._ids) - 1))
        self._scroll_cursor_into_view()

    def action_cursor_up(self) -> None:
        self.move_cursor(self.cursor_row - 1)

    def action_cursor_down(self) -> None:
        self.move_cursor(self.cursor_row + 1)

    def action_page_up(self) -> None:
        self.move_cursor(self.cursor_row - max(self.scrollable_content_region.height - 1, 1))

    def action_page_down(self) -> None:
        self.move_cursor(self.cursor_row + max(self.scrollable_content_region.height - 1, 1))

    def action_first(self) -> None:
        self.move_cursor(0)

    def action_last(self) -> None:
        self.move_cursor(len(self._ids) - 1)

    def action_column_left(self) -> None:
        self.cursor_column = max(self.cursor_column - 1, 0)

    def action_column_right(self) -> None:
        self.cursor_column = min(self.cursor_column + 1, len(self.visible_columns) - 1)

    def action_open_row(self) -> None:
        row_id = self.current_row_id()
        if row_id is not None:
            self.post_message(self.RowOpened(self, row_id))

    def action_sort_column(self) -> None:
        key = self.visible_columns[self.cursor_column][0].key
        descending = not self.sort_descending if key == self.sort_key else False
        self.post_message(self.SortRequested(self, key, descending))

    def show_sort(self, key: str, descending: bool) -> None:
        self.sort_key = key
        self.sort_descending = descending
        for index, (column, _) in enumerate(self.visible_columns):
            if column.key == key:
                self.cursor_column = index
        if self.header:
            self.header.refresh()

    def on_click(self, event: events.Click) -> None:
        index = self.scroll_offset.y + event.y
        if 0 <= index < len(self._ids):
            if index == self.cursor_row and event.chain >= 2:
                self.action_open_row()
            self.move_cursor(index)
