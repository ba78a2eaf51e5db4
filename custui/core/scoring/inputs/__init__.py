"""The score inputs: one module per input, registered here in display order.

``INPUTS`` (key → ``ScoreInput``) is what the config, the scorer, the
explanations, the store's customer loader and the weights screen iterate
over; none of them names an input.  To add one, see README.md beside this
file: a new module with an ``INPUT = ScoreInput(...)`` and one line below.
"""

from __future__ import annotations

from custui.core.scoring.inputs import (
    frequency,
    growth_rating,
    margin,
    monetary,
    need_match,
    payment,
    recency,
    regularity,
    sentiment,
    spend_trend,
    strategic_rating,
    tenure,
    win_likelihood,
)
from custui.core.scoring.inputs.spec import DIMENSION_LABELS, DIMENSION_WEIGHTS, ScoreInput

#: Every input, in display order (the order of the score frame's in_/pts_ columns).
INPUTS: dict[str, ScoreInput] = {}


def register(spec: ScoreInput) -> ScoreInput:
    """Add *spec* at the end of INPUTS (ValueError on a taken key or an unknown dimension)."""
    if spec.key in INPUTS:
        raise ValueError(f"score input {spec.key!r} is registered twice")
    if spec.dimension not in DIMENSION_LABELS:
        raise ValueError(f"score input {spec.key!r}: unknown dimension {spec.dimension!r}")
    if not 0.0 <= spec.default_weight <= 100.0:
        raise ValueError(f"score input {spec.key!r}: default weight must be 0–100 %")
    INPUTS[spec.key] = spec
    return spec


def unregister(key: str) -> None:
    """Remove an input (tests that register a toy one)."""
    del INPUTS[key]


def rating_columns() -> tuple[str, ...]:
    """The customer columns the registered inputs read from the store, in input order."""
    return tuple(dict.fromkeys(c for spec in INPUTS.values() for c in spec.columns))


def detail_columns() -> tuple[str, ...]:
    """The score-frame columns the registered inputs add for their explanations."""
    return tuple(dict.fromkeys(c for spec in INPUTS.values() for c in spec.detail_columns))


register(recency.INPUT)
register(frequency.INPUT)
register(monetary.INPUT)
register(margin.INPUT)
register(growth_rating.INPUT)
register(need_match.INPUT)
register(win_likelihood.INPUT)
register(spend_trend.INPUT)
register(tenure.INPUT)
register(regularity.INPUT)
register(sentiment.INPUT)
register(strategic_rating.INPUT)
register(payment.INPUT)

__all__ = [
    "DIMENSION_LABELS",
    "DIMENSION_WEIGHTS",
    "INPUTS",
    "ScoreInput",
    "detail_columns",
    "rating_columns",
    "register",
    "unregister",
]
