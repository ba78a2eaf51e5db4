"""One customer's timeline: interactions and orders merged, newest first, read in pages.

Pages use keyset paging on (time, kind, id) descending — each page reads at
most *limit* rows from each table through its (customer_id, time) index, so
the first page of a customer with 5,000 entries costs the same as with 5.
Deleted entries (``deleted_at``) are left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from custui.store.db import Store, StoreError, inserted_id
from custui.store.repo import now_iso

#: Keyset position: (time, kind, id) of the last entry of the previous page.
Cursor = tuple[str, str, int]

_INTERACTION_COLUMNS = """'interaction' AS kind, id, occurred_at AS at, channel, summary, owner, sentiment,
           next_action, next_action_due, done, NULL AS amount_minor, NULL AS currency, NULL AS product,
           NULL AS amount_base_minor,
           (SELECT name FROM contacts WHERE contacts.id = interactions.contact_id) AS contact_name,
           NULL AS due_on, NULL AS paid, NULL AS paid_on"""

_PAGE_SQL = f"""
SELECT * FROM (
    SELECT {_INTERACTION_COLUMNS}
    FROM interactions INDEXED BY interactions_customer_time
    WHERE customer_id = :customer AND deleted_at IS NULL
      AND (:at IS NULL OR (occurred_at, 'interaction', id) < (:at, :kind, :id))
    ORDER BY occurred_at DESC, id DESC LIMIT :limit
)
UNION ALL
SELECT * FROM (
    SELECT 'order' AS kind, id, ordered_at AS at, NULL, NULL, NULL, NULL,
           NULL, NULL, NULL, amount_minor, currency, product, amount_base_minor, NULL,
           due_on, paid, paid_on
    FROM orders INDEXED BY orders_customer_time
    WHERE customer_id = :customer AND deleted_at IS NULL
      AND (:at IS NULL OR (ordered_at, 'order', id) < (:at, :kind, :id))
    ORDER BY ordered_at DESC, id DESC LIMIT :limit
)
ORDER BY at DESC, kind DESC, id DESC
LIMIT :limit
"""

_COUNT_SQL = """
SELECT (SELECT count(*) FROM interactions WHERE customer_id = :customer AND deleted_at IS NULL),
       (SELECT count(*) FROM orders WHERE customer_id = :customer AND deleted_at IS NULL)
"""


@dataclass(frozen=True)
class Entry:
    """One line of the timeline: an interaction or an order."""

    kind: str  # "interaction" | "order"
    id: int
    at: str
    channel: str | None = None
    summary: str | None = None
    owner: str | None = None
    sentiment: str | None = None
    next_action: str | None = None
    next_action_due: str | None = None
    done: bool = False
    amount_minor: int | None = None
    currency: str | None = None
    product: str | None = None
    amount_base_minor: int | None = None  # in the base currency; None: its currency has no rate
    contact_name: str | None = (
        None  # the person an interaction was with (also one who left or was removed)
    )
    due_on: str | None = None  # an order's due day (YYYY-MM-DD), when it has terms
    paid: bool | None = None  # an order paid (True), not (False), or not known (None)
    paid_on: str | None = None  # the day an order was paid, when known

    @property
    def cursor(self) -> Cursor:
        return (self.at, self.kind, self.id)


def page(
    store: Store, customer_id: int, after: Cursor | None = None, limit: int = 100
) -> list[Entry]:
    """Up to *limit* entries older than *after* (None: the newest), newest first."""
    at, kind, entry_id = after if after is not None else (None, None, None)
    params: dict[str, Any] = {
        "customer": customer_id,
        "at": at,
        "kind": kind,
        "id": entry_id,
        "limit": limit,
    }
    return [_entry(row) for row in store.tuples(_PAGE_SQL, params)]


def _entry(row: tuple[Any, ...]) -> Entry:
    paid = None if row[16] is None else bool(row[16])
    fields = (
        *row[:9],
        bool(row[9]),
        *row[10:16],
        paid,
        *row[17:],
    )  # done and paid are stored as 0/1
    return Entry(*fields)


_OPEN_SQL = f"""
SELECT {_INTERACTION_COLUMNS} FROM interactions
WHERE customer_id = ? AND done = 0 AND next_action_due IS NOT NULL AND deleted_at IS NULL
ORDER BY next_action_due, id
"""


def open_actions(store: Store, customer_id: int) -> list[Entry]:
    """The customer's interactions with a next action not done yet, soonest due first."""
    return [_entry(row) for row in store.tuples(_OPEN_SQL, (customer_id,))]


_KEYS_SQL = """
SELECT occurred_at, 'interaction', id FROM interactions INDEXED BY interactions_customer_time
WHERE customer_id = :customer AND deleted_at IS NULL
UNION ALL
SELECT ordered_at, 'order', id FROM orders INDEXED BY orders_customer_time
WHERE customer_id = :customer AND deleted_at IS NULL
ORDER BY 1 DESC, 2 DESC, 3 DESC
"""


def keys(store: Store, customer_id: int) -> list[Cursor]:
    """Every entry's (time, kind, id), newest first: the row order a lazy table scrolls over
    (a few KB for thousands of entries; the entries themselves are read by :func:`page`)."""
    return store.tuples(_KEYS_SQL, {"customer": customer_id})


def counts(store: Store, customer_id: int) -> tuple[int, int]:
    """(interactions, orders) of the customer, not counting deleted ones."""
    row = store.query(_COUNT_SQL, {"customer": customer_id})[0]
    return int(row[0]), int(row[1])


# --------------------------------------------------------------------------- writing

INTERACTION_COLUMNS = ("occurred_at", "channel", "summary", "owner", "sentiment", "next_action", "next_action_due",
                       "contact_id")  # fmt: skip
ORDER_COLUMNS = (
    "ordered_at",
    "amount_minor",
    "currency",
    "product",
    "margin_minor",
    "due_on",
    "paid",
    "paid_on",
)


def _insert(
    store: Store, table: str, customer_id: int, columns: tuple[str, ...], values: dict[str, Any]
) -> int:
    with store.transaction() as conn:
        row = conn.execute(
            "SELECT deleted_at, merged_into FROM customers WHERE id = ?", (customer_id,)
        ).fetchone()
        if row is None or row[0] is not None or row[1] is not None:
            raise StoreError(
                f"Customer {customer_id} is gone (deleted or merged); nothing was saved."
            )
        names = ("customer_id", *columns, "created_at")
        params = (customer_id, *(values.get(c) for c in columns), now_iso())
        marks = ", ".join("?" for _ in names)
        return inserted_id(
            conn.execute(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})", params)
        )


def add_interaction(store: Store, customer_id: int, values: dict[str, Any]) -> int:
    """Store a validated interaction (core.entries.validate_interaction); returns its id."""
    return _insert(store, "interactions", customer_id, INTERACTION_COLUMNS, values)


def add_order(store: Store, customer_id: int, values: dict[str, Any]) -> int:
    """Store a validated order (core.entries.validate_order); returns its id."""
    return _insert(store, "orders", customer_id, ORDER_COLUMNS, values)


_TABLES = {"interaction": ("interactions", INTERACTION_COLUMNS), "order": ("orders", ORDER_COLUMNS)}


def update_entry(store: Store, kind: str, entry_id: int, values: dict[str, Any]) -> None:
    """Replace a validated entry's fields (the customer stays)."""
    table, columns = _TABLES[kind]
    assignments = ", ".join(f"{c} = ?" for c in columns)
    with store.transaction() as conn:
        conn.execute(
            f"UPDATE {table} SET {assignments} WHERE id = ?",
            (*(values.get(c) for c in columns), entry_id),
        )


def delete_entry(store: Store, kind: str, entry_id: int, *, restore: bool = False) -> None:
    """Soft-delete an interaction or order (``restore=True`` is the undo)."""
    table, _ = _TABLES[kind]
    with store.transaction() as conn:
        conn.execute(
            f"UPDATE {table} SET deleted_at = ? WHERE id = ?",
            (None if restore else now_iso(), entry_id),
        )


def get_entry(store: Store, kind: str, entry_id: int) -> dict[str, Any]:
    """One entry's stored columns (deleted or not); KeyError when there is none."""
    table, _ = _TABLES[kind]
    rows = store.query(f"SELECT * FROM {table} WHERE id = ?", (entry_id,))
    if not rows:
        raise KeyError(f"{kind} {entry_id}")
    return dict(rows[0])
