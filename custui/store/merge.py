"""Applying merge plans, undoing them exactly, and "not duplicates" decisions.

A merge is one transaction.  The merged rows stay in ``customers`` with
``merged_into`` set (so lists, search and scores skip them) and the ``merges``
row keeps, as JSON, everything needed to put the file back as it was: the
survivor's and the merged rows' full columns, which interactions and orders
moved away from which customer, and the ``customer_tags`` rows of everyone
involved.  Undo is therefore exact and works after restarting the app; merges
are undone newest first.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from typing import Any

from custui.core.merge import PLAN_COLUMNS, MergePlan, kept_points
from custui.store import cipher
from custui.store.backup import backup_before
from custui.store.db import Store, StoreError, inserted_id
from custui.store.repo import ID_LIST, id_list, now_iso


def _label(row: sqlite3.Row | dict[str, Any]) -> str:
    return f"{row['name']} ({row['code']})"


def merge(store: Store, plan: MergePlan) -> int:
    """Merge ``plan.merged_ids`` into ``plan.survivor_id``; returns the merge id.

    Raises :class:`StoreError` (plain words) when the merge makes no sense:
    fewer than two records, the survivor among the merged, a record missing,
    deleted or already merged, or a chosen code used by another customer.
    """
    backup_before(store, "merge")
    with store.transaction() as conn:
        return merge_in(conn, plan)


def merge_in(conn: sqlite3.Connection, plan: MergePlan) -> int:
    """:func:`merge` inside the caller's transaction (an import merging rows into existing customers)."""
    survivor_id = int(plan.survivor_id)
    merged_ids = list(dict.fromkeys(int(i) for i in plan.merged_ids))
    if not merged_ids:
        raise StoreError("Pick at least two customers to merge.")
    if survivor_id in merged_ids:
        raise StoreError("The surviving customer cannot also be one of the merged ones.")
    involved = [survivor_id, *merged_ids]
    values = {k: v for k, v in plan.values.items() if k in PLAN_COLUMNS}
    rows = {
        r["id"]: dict(r)
        for r in conn.execute(
            f"SELECT * FROM customers WHERE id IN {ID_LIST}", (id_list(involved),)
        )
    }
    for customer_id in involved:
        row = rows.get(customer_id)
        if row is None:
            raise StoreError(f"Customer {customer_id} no longer exists; reload the duplicates.")
        if row["merged_into"] is not None:
            raise StoreError(f"{_label(row)} was already merged into another customer.")
        if row["deleted_at"] is not None:
            raise StoreError(f"{_label(row)} is deleted; restore it before merging.")
    survivor = rows[survivor_id]
    also = kept_points(plan, [rows[i] for i in involved])
    if also:  # phones and e-mails the plan leaves out stay readable on the survivor
        notes = values.get("notes", survivor["notes"])
        values["notes"] = f"{notes.rstrip()}\n{also}" if notes and str(notes).strip() else also
    merged_json = id_list(merged_ids)
    moved = {
        str(m): {
            table: [
                r[0]
                for r in conn.execute(
                    f"SELECT id FROM {table} WHERE customer_id = ? ORDER BY id", (m,)
                )
            ]
            for table in ("interactions", "orders")
        }
        for m in merged_ids
    }
    tags_before = [
        [r[0], r[1]]
        for r in conn.execute(
            f"SELECT customer_id, tag_id FROM customer_tags WHERE customer_id IN {ID_LIST} "
            "ORDER BY customer_id, tag_id",
            (id_list(involved),),
        )
    ]
    undo = {
        "survivor": survivor,
        "merged": [rows[m] for m in merged_ids],
        "moved": moved,
        "customer_tags": tags_before,
        "contacts": [
            dict(r)
            for r in conn.execute(
                f"SELECT * FROM contacts WHERE customer_id IN {ID_LIST} ORDER BY id",
                (id_list(involved),),
            )
        ],
        "interaction_contacts": [],
    }

    # A code chosen from a merged record: the two swap codes (undo swaps back).
    new_code = values.get("code")
    if new_code is None or (isinstance(new_code, str) and not new_code.strip()):
        values.pop("code", None)
        new_code = None
    holder = None
    if new_code is not None and new_code != survivor["code"]:
        holder = next((m for m in merged_ids if rows[m]["code"] == new_code), None)
        if holder is None:
            clash = conn.execute(
                "SELECT name, code FROM customers WHERE code = ?", (new_code,)
            ).fetchone()
            if clash is not None:
                raise StoreError(f"Code {new_code} is already used by {_label(clash)}.")
    try:
        if holder is not None:
            conn.execute(
                "UPDATE customers SET code = ? WHERE id = ?", (f"\x00merge-{holder}", holder)
            )
        assignments = "".join(f"{column} = ?, " for column in values)
        conn.execute(
            f"UPDATE customers SET {assignments}updated_at = ?, row_version = row_version + 1 WHERE id = ?",
            (*values.values(), now_iso(), survivor_id),
        )
        if holder is not None:
            conn.execute("UPDATE customers SET code = ? WHERE id = ?", (survivor["code"], holder))
    except cipher.IntegrityError as exc:
        raise StoreError(f"The merged values cannot be saved ({exc}); pick other values.") from exc

    for table in ("interactions", "orders"):
        conn.execute(
            f"UPDATE {table} SET customer_id = ? WHERE customer_id IN {ID_LIST}",
            (survivor_id, merged_json),
        )
    conn.execute(
        "INSERT OR IGNORE INTO customer_tags (customer_id, tag_id) "
        f"SELECT ?, tag_id FROM customer_tags WHERE customer_id IN {ID_LIST}",
        (survivor_id, merged_json),
    )
    conn.execute(f"DELETE FROM customer_tags WHERE customer_id IN {ID_LIST}", (merged_json,))
    undo["interaction_contacts"] = _merge_people(conn, survivor_id, merged_ids)
    conn.execute(
        f"UPDATE customers SET merged_into = ?, row_version = row_version + 1 WHERE id IN {ID_LIST}",
        (survivor_id, merged_json),
    )
    cursor = conn.execute(
        "INSERT INTO merges (survivor_id, merged_ids, undo, merged_at) VALUES (?, ?, ?, ?)",
        (survivor_id, merged_json, json.dumps(undo, ensure_ascii=False), now_iso()),
    )
    return inserted_id(cursor)


def _merge_people(
    conn: sqlite3.Connection, survivor_id: int, merged_ids: list[int]
) -> list[list[int]]:
    """Every person of the merged customers joins the survivor; one person entered at two of them
    (a number, the e-mail or the name in common: core.contacts.same_people) becomes one — the survivor's
    own entry, its blanks filled — and the interactions that named the others name it.  The survivor's
    primary contact stays primary (or, without one, the first merged customer's).  Returns each
    re-pointed interaction as [id, the contact it named] for the undo."""
    from custui.core.contacts import combined_person, same_people
    from custui.store.contacts import CONTACT_COLUMNS

    stamp = now_iso()
    order = {cid: n for n, cid in enumerate([survivor_id, *merged_ids])}
    people: list[Mapping[str, Any]] = sorted(
        (dict(r) for r in conn.execute(
            f"SELECT * FROM contacts WHERE customer_id IN {ID_LIST} AND deleted_at IS NULL",
            (id_list(order),))),
        key=lambda p: (order[p["customer_id"]], -p["is_primary"], p["id"]),
    )  # fmt: skip
    primary_given = False
    conn.execute(
        f"UPDATE contacts SET is_primary = 0 WHERE customer_id IN {ID_LIST}", (id_list(order),)
    )
    repointed: list[list[int]] = []
    for group in same_people(people):
        entries = [people[i] for i in group]
        kept = combined_person(entries)
        assignments = "".join(f"{c} = ?, " for c in CONTACT_COLUMNS)
        conn.execute(
            f"UPDATE contacts SET {assignments}customer_id = ?, updated_at = ?, row_version = row_version + 1 WHERE id = ?",
            (*(kept.get(c) for c in CONTACT_COLUMNS), survivor_id, stamp, kept["id"]),
        )
        for absorbed in entries[1:]:
            repointed += [[r[0], absorbed["id"]] for r in conn.execute(
                "SELECT id FROM interactions WHERE contact_id = ?", (absorbed["id"],))]  # fmt: skip
            conn.execute(
                "UPDATE interactions SET contact_id = ? WHERE contact_id = ?",
                (kept["id"], absorbed["id"]),
            )
            conn.execute("UPDATE contacts SET deleted_at = ?, row_version = row_version + 1 WHERE id = ?",
                         (stamp, absorbed["id"]))  # fmt: skip
        if not primary_given and any(
            e["is_primary"] for e in entries
        ):  # groups come survivor's first
            conn.execute("UPDATE contacts SET is_primary = 1 WHERE id = ?", (kept["id"],))
            primary_given = True
    return repointed


def _merge_row(conn: sqlite3.Connection, merge_id: int | None) -> sqlite3.Row:
    if merge_id is None:
        row: sqlite3.Row | None = conn.execute(
            "SELECT * FROM merges WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1"
        ).fetchone()
        if row is None:
            raise StoreError("There is no merge to undo.")
        return row
    row = conn.execute("SELECT * FROM merges WHERE id = ?", (merge_id,)).fetchone()
    if row is None:
        raise StoreError(f"Merge {merge_id} does not exist.")
    if row["undone_at"] is not None:
        raise StoreError(f"Merge {merge_id} was already undone.")
    return row


def undo_merge(store: Store, merge_id: int | None = None) -> int:
    """Put back exactly what merge *merge_id* (default: the last active one) changed.

    Returns the merge id.  Refuses while a later merge involving any of the same
    customers is still active: merges are undone newest first.
    """
    with store.transaction() as conn:
        return undo_merge_in(conn, merge_id)


def undo_merge_in(conn: sqlite3.Connection, merge_id: int | None = None) -> int:
    """:func:`undo_merge` inside the caller's transaction (reverting an import that merged rows)."""
    row = _merge_row(conn, merge_id)
    merge_id = int(row["id"])
    undo = json.loads(row["undo"])
    involved = {int(row["survivor_id"]), *json.loads(row["merged_ids"])}
    for later in conn.execute(
        "SELECT id, survivor_id, merged_ids FROM merges WHERE id > ? AND undone_at IS NULL ORDER BY id DESC",
        (merge_id,),
    ):
        if involved & {int(later["survivor_id"]), *json.loads(later["merged_ids"])}:
            raise StoreError(
                f"Undo merge {later['id']} first: it is newer and involves the same customers."
            )

    snapshots: list[dict[str, Any]] = [undo["survivor"], *undo["merged"]]
    current_codes = {
        r[0]: r[1]
        for r in conn.execute(
            f"SELECT id, code FROM customers WHERE id IN {ID_LIST}", (id_list(involved),)
        )
    }
    try:
        # codes may have been swapped: park them before writing the old rows back
        for snap in snapshots:
            if current_codes.get(snap["id"]) != snap["code"]:
                conn.execute(
                    "UPDATE customers SET code = ? WHERE id = ?",
                    (f"\x00undo-{snap['id']}", snap["id"]),
                )
        existing = {r[1] for r in conn.execute("PRAGMA table_info(customers)")}
        for snap in snapshots:
            values = {RENAMED_COLUMNS.get(c, c): v for c, v in snap.items() if c != "id"}
            columns = [c for c in values if c in existing]
            assignments = ", ".join(f"{c} = ?" for c in columns)
            conn.execute(
                f"UPDATE customers SET {assignments} WHERE id = ?",
                (*(values[c] for c in columns), snap["id"]),
            )
            _restore_old_contact(conn, snap)
    except cipher.IntegrityError as exc:
        raise StoreError(f"Merge {merge_id} cannot be undone: {exc}.") from exc

    for customer_id, tables in undo["moved"].items():
        for table, ids in tables.items():
            if table not in ("interactions", "orders"):
                continue
            conn.execute(
                f"UPDATE {table} SET customer_id = ? WHERE id IN {ID_LIST}",
                (int(customer_id), id_list(ids)),
            )
    conn.execute(f"DELETE FROM customer_tags WHERE customer_id IN {ID_LIST}", (id_list(involved),))
    conn.executemany(
        "INSERT OR IGNORE INTO customer_tags (customer_id, tag_id) "
        "SELECT ?, id FROM tags WHERE id = ?",  # a tag deleted since then stays gone
        [(c, t) for c, t in undo["customer_tags"]],
    )
    _restore_people(conn, undo.get("contacts", []), undo.get("interaction_contacts", []))
    conn.execute("UPDATE merges SET undone_at = ? WHERE id = ?", (now_iso(), merge_id))
    return merge_id


#: Customer columns renamed since a merge was recorded: its snapshot names the old column.
RENAMED_COLUMNS = {"address": "street"}  # v7


def _restore_old_contact(conn: sqlite3.Connection, snap: Mapping[str, Any]) -> None:
    """A merge recorded before v7 kept the one contact on the customer row (contact_name and
    contact_title): put it back as the customer's primary person, as the v7 upgrade made it."""
    if "contact_name" not in snap and "contact_title" not in snap:
        return
    name = (snap.get("contact_name") or "").strip() or (snap.get("contact_title") or "").strip()
    title = (snap.get("contact_title") or "").strip() or None
    primary = conn.execute(
        "SELECT id FROM contacts WHERE customer_id = ? AND is_primary = 1 AND deleted_at IS NULL",
        (snap["id"],),
    ).fetchone()
    if primary is not None and name:
        conn.execute(
            "UPDATE contacts SET name = ?, title = ?, updated_at = ? WHERE id = ?",
            (name, title, now_iso(), primary[0]),
        )
    elif primary is None and name:
        stamp = now_iso()
        conn.execute(
            "INSERT INTO contacts (customer_id, name, title, is_primary, created_at, updated_at) "
            "VALUES (?, ?, ?, 1, ?, ?)",
            (snap["id"], name, title, stamp, stamp),
        )


def _restore_people(
    conn: sqlite3.Connection, snapshots: list[dict[str, Any]], repointed: list[list[int]]
) -> None:
    """Every person as the merge found them (people added since stay), and the interactions that
    named an absorbed entry name it again.  Primaries are cleared first so no customer ever has two."""
    if not snapshots:
        return
    conn.execute(
        f"UPDATE contacts SET is_primary = 0 WHERE id IN {ID_LIST}",
        (id_list(s["id"] for s in snapshots),),
    )
    for snap in snapshots:
        columns = [c for c in snap if c != "id"]
        conn.execute(f"UPDATE contacts SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
                     (*(snap[c] for c in columns), snap["id"]))  # fmt: skip
    conn.executemany(
        "UPDATE interactions SET contact_id = ? WHERE id = ?", [(c, i) for i, c in repointed]
    )


def last_merge(store: Store) -> dict[str, Any] | None:
    """The newest merge not undone yet (what ``u`` would undo), or None.

    Keys: id, survivor_id, merged_ids (list), merged_at, survivor_name, survivor_code.
    """
    rows = store.query(
        "SELECT m.id, m.survivor_id, m.merged_ids, m.merged_at, c.name AS survivor_name, c.code AS survivor_code "
        "FROM merges m LEFT JOIN customers c ON c.id = m.survivor_id "
        "WHERE m.undone_at IS NULL ORDER BY m.id DESC LIMIT 1"
    )
    if not rows:
        return None
    result = dict(rows[0])
    result["merged_ids"] = json.loads(result["merged_ids"])
    return result


# -- not duplicates -------------------------------------------------------------


def _pair(a: int, b: int) -> tuple[int, int]:
    a, b = int(a), int(b)
    if a == b:
        raise StoreError("A customer cannot be marked as not a duplicate of itself.")
    return (a, b) if a < b else (b, a)


def mark_not_duplicates(store: Store, a: int, b: int) -> None:
    """Remember that *a* and *b* are different customers; the pair is not suggested again."""
    low, high = _pair(a, b)
    with store.transaction() as conn:
        try:
            conn.execute(
                "INSERT OR IGNORE INTO not_duplicates (customer_a, customer_b, decided_at) VALUES (?, ?, ?)",
                (low, high, now_iso()),
            )
        except cipher.IntegrityError as exc:
            raise StoreError(f"Customer {low} or {high} no longer exists.") from exc


def mark_group_not_duplicates(store: Store, ids: Sequence[int]) -> None:
    """Every pair of a group at once (one transaction)."""
    unique = sorted({int(i) for i in ids})
    with store.transaction():
        for i, a in enumerate(unique):
            for b in unique[i + 1 :]:
                mark_not_duplicates(store, a, b)


def unmark_not_duplicates(store: Store, a: int, b: int) -> None:
    low, high = _pair(a, b)
    with store.transaction() as conn:
        conn.execute(
            "DELETE FROM not_duplicates WHERE customer_a = ? AND customer_b = ?", (low, high)
        )


def dismissed_pairs(store: Store) -> list[dict[str, Any]]:
    """Every pair marked "not duplicates", newest decision first: both ids, codes and names, and the day."""
    rows = store.query(
        "SELECT n.customer_a AS a, n.customer_b AS b, n.decided_at, ca.code AS code_a, ca.name AS name_a, "
        "cb.code AS code_b, cb.name AS name_b FROM not_duplicates n "
        "JOIN customers ca ON ca.id = n.customer_a JOIN customers cb ON cb.id = n.customer_b "
        "ORDER BY n.decided_at DESC, n.customer_a, n.customer_b"
    )  # fmt: skip
    return [dict(r) for r in rows]


def not_duplicate_pairs(store: Store) -> set[tuple[int, int]]:
    """All dismissed pairs as (smaller id, larger id)."""
    return {(r[0], r[1]) for r in store.query("SELECT customer_a, customer_b FROM not_duplicates")}
