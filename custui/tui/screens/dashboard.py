"""`5`: the book at a glance — tiers, tier movement, segments, orders per month, follow-ups, churn
risks, the top 10.

Numbers come from core.dashboard over the list's own scored frame (the list
and the dashboard cannot disagree) plus two SQL reads, all in a worker; the
charts are textual-plotext plots in the theme's colours.  Panels sit two
abreast on a wide terminal and stack (scrolling) on a narrow one.  ``p``
opens the cross-classification, ``r`` reads everything again.

The tier movement compares the latest score-history snapshot before this month (store.history) with
the ranking shown now — the list's own, so the counts are exactly what the list's ``was:`` and
``tier:`` filters find (``m`` focuses it; ``enter`` on a cell opens the list filtered so).  Before
this month rather than the latest snapshot: the month's own snapshot, taken on its first open, would
compare the ranking with itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.containers import Grid, Vertical, VerticalScroll
from textual.widget import Widget
from textual.widgets import DataTable, Static
from textual_plotext import PlotextPlot

from custui.core import dashboard as numbers
from custui.core import movement as moves
from custui.core.text import counted, display_safe, fit_cells
from custui.tui.actions import bindings
from custui.tui.screens.base import AppScreen, held_weakly
from custui.tui.widgets.footer import KeyFooter
from custui.tui.widgets.grid import Cell, fill_grid

if TYPE_CHECKING:
    import pandas as pd

    from custui.store.book import Book
    from custui.store.followups import FollowUpLoad

WIDE = 120  # columns from which panels sit two abreast


@dataclass(frozen=True)
class Snapshot:
    """Everything the dashboard shows, computed off the UI thread."""

    book: Book
    tiers: list[numbers.Share]
    segments: list[numbers.Share]
    months: pd.DataFrame
    follow_ups: FollowUpLoad
    churn: pd.DataFrame
    top: pd.DataFrame
    money_note: str = ""  # orders left out of the money for want of a rate, in words ("" when none)
    movement_base: date | None = (
        None  # the snapshot the tier movement starts from (None: no history)
    )
    movement: moves.Movement | None = None


def rgb(hex_colour: str) -> tuple[int, int, int] | str:
    """A theme colour for plotext ("#57A5E2" → (87, 165, 226)); anything else → "default"."""
    value = hex_colour.lstrip("#")
    if len(value) != 6:
        return "default"
    try:
        return tuple(int(value[i : i + 2], 16) for i in (0, 2, 4))  # type: ignore[return-value]
    except ValueError:
        return "default"


def count_ticks(top: int, *, most: int = 5) -> list[int]:
    """Whole-number axis ticks from 0 to at least *top*, at most *most* of them, on a 1-2-5 step."""
    step = 1
    while -(-top // step) + 1 > most:
        step = step * 5 // 2 if str(step)[0] == "2" else step * 2
    return list(range(0, top + step, step)) if top % step else list(range(0, top + 1, step))


def segment_bars(segments: list[numbers.Share], colour: str, width: int) -> Text:
    """One line per segment: its name, a bar as long as its share of the largest, the count and share.

    Drawn as text rather than a plot: a row per segment keeps every label next to its bar.
    """
    text = Text()
    largest = max((s.count for s in segments), default=0)
    for n, share in enumerate(segments):
        if n:
            text.append("\n")
        text.append(fit_cells(share.label, 19) + " ")
        length = round(width * share.count / largest) if largest else 0
        text.append("█" * length, style=colour or None)
        text.append(f" {share.count:,} ({share.share:.0%})")
    return text


def draw_bars(
    chart: PlotextPlot, labels: list[str], values: list[int], colour: Any, *, every: int = 1
) -> None:
    """A bar per value on *chart*; every *every*-th label shown, counted back from the last."""
    plt = chart.plt
    plt.clear_data()
    plt.clear_figure()
    if values and any(values):
        positions: list[float] = list(range(1, len(values) + 1))  # plotext's type; ints here
        plt.bar(positions, values, color=colour, width=0.6)
        # explicit ticks: plotext orders string labels differently from run to run
        plt.xticks(positions[::-every][::-1], labels[::-every][::-1])
        ticks = count_ticks(max(values))  # counts are whole numbers: no "163.0" on the axis
        plt.yticks(list(ticks), [f"{t:,}" for t in ticks])  # a list[float] to plotext
    chart.refresh()


class SegmentChart(Widget):
    """The RFM segments as bars, drawn at the widget's own width each time it is drawn: shares shown
    before the first layout (or before a resize) still fill the panel."""

    DEFAULT_CSS = "SegmentChart { height: auto; }"

    def __init__(self, *, id: str) -> None:
        super().__init__(id=id)
        self._segments: list[numbers.Share] = []
        self._colour = ""

    def show(self, segments: list[numbers.Share], colour: str) -> None:
        self._segments, self._colour = segments, colour
        self.refresh(layout=True)

    def render(self) -> Text:
        return segment_bars(self._segments, self._colour, width=max(self.size.width - 32, 10))


class MonthsChart(PlotextPlot):
    """Orders per month; the month labels thin to one a quarter where the chart is too narrow for
    all, decided again whenever the chart's width changes."""

    def __init__(self, *, id: str) -> None:
        super().__init__(id=id)
        self._months: pd.DataFrame | None = None
        self._colour: Any = "default"

    def show(self, months: pd.DataFrame, colour: Any) -> None:
        self._months, self._colour = months, colour
        self._draw()

    def on_resize(self) -> None:
        if self._months is not None:
            self._draw()

    def forget(self) -> None:
        """The book locks: the months' numbers go (the bars drawn stay until the screen closes)."""
        self._months = None

    def _draw(self) -> None:
        assert self._months is not None
        labels = [m[2:] for m in self._months["month"]]  # "24-12": two digits keep 24 labels short
        room = self.size.width >= 8 * len(labels)
        values = self._months["orders"].tolist()
        draw_bars(self, labels, values, self._colour, every=1 if room else 3)  # else quarterly


#: The movement's labels where the screen is narrow.
MOVEMENT_SHORT = {"Strategic": "Strat.", "Core": "Core", "Potential": "Pot.", "Basic": "Basic",
                  moves.NOT_SCORED: "none"}  # fmt: skip


def _count_cell(value: int) -> Text:
    return Text(f"{value:,}", justify="right", style="" if value else "dim")


def _tier_movement(store: Any, book: Book) -> tuple[date | None, moves.Movement | None]:
    """The latest snapshot before the month of *book* and the tier movement from it to *book*'s ranking."""
    from custui.store import history

    base = history.latest_before_month(store, book.as_of)
    if base is None:
        return None, None
    frame = book.frame
    now = dict(zip(frame.index.tolist(), frame["tier"].astype(object).tolist()))
    return base, moves.movement(history.tiers_on(store, base), now)


class DashboardScreen(AppScreen[None]):
    """Charts and short lists over the whole book."""

    HELP_SECTION = "Dashboard"

    DEFAULT_CSS = """
    DashboardScreen #dashboard { height: 1fr; }
    DashboardScreen #dashboard-grid { grid-size: 2; grid-rows: auto; grid-gutter: 0 1; height: auto; }
    DashboardScreen.-narrow #dashboard-grid { grid-size: 1; }
    DashboardScreen .panel { height: auto; border: round $primary 40%; padding: 0 1; }
    DashboardScreen .panel.wide { column-span: 2; }
    DashboardScreen.-narrow .panel.wide { column-span: 1; }
    DashboardScreen PlotextPlot { height: 13; }
    DashboardScreen #orders-chart { height: 13; }
    DashboardScreen .panel-title { text-style: bold; color: $text-primary; }
    DashboardScreen #money-note { display: none; height: auto; padding: 0 1; color: $text-warning; }
    DashboardScreen #movement-table { height: auto; max-height: 9; }
    DashboardScreen #movement-note { color: $text-muted; height: auto; }
    """
    BINDING_GROUP_TITLE = "Dashboard"
    BINDINGS = bindings("dashboard")

    def __init__(self) -> None:
        super().__init__()
        self.snapshot: Snapshot | None = None

    def compose(self) -> ComposeResult:
        yield self.title_bar("Dashboard", "reading…")
        yield Static("", id="money-note", markup=False)
        with VerticalScroll(id="dashboard"), Grid(id="dashboard-grid"):
            with Vertical(classes="panel"):
                yield Static("Tiers", classes="panel-title", markup=False)
                yield PlotextPlot(id="tier-chart")
                yield Static("", id="tier-table", markup=False)
            with Vertical(classes="panel"):
                yield Static("RFM segments", classes="panel-title", markup=False)
                yield SegmentChart(id="segment-chart")
            with Vertical(classes="panel wide", id="movement-panel"):
                yield Static(
                    "Tier movement", id="movement-title", classes="panel-title", markup=False
                )
                yield DataTable(id="movement-table", cursor_type="cell")
                yield Static("", id="movement-note", markup=False)
            with Vertical(classes="panel wide"):
                yield Static("Orders per month (24 months)", classes="panel-title", markup=False)
                yield MonthsChart(id="orders-chart")
            with Vertical(classes="panel"):
                yield Static("Follow-ups", classes="panel-title", markup=False)
                yield Static("", id="followups-panel", markup=False)
                yield Static("Churn risk", classes="panel-title", markup=False)
                yield Static("", id="churn-panel", markup=False)
            with Vertical(classes="panel"):
                yield Static("Top 10 by score", classes="panel-title", markup=False)
                yield Static("", id="top-panel", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        self._layout(self.size.width)
        self.query_one("#dashboard").focus()
        self.load()

    def on_resize(self, event: events.Resize) -> None:
        self._layout(event.size.width)

    def _layout(self, width: int) -> None:
        self.set_class(width < WIDE, "-narrow")

    def file_changed(self) -> None:
        self.load(
            rescore=True
        )  # the list only starts re-scoring: its book would still be the old one

    # -- loading ----------------------------------------------------------------------

    def _list_book(self) -> Book | None:
        from custui.tui.screens.customer_list import CustomerListScreen

        for screen in self.app.screen_stack:
            if isinstance(screen, CustomerListScreen):
                return screen.book
        return None

    def load(self, *, rescore: bool = False) -> None:
        self._load(held_weakly(None if rescore else self._list_book()))

    @work(thread=True, exclusive=True, group="dashboard")
    def _load(self, held: Callable[[], Book | None]) -> None:
        from concurrent.futures import ThreadPoolExecutor

        from custui.core.memory import give_back
        from custui.store import dashboard as reads
        from custui.store.book import Book
        from custui.store.rates import unconverted

        store = self.custui.store
        book = held()
        if book is None:
            book = Book.load(store, as_of=self.custui.as_of)
            give_back()
        as_of = book.as_of
        with ThreadPoolExecutor(max_workers=1) as pool:
            # SQLite lets go of the GIL while it reads: the month scan runs on its own
            # connection beside the pandas work and the follow-up count
            months = pool.submit(reads.orders_by_month_on_own_connection, store, as_of)
            frame = book.frame
            tiers, segments = numbers.tier_shares(frame), numbers.segment_shares(frame)
            churn, top = numbers.churn_risks(frame), numbers.top_customers(frame)
            load = reads.follow_up_load(store, self.custui.today)
            note = " ".join(u.warning(in_app=True) for u in unconverted(store))
            base, matrix = _tier_movement(store, book)
            snapshot = Snapshot(
                book, tiers, segments, months.result(), load, churn, top, note, base, matrix
            )
        self.app.call_from_thread(self._show, snapshot)

    def forget(self) -> None:
        super().forget()
        self.snapshot = None  # and its book
        for chart in self.query(MonthsChart):
            chart.forget()

    def _show(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot
        note = self.query_one("#money-note", Static)
        note.update(snapshot.money_note)
        note.display = bool(snapshot.money_note)
        self.query_one("#count", Static).update(
            f"{counted(len(snapshot.book), 'customer')} · scored as of {snapshot.book.as_of.isoformat()}"
        )
        theme = self.app.theme_variables
        draw_bars(self.query_one("#tier-chart", PlotextPlot), [s.label for s in snapshot.tiers],
                  [s.count for s in snapshot.tiers], rgb(theme.get("primary", "")))  # fmt: skip
        self.query_one("#tier-table", Static).update(
            "  ".join(f"{s.label} {s.count:,} ({s.share:.0%})" for s in snapshot.tiers)
        )
        self.query_one(SegmentChart).show(snapshot.segments, theme.get("accent", ""))
        self.query_one(MonthsChart).show(snapshot.months, rgb(theme.get("success", "")))
        load = snapshot.follow_ups
        self.query_one("#followups-panel", Static).update(Text.assemble(
            (f"{load.overdue:,} overdue", "bold red" if load.overdue else ""), " · ",
            (f"{load.due_today:,} due today", "bold yellow" if load.due_today else ""), " · ",
            f"{load.due_this_week:,} due within 7 days · {load.open:,} open",
        ))  # fmt: skip
        self.query_one("#churn-panel", Static).update(self._churn_lines(snapshot.churn))
        self.query_one("#top-panel", Static).update(self._top_lines(snapshot.top))
        self._show_movement(snapshot)

    def _show_movement(self, snapshot: Snapshot) -> None:
        table: DataTable[Cell] = self.query_one("#movement-table", DataTable)
        table.clear(columns=True)
        title, note = (
            self.query_one("#movement-title", Static),
            self.query_one("#movement-note", Static),
        )
        matrix, base = snapshot.movement, snapshot.movement_base
        table.display = matrix is not None
        if matrix is None or base is None:
            month = snapshot.book.as_of.strftime("%B %Y")
            title.update("Tier movement")
            note.update(f"No score history before {month} yet. custui keeps every customer's score once a "
                        "month (on the first open of the month, or custui snapshot); the movement shows "
                        "from the next month on.")  # fmt: skip
            return
        title.update(f"Tier movement: {base.isoformat()} → now ({snapshot.book.as_of.isoformat()})")
        short = self.app.size.width < 80
        names = MOVEMENT_SHORT if short else dict(zip(moves.LABELS, moves.LABELS))
        columns = [("then \\ now" if not short else "", "label")]
        columns += [(names[label], f"c:{label}") for label in moves.LABELS] + [("Total", "total")]
        rows: list[tuple[str, list[Cell]]] = [
            (
                f"r:{frm}",
                [
                    names[frm],
                    *(_count_cell(matrix.count(frm, to)) for to in moves.LABELS),
                    _count_cell(matrix.row_total(frm)),
                ],
            )
            for frm in moves.LABELS
        ]
        totals = [_count_cell(matrix.column_total(to)) for to in moves.LABELS]
        rows.append(("total", [Text("Total", style="bold"), *totals, _count_cell(matrix.total)]))
        fill_grid(table, columns, rows, fit_height=True)
        ways = " · ".join(
            f"{way} {matrix.moved(way):,}" for way in (moves.UP, moves.DOWN, moves.NEW)
        )
        note.update(f"{'' if short else 'Moved '}{ways} · enter on a cell lists them")

    @staticmethod
    def _churn_lines(churn: pd.DataFrame) -> str:
        if churn.empty:
            return "No customer is flagged as a churn risk."
        lines = []
        for row in churn.itertuples(index=False):
            last = (
                str(row.last_order)[:10]
                if row.last_order is not None and row.last_order == row.last_order
                else "never"
            )
            lines.append(
                f"{fit_cells(display_safe(f'{row.code} {row.name}'), 26)} {row.score:5.1f}  last order {last}"
            )
        return "\n".join(lines)

    @staticmethod
    def _top_lines(top: pd.DataFrame) -> str:
        lines = []
        for rank, row in enumerate(top.itertuples(index=False), 1):
            lines.append(
                f"{rank:>2}. {fit_cells(display_safe(f'{row.code} {row.name}'), 30)} {row.score:5.1f} {row.tier}"
            )
        return "\n".join(lines) or "No customers yet."

    # -- actions -------------------------------------------------------------------------

    def action_pivot(self) -> None:
        if self.snapshot is None:
            self.notify("The numbers are still being read; try again in a moment.")
            return
        from custui.tui.screens.pivot import PivotScreen

        self.app.push_screen(PivotScreen(self.snapshot.book))

    def action_movement_focus(self) -> None:
        table = self.query_one("#movement-table", DataTable)
        if table.display:
            table.focus()
            table.scroll_visible()
        else:
            self.notify("No tier movement yet: the score history starts with this month.")

    @on(DataTable.CellSelected, "#movement-table")
    def _open_movement_cell(self, event: DataTable.CellSelected) -> None:
        snapshot = self.snapshot
        if snapshot is None or snapshot.movement is None:
            return
        row_key, column_key = (
            str(event.cell_key.row_key.value),
            str(event.cell_key.column_key.value),
        )
        if column_key == "label":
            return
        frm = row_key[2:] if row_key.startswith("r:") else ""
        to = column_key[2:] if column_key.startswith("c:") else ""
        expr = moves.cell_filter(frm, to)
        if expr is None:
            gone = snapshot.movement.count(frm, to) if frm else snapshot.movement.column_total(to)
            self.notify(f"{counted(gone, 'customer')} scored then and not now: deleted or merged since, "
                        "so not on the list.")  # fmt: skip
            return

        def back_to_the_dashboard() -> None:  # esc on the drilled list: the dashboard again
            self.custui.action_section_show("dashboard")

        self.custui.show_customers(f"movement {expr}", expr, back=back_to_the_dashboard)

    def history_changed(self) -> None:
        """A snapshot was taken (the month's first open): the movement's start may have changed."""
        if self.snapshot is not None:
            self.load()

    def action_refresh_numbers(self) -> None:
        self.query_one("#count", Static).update("reading…")
        self.load(rescore=True)

    def action_back(self) -> None:
        self.app.pop_screen()
