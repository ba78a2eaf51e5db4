"""The shared shape of the rep's 1–5 ratings (growth, need match, win likelihood, strategic)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from custui.core.scoring.inputs.spec import ScoreInput, is_na, num

if TYPE_CHECKING:
    from custui.core.scoring.config import ScoringConfig
    from custui.core.scoring.prepared import Prepared


def rating_input(
    key: str,
    column: str,
    label_en: str,
    label_zh: str,
    dimension: str,
    default_weight: float,
    letter: str,
) -> ScoreInput:
    """An input that is the customer's rating *column*: 1–5 → (v−1)×25; not rated: neutral."""

    def compute(p: Prepared) -> np.ndarray:
        raw, rated = p.rating(column)
        values: np.ndarray = np.where(rated, (raw - 1) * 25.0, p.neutral)
        return values

    def explain(row: pd.Series, cfg: ScoringConfig) -> tuple[str, bool]:
        v = row[column]
        if is_na(v):
            return f"— (not rated, counted {num(cfg.neutral)})", False
        return f"rated {int(v)} of 5", True

    return ScoreInput(
        key=key,
        label_en=label_en,
        label_zh=label_zh,
        dimension=dimension,
        default_weight=default_weight,
        how=f"rep's rating 1–5 → ({letter}−1)×25; not rated: neutral",
        compute=compute,
        explain=explain,
        columns=(column,),
    )
