"""R, F and M as 1–5 scores: quintiles with a stated tie rule, or fixed thresholds.

Quintile tie rule (README text)
-------------------------------
For each measure, ``score = 1 + floor(5 × W / N)`` where **W** is the number of
customers strictly *worse* on that measure and **N** the number of customers
scored (all of them, with or without orders).  Worse means: more days since
the last order (a customer without orders is worse than everyone with one),
fewer orders in the window, less money in the window.  So:

* equal values always share a score, whatever the row order — money is summed
  in integer minor units, so equal totals are equal exactly;
* a 5 reads "better than at least 80 % of your customers", a 4 "better than at
  least 60 %", and so on;
* customers without orders score 1 on R, F and M; F = 0 and M = 0 score 1
  (nobody is worse than zero);
* with many ties some scores stay empty (e.g. when 70 % bought once, F jumps
  from 1 to 4): that is the honest reading of tied data, not a bug.

SQL twin: ``1 + 5 * (RANK() OVER (ORDER BY value, worst first) - 1) / COUNT(*) OVER ()``.

Thresholds: the rep's bands, first match wins (see ``config.Band``); customers
without orders, F = 0 and M = 0 still score 1.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from custui.core.scoring.config import MeasureRule


def measure_keys(values: np.ndarray, *, higher_is_better: bool) -> np.ndarray:
    """The values as keys where higher is better: integers stay exact int64 (money in minor
    units), floats are float64 with NaN (no orders) the worst, -inf."""
    x = np.asarray(values)
    if x.dtype.kind in "iu":  # exact integer comparison (money in minor units)
        x = x.astype(np.int64, copy=False)
        return x if higher_is_better else -x
    x = x.astype(np.float64, copy=False)
    if not higher_is_better:
        x = -x
    out: np.ndarray = np.where(np.isnan(x), -np.inf, x)
    return out


def worse_counts(values: np.ndarray, *, higher_is_better: bool) -> np.ndarray:
    """W for every customer: how many customers are strictly worse (NaN = worst)."""
    x = measure_keys(values, higher_is_better=higher_is_better)
    # W = index of the first occurrence of the value in sorted order
    order = np.argsort(x, kind="stable")
    xs = x[order]
    first = np.empty(len(xs), dtype=bool)
    first[:1] = True
    np.not_equal(xs[1:], xs[:-1], out=first[1:])
    w_sorted = np.maximum.accumulate(np.where(first, np.arange(len(xs), dtype=np.int64), 0))
    worse = np.empty(len(xs), dtype=np.int64)
    worse[order] = w_sorted
    return worse


def quintile_scores(worse: np.ndarray, n: int) -> np.ndarray:
    """1 + floor(5·W/N), integer arithmetic."""
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    return 1 + (5 * worse) // n


def quintile_bounds(sorted_keys: np.ndarray) -> np.ndarray:
    """The four keys a quintile score is read against: with N = len(*sorted_keys*) (every key of
    the book, ascending) and c_k = ceil(k·N/5), bound k is the c_k-th smallest key.  A key y then
    scores ``1 + #{k : y > bound_k}``, which is exactly 1 + floor(5·W/N) (W = keys < y): W ≥ c_k
    holds iff the c_k-th smallest key is below y.  One customer's score reads the rest of the book
    through these four keys alone (``scores_against``)."""
    n = len(sorted_keys)
    if n == 0:
        return sorted_keys[:0]
    c = (np.arange(1, 5, dtype=np.int64) * n + 4) // 5
    bounds: np.ndarray = sorted_keys[c - 1]
    return bounds


def scores_against(keys: np.ndarray, bounds: np.ndarray) -> np.ndarray:
    """Quintile scores 1–5 of *keys* against ``quintile_bounds`` of the whole book."""
    out = np.ones(len(keys), dtype=np.int64)
    for bound in bounds:
        out += keys > bound
    return out


def threshold_scores(values: np.ndarray, rule: MeasureRule, *, lower_is_better: bool) -> np.ndarray:
    """Band scores; NaN (no orders) → 1."""
    x = np.asarray(values, dtype=np.float64)
    out = np.full(len(x), rule.otherwise, dtype=np.int64)
    with np.errstate(invalid="ignore"):
        for band in reversed(rule.bands):  # earlier bands win
            hit = x <= band.bound if lower_is_better else x >= band.bound
            out[hit] = band.score
    out[np.isnan(x)] = 1
    return out


def measure_scores(
    values: np.ndarray,
    rule: MeasureRule,
    *,
    lower_is_better: bool,
    n: int,
    bounds: np.ndarray | None = None,
) -> np.ndarray:
    """Scores 1–5 for one measure; ``values`` NaN = no orders, 0 = nothing in the window.  With
    *bounds* (``quintile_bounds`` of the whole book) *values* may be any customers of it: quintile
    scores are read against the bounds instead of counted among *values*."""
    if rule.method == "thresholds":
        scores = threshold_scores(values, rule, lower_is_better=lower_is_better)
    elif bounds is not None:
        scores = scores_against(measure_keys(values, higher_is_better=not lower_is_better), bounds)
    else:
        scores = quintile_scores(worse_counts(values, higher_is_better=not lower_is_better), n)
    if not lower_is_better:
        scores[~(np.asarray(values, dtype=np.float64) > 0)] = 1
    return scores


def band_text(
    rule: MeasureRule,
    score: int,
    value: float,
    unit: str,
    *,
    lower_is_better: bool,
    fmt: Callable[[int], str] = str,
) -> str:
    """Why a threshold score: "≤ 30 days → 5" / "≥ 5 orders → 3" / "otherwise → 1"."""
    for band in rule.bands:
        if (value <= band.bound) if lower_is_better else (value >= band.bound):
            op = "≤" if lower_is_better else "≥"
            return f"{op} {fmt(band.bound)} {unit} → {score}"
    op = ">" if lower_is_better else "<"
    return f"{op} {fmt(rule.bands[-1].bound)} {unit} → {score}"
