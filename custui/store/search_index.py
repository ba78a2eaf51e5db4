"""Keeping the search index up to date with plain-SQL triggers (schema v9).

Triggers only note which customers and tags changed, in ``search_queue`` and ``tag_search_queue``,
so any program can write the file. custui then writes their search documents in Python
(core.search_docs): on open, before every search, and when another program wrote the file. Big
backlogs go in batches, one transaction each, with progress.

A read-only file cannot be brought up to date. Its search shows the index as the last writer left
it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence

from custui.store.db import Store

#: Customers (or tags) re-indexed per transaction.
BATCH = 2_000

#: Each customer's searchable columns and its people (as the document wants them), by id.
_CUSTOMER_SQL = """
SELECT c.id, c.code, c.name, c.phone, c.phone_e164, c.email, c.industry, c.region, c.city, c.notes,
       c.street, c.postcode, c.country,
       (SELECT json_group_array(json_object('name', p.name, 'title', p.title, 'phone', p.phone,
                                            'phone_e164', p.phone_e164, 'email', p.email, 'im', p.im))
        FROM (SELECT * FROM contacts WHERE customer_id = c.id AND deleted_at IS NULL
              ORDER BY is_primary DESC, id) p),
       (SELECT group_concat(p.name, ' ')
        FROM (SELECT name FROM contacts WHERE customer_id = c.id AND deleted_at IS NULL
              ORDER BY is_primary DESC, id) p)
FROM customers c
"""


def backlog(store: Store) -> int:
    """How many customers and tags wait to be re-indexed."""
    rows = store.query(
        "SELECT (SELECT count(*) FROM search_queue) + (SELECT count(*) FROM tag_search_queue)"
    )
    return int(rows[0][0])


def needs_update(store: Store) -> bool:
    """Something waits to be re-indexed (two index seeks: cheap enough before every search)."""
    rows = store.query(
        "SELECT EXISTS (SELECT 1 FROM search_queue) OR EXISTS (SELECT 1 FROM tag_search_queue)"
    )
    return bool(rows[0][0])


def searchable(store: Store) -> None:
    """Before a search: the index up to date with every write so far (any program's)."""
    bring_up_to_date(store)


def bring_up_to_date(store: Store, progress: Callable[[int, int], None] | None = None) -> int:
    """Re-index every queued customer and tag; returns how many.  *progress* gets (done, total) after
    each batch.  Nothing is done on a read-only file."""
    if store.read_only or not needs_update(store):
        return 0
    total, done = backlog(store), 0
    for queue, key, reindex in (
        ("search_queue", "customer_id", _reindex_customers),
        ("tag_search_queue", "tag_id", _reindex_tags),
    ):
        while True:
            with store.transaction() as conn:
                ids = [
                    r[0]
                    for r in conn.execute(
                        f"SELECT {key} FROM {queue} ORDER BY {key} LIMIT ?", (BATCH,)
                    )
                ]
                if not ids:
                    break
                reindex(conn, ids)
                conn.execute(
                    f"DELETE FROM {queue} WHERE {key} IN (SELECT value FROM json_each(?))",
                    (_ids(ids),),
                )
            done += len(ids)
            if progress is not None:
                progress(done, total)
    return done


def _ids(ids: Sequence[int]) -> str:
    return "[" + ",".join(str(int(i)) for i in ids) + "]"


def documents(
    conn: sqlite3.Connection, ids: Sequence[int] | None = None
) -> list[tuple[int, str, str]]:
    """(id, search document, pinyin) of the customers *ids* (all when None), in id order: what the
    index holds for each once up to date."""
    from custui.core.search_docs import customer_doc, customer_pinyin

    where, params = (
        ("WHERE c.id IN (SELECT value FROM json_each(?))", (_ids(ids),))
        if ids is not None
        else ("", ())
    )
    rows = conn.execute(f"{_CUSTOMER_SQL} {where} ORDER BY c.id", params).fetchall()
    return [(row[0], customer_doc(*row[1:14]), customer_pinyin(row[2], row[14])) for row in rows]


def _reindex_customers(conn: sqlite3.Connection, ids: Sequence[int]) -> None:
    found = documents(conn, ids)
    conn.execute(
        "DELETE FROM customer_fts WHERE rowid IN (SELECT value FROM json_each(?))", (_ids(ids),)
    )
    conn.executemany("INSERT INTO customer_fts (rowid, doc, pinyin) VALUES (?, ?, ?)", found)


def _reindex_tags(conn: sqlite3.Connection, ids: Sequence[int]) -> None:
    from custui.core.search_docs import tag_doc

    rows = conn.execute(
        "SELECT id, name FROM tags WHERE id IN (SELECT value FROM json_each(?))", (_ids(ids),)
    )
    found = rows.fetchall()
    conn.execute(
        "DELETE FROM tag_fts WHERE rowid IN (SELECT value FROM json_each(?))", (_ids(ids),)
    )
    conn.executemany("INSERT INTO tag_fts (rowid, doc, pinyin) VALUES (?, ?, '')",
                     [(tag_id, tag_doc(name)) for tag_id, name in found])  # fmt: skip
