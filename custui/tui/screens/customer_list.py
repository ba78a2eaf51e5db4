"""Home screen: every active customer, ranked by score, searchable and filterable as you type.

The first rows come straight from SQLite (ordered by name) so the screen is
drawn at once; scoring runs in a worker and, when ready, the list becomes the
ranked list.  Sorting, filtering and re-weighting then happen in memory
(store.book), never on the UI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import on, work
from textual.app import ComposeResult
from textual.widgets import Input, Static
from textual.worker import get_current_worker

from custui.core.text import counted, display_safe
from custui.store import cipher, repo
from custui.store.db import StoreError
from custui.store.settings import SavedView, save_view
from custui.tui.actions import bindings
from custui.tui.keys_doc import hint_line
from custui.tui.screens.base import AppScreen, held_weakly
from custui.tui.screens.confirm import ConfirmScreen
from custui.tui.screens.list_tagging import ListTagging, Undo
from custui.tui.widgets.footer import KeyFooter
from custui.tui.widgets.lazy_table import Column, LazyTable, day_cell, with_header

if TYPE_CHECKING:
    from custui.core.scoring import ScoringConfig
    from custui.store.book import Book
    from custui.store.rates import Unconverted
    from custui.store.repo import ViewQuery
    from custui.store.score_cache import KeptRanking


def _score(value: Any) -> str:
    return "" if value is None or value != value else f"{value:.1f}"


def _rfm(value: Any) -> str:
    return "" if value is None or value != value else str(value)


def _region(row: dict[str, Any]) -> str:
    parts = [row.get("region"), row.get("city")]
    return " ".join(dict.fromkeys(p for p in parts if p))


#: Why a month's score snapshot may not be taken now: another window writing, a full disk…
SNAPSHOT_ERRORS: tuple[type[Exception], ...] = (StoreError, *cipher.Error)
SNAPSHOT_FAILED = "This month's score history was not kept ({}); it is tried again next time."

#: The list's columns; as the terminal narrows, the highest *drop* goes first: the name keeps 24 cells and
#: the score, tier, next action and its due date stay at 80 columns; the phone joins at 120.
LIST_COLUMNS = (
    Column("code", "Code", width=7),
    Column("name", "Name 客户", width=24, flex=3),
    Column("score", "Score", width=7, align="right", format=_score),
    Column("tier", "Tier", width=9, format=_rfm),
    Column("priority", "P", width=1, format=_rfm),
    Column("segment", "Segment", width=16, drop=7),
    Column("rfm", "RFM", width=3, format=_rfm, drop=8),
    Column("last_contact", "Contacted", width=10, format=day_cell, drop=4),
    Column("next_action_due", "Due", width=10, format=day_cell, drop=3),
    Column("next_action", "Next action", width=10, flex=2, drop=2),
    Column("phone", "Phone", width=16, drop=6),
    Column("industry", "Industry", width=12, drop=9),
    Column("region", "Region", width=12, drop=10),
    Column("tags", "Tags", width=12, flex=2, drop=5, chips="tag_tuple"),
)

#: Columns that only exist once scores are computed.
SCORED_SORTS = {
    "score",
    "tier",
    "priority",
    "segment",
    "rfm",
    "last_contact",
    "next_action_due",
    "tags",
}


class CustomerListScreen(ListTagging, AppScreen[None]):
    """The ranked customer list: search, filter, sort, open, add, delete and tag (undoable), views."""

    HELP_SECTION = "Customer list"

    BINDING_GROUP_TITLE = "Customers"
    BINDINGS = bindings("list")

    def __init__(self) -> None:
        self._money_warning = ""  # the last "orders without a rate" warning shown
        super().__init__()
        from custui.store.repo import ViewQuery

        self.view_query: ViewQuery = ViewQuery()
        self.book: Book | None = None
        self.undo_stack: list[Undo] = []
        self._generation = 0
        self._scoring_started = False
        #: the ranking kept in the file (store.score_cache), read once as the list opens; the first rows
        #: are drawn in its order, with its scores, before pandas is even imported
        self._kept: KeptRanking | None = None
        self._kept_read = False
        self._book_stale = False  # the book shown is a kept ranking being re-scored
        #: the month whose score history was looked at (store.history.monthly_snapshot: once a month)
        self._snapshot_month: tuple[int, int] | None = None
        self._scoring_lock = threading.Lock()  # one scoring at a time, each on the last one's book
        self._newest_book: Book | None = (
            None  # the last book a scoring made (shown, or about to be)
        )
        self._keep_moved_cursor = (
            False  # the next rows shown keep the cursor's customer if it was moved
        )
        #: what esc does after clearing the filter, when another screen opened the list filtered (a pivot cell)
        self.back_action: Callable[[], None] | None = None

    def compose(self) -> ComposeResult:
        store = self.custui.store
        yield self.title_bar(display_safe(store.path.name))
        if store.read_only:
            yield Static(
                "READ-ONLY: this file cannot be written here; you can browse and search but not save.",
                id="read-only-banner",
                markup=False,
            )
        yield Input(
            placeholder=hint_line(
                (
                    (
                        "list.search",
                        "search name, contact, phone, e-mail, notes, tags — 科技 · 科技集團 · keji · kj",
                    ),
                ),
                self.custui.keymap.keys,
            ),
            id="search",
            compact=True,
        )
        yield Input(
            placeholder=hint_line(
                (
                    (
                        "list.filter",
                        "filter — tier:core,strategic tag:重点 score>=70 industry:制造 last_order<90d churn:yes",
                    ),
                ),
                self.custui.keymap.keys,
            ),
            id="filter",
            compact=True,
        )
        yield Static("", id="filter-error", markup=False)
        table = LazyTable(LIST_COLUMNS, self._fetch_rows, markable=True, id="customers")
        yield from with_header(table)
        yield Static("", id="preview", markup=False)
        yield KeyFooter(wait=True)  # drawn once the first rows are

    @property
    def table(self) -> LazyTable:
        return self.query_one("#customers", LazyTable)

    def forget(self) -> None:
        """The book locks: the scored book, the kept ranking and the undo stack go with the rows."""
        super().forget()
        self.book = self._newest_book = self._kept = None
        self.undo_stack.clear()

    def on_mount(self) -> None:
        self.load_tag_colors()
        self.table.show_sort("name", False)
        self.set_focus(self.table)
        if not self._show_kept_first_page():
            self.reload()

    def _show_kept_first_page(self) -> bool:
        """The kept ranking's order and first page, read here so that the first frame has rows: three
        small reads (~10 ms at 100k), where a worker's round trips and an empty frame drawn first
        cost ~70 ms.  False (nothing shown: the worker reads the list) when no ranking is kept, or
        the file changed since (its customers must then be read again)."""
        from custui.store.score_cache import change_count, ranked_ids

        view = self.view_query
        kept = self._kept_ranking()
        if kept is None or not self._in_kept_order(view) or view.filter.strip():
            return False
        store = self.custui.store
        if change_count(store) != kept.changes:
            return False
        ids = ranked_ids(store, unchanged=True)
        if not ids:
            return False
        self._generation += 1
        self._show_ids(self._generation, ids, len(ids), None, "")
        self.table.show_page(0, self._fetch_rows(self.table.page_ids(0)))
        return True

    @on(LazyTable.PageLoaded)
    def _first_rows_drawn(self) -> None:
        """Scoring (pandas, ~0.5 s of imports) and the footer's keys come once the first rows are on
        screen."""
        if not self._scoring_started:
            self.call_after_refresh(self.load_scores)
        self.call_after_refresh(self.query_one(KeyFooter).draw)

    def _fetch_rows(self, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
        book = self.book
        store = self.custui.store
        rows = book.rows(ids) if book is not None else repo.list_rows(store, ids)
        if book is None and self._kept is not None:
            from custui.store.score_cache import ranked_rows

            for customer_id, scored in ranked_rows(store, list(rows)).items():
                rows[customer_id].update(scored)
        actions = repo.next_actions(store, list(rows))
        for customer_id, row in rows.items():
            row["next_action"] = display_safe(actions.get(customer_id) or "")
            row["region"] = _region(row)
            row["segment"] = row.get("segment_label") or ""
            row["rfm"] = row.get("rfm_cell")
        return rows

    def _kept_ranking(self) -> KeptRanking | None:
        """The ranking kept in the file, if this custui can show it (read once, in a worker)."""
        if not self._kept_read:
            from custui.store.score_cache import kept

            self._kept = kept(self.custui.store, self.custui.as_of or date.today())
            self._kept_read = True
        return self._kept

    # -- scores -----------------------------------------------------------------

    def load_scores(
        self,
        config: ScoringConfig | None = None,
        *,
        keep_cursor_on: int | None = None,
        changed: Collection[int] | None = None,
    ) -> None:
        """(Re)compute scores in a worker; the list switches to them when ready.  With *changed* (the
        customers an edit touched), only they are read again and the book is scored from memory."""
        self._scoring_started = True
        self._score_book(config, keep_cursor_on, changed)

    @work(thread=True, group="scoring")
    def _score_book(
        self,
        config: ScoringConfig | None,
        keep_cursor_on: int | None,
        changed: Collection[int] | None,
    ) -> None:
        """The list's book: from the ranking kept in the file when the list opens and one is kept (no
        scoring at all when it is fresh); after an edit, the edited customers scored again from memory;
        else scored from the file and kept for the next start.  One at a time, in the order asked: each
        builds on the book the one before made."""
        from custui.core.memory import give_back
        from custui.store import score_cache
        from custui.store.book import Book, ReadCancelled, load_display
        from custui.store.rates import unconverted
        from custui.store.scores import load_scoring_config

        store = self.custui.store
        with self._scoring_lock:
            base = self._newest_book
            if changed and base is not None and config in (None, base.config):
                book = base.rescored(store, list(changed))
                if book is not None:
                    self._newest_book = book
                    self.app.call_from_thread(self._book_ready, book, keep_cursor_on)
                    # the book shown before is let go of before the new frame is made (an import
                    # of 10k customers at 105k: ~20 MB less at the day's peak)
                    del base
                    give_back()
                    # a delete or a restore left the frame to be made: here, not on a key press
                    _ = book.frame
                    give_back()
                    return
            left_out = unconverted(store)
            kept = self._kept_ranking() if base is None and config is None else None
            if kept is not None:
                result = score_cache.load(store)
                if result is not None:
                    # given up when the app quits (it would wait for the read: ~1.5 s at 100k)
                    worker = get_current_worker()
                    try:
                        display = load_display(store, cancelled=lambda: worker.is_cancelled)
                    except ReadCancelled:
                        return
                    self._newest_book = book = Book(result, display)
                    self.app.call_from_thread(
                        self._book_ready, book, keep_cursor_on, left_out, stale=not kept.fresh
                    )
                    give_back()
                    if kept.fresh:
                        self.app.call_from_thread(self._monthly_snapshot, book)
                        # read now, while nothing has changed: the first edit then re-scores alone
                        book.keep_inputs(store, kept.changes, cancelled=lambda: worker.is_cancelled)
                        give_back()
                        return
                    keep_cursor_on = (
                        None  # the new ranking keeps the cursor's customer, whatever the rep did
                    )
            changes, settings = score_cache.change_count(store), score_cache.saved_settings(store)
            saved = load_scoring_config(store)
            shown = self._newest_book
            # a ranking kept for another day, and no change since: the customers' columns are the
            # same, so the new book shares them (at 100k, ~170 MB not read a second time)
            same_customers = kept is not None and kept.changes == changes and shown is not None
            self._newest_book = book = Book.load(
                store,
                as_of=self.custui.as_of,
                config=config,
                display=shown.display if same_customers and shown is not None else None,
            )
            give_back()
            self.app.call_from_thread(
                self._book_ready, book, keep_cursor_on, left_out, follow_cursor=kept is not None
            )
        if book.config == saved:  # scored as the next start would: keep it
            score_cache.save(store, book.result, changes, settings)
            self.app.call_from_thread(self._monthly_snapshot, book)

    def _monthly_snapshot(self, book: Book) -> None:
        """The month's score history, once the ranking shown is the one the file keeps: taken in its own
        worker after the list is drawn and ranked, so it never holds up either (store.history)."""
        month = (book.as_of.year, book.as_of.month)
        if self._snapshot_month != month and self.book is book:
            self._snapshot_month = month
            self._take_monthly_snapshot(held_weakly(book))

    @work(thread=True, group="history")
    def _take_monthly_snapshot(self, held: Callable[[], Book | None]) -> None:
        from custui.store.history import monthly_snapshot

        book = held()
        try:
            taken = (
                book is not None and monthly_snapshot(self.custui.store, book.result) is not None
            )
        except SNAPSHOT_ERRORS as exc:
            self.app.call_from_thread(self.notify, SNAPSHOT_FAILED.format(exc), severity="warning",
                                      timeout=12, markup=False)  # fmt: skip
            self._snapshot_month = None  # tried again on the next ranking
            return
        if taken:
            self.app.call_from_thread(self._history_changed)

    def _history_changed(self) -> None:
        from custui.tui.screens.dashboard import DashboardScreen

        for screen in self.app.screen_stack:
            if isinstance(screen, DashboardScreen):
                screen.history_changed()

    def _book_ready(
        self,
        book: Book,
        keep_cursor_on: int | None,
        left_out: list[Unconverted] | None = None,
        *,
        stale: bool = False,
        follow_cursor: bool = False,
    ) -> None:
        """Show *book* (a *stale* one is labelled "updating…"); with *follow_cursor* the customer under the
        cursor stays under it, wherever the new ranking puts it."""
        if self.book is None and self.view_query.sort == "score":
            self.table.show_sort("score", True)
        if follow_cursor:
            keep_cursor_on = self.table.current_row_id()
        self.book, self._book_stale = book, stale
        self._count_follow_ups()
        # the ranking replaces the rows: a rep who has moved keeps the customer under the cursor (an early
        # enter must not open another one); an untouched list starts at the top of the ranking
        self._keep_moved_cursor = keep_cursor_on is None
        self.reload(keep_cursor_on=keep_cursor_on)
        from custui.tui.screens.customer_detail import CustomerDetailScreen

        for screen in self.app.screen_stack:  # an open customer shows its new score too
            if isinstance(screen, CustomerDetailScreen):
                screen.scores_changed(book)
        warning = "\n".join(u.warning(in_app=True) for u in left_out or ())
        if warning and warning != self._money_warning:  # once, and again only when it changes
            self.notify(warning, severity="warning", timeout=12, markup=False)
        self._money_warning = warning

    # -- loading ----------------------------------------------------------------

    def reload(self, *, keep_cursor_on: int | None = None) -> None:
        """Re-run the list query in a worker; the table updates when it returns."""
        self._generation += 1
        self._load_ids(self._generation, self.view_query, held_weakly(self.book), keep_cursor_on)

    @work(thread=True, exclusive=True, group="list-query")
    def _load_ids(
        self,
        generation: int,
        view: ViewQuery,
        held: Callable[[], Book | None],
        keep_cursor_on: int | None,
    ) -> None:
        from custui.core.query import FilterError

        store = self.custui.store
        book = held()
        if book is None and self.book is not None:
            return  # the book asked for was replaced or dropped (a lock): a newer load follows
        error = ""
        kept = self._kept_ranking() if book is None else None
        if kept is not None and self._in_kept_order(view):
            from custui.store.score_cache import change_count, ranked_ids

            # nothing written since it was kept (another day's ranking included): its customers are the
            # active ones
            ids = ranked_ids(store, unchanged=change_count(store) == kept.changes)
            total = len(ids)
        elif book is None:
            sort = view.sort if view.sort in repo.SORT_EXPRESSIONS else "name"
            descending = view.descending if sort == view.sort else False
            ids = repo.list_ids(store, repo.ListQuery(view.search, sort, descending))
            total = repo.count_active(store)
        else:
            try:
                ids = book.ids(store, view)
            except FilterError as exc:
                error, ids = str(exc), None
            total = len(book)
        self.app.call_from_thread(self._show_ids, generation, ids, total, keep_cursor_on, error)

    def _show_ids(
        self,
        generation: int,
        ids: list[int] | None,
        total: int,
        keep_cursor_on: int | None,
        error: str,
    ) -> None:
        if generation != self._generation:
            return
        self.query_one("#filter-error", Static).update(error)
        self.query_one("#filter-error").set_class(bool(error), "-shown")
        if ids is None:
            return
        if not ids:  # nothing to draw first
            self.query_one(KeyFooter).draw()
            if not self._scoring_started:
                self.load_scores()
        if self._keep_moved_cursor and keep_cursor_on is None and self.table.cursor_row > 0:
            keep_cursor_on = self.table.current_row_id()
        self._keep_moved_cursor = False
        self.table.set_rows(ids, keep_cursor_on=keep_cursor_on)
        count = self.query_one("#count", Static)
        narrowed = self.view_query.search.strip() or self.view_query.filter.strip()
        shown = f"{len(ids):,} of {total:,} match" if narrowed else counted(total, "customer")
        if self.book is None and self._in_kept_order(self.view_query) and not narrowed:
            self.table.show_sort("score", True)  # drawn in the kept ranking's order
        count.update(shown + self._scored_label())

    def _scored_label(self) -> str:
        """ " · scored as of DAY" — and " · updating…" while a kept ranking that no longer holds is re-scored."""
        kept = self._kept
        if self.book is not None:
            return f" · scored as of {self.book.as_of}" + (
                " · updating…" if self._book_stale else ""
            )
        if kept is not None and self._in_kept_order(self.view_query):
            return f" · scored as of {kept.as_of}" + ("" if kept.fresh else " · updating…")
        return " · scoring…"

    def _in_kept_order(self, view: ViewQuery) -> bool:
        """Until the book is scored, *view* is drawn in the kept ranking's order (by score, unsearched)."""
        return self._kept is not None and view.sort == "score" and not view.search.strip()

    def _set_view(self, **changes: Any) -> None:
        from dataclasses import replace

        self.view_query = replace(self.view_query, **changes)

    # -- events -----------------------------------------------------------------

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        self._set_view(search=event.value)
        self.reload()

    @on(Input.Changed, "#filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self._set_view(filter=event.value)
        if self.book is None and event.value.strip():
            notice = self.query_one("#filter-error", Static)
            notice.update("Filters apply as soon as scores are ready…")
            notice.add_class("-shown")
            return
        self.reload()

    @on(Input.Submitted)
    def _input_submitted(self) -> None:
        self.set_focus(self.table)

    @on(LazyTable.SortRequested)
    def _sort(self, event: LazyTable.SortRequested) -> None:
        if self.book is None and event.key not in repo.SORT_EXPRESSIONS:
            self.notify(
                "Scores are still being computed; try again in a moment.", severity="warning"
            )
            return
        self._set_view(sort=event.key, descending=event.descending)
        self.table.show_sort(event.key, event.descending)
        self.reload(keep_cursor_on=self.table.current_row_id())

    @on(LazyTable.RowOpened)
    def _open(self, event: LazyTable.RowOpened) -> None:
        self.open_customer(event.row_id)

    @work(thread=True, exclusive=True, group="follow-up-count")
    def _count_follow_ups(self) -> None:
        """The title says what is due: "book.db · 3 overdue · 5 today" (`2` lists them).  Counted
        in a worker when the scores are (re)computed, i.e. when the data changed: ~0.25 s at 100k."""
        from custui.store.followups import summary

        load = summary(self.custui.store, self.custui.today)
        due = [
            f"{load.overdue:,} overdue" if load.overdue else "",
            f"{load.due_today:,} today" if load.due_today else "",
        ]
        title = " · ".join(x for x in (self.custui.store.path.name, *due) if x)
        self.app.call_from_thread(self.query_one("#title", Static).update, display_safe(title))

    def open_customer(self, customer_id: int) -> None:
        """The customer screen over the list (from enter, or from the palette)."""
        from custui.tui.screens.customer_detail import CustomerDetailScreen

        self.app.push_screen(CustomerDetailScreen(customer_id, self.book), self._after_detail)

    def _after_detail(self, deleted_id: int | None) -> None:
        if deleted_id is not None:
            self._after_save(deleted_id)

    @on(LazyTable.RowHighlighted)
    def _preview(self, event: LazyTable.RowHighlighted) -> None:
        preview = self.query_one("#preview", Static)
        if event.row_id is None:
            narrowed = self.view_query.search or self.view_query.filter
            preview.update("No customers match." if narrowed else "No customers yet: press n.")
            return
        self._load_preview(event.row_id)

    @work(thread=True, exclusive=True, group="preview")
    def _load_preview(self, customer_id: int) -> None:
        try:
            customer = repo.get_customer(self.custui.store, customer_id)
        except repo.NotFound:
            return
        tags = " ".join(f"#{t['name']}" for t in customer["tags"])
        book = self.book
        why = ""
        if book is not None and customer_id in book.frame.index:
            row = book.frame.loc[customer_id]
            why = f"{row['segment_label']} · RFM {row['rfm_cell']}"
            if row["churn"]:
                why += f" · churn risk: {row['churn_reason']}"
        lines = [
            " · ".join(
                display_safe(v)
                for v in (
                    customer["name"],
                    customer.get("contact_name"),
                    customer.get("contact_title"),
                    customer.get("phone"),
                    customer.get("email"),
                )
                if v
            ),
            display_safe(why),
            display_safe(customer.get("notes") or "")[:300],
            display_safe(tags),
        ]
        self.app.call_from_thread(self.query_one("#preview", Static).update, "\n".join(lines))

    # -- actions ----------------------------------------------------------------

    def action_copy(self) -> None:
        from custui.tui.copying import offer_copy

        row_id = self.table.current_row_id()
        if row_id is not None:
            offer_copy(self.app, repo.get_customer(self.custui.store, row_id))

    def action_search_focus(self) -> None:
        """Jump to the search box, or type "/" where the rep is typing (``tag:risk/*``, ``SV-750/x``): the
        binding has priority, so it sees the key before a focused box does."""
        if isinstance(self.focused, Input):
            self.focused.insert_text_at_cursor("/")
            return
        self.set_focus(self.query_one("#search", Input))

    def action_filter_focus(self) -> None:
        self.set_focus(self.query_one("#filter", Input))

    def action_search_clear(self) -> None:
        for input_id in ("#search", "#filter"):
            field = self.query_one(input_id, Input)
            if field.value:
                field.value = ""
        self.set_focus(self.table)
        back, self.back_action = self.back_action, None
        if back is not None:  # the list was opened from a pivot cell: esc goes back there
            back()

    def apply_view(self, view: SavedView) -> None:
        """Show a saved view: its search, filter and sort."""
        self.query_one("#search", Input).value = view.search
        self.query_one("#filter", Input).value = view.filter
        self._set_view(
            search=view.search, filter=view.filter, sort=view.sort, descending=view.descending
        )
        self.table.show_sort(view.sort, view.descending)
        self.reload()
        self.notify(f"View: {display_safe(view.name)}", markup=False)

    def action_view_save(self) -> None:
        if not self.custui.check_writable():
            return
        from custui.tui.screens.prompt import PromptScreen

        def named(name: str | None) -> None:
            if not name:
                return
            q = self.view_query
            save_view(self.custui.store, SavedView(name, q.search, q.filter, q.sort, q.descending))
            self.notify(
                f"Saved view {display_safe(name)}: recall it with V or ctrl+p.", markup=False
            )

        self.app.push_screen(
            PromptScreen(
                "Name this view (search, filter and sort are kept):",
                placeholder="this week's calls",
            ),
            named,
        )

    def action_views_show(self) -> None:
        from custui.tui.screens.saved_views import SavedViewsScreen

        self.app.push_screen(
            SavedViewsScreen(), lambda view: self.apply_view(view) if view is not None else None
        )

    def action_view_export(self) -> None:
        from datetime import date

        from custui.tui.screens.prompt import PromptScreen

        ids = list(self.table.row_ids)
        if not ids:
            self.notify("Nothing to export: no customer is shown.")
            return
        default = Path.home() / f"custui-{date.today().isoformat()}.xlsx"

        def chosen(path: str | None) -> None:
            if path:
                self.notify(f"Exporting {counted(len(ids), 'customer')}…")
                self._export(Path(path).expanduser(), ids)

        self.app.push_screen(
            PromptScreen(f"Export the {len(ids):,} customers shown, in this order, to (.csv, .xlsx or .vcf):",
                         value=str(default)),
            chosen,
        )  # fmt: skip

    @work(thread=True, exclusive=True, group="export")
    def _export(self, path: Path, ids: list[int]) -> None:
        from custui.store.call_list import export_view
        from custui.store.db import StoreError

        book = self.book
        try:
            count = export_view(self.custui.store, path, ids, as_of=self.custui.as_of,
                                config=book.config if book is not None else None)  # fmt: skip
        except StoreError as exc:
            self.app.call_from_thread(self.notify, str(exc), severity="error", markup=False)
            return
        self.app.call_from_thread(
            self.notify,
            display_safe(f"Exported {counted(count, 'customer')} to {path}"),
            markup=False,
        )

    def action_score_explain(self) -> None:
        row_id = self.table.current_row_id()
        if row_id is None:
            return
        if self.book is None or row_id not in self.book.frame.index:
            self.notify(
                "Scores are still being computed; try again in a moment.", severity="warning"
            )
            return
        from custui.tui.screens.score_explanation import ScoreExplanationScreen

        self.app.push_screen(
            ScoreExplanationScreen(self.book.explain(row_id), self.book.name_of(row_id))
        )

    def action_briefing(self) -> None:
        row_id = self.table.current_row_id()
        if row_id is not None:
            self.custui.show_briefing(row_id, self.book)

    def action_scoring_edit(self) -> None:
        if self.book is None:
            self.notify(
                "Scores are still being computed; try again in a moment.", severity="warning"
            )
            return
        from custui.tui.screens.scoring_settings import ScoringSettingsScreen

        book = self.book

        def accepted(config: ScoringConfig | None) -> None:
            if config is None:
                return
            if self.custui.check_writable():
                from custui.store.scores import save_scoring_config

                save_scoring_config(self.custui.store, config)
            try:
                self.book = book.reranked(config)
            except (
                ValueError
            ):  # more than weights changed, and this book was kept unscored: score again
                self.load_scores(keep_cursor_on=self.table.current_row_id())
                self.notify("Settings saved; the list is being scored again.")
                return
            self.reload(keep_cursor_on=self.table.current_row_id())
            self.notify("Weights saved; the list is re-ranked.")

        self.app.push_screen(ScoringSettingsScreen(book.result, book.name_of), accepted)

    def action_customer_new(self) -> None:
        self.custui.open_customer(None, on_saved=self._after_save)

    def action_customer_edit(self) -> None:
        row_id = self.table.current_row_id()
        if row_id is not None:
            self.custui.open_customer(row_id, on_saved=self._after_save)

    def _after_save(self, customer_id: int | None) -> None:
        """Back from the form: show the saved customer; a delete made there is undoable here.  A form
        closed without saving (None) changed nothing: no re-read, no re-score (at 100k a full one
        held a second scored book, ~350 MB, beside the first)."""
        if customer_id is None:
            return
        customer = repo.get_customer(self.custui.store, customer_id)
        if customer["deleted_at"]:
            self._push_delete_undo(customer_id, customer["name"])
        self.data_changed(keep_cursor_on=customer_id, changed=[customer_id])

    def file_changed(self) -> None:
        self.data_changed(keep_cursor_on=self.table.current_row_id())

    def data_changed(
        self, *, keep_cursor_on: int | None, changed: Collection[int] | None = None
    ) -> None:
        """The file changed (only for the customers *changed*, when known): re-list now, re-score in the
        background (tag colours may have changed too)."""
        self.load_tag_colors()
        if self.book is None:
            self.reload(keep_cursor_on=keep_cursor_on)
        else:
            self.load_scores(self.book.config, keep_cursor_on=keep_cursor_on, changed=changed)

    def action_customer_delete(self) -> None:
        row_id = self.table.current_row_id()
        if row_id is None or not self.custui.check_writable():
            return
        name = repo.get_customer(self.custui.store, row_id)["name"]

        def confirmed(yes: bool | None) -> None:
            if not yes:
                return
            repo.delete_customer(self.custui.store, row_id)
            self._push_delete_undo(row_id, name)
            self.notify(f"Deleted {display_safe(name)}. Press u to undo.", markup=False)
            self.data_changed(keep_cursor_on=None, changed=[row_id])

        self.app.push_screen(
            ConfirmScreen(
                f"Delete {display_safe(name)}? Its interactions and orders are kept and u brings it back."
            ),
            confirmed,
        )

    def _push_delete_undo(self, customer_id: int, name: str) -> None:
        def restore() -> int:
            repo.restore_customer(self.custui.store, customer_id)
            self.notify(f"Restored {display_safe(name)}.", markup=False)
            return customer_id

        self.undo_stack.append(restore)

    def action_undo(self) -> None:
        if not self.undo_stack:
            self.notify("Nothing to undo.")
            return
        if not self.custui.check_writable():
            return
        self.data_changed(keep_cursor_on=self.undo_stack.pop()())
