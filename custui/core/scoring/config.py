"""Scoring settings: one frozen, versioned, JSON-serialisable ``ScoringConfig``.

Everything the rep may change lives here: how R/F/M become 1–5 (quintiles or
fixed thresholds), the weight of every dimension and of every input inside a
dimension, tier bounds, the priority matrix, churn and sentiment parameters and
the segment preset.  ``validate()`` refuses inconsistent settings with a
message in plain words (``ConfigError``), so the weights editor can show it
as is.

Units: weights are percentages (0–100); money bounds are integer minor units
(cents / 分); day counts are whole calendar days.
"""

from __future__ import annotations

import itertools
import json
import math
from dataclasses import dataclass, field, replace
from typing import Any

from custui.core.scoring.inputs import DIMENSION_LABELS as DIMENSION_LABELS
from custui.core.scoring.inputs import DIMENSION_WEIGHTS
from custui.core.scoring.inputs import INPUTS as INPUTS

CONFIG_VERSION = 1

#: Tolerance on "weights add up to 100 %" (percentage points), for rounding in editors.
WEIGHT_TOLERANCE = 0.01

TIERS: tuple[str, ...] = ("Strategic", "Core", "Potential", "Basic")
PRIORITIES: tuple[str, ...] = ("S", "A", "B", "C")
METHODS: tuple[str, ...] = ("quintile", "thresholds")
SEGMENT_PRESETS: tuple[str, ...] = ("standard", "cn8")


class ConfigError(ValueError):
    """Settings that cannot be used; ``str(err)`` is a sentence for the rep."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


# The catalogue: DIMENSION_LABELS (dimension key -> bilingual label) and INPUTS
# (input key -> ``ScoreInput``, in display order) come from the registry of
# custui.core.scoring.inputs, one module per input.  Every input is computed
# for every customer on every score, so any of them may be added to any
# dimension (each at most once) and re-ranked without re-reading orders.

# --------------------------------------------------------------------------- parts


@dataclass(frozen=True)
class Band:
    """One threshold band.  Recency: "at most ``bound`` days → ``score``";
    frequency: "at least ``bound`` orders → ``score``"; monetary: "at least
    ``bound`` minor units → ``score``".  The first band that matches wins."""

    bound: int
    score: int


@dataclass(frozen=True)
class MeasureRule:
    """How one of R/F/M becomes a 1–5 score.

    ``quintile`` (default): score = 1 + floor(5·W/N), W = customers strictly
    worse on the measure, N = all customers scored.  ``thresholds``: the bands
    in order, ``otherwise`` when none matches.  Either way a customer without
    orders scores 1 on R, F and M, and F = 0 / M = 0 scores 1.
    """

    method: str = "quintile"
    bands: tuple[Band, ...] = ()
    otherwise: int = 1


@dataclass(frozen=True)
class InputWeight:
    key: str
    weight: float  # % of its dimension


@dataclass(frozen=True)
class Dimension:
    key: str
    weight: float  # % of the composite
    inputs: tuple[InputWeight, ...]

    @property
    def label(self) -> str:
        return DIMENSION_LABELS.get(self.key, self.key)


@dataclass(frozen=True)
class TierBounds:
    """Lowest displayed score of each tier; below ``potential`` is Basic."""

    strategic: float = 90.0
    core: float = 70.0
    potential: float = 50.0


@dataclass(frozen=True)
class PriorityRule:
    """Priority of a tier without and with a churn warning (tier × urgency)."""

    tier: str
    normal: str
    churn: str


@dataclass(frozen=True)
class ChurnRule:
    """Churn warning: a customer with at least ``min_order_days`` distinct order
    days whose recency exceeds max(``gap_multiplier`` × own median gap, median
    gap + ``min_extra_days``); or ``negatives`` of the last ``of_last`` rated
    contacts inside the sentiment window are negative."""

    min_order_days: int = 3
    gap_multiplier: float = 2.0
    min_extra_days: int = 30
    negatives: int = 2
    of_last: int = 3


@dataclass(frozen=True)
class SentimentRule:
    """Contacts of the last ``window_days`` days (as_of − window_days + 1 … as_of)
    count, each weighted 0.5^(age_days / ``half_life_days``)."""

    window_days: int = 90
    half_life_days: float = 30.0


def default_dimensions() -> tuple[Dimension, ...]:
    """Every dimension at its default weight, holding the registered inputs whose default
    weight is above 0, in registry order (inputs at 0 are offered by the weights screen)."""
    return tuple(
        Dimension(
            key,
            DIMENSION_WEIGHTS[key],
            tuple(
                InputWeight(spec.key, spec.default_weight)
                for spec in INPUTS.values()
                if spec.dimension == key and spec.default_weight > 0
            ),
        )
        for key in DIMENSION_LABELS
    )


DEFAULT_DIMENSIONS: tuple[Dimension, ...] = default_dimensions()

DEFAULT_PRIORITY: tuple[PriorityRule, ...] = (
    PriorityRule("Strategic", "S", "S"),
    PriorityRule("Core", "A", "S"),
    PriorityRule("Potential", "B", "A"),
    PriorityRule("Basic", "C", "C"),
)

#: The issue's example thresholds, offered by the editor as a starting point.
EXAMPLE_RECENCY_BANDS = MeasureRule("thresholds", (Band(30, 5), Band(90, 3)), 1)
EXAMPLE_FREQUENCY_BANDS = MeasureRule("thresholds", (Band(10, 5), Band(5, 3)), 1)


# --------------------------------------------------------------------------- config


@dataclass(frozen=True)
class ScoringConfig:
    """All scoring settings.  Immutable: derive variants with ``dataclasses.replace``
    or ``with_weights``; check them with ``validate()``."""

    version: int = CONFIG_VERSION
    window_days: int = 365
    recency: MeasureRule = field(default_factory=MeasureRule)
    frequency: MeasureRule = field(default_factory=MeasureRule)
    monetary: MeasureRule = field(default_factory=MeasureRule)
    dimensions: tuple[Dimension, ...] = field(default_factory=default_dimensions)
    tiers: TierBounds = field(default_factory=TierBounds)
    priority: tuple[PriorityRule, ...] = DEFAULT_PRIORITY
    neutral: float = 50.0
    new_days: int = 90
    tenure_cap_years: float = 5.0
    trend_cap_pct: float = 100.0
    churn: ChurnRule = field(default_factory=ChurnRule)
    sentiment: SentimentRule = field(default_factory=SentimentRule)
    segments: str = "standard"

    # -- derived -----------------------------------------------------------------

    @property
    def trend_half_days(self) -> int:
        """Length of each half-year of the spend trend: window_days // 2 (182)."""
        return self.window_days // 2

    def input_weights(self) -> dict[str, float]:
        """Input key -> share of the whole composite in % (dimension × input / 100)."""
        return {i.key: d.weight * i.weight / 100.0 for d in self.dimensions for i in d.inputs}

    def weights(self) -> dict[str, dict[str, Any]]:
        """{dimension: {"weight": w, "inputs": {input: w}}} — the editor's view."""
        return {
            d.key: {"weight": d.weight, "inputs": {i.key: i.weight for i in d.inputs}}
            for d in self.dimensions
        }

    def with_weights(
        self,
        dimensions: dict[str, float] | None = None,
        inputs: dict[str, dict[str, float]] | None = None,
    ) -> ScoringConfig:
        """A copy with some weights changed (not validated: call ``validate()``)."""
        dimensions = dimensions or {}
        inputs = inputs or {}
        unknown = (set(dimensions) | set(inputs)) - {d.key for d in self.dimensions}
        if unknown:
            raise ConfigError(f"Unknown dimension: {', '.join(sorted(unknown))}.")
        new_dims = []
        for d in self.dimensions:
            new_inputs = d.inputs
            if d.key in inputs:
                have = {i.key for i in d.inputs}
                extra = [k for k in inputs[d.key] if k not in have]
                for k in extra:
                    if k not in INPUTS:
                        raise ConfigError(f"Unknown input '{k}'.")
                new_inputs = tuple(
                    InputWeight(i.key, float(inputs[d.key].get(i.key, i.weight))) for i in d.inputs
                )
                new_inputs += tuple(InputWeight(k, float(inputs[d.key][k])) for k in extra)
            new_dims.append(Dimension(d.key, float(dimensions.get(d.key, d.weight)), new_inputs))
        return replace(self, dimensions=tuple(new_dims))

    def priority_of(self, tier: str, churn: bool) -> str:
        for rule in self.priority:
            if rule.tier == tier:
                return rule.churn if churn else rule.normal
        raise KeyError(tier)

    # -- validation ----------------------------------------------------------------

    def validate(self) -> ScoringConfig:
        """Return self, or raise ``ConfigError`` with the first problem in plain words."""
        if self.version != CONFIG_VERSION:
            raise ConfigError(
                f"Unsupported scoring settings version {self.version} (this custui reads {CONFIG_VERSION})."
            )
        _int_at_least(self.window_days, 2, "The RFM window")
        if self.window_days > 3660:
            raise ConfigError("The RFM window must be at most 3660 days.")
        _check_measure(self.recency, "Recency", "days", ascending=True, minimum=0)
        _check_measure(self.frequency, "Frequency", "orders", ascending=False, minimum=1)
        _check_measure(self.monetary, "Monetary", "minor units", ascending=False, minimum=1)
        self._check_weights()
        t = self.tiers
        for name, value in (
            ("Strategic", t.strategic),
            ("Core", t.core),
            ("Potential", t.potential),
        ):
            if not _is_number(value) or not 0 <= value <= 100:
                raise ConfigError(
                    f"Tier bound of {name} must be a number between 0 and 100 (got {value!r})."
                )
        if not t.strategic > t.core > t.potential:
            raise ConfigError(
                "Tier bounds must go down: Strategic > Core > Potential "
                f"(got {_pct(t.strategic)}, {_pct(t.core)}, {_pct(t.potential)})."
            )
        if sorted(r.tier for r in self.priority) != sorted(TIERS) or len(self.priority) != len(
            TIERS
        ):
            raise ConfigError(
                "The priority table needs exactly one row for each tier: " + ", ".join(TIERS) + "."
            )
        for r in self.priority:
            if r.normal not in PRIORITIES or r.churn not in PRIORITIES:
                raise ConfigError(f"Priority of tier {r.tier} must be one of S, A, B, C.")
        if not _is_number(self.neutral) or not 0 <= self.neutral <= 100:
            raise ConfigError("The neutral value for unrated inputs must be between 0 and 100.")
        _int_at_least(self.new_days, 0, "'New customer' days")
        if not _is_number(self.tenure_cap_years) or self.tenure_cap_years <= 0:
            raise ConfigError("The cap on years as customer must be more than 0.")
        if not _is_number(self.trend_cap_pct) or self.trend_cap_pct <= 0:
            raise ConfigError("The cap on spend trend must be more than 0 %.")
        c = self.churn
        _int_at_least(c.min_order_days, 2, "Churn: order days needed")
        if not _is_number(c.gap_multiplier) or c.gap_multiplier < 1:
            raise ConfigError("Churn: the gap multiplier must be at least 1.")
        _int_at_least(c.min_extra_days, 0, "Churn: extra days")
        _int_at_least(c.of_last, 1, "Churn: contacts looked at")
        _int_at_least(c.negatives, 1, "Churn: negative contacts")
        if c.negatives > c.of_last:
            raise ConfigError(
                f"Churn: {c.negatives} negative of the last {c.of_last} contacts can never happen."
            )
        s = self.sentiment
        _int_at_least(s.window_days, 1, "The sentiment window")
        if not _is_number(s.half_life_days) or s.half_life_days <= 0:
            raise ConfigError("The sentiment half-life must be more than 0 days.")
        if self.segments not in SEGMENT_PRESETS:
            raise ConfigError(
                f"Unknown segment preset '{self.segments}' (choose {' or '.join(SEGMENT_PRESETS)})."
            )
        return self

    def _check_weights(self) -> None:
        if not self.dimensions:
            raise ConfigError("At least one dimension is needed.")
        seen_dims: set[str] = set()
        seen_inputs: dict[str, str] = {}
        for d in self.dimensions:
            if d.key not in DIMENSION_LABELS:
                raise ConfigError(f"Unknown dimension '{d.key}'.")
            if d.key in seen_dims:
                raise ConfigError(f"Dimension {d.label} appears twice.")
            seen_dims.add(d.key)
            _check_weight(d.weight, d.label)
            if not d.inputs:
                raise ConfigError(f"{d.label} has no inputs.")
            for i in d.inputs:
                if i.key not in INPUTS:
                    raise ConfigError(f"Unknown input '{i.key}' in {d.label}.")
                if i.key in seen_inputs:
                    raise ConfigError(
                        f"Input {INPUTS[i.key].label} is used twice ({DIMENSION_LABELS[seen_inputs[i.key]]} and {d.label})."
                    )
                seen_inputs[i.key] = d.key
                _check_weight(i.weight, f"{INPUTS[i.key].label} in {d.label}")
            total = math.fsum(i.weight for i in d.inputs)
            if abs(total - 100.0) > WEIGHT_TOLERANCE:
                raise ConfigError(f"Weights inside {d.label} add up to {_pct(total)} %, not 100 %.")
        total = math.fsum(d.weight for d in self.dimensions)
        if abs(total - 100.0) > WEIGHT_TOLERANCE:
            raise ConfigError(f"Dimension weights add up to {_pct(total)} %, not 100 %.")

    # -- JSON (custui.core.scoring.config_json) ------------------------------------

    def to_dict(self) -> dict[str, Any]:
        from custui.core.scoring.config_json import config_to_dict

        return config_to_dict(self)

    def to_json(self) -> str:
        """Versioned JSON for the ``settings`` table (keys in a stable, readable order)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)

    @classmethod
    def from_dict(cls, data: Any) -> ScoringConfig:
        """Build and validate; missing keys take their defaults, unknown keys are refused."""
        from custui.core.scoring.config_json import config_from_dict

        return config_from_dict(data)

    @classmethod
    def from_json(cls, text: str) -> ScoringConfig:
        try:
            data = json.loads(text)
        except (TypeError, ValueError) as err:
            raise ConfigError(f"Scoring settings are not valid JSON ({err}).") from None
        return cls.from_dict(data)


DEFAULT_CONFIG = ScoringConfig()


# --------------------------------------------------------------------------- helpers


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _pct(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _int_at_least(value: object, minimum: int, what: str) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
        raise ConfigError(f"{what} must be a whole number of at least {minimum} (got {value!r}).")


def _check_weight(value: object, what: str) -> None:
    if not _is_number(value) or not 0 <= value <= 100:  # type: ignore[operator]
        raise ConfigError(f"Weight of {what} must be between 0 and 100 % (got {value!r}).")


def _check_measure(
    rule: MeasureRule, name: str, unit: str, *, ascending: bool, minimum: int
) -> None:
    if rule.method not in METHODS:
        raise ConfigError(
            f"{name}: method must be 'quintile' or 'thresholds' (got {rule.method!r})."
        )
    if rule.method == "quintile":
        return
    if not rule.bands:
        raise ConfigError(f"{name}: thresholds need at least one band.")
    for b in rule.bands:
        if not isinstance(b.bound, int) or isinstance(b.bound, bool) or b.bound < minimum:
            raise ConfigError(
                f"{name}: threshold {b.bound!r} must be a whole number of {unit}, at least {minimum}."
            )
    for s in [b.score for b in rule.bands] + [rule.otherwise]:
        if not isinstance(s, int) or isinstance(s, bool) or not 1 <= s <= 5:
            raise ConfigError(f"{name}: scores must be whole numbers from 1 to 5 (got {s!r}).")
    bounds = [b.bound for b in rule.bands]
    pairs = list(itertools.pairwise(bounds))
    if ascending and any(a >= b for a, b in pairs):
        raise ConfigError(
            f"{name}: thresholds must go up ({', '.join(map(str, bounds))} {unit} is not increasing)."
        )
    if not ascending and any(a <= b for a, b in pairs):
        raise ConfigError(
            f"{name}: thresholds must go down ({', '.join(map(str, bounds))} {unit} is not decreasing)."
        )
    scores = [b.score for b in rule.bands] + [rule.otherwise]
    if any(a < b for a, b in itertools.pairwise(scores)):
        worse = "longer ago" if ascending else "smaller"
        raise ConfigError(
            f"{name}: a {worse} value cannot score higher (scores {', '.join(map(str, scores))})."
        )
