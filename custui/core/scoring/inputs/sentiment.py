"""Recent sentiment 近期情绪: the rated contacts of the sentiment window, recent ones weighing more."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from custui.core.scoring.inputs.spec import ScoreInput, is_na, num, plural

if TYPE_CHECKING:
    from custui.core.scoring.config import ScoringConfig
    from custui.core.scoring.prepared import Prepared


def compute(p: Prepared) -> np.ndarray:
    known = (p.s_n > 0) & ~np.isnan(p.s_score)
    values: np.ndarray = np.where(known, p.s_score, p.neutral)
    return values


def explain(row: pd.Series, cfg: ScoringConfig) -> tuple[str, bool]:
    days = cfg.sentiment.window_days
    if row["sentiment_n"] == 0 or is_na(row["sentiment_score"]):
        return f"— (no rated contacts in {days} days, counted {num(cfg.neutral)})", False
    n = plural(int(row["sentiment_n"]), "rated contact")
    return f"{n} in {days} days, weighted mean {row['sentiment_score']:.0f}", True


INPUT = ScoreInput(
    key="sentiment",
    label_en="Recent sentiment",
    label_zh="近期情绪",
    dimension="relationship_stability",
    default_weight=30.0,
    how="contacts in the sentiment window, positive 100 / neutral 50 / negative 0, "
    "mean weighted by 0.5^(age/half-life); none: neutral",
    compute=compute,
    explain=explain,
)
