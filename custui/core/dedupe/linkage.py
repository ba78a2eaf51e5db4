"""Fellegi–Sunter record linkage: field comparisons, m/u estimated on the book itself, a match probability.

Each candidate pair is compared field by field into a *level* (exact, fuzzy bands by rapidfuzz
similarity, different; missing is neutral).  For every field and level the model holds

* ``u`` — how often two records that are *not* the same customer fall in that level, counted on
  random pairs of the rep's own book (almost every random pair is a non-match);
* ``m`` — how often two records that *are* one customer do, estimated by expectation-maximisation
  on the candidate pairs (no labels: each book fits its own model);

and a pair's evidence is the product of its Bayes factors m/u, one per field ("same e-mail ×900 ·
name 91 % alike ×35 · different phone ×0.04"), on top of the prior odds that two random records
of the book are one customer.  An exact name or city is weighed by how common it is in the book
(term frequency): two 张伟 or two customers in 上海 prove less than two rare names.

No number here was fitted to a labelled set: the starting m/u are round guesses from what fields
mean, and EM moves them to fit the book.  The structure follows splink and fastLink.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

#: Each compared field and its levels, strongest agreement first (labels as the reasons say them).
LEVELS: dict[str, tuple[str, ...]] = {
    "name": ("same name", "name ≥ 92 % alike", "name ≥ 85 % alike", "one name within the other", "name ≥ 75 % alike",
             "a given or family name in common", "name ≥ 60 % alike", "names differ"),
    "phone": ("same phone", "different phones"),
    "email": ("same e-mail", "same e-mail domain", "different e-mails"),
    "website": ("same web site", "different web sites"),
    "address": ("same address", "address alike", "same street, one number missing", "same street, other number",
                "street alike", "same house number, other street", "different addresses"),
    "postcode": ("same postcode", "different postcodes"),
    "city": ("same city", "city alike", "different cities"),
    "region": ("same region", "different regions"),
    "contact": ("same contact", "contact alike", "different contacts"),
    "form": ("same kind and legal form", "different legal forms", "different branch, number or generation", "a company and a person"),
}  # fmt: skip
FIELDS = tuple(LEVELS)
#: Fields whose exact level is weighed by the value's frequency in the book.
TF_FIELDS = ("name", "city")

#: Where EM starts, and the model of a pair scored without a book: round guesses of what each level
#: means (a true duplicate mostly agrees; two strangers rarely do), never fitted to labelled data.
START_M: dict[str, tuple[float, ...]] = {
    "name": (0.5, 0.2, 0.1, 0.05, 0.05, 0.03, 0.04, 0.03), "phone": (0.7, 0.3), "email": (0.7, 0.1, 0.2),
    "website": (0.9, 0.1), "address": (0.6, 0.15, 0.05, 0.03, 0.07, 0.03, 0.07), "postcode": (0.9, 0.1),
    "city": (0.85, 0.1, 0.05), "region": (0.95, 0.05), "contact": (0.7, 0.15, 0.15),
    "form": (0.97, 0.02, 0.005, 0.005),
}  # fmt: skip
START_U: dict[str, tuple[float, ...]] = {
    "name": (1e-4, 3e-4, 1e-3, 1e-3, 5e-3, 1e-2, 3e-2, 0.9536), "phone": (1e-4, 0.9999),
    "email": (1e-5, 1e-3, 0.99899), "website": (1e-4, 0.9999), "address": (1e-4, 3e-4, 2e-4, 1e-3, 1e-2, 2e-2, 0.9684),
    "postcode": (0.005, 0.995), "city": (0.02, 0.01, 0.97), "region": (0.15, 0.85),
    "contact": (1e-3, 1e-2, 0.989), "form": (0.9, 0.05, 0.04, 0.01),
}  # fmt: skip
#: … for pairs of two people, where they differ: a company has many phones and mailboxes, a person few.
START_M_PEOPLE: dict[str, tuple[float, ...]] = {"phone": (0.85, 0.15), "email": (0.85, 0.05, 0.1)}
#: Pair classes: m and u are learnt apart for pairs of two people and for the others.
CLASSES = ("companies", "people")
#: Fields whose m stays at the starting guess.  A different branch, store number or generation (Jr /
#: Sr) is what tells namesakes apart: they share everything else, so EM, which has no labels, would
#: learn them as duplicates of each other.
FIXED_M = ("form",)
#: Levels that hold a pair to :data:`CAPPED_LOG2_ODDS` at most, whatever else it shares — where the
#: fields are not independent and the product of their factors would call two customers one:
#: names that differ (companies at one address share its phone and street, a family its home) and a
#: different branch, store number or generation (a chain's stores share its name, web site and mail
#: domain; Jr and Sr their home).
CAPPING_LEVELS = {"name": len(LEVELS["name"]) - 1, "form": 2}
#: 1:2 — a possible duplicate, shown as a hint, never reported by a scan at the default threshold.
CAPPED_LOG2_ODDS = -1.0
#: The prior of a pair scored without a book: one in a thousand pairs is a duplicate.
START_PRIOR = 1e-3
#: Pseudo-counts holding m near START_M when a small book gives EM little to learn from.
M_PRIOR_WEIGHT = 20.0
#: Pseudo-pairs holding u near START_U in a small book.
U_PRIOR_WEIGHT = 1000.0
#: Pseudo-records holding a value's term-frequency u near its level's u in a small book.
TF_PRIOR_WEIGHT = 100.0
#: Random pairs counted for u (all pairs when the book has fewer).
U_SAMPLE = 300_000
EM_ITERATIONS = 25


@dataclass
class Comparison:
    """Levels (-1: missing on either side, neutral) of each field for a batch of pairs, each pair's class
    (index in :data:`CLASSES`), the value code each exact term-frequency level agreed on, and what the
    reasons need to say more."""

    levels: dict[str, np.ndarray]
    pair_class: np.ndarray
    agreed: dict[str, np.ndarray]
    name_similarity: np.ndarray
    details: dict[str, np.ndarray] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.pair_class)

    def part(self, rows: slice | np.ndarray) -> Comparison:
        """The pairs at *rows* (views for a slice, copies for positions)."""
        return Comparison(
            {f: v[rows] for f, v in self.levels.items()},
            self.pair_class[rows],
            {f: v[rows] for f, v in self.agreed.items()},
            self.name_similarity[rows],
            {f: v[rows] for f, v in self.details.items()},
        )

    @staticmethod
    def joined(parts: Sequence[Comparison]) -> Comparison:
        """One comparison of *parts*' pairs in order (levels, classes, agreed values and similarity)."""
        return Comparison(
            {f: np.concatenate([p.levels[f] for p in parts]) for f in parts[0].levels},
            np.concatenate([p.pair_class for p in parts]),
            {f: np.concatenate([p.agreed[f] for p in parts]) for f in parts[0].agreed},
            np.concatenate([p.name_similarity for p in parts]),
        )


def _start_m() -> dict[str, np.ndarray]:
    return {
        f: np.array([START_M[f], START_M_PEOPLE.get(f, START_M[f])], dtype=np.float64)
        for f in FIELDS
    }


@dataclass
class LinkageModel:
    """m and u of every field level per pair class (arrays of shape classes × levels), the prior odds,
    and each term-frequency field's value counts."""

    m: dict[str, np.ndarray]
    u: dict[str, np.ndarray]
    prior: float  # probability that two random records of the book are one customer
    frequencies: dict[str, ValueCounts] = field(default_factory=dict)  # field → records per value
    records: int = 0

    @classmethod
    def start(cls) -> LinkageModel:
        u = {f: np.array([START_U[f]] * len(CLASSES), dtype=np.float64) for f in FIELDS}
        return cls(_start_m(), u, START_PRIOR)

    def for_book(self, frequencies: dict[str, ValueCounts], records: int) -> LinkageModel:
        """This model over a book of *records* with these value counts: the prior scaled to its number of
        pairs (a fitted book's duplicates per record kept), the exact levels weighed by its counts."""
        prior = self.prior
        if self.records > 1 and records > 1:
            prior = min(0.5, prior * (self.records - 1) / (records - 1))
        return LinkageModel(self.m, self.u, prior, frequencies, records)

    def log2_factors(self, comparison: Comparison) -> dict[str, np.ndarray]:
        """Per field, each pair's log2 Bayes factor (0 where the field is missing)."""
        out = {}
        klass = comparison.pair_class
        for name in FIELDS:
            level = comparison.levels[name]
            present = level >= 0
            ratio = np.log2(self.m[name]) - np.log2(self.u[name])
            factor = np.where(present, ratio[klass, np.where(present, level, 0)], 0.0)
            if name in self.frequencies and name in comparison.agreed:
                factor = self._term_frequency(name, factor, level, klass, comparison.agreed[name])
            out[name] = factor
        return out

    def _term_frequency(
        self,
        name: str,
        factor: np.ndarray,
        level: np.ndarray,
        klass: np.ndarray,
        agreed: np.ndarray,
    ) -> np.ndarray:
        """An exact level's factor as m / u of that value, u being the chance that another record of the
        book holds it ((count − 1) / (records − 1), at least one record; blended with the level's u as
        :data:`TF_PRIOR_WEIGHT` records' worth, so a small book's counts do not decide alone): rare
        values prove more."""
        count = np.where((level == 0) & (agreed >= 0), self.frequencies[name].of(agreed), 0.0)
        exact = count > 0
        if not exact.any():
            return factor
        others = max(self.records - 1, 1)
        level_u = self.u[name][klass[exact], 0]
        u = (np.maximum(count[exact] - 1.0, 1.0) + TF_PRIOR_WEIGHT * level_u) / (
            others + TF_PRIOR_WEIGHT
        )
        factor = factor.copy()
        factor[exact] = np.log2(self.m[name][klass[exact], 0]) - np.log2(u)
        return factor

    @property
    def prior_log2_odds(self) -> float:
        return math.log2(self.prior / (1.0 - self.prior))

    def log2_odds(self, comparison: Comparison, factors: Mapping[str, np.ndarray]) -> np.ndarray:
        """Prior log2 odds plus every field's factor, capped where :data:`CAPPING_LEVELS` say."""
        odds: np.ndarray = self.prior_log2_odds + np.sum(list(factors.values()), axis=0)
        return np.where(self.capped(comparison), np.minimum(odds, CAPPED_LOG2_ODDS), odds)

    @staticmethod
    def capped(comparison: Comparison) -> np.ndarray:
        """The pairs a level of :data:`CAPPING_LEVELS` holds."""
        held: np.ndarray = np.any(
            [comparison.levels[f] == level for f, level in CAPPING_LEVELS.items()], axis=0
        )
        return held

    def probability(self, comparison: Comparison) -> tuple[dict[str, np.ndarray], np.ndarray]:
        """Each field's log2 factors and the match probability (0–1) of every pair of *comparison*."""
        factors = self.log2_factors(comparison)
        return factors, 1.0 / (1.0 + np.exp2(-self.log2_odds(comparison, factors)))

    def chances(self, comparison: Comparison, *, batch: int = 100_000) -> np.ndarray:
        """The match probability (0–1) of every pair, in batches: the factors of millions of pairs at
        once would take hundreds of MB."""
        out = np.empty(len(comparison), dtype=np.float64)
        for start in range(0, len(comparison), batch):
            out[start : start + batch] = self.probability(
                comparison.part(slice(start, start + batch))
            )[1]
        return out


def _per_class(
    level: np.ndarray, klass: np.ndarray, weights: np.ndarray | None, levels: int
) -> np.ndarray:
    """(classes × levels) sums of *weights* (or counts) over the pairs where the field is present."""
    present = level >= 0
    flat = klass[present].astype(np.int64) * levels + level[present]
    w = None if weights is None else weights[present]
    return (
        np.bincount(flat, weights=w, minlength=len(CLASSES) * levels)
        .reshape(len(CLASSES), levels)
        .astype(np.float64)
    )


def estimate_u(random_pairs: Comparison) -> dict[str, np.ndarray]:
    """u from the levels of random pairs: each level's share among the pairs of a class where the field is
    present, blended with the starting guess as :data:`U_PRIOR_WEIGHT` pairs' worth (a small book's few
    pairs, some of them duplicates, do not decide alone; unseen levels stay possible)."""
    out = {}
    for name in FIELDS:
        counts = _per_class(
            random_pairs.levels[name], random_pairs.pair_class, None, len(LEVELS[name])
        )
        counts += U_PRIOR_WEIGHT * np.array(START_U[name])
        out[name] = counts / counts.sum(axis=1, keepdims=True)
    return out


def pattern_codes(comparison: Comparison) -> np.ndarray:
    """One int64 per pair naming its level pattern (class and every field's level)."""
    code = comparison.pair_class.astype(np.int64)
    for name in FIELDS:
        code = code * (len(LEVELS[name]) + 1) + (comparison.levels[name].astype(np.int64) + 1)
    return code


def decode_patterns(codes: np.ndarray) -> Comparison:
    """The patterns named by :func:`pattern_codes` as a comparison (one pair per pattern)."""
    levels: dict[str, np.ndarray] = {}
    rest = codes
    for name in reversed(FIELDS):
        base = len(LEVELS[name]) + 1
        levels[name] = (rest % base - 1).astype(np.int8)
        rest = rest // base
    return Comparison(
        {f: levels[f] for f in FIELDS}, rest.astype(np.int8), {}, np.zeros(len(codes))
    )


def patterns(comparison: Comparison) -> tuple[Comparison, np.ndarray]:
    """The distinct level patterns (class and every field's level) of *comparison* and how many pairs
    show each: EM runs on a few thousand patterns instead of millions of pairs (as fastLink does)."""
    unique, counts = np.unique(pattern_codes(comparison), return_counts=True)
    return decode_patterns(unique), counts.astype(np.float64)


@dataclass(frozen=True)
class PatternedPairs:
    """Millions of compared pairs held as each pair's level pattern (a uint16 while there are fewer than
    65,536 patterns, else an int32) plus, for the pairs whose exact name or city is weighed by how common
    it is, the value agreed on: a few bytes a pair instead of the ~30 of a :class:`Comparison`, and
    scored a pattern at a time."""

    patterns: Comparison  # one row per distinct pattern
    counts: np.ndarray  # pairs showing each pattern
    pattern: np.ndarray  # uint16 or int32: each pair's row in *patterns*
    agreed_rows: np.ndarray  # int32: the pairs with some agreed value
    #: per term-frequency field, those pairs' agreed value: its code (-1: none), or with *values* its
    #: position in ``values[field]`` (int32, -1: none or not there)
    agreed: dict[str, np.ndarray]
    values: Mapping[str, np.ndarray] | None = None

    @classmethod
    def of(
        cls,
        batches: Iterable[Comparison],
        *,
        count: int | None = None,
        values: Mapping[str, np.ndarray] | None = None,
    ) -> PatternedPairs:
        """The batches' pairs, in order (each batch is let go once read; no array of all the pairs' codes
        is ever sorted: the patterns are numbered as they are first seen).  With *count* (how many pairs
        the batches hold) each pair's pattern is written in place, not gathered and joined; with *values*
        (per term-frequency field, the sorted codes a value can take: the book's) an agreed value is held
        as its int32 position there, not its int64 code: the same value, half the bytes."""
        number: dict[int, int] = {}
        every = np.empty(count, dtype=np.uint16) if count is not None else None
        pattern: list[np.ndarray] = []
        rows: list[np.ndarray] = []
        agreed: dict[str, list[np.ndarray]] = {f: [] for f in TF_FIELDS}
        offset = 0
        for batch in batches:
            unique, inverse = np.unique(pattern_codes(batch), return_inverse=True)
            ids = np.array(
                [number.setdefault(code, len(number)) for code in unique.tolist()], dtype=np.int32
            )
            if every is None:
                pattern.append(ids[inverse.ravel()])
            else:
                if len(number) > np.iinfo(every.dtype).max + 1:
                    every = every.astype(np.int32)
                every[offset : offset + len(batch)] = ids[inverse.ravel()]
            fields = [f for f in TF_FIELDS if f in batch.agreed]
            some = (
                np.flatnonzero(np.any([batch.agreed[f] >= 0 for f in fields], axis=0))
                if fields
                else np.zeros(0, np.int64)
            )
            rows.append((some + offset).astype(np.int32))
            for f in TF_FIELDS:
                codes = (
                    batch.agreed[f][some] if f in batch.agreed else np.full(len(some), -1, np.int64)
                )
                agreed[f].append(codes if values is None else _positions(values[f], codes))
            offset += len(batch)
        if every is None:
            every = np.concatenate(pattern) if pattern else np.zeros(0, np.int32)
        else:
            every = every[:offset]
        del pattern
        empty = np.zeros(0, np.int64 if values is None else np.int32)
        return cls(decode_patterns(np.array(list(number), dtype=np.int64)),
                   np.bincount(every, minlength=len(number)).astype(np.float64), every,
                   np.concatenate(rows) if rows else np.zeros(0, np.int32),
                   {f: np.concatenate(v) if v else empty for f, v in agreed.items()}, values)  # fmt: skip

    def _codes(self, field: str, part: slice) -> np.ndarray:
        """The agreed value codes of the agreed rows at *part* (-1: none)."""
        held = self.agreed[field][part]
        if self.values is None:
            return held
        table = self.values[field]
        if not len(table):
            return np.full(len(held), -1, np.int64)
        return np.where(held >= 0, table[np.maximum(held, 0)], -1)

    def __len__(self) -> int:
        return len(self.pattern)

    def chances(self, model: LinkageModel, *, batch: int = 50_000) -> np.ndarray:
        """Each pair's match probability (0–1, float32: a scan's millions of pairs): a pattern's, or for the
        pairs with an agreed value, their own (the same sum of factors, the exact level weighed by how
        common the value is), a batch of them at a time."""
        out: np.ndarray = model.probability(self.patterns)[1].astype(np.float32)[self.pattern]
        for start in range(0, len(self.agreed_rows), batch):
            rows = self.agreed_rows[start : start + batch]
            at = self.pattern[rows]
            part = slice(start, start + batch)
            own = Comparison({f: v[at] for f, v in self.patterns.levels.items()}, self.patterns.pair_class[at],
                             {f: self._codes(f, part) for f in self.agreed}, np.zeros(len(at)))  # fmt: skip
            out[rows] = model.probability(own)[1]
        return out


def _positions(table: np.ndarray, codes: np.ndarray) -> np.ndarray:
    """Each code's position in the sorted *table* (int32; -1 for -1 and for a code not there, which
    weighs as no agreed value would: the book holds it nowhere)."""
    at = np.minimum(np.searchsorted(table, codes), max(len(table) - 1, 0)).astype(np.int32)
    if not len(table):
        return np.full(len(codes), -1, np.int32)
    found: np.ndarray = np.where((codes >= 0) & (table[at] == codes), at, np.int32(-1))
    return found.astype(np.int32)


def estimate(
    model: LinkageModel,
    candidates: Comparison | PatternedPairs,
    total_pairs: int,
    *,
    iterations: int = EM_ITERATIONS,
) -> LinkageModel:
    """EM over the candidate pairs: each pair's chance of being one customer (E), then m and the prior
    from those chances (M).  u stays as counted on random pairs; the prior is the expected number of
    duplicate pairs over every pair of the book (the candidates hold nearly all of them).  EM weighs
    levels, not values: the term-frequency adjustment applies when pairs are scored."""
    if isinstance(candidates, PatternedPairs):
        unique, counts = candidates.patterns, candidates.counts
    else:
        unique, counts = patterns(candidates)
    m = {f: model.m[f].copy() for f in FIELDS}
    start = _start_m()
    prior = model.prior
    for _ in range(iterations):
        chance = LinkageModel(m, model.u, prior).probability(unique)[1] * counts
        prior = float(np.clip(chance.sum() / max(total_pairs, 1), 1e-12, 0.5))
        for name in FIELDS:
            if name in FIXED_M:
                continue
            weights = _per_class(unique.levels[name], unique.pair_class, chance, len(LEVELS[name]))
            m[name] = (weights + M_PRIOR_WEIGHT * start[name]) / (
                weights.sum(axis=1, keepdims=True) + M_PRIOR_WEIGHT
            )
    return LinkageModel(m, model.u, prior, model.frequencies, model.records)


@dataclass(frozen=True)
class ValueCounts:
    """How many records of the book hold each value (by its code)."""

    codes: np.ndarray  # sorted distinct codes
    counts: np.ndarray  # records holding each

    def of(self, codes: np.ndarray) -> np.ndarray:
        """The count of each code (0 for a value the book does not hold)."""
        at = np.minimum(np.searchsorted(self.codes, codes), max(len(self.codes) - 1, 0))
        if not len(self.codes):
            return np.zeros(len(codes))
        return np.where(self.codes[at] == codes, self.counts[at], 0.0)


def frequencies(codes: np.ndarray) -> ValueCounts:
    """How many records hold each value code (missing values, code -1, left out)."""
    present = np.sort(codes[codes >= 0])
    if not len(present):
        return ValueCounts(np.zeros(0, np.int64), np.zeros(0))
    starts = np.flatnonzero(np.concatenate(([True], present[1:] != present[:-1])))
    return ValueCounts(present[starts], np.diff(np.append(starts, len(present))).astype(np.float64))


def factor_text(log2_factor: float) -> str:
    """A Bayes factor as people read it: ×900, ×3.5, ×0.04."""
    factor = 2.0**log2_factor
    if factor >= 10:
        return f"×{factor:,.0f}"
    if factor >= 1:
        return f"×{factor:.1f}"
    return f"×{factor:.2g}"


__all__ = [
    "CLASSES", "FIELDS", "LEVELS", "TF_FIELDS", "Comparison", "LinkageModel", "PatternedPairs", "estimate", "estimate_u",
    "factor_text", "frequencies", "patterns",
]  # fmt: skip
