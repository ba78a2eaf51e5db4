"""Score history: snapshots of every scored customer's score, tier, segment and priority (schema v11,
table ``score_snapshots``), and what the movement matrix and the customer screen read back.

A snapshot belongs to a day (the as-of day it was scored for); one per day: taking it again replaces
it whole, in one transaction.  Two ways to take one:

* **from the kept ranking** (store.score_cache, ``score_ranks``) when it is fresh for that day: one
  ``INSERT … SELECT``, no scoring at all;
* **scored** as of that day (store.scores.score_book with the saved settings): a past day, or a day
  the kept ranking does not hold.  A customer entered after that day and without any order or
  interaction by then was not in the book yet, and is left out.

The app takes one on the first open in a month (:func:`monthly_snapshot`, from its fresh ranking, in
a worker); ``custui snapshot`` takes one on demand.  Reads of a side (:func:`tiers_on`) are plain
tuples: two snapshots of 100k customers read in well under a second.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from custui.store.db import Store

if TYPE_CHECKING:
    import pandas as pd

    from custui.core.scoring import ScoreResult

KEPT, SCORED = "kept ranking", "scored"

_COPY_RANKS = (
    "INSERT INTO score_snapshots (day, customer_id, score, tier, segment, priority) "
    "SELECT ?, r.customer_id, r.score, r.tier, r.segment_label, r.priority FROM score_ranks r "
    "JOIN customers c ON c.id = r.customer_id ORDER BY r.customer_id"
)


@dataclass(frozen=True)
class Snapshot:
    """A snapshot taken: its day, how many customers it holds, and how it was made (KEPT or SCORED)."""

    day: date
    customers: int
    made_from: str


def take_snapshot(store: Store, day: date | None = None) -> Snapshot:
    """Snapshot every scored customer as of *day* (default today), replacing any of that day."""
    from custui.store.score_cache import kept

    day = day or date.today()
    status = kept(store, day)
    if status is not None and status.fresh:
        return _from_ranks(store, day)
    from custui.store.scores import score_book

    result = score_book(store, day)
    return save_result(store, result, only_known_by=day)


def monthly_snapshot(store: Store, result: ScoreResult) -> Snapshot | None:
    """The month's snapshot, if the month of *result* (a ranking scored with the saved settings, as the
    list keeps it) has none yet: from the kept ranking when it is this result and fresh, else from
    *result* itself.  None when the month has one, the file is read-only or nobody is scored."""
    from custui.store.score_cache import kept

    day = result.as_of
    if store.read_only or len(result.frame) == 0 or month_has_snapshot(store, day):
        return None
    status = kept(store, day)
    if status is not None and status.fresh:
        return _from_ranks(store, day)
    return save_result(store, result)


def month_has_snapshot(store: Store, day: date) -> bool:
    """Is there a snapshot in the month of *day*?"""
    first = day.replace(day=1)
    rows = store.tuples(
        "SELECT 1 FROM score_snapshots WHERE day >= ? AND day < ? LIMIT 1",
        (first.isoformat(), _next_month(first).isoformat()),
    )
    return bool(rows)


def _from_ranks(store: Store, day: date) -> Snapshot:
    with store.transaction() as conn:
        conn.execute("DELETE FROM score_snapshots WHERE day = ?", (day.isoformat(),))
        count = conn.execute(_COPY_RANKS, (day.isoformat(),)).rowcount
    return Snapshot(day, count, KEPT)


def save_result(
    store: Store, result: ScoreResult, *, only_known_by: date | None = None
) -> Snapshot:
    """Keep *result* as the snapshot of its as-of day.  With *only_known_by*, a customer entered
    after that day who had no order and no interaction by then is left out."""
    frame = result.frame
    day = result.as_of
    keep = None
    if only_known_by is not None and len(frame):
        later = {row[0] for row in store.tuples(
            "SELECT id FROM customers WHERE substr(created_at, 1, 10) > ?", (only_known_by.isoformat(),)
        )}  # fmt: skip
        if later:
            idle = frame["last_order"].isna() & frame["last_contact"].isna()
            keep = ~(frame.index.isin(list(later)) & idle.to_numpy())
    rows = _rows(frame if keep is None else frame[keep], day)
    with store.transaction() as conn:
        conn.execute("DELETE FROM score_snapshots WHERE day = ?", (day.isoformat(),))
        conn.executemany("INSERT INTO score_snapshots VALUES (?, ?, ?, ?, ?, ?)", rows)
    return Snapshot(day, len(rows), SCORED)


def _rows(frame: pd.DataFrame, day: date) -> list[tuple[Any, ...]]:
    def values(column: str) -> list[Any]:
        col = frame[column].astype(object)
        listed: list[Any] = col.where(col.notna(), None).tolist()
        return listed

    text = day.isoformat()
    scores = [None if s is None else round(float(s), 1) for s in values("score")]
    return [
        (text, int(cid), score, tier, segment, priority)
        for cid, score, tier, segment, priority in zip(
            frame.index.tolist(),
            scores,
            values("tier"),
            values("segment_label"),
            values("priority"),
        )
    ]


def snapshot_days(store: Store) -> list[date]:
    """The days that have a snapshot, oldest first."""
    rows = store.tuples(_DAYS)
    return [date.fromisoformat(r[0]) for r in rows]


#: The distinct days by one seek per day on the primary key (DISTINCT would read every row).
_DAYS = """
WITH RECURSIVE days(day) AS (
    SELECT min(day) FROM score_snapshots
    UNION ALL
    SELECT (SELECT min(day) FROM score_snapshots WHERE day > days.day) FROM days WHERE day IS NOT NULL
)
SELECT day FROM days WHERE day IS NOT NULL
"""


def latest_on_or_before(store: Store, day: date) -> date | None:
    """The day of the latest snapshot on or before *day*, or None."""
    rows = store.tuples("SELECT max(day) FROM score_snapshots WHERE day <= ?", (day.isoformat(),))
    return date.fromisoformat(rows[0][0]) if rows and rows[0][0] else None


def latest_before_month(store: Store, day: date) -> date | None:
    """The latest snapshot before the month of *day* (what this month's movement is measured from)."""
    return latest_on_or_before(store, day.replace(day=1) - timedelta(days=1))


def tiers_on(store: Store, day: date) -> dict[int, str | None]:
    """customer id → tier in the snapshot of *day*."""
    return dict(
        store.tuples(
            "SELECT customer_id, tier FROM score_snapshots WHERE day = ?", (day.isoformat(),)
        )
    )


def scores_on(store: Store, day: date) -> dict[int, tuple[str | None, float | None]]:
    """customer id → (tier, score) in the snapshot of *day*."""
    rows = store.tuples(
        "SELECT customer_id, tier, score FROM score_snapshots WHERE day = ?", (day.isoformat(),)
    )
    return {cid: (tier, score) for cid, tier, score in rows}


def customer_history(store: Store, customer_id: int) -> list[tuple[date, float | None]]:
    """(day, score) of every snapshot of *customer_id*, oldest first."""
    rows = store.tuples(
        "SELECT day, score FROM score_snapshots WHERE customer_id = ? ORDER BY day", (customer_id,)
    )
    return [(date.fromisoformat(day), score) for day, score in rows]


def monthly_scores(
    store: Store, customer_id: int, months: int = 12
) -> list[tuple[date, float | None]]:
    """The customer's score in each month of the last *months* months that have a snapshot (the
    month's latest; None where the book had a snapshot but the customer was not in it), oldest first."""
    taken = snapshot_days(store)
    latest: dict[tuple[int, int], date] = {}
    for day in taken:
        latest[(day.year, day.month)] = day
    days = sorted(latest.values())[-months:]
    if not days:
        return []
    scores = dict(customer_history(store, customer_id))
    return [(day, scores.get(day)) for day in days]


def movement_rows(store: Store, day_from: date, day_to: date) -> pd.DataFrame:
    """One row per customer scored on either day: code, name, tier_from, tier_to, score_from, score_to
    (blank where not scored), ordered by code."""
    import pandas as pd

    sql = """
    SELECT c.code, c.name, f.tier AS tier_from, t.tier AS tier_to, f.score AS score_from, t.score AS score_to
    FROM customers c
    LEFT JOIN score_snapshots f ON f.customer_id = c.id AND f.day = :from
    LEFT JOIN score_snapshots t ON t.customer_id = c.id AND t.day = :to
    WHERE c.id IN (SELECT customer_id FROM score_snapshots WHERE day IN (:from, :to))
    ORDER BY c.code
    """
    params = {"from": day_from.isoformat(), "to": day_to.isoformat()}
    rows = store.tuples(sql, params)
    columns = ["code", "name", "tier_from", "tier_to", "score_from", "score_to"]
    return pd.DataFrame(rows, columns=columns)


#: The list's fields read from the score history (core.query): how each customer moved, and its tier then.
HISTORY_FIELDS = ("moved", "was")


def with_moved(
    store: Store,
    frame: pd.DataFrame,
    fields: tuple[str, ...],
    as_of: date,
    kept: dict[date, pd.DataFrame] | None = None,
) -> pd.DataFrame:
    """*frame* (a scored list, index customer id, with ``tier``) with the columns the list's ``moved:``
    and ``was:`` filters read, when *fields* (a filter's) name one: each customer's direction since the
    latest snapshot before the month of *as_of* (``up``, ``down``, ``same``, ``new``) and its tier in
    that snapshot (``none``: not in it).  *kept* (by snapshot day) keeps those columns for the next
    filter of the same list: a rep typing re-filters without reading the snapshot again.  Raises
    core.query.FilterError when there is no such snapshot."""
    if not set(HISTORY_FIELDS) & set(fields):
        return frame
    from custui.core.query import FilterError

    base = latest_before_month(store, as_of)
    if base is None:
        named = next(f for f in fields if f in HISTORY_FIELDS)
        raise FilterError(
            f"{named}: no score history before {as_of.strftime('%B %Y')} to compare with yet (custui "
            "keeps a snapshot on the first open of each month; 'custui snapshot --as-of DATE' takes one)",
            0,
        )
    columns = kept.get(base) if kept is not None else None
    if columns is None:
        columns = movement_columns(frame, tiers_on(store, base))
        if kept is not None:
            kept.clear()
            kept[base] = columns
    return frame.join(columns.reindex(frame.index))


def movement_columns(frame: pd.DataFrame, before: dict[int, str | None]) -> pd.DataFrame:
    """``moved`` and ``was`` of every customer of *frame* against the tiers *before* (a snapshot)."""
    import pandas as pd

    from custui.core.movement import directions

    now = dict(zip(frame.index.tolist(), frame["tier"].astype(object).tolist()))
    moved = pd.Series(directions(before, now), dtype=object).reindex(frame.index)
    was = pd.Series(before, dtype=object).reindex(frame.index).fillna("none")
    return pd.DataFrame({"moved": moved, "was": was}, index=frame.index)


def _next_month(first: date) -> date:
    return (first.replace(day=28) + timedelta(days=4)).replace(day=1)
