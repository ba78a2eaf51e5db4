"""Monetary M 购买金额: the M score 1–5 of RFM → (M−1)×25."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from custui.core.scoring.inputs.spec import ScoreInput
from custui.core.validate import format_money

if TYPE_CHECKING:
    from custui.core.scoring.config import ScoringConfig
    from custui.core.scoring.prepared import Prepared


def compute(p: Prepared) -> np.ndarray:
    values: np.ndarray = (p.m - 1) * 25.0
    return values


def explain(row: pd.Series, cfg: ScoringConfig) -> tuple[str, bool]:
    spent = format_money(int(row["monetary_minor"]))
    return f"{spent} in {cfg.window_days} days → M {row['m_score']}", True


INPUT = ScoreInput(
    key="monetary",
    label_en="Monetary M",
    label_zh="购买金额",
    dimension="current_value",
    default_weight=40.0,
    how="M score 1–5 → (M−1)×25",
    compute=compute,
    explain=explain,
)
