"""Open next actions across all customers: what the rep owes whom, and when.

An open follow-up is an interaction with a ``next_action_due``, not done,
not deleted, of an active customer.  The list is ordered by due date (so
overdue comes first, then today, then later), then by id; rows are read by
id for the lazy table.  Marking done is one UPDATE and undoable.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from custui.store.db import Store
from custui.store.repo import ACTIVE, ID_LIST, id_list

_OPEN = f"""
FROM interactions i JOIN customers c ON c.id = i.customer_id
WHERE i.done = 0 AND i.next_action_due IS NOT NULL AND i.deleted_at IS NULL AND {ACTIVE}
"""
_IDS_SQL = f"SELECT i.id, i.next_action_due {_OPEN} ORDER BY i.next_action_due, i.id"
_ROWS_SQL = f"""
SELECT i.id, i.customer_id, c.code, c.name, i.next_action, i.next_action_due, i.channel, i.summary,
       i.occurred_at, i.owner, i.contact_id, c.phone, p.name, p.phone
FROM interactions i JOIN customers c ON c.id = i.customer_id LEFT JOIN contacts p ON p.id = i.contact_id
WHERE i.id IN {ID_LIST}
"""
_ROW_KEYS = ("id", "customer_id", "code", "name", "next_action", "next_action_due", "channel", "summary",
             "occurred_at", "owner", "contact_id", "customer_phone", "person", "person_phone")  # fmt: skip


def open_ids(store: Store, search: str = "") -> list[int]:
    """Ids of the open follow-ups, soonest due first (overdue before today before later); with *search*,
    those whose customer the list's search finds (name, pinyin, phone, people…) or whose next action
    holds the text."""
    return [r[0] for r in open_due(store, search)]


def open_due(store: Store, search: str = "") -> list[tuple[int, str]]:
    """(id, due) of :func:`open_ids`, in its order."""
    if not search.strip():
        return store.tuples(_IDS_SQL)
    from custui.store.search import matching_ids
    from custui.store.search_index import searchable

    customers = matching_ids(search)
    if customers:
        searchable(store)
    where = (
        f"(c.id IN ({customers[0]}) OR instr(i.next_action, ?) > 0)"
        if customers
        else "instr(i.next_action, ?) > 0"
    )
    params = (*(customers[1] if customers else ()), search.strip())
    return store.tuples(
        f"SELECT i.id, i.next_action_due {_OPEN} AND {where} ORDER BY i.next_action_due, i.id",
        params,
    )


@dataclass(frozen=True)
class FollowUpLoad:
    open: int
    overdue: int
    due_today: int
    due_this_week: int  # today and the next six days


def summary(store: Store, today: date) -> FollowUpLoad:
    """Open, overdue, due today and due this week (today and the next six days) follow-ups, in one pass."""
    iso, last = today.isoformat(), (today + timedelta(days=6)).isoformat()
    row = store.tuples(
        "SELECT count(*), sum(d < :today), sum(d = :today), sum(d BETWEEN :today AND :last) "
        f"FROM (SELECT substr(i.next_action_due, 1, 10) AS d {_OPEN})",
        {"today": iso, "last": last},
    )[0]
    return FollowUpLoad(int(row[0]), int(row[1] or 0), int(row[2] or 0), int(row[3] or 0))


def days_until(due: str | None, today: date) -> int | None:
    """Days from *today* to a due date (ISO text, time ignored); None when it is not a date."""
    try:
        return (date.fromisoformat((due or "")[:10]) - today).days
    except ValueError:
        return None


def _urgency(days: int | None) -> str:
    return "later" if days is None or days > 0 else "today" if days == 0 else "overdue"


def when(due: str | None, today: date) -> str:
    """ "overdue", "today" or "later" for a due date (ISO text)."""
    return _urgency(days_until(due, today))


def rows(store: Store, ids: Sequence[int], today: date) -> dict[int, dict[str, Any]]:
    """Display rows of follow-ups by id, with ``when`` and ``days`` (due minus today)."""
    out: dict[int, dict[str, Any]] = {}
    for values in store.tuples(_ROWS_SQL, (id_list(ids),)):
        row = dict(zip(_ROW_KEYS, values))
        row["days"] = days_until(row["next_action_due"], today)
        row["when"] = _urgency(row["days"])
        out[row["id"]] = row
    return out


def set_done(store: Store, interaction_id: int, done: bool = True) -> None:
    """Mark a follow-up done (or open again: the undo)."""
    with store.transaction() as conn:
        conn.execute(
            "UPDATE interactions SET done = ? WHERE id = ?", (1 if done else 0, interaction_id)
        )


def postpone(store: Store, interaction_id: int, due: str | None) -> str | None:
    """Move a follow-up to *due* (ISO day) without marking it done; returns the day it had (for undo)."""
    with store.transaction() as conn:
        row = conn.execute(
            "SELECT next_action_due FROM interactions WHERE id = ?", (interaction_id,)
        ).fetchone()
        conn.execute(
            "UPDATE interactions SET next_action_due = ? WHERE id = ?", (due, interaction_id)
        )
    return row[0] if row else None


def due_by(store: Store, today: date, *, everything: bool = False) -> list[dict[str, Any]]:
    """The open follow-ups due today or overdue (every open one with *everything*), soonest first."""
    ids = open_ids(store)
    found = rows(store, ids, today)
    ordered = [found[i] for i in ids if i in found]
    return (
        ordered if everything else [r for r in ordered if r["days"] is not None and r["days"] <= 0]
    )
