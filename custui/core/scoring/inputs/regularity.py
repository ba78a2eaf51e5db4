"""Order regularity 下单规律: how even the gaps between order days are."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from custui.core.scoring.inputs.spec import ScoreInput, is_na, num

if TYPE_CHECKING:
    from custui.core.scoring.config import ScoringConfig
    from custui.core.scoring.prepared import Prepared


def compute(p: Prepared) -> np.ndarray:
    values: np.ndarray = np.where(p.enough, 100.0 * np.clip(1.0 - p.cv, 0.0, 1.0), p.neutral)
    return values


def explain(row: pd.Series, cfg: ScoringConfig) -> tuple[str, bool]:
    if is_na(row["gap_cv"]):
        return f"— (fewer than 3 order days, counted {num(cfg.neutral)})", False
    every = num(row["median_gap_days"])
    days = "day" if every == "1" else "days"
    return f"usually every {every} {days}, variation {row['gap_cv']:.2f}", True


INPUT = ScoreInput(
    key="regularity",
    label_en="Order regularity",
    label_zh="下单规律",
    dimension="relationship_stability",
    default_weight=30.0,
    how="gaps between order days: 100×(1 − coefficient of variation), floor 0; "
    "fewer than 2 gaps: neutral",
    compute=compute,
    explain=explain,
)
