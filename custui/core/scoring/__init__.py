"""Customer scoring: RFM, segments, weighted composite, tiers, priority, churn, explanations.

Modules: ``config`` (settings, validation, JSON), ``features`` (the per-customer
aggregate frames the store feeds in, and their reference implementation from
raw rows), ``rfm`` (1–5 scores and the quintile tie rule), ``segments`` (rule
tables), ``inputs`` (one module per score input, and their registry: see
``inputs/README.md`` to add one), ``prepared`` (the aligned per-customer facts
the inputs read), ``composite`` (weights, rounding, tiers, priority),
``scorer`` (``score``/``rerank``), ``explain`` (the breakdown behind one score) and
``rescore`` (one change scored alone against the book's ``standing``: exactly a full score).

Typical use::

    of = order_features(orders, as_of)            # or the store's SQL twin
    itf = interaction_features(interactions, as_of)
    result = score(customers, of, itf, as_of, config)
    result.frame                                  # ranked, one row per customer
    rerank(result, config.with_weights({...}))    # weight change, no re-read
    explain(result, customer_id)                  # dimension → input → points
"""

from custui.core.scoring.composite import PRIORITY_ORDER, TIER_ORDER, tier_of
from custui.core.scoring.config import (
    CONFIG_VERSION,
    DEFAULT_CONFIG,
    DIMENSION_LABELS,
    EXAMPLE_FREQUENCY_BANDS,
    EXAMPLE_RECENCY_BANDS,
    INPUTS,
    PRIORITIES,
    SEGMENT_PRESETS,
    TIERS,
    Band,
    ChurnRule,
    ConfigError,
    Dimension,
    InputWeight,
    MeasureRule,
    PriorityRule,
    ScoringConfig,
    SentimentRule,
    TierBounds,
)
from custui.core.scoring.explain import (
    DimensionExplanation,
    Explanation,
    InputExplanation,
    MeasureExplanation,
    explain,
)
from custui.core.scoring.features import (
    INTERACTION_FEATURE_COLUMNS,
    ORDER_FEATURE_COLUMNS,
    interaction_features,
    needs_new_features,
    order_features,
)
from custui.core.scoring.inputs import ScoreInput
from custui.core.scoring.result import ScoreResult
from custui.core.scoring.scorer import COLUMNS, needs_rescore, points_frame, rerank, score
from custui.core.scoring.segments import GROUPS, SegmentRule, segment_rules

__all__ = [
    "COLUMNS",
    "CONFIG_VERSION",
    "DEFAULT_CONFIG",
    "DIMENSION_LABELS",
    "EXAMPLE_FREQUENCY_BANDS",
    "EXAMPLE_RECENCY_BANDS",
    "GROUPS",
    "INPUTS",
    "INTERACTION_FEATURE_COLUMNS",
    "ORDER_FEATURE_COLUMNS",
    "PRIORITIES",
    "PRIORITY_ORDER",
    "SEGMENT_PRESETS",
    "TIERS",
    "TIER_ORDER",
    "Band",
    "ChurnRule",
    "ConfigError",
    "Dimension",
    "DimensionExplanation",
    "Explanation",
    "InputExplanation",
    "InputWeight",
    "MeasureExplanation",
    "MeasureRule",
    "PriorityRule",
    "ScoreInput",
    "ScoreResult",
    "ScoringConfig",
    "SegmentRule",
    "SentimentRule",
    "TierBounds",
    "explain",
    "interaction_features",
    "needs_new_features",
    "needs_rescore",
    "order_features",
    "points_frame",
    "rerank",
    "score",
    "segment_rules",
    "tier_of",
]
