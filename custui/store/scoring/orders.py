"""Order features from SQLite: the fast packed path (ORDER_SQL) and its reference twin.

One ``GROUP BY customer_id`` pass over the covering index ``orders_scoring``
(schema V4) gives counts and window sums; ``group_concat(ordered_at)`` is
parsed by numpy (``days.leading_days``) for first/last order, distinct order
days and the gap statistics.  Anything not plain (a date that is not
``YYYY-MM-DD…``) goes down the reference path: raw rows through the core's own
``order_features``, which names the offending order.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import numpy as np
import pandas as pd

from custui.core.scoring import DEFAULT_CONFIG, ScoringConfig, order_features
from custui.core.scoring.features import gap_stats, order_settings
from custui.store.db import Store, StoreError
from custui.store.scoring.days import leading_days
from custui.store.scoring.packed import _ints, _iso, _packed_sql, _stamped

# --------------------------------------------------------------------------- order features

#: One row per customer over the covering index orders_scoring (schema V4).
ORDER_GROUPS_SQL = """
SELECT customer_id,
       count(*) AS n,
       sum(ordered_at >= :window_start) AS n_window,
       ifnull(sum(CASE WHEN ordered_at >= :window_start THEN amount_base_minor ELSE 0 END), 0) AS amount_window,
       sum(CASE WHEN ordered_at >= :window_start THEN margin_base_minor END) AS margin_window,
       ifnull(sum(CASE WHEN ordered_at >= :recent_start THEN amount_base_minor ELSE 0 END), 0) AS amount_recent,
       ifnull(sum(CASE WHEN ordered_at >= :prior_start AND ordered_at < :recent_start THEN amount_base_minor ELSE 0 END), 0)
           AS amount_prior,
       group_concat(ordered_at, ',') AS days
FROM orders INDEXED BY orders_scoring
WHERE deleted_at IS NULL AND ordered_at < :next_day
GROUP BY customer_id
"""
ORDER_PACKS = (
    "customer_id", "n", "n_window", "amount_window", "ifnull(margin_window, 0)", "margin_window IS NULL",
    "amount_recent", "amount_prior", "days",
)  # fmt: skip
ORDER_SQL = _packed_sql(ORDER_GROUPS_SQL, ORDER_PACKS)


#: Paying on time (the payment score input): one row per customer over the partial index
#: orders_payment (schema v10), only orders with terms; core.receivables.punctuality in SQL.
_ISO_DAY = "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'"
PAYMENT_GROUPS_SQL = f"""
SELECT customer_id, count(*) AS n, sum(on_time) AS on_time, sum(late) AS late FROM (
    SELECT customer_id,
           CASE WHEN paid_by THEN paid_day <= due_day ELSE 0 END AS on_time,
           CASE WHEN paid_by THEN max(0, CAST(julianday(paid_day) - julianday(due_day) AS INTEGER))
                ELSE CAST(julianday(:as_of) - julianday(due_day) AS INTEGER) END AS late,
           paid_by, paid, paid_day
    FROM (
        SELECT customer_id, substr(due_on, 1, 10) AS due_day, paid,
               CASE WHEN paid_on GLOB {_ISO_DAY} THEN substr(paid_on, 1, 10) END AS paid_day,
               ifnull(paid_on GLOB {_ISO_DAY} AND substr(paid_on, 1, 10) <= :as_of, 0) AS paid_by
        FROM orders INDEXED BY orders_payment
        WHERE deleted_at IS NULL AND (due_on IS NOT NULL OR paid = 0) AND ordered_at < :next_day
          AND due_on GLOB {_ISO_DAY} AND substr(due_on, 1, 10) <= :as_of
    )
    WHERE paid_by OR (NOT (paid IS 1 AND paid_day IS NULL) AND due_day < :as_of)
)
GROUP BY customer_id
"""
PAYMENT_COLUMNS = ("payment_due_n", "payment_on_time_n", "payment_late_days")


def _with_payment(store: Store, frame: pd.DataFrame, as_of: date) -> pd.DataFrame:
    """The fast frame with its payment columns filled from PAYMENT_GROUPS_SQL (0 where none)."""
    params = {"as_of": _iso(as_of), "next_day": _iso(as_of + timedelta(days=1))}
    rows = store.tuples(PAYMENT_GROUPS_SQL, params)
    if not rows:
        return frame
    cid, *values = (np.array(v, dtype=np.int64) for v in zip(*rows))
    at = frame.index.get_indexer(cid)
    found = (
        at >= 0
    )  # a customer's orders with terms are all on or before the day: always in the frame
    for column, value in zip(PAYMENT_COLUMNS, values, strict=True):
        filled = np.zeros(len(frame), dtype=np.int64)
        filled[at[found]] = value[found]
        frame[column] = filled
    return frame


def _order_params(as_of: date, config: ScoringConfig) -> dict[str, str]:
    half = config.trend_half_days
    return {
        "next_day": _iso(as_of + timedelta(days=1)),
        "window_start": _iso(as_of - timedelta(days=config.window_days - 1)),
        "recent_start": _iso(as_of - timedelta(days=half - 1)),
        "prior_start": _iso(as_of - timedelta(days=2 * half - 1)),
    }


def _fast_order_features(
    row: tuple[Any, ...], as_of: date, config: ScoringConfig
) -> pd.DataFrame | None:
    """The order feature frame from the ORDER_SQL row, or None when anything in it
    is not plain (a date not ``YYYY-MM-DD…``, an amount that is not whole)."""
    groups = row[0]
    packs = [t or "" for t in row[1:]]
    read = [_ints(t, groups) for t in packs[:-1]]
    ints = [a for a in read if a is not None]
    if len(ints) < len(read):
        return None
    cid, counts, n_window, amount_w, margin_w, margin_null, amount_r, amount_p = ints
    day = leading_days(packs[-1], int(counts.sum()))
    if day is None:
        return None

    starts = np.cumsum(counts) - counts  # first row of each customer
    gid = np.repeat(np.arange(groups), counts)
    step = np.diff(day)
    same_customer = gid[1:] == gid[:-1]
    if (step[same_customer] < 0).any():  # group_concat follows the index order: never, in practice
        day = day[np.lexsort((day, gid))]
        step = np.diff(day)

    # distinct order days and the gaps between them, as order_features defines them
    new_day = np.ones(len(day), dtype=bool)
    new_day[1:] = ~same_customer | (step != 0)
    sumsq, median = gap_stats(day[new_day], gid[new_day], groups)

    frame = pd.DataFrame(
        {
            "first_order": day[starts].astype("datetime64[D]").astype("datetime64[s]"),
            "last_order": day[starts + counts - 1].astype("datetime64[D]").astype("datetime64[s]"),
            "order_count_total": counts,
            "order_days_total": np.bincount(gid[new_day], minlength=groups).astype(np.int64),
            "orders_window": n_window,
            "amount_window_minor": amount_w,
            "margin_window_minor": pd.arrays.IntegerArray(margin_w, margin_null.astype(bool)),
            "amount_recent_minor": amount_r,
            "amount_prior_minor": amount_p,
            "median_gap_days": median,
            "gap_sumsq_days": np.rint(sumsq).astype(np.int64),
            **{column: np.zeros(groups, dtype=np.int64) for column in PAYMENT_COLUMNS},
        },
        index=pd.Index(cid, name="customer_id"),
    )
    return _stamped(frame, as_of, order_settings(config))


def _reference_order_features(store: Store, as_of: date, config: ScoringConfig) -> pd.DataFrame:
    """Slow path for odd data: raw rows through the core's own definition."""
    rows = store.tuples(
        "SELECT customer_id, ordered_at, ifnull(amount_base_minor, 0), margin_base_minor, due_on, paid, paid_on "
        "FROM orders WHERE deleted_at IS NULL"
    )
    cid, at, amount, margin, due_on, paid, paid_on = (
        zip(*rows) if rows else ((), (), (), (), (), (), ())
    )
    orders = pd.DataFrame(
        {
            "customer_id": np.array(cid, dtype=np.int64),
            "ordered_at": pd.array(at, dtype=object),
            "amount_minor": pd.array(amount, dtype=object),
            "margin_minor": pd.array(margin, dtype=object),
            "due_on": pd.array(due_on, dtype=object),
            "paid": pd.array(paid, dtype=object),
            "paid_on": pd.array(paid_on, dtype=object),
        }
    )
    try:
        return order_features(orders, as_of, config)
    except (ValueError, TypeError):
        bad = store.query(
            "SELECT o.id, c.code, o.ordered_at FROM orders o JOIN customers c ON c.id = o.customer_id "
            "WHERE o.deleted_at IS NULL AND o.ordered_at NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' "
            "LIMIT 1"
        )
        where = (
            f" (order {bad[0]['id']} of {bad[0]['code']}: {bad[0]['ordered_at']!r})" if bad else ""
        )
        raise StoreError(
            f"An order cannot be read for scoring{where}; fix it and score again."
        ) from None


def load_order_features(
    store: Store, as_of: date, config: ScoringConfig = DEFAULT_CONFIG
) -> pd.DataFrame:
    """``order_features`` of every non-deleted order, computed from SQL aggregates.

    Rows for all customers that have orders (deleted or merged ones included:
    ``load_scoring_inputs`` keeps the active ones)."""
    return _order_features_from(
        store, store.tuples(ORDER_SQL, _order_params(as_of, config))[0], as_of, config
    )


def _order_features_from(
    store: Store, row: tuple[Any, ...], as_of: date, config: ScoringConfig
) -> pd.DataFrame:
    frame = _fast_order_features(row, as_of, config)
    if frame is None:
        return _reference_order_features(store, as_of, config)
    return _with_payment(store, frame, as_of)
