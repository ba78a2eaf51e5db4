"""Open next actions across all customers: what the rep owes whom, and when.

An open follow-up is an interaction with a ``next_action_due``, not done,
not deleted, of an active customer.  The list is ordered by due date (so
overdue comes first, then today, then later), then by id; rows are read by
id for the lazy table.  Marking done is one UPDATE and undoable.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import Any

from custui.store.db import Store
from custui.store.repo import ACTIVE

_OPEN = f"""
FROM interactions i JOIN customers c ON c.id = i.customer_id
WHERE i.done = 0 AND i.next_action_due IS NOT NULL AND i.deleted_at IS NULL AND {ACTIVE}
"""
_IDS_SQL = f"SELECT i.id {_OPEN} ORDER BY i.next_action_due, i.id"
_ROWS_SQL = """
SELECT i.id, i.customer_id, c.code, c.name, i.next_action, i.next_action_due, i.channel, i.summary,
       i.occurred_at, i.owner
FROM interactions i JOIN customers c ON c.id = i.customer_id
WHERE i.id IN (SELECT value FROM json_each(?))
"""
_ROW_KEYS = ("id", "customer_id", "code", "name", "next_action", "next_action_due", "channel", "summary",
             "occurred_at", "owner")  # fmt: skip


def open_ids(store: Store) -> list[int]:
    """Ids of the open follow-ups, soonest due first (overdue before today before later)."""
    return [r[0] for r in store.tuples(_IDS_SQL)]


def summary(store: Store, today: date) -> tuple[int, int, int]:
    """(open, overdue, due today) follow-ups."""
    iso = today.isoformat()
    row = store.tuples(
        f"SELECT count(*), sum(substr(i.next_action_due, 1, 10) < ?), sum(substr(i.next_action_due, 1, 10) = ?) {_OPEN}",
        (iso, iso),
    )[0]
    return int(row[0]), int(row[1] or 0), int(row[2] or 0)


def when(due: str | None, today: date) -> str:
    """"overdue", "today" or "later" for a due date (ISO text)."""
    day = (due or "")[:10]
    if not day:
        return "later"
    iso = today.isoformat()
    return "overdue" if day < iso else "today" if day == iso else "later"


def rows(store: Store, ids: Sequence[int], today: date) -> dict[int, dict[str, Any]]:
    """Display rows of follow-ups by id, with ``when`` and ``days`` (due minus today)."""
    out: dict[int, dict[str, Any]] = {}
    for values in store.tuples(_ROWS_SQL, (json.dumps([int(i) for i in ids]),)):
        row = dict(zip(_ROW_KEYS, values))
        due = (row["next_action_due"] or "")[:10]
        row["when"] = when(due, today)
        try:
            row["days"] = (date.fromisoformat(due) - today).days
        except ValueError:
            row["days"] = None
        out[row["id"]] = row
    return out


def set_done(store: Store, interaction_id: int, done: bool = True) -> None:
    """Mark a follow-up done (or open again: the undo)."""
    with store.transaction() as conn:
        conn.execute("UPDATE interactions SET done = ? WHERE id = ?", (1 if done else 0, interaction_id))
