"""``score()``: customers + feature frames → one ranked, explained frame; ``rerank()``.

Vectorised end to end: no per-customer Python on the hot path.  ``prepare``
(prepared.py) lines the frames up and derives the customer facts; each
registered input (custui.core.scoring.inputs) turns them into 0–100.  The result
keeps every input's 0–100 value (``in_<input>``), so a weight, tier-bound or
priority change is re-ranked by ``rerank`` from those columns alone.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import numpy as np
import pandas as pd

from custui.core.scoring.composite import (
    PRIORITY_ORDER,
    TIER_ORDER,
    composite_tenths,
    priority_codes,
    tier_codes,
)
from custui.core.scoring.config import DEFAULT_CONFIG, DIMENSION_LABELS, INPUTS, ScoringConfig
from custui.core.scoring.features import (
    as_day,
    check_stamp,
    days_to_datetime,
    interaction_settings,
    needs_new_features,
    order_settings,
)
from custui.core.scoring.inputs import detail_columns as input_detail_columns
from custui.core.scoring.inputs import rating_columns
from custui.core.scoring.prepared import Prepared, col_days, col_float, col_int, prepare
from custui.core.scoring.result import ScoreResult
from custui.core.scoring.segments import GROUPS, SegmentContext, assign, segment_rules
from custui.core.scoring.standing import Standing

#: Result columns before the composite ones.
RFM_COLUMNS = (
    "recency_days", "frequency", "monetary_minor", "r_score", "f_score", "m_score",
    "rfm_cell", "segment", "segment_label", "group", "group_label",
)  # fmt: skip
COMPOSITE_COLUMNS = ("score", "tier", "priority", "rank")
CHURN_COLUMNS = ("churn", "churn_reason")
#: Facts kept for the explanations: the order ones, the inputs' rating columns
#: (``rating_columns()``), the interaction ones, then the inputs' own detail columns.
ORDER_DETAILS = (
    "first_order", "last_order", "order_count_total", "order_days_total", "median_gap_days", "gap_cv",
    "amount_recent_minor", "amount_prior_minor", "spend_trend_pct", "tenure_years",
    "margin_window_minor", "margin_score",
)  # fmt: skip
INTERACTION_DETAILS = (
    "last_contact", "contacts_window", "sentiment_n", "sentiment_score", "recent_rated", "recent_negatives",
    "next_action_due",
)  # fmt: skip


def result_details() -> tuple[str, ...]:
    """The detail columns of a score frame, with the inputs registered now."""
    return ORDER_DETAILS + rating_columns() + INTERACTION_DETAILS + input_detail_columns()


def result_columns() -> tuple[str, ...]:
    """Every column of a score frame, in order, with the inputs registered now."""
    return (
        RFM_COLUMNS
        + COMPOSITE_COLUMNS
        + CHURN_COLUMNS
        + tuple(f"in_{k}" for k in INPUTS)
        + result_details()
    )


#: The score frame's columns with the inputs registered at import (``result_columns()`` is live).
COLUMNS = result_columns()
DETAIL_COLUMNS = result_details()

_CELLS = np.array([f"{r}{f}{m}" for r in range(1, 6) for f in range(1, 6) for m in range(1, 6)])


# --------------------------------------------------------------------------- helpers


def _int_array(values: np.ndarray, missing: np.ndarray) -> pd.api.extensions.ExtensionArray:
    return pd.arrays.IntegerArray(np.where(missing, 0, values).astype(np.int64), missing.copy())


# --------------------------------------------------------------------------- churn


def _churn(
    has: np.ndarray,
    order_days: np.ndarray,
    recency: np.ndarray,
    gap: np.ndarray,
    negatives: np.ndarray,
    looked: np.ndarray,
    config: ScoringConfig,
) -> tuple[np.ndarray, pd.api.extensions.ExtensionArray]:
    """(flag, reason in words): silent well past the customer's own cadence, or
    too many of the latest contacts negative."""
    c = config.churn
    with np.errstate(invalid="ignore"):
        limit = np.maximum(c.gap_multiplier * gap, gap + c.min_extra_days)
        cadence = has & (order_days >= c.min_order_days) & ~np.isnan(gap) & (recency > limit)
    sour = negatives >= c.negatives
    reason = np.full(len(has), None, dtype=object)
    # f-strings over the flagged rows only: numpy's char functions took ~50 ms at 100k customers
    if cadence.any():
        # a median gap is whole or .5 days: "41" / "40.5"
        reason[cadence] = [
            f"usually orders every {w if w == g else f'{w}.5'} {'day' if g == 1 else 'days'}; silent {r} days"
            for w, g, r in zip(np.floor(gap[cadence]).astype(np.int64).tolist(), gap[cadence].tolist(),
                               recency[cadence].tolist())
        ]  # fmt: skip
    if sour.any():
        reason[sour] = [
            f"{before}; {n} of the last {of} contacts negative"
            if before
            else f"{n} of the last {of} contacts negative"
            for before, n, of in zip(
                reason[sour].tolist(), negatives[sour].tolist(), looked[sour].tolist()
            )
        ]
    return cadence | sour, pd.array(reason, dtype="string")


# --------------------------------------------------------------------------- score


def score(
    customers: pd.DataFrame,
    order_feats: pd.DataFrame | None,
    interaction_feats: pd.DataFrame | None,
    as_of: date,
    config: ScoringConfig = DEFAULT_CONFIG,
) -> ScoreResult:
    """Score every customer of ``customers`` (index or ``id``/``customer_id`` column;
    the rating columns the inputs read (``inputs.rating_columns()``), any may
    be missing or NULL).  Feature frames follow ``features.py``;
    customers absent from them have no orders / no interactions."""
    config.validate()
    t = as_day(as_of)
    check_stamp(order_feats, t, order_settings(config), "Order features")
    check_stamp(interaction_feats, t, interaction_settings(config), "Interaction features")
    p = prepare(customers, order_feats, interaction_feats, t, config)
    has, recency, freq, money = p.has, p.recency, p.freq, p.money
    med = {"recency_days": np.nan, "frequency": np.nan, "monetary_minor": np.nan}
    if has.any():
        med = {
            "recency_days": float(np.median(recency[has])),
            "frequency": float(np.median(freq[has])),
            "monetary_minor": float(np.median(money[has])),
        }
    base, values = _rows(p, med)
    meta = {"n": p.n, "medians": med}
    frame = _assemble(p.ids, base, values, config)
    return ScoreResult(frame, config, as_of, meta, (p.customers, order_feats, interaction_feats))


def score_some(
    customers: pd.DataFrame,
    order_feats: pd.DataFrame | None,
    interaction_feats: pd.DataFrame | None,
    as_of: date,
    config: ScoringConfig,
    standing: Standing,
) -> pd.DataFrame:
    """The score rows of some customers of a book whose ``Standing`` is *standing* (them included):
    every column exactly as ``score`` gives it over the whole book, but ``rank``, which ranks them
    among themselves.  What one change re-scores (custui.core.scoring.rescore)."""
    p = prepare(customers, order_feats, interaction_feats, as_day(as_of), config, standing)
    base, values = _rows(p, standing.medians())
    return _assemble(p.ids, base, values, config)


def _rows(p: Prepared, med: dict[str, float]) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
    """Every customer's columns of the score frame but the composite ones, and the inputs' 0–100
    values: from their prepared facts and the book's medians *med*."""
    config, t = p.config, p.t
    has, recency, freq, money = p.has, p.recency, p.freq, p.money
    r, f, m = p.r, p.f, p.m
    of, opos, inf, ipos = p.order_feats, p.order_pos, p.interaction_feats, p.interaction_pos

    # -- segments
    ctx = SegmentContext(
        r=r, f=f, m=m, has_orders=has, is_new=has & (t - p.first <= config.new_days),
        r_high=has & (recency < med["recency_days"]),
        f_high=has & (freq > med["frequency"]),
        m_high=has & (money > med["monetary_minor"]),
    )  # fmt: skip
    rules = segment_rules(config)
    seg = assign(ctx, rules)
    group_keys = list(GROUPS)
    seg_group = np.array([group_keys.index(rule.group) for rule in rules])[seg]

    # -- inputs, 0–100: each registered input from the prepared frame
    values = {
        key: np.round(np.clip(spec.compute(p).astype(np.float64), 0.0, 100.0), 6)
        for key, spec in INPUTS.items()
    }
    extra: dict[str, Any] = {}
    for spec in INPUTS.values():
        if spec.details is not None:
            extra.update(spec.details(p))

    # -- churn
    gap = col_float(of, opos, "median_gap_days")
    negatives = col_int(inf, ipos, "recent_negatives")
    looked = col_int(inf, ipos, "recent_rated")
    churn, reason = _churn(has, p.order_days, recency, gap, negatives, looked, config)

    # -- assemble
    cats = pd.Categorical.from_codes
    cell_codes = (r - 1) * 25 + (f - 1) * 5 + (m - 1)
    seg_keys = [rule.key for rule in rules]

    def days_missing(col: str) -> tuple[np.ndarray, np.ndarray]:
        return col_days(inf, ipos, col)

    lc, lc_missing = days_missing("last_contact")
    nd, nd_missing = days_missing("next_action_due")
    base = {
        "recency_days": _int_array(recency, ~has),
        "frequency": freq,
        "monetary_minor": money,
        "r_score": r,
        "f_score": f,
        "m_score": m,
        "rfm_cell": cats(cell_codes, categories=_CELLS),
        "segment": cats(seg, categories=seg_keys),
        "segment_label": cats(seg, categories=[rule.label for rule in rules]),
        "group": cats(seg_group, categories=group_keys),
        "group_label": cats(seg_group, categories=list(GROUPS.values())),
        "churn": churn,
        "churn_reason": reason,
        "first_order": days_to_datetime(p.first, ~has),
        "last_order": days_to_datetime(p.last, ~has),
        "order_count_total": col_int(of, opos, "order_count_total"),
        "order_days_total": p.order_days,
        "median_gap_days": gap,
        "gap_cv": p.cv,
        "amount_recent_minor": p.recent,
        "amount_prior_minor": p.prior,
        "spend_trend_pct": np.where(p.spend_none, np.nan, p.trend),
        "tenure_years": p.tenure,
        "margin_window_minor": _int_array(
            col_int(of, opos, "margin_window_minor"), np.isnan(p.margin)
        ),
        "margin_score": _int_array(p.margin_score, ~p.has_margin),
        **{
            col: _int_array(np.where(rated, raw, 0).astype(np.int64), ~rated)
            for col, (raw, rated) in p.ratings.items()
        },
        "last_contact": days_to_datetime(lc, lc_missing),
        "contacts_window": col_int(inf, ipos, "contacts_window"),
        "sentiment_n": p.s_n,
        "sentiment_score": p.s_score,
        "recent_rated": looked,
        "recent_negatives": negatives,
        "next_action_due": days_to_datetime(nd, nd_missing),
        **extra,
    }
    return base, values


def _assemble(
    ids: np.ndarray, base: dict[str, Any], values: dict[str, np.ndarray], config: ScoringConfig
) -> pd.DataFrame:
    """The ranked score frame from every customer's columns *base* and input values *values*, which
    it empties: each column is let go once its ranked copy is made, so the two are not all alive at
    once (a 100k book's columns are ~50 MB)."""
    n = len(ids)
    _points, _dims, total = composite_tenths(values, config, n)
    tiers = tier_codes(total, config)
    churn = np.asarray(base["churn"], dtype=bool)
    prio = priority_codes(tiers, churn, config)
    order = np.lexsort((ids, -total))
    sorted_total = total[order]
    rank = np.searchsorted(-sorted_total, -sorted_total, side="left") + 1

    def take(column: str) -> Any:
        v = base.pop(column)
        return v[order] if isinstance(v, np.ndarray) else v.take(order)

    cols: dict[str, Any] = {c: take(c) for c in RFM_COLUMNS}
    cols["score"] = sorted_total / 10.0
    cols["tier"] = pd.Categorical.from_codes(tiers[order], categories=TIER_ORDER, ordered=True)
    cols["priority"] = pd.Categorical.from_codes(
        prio[order], categories=PRIORITY_ORDER, ordered=True
    )
    cols["rank"] = rank.astype(np.int64)
    for c in CHURN_COLUMNS:
        cols[c] = take(c)
    for k in INPUTS:
        cols[f"in_{k}"] = values.pop(k)[order]
    for c in result_details():
        cols[c] = take(c)
    return pd.DataFrame(cols, index=pd.Index(ids[order], name="customer_id"), copy=False)


def points_frame(result: ScoreResult) -> pd.DataFrame:
    """Every customer's points per dimension (``dim_<key>``) and per input (``pts_<key>``), in the
    result's order: what the score is made of, worked out again from its 0–100 values and weights.

    The score frame does not keep them: they are the weights times the ``in_`` values it keeps, and
    held they cost 17 columns (~14 MB at 100k, twice that while a change re-scores).  An
    explanation works out one customer's the same way (``explain``)."""
    frame = result.frame
    values = {k: frame[f"in_{k}"].to_numpy() for k in INPUTS}
    points, dims, _total = composite_tenths(values, result.config, len(frame))
    columns = {f"dim_{k}": dims[k] / 10.0 for k in DIMENSION_LABELS}
    columns |= {f"pts_{k}": points[k] / 10.0 for k in INPUTS}
    return pd.DataFrame(columns, index=frame.index)


# --------------------------------------------------------------------------- rerank


def needs_rescore(old: ScoringConfig, new: ScoringConfig) -> bool:
    """True when ``new`` changes more than weights, tier bounds or priorities."""
    return replace(new, dimensions=old.dimensions, tiers=old.tiers, priority=old.priority) != old


def rerank(result: ScoreResult, config: ScoringConfig) -> ScoreResult:
    """Re-rank after a change of weights / tier bounds / priority matrix, from the
    cached input values only.  Other changes re-score from the kept feature
    frames, except changes of the windows the features were computed with
    (``needs_new_features``): those raise ValueError."""
    config.validate()
    if needs_rescore(result.config, config):
        if needs_new_features(result.config, config):
            raise ValueError(
                "this change alters the RFM or sentiment windows: compute the features again and score"
            )
        if not result.sources:
            raise ValueError(
                "this change needs a full re-score, and the result keeps no source data"
            )
        customers, order_feats, interaction_feats = result.sources
        return score(customers, order_feats, interaction_feats, result.as_of, config)
    frame = result.frame

    def arr(c: str) -> Any:
        s = frame[c]
        return s.to_numpy() if isinstance(s.dtype, np.dtype) else s.array

    base = {c: arr(c) for c in RFM_COLUMNS + CHURN_COLUMNS + result_details()}
    values = {k: frame[f"in_{k}"].to_numpy() for k in INPUTS}
    new = _assemble(frame.index.to_numpy(), base, values, config)
    return ScoreResult(new, config, result.as_of, result.meta, result.sources)
