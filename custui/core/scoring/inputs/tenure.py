"""Years as customer 合作年限: years since the first order, capped."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from custui.core.scoring.inputs.spec import ScoreInput, has_orders, num

if TYPE_CHECKING:
    from custui.core.scoring.config import ScoringConfig
    from custui.core.scoring.prepared import Prepared


def compute(p: Prepared) -> np.ndarray:
    cap = p.config.tenure_cap_years
    values: np.ndarray = np.where(p.has, p.tenure / cap * 100.0, 0.0)
    return values


def explain(row: pd.Series, cfg: ScoringConfig) -> tuple[str, bool]:
    if not has_orders(row):
        return "no orders yet", True
    first = pd.Timestamp(row["first_order"]).date().isoformat()
    years, cap = row["tenure_years"], num(cfg.tenure_cap_years)
    return f"first order {first}, {years:.1f} years (cap {cap})", True


INPUT = ScoreInput(
    key="tenure",
    label_en="Years as customer",
    label_zh="合作年限",
    dimension="relationship_stability",
    default_weight=40.0,
    how="years since first order, capped → years/cap×100; none: 0",
    compute=compute,
    explain=explain,
)
