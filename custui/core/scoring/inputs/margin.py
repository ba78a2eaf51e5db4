"""Margin 毛利: margin in the window, scored 1–5 by the quintile rule (not used by default)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from custui.core.scoring.inputs.spec import ScoreInput, has_orders, is_na, num
from custui.core.validate import format_money

if TYPE_CHECKING:
    from custui.core.scoring.config import ScoringConfig
    from custui.core.scoring.prepared import Prepared


def compute(p: Prepared) -> np.ndarray:
    bought = p.has & (p.freq > 0)
    values: np.ndarray = np.where(
        p.has_margin, (p.margin_score - 1) * 25.0, np.where(bought, p.neutral, 0.0)
    )
    return values


def explain(row: pd.Series, cfg: ScoringConfig) -> tuple[str, bool]:
    window = cfg.window_days
    if not is_na(row["margin_score"]):
        margin = format_money(int(row["margin_window_minor"]))
        return f"margin {margin} in {window} days → {row['margin_score']} of 5", True
    if has_orders(row) and row["frequency"] > 0:
        return f"— (no margin recorded, counted {num(cfg.neutral)})", False
    return f"no orders in {window} days", True


INPUT = ScoreInput(
    key="margin",
    label_en="Margin",
    label_zh="毛利",
    dimension="current_value",
    default_weight=0.0,
    how="margin in the window, scored 1–5 by the quintile rule among customers with margin "
    "recorded → (s−1)×25; orders without margin: neutral; no orders: 0",
    compute=compute,
    explain=explain,
)
