"""Segments: an ordered rule table, first match wins, the last row catches all.

Each preset is data the UI can show as is (``segment_rules(config)``): key,
English and Chinese label, coarse group, the condition in words, and a
vectorised predicate over a ``SegmentContext``.  Because the last row matches
everything there is never an "Others" bucket, and because the order is part
of the table, overlapping conditions are resolved visibly (row 3 only sees
customers rows 0–2 did not take).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from custui.core.scoring.config import ScoringConfig

#: Coarse group key -> bilingual label, in display order.
GROUPS: dict[str, str] = {
    "high_value": "High value 高价值",
    "potential": "Potential 潜力",
    "new": "New 新客户",
    "churn_risk": "Churn risk 流失风险",
    "low_value": "Low value 低价值",
    "prospect": "Prospect 未成交",
}


@dataclass(frozen=True)
class SegmentContext:
    """What segment predicates may look at (arrays, one entry per customer)."""

    r: np.ndarray  # 1–5
    f: np.ndarray
    m: np.ndarray
    has_orders: np.ndarray  # bool: an order on or before as_of
    is_new: np.ndarray  # bool: first order within config.new_days
    r_high: np.ndarray  # cn8: recency below the median of customers with orders
    f_high: np.ndarray  # cn8: frequency above that median
    m_high: np.ndarray  # cn8: monetary above that median


@dataclass(frozen=True)
class SegmentRule:
    key: str
    label_en: str
    label_zh: str
    group: str
    condition: str
    predicate: Callable[[SegmentContext], np.ndarray]

    @property
    def label(self) -> str:
        return f"{self.label_en} {self.label_zh}"

    @property
    def group_label(self) -> str:
        return GROUPS[self.group]

    def row(self) -> tuple[str, str, str, str]:
        """(segment, group, condition, key) — one line of the readable table."""
        return (self.label, self.group_label, self.condition, self.key)


def _prospect(config: ScoringConfig) -> SegmentRule:
    return SegmentRule(
        "prospect",
        "Prospect",
        "未成交客户",
        "prospect",
        "no orders on or before the as-of date",
        lambda c: ~c.has_orders,
    )


def _standard(config: ScoringConfig) -> tuple[SegmentRule, ...]:
    return (
        _prospect(config),
        SegmentRule(
            "new",
            "New",
            "新客户",
            "new",
            f"first order within the last {config.new_days} days",
            lambda c: c.is_new,
        ),
        SegmentRule(
            "champions",
            "Champions",
            "冠军客户",
            "high_value",
            "R ≥ 4 and F ≥ 4 and M ≥ 4",
            lambda c: (c.r >= 4) & (c.f >= 4) & (c.m >= 4),
        ),
        SegmentRule(
            "loyal",
            "Loyal",
            "忠诚客户",
            "high_value",
            "R ≥ 3 and F ≥ 3 and M ≥ 3",
            lambda c: (c.r >= 3) & (c.f >= 3) & (c.m >= 3),
        ),
        SegmentRule(
            "cant_lose",
            "Can't lose",
            "不能流失",
            "churn_risk",
            "R ≤ 2 and (F ≥ 4 or M ≥ 4)",
            lambda c: (c.r <= 2) & ((c.f >= 4) | (c.m >= 4)),
        ),
        SegmentRule(
            "at_risk",
            "At risk",
            "流失风险",
            "churn_risk",
            "R ≤ 2 and (F ≥ 3 or M ≥ 3)",
            lambda c: (c.r <= 2) & ((c.f >= 3) | (c.m >= 3)),
        ),
        SegmentRule(
            "potential_loyalist",
            "Potential loyalist",
            "潜力忠诚",
            "potential",
            "R ≥ 3 and (F ≥ 3 or M ≥ 3)",
            lambda c: (c.r >= 3) & ((c.f >= 3) | (c.m >= 3)),
        ),
        SegmentRule("promising", "Promising", "有望客户", "potential", "R ≥ 3", lambda c: c.r >= 3),
        SegmentRule(
            "hibernating", "Hibernating", "沉睡客户", "low_value", "R = 2", lambda c: c.r == 2
        ),
        SegmentRule(
            "lost",
            "Lost",
            "流失客户",
            "low_value",
            "everything else (R = 1)",
            lambda c: np.ones(len(c.r), bool),
        ),
    )


def _cn8(config: ScoringConfig) -> tuple[SegmentRule, ...]:
    hi_r = "R high (last order more recent than the median customer's)"
    lo_r = "R low"
    hi_f, lo_f = "F high (more orders than the median)", "F low"
    hi_m, lo_m = "M high (more money than the median)", "M low"

    def rule(key: str, en: str, zh: str, group: str, r: bool, f: bool, m: bool) -> SegmentRule:
        text = ", ".join((hi_r if r else lo_r, hi_f if f else lo_f, hi_m if m else lo_m))
        return SegmentRule(
            key,
            en,
            zh,
            group,
            text,
            lambda c: (c.r_high == r) & (c.f_high == f) & (c.m_high == m),
        )

    rules = (
        _prospect(config),
        rule("important_value", "Important value", "重要价值客户", "high_value", True, True, True),
        rule(
            "important_develop",
            "Important to develop",
            "重要发展客户",
            "potential",
            True,
            False,
            True,
        ),
        rule(
            "important_retain",
            "Important to retain",
            "重要保持客户",
            "churn_risk",
            False,
            True,
            True,
        ),
        rule(
            "important_winback",
            "Important to win back",
            "重要挽留客户",
            "churn_risk",
            False,
            False,
            True,
        ),
        rule("general_value", "General value", "一般价值客户", "potential", True, True, False),
        rule(
            "general_develop", "General to develop", "一般发展客户", "potential", True, False, False
        ),
        rule(
            "general_retain", "General to retain", "一般保持客户", "low_value", False, True, False
        ),
    )
    last = SegmentRule(
        "general_winback",
        "General to win back",
        "一般挽留客户",
        "low_value",
        f"everything else ({lo_r}, {lo_f}, {lo_m})",
        lambda c: np.ones(len(c.r), bool),
    )
    return (*rules, last)


PRESETS: dict[str, Callable[[ScoringConfig], tuple[SegmentRule, ...]]] = {
    "standard": _standard,
    "cn8": _cn8,
}


def segment_rules(config: ScoringConfig) -> tuple[SegmentRule, ...]:
    """The active preset's rule table, in matching order."""
    return PRESETS[config.segments](config)


def all_segment_rules(config: ScoringConfig) -> dict[str, SegmentRule]:
    """Every segment of every preset by key (for categories and labels)."""
    out: dict[str, SegmentRule] = {}
    for build in PRESETS.values():
        for rule in build(config):
            out.setdefault(rule.key, rule)
    return out


def assign(ctx: SegmentContext, rules: tuple[SegmentRule, ...]) -> np.ndarray:
    """Index into ``rules`` of the first rule each customer matches."""
    n = len(ctx.r)
    out = np.full(n, len(rules) - 1, dtype=np.int64)
    for i in range(len(rules) - 2, -1, -1):  # earlier rows override later ones
        out[rules[i].predicate(ctx)] = i
    return out
