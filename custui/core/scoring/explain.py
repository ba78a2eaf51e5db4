"""The breakdown behind one customer's score: dimension → input → value → points.

``explain(result, customer_id)`` reads only the scored frame (one row plus,
for quintile reasons, one vectorised count over a column), so it is instant
at 100k.  Each input's sentence comes from its spec
(``ScoreInput.explain``, custui.core.scoring.inputs).  The points are the displayed, carried points of ``composite.py``:
they add up to the score shown, exactly (``Explanation.total == score``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from custui.core.scoring.composite import composite_tenths
from custui.core.scoring.config import DIMENSION_LABELS, INPUTS
from custui.core.scoring.inputs.spec import is_na as _is_na
from custui.core.scoring.inputs.spec import num as _num
from custui.core.scoring.result import ScoreResult
from custui.core.scoring.rfm import band_text
from custui.core.validate import format_money


@dataclass(frozen=True)
class MeasureExplanation:
    measure: str  # "R", "F" or "M"
    value: str  # "12 days" / "3 orders" / "12,000.00"
    score: int
    reason: str  # "more recent than 83 % of customers → 5"

    @property
    def text(self) -> str:
        return f"{self.measure}={self.value}: {self.reason}"


@dataclass(frozen=True)
class InputExplanation:
    key: str
    label: str
    raw: str  # the input in words: "last order 12 days ago → R 5"
    value: float  # 0–100
    share: float  # % of its dimension
    weight: float  # % of the whole score (dimension % × share %)
    points: float  # displayed points, 0.1 steps
    rated: bool = True  # False: a neutral value stood in for a missing one


@dataclass(frozen=True)
class DimensionExplanation:
    key: str
    label: str
    weight: float
    points: float
    inputs: tuple[InputExplanation, ...]


@dataclass(frozen=True)
class Explanation:
    customer_id: int
    score: float
    tier: str
    priority: str
    segment: str
    segment_label: str
    group_label: str
    rfm_cell: str
    rfm: tuple[MeasureExplanation, ...]
    dimensions: tuple[DimensionExplanation, ...]
    churn: bool
    churn_reason: str

    @property
    def total(self) -> float:
        """Sum of the displayed input points; equals ``score`` exactly."""
        tenths = sum(round(i.points * 10) for d in self.dimensions for i in d.inputs)
        return tenths / 10.0

    def lines(self) -> list[str]:
        out = [
            f"Score {self.score:.1f} · {self.tier} · priority {self.priority} · {self.segment_label} ({self.group_label})",
            f"RFM {self.rfm_cell}",
            *(f"  {m.text}" for m in self.rfm),
        ]
        if self.churn:
            out.append(f"Churn risk: {self.churn_reason}")
        for d in self.dimensions:
            out.append(f"{d.label} {_num(d.weight)} %: {d.points:.1f}")
            for i in d.inputs:
                out.append(
                    f"  {i.label} {_num(i.share)} %: {i.raw} · {_num(round(i.value, 1))}/100 → {i.points:.1f}"
                )
        out.append(f"Total {self.total:.1f}")
        return out


def _pct_better(worse: int, n: int) -> int:
    return (100 * worse) // n if n else 0


def _measures(result: ScoreResult, row: pd.Series) -> tuple[MeasureExplanation, ...]:
    cfg, frame = result.config, result.frame
    n = len(frame)
    window = cfg.window_days
    out = []
    rec = row["recency_days"]
    r = int(row["r_score"])
    if _is_na(rec):
        out.append(MeasureExplanation("R", "—", r, "no orders yet → 1"))
    else:
        rec = int(rec)
        if cfg.recency.method == "thresholds":
            why = band_text(cfg.recency, r, rec, "days", lower_is_better=True)
        else:
            all_rec = frame["recency_days"].to_numpy(dtype=np.float64, na_value=np.inf)
            w = int(np.count_nonzero(all_rec > rec))
            why = f"more recent than {_pct_better(w, n)} % of customers → {r}"
        out.append(MeasureExplanation("R", f"{rec} days", r, why))
    for key, col, unit, fmt, rule in (
        ("F", "frequency", "orders", str, cfg.frequency),
        ("M", "monetary_minor", "", format_money, cfg.monetary),
    ):
        v = int(row[col])
        s = int(row[f"{key.lower()}_score"])
        if v <= 0:
            what = "no orders" if key == "F" else "nothing spent"
            why = f"{what} in the last {window} days → 1"
        elif rule.method == "thresholds":
            why = band_text(rule, s, v, unit, lower_is_better=False, fmt=fmt).replace("  ", " ")
        else:
            w = int(np.count_nonzero(frame[col].to_numpy() < v))
            more = "more orders" if key == "F" else "more money"
            why = f"{more} than {_pct_better(w, n)} % of customers → {s}"
        out.append(MeasureExplanation(key, fmt(v), s, why))
    return tuple(out)


def explain(result: ScoreResult, customer_id: int) -> Explanation:
    """The breakdown of one customer's score (KeyError when not scored)."""
    row = result.frame.loc[customer_id]
    cfg = result.config
    # the points, worked out as the scorer did (the frame keeps the values, not the points)
    points, dim_points, _total = composite_tenths(
        {k: np.array([row[f"in_{k}"]], dtype=np.float64) for k in INPUTS}, cfg, 1
    )
    dims = []
    for d in cfg.dimensions:
        inputs = []
        for i in d.inputs:
            spec = INPUTS[i.key]
            raw, rated = spec.explain(row, cfg)
            inputs.append(
                InputExplanation(
                    key=i.key,
                    label=spec.label,
                    raw=raw,
                    value=float(row[f"in_{i.key}"]),
                    share=i.weight,
                    weight=d.weight * i.weight / 100.0,
                    points=float(points[i.key][0] / 10.0),
                    rated=rated,
                )
            )
        dims.append(
            DimensionExplanation(
                d.key,
                DIMENSION_LABELS[d.key],
                d.weight,
                float(dim_points[d.key][0] / 10.0),
                tuple(inputs),
            )
        )
    reason = row["churn_reason"]
    return Explanation(
        customer_id=int(customer_id),
        score=float(row["score"]),
        tier=str(row["tier"]),
        priority=str(row["priority"]),
        segment=str(row["segment"]),
        segment_label=str(row["segment_label"]),
        group_label=str(row["group_label"]),
        rfm_cell=str(row["rfm_cell"]),
        rfm=_measures(result, row),
        dimensions=tuple(dims),
        churn=bool(row["churn"]),
        churn_reason="" if _is_na(reason) else str(reason),
    )
