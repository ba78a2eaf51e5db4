"""`3`: the duplicate queue — groups of likely duplicates, strongest first.

The scan runs in a worker with a progress bar (``esc`` cancels it); ``enter``
opens a group side by side (MergeReviewScreen), ``n`` dismisses a group as
not duplicates, ``D`` lists the dismissed pairs and takes one back, ``u`` undoes
the last merge (also one made before a restart), ``r`` scans again.  The result is kept on the app until the file changes, so
coming back to the queue is instant.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import DataTable, ProgressBar, Static
from textual.worker import get_current_worker

from custui.core.dedupe import ScanCancelled
from custui.core.text import display_safe, fit_cells
from custui.tui.actions import bindings
from custui.tui.screens.base import AppScreen
from custui.tui.widgets.footer import KeyFooter

if TYPE_CHECKING:
    from custui.store.dupes import DuplicateGroup

#: Progress updates sent to the UI per scan (more would only cost redraws).
PROGRESS_STEPS = 100
SCORE_WIDTH = 5
MEMBERS_WIDTH = 60


def _members(store_names: dict[int, str], group: DuplicateGroup) -> str:
    names = [store_names.get(i, str(i)) for i in group.ids]
    shown = " ↔ ".join(names[:3])
    return shown + (f" (+{len(names) - 3})" if len(names) > 3 else "")


def _row_key(group: DuplicateGroup) -> str:
    return ",".join(map(str, group.ids))


class DuplicatesScreen(AppScreen[None]):
    """The review queue of likely duplicates."""

    HELP_SECTION = "Duplicates"

    BINDING_GROUP_TITLE = "Duplicates"
    BINDINGS = bindings("duplicates")

    def __init__(self) -> None:
        super().__init__()
        self.groups: list[DuplicateGroup] = []
        self.names: dict[int, str] = {}
        self.scanning = False
        self._why_width, self._members_width = 40, MEMBERS_WIDTH

    def compose(self) -> ComposeResult:
        yield self.title_bar("Duplicates")
        with Horizontal(id="scan-progress"):
            yield Static("Scanning…", id="scan-label", markup=False)
            yield ProgressBar(total=1.0, show_eta=False, id="scan-bar")
        yield DataTable(id="groups", cursor_type="row", zebra_stripes=True)
        yield Static("", id="group-detail", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        table = self.query_one("#groups", DataTable)
        # fixed widths: the reasons are cut to the screen instead of scrolling sideways; on a narrow
        # screen the names give up room first, so the strongest reason still shows
        room = max(40, self.app.size.width - SCORE_WIDTH - 8)
        members_width = min(MEMBERS_WIDTH, max(24, room * 3 // 5))
        why_width = max(16, room - members_width)
        table.add_column("%", key="score", width=SCORE_WIDTH)
        table.add_column("Customers", key="customers", width=members_width)
        table.add_column("Why", key="why", width=why_width)
        self._why_width, self._members_width = why_width, members_width
        table.focus()
        cached = self.custui.cached_duplicates()
        if cached is None:
            self.action_rescan()
        else:
            self._show(*cached)

    # -- scanning ---------------------------------------------------------------

    def action_rescan(self) -> None:
        if self.scanning:
            return
        self.scanning = True
        self.query_one("#scan-progress").display = True
        self.query_one("#scan-bar", ProgressBar).update(progress=0)
        self.query_one("#scan-label", Static).update("Scanning for duplicates… esc cancels")
        self._scan()

    @work(thread=True, exclusive=True, group="duplicate-scan")
    def _scan(self) -> None:
        from custui.core.memory import give_back
        from custui.store import dupes

        worker = get_current_worker()
        store = self.custui.store
        last = [-1]

        def progress(fraction: float) -> None:
            step = int(fraction * PROGRESS_STEPS)
            if step != last[0]:
                last[0] = step
                self.app.call_from_thread(
                    self.query_one("#scan-bar", ProgressBar).update, progress=fraction
                )

        try:
            stamp = self.custui.data_stamp()
            matches, index = dupes.scan_apart(
                store, progress=progress, cancelled=lambda: worker.is_cancelled
            )
            groups = dupes.group_matches(matches)
            names = self._names(groups)
        except ScanCancelled:
            self.app.call_from_thread(self._scan_ended, "Scan cancelled; r scans again.")
            return
        finally:
            give_back()  # the scan's working columns and pairs (custui.core.memory)
        self.custui.adopt_hint_index(
            stamp, index
        )  # the form's hints judge by the model this scan fitted
        self.app.call_from_thread(self._scan_done, groups, names, stamp)

    def _names(self, groups: list[DuplicateGroup]) -> dict[int, str]:
        from custui.store.repo import labels

        return labels(self.custui.store, [i for g in groups for i in g.ids])

    def _scan_done(
        self, groups: list[DuplicateGroup], names: dict[int, str], stamp: object
    ) -> None:
        self.custui.remember_duplicates(stamp, groups, names)
        self._scan_ended("")
        self._show(groups, names)

    def _scan_ended(self, message: str) -> None:
        self.scanning = False
        self.query_one("#scan-progress").display = False
        if message:
            self.query_one("#group-detail", Static).update(message)

    # -- the table ----------------------------------------------------------------

    def _show(self, groups: list[DuplicateGroup], names: dict[int, str]) -> None:
        self.groups, self.names = list(groups), dict(names)
        self.query_one("#scan-progress").display = self.scanning
        table = self.query_one("#groups", DataTable)
        table.clear()
        for group in self.groups:
            table.add_row(
                Text(f"{group.score:5.1f}" if group.score < 99.95 else "  100", justify="right"),
                Text(
                    fit_cells(
                        display_safe(_members(self.names, group)), self._members_width
                    ).rstrip()
                ),
                Text(fit_cells(display_safe(" · ".join(group.reasons)), self._why_width).rstrip()),
                key=_row_key(group),
            )
        self._show_count()

    def _show_count(self) -> None:
        count = len(self.groups)
        self.query_one("#count", Static).update(
            f"{count:,} group{'s' if count != 1 else ''} to review"
            if count
            else "no duplicates found"
        )
        self._show_detail()

    def _current(self) -> DuplicateGroup | None:
        table = self.query_one("#groups", DataTable)
        if not self.groups or table.cursor_row >= len(self.groups):
            return None
        return self.groups[table.cursor_row]

    def _show_detail(self) -> None:
        group = self._current()
        detail = self.query_one("#group-detail", Static)
        if group is None:
            detail.update(
                "" if self.groups or self.scanning else "Nothing to review. r scans again."
            )
            return
        lines = [f"{self.names.get(m.a, m.a)} ↔ {self.names.get(m.b, m.b)}  {m.score:.0f} %: {' · '.join(m.reasons)}"
                 for m in group.matches[:3]]  # fmt: skip
        detail.update(display_safe("\n".join(lines)))

    def on_data_table_row_highlighted(self) -> None:
        self._show_detail()

    def on_data_table_row_selected(self) -> None:
        self.action_review()

    def _drop(self, group: DuplicateGroup) -> None:
        """Take one reviewed group off the queue (one row, not a rebuild of thousands)."""
        self.groups.remove(group)
        self.query_one("#groups", DataTable).remove_row(_row_key(group))
        self.custui.remember_duplicates(self.custui.data_stamp(), self.groups, self.names)
        self._show_count()

    # -- actions ----------------------------------------------------------------

    def action_review(self) -> None:
        group = self._current()
        if group is None:
            return
        from custui.tui.screens.merge_review import MergeReviewScreen

        def reviewed(outcome: tuple[str, int | None] | None) -> None:
            if outcome is None:
                return
            what, _ = outcome
            self._drop(group)
            self.custui.customers_changed(group.ids)
            if what == "merged":
                self.notify(f"Merged {len(group.ids)} customers. Press u to undo.")
            else:
                self.notify("Marked as different customers; D takes them back.")

        self.app.push_screen(MergeReviewScreen(self.custui.store, group), reviewed)

    def action_dismiss_group(self) -> None:
        group = self._current()
        if group is None or not self.custui.check_writable():
            return
        from custui.store.merge import mark_group_not_duplicates

        mark_group_not_duplicates(self.custui.store, group.ids)
        self._drop(group)
        self.notify("Marked as different customers; D takes them back.")

    def action_dismissed(self) -> None:
        from custui.tui.screens.not_duplicates import NotDuplicatesScreen

        self.app.push_screen(NotDuplicatesScreen(), self._taken_back)

    def _taken_back(self, pairs: list[tuple[int, int]] | None) -> None:
        """Pairs taken back from "not duplicates" join the queue at once, scored by the book's model."""
        if not pairs:
            return
        from custui.store.dupes import regroup

        index = self.custui.ready_hint_index()
        fresh = [regroup(self.custui.store, list(pair), index) for pair in pairs]
        names = {**self.names, **self._names(fresh)}
        groups = sorted([*self.groups, *fresh], key=lambda g: (-g.score, g.ids))
        self.custui.remember_duplicates(self.custui.data_stamp(), groups, names)
        self._show(groups, names)
        self.query_one("#groups", DataTable).move_cursor(row=groups.index(fresh[-1]))

    def action_merge_undo(self) -> None:
        from custui.store.merge import last_merge, undo_merge

        if not self.custui.check_writable():
            return
        last = last_merge(self.custui.store)
        if last is None:
            self.notify("No merge to undo.")
            return
        from custui.store.dupes import regroup

        undo_merge(self.custui.store, last["id"])
        self.custui.customers_changed([last["survivor_id"], *last["merged_ids"]])
        group = regroup(
            self.custui.store,
            [last["survivor_id"], *last["merged_ids"]],
            self.custui.ready_hint_index(),
        )
        names = {**self.names, **self._names([group])}
        groups = sorted([*self.groups, group], key=lambda g: (-g.score, g.ids))
        self.custui.remember_duplicates(self.custui.data_stamp(), groups, names)
        self._show(groups, names)
        self.query_one("#groups", DataTable).move_cursor(row=groups.index(group))
        self.notify(
            f"Undid the merge into {display_safe(last['survivor_name'] or '')}.", markup=False
        )

    def action_back(self) -> None:
        if self.scanning:
            self.workers.cancel_group(self, "duplicate-scan")
            return
        self.app.pop_screen()
