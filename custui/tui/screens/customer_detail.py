"""`enter` on the list: one customer at a glance — key fields, score, tags, and the timeline.

The timeline (interactions and orders merged, newest first) is a LazyTable
over the entries' positions: the keys of every entry are read once (a few
KB for thousands), and only the rows on screen are read, a page at a time,
with store.timeline's keyset pages.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.widgets import Static

from custui.core.addresses import one_line
from custui.core.model import FIELDS_BY_NAME
from custui.core.text import counted, display_safe
from custui.core.validate import format_money, phone_region
from custui.store import contacts, repo, timeline
from custui.store.settings import home_region
from custui.tui.actions import bindings
from custui.tui.screens.base import AppScreen
from custui.tui.screens.owed import owed_line
from custui.tui.screens.people import SUMMARY_LINES, PeopleScreen, people_text
from custui.tui.widgets.chips import chips_text
from custui.tui.widgets.footer import KeyFooter
from custui.tui.widgets.lazy_table import Column, LazyTable, day_cell, with_header

if TYPE_CHECKING:
    from custui.store.book import Book
    from custui.store.tags import TagChange

CHANNELS = {
    "visit": "visit 拜访", "call": "call 电话", "meeting": "meeting 会议", "email": "email 邮件",
    "message": "message 消息", "event": "event 活动", "other": "other 其他", "order": "ORDER 订单",
}  # fmt: skip
#: From this many lines the customer screen shows up to SUMMARY_LINES people, else two.
TALL = 30
SENTIMENTS = {"positive": "▲ positive", "neutral": "● neutral", "negative": "▼ negative"}


def money(minor: int | None, currency: str | None) -> str:
    """Exact minor units as "CNY 12,345.00"."""
    if minor is None:
        return ""
    return f"{currency or ''} {format_money(minor)}".strip()


TIMELINE_COLUMNS = (
    Column("date", "Date", width=10),
    Column("what", "What", width=12),
    Column("summary", "Summary / order", width=12, flex=3),
    Column("owner", "Who", width=8, drop=4),
    Column("sentiment", "Sentiment", width=10, drop=2, style_key="mood"),
    Column("next_action", "Next / payment", width=14, flex=2, drop=1),
    Column("due", "Due", width=10, drop=1),
)


def _order_text(entry: timeline.Entry) -> str:
    """The amount in the order's own currency, first (so no width hides it), then the product; a word when
    the currency has no rate and the order is left out of the money."""
    amount = money(entry.amount_minor, entry.currency)
    if entry.amount_base_minor is None and entry.amount_minor:
        amount += " (no rate: not counted)"
    return " · ".join(x for x in (amount, entry.product) if x)


def _interaction_text(entry: timeline.Entry) -> str:
    """The summary, after the person it was with ("张伟 · 确认交期"): a name kept when they left or were removed."""
    return " · ".join(x for x in (entry.contact_name, entry.summary) if x)


def payment_text(entry: timeline.Entry, today: date | None) -> str:
    """An order's payment, for the timeline: "paid", "paid 12d late", "unpaid", "12d overdue" ("" when
    nothing is known); its due day shows in the Due column."""
    due = (entry.due_on or "")[:10]
    if entry.paid:
        paid_on = (entry.paid_on or "")[:10]
        if due and paid_on > due:
            return f"paid {(date.fromisoformat(paid_on) - date.fromisoformat(due)).days}d late"
        return "paid"
    if entry.paid is None and not due:
        return ""
    due = due or (entry.at or "")[:10]
    if today is not None and due and due < today.isoformat():
        return f"{(today - date.fromisoformat(due)).days}d overdue"
    return "unpaid"


def entry_row(entry: timeline.Entry, today: date | None = None) -> dict[str, Any]:
    """What the timeline shows of one entry (an order's payment against *today*)."""
    is_order = entry.kind == "order"
    due = day_cell(entry.due_on if is_order else entry.next_action_due)
    return {
        "date": day_cell(entry.at),
        "what": CHANNELS.get(
            "order" if is_order else entry.channel or "other", entry.channel or ""
        ),
        "summary": _order_text(entry) if is_order else _interaction_text(entry),
        "with": entry.contact_name or "",
        "owner": entry.owner or "",
        "sentiment": SENTIMENTS.get(entry.sentiment or "", ""),
        "mood": entry.sentiment or "",
        "next_action": payment_text(entry, today)
        if is_order
        else (("✓ " if entry.done else "") + entry.next_action)
        if entry.next_action
        else "",
        "due": due,
    }


#: The narrowest score range the sparkline spreads over its eight heights.
TREND_SPAN = 20.0


def score_trend(
    history: Sequence[tuple[date, float | None]], book: Book | None, customer_id: int
) -> str:
    """The score over the months as one short line: "By month ▃▄▅▆ 48→71 (2026-06…2026-11)" — each
    month's latest snapshot (store.history), the last month's being the score shown now; "" when there
    is no history.  At most 13 blocks: it fits a 60-column screen."""
    from custui.core.movement import sparkline

    points: list[tuple[str, float | None]] = [(d.strftime("%Y-%m"), s) for d, s in history]
    if not points:
        return ""
    if book is not None and customer_id in book.frame.index:  # this month: the score shown now
        month = book.as_of.strftime("%Y-%m")
        points = [p for p in points if p[0] != month]
        points.append((month, float(book.frame.at[customer_id, "score"])))
    scored = [s for _, s in points if s is not None]
    if not scored:
        return ""
    # the customer's own range, at least TREND_SPAN points wide: a move shows, noise does not shout
    low, high = min(scored), max(scored)
    pad = max(TREND_SPAN - (high - low), 0) / 2
    line = sparkline([s for _, s in points], low - pad, high + pad)
    return f"By month {line} {scored[0]:.0f}→{scored[-1]:.0f} ({points[0][0]}…{points[-1][0]})"


class TimelineTable(LazyTable):
    """The lazy table with the sentiment in colour: positive green, neutral muted, negative red."""

    COMPONENT_CLASSES = LazyTable.COMPONENT_CLASSES | {
        "lazy-table--positive", "lazy-table--neutral", "lazy-table--negative",
    }  # fmt: skip
    DEFAULT_CSS = """
    TimelineTable > .lazy-table--positive { color: $text-success; }
    TimelineTable > .lazy-table--neutral { color: $text-muted; }
    TimelineTable > .lazy-table--negative { color: $text-error; text-style: bold; }
    """


class CustomerDetailScreen(AppScreen["int | None"]):
    """One customer: the summary on top, the whole history below.

    Dismisses with the customer's id when it was deleted from here (so the
    list can offer undo), else None."""

    HELP_SECTION = "Customer\n"

    BINDING_GROUP_TITLE = "Customer"
    BINDINGS = bindings("customer")

    def __init__(self, customer_id: int, book: Book | None = None) -> None:
        super().__init__()
        self.customer_id = customer_id
        self.book = book
        self.keys: list[timeline.Cursor] = []
        #: "C00001 · name", as the title shows it (the entry forms reuse it)
        self.label = ""
        self._deleted: list[tuple[str, int]] = []
        #: people removed from here (p), newest last: u in the People dialog brings them back
        self._removed_people: list[contacts.Removal] = []
        #: the customer's people, primary first (as shown on top)
        self.people: list[dict[str, Any]] = []
        #: phones of this customer's people without a country code are read for this region
        self.people_region = ""

    def forget(self) -> None:
        super().forget()
        self.book = None

    def compose(self) -> ComposeResult:
        yield self.title_bar()
        yield Static("", id="detail-people", markup=False)
        yield Static("", id="detail-summary", markup=False)
        table = TimelineTable(
            TIMELINE_COLUMNS, self._fetch_entries, sortable=False, openable=False, id="timeline"
        )
        yield from with_header(table)
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#timeline", LazyTable).focus()
        self.reload()

    def file_changed(self) -> None:
        self.reload()
        for screen in self.app.screen_stack:
            if isinstance(screen, PeopleScreen) and screen.customer_id == self.customer_id:
                screen.refill()

    def scores_changed(self, book: Book) -> None:
        """The list has re-scored (after an order, a call, an edit): show this customer's new score."""
        self.book = book
        self.reload()

    def reload(self) -> None:
        """Re-read the customer and the timeline's keys (in a worker)."""
        self._load()

    @work(thread=True, exclusive=True, group="detail-load")
    def _load(self) -> None:
        store = self.custui.store
        try:
            customer = repo.get_customer(store, self.customer_id)
        except repo.NotFound as exc:
            self.app.call_from_thread(self._missing, str(exc))
            return
        keys = timeline.keys(store, self.customer_id)
        counts = timeline.counts(store, self.customer_id)
        people = contacts.list_contacts(store, self.customer_id)
        region = phone_region(customer, home_region(store))
        from custui.store.receivables import customer_owed
        from custui.store.settings import base_currency

        owed = customer_owed(store, self.customer_id, self.custui.today)
        customer["_owed"] = (
            owed_line(owed, base_currency(store), self.custui.today)
            if owed.open_orders or owed.left_out
            else ""
        )
        from custui.store.history import monthly_scores

        customer["_history"] = monthly_scores(store, self.customer_id)
        self.app.call_from_thread(self._show, customer, keys, counts, people, region)

    def _missing(self, message: str) -> None:
        self.notify(message, severity="error", markup=False)
        self.dismiss(None)

    def _show(self, customer: dict[str, Any], keys: list[timeline.Cursor], counts: tuple[int, int],
              people: list[dict[str, Any]], region: str) -> None:  # fmt: skip
        self.keys = keys
        self.people_region = region
        self.label = display_safe(f"{customer['code']} · {customer['name']}")
        self.query_one("#title", Static).update(self.label)
        self.query_one("#count", Static).update(
            f"{counted(counts[0], 'interaction')} · {counted(counts[1], 'order')}"
        )
        lines = [
            Text(line) if isinstance(line, str) else line for line in self._summary_lines(customer)
        ]
        self.query_one("#detail-summary", Static).update(Text("\n").join(lines))
        self.people = people
        self._show_people()
        self.query_one("#timeline", LazyTable).set_rows(range(len(keys)))

    def _show_people(self) -> None:
        """The people on top: up to four lines, two on a short terminal (the timeline keeps its room)."""
        limit = SUMMARY_LINES if self.size.height >= TALL else 2
        self.query_one("#detail-people", Static).update(people_text(self.people, limit))

    def on_resize(self) -> None:
        if self.label:
            self._show_people()

    def _summary_lines(self, customer: dict[str, Any]) -> list[str | Text]:
        def field(name: str) -> str:
            value = customer.get(name)
            return "" if value in (None, "") else display_safe(str(value))

        reach = " · ".join(v for v in (field("phone"), field("email"), field("website")) if v)
        place = " · ".join(
            v for v in (field("kind"), field("industry"), display_safe(one_line(customer))) if v
        )
        lines: list[str | Text] = [line for line in (reach, place) if line]
        book = self.book
        if book is not None and self.customer_id in book.frame.index:
            row = book.frame.loc[self.customer_id]
            score = (f"Score {row['score']:.1f} · {row['tier']} · priority {row['priority']} · "
                     f"{row['segment_label']} · RFM {row['rfm_cell']}")  # fmt: skip
            if row["churn"]:
                score += f" · churn risk: {row['churn_reason']}"
            lines.append(display_safe(score))
        trend = score_trend(customer.get("_history") or [], book, self.customer_id)
        if trend:
            lines.append(trend)
        if customer.get(
            "_owed"
        ):  # before the ratings and tags: money late matters more on a short screen
            lines.append(display_safe(customer["_owed"]))
        ratings = [f"{FIELDS_BY_NAME[n].label.split()[0]} {customer[n]}" for n in
                   ("need_match", "win_likelihood", "growth_potential", "strategic") if customer.get(n)]  # fmt: skip
        if ratings:
            lines.append(" · ".join(ratings))
        if customer.get("tags"):
            lines.append(chips_text(self.app.theme_variables, customer["tags"]))
        return lines

    def _fetch_entries(self, positions: Sequence[int]) -> dict[int, dict[str, Any]]:
        """Rows for consecutive timeline positions: one keyset page."""
        if not positions:
            return {}
        first, last = min(positions), max(positions)
        keys = self.keys
        if last >= len(keys):
            return {}
        after = keys[first - 1] if first > 0 else None
        entries = timeline.page(self.custui.store, self.customer_id, after, last - first + 1)
        today = self.custui.today
        return {first + n: entry_row(e, today) for n, e in enumerate(entries)}

    # -- actions ----------------------------------------------------------------

    def action_entry_add(self, kind: str) -> None:
        if not self.custui.check_writable():
            return
        from custui.tui.screens.entry_form import EntryFormScreen

        def saved(entry_id: int | None) -> None:
            if entry_id is not None:
                self._entry_changed(
                    "Interaction logged."
                    if kind == "interaction"
                    else "Order added; scores update."
                )

        self.app.push_screen(
            EntryFormScreen(
                self.custui.store, self.customer_id, self.label, kind, self.custui.today
            ),
            saved,
        )

    def _current_key(self) -> timeline.Cursor | None:
        row = self.query_one("#timeline", LazyTable).cursor_row
        return self.keys[row] if 0 <= row < len(self.keys) else None

    def action_tags_edit(self) -> None:
        if not self.custui.check_writable():
            return
        from custui.tui.screens.tag_editor import TagEditorScreen

        def closed(changes: list[TagChange] | None) -> None:
            if changes:
                self.custui.customers_changed([self.customer_id])
                self.reload()

        self.app.push_screen(
            TagEditorScreen(self.custui.store, [self.customer_id], f"Tags · {self.label}"), closed
        )

    def _entry_changed(self, message: str) -> None:
        self.notify(message, markup=False)
        self.custui.customers_changed([self.customer_id])
        self.reload()

    def action_entry_view(self) -> None:
        """The highlighted entry in full, to read; `e` there edits it, `d` deletes it."""
        key = self._current_key()
        if key is None:
            return
        from custui.tui.screens.entry_view import EntryViewScreen, entry_text

        _at, kind, entry_id = key
        entry = timeline.get_entry(self.custui.store, kind, entry_id)
        person = None
        if entry.get("contact_id"):
            try:
                person = contacts.get_contact(self.custui.store, entry["contact_id"])["name"]
            except repo.NotFound:
                person = None

        def chosen(choice: str | None) -> None:
            if choice == "edit":
                self.action_entry_edit()
            elif choice == "delete":
                self.action_entry_delete()

        title = f"{'Interaction 跟进' if kind == 'interaction' else 'Order 订单'} · {self.label}"
        self.app.push_screen(EntryViewScreen(title, entry_text(kind, entry, person)), chosen)

    def action_entry_edit(self) -> None:
        key = self._current_key()
        if key is None or not self.custui.check_writable():
            return
        from custui.tui.screens.entry_form import EntryFormScreen

        _at, kind, entry_id = key
        entry = timeline.get_entry(self.custui.store, kind, entry_id)

        def saved(changed: int | None) -> None:
            if changed is not None:
                self._entry_changed("Entry saved.")

        form = EntryFormScreen(
            self.custui.store, self.customer_id, self.label, kind, self.custui.today, entry=entry
        )
        self.app.push_screen(form, saved)

    def action_entry_delete(self) -> None:
        key = self._current_key()
        if key is None or not self.custui.check_writable():
            return
        _at, kind, entry_id = key
        timeline.delete_entry(self.custui.store, kind, entry_id)
        self._deleted.append((kind, entry_id))
        self._entry_changed(f"Deleted the {kind} of {key[0][:10]}. u brings it back.")

    def action_entry_undo(self) -> None:
        if not self._deleted:
            self.notify("Nothing to undo.")
            return
        kind, entry_id = self._deleted.pop()
        timeline.delete_entry(self.custui.store, kind, entry_id, restore=True)
        self._entry_changed(f"The {kind} is back.")

    def action_copy(self) -> None:
        from custui.tui.copying import offer_copy

        offer_copy(self.app, repo.get_customer(self.custui.store, self.customer_id))

    def action_people_show(self) -> None:
        if not self.label:  # not loaded yet
            return

        def closed(_result: None) -> None:
            if changed:
                self.custui.customers_changed(
                    [self.customer_id]
                )  # the list shows the primary contact and searches everyone

        changed: list[bool] = []

        def person_changed() -> None:
            changed.append(True)
            self.reload()

        self.app.push_screen(PeopleScreen(self.customer_id, self.label, region=self.people_region,
                                          removed=self._removed_people, changed=person_changed), closed)  # fmt: skip

    def action_briefing(self) -> None:
        self.custui.show_briefing(self.customer_id, self.book)

    def action_payments_show(self) -> None:
        """`$`: this customer's open orders; `p` there marks one paid today, `u` undoes."""
        if not self.label:  # not loaded yet
            return
        from custui.tui.screens.owed import PaymentsScreen

        self.app.push_screen(PaymentsScreen(self.customer_id, self.label, on_change=self.reload))

    def action_customer_edit(self) -> None:
        def saved(customer_id: int | None) -> None:
            if (
                customer_id is not None
                and repo.get_customer(self.custui.store, customer_id)["deleted_at"]
            ):
                self.dismiss(customer_id)  # the list registers the delete for undo and re-scores
                return
            self.custui.customers_changed([self.customer_id])
            self.reload()

        self.custui.open_customer(self.customer_id, on_saved=saved)

    def action_back(self) -> None:
        self.dismiss(None)
