"""Per-customer feature frames: the contract between the store and the scorer.

At 100k customers / 1M orders the scorer never sees raw orders: the store
hands it one row per customer of *aggregates*.  ``order_features`` and
``interaction_features`` compute those aggregates from raw rows (for tests,
small files and as the executable definition); the store's SQL twin must
produce exactly the same frame.

Money is in the base currency: the store hands over each order's converted
amount (an order whose currency has no rate comes as 0, and is counted in F).

Days are calendar days: the first 10 characters of an ISO date/datetime as
written (``"2024-05-01T23:30+08:00"`` is 2024-05-01), no time-zone shifting.
``t`` below is the as-of day; rows dated after ``t`` are ignored entirely.

ORDER FEATURES — index ``customer_id`` (int64, ascending), one row per customer
with at least one order on or before ``t`` (absent = no orders):

=====================  =======  ==============================================
column                 dtype    definition
=====================  =======  ==============================================
first_order            date*    min(order day)
last_order             date*    max(order day)
order_count_total      int64    number of order rows (same-day orders count)
order_days_total       int64    number of distinct order days
orders_window          int64    F: rows with t−(window_days−1) ≤ day ≤ t
                                (365: an order exactly 365 days back is out)
amount_window_minor    int64    M: Σ amount_minor of those rows (0-amount rows
                                count in F and add 0 to M)
margin_window_minor    Int64    Σ margin_minor of window rows whose margin is
                                not NULL; NULL when no window row has one
amount_recent_minor    int64    Σ amount_minor, t−(h−1) ≤ day ≤ t, h =
                                window_days // 2 (182)
amount_prior_minor     int64    Σ amount_minor, t−(2h−1) ≤ day ≤ t−h
median_gap_days        float64  median of the gaps (in days) between
                                consecutive *distinct* order days, all history
                                ≤ t; mean of the two middle gaps when even;
                                NULL when fewer than 2 distinct days
gap_sumsq_days         int64    Σ gap² over the same gaps (0 when none); with
                                Σ gap = last − first and n = days − 1 this
                                gives the coefficient of variation exactly
payment_due_n          int64    orders with a due_on ≤ t whose outcome is
                                known on t: paid on a paid_on ≤ t, or unpaid
                                (no paid_on ≤ t, and not paid = 1 without a
                                paid_on) with due_on < t; core.receivables.
                                punctuality (0 without due_on columns)
payment_on_time_n      int64    of those, paid_on ≤ due_on
payment_late_days      int64    Σ days late over those: paid_on − due_on when
                                paid late, t − due_on when still unpaid
=====================  =======  ==============================================

The payment columns read the optional order columns ``due_on``, ``paid`` and
``paid_on`` (schema v10); a due_on or paid_on that is not an ISO day counts as
missing.

INTERACTION FEATURES — index ``customer_id``, one row per customer with at
least one interaction on or before ``t``; S = sentiment.window_days (90):

=====================  =======  ==============================================
last_contact           date*    max(interaction day)
contacts_window        int64    interactions with t−(S−1) ≤ day ≤ t
sentiment_n            int64    of those, rows with a sentiment
sentiment_score        float64  Σ wᵢ·vᵢ / Σ wᵢ over those rated rows,
                                v = positive 100 / neutral 50 / negative 0,
                                w = 0.5 ** ((t − day) / half_life_days);
                                NULL when sentiment_n = 0
recent_rated           int64    min(churn.of_last, sentiment_n)
recent_negatives       int64    negatives among the latest churn.of_last (3)
                                rated rows in the window, latest = by
                                occurred_at text desc, then id desc (when an
                                ``id`` column exists), then negative first
next_action_due        date*    earliest next_action_due of rows not done
                                (any date, overdue included); NULL if none
=====================  =======  ==============================================

date*: ``datetime64[s]`` at midnight; the scorer also accepts ``datetime.date``
objects or ISO text, so a SQL twin may return ``substr(ordered_at, 1, 10)``.
The scorer reads NULL counts and sums as 0 (SQL ``SUM`` over no rows), except
``margin_window_minor`` and ``median_gap_days`` whose NULL means "unknown".
The index may also come as a ``customer_id`` column.  Frames made here carry
``attrs["scoring"]`` (as-of day and the settings above) and ``score`` refuses
a frame stamped for another date or other windows.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

import numpy as np
import pandas as pd

from custui.core.scoring.config import DEFAULT_CONFIG, ScoringConfig

EPOCH = date(1970, 1, 1)

ORDER_FEATURE_COLUMNS: dict[str, str] = {
    "first_order": "datetime64[s]",
    "last_order": "datetime64[s]",
    "order_count_total": "int64",
    "order_days_total": "int64",
    "orders_window": "int64",
    "amount_window_minor": "int64",
    "margin_window_minor": "Int64",
    "amount_recent_minor": "int64",
    "amount_prior_minor": "int64",
    "median_gap_days": "float64",
    "gap_sumsq_days": "int64",
    "payment_due_n": "int64",
    "payment_on_time_n": "int64",
    "payment_late_days": "int64",
}

INTERACTION_FEATURE_COLUMNS: dict[str, str] = {
    "last_contact": "datetime64[s]",
    "contacts_window": "int64",
    "sentiment_n": "int64",
    "sentiment_score": "float64",
    "recent_rated": "int64",
    "recent_negatives": "int64",
    "next_action_due": "datetime64[s]",
}

SENTIMENT_VALUES = {"negative": 0.0, "neutral": 50.0, "positive": 100.0}


# --------------------------------------------------------------------------- days


def as_day(value: date | datetime | str) -> int:
    """Day number (days since 1970-01-01) of a date, datetime or ISO text."""
    if isinstance(value, datetime):
        value = value.date()
    elif isinstance(value, str):
        value = date.fromisoformat(value.strip()[:10])
    if not isinstance(value, date):
        raise TypeError(f"as_of must be a date, got {value!r}")
    return (value - EPOCH).days


def day_numbers(values: pd.Series | pd.Index | np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(int64 day numbers, missing mask) for datetime64, date objects or ISO text."""
    s = pd.Series(values) if not isinstance(values, pd.Series) else values
    dtype = s.dtype
    if isinstance(dtype, pd.DatetimeTZDtype):
        s = s.dt.tz_localize(None)
        dtype = s.dtype
    if isinstance(dtype, np.dtype) and dtype.kind == "M":
        arr = s.to_numpy()
        missing = np.isnat(arr)
        days = arr.astype("datetime64[D]").astype(np.int64)
        days[missing] = 0
        return days, missing
    missing = s.isna().to_numpy()
    text = s.astype(object).where(~missing, "1970-01-01").astype(str).str.slice(0, 10)
    try:
        parsed = pd.to_datetime(text, format="%Y-%m-%d")
    except (ValueError, TypeError) as err:
        raise ValueError(f"not an ISO date: {err}") from None
    days = parsed.to_numpy().astype("datetime64[D]").astype(np.int64)
    days[missing] = 0
    return days, missing


def days_to_datetime(days: np.ndarray, missing: np.ndarray | None = None) -> np.ndarray:
    out = days.astype("datetime64[D]").astype("datetime64[s]")
    if missing is not None:
        out[missing] = np.datetime64("NaT")
    return out


def order_settings(config: ScoringConfig) -> dict[str, int]:
    """The settings order features depend on (besides as_of)."""
    return {"window_days": config.window_days}


def interaction_settings(config: ScoringConfig) -> dict[str, float]:
    """The settings interaction features depend on (besides as_of)."""
    s = config.sentiment
    return {
        "window_days": s.window_days,
        "half_life_days": s.half_life_days,
        "of_last": config.churn.of_last,
    }


def needs_new_features(old: ScoringConfig, new: ScoringConfig) -> bool:
    """True when ``new`` changes a setting the feature frames were computed with."""
    return order_settings(old) != order_settings(new) or interaction_settings(
        old
    ) != interaction_settings(new)


def _stamp(frame: pd.DataFrame, t: int, settings: Mapping[str, float]) -> pd.DataFrame:
    """Record what a frame was computed for, so ``score`` can refuse a mismatch."""
    frame.attrs["scoring"] = {"as_of_day": t, **settings}
    return frame


def check_stamp(
    frame: pd.DataFrame | None, t: int, settings: Mapping[str, float], what: str
) -> None:
    """Raise ValueError when ``frame`` was stamped for another as_of or other settings."""
    stamp = getattr(frame, "attrs", {}).get("scoring") if frame is not None else None
    if stamp is None:
        return
    if stamp.get("as_of_day") != t:
        raise ValueError(f"{what} were computed for another as-of date; compute them again")
    if {k: stamp.get(k) for k in settings} != settings:
        raise ValueError(f"{what} were computed with other window settings; compute them again")


def _group_starts(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For sorted keys: (start index of each group, group number of each row)."""
    flag = np.empty(len(keys), dtype=bool)
    flag[:1] = True
    np.not_equal(keys[1:], keys[:-1], out=flag[1:])
    return np.flatnonzero(flag), np.cumsum(flag) - 1


def _sum_by_group(values: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """Exact int64 sums of consecutive groups (every group non-empty)."""
    return (
        np.add.reduceat(values.astype(np.int64, copy=False), starts) if len(values) else values[:0]
    )


def _empty(columns: dict[str, str]) -> pd.DataFrame:
    frame = pd.DataFrame({c: pd.Series([], dtype=t) for c, t in columns.items()})
    frame.index = pd.Index([], dtype=np.int64, name="customer_id")
    return frame


# --------------------------------------------------------------------------- orders


def gap_stats(
    order_days: np.ndarray, customer: np.ndarray, groups: int
) -> tuple[np.ndarray, np.ndarray]:
    """Σ gap² and median gap per customer from distinct order days.

    *order_days* (int day numbers) and *customer* (group 0..groups-1) are one
    entry per distinct order day, sorted by customer then day.  Gaps are the
    differences between a customer's consecutive days; the median of an even
    count averages the two middle gaps; customers without a gap get NaN.
    """
    same = customer[1:] == customer[:-1]
    gaps = (order_days[1:] - order_days[:-1])[same].astype(np.int64)
    g_gid = customer[1:][same].astype(np.int64)
    g_count = np.bincount(g_gid, minlength=groups)
    sumsq = np.bincount(g_gid, weights=gaps.astype(np.float64) ** 2, minlength=groups)
    # gaps sorted within each customer: one int64 sort of (customer << 32 | gap)
    # keys (gaps < 3.7M days) is ~3x faster than a two-key lexsort
    sorted_gaps = (np.sort((g_gid << 32) | gaps) & 0xFFFFFFFF).astype(np.float64)
    offsets = np.cumsum(g_count) - g_count
    median = np.full(groups, np.nan)
    has_gap = g_count > 0
    k, off = g_count[has_gap], offsets[has_gap]
    median[has_gap] = (sorted_gaps[off + (k - 1) // 2] + sorted_gaps[off + k // 2]) / 2.0
    return sumsq, median


def loose_days(values: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """(int64 day numbers, missing mask) of optional ISO days: anything not a day is missing."""
    missing = values.isna().to_numpy()
    text = values.astype(object).where(~missing, "").astype(str).str.slice(0, 10)
    parsed = pd.to_datetime(text, format="%Y-%m-%d", errors="coerce")
    bad = parsed.isna().to_numpy()
    days = parsed.to_numpy().astype("datetime64[D]").astype(np.int64)
    days[bad] = 0
    return days, bad


def payment_facts(
    due: np.ndarray,
    due_missing: np.ndarray,
    paid_on: np.ndarray,
    paid_on_missing: np.ndarray,
    paid: np.ndarray,
    t: int,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per order: (counts, on time, days late) as core.receivables.punctuality defines them on day
    *t*, over day numbers (*paid*: paid = 1)."""
    has_due = ~due_missing & (due <= t)
    paid_by_t = ~paid_on_missing & (paid_on <= t)
    paid_unknown_day = paid & paid_on_missing
    counted_paid = has_due & paid_by_t
    counted_unpaid = has_due & ~paid_by_t & ~paid_unknown_day & (due < t)
    counts = counted_paid | counted_unpaid
    on_time = counted_paid & (paid_on <= due)
    late = np.where(
        counted_paid, np.maximum(paid_on - due, 0), np.where(counted_unpaid, t - due, 0)
    ).astype(np.int64)
    return counts, on_time, late


def order_features(
    orders: pd.DataFrame, as_of: date, config: ScoringConfig = DEFAULT_CONFIG
) -> pd.DataFrame:
    """Aggregate raw orders (columns customer_id, ordered_at, amount_minor and
    optionally margin_minor, due_on, paid, paid_on) into the order feature frame of this module."""
    t = as_day(as_of)
    stamp = order_settings(config)
    if len(orders) == 0:
        return _stamp(_empty(ORDER_FEATURE_COLUMNS), t, stamp)
    cid = orders["customer_id"].to_numpy(dtype=np.int64)
    day, missing = day_numbers(orders["ordered_at"])
    if missing.any():
        raise ValueError("every order needs a date")
    amount = orders["amount_minor"].to_numpy(dtype=np.int64)
    if "margin_minor" in orders:
        margin_s = orders["margin_minor"]
        has_margin = margin_s.notna().to_numpy()
        margin = margin_s.to_numpy(dtype=np.float64, na_value=0.0).astype(np.int64)
    else:
        has_margin = np.zeros(len(orders), dtype=bool)
        margin = np.zeros(len(orders), dtype=np.int64)

    if "due_on" in orders:
        due, due_missing = loose_days(orders["due_on"])
        paid_on, paid_on_missing = (
            loose_days(orders["paid_on"])
            if "paid_on" in orders
            else (np.zeros(len(orders), np.int64), np.ones(len(orders), bool))
        )
        paid = (
            pd.to_numeric(orders["paid"], errors="coerce").fillna(0).to_numpy() == 1
            if "paid" in orders
            else np.zeros(len(orders), bool)
        )
        counts, on_time, late = payment_facts(due, due_missing, paid_on, paid_on_missing, paid, t)
    else:
        counts = on_time = np.zeros(len(orders), dtype=bool)
        late = np.zeros(len(orders), dtype=np.int64)

    keep = day <= t
    if not keep.all():
        cid, day, amount, margin, has_margin, counts, on_time, late = (
            cid[keep],
            day[keep],
            amount[keep],
            margin[keep],
            has_margin[keep],
            counts[keep],
            on_time[keep],
            late[keep],
        )
    if len(cid) == 0:
        return _stamp(_empty(ORDER_FEATURE_COLUMNS), t, stamp)
    order = np.lexsort((day, cid))
    cid, day, amount, margin, has_margin, counts, on_time, late = (
        cid[order],
        day[order],
        amount[order],
        margin[order],
        has_margin[order],
        counts[order],
        on_time[order],
        late[order],
    )
    n = len(cid)
    starts, gid = _group_starts(cid)
    ends = np.r_[starts[1:], n]

    new_day = np.ones(n, dtype=bool)
    new_day[1:] = (cid[1:] != cid[:-1]) | (day[1:] != day[:-1])

    window = config.window_days
    half = config.trend_half_days
    in_window = day >= t - (window - 1)
    recent = day >= t - (half - 1)
    prior = (day >= t - (2 * half - 1)) & ~recent
    margin_in = in_window & has_margin
    margin_sum = _sum_by_group(np.where(margin_in, margin, 0), starts)
    margin_n = _sum_by_group(margin_in, starts)

    sumsq, median = gap_stats(day[new_day], gid[new_day], len(starts))

    frame = pd.DataFrame(
        {
            "first_order": days_to_datetime(day[starts]),
            "last_order": days_to_datetime(day[ends - 1]),
            "order_count_total": (ends - starts).astype(np.int64),
            "order_days_total": _sum_by_group(new_day, starts),
            "orders_window": _sum_by_group(in_window, starts),
            "amount_window_minor": _sum_by_group(np.where(in_window, amount, 0), starts),
            "margin_window_minor": pd.arrays.IntegerArray(
                margin_sum.astype(np.int64), margin_n == 0
            ),
            "amount_recent_minor": _sum_by_group(np.where(recent, amount, 0), starts),
            "amount_prior_minor": _sum_by_group(np.where(prior, amount, 0), starts),
            "median_gap_days": median,
            "gap_sumsq_days": np.rint(sumsq).astype(np.int64),
            "payment_due_n": _sum_by_group(counts, starts),
            "payment_on_time_n": _sum_by_group(on_time, starts),
            "payment_late_days": _sum_by_group(late, starts),
        },
        index=pd.Index(cid[starts], name="customer_id"),
    )
    return _stamp(frame, t, stamp)


# --------------------------------------------------------------------------- interactions


def interaction_features(
    interactions: pd.DataFrame, as_of: date, config: ScoringConfig = DEFAULT_CONFIG
) -> pd.DataFrame:
    """Aggregate raw interactions (columns customer_id, occurred_at, sentiment,
    optionally id, done, next_action_due) into the interaction feature frame."""
    t = as_day(as_of)
    stamp = interaction_settings(config)
    if len(interactions) == 0:
        return _stamp(_empty(INTERACTION_FEATURE_COLUMNS), t, stamp)
    day, missing = day_numbers(interactions["occurred_at"])
    if missing.any():
        raise ValueError("every interaction needs a date")
    keep = day <= t
    n_all = len(interactions)
    cid = interactions["customer_id"].to_numpy(dtype=np.int64)
    occurred = interactions["occurred_at"]
    if isinstance(occurred.dtype, pd.DatetimeTZDtype):
        occurred = occurred.dt.tz_localize(None)
    if isinstance(occurred.dtype, np.dtype) and occurred.dtype.kind == "M":
        at = occurred.to_numpy().astype("datetime64[ns]").astype(np.int64)
    else:  # ISO text: its sort order is time order
        at = pd.factorize(occurred.astype(str), sort=True)[0].astype(np.int64)
    if "sentiment" in interactions:
        code = pd.Categorical(interactions["sentiment"], categories=list(SENTIMENT_VALUES)).codes
    else:
        code = np.full(n_all, -1, dtype=np.int8)
    value = np.where(code >= 0, np.array(list(SENTIMENT_VALUES.values()))[code], np.nan)
    row_id = (
        interactions["id"].to_numpy(dtype=np.int64)
        if "id" in interactions
        else np.zeros(n_all, np.int64)
    )
    due = np.full(n_all, np.iinfo(np.int64).max, dtype=np.int64)
    if "next_action_due" in interactions:
        due_day, due_missing = day_numbers(interactions["next_action_due"])
        done = (
            interactions["done"].fillna(0).astype(bool).to_numpy()
            if "done" in interactions
            else np.zeros(n_all, dtype=bool)
        )
        open_ = ~(due_missing | done)
        due[open_] = due_day[open_]
    if not keep.all():
        cid, day, at, value, row_id, due = (
            cid[keep],
            day[keep],
            at[keep],
            value[keep],
            row_id[keep],
            due[keep],
        )
    if len(cid) == 0:
        return _stamp(_empty(INTERACTION_FEATURE_COLUMNS), t, stamp)
    # negative, neutral, positive, unrated: rows tied on everything else are identical
    negative_first = np.where(
        np.isnan(value), 3, np.searchsorted(np.array([0.0, 50.0, 100.0]), value)
    )
    # Deterministic order whatever the input row order: customer, then latest first.
    order = np.lexsort((negative_first, -row_id, -at, cid))
    cid, day, value, due = cid[order], day[order], value[order], due[order]
    starts, gid = _group_starts(cid)
    groups = len(starts)

    s_window = config.sentiment.window_days
    in_window = day >= t - (s_window - 1)
    rated = in_window & ~np.isnan(value)
    weight = np.where(rated, 0.5 ** ((t - day) / config.sentiment.half_life_days), 0.0)
    w_sum = np.bincount(gid, weights=weight, minlength=groups)
    wv_sum = np.bincount(gid, weights=weight * np.where(rated, value, 0.0), minlength=groups)
    n_rated = np.bincount(gid, weights=rated, minlength=groups).astype(np.int64)
    with np.errstate(invalid="ignore", divide="ignore"):
        score = np.where(n_rated > 0, wv_sum / np.where(w_sum > 0, w_sum, 1.0), np.nan)
    # position among the customer's rated window rows, latest first
    rated_pos = np.cumsum(rated) - 1
    first_pos = np.r_[0, np.cumsum(rated)[:-1]][starts]
    rank = rated_pos - first_pos[gid]
    of_last = config.churn.of_last
    latest = rated & (rank < of_last)
    negatives = np.bincount(gid, weights=latest & (value == 0.0), minlength=groups).astype(np.int64)
    due = np.minimum.reduceat(due, starts)
    due_missing = due == np.iinfo(np.int64).max

    frame = pd.DataFrame(
        {
            "last_contact": days_to_datetime(np.maximum.reduceat(day, starts)),
            "contacts_window": np.bincount(gid, weights=in_window, minlength=groups).astype(
                np.int64
            ),
            "sentiment_n": n_rated,
            "sentiment_score": score,
            "recent_rated": np.minimum(n_rated, of_last),
            "recent_negatives": negatives,
            "next_action_due": days_to_datetime(np.where(due_missing, 0, due), due_missing),
        },
        index=pd.Index(cid[starts], name="customer_id"),
    )
    return _stamp(frame, t, stamp)
