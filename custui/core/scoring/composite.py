"""Composite 0–100, tiers and priority from cached input values.

Rounding rule (research/scoring.md §2: the numbers shown always add up)
----------------------------------------------------------------------
An input's exact points are ``dimension weight % × input weight % × value / 100``
(value 0–100).  Each input's points are rounded **half up to 0.1** on their
own — equal inputs always show equal points — but never above the input's
full weight rounded *down* to 0.1 (only matters for odd weights such as
25 % × 45 % = 11.25, whose full marks show 11.2, so the score can never
pass 100).  Then

* a dimension's points = the sum of its inputs' displayed points;
* **the score = the sum of all displayed input points** (0–100, 0.1 steps);
* tier and priority are read from that displayed score: a customer showing
  90.0 is Strategic even if the unrounded total was 89.96.

Everything is computed in integer tenths of a point, so sums and comparisons
with the tier bounds are exact.
"""

from __future__ import annotations

import math

import numpy as np

from custui.core.scoring.config import DIMENSION_LABELS, INPUTS, TIERS, ScoringConfig

#: Categories, lowest first, so ordered comparisons read naturally (tier >= "Core").
TIER_ORDER: tuple[str, ...] = tuple(reversed(TIERS))
PRIORITY_ORDER: tuple[str, ...] = ("C", "B", "A", "S")

_EPS = 1e-9  # absorbs binary representation error at exact .x5 halves


def composite_tenths(
    values: dict[str, np.ndarray], config: ScoringConfig, n: int
) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray], np.ndarray]:
    """(input points, dimension points, total) in integer tenths of a point.

    Every catalogue input and dimension gets an entry (zeros when not in the config).
    """
    points = {k: np.zeros(n, dtype=np.int64) for k in INPUTS}
    dims = {k: np.zeros(n, dtype=np.int64) for k in DIMENSION_LABELS}
    total = np.zeros(n, dtype=np.int64)
    for d in config.dimensions:
        for i in d.inputs:
            w = d.weight * i.weight / 10000.0  # points per value unit
            if not w:
                continue
            cap = math.floor(w * 1000.0 + _EPS)  # full marks, tenths, rounded down
            tenths = np.floor(w * values[i.key] * 10.0 + 0.5 + _EPS).astype(np.int64)
            np.minimum(tenths, cap, out=tenths)
            points[i.key] = tenths
            dims[d.key] = dims[d.key] + tenths
            total += tenths
    return points, dims, total


def bound_tenths(bound: float) -> int:
    """Smallest displayed score (in tenths) that reaches ``bound``."""
    return math.ceil(bound * 10.0 - _EPS)


def tier_codes(total_tenths: np.ndarray, config: ScoringConfig) -> np.ndarray:
    """Codes into ``TIER_ORDER`` (0 Basic … 3 Strategic)."""
    t = config.tiers
    out = np.zeros(len(total_tenths), dtype=np.int8)
    out[total_tenths >= bound_tenths(t.potential)] = 1
    out[total_tenths >= bound_tenths(t.core)] = 2
    out[total_tenths >= bound_tenths(t.strategic)] = 3
    return out


def priority_codes(tiers: np.ndarray, churn: np.ndarray, config: ScoringConfig) -> np.ndarray:
    """Codes into ``PRIORITY_ORDER`` from the tier × churn matrix of the config."""
    table = np.zeros((len(TIER_ORDER), 2), dtype=np.int8)
    for rule in config.priority:
        row = TIER_ORDER.index(rule.tier)
        table[row, 0] = PRIORITY_ORDER.index(rule.normal)
        table[row, 1] = PRIORITY_ORDER.index(rule.churn)
    codes: np.ndarray = table[tiers, churn.astype(np.int64)]
    return codes


def tier_of(score: float, config: ScoringConfig) -> str:
    """Tier of one displayed score (for editors and tests)."""
    return TIER_ORDER[int(tier_codes(np.array([round(score * 10)]), config)[0])]
