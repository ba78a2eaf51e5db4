"""``ScoringConfig`` ⇄ plain JSON data, with errors in plain words.

Shape (version 1)::

    {"version": 1, "window_days": 365,
     "recency":   {"method": "thresholds", "bands": [{"bound": 30, "score": 5}, ...], "otherwise": 1},
     "frequency": {"method": "quintile", "bands": [], "otherwise": 1},
     "monetary":  {...},                      # bounds in integer minor units
     "dimensions": {"current_value": {"weight": 40, "inputs": {"recency": 30, ...}}, ...},
     "tiers": {"strategic": 90, "core": 70, "potential": 50},
     "priority": {"Strategic": {"normal": "S", "churn": "S"}, ...},
     "neutral": 50, "new_days": 90, "tenure_cap_years": 5, "trend_cap_pct": 100,
     "churn": {"min_order_days": 3, "gap_multiplier": 2, "min_extra_days": 30, "negatives": 2, "of_last": 3},
     "sentiment": {"window_days": 90, "half_life_days": 30},
     "segments": "standard"}

Missing keys take their defaults (older files keep working); unknown keys are
refused so a typo never silently does nothing.  Order inside ``dimensions``
and ``inputs`` is kept: it is the display order.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from custui.core.scoring.config import (
    CONFIG_VERSION,
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
    _is_number,
)


def _measure_to_dict(m: MeasureRule) -> dict[str, Any]:
    return {
        "method": m.method,
        "bands": [{"bound": b.bound, "score": b.score} for b in m.bands],
        "otherwise": m.otherwise,
    }


def config_to_dict(cfg: ScoringConfig) -> dict[str, Any]:
    return {
        "version": cfg.version,
        "window_days": cfg.window_days,
        "recency": _measure_to_dict(cfg.recency),
        "frequency": _measure_to_dict(cfg.frequency),
        "monetary": _measure_to_dict(cfg.monetary),
        "dimensions": cfg.weights(),
        "tiers": {
            "strategic": cfg.tiers.strategic,
            "core": cfg.tiers.core,
            "potential": cfg.tiers.potential,
        },
        "priority": {r.tier: {"normal": r.normal, "churn": r.churn} for r in cfg.priority},
        "neutral": cfg.neutral,
        "new_days": cfg.new_days,
        "tenure_cap_years": cfg.tenure_cap_years,
        "trend_cap_pct": cfg.trend_cap_pct,
        "churn": {f.name: getattr(cfg.churn, f.name) for f in fields(ChurnRule)},
        "sentiment": {f.name: getattr(cfg.sentiment, f.name) for f in fields(SentimentRule)},
        "segments": cfg.segments,
    }


class _Reader:
    """Typed access to one JSON object; every error names the setting."""

    def __init__(self, data: Any, where: str) -> None:
        if not isinstance(data, dict):
            raise ConfigError(f"Setting '{where}' must be an object.")
        self.data = data
        self.where = where

    def _get(self, key: str, default: Any) -> Any:
        if key not in self.data:
            if default is None:
                raise ConfigError(f"Setting '{self.where}.{key}' is missing.")
            return default
        return self.data[key]

    def number(self, key: str, default: float | None = None) -> float:
        value = self._get(key, default)
        if not _is_number(value):
            raise ConfigError(f"Setting '{self.where}.{key}' must be a number (got {value!r}).")
        return float(value)

    def whole(self, key: str, default: int | None = None) -> int:
        value = self._get(key, default)
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if not isinstance(value, int) or isinstance(value, bool):
            raise ConfigError(
                f"Setting '{self.where}.{key}' must be a whole number (got {value!r})."
            )
        return value

    def text(self, key: str, default: str | None = None) -> str:
        value = self._get(key, default)
        if not isinstance(value, str):
            raise ConfigError(f"Setting '{self.where}.{key}' must be text (got {value!r}).")
        return value

    def sub(self, key: str) -> _Reader:
        return _Reader(self._get(key, None), f"{self.where}.{key}")

    def maybe(self, key: str) -> _Reader | None:
        return self.sub(key) if key in self.data else None

    def done(self, known: tuple[str, ...]) -> None:
        unknown = [k for k in self.data if k not in known]
        if unknown:
            raise ConfigError(f"Unknown setting '{self.where}.{unknown[0]}'.")


def _read_measure(d: _Reader, key: str) -> MeasureRule:
    m = d.maybe(key)
    if m is None:
        return MeasureRule()
    m.done(("method", "bands", "otherwise"))
    bands_raw = m._get("bands", [])
    if not isinstance(bands_raw, list):
        raise ConfigError(f"Setting '{m.where}.bands' must be a list.")
    bands = []
    for n, raw in enumerate(bands_raw):
        b = _Reader(raw, f"{m.where}.bands[{n}]")
        b.done(("bound", "score"))
        bands.append(Band(b.whole("bound"), b.whole("score")))
    return MeasureRule(m.text("method", "quintile"), tuple(bands), m.whole("otherwise", 1))


def _read_dimensions(raw: _Reader) -> tuple[Dimension, ...]:
    dims = []
    for key in raw.data:
        d = raw.sub(key)
        d.done(("weight", "inputs"))
        inputs = d.sub("inputs")
        dims.append(
            Dimension(
                key,
                d.number("weight"),
                tuple(InputWeight(k, inputs.number(k)) for k in inputs.data),
            )
        )
    return tuple(dims)


def _read_priority(raw: _Reader) -> tuple[PriorityRule, ...]:
    rules = []
    for tier in raw.data:
        row = raw.sub(tier)
        row.done(("normal", "churn"))
        rules.append(PriorityRule(tier, row.text("normal"), row.text("churn")))
    return tuple(rules)


def config_from_dict(data: Any) -> ScoringConfig:
    d = _Reader(data, "scoring settings")
    d.done(tuple(f.name for f in fields(ScoringConfig)))
    default = ScoringConfig()
    version = d.whole("version", CONFIG_VERSION)
    if version > CONFIG_VERSION:
        raise ConfigError(
            f"These scoring settings were saved by a newer custui (version {version})."
        )
    dims = d.maybe("dimensions")
    prio = d.maybe("priority")
    tiers = d.maybe("tiers")
    churn = d.maybe("churn")
    senti = d.maybe("sentiment")
    t, c, s = default.tiers, default.churn, default.sentiment
    if tiers:
        tiers.done(("strategic", "core", "potential"))
        t = TierBounds(
            tiers.number("strategic", t.strategic),
            tiers.number("core", t.core),
            tiers.number("potential", t.potential),
        )
    if churn:
        churn.done(tuple(f.name for f in fields(ChurnRule)))
        c = ChurnRule(
            min_order_days=churn.whole("min_order_days", c.min_order_days),
            gap_multiplier=churn.number("gap_multiplier", c.gap_multiplier),
            min_extra_days=churn.whole("min_extra_days", c.min_extra_days),
            negatives=churn.whole("negatives", c.negatives),
            of_last=churn.whole("of_last", c.of_last),
        )
    if senti:
        senti.done(tuple(f.name for f in fields(SentimentRule)))
        s = SentimentRule(
            senti.whole("window_days", s.window_days),
            senti.number("half_life_days", s.half_life_days),
        )
    cfg = ScoringConfig(
        version=version,
        window_days=d.whole("window_days", default.window_days),
        recency=_read_measure(d, "recency"),
        frequency=_read_measure(d, "frequency"),
        monetary=_read_measure(d, "monetary"),
        dimensions=_read_dimensions(dims) if dims else default.dimensions,
        tiers=t,
        priority=_read_priority(prio) if prio else default.priority,
        neutral=d.number("neutral", default.neutral),
        new_days=d.whole("new_days", default.new_days),
        tenure_cap_years=d.number("tenure_cap_years", default.tenure_cap_years),
        trend_cap_pct=d.number("trend_cap_pct", default.trend_cap_pct),
        churn=c,
        sentiment=s,
        segments=d.text("segments", default.segments),
    )
    return cfg.validate()
