"""`2`: every open next action across customers — overdue first, then today, then later.

An overdue payment is here too, as "chase payment 催款" (one row per customer, due on its oldest
overdue day): ``d``, ``n`` or ``p`` on it show that customer's open orders, where ``p`` marks one
paid today.

``d``/``space`` marks the highlighted follow-up done (``u`` undoes), ``p``
postpones it (tomorrow, a week, a month, a day typed; ``u`` undoes), ``n``
opens the interaction form for what happened and the next step (channel kept,
due in the channel's delay, which ``s`` sets) and marks the follow-up done once
that is saved (``u`` undoes both), ``enter`` opens the customer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC
from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.widgets import Input, Static

from custui.core.text import display_safe
from custui.store import followups
from custui.store.settings import follow_up_days
from custui.tui.actions import bindings
from custui.tui.screens.base import AppScreen
from custui.tui.widgets.footer import KeyFooter
from custui.tui.widgets.lazy_table import Column, LazyTable, day_cell, with_header


def _relative(days: Any) -> str:
    if days is None:
        return ""
    if days < 0:
        return f"{-days}d overdue"
    return "today" if days == 0 else f"in {days}d"


FOLLOW_UP_COLUMNS = (
    Column("next_action_due", "Due", width=10, format=day_cell, style_key="when"),
    Column("days", "When", width=12, format=_relative, style_key="when"),
    Column(
        "customer", "Customer", width=24, flex=2
    ),  # code and 16+ cells of name even at 80 columns
    Column("next_action", "Next action", width=12, flex=3),
    Column("channel", "Via", width=8, drop=1),
    Column("summary", "Last contact", width=12, flex=2, drop=3),
    Column("owner", "Who", width=8, drop=2),
)


class FollowUpTable(LazyTable):
    """The lazy table with a colour per urgency: overdue red, today yellow, later green."""

    COMPONENT_CLASSES = LazyTable.COMPONENT_CLASSES | {
        "lazy-table--overdue", "lazy-table--today", "lazy-table--later",
    }  # fmt: skip
    DEFAULT_CSS = """
    FollowUpTable > .lazy-table--overdue { color: $text-error; text-style: bold; }
    FollowUpTable > .lazy-table--today { color: $text-warning; text-style: bold; }
    FollowUpTable > .lazy-table--later { color: $text-success; }
    """


class FollowUpsScreen(AppScreen[None]):
    """Open next actions of every customer."""

    HELP_SECTION = "Follow-ups"

    BINDING_GROUP_TITLE = "Follow-ups"
    BINDINGS = bindings("followups")

    def __init__(self) -> None:
        super().__init__()
        #: what u undoes, last last: (put it back, the follow-up to show, what to say)
        self._undo: list[tuple[Callable[[], None], int, str]] = []
        #: the "chase payment" rows (id −customer id): one per customer with money overdue
        self._chase: dict[int, dict[str, Any]] = {}

    def compose(self) -> ComposeResult:
        yield self.title_bar("Follow-ups")
        yield Input(
            placeholder="/ search customer (name, pinyin, phone) or next action",
            id="followups-search",
            compact=True,
        )
        table = FollowUpTable(FOLLOW_UP_COLUMNS, self._fetch, sortable=False, id="followups")
        yield from with_header(table)
        yield KeyFooter()

    @property
    def table(self) -> FollowUpTable:
        return self.query_one("#followups", FollowUpTable)

    def on_mount(self) -> None:
        self.table.focus()
        self.reload()

    def file_changed(self) -> None:
        self.reload()

    def reload(self, keep_cursor_on: int | None = None) -> None:
        self._load(keep_cursor_on, self.query_one("#followups-search", Input).value)

    def action_search_focus(self) -> None:
        self.set_focus(self.query_one("#followups-search", Input))

    @on(Input.Changed, "#followups-search")
    def _searched(self) -> None:
        self.reload()

    @on(Input.Submitted, "#followups-search")
    def _search_done(self) -> None:
        self.table.focus()

    def action_back(self) -> None:
        """esc: out of the search box first (its text stays), then back to the list."""
        if isinstance(self.focused, Input):
            self.table.focus()
            return
        self.app.pop_screen()

    @work(thread=True, exclusive=True, group="followups-load")
    def _load(self, keep_cursor_on: int | None, search: str) -> None:
        import heapq

        from custui.store.receivables import chase_rows

        store, today = self.custui.store, self.custui.today
        due = followups.open_due(store, search)
        chase = chase_rows(store, today, search)
        merged = heapq.merge(
            ((str(d or "")[:10], i) for i, d in due),
            ((r["next_action_due"], r["id"]) for r in chase),
        )  # overdue payments among the follow-ups, by due day
        ids = [i for _, i in merged]
        load = followups.summary(store, today)
        self.app.call_from_thread(
            self._show, ids, load, keep_cursor_on, {r["id"]: r for r in chase}
        )

    def _show(
        self,
        ids: list[int],
        load: followups.FollowUpLoad,
        keep_cursor_on: int | None,
        chase: dict[int, dict[str, Any]],
    ) -> None:
        self._chase = chase
        self.table.set_rows(ids, keep_cursor_on=keep_cursor_on)
        to_chase = f" · {len(chase):,} to chase" if chase else ""  # overdue payments, a row each
        self.query_one("#count", Static).update(
            f"{load.open:,} open · {load.overdue:,} overdue · {load.due_today:,} today{to_chase}"
        )

    def _fetch(self, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
        rows = followups.rows(self.custui.store, [i for i in ids if i > 0], self.custui.today)
        rows.update({i: dict(self._chase[i]) for i in ids if i in self._chase})
        for row in rows.values():
            row["customer"] = display_safe(f"{row['code']} {row['name']}")
        return rows

    # -- actions ----------------------------------------------------------------

    def _current(self) -> dict[str, Any] | None:
        """The highlighted follow-up's row (as drawn; read if its page is not loaded yet)."""
        table = self.table
        row_id = table.current_row_id()
        if row_id is None:
            return None
        return table.row_for(table.cursor_row) or self._fetch([row_id]).get(row_id)  # type: ignore[return-value]

    def _next_row_id(self) -> int | None:
        ids, at = self.table.row_ids, self.table.cursor_row
        following = list(ids[at + 1 : at + 2]) or list(ids[max(at - 1, 0) : at])
        return following[0] if following else None

    def _mark_done(self, row: dict[str, Any]) -> None:
        followups.set_done(self.custui.store, row["id"])
        self.reload(keep_cursor_on=self._next_row_id())
        self.custui.customers_changed()

    def _chased(self, row: dict[str, Any]) -> bool:
        """A "chase payment" row: done once paid, so its keys show the customer's open orders."""
        if row["id"] > 0:
            return False
        from custui.tui.screens.owed import PaymentsScreen

        label = display_safe(f"{row['code']} · {row['name']}")
        self.app.push_screen(
            PaymentsScreen(row["customer_id"], label),
            lambda _: self.reload(self.table.current_row_id()),
        )
        return True

    def action_done(self) -> None:
        row = self._current()
        if row is None or not self.custui.check_writable() or self._chased(row):
            return
        self._mark_done(row)
        self._undo.append(
            (
                lambda: followups.set_done(self.custui.store, row["id"], done=False),
                row["id"],
                "Open again.",
            )
        )
        self.notify(
            display_safe(f"Done: {row['next_action']} ({row['name']}). u undoes."), markup=False
        )

    def action_done_and_next(self) -> None:
        """Log what happened and the next step; the follow-up is done only once that is saved (esc leaves
        it open, and says so)."""
        row = self._current()
        if row is None or not self.custui.check_writable() or self._chased(row):
            return
        from custui.tui.screens.entry_form import EntryFormScreen

        channel = row["channel"] or "call"
        initial = {"channel": channel, "next_action": row["next_action"] or "",
                   "next_action_due": f"+{follow_up_days(self.custui.store)[channel]}d"}  # fmt: skip
        if (
            row["contact_id"] is not None
        ):  # with the same person as the one done (else the primary contact)
            initial["contact_id"] = str(row["contact_id"])

        def saved(entry_id: int | None) -> None:
            if entry_id is None:
                self.notify(
                    display_safe(f"Still open: {row['next_action']} ({row['name']})."), markup=False
                )
                return
            self._mark_done(row)

            def undo() -> None:
                from custui.store import timeline

                followups.set_done(self.custui.store, row["id"], done=False)
                timeline.delete_entry(self.custui.store, "interaction", entry_id)

            self._undo.append(
                (undo, row["id"], "Open again; the interaction logged with it is deleted.")
            )
            self.notify(display_safe(f"Done: {row['next_action']} ({row['name']}), next one logged. u undoes both."),
                        markup=False)  # fmt: skip

        self.app.push_screen(
            EntryFormScreen(
                self.custui.store,
                row["customer_id"],
                row["customer"],
                "interaction",
                self.custui.today,
                initial,
            ),
            saved,
        )

    def action_postpone(self) -> None:
        """Another day for the highlighted follow-up (tomorrow, in a week, in a month, or typed), not done."""
        row = self._current()
        if row is None or not self.custui.check_writable() or self._chased(row):
            return
        from custui.tui.screens.choice import ChoiceScreen

        def chosen(when: str | None) -> None:
            if when == "typed":
                from custui.tui.screens.prompt import PromptScreen

                self.app.push_screen(PromptScreen("Postpone to (+3d, next mon, 2026-12-15, 下周一):", value="+1w"),
                                     lambda typed: self._postpone(row, typed))  # fmt: skip
            elif when is not None:
                self._postpone(row, when)

        self.app.push_screen(ChoiceScreen(
            display_safe(f"Postpone {row['next_action']} ({row['name']})"),
            {"1": "+1d", "w": "+1w", "m": "+1m", "d": "typed"},
            {"1": "tomorrow", "w": "in a week", "m": "in a month", "d": "another day…"},
        ), chosen)  # fmt: skip

    def _postpone(self, row: dict[str, Any], typed: str | None) -> None:
        from custui.core.validate import FieldInvalid, parse_date

        if not typed:
            return
        try:
            day = parse_date(typed, today=self.custui.today)
        except FieldInvalid as exc:
            self.notify(f"Not postponed: {exc}", severity="warning", markup=False)
            return
        if day is None:
            return
        old = followups.postpone(self.custui.store, row["id"], day.isoformat())

        def undo() -> None:
            followups.postpone(self.custui.store, row["id"], old)

        self._undo.append((undo, row["id"], f"Due {old or 'never'} again."))
        self.reload(keep_cursor_on=row["id"])
        self.custui.customers_changed()
        self.notify(display_safe(f"Postponed to {day.isoformat()}: {row['next_action']} ({row['name']}). u undoes."),
                    markup=False)  # fmt: skip

    def action_undo(self) -> None:
        """Undo the last done (after ``n``, the interaction it logged goes too) or postpone."""
        if not self._undo:
            self.notify("Nothing to undo.")
            return
        undo, interaction_id, message = self._undo.pop()
        undo()
        self.reload(keep_cursor_on=interaction_id)
        self.custui.customers_changed()
        self.notify(message)

    def action_calendar(self) -> None:
        """Every open follow-up as an iCalendar file (the same as ``custui agenda --ics FILE``)."""
        from custui.tui.screens.prompt import PromptScreen

        def write(typed: str | None) -> None:
            if not typed:
                return
            from datetime import datetime
            from pathlib import Path

            from custui.core.agenda import agenda_calendar
            from custui.core.text import counted

            path = Path(typed).expanduser()
            rows = followups.due_by(self.custui.store, self.custui.today, everything=True)
            try:
                path.write_bytes(agenda_calendar(rows, datetime.now(UTC)))
            except OSError as exc:
                self.notify(
                    f"Not written: {exc.strerror or exc} ({path})", severity="error", markup=False
                )
                return
            self.notify(display_safe(f"Wrote {counted(len(rows), 'open follow-up')} to {path}: import it in your "
                                     "calendar."), markup=False)  # fmt: skip

        self.app.push_screen(PromptScreen("Write every open follow-up to (an .ics file for your calendar):",
                                          value="~/custui-followups.ics"), write)  # fmt: skip

    def action_delays(self) -> None:
        if not self.custui.check_writable():
            return
        from custui.tui.screens.follow_up_delays import FollowUpDelaysScreen

        def saved(days: dict[str, int] | None) -> None:
            if days is not None:
                self.notify(
                    "Follow-up delays saved: " + ", ".join(f"{c} {d}d" for c, d in days.items())
                )

        self.app.push_screen(FollowUpDelaysScreen(self.custui.store), saved)

    @on(LazyTable.RowOpened)
    def _open(self) -> None:
        row = self._current()
        if row is None:
            return
        from custui.tui.screens.customer_detail import CustomerDetailScreen

        self.app.push_screen(
            CustomerDetailScreen(row["customer_id"]),
            lambda _: self.reload(self.table.current_row_id()),
        )
