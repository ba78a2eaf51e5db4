"""``ScoreInput``: everything about one score input, in one frozen spec.

A spec names the input (``key``, English and Chinese label), places it
(``dimension`` and its ``default_weight`` there, in % of the dimension),
says how it is computed (``compute``: the prepared feature frame of all
customers → 0–100 values, vectorised) and how it is explained (``explain``:
one scored row → the sentence ``w`` shows, and whether the value was known).
``columns`` lists the customer columns it reads from the store (each a
1–5 rating: the store and the scorer read anything else as not rated);
``details``/``detail_columns`` add columns of its own to the score frame,
for its explanation.  ``custui.core.scoring.inputs`` registers the specs, in
display order.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

if TYPE_CHECKING:
    from custui.core.scoring.config import ScoringConfig
    from custui.core.scoring.prepared import Prepared

#: Dimension key -> bilingual label, in display order.
DIMENSION_LABELS: dict[str, str] = {
    "current_value": "Current value 当前价值",
    "growth_potential": "Growth potential 成长潜力",
    "relationship_stability": "Relationship stability 关系稳定",
    "strategic_importance": "Strategic importance 战略重要性",
}

#: Dimension key -> default weight, % of the composite.
DIMENSION_WEIGHTS: dict[str, float] = {
    "current_value": 40.0,
    "growth_potential": 30.0,
    "relationship_stability": 20.0,
    "strategic_importance": 10.0,
}

#: compute: the prepared frame of every customer -> 0–100 values (NaN-free float array).
Compute = Callable[["Prepared"], np.ndarray]
#: explain: one row of the score frame and the settings -> (the input in words, known?).
Explain = Callable[[pd.Series, "ScoringConfig"], tuple[str, bool]]
#: details: the prepared frame -> extra score-frame columns (named in detail_columns).
Details = Callable[["Prepared"], Mapping[str, Any]]


@dataclass(frozen=True)
class ScoreInput:
    key: str  # in the settings JSON and the score frame (in_<key>, pts_<key>)
    label_en: str
    label_zh: str
    dimension: str  # a key of DIMENSION_LABELS: where the input sits by default
    default_weight: float  # % of that dimension; 0: offered in the weights screen, not used
    how: str  # how the 0–100 value is made, in words
    compute: Compute
    explain: Explain
    columns: tuple[str, ...] = ()  # customer columns (1–5 ratings) read from the store
    detail_columns: tuple[str, ...] = ()
    details: Details | None = None

    @property
    def label(self) -> str:
        """ "Recency R 最近购买": the label screens and explanations show."""
        return f"{self.label_en} {self.label_zh}"


# --------------------------------------------------------------------------- words for explain


def num(x: float) -> str:
    """12.5 -> "12.5", 12.0 -> "12"."""
    return f"{x:.2f}".rstrip("0").rstrip(".")


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def days_ago(n: int) -> str:
    return "today" if n == 0 else ("1 day ago" if n == 1 else f"{n} days ago")


def is_na(v: Any) -> bool:
    return v is None or v is pd.NA or v is pd.NaT or (isinstance(v, float) and math.isnan(v))


def has_orders(row: pd.Series) -> bool:
    return not is_na(row["recency_days"])
