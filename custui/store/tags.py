"""Tags on a real file: create, tag and untag (one or thousands), rename, merge, recolour, delete — each undoable.

Every change that could lose something returns a small record of exactly
what it did, and the matching ``undo_*`` puts it back: bulk tagging keeps the
customers that really changed (not those that already had the tag), a merge
keeps each absorbed tag's row and members, a delete keeps the tag and its
members.  Counts are of active customers (not deleted, not merged away).

The search index follows on its own: triggers on ``customer_tags`` and on
tag renames rewrite the affected customers' documents.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from custui.core.tags import TagInfo, check_category, normalize_tag_name
from custui.core.validate import FieldInvalid
from custui.store.backup import backup_before
from custui.store.db import Store, StoreError, inserted_id
from custui.store.repo import ACTIVE, ID_LIST, id_list


class TagError(StoreError):
    """A tag change that cannot be made (the message says why)."""


class TagExists(TagError):
    """Another tag of that category already has that name (offer to merge)."""

    def __init__(self, message: str, existing_id: int) -> None:
        super().__init__(message)
        self.existing_id = existing_id


def _checked(check: Callable[[object], str], raw: object) -> str:
    try:
        return check(raw)
    except FieldInvalid as exc:
        raise TagError(str(exc)) from None


_COUNTS = f"""
SELECT t.id, t.name, t.category, t.color,
       (SELECT count(*) FROM customer_tags ct JOIN customers c ON c.id = ct.customer_id
         WHERE ct.tag_id = t.id AND {ACTIVE}) AS customers
FROM tags t
"""


def all_tags(store: Store) -> list[TagInfo]:
    """Every tag with its count of active customers, by category then name."""
    rows = store.tuples(_COUNTS + " ORDER BY t.category, t.name COLLATE NOCASE")
    return [TagInfo(*r) for r in rows]


def tag_colors(store: Store) -> dict[str, str]:
    """ "category/name" → the colour of each tag that has one of its own (no counting: cheap at start-up)."""
    rows = store.tuples("SELECT category, name, color FROM tags WHERE color IS NOT NULL")
    return {f"{category}/{name}": color for category, name, color in rows}


def get_tag(store: Store, tag_id: int) -> TagInfo:
    rows = store.tuples(_COUNTS + " WHERE t.id = ?", (tag_id,))
    if not rows:
        raise TagError(f"Tag {tag_id} no longer exists.")
    return TagInfo(*rows[0])


def find_tag(store: Store, category: str, name: str) -> int | None:
    rows = store.tuples(
        "SELECT id FROM tags WHERE category = ? AND name = ? COLLATE NOCASE", (category, name)
    )
    return int(rows[0][0]) if rows else None


def create_tag(
    store: Store, name: object, category: object = "custom", color: str | None = None
) -> int:
    """A new tag's id, or the existing one's when (category, name) is taken."""
    return _create_tag(store, name, category, color)[0]


def _create_tag(
    store: Store, name: object, category: object, color: str | None = None
) -> tuple[int, bool]:
    """(the tag's id, whether it was made now)."""
    clean_name = _checked(normalize_tag_name, name)
    clean_category = _checked(check_category, category)
    with store.transaction() as conn:
        existing = find_tag(store, clean_category, clean_name)
        if existing is not None:
            return existing, False
        sql = "INSERT INTO tags (name, category, color) VALUES (?, ?, ?)"
        return inserted_id(conn.execute(sql, (clean_name, clean_category, color))), True


# -- tagging ------------------------------------------------------------------------


@dataclass(frozen=True)
class TagChange:
    """Which customers gained (added=True) or lost a tag: enough to undo exactly."""

    tag_id: int
    customer_ids: tuple[int, ...]
    added: bool
    #: the tag was made for this change: undoing it deletes the tag again (when no one else has it)
    created: bool = False


def add_tag(store: Store, customer_ids: Iterable[int], tag_id: int) -> TagChange:
    """Give *tag_id* to every customer of *customer_ids* that lacks it (one transaction)."""
    ids = list(dict.fromkeys(customer_ids))
    if len(ids) > 1:
        backup_before(store, "bulk-tag")
    with store.transaction() as conn:
        get_tag(store, tag_id)
        have = {r[0] for r in conn.execute(
            f"SELECT customer_id FROM customer_tags WHERE tag_id = ? AND customer_id IN {ID_LIST}", (tag_id, id_list(ids))
        )}  # fmt: skip
        new = [i for i in ids if i not in have]
        conn.executemany(
            "INSERT INTO customer_tags (customer_id, tag_id) VALUES (?, ?)",
            [(i, tag_id) for i in new],
        )
    return TagChange(tag_id, tuple(new), added=True)


def remove_tag(store: Store, customer_ids: Iterable[int], tag_id: int) -> TagChange:
    """Take *tag_id* off every customer of *customer_ids* that has it (one transaction)."""
    ids = list(dict.fromkeys(customer_ids))
    if len(ids) > 1:
        backup_before(store, "bulk-tag")
    with store.transaction() as conn:
        had = [r[0] for r in conn.execute(
            f"SELECT customer_id FROM customer_tags WHERE tag_id = ? AND customer_id IN {ID_LIST}", (tag_id, id_list(ids))
        )]  # fmt: skip
        conn.executemany(
            "DELETE FROM customer_tags WHERE customer_id = ? AND tag_id = ?",
            [(i, tag_id) for i in had],
        )
    return TagChange(tag_id, tuple(had), added=False)


def add_new_tag(
    store: Store, customer_ids: Iterable[int], name: object, category: object = "custom"
) -> TagChange:
    """Give the tag (category, name) to the customers, making it first when it does not exist yet."""
    tag_id, created = _create_tag(store, name, category)
    return replace(add_tag(store, customer_ids, tag_id), created=created)


def undo_change(store: Store, change: TagChange) -> None:
    """Reverse an add_tag / remove_tag / add_new_tag exactly (customers that already had the tag keep it;
    a tag made for the change goes again unless someone else has it by now)."""
    if not change.added:
        add_tag(store, change.customer_ids, change.tag_id)
        return
    remove_tag(store, change.customer_ids, change.tag_id)
    if change.created:
        with store.transaction() as conn:
            conn.execute(
                "DELETE FROM tags WHERE id = ? AND NOT EXISTS (SELECT 1 FROM customer_tags WHERE tag_id = ?)",
                (change.tag_id, change.tag_id),
            )


# -- managing ----------------------------------------------------------------------


def rename_tag(store: Store, tag_id: int, new_name: object) -> None:
    """Rename; TagExists when the category already has that name (the caller may offer merge_tags)."""
    name = _checked(normalize_tag_name, new_name)
    with store.transaction() as conn:
        tag = get_tag(store, tag_id)
        other = find_tag(store, tag.category, name)
        if other is not None and other != tag_id:
            raise TagExists(f"{tag.category}/{name} already exists.", other)
        conn.execute("UPDATE tags SET name = ? WHERE id = ?", (name, tag_id))


def set_category(store: Store, tag_id: int, category: object) -> None:
    clean = _checked(check_category, category)
    with store.transaction() as conn:
        tag = get_tag(store, tag_id)
        other = find_tag(store, clean, tag.name)
        if other is not None and other != tag_id:
            raise TagExists(f"{clean}/{tag.name} already exists.", other)
        conn.execute("UPDATE tags SET category = ? WHERE id = ?", (clean, tag_id))


def set_color(store: Store, tag_id: int, color: str | None) -> None:
    with store.transaction() as conn:
        conn.execute("UPDATE tags SET color = ? WHERE id = ?", (color, tag_id))


@dataclass(frozen=True)
class RemovedTag:
    """A tag that was deleted or merged away, with the customers it was on."""

    id: int
    name: str
    category: str
    color: str | None
    customer_ids: tuple[int, ...]


@dataclass(frozen=True)
class TagMerge:
    target_id: int
    absorbed: tuple[RemovedTag, ...]
    gained: tuple[int, ...]  # customers that had a source tag but not the target


def _remove(conn: sqlite3.Connection, tag_id: int) -> RemovedTag:
    row = conn.execute(
        "SELECT id, name, category, color FROM tags WHERE id = ?", (tag_id,)
    ).fetchone()
    if row is None:
        raise TagError(f"Tag {tag_id} no longer exists.")
    members = tuple(
        r[0]
        for r in conn.execute("SELECT customer_id FROM customer_tags WHERE tag_id = ?", (tag_id,))
    )
    conn.execute("DELETE FROM customer_tags WHERE tag_id = ?", (tag_id,))
    conn.execute("DELETE FROM tags WHERE id = ?", (tag_id,))
    return RemovedTag(row[0], row[1], row[2], row[3], members)


def _put_back(conn: sqlite3.Connection, removed: RemovedTag) -> None:
    conn.execute(
        "INSERT INTO tags (id, name, category, color) VALUES (?, ?, ?, ?)",
        (removed.id, removed.name, removed.category, removed.color),
    )
    conn.executemany(
        "INSERT OR IGNORE INTO customer_tags (customer_id, tag_id) SELECT id, ? FROM customers WHERE id = ?",
        [(removed.id, c) for c in removed.customer_ids],
    )


def delete_tag(store: Store, tag_id: int) -> RemovedTag:
    """Delete a tag and take it off every customer; restore_tag undoes."""
    backup_before(store, "tag-delete")
    with store.transaction() as conn:
        return _remove(conn, tag_id)


def restore_tag(store: Store, removed: RemovedTag) -> None:
    with store.transaction() as conn:
        if find_tag(store, removed.category, removed.name) is not None:
            raise TagError(
                f"{removed.category}/{removed.name} exists again; rename it before restoring."
            )
        _put_back(conn, removed)


def merge_tags(store: Store, source_ids: Sequence[int], target_id: int) -> TagMerge:
    """Fold *source_ids* into *target_id*: their customers get the target, the sources go."""
    sources = [s for s in dict.fromkeys(source_ids) if s != target_id]
    backup_before(store, "tag-merge")
    with store.transaction() as conn:
        get_tag(store, target_id)
        before = {
            r[0]
            for r in conn.execute(
                "SELECT customer_id FROM customer_tags WHERE tag_id = ?", (target_id,)
            )
        }
        absorbed = tuple(_remove(conn, s) for s in sources)
        members = dict.fromkeys(c for a in absorbed for c in a.customer_ids)
        gained = tuple(c for c in members if c not in before)
        conn.executemany(
            "INSERT INTO customer_tags (customer_id, tag_id) VALUES (?, ?)",
            [(c, target_id) for c in gained],
        )
    return TagMerge(target_id, absorbed, gained)


def undo_merge(store: Store, merge: TagMerge) -> None:
    """Bring the absorbed tags back on their customers; take the target off those that only got it by the merge."""
    with store.transaction() as conn:
        conn.executemany(
            "DELETE FROM customer_tags WHERE customer_id = ? AND tag_id = ?",
            [(c, merge.target_id) for c in merge.gained],
        )
        for removed in merge.absorbed:
            _put_back(conn, removed)
