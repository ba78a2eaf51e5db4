"""The prepared feature frame: every customer's facts, aligned, that the score inputs read.

``prepare`` lines the customer frame and the two feature frames up on the
customers scored (one position per customer) and derives the facts several
parts need: R/F/M scores, the margin quintile, the spend trend, tenure, the
regularity of the gaps, the sentiment.  The inputs
(``custui.core.scoring.inputs``) turn these into 0–100 values; the scorer
keeps the facts in the score frame so ``explain`` can put them in words.
An input that needs a feature column nobody prepares reads it with
``order_int``/``order_float``/``interaction_int``/``interaction_float``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from custui.core.id_positions import IdLookup, unique_ids
from custui.core.scoring.config import ScoringConfig
from custui.core.scoring.features import day_numbers
from custui.core.scoring.inputs import rating_columns
from custui.core.scoring.rfm import (
    measure_keys,
    measure_scores,
    quintile_scores,
    scores_against,
    worse_counts,
)

if TYPE_CHECKING:
    from custui.core.scoring.standing import Standing

# --------------------------------------------------------------------------- alignment


def customer_ids(customers: pd.DataFrame) -> tuple[pd.DataFrame, np.ndarray]:
    if "customer_id" in customers.columns:
        customers = customers.set_index("customer_id")
    elif "id" in customers.columns:
        customers = customers.set_index("id")
    ids = customers.index.to_numpy(dtype=np.int64)
    if not unique_ids(customers.index):  # not ``is_unique``: kept inputs, no lookup table
        raise ValueError("customer ids must be unique")
    return customers, ids


def positions(
    feats: pd.DataFrame | None, ids: np.ndarray
) -> tuple[pd.DataFrame | None, np.ndarray]:
    if feats is None or len(feats) == 0:
        return None, np.full(len(ids), -1, dtype=np.int64)
    if "customer_id" in feats.columns:
        feats = feats.set_index("customer_id")
    if not unique_ids(feats.index):
        raise ValueError("feature frames need one row per customer")
    # kept as inputs: not with the lookup table pandas' own lookup would leave on the index
    return feats, IdLookup.of(feats.index).positions(ids)


def col_int(feats: pd.DataFrame | None, pos: np.ndarray, name: str) -> np.ndarray:
    out = np.zeros(len(pos), dtype=np.int64)
    if feats is not None and name in feats.columns:
        hit = pos >= 0
        out[hit] = feats[name].to_numpy(dtype=np.int64, na_value=0)[pos[hit]]
    return out


def col_float(feats: pd.DataFrame | None, pos: np.ndarray, name: str) -> np.ndarray:
    out = np.full(len(pos), np.nan)
    if feats is not None and name in feats.columns:
        hit = pos >= 0
        out[hit] = feats[name].to_numpy(dtype=np.float64, na_value=np.nan)[pos[hit]]
    return out


def col_days(
    feats: pd.DataFrame | None, pos: np.ndarray, name: str
) -> tuple[np.ndarray, np.ndarray]:
    days = np.zeros(len(pos), dtype=np.int64)
    missing = np.ones(len(pos), dtype=bool)
    if feats is not None and name in feats.columns:
        hit = pos >= 0
        d, m = day_numbers(feats[name])
        days[hit], missing[hit] = d[pos[hit]], m[pos[hit]]
    return days, missing


# --------------------------------------------------------------------------- the frame


@dataclass(frozen=True)
class Prepared:
    """One numpy array per fact, position i = the i-th customer scored (``ids[i]``).

    Days are day numbers (since 1970-01-01); "no orders" customers hold 0 in
    the int arrays and NaN in the float ones unless said otherwise.
    """

    config: ScoringConfig
    t: int  # the as-of day
    ids: np.ndarray
    customers: pd.DataFrame
    order_feats: pd.DataFrame | None
    order_pos: np.ndarray
    interaction_feats: pd.DataFrame | None
    interaction_pos: np.ndarray
    has: np.ndarray  # has orders
    first: np.ndarray  # first order day
    last: np.ndarray  # last order day
    recency: np.ndarray  # days since the last order (0: no orders)
    freq: np.ndarray  # orders in the window
    money: np.ndarray  # amount in the window, minor units
    r: np.ndarray  # RFM scores 1–5
    f: np.ndarray
    m: np.ndarray
    margin: np.ndarray  # margin in the window (NaN: unknown)
    has_margin: np.ndarray
    margin_score: np.ndarray  # 1–5 among customers with margin (0: none)
    recent: np.ndarray  # amount in the recent half-year
    prior: np.ndarray  # amount in the half-year before
    trend: np.ndarray  # spend trend %, capped ±trend_cap_pct
    spend_none: np.ndarray  # nothing spent in either half-year
    tenure: np.ndarray  # years since the first order, capped (NaN: no orders)
    order_days: np.ndarray  # distinct order days
    cv: np.ndarray  # coefficient of variation of the gaps (NaN: not enough)
    enough: np.ndarray  # at least 2 gaps, spanning some days
    s_n: np.ndarray  # rated contacts in the sentiment window
    s_score: np.ndarray  # their weighted mean 0–100
    ratings: dict[str, tuple[np.ndarray, np.ndarray]] = field(default_factory=dict)

    @property
    def n(self) -> int:
        return len(self.ids)

    @property
    def neutral(self) -> float:
        return float(self.config.neutral)

    def rating(self, column: str) -> tuple[np.ndarray, np.ndarray]:
        """(raw values as float, NaN when missing; mask of valid 1–5 ratings) of a customer column."""
        return self.ratings[column]

    def order_int(self, name: str) -> np.ndarray:
        return col_int(self.order_feats, self.order_pos, name)

    def order_float(self, name: str) -> np.ndarray:
        return col_float(self.order_feats, self.order_pos, name)

    def interaction_int(self, name: str) -> np.ndarray:
        return col_int(self.interaction_feats, self.interaction_pos, name)

    def interaction_float(self, name: str) -> np.ndarray:
        return col_float(self.interaction_feats, self.interaction_pos, name)


def prepare(
    customers: pd.DataFrame,
    order_feats: pd.DataFrame | None,
    interaction_feats: pd.DataFrame | None,
    t: int,
    config: ScoringConfig,
    standing: Standing | None = None,
) -> Prepared:
    """Align the frames on the customers (index or ``id``/``customer_id`` column) and derive the facts.

    The R/F/M and margin scores rank the customers among themselves; with *standing* (the whole
    book's, these customers included) they are any customers of that book, ranked among all of it."""
    customers, ids = customer_ids(customers)
    n = len(ids)
    of, opos = positions(order_feats, ids)
    inf, ipos = positions(interaction_feats, ids)

    last, no_orders = col_days(of, opos, "last_order")
    first, _ = col_days(of, opos, "first_order")
    has = ~no_orders
    recency = np.where(has, t - last, 0)
    recency_f = np.where(has, recency.astype(np.float64), np.nan)
    freq = col_int(of, opos, "orders_window")
    money = col_int(of, opos, "amount_window_minor")

    def bounds(name: str) -> np.ndarray | None:
        return None if standing is None else standing.bounds(name)

    r = measure_scores(recency_f, config.recency, lower_is_better=True, n=n, bounds=bounds("r"))
    f = measure_scores(freq, config.frequency, lower_is_better=False, n=n, bounds=bounds("f"))
    m = measure_scores(money, config.monetary, lower_is_better=False, n=n, bounds=bounds("m"))

    margin = col_float(of, opos, "margin_window_minor")
    has_margin = has & (freq > 0) & ~np.isnan(margin)
    margin_score = np.zeros(n, dtype=np.int64)
    if has_margin.any():
        if standing is None:
            mw = worse_counts(margin[has_margin], higher_is_better=True)
            margin_score[has_margin] = quintile_scores(mw, int(has_margin.sum()))
        else:
            keys = measure_keys(margin[has_margin], higher_is_better=True)
            margin_score[has_margin] = scores_against(keys, standing.bounds("margin"))

    ratings: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    for col in rating_columns():
        raw = (
            customers[col].to_numpy(dtype=np.float64, na_value=np.nan)
            if col in customers.columns
            else np.full(n, np.nan)
        )
        ratings[col] = (raw, (raw >= 1) & (raw <= 5) & (raw == np.floor(raw)))

    recent = col_int(of, opos, "amount_recent_minor")
    prior = col_int(of, opos, "amount_prior_minor")
    cap = float(config.trend_cap_pct)
    with np.errstate(divide="ignore", invalid="ignore"):
        trend = np.where(
            prior > 0,
            (recent - prior) / np.where(prior > 0, prior, 1) * 100.0,
            np.where(recent > 0, cap, 0.0),
        )
    trend = np.clip(trend, -cap, cap)
    spend_none = (recent == 0) & (prior == 0)

    tenure = np.where(has, np.clip((t - first) / 365.25, 0.0, config.tenure_cap_years), np.nan)

    order_days = col_int(of, opos, "order_days_total")
    n_gaps = order_days - 1
    gap_sum = np.where(has, last - first, 0)
    sumsq = col_int(of, opos, "gap_sumsq_days")
    enough = has & (n_gaps >= 2) & (gap_sum > 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        cv = np.where(
            enough,
            np.sqrt(np.maximum(n_gaps * sumsq - gap_sum * gap_sum, 0))
            / np.where(enough, gap_sum, 1),
            np.nan,
        )

    return Prepared(
        config=config, t=t, ids=ids, customers=customers,
        order_feats=of, order_pos=opos, interaction_feats=inf, interaction_pos=ipos,
        has=has, first=first, last=last, recency=recency, freq=freq, money=money, r=r, f=f, m=m,
        margin=margin, has_margin=has_margin, margin_score=margin_score,
        recent=recent, prior=prior, trend=trend, spend_none=spend_none, tenure=tenure,
        order_days=order_days, cv=cv, enough=enough,
        s_n=col_int(inf, ipos, "sentiment_n"), s_score=col_float(inf, ipos, "sentiment_score"),
        ratings=ratings,
    )  # fmt: skip
