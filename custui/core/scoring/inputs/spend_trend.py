"""Spend trend 消费趋势: the recent half-year against the half-year before."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from custui.core.scoring.inputs.spec import ScoreInput, is_na, num
from custui.core.validate import format_money

if TYPE_CHECKING:
    from custui.core.scoring.config import ScoringConfig
    from custui.core.scoring.prepared import Prepared


def compute(p: Prepared) -> np.ndarray:
    cap = float(p.config.trend_cap_pct)
    values: np.ndarray = np.where(p.spend_none, p.neutral, 50.0 + 50.0 * p.trend / cap)
    return values


def explain(row: pd.Series, cfg: ScoringConfig) -> tuple[str, bool]:
    half = cfg.trend_half_days
    trend = row["spend_trend_pct"]
    if is_na(trend):
        return f"— (no spend in the last {2 * half} days, counted {num(cfg.neutral)})", False
    recent = format_money(int(row["amount_recent_minor"]))
    prior = format_money(int(row["amount_prior_minor"]))
    cap = num(cfg.trend_cap_pct)
    return f"last {half} days {recent} vs the {half} before {prior} ({trend:+.0f} %, cap ±{cap} %)", True  # fmt: skip


INPUT = ScoreInput(
    key="spend_trend",
    label_en="Spend trend",
    label_zh="消费趋势",
    dimension="growth_potential",
    default_weight=25.0,
    how="recent half-year vs the half-year before, capped ±cap % → 50 + 50×trend/cap",
    compute=compute,
    explain=explain,
)
