"""Frequency F 购买频次: the F score 1–5 of RFM → (F−1)×25."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from custui.core.scoring.inputs.spec import ScoreInput, plural

if TYPE_CHECKING:
    from custui.core.scoring.config import ScoringConfig
    from custui.core.scoring.prepared import Prepared


def compute(p: Prepared) -> np.ndarray:
    values: np.ndarray = (p.f - 1) * 25.0
    return values


def explain(row: pd.Series, cfg: ScoringConfig) -> tuple[str, bool]:
    orders = plural(int(row["frequency"]), "order")
    return f"{orders} in {cfg.window_days} days → F {row['f_score']}", True


INPUT = ScoreInput(
    key="frequency",
    label_en="Frequency F",
    label_zh="购买频次",
    dimension="current_value",
    default_weight=30.0,
    how="F score 1–5 → (F−1)×25",
    compute=compute,
    explain=explain,
)
