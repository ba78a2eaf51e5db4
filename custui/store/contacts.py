"""The people at each customer: read, add, edit, remove (undoably), mark the primary one.

Each change is one transaction and bumps the person's ``row_version`` (another
window's save of the same person is refused, as for customers).  Removing a
person is a soft delete (``deleted_at``): their interactions keep naming them
and undo brings them back exactly.  A customer's first person becomes its
primary contact; when the primary is removed, the longest-known person who
is still there takes over.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from custui.store.db import Store, StoreError, inserted_id
from custui.store.repo import EditConflict, NotFound, now_iso

#: The columns a person's form writes (core.contacts.validate_contact's keys).
CONTACT_COLUMNS = (
    "name",
    "title",
    "phone",
    "phone_e164",
    "phone_invalid",
    "email",
    "im",
    "notes",
    "left_at",
)
#: A customer's people in the order every screen lists them: primary, then those still there, oldest first.
ORDER = "is_primary DESC, left_at IS NOT NULL, id"
#: SQL for the primary contact's *column* of the customer ``c`` (the list, the brief, the call list).
PRIMARY = "(SELECT {column} FROM contacts WHERE customer_id = c.id AND is_primary = 1 AND deleted_at IS NULL)"


def primary_sql(column: str) -> str:
    return PRIMARY.format(column=column)


def list_contacts(store: Store, customer_id: int, *, removed: bool = False) -> list[dict[str, Any]]:
    """The customer's people, primary first, those who left after those still there (removed ones too
    with *removed*)."""
    where = "" if removed else " AND deleted_at IS NULL"
    rows = store.query(
        f"SELECT * FROM contacts WHERE customer_id = ?{where} ORDER BY {ORDER}", (customer_id,)
    )
    return [dict(r) for r in rows]


def people_of(store: Store, customer_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """Every listed customer's people (not removed), in the order of :data:`ORDER`."""
    from custui.store.repo import ID_LIST, id_list

    out: dict[int, list[dict[str, Any]]] = {}
    rows = store.query(
        f"SELECT * FROM contacts WHERE customer_id IN {ID_LIST} AND deleted_at IS NULL ORDER BY customer_id, {ORDER}",
        (id_list(customer_ids),),
    )
    for row in rows:
        out.setdefault(row["customer_id"], []).append(dict(row))
    return out


def get_contact(store: Store, contact_id: int) -> dict[str, Any]:
    rows = store.query("SELECT * FROM contacts WHERE id = ?", (contact_id,))
    if not rows:
        raise NotFound(f"Contact {contact_id} does not exist.")
    return dict(rows[0])


def insert_contact(conn: sqlite3.Connection, customer_id: int, values: Mapping[str, Any], *, primary: bool | None = None,
                   stamp: str | None = None, import_id: int | None = None) -> int:  # fmt: skip
    """Insert a validated person inside the caller's transaction; the first person of a customer (or
    *primary*) becomes its primary contact."""
    stamp = stamp or now_iso()
    if primary is None:
        primary = conn.execute(
            "SELECT 1 FROM contacts WHERE customer_id = ? AND is_primary = 1 AND deleted_at IS NULL", (customer_id,)
        ).fetchone() is None  # fmt: skip
    elif primary:
        _demote(conn, customer_id, stamp)
    record = {c: values.get(c) for c in CONTACT_COLUMNS}
    record["phone_invalid"] = int(record["phone_invalid"] or 0)
    names = ("customer_id", *CONTACT_COLUMNS, "is_primary", "created_at", "updated_at", "import_id")
    params = (customer_id, *record.values(), int(primary), stamp, stamp, import_id)
    cursor = conn.execute(
        f"INSERT INTO contacts ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})",
        params,
    )
    return inserted_id(cursor)


def add_contact(
    store: Store, customer_id: int, values: Mapping[str, Any], *, primary: bool | None = None
) -> int:
    """Add a validated person (core.contacts.validate_contact) to an active customer; returns its id."""
    with store.transaction() as conn:
        _active_customer(conn, customer_id)
        return insert_contact(conn, customer_id, values, primary=primary)


def update_contact(
    store: Store, contact_id: int, values: Mapping[str, Any], *, expected_version: int | None = None
) -> int:
    """Save changed fields of a person; returns the new row_version.  EditConflict when another window
    saved the person in between (with *expected_version*)."""
    record = {c: values[c] for c in CONTACT_COLUMNS if c in values}
    with store.transaction() as conn:
        current = _contact(conn, contact_id)
        if expected_version is not None and current["row_version"] != expected_version:
            raise EditConflict(
                f"{current['name']} was changed elsewhere after you opened it; reload to see the new values."
            )
        if "name" in record and not record["name"]:
            raise StoreError("A contact needs a name.")
        assignments = "".join(f"{c} = ?, " for c in record)
        conn.execute(f"UPDATE contacts SET {assignments}updated_at = ?, row_version = row_version + 1 WHERE id = ?",
                     (*record.values(), now_iso(), contact_id))  # fmt: skip
        return int(current["row_version"]) + 1


@dataclass(frozen=True)
class Removal:
    """What :func:`remove_contact` did, so :func:`restore_contact` can put it back exactly."""

    contact_id: int
    was_primary: bool
    promoted: int | None  # the person who became primary in their place


def remove_contact(store: Store, contact_id: int) -> Removal:
    """Take a person off the customer's list (their interactions keep naming them); undo with
    :func:`restore_contact`."""
    stamp = now_iso()
    with store.transaction() as conn:
        contact = _contact(conn, contact_id)
        if contact["deleted_at"] is not None:
            raise StoreError(f"{contact['name']} was already removed.")
        conn.execute("UPDATE contacts SET deleted_at = ?, is_primary = 0, row_version = row_version + 1 WHERE id = ?",
                     (stamp, contact_id))  # fmt: skip
        promoted = None
        if contact["is_primary"]:
            row = conn.execute(
                f"SELECT id FROM contacts WHERE customer_id = ? AND deleted_at IS NULL ORDER BY {ORDER} LIMIT 1",
                (contact["customer_id"],),
            ).fetchone()
            if row is not None:
                promoted = int(row[0])
                _mark_primary(conn, promoted, stamp)
        return Removal(contact_id, bool(contact["is_primary"]), promoted)


def restore_contact(store: Store, removal: Removal) -> None:
    """Undo :func:`remove_contact`: the person is back, primary again if they were."""
    stamp = now_iso()
    with store.transaction() as conn:
        contact = _contact(conn, removal.contact_id)
        conn.execute("UPDATE contacts SET deleted_at = NULL, row_version = row_version + 1 WHERE id = ?",
                     (removal.contact_id,))  # fmt: skip
        if removal.was_primary:
            _demote(conn, contact["customer_id"], stamp)
            _mark_primary(conn, removal.contact_id, stamp)


def set_primary(store: Store, contact_id: int) -> int | None:
    """Make a person the customer's primary contact; returns who was primary before (None: nobody)."""
    stamp = now_iso()
    with store.transaction() as conn:
        contact = _contact(conn, contact_id)
        if contact["deleted_at"] is not None:
            raise StoreError(f"{contact['name']} was removed; bring them back first.")
        before = conn.execute(
            "SELECT id FROM contacts WHERE customer_id = ? AND is_primary = 1 AND deleted_at IS NULL",
            (contact["customer_id"],),
        ).fetchone()  # fmt: skip
        _demote(conn, contact["customer_id"], stamp)
        _mark_primary(conn, contact_id, stamp)
        return int(before[0]) if before else None


def save_primary_from_form(
    conn: sqlite3.Connection, customer_id: int, name: str | None, title: str | None
) -> None:
    """The customer form's Contact and Title fields: the primary contact's name and title (one is made
    when there is none).  A blank name with a primary contact is refused: removing a person is done
    with the people of the customer, so their details are never lost by clearing a field."""
    row = conn.execute(
        "SELECT id, name, title FROM contacts WHERE customer_id = ? AND is_primary = 1 AND deleted_at IS NULL",
        (customer_id,),
    ).fetchone()  # fmt: skip
    if row is None:
        if name or title:
            insert_contact(conn, customer_id, {"name": name or title, "title": title}, primary=True)
        return
    if not name:
        raise StoreError(
            f"The contact {row[1]} stays: remove or replace a person with p (people) on the customer."
        )
    if (name, title) != (row[1], row[2]):
        conn.execute("UPDATE contacts SET name = ?, title = ?, updated_at = ?, row_version = row_version + 1 "
                     "WHERE id = ?", (name, title, now_iso(), row[0]))  # fmt: skip


# -- helpers ---------------------------------------------------------------------------------


def _contact(conn: sqlite3.Connection, contact_id: int) -> sqlite3.Row:
    row: sqlite3.Row | None = conn.execute(
        "SELECT * FROM contacts WHERE id = ?", (contact_id,)
    ).fetchone()
    if row is None:
        raise NotFound(f"Contact {contact_id} does not exist.")
    return row


def _active_customer(conn: sqlite3.Connection, customer_id: int) -> None:
    row = conn.execute(
        "SELECT deleted_at, merged_into FROM customers WHERE id = ?", (customer_id,)
    ).fetchone()
    if row is None or row[0] is not None or row[1] is not None:
        raise StoreError(f"Customer {customer_id} is gone (deleted or merged); nothing was saved.")


def _demote(conn: sqlite3.Connection, customer_id: int, stamp: str) -> None:
    conn.execute("UPDATE contacts SET is_primary = 0, updated_at = ?, row_version = row_version + 1 "
                 "WHERE customer_id = ? AND is_primary = 1", (stamp, customer_id))  # fmt: skip


def _mark_primary(conn: sqlite3.Connection, contact_id: int, stamp: str) -> None:
    conn.execute("UPDATE contacts SET is_primary = 1, updated_at = ?, row_version = row_version + 1 WHERE id = ?",
                 (stamp, contact_id))  # fmt: skip
