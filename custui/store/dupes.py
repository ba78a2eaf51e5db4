"""Duplicate customers in one file: read the records, scan, group, report.

The detection itself is :mod:`custui.core.dedupe` (pure); this module feeds it
the active customers, leaves out pairs the rep dismissed ("not duplicates"),
and turns the matches into review groups, strongest first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from custui.core.dedupe import DEFAULT_THRESHOLD, Match, Record
from custui.store.db import Store
from custui.store.merge import not_duplicate_pairs
from custui.store.repo import ACTIVE

if TYPE_CHECKING:
    import pandas as pd

    from custui.core.dedupe import Index

RECORD_COLUMNS = ("id", "name", "kind", "contact_name", "phone_e164", "email", "city", "region", "address", "website")
RECORD_SQL = f"SELECT {', '.join('c.' + col for col in RECORD_COLUMNS)} FROM customers c WHERE {ACTIVE} ORDER BY c.id"

#: What the command line writes, in this order.
EXPORT_COLUMNS = ("code_a", "name_a", "code_b", "name_b", "score", "reasons")


@dataclass(frozen=True)
class DuplicateGroup:
    """Customers that look like one: every pair of the group scoring ≥ the
    threshold joins it (union-find), so a group can hold three or more."""

    ids: tuple[int, ...]
    matches: tuple[Match, ...]

    @property
    def score(self) -> float:
        """The strongest pair's score: what the queue sorts on."""
        return max(m.score for m in self.matches)

    @property
    def reasons(self) -> tuple[str, ...]:
        """The strongest pair's reasons."""
        return max(self.matches, key=lambda m: m.score).reasons


def load_records(store: Store, ids: Sequence[int] | None = None) -> list[Record]:
    """Every active customer (or those of *ids*, active or not) as a dedupe :class:`Record`, by id."""
    import json

    sql, params = RECORD_SQL, ()
    if ids is not None:
        sql = RECORD_SQL.replace(f"WHERE {ACTIVE}", "WHERE c.id IN (SELECT value FROM json_each(?))")
        params = (json.dumps([int(i) for i in ids]),)
    return [Record(*row) for row in store.tuples(sql, params)]


def regroup(store: Store, ids: Sequence[int]) -> DuplicateGroup:
    """The group of *ids* scored afresh (every pair): how an undone merge
    returns to the queue without scanning the whole file again."""
    from itertools import combinations

    from custui.core.dedupe import score_pair

    records = load_records(store, ids)
    matches = sorted((score_pair(a, b) for a, b in combinations(records, 2)), key=lambda m: (-m.score, m.a, m.b))
    return DuplicateGroup(tuple(r.id for r in records), tuple(matches))


def build_index(
    store: Store,
    *,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Index:
    """The blocking index over the file's active customers (seconds at 100k: run it in a worker)."""
    from custui.core.dedupe import Index

    return Index(load_records(store), progress=progress, cancelled=cancelled)


def scan(
    store: Store,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Match]:
    """Every pair of active customers scoring ≥ *threshold* that the rep has not
    dismissed, strongest first.  Raises ``ScanCancelled`` when *cancelled* says so;
    *progress* gets 0…1 (reading and indexing is the first half)."""
    index_progress = (lambda f: progress(0.5 * f)) if progress else None
    scan_progress = (lambda f: progress(0.5 + 0.5 * f)) if progress else None
    index = build_index(store, progress=index_progress, cancelled=cancelled)
    return index.scan(
        threshold=threshold, progress=scan_progress, cancelled=cancelled, not_duplicates=not_duplicate_pairs(store)
    )


def group_matches(matches: Sequence[Match]) -> list[DuplicateGroup]:
    """Matches joined into groups (union-find), strongest group first, then by smallest id."""
    from custui.core.dedupe import clusters

    by_member: dict[int, list[Match]] = {}
    groups = []
    for members in clusters(matches):
        groups.append(members)
        for customer_id in members:
            by_member[customer_id] = []
    for match in matches:
        by_member[match.a].append(match)
    out = [
        DuplicateGroup(tuple(sorted(members)), tuple(m for cid in members for m in by_member[cid]))
        for members in groups
    ]
    out.sort(key=lambda g: (-g.score, g.ids))
    return out


def find_groups(
    store: Store,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[DuplicateGroup]:
    """The review queue: :func:`scan` grouped by :func:`group_matches`."""
    return group_matches(scan(store, threshold=threshold, progress=progress, cancelled=cancelled))


def pair_rows(store: Store, matches: Sequence[Match]) -> pd.DataFrame:
    """One row per pair for export: code and name of both sides, score, reasons ("; "-joined)."""
    import pandas as pd

    labels = _labels(store, {i for m in matches for i in (m.a, m.b)})
    rows: list[dict[str, Any]] = [
        {
            "code_a": labels[m.a][0],
            "name_a": labels[m.a][1],
            "code_b": labels[m.b][0],
            "name_b": labels[m.b][1],
            "score": round(m.score, 1),
            "reasons": "; ".join(m.reasons),
        }
        for m in matches
    ]
    return pd.DataFrame(rows, columns=list(EXPORT_COLUMNS))


def group_customers(store: Store, ids: Sequence[int]) -> list[dict[str, Any]]:
    """Full rows (with tags) of a group's customers, plus how many interactions and
    orders each has (``n_interactions``, ``n_orders``): what a merge would move."""
    from custui.store.repo import get_customer

    customers = [get_customer(store, int(i)) for i in ids]
    for customer in customers:
        (n_interactions,), (n_orders,) = (
            tuple(store.query(f"SELECT count(*) FROM {table} WHERE customer_id = ? AND deleted_at IS NULL",
                              (customer["id"],))[0])
            for table in ("interactions", "orders")
        )  # fmt: skip
        customer["n_interactions"], customer["n_orders"] = n_interactions, n_orders
    return customers


def _labels(store: Store, ids: set[int]) -> dict[int, tuple[str, str]]:
    import json

    rows = store.query(
        "SELECT id, code, name FROM customers WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted(ids)),),
    )
    return {r[0]: (r[1], r[2]) for r in rows}
