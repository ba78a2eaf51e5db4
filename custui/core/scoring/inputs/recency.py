"""Recency R 最近购买: the R score 1–5 of RFM → (R−1)×25."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from custui.core.scoring.inputs.spec import ScoreInput, days_ago, has_orders

if TYPE_CHECKING:
    from custui.core.scoring.config import ScoringConfig
    from custui.core.scoring.prepared import Prepared


def compute(p: Prepared) -> np.ndarray:
    values: np.ndarray = (p.r - 1) * 25.0
    return values


def explain(row: pd.Series, cfg: ScoringConfig) -> tuple[str, bool]:
    if not has_orders(row):
        return "no orders yet → R 1", True
    return f"last order {days_ago(int(row['recency_days']))} → R {row['r_score']}", True


INPUT = ScoreInput(
    key="recency",
    label_en="Recency R",
    label_zh="最近购买",
    dimension="current_value",
    default_weight=30.0,
    how="R score 1–5 → (R−1)×25",
    compute=compute,
    explain=explain,
)
