"""Finished imports: listed with what they wrote, and reverted as a whole (or the revert undone).

Reverting first undoes the merges of its rows into existing customers (so those
get their own values back), then soft-deletes what the import wrote — its
customers (with their timelines, as a customer delete does), the people it
added, and its interactions and orders — in one transaction, after a backup.  Rows deleted
some other way before stay as they were, so undoing the revert brings back
exactly what it removed; rows it had merged come back as customers of their
own (the duplicates screen will offer them again).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime

from custui.store.backup import backup_before
from custui.store.db import Store, StoreError
from custui.store.merge import undo_merge_in

_TABLES = ("customers", "interactions", "orders")
#: What a revert takes out: the rows, and the people the import added with its customers.
_REVERTED = (*_TABLES, "contacts")


@dataclass(frozen=True)
class ImportRecord:
    id: int
    kind: str
    source: str
    rows: int
    imported_at: str
    reverted_at: str | None
    live: int  # of its rows, how many are still there (not deleted)


def list_imports(store: Store) -> list[ImportRecord]:
    """Every import, newest first, with how many of its rows are still in the book."""
    live = " + ".join(
        f"(SELECT count(*) FROM {t} WHERE import_id = i.id AND deleted_at IS NULL)" for t in _TABLES
    )
    rows = store.tuples(f"SELECT i.id, i.kind, i.source, i.rows, i.imported_at, i.reverted_at, {live} FROM imports i "
                        "ORDER BY i.id DESC")  # fmt: skip
    return [ImportRecord(*r) for r in rows]


def touched_customers(store: Store, import_id: int) -> list[int]:
    """Every customer the import *import_id* wrote or wrote to: those it added (merged away ones
    included), those its interactions, orders and people landed on, and the customers its rows were
    merged into.  What the list re-scores after it, instead of the whole book."""
    rows = store.tuples(
        "SELECT id FROM customers WHERE import_id = :i "
        "UNION SELECT customer_id FROM interactions WHERE import_id = :i "
        "UNION SELECT customer_id FROM orders WHERE import_id = :i "
        "UNION SELECT customer_id FROM contacts WHERE import_id = :i",
        {"i": import_id},
    )
    touched = {int(r[0]) for r in rows}
    for survivor, merged in store.tuples(
        "SELECT survivor_id, merged_ids FROM merges WHERE undone_at IS NULL"
    ):
        if touched.intersection(json.loads(merged)):
            touched.add(int(survivor))
    return sorted(touched)


def _record(store: Store, import_id: int) -> ImportRecord:
    found = [r for r in list_imports(store) if r.id == import_id]
    if not found:
        raise StoreError(f"There is no import number {import_id} (custui imports lists them).")
    return found[0]


def revert_import(store: Store, import_id: int) -> int:
    """Soft-delete everything the import wrote; returns how many rows that took out (its people not counted)."""
    record = _record(store, import_id)
    if record.reverted_at:
        raise StoreError(f"Import {import_id} was already reverted on {record.reverted_at[:10]}.")
    backup_before(store, "revert-import")
    # to the microsecond: the undo restores rows carrying exactly this stamp, and a row
    # deleted by hand in the same second (stamped to the second) must not come back with them
    stamp = datetime.now(UTC).isoformat(timespec="microseconds")
    removed = 0
    with store.transaction() as conn:
        _undo_its_merges(conn, import_id)
        for table in _REVERTED:
            removed += (table in _TABLES) * conn.execute(
                f"UPDATE {table} SET deleted_at = ? WHERE import_id = ? AND deleted_at IS NULL",
                (stamp, import_id),
            ).rowcount
        conn.execute("UPDATE imports SET reverted_at = ? WHERE id = ?", (stamp, import_id))
    return removed


def _undo_its_merges(conn: sqlite3.Connection, import_id: int) -> None:
    """Undo the merges of the import's rows into existing customers (newest first), so those customers
    get their own values back; StoreError (undo merge N first) when a later merge builds on one."""
    imported = {
        r[0] for r in conn.execute("SELECT id FROM customers WHERE import_id = ?", (import_id,))
    }
    for merge_id, merged_ids in conn.execute(
        "SELECT id, merged_ids FROM merges WHERE undone_at IS NULL ORDER BY id DESC"
    ).fetchall():
        if imported & set(json.loads(merged_ids)):
            undo_merge_in(conn, merge_id)


def undo_revert(store: Store, import_id: int) -> int:
    """Bring back exactly what revert_import took out; returns how many rows."""
    record = _record(store, import_id)
    if not record.reverted_at:
        raise StoreError(f"Import {import_id} is not reverted.")
    restored = 0
    with store.transaction() as conn:
        for table in _REVERTED:
            restored += (table in _TABLES) * conn.execute(
                f"UPDATE {table} SET deleted_at = NULL WHERE import_id = ? AND deleted_at = ?",
                (import_id, record.reverted_at),
            ).rowcount
        conn.execute("UPDATE imports SET reverted_at = NULL WHERE id = ?", (import_id,))
    return restored
