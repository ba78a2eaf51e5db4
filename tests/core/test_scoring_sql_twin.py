"""The order feature contract, executed in SQLite: a reference SQL twin.

``order_features`` is the definition; this query is a checked draft of the
store's SQL twin (move it next to the store code when that lands).  Measured
at 100k customers / 1M orders on this 2-core VM: ~7.6 s for the query versus
~0.35 s for ``order_features`` on typed arrays already in memory, so at scale
load the orders once and aggregate in pandas; the SQL suits small files.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import numpy as np
import pandas as pd

from custui.core.scoring import DEFAULT_CONFIG, order_features, score

ORDER_FEATURES_SQL = """
WITH o AS (
  SELECT customer_id, substr(ordered_at, 1, 10) AS d, amount_minor AS a, margin_minor AS mg
  FROM orders WHERE deleted_at IS NULL AND substr(ordered_at, 1, 10) <= :as_of
),
agg AS (
  SELECT customer_id,
         min(d) AS first_order,
         max(d) AS last_order,
         count(*) AS order_count_total,
         count(DISTINCT d) AS order_days_total,
         sum(d >= :window_start) AS orders_window,
         sum(CASE WHEN d >= :window_start THEN a ELSE 0 END) AS amount_window_minor,
         sum(CASE WHEN d >= :window_start THEN mg END) AS margin_window_minor,
         sum(CASE WHEN d >= :recent_start THEN a ELSE 0 END) AS amount_recent_minor,
         sum(CASE WHEN d >= :prior_start AND d < :recent_start THEN a ELSE 0 END) AS amount_prior_minor
  FROM o GROUP BY customer_id
),
days AS (SELECT DISTINCT customer_id, CAST(julianday(d) AS INTEGER) AS j FROM o),
gaps AS (SELECT customer_id, j - lag(j) OVER (PARTITION BY customer_id ORDER BY j) AS g FROM days),
ranked AS (
  SELECT customer_id, g,
         row_number() OVER (PARTITION BY customer_id ORDER BY g) AS rn,
         count(*) OVER (PARTITION BY customer_id) AS k
  FROM gaps WHERE g IS NOT NULL
),
gap_stats AS (
  SELECT customer_id,
         avg(CASE WHEN rn IN ((k + 1) / 2, (k + 2) / 2) THEN g END) AS median_gap_days,
         sum(g * g) AS gap_sumsq_days
  FROM ranked GROUP BY customer_id
)
SELECT agg.*, gap_stats.median_gap_days, coalesce(gap_stats.gap_sumsq_days, 0) AS gap_sumsq_days
FROM agg LEFT JOIN gap_stats USING (customer_id)
ORDER BY customer_id
"""


def sql_params(as_of: date, window_days: int = DEFAULT_CONFIG.window_days) -> dict[str, str]:
    half = window_days // 2
    return {
        "as_of": as_of.isoformat(),
        "window_start": (as_of - timedelta(days=window_days - 1)).isoformat(),
        "recent_start": (as_of - timedelta(days=half - 1)).isoformat(),
        "prior_start": (as_of - timedelta(days=2 * half - 1)).isoformat(),
    }


def test_sql_twin_matches_order_features() -> None:
    rng = np.random.default_rng(4)
    as_of = date(2024, 2, 29)
    n, k = 300, 3000
    days = np.datetime64(as_of) - rng.integers(-30, 1500, k).astype("timedelta64[D]")
    margin = [None if rng.random() < 0.5 else int(v) for v in rng.integers(-100, 10**5, k)]
    orders = pd.DataFrame(
        {
            "customer_id": rng.integers(1, n + 1, k),
            "ordered_at": [f"{d}T{h:02d}:00:00" for d, h in zip(days.astype(str), rng.integers(0, 24, k))],
            "amount_minor": rng.integers(0, 10**6, k),
            "margin_minor": pd.array(margin, dtype="Int64"),
        }
    )
    con = sqlite3.connect(":memory:")
    con.execute(
        "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER, ordered_at TEXT,"
        " amount_minor INTEGER, margin_minor INTEGER, deleted_at TEXT)"
    )
    con.executemany(
        "INSERT INTO orders (customer_id, ordered_at, amount_minor, margin_minor) VALUES (?, ?, ?, ?)",
        [(int(c), t, int(a), m) for c, t, a, m in zip(orders.customer_id, orders.ordered_at, orders.amount_minor, margin)],
    )
    twin = pd.read_sql_query(ORDER_FEATURES_SQL, con, params=sql_params(as_of))
    con.close()
    ref = order_features(orders, as_of)
    assert list(twin.columns) == ["customer_id", *ref.columns]
    assert twin["customer_id"].tolist() == ref.index.tolist()
    for col in ref.columns:
        if col in ("first_order", "last_order"):
            assert (twin[col] == ref[col].dt.strftime("%Y-%m-%d").to_numpy()).all(), col
        elif col == "median_gap_days":
            assert np.allclose(twin[col].to_numpy(dtype=float), ref[col].to_numpy(), equal_nan=True)
        else:
            got = twin[col].astype("Int64").to_numpy(dtype=object, na_value=None)
            assert (got == ref[col].astype("Int64").to_numpy(dtype=object, na_value=None)).all(), col
    customers = pd.DataFrame(index=pd.Index(np.arange(1, n + 1), name="customer_id"))
    pd.testing.assert_frame_equal(score(customers, ref, None, as_of).frame, score(customers, twin, None, as_of).frame)
