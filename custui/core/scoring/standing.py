"""The book's standing: all that one customer's scores read from the other customers.

Most of a score is the customer's own (their orders, contacts, ratings).  Four facts rank them
against the whole book: the quintile scores R, F, M (``rfm``: 1 + floor(5·W/N)) and the margin
score, and three compare them with the book's medians (the cn8 segments' "R/F/M high").  A
quintile score depends on the rest of the book only through four bound keys
(``rfm.quintile_bounds``), a median flag only through the median.

``Standing`` keeps each customer's measures (ids ascending) and every measure's keys sorted, so
that a change of a few customers updates it by a handful of binary searches and array moves,
and ``moved`` names the customers *whose* scores the change reaches: those whose key lies between
an old bound and its new one, or between an old median and its new one.  Usually that is nobody
but the changed customers themselves; it is everyone between two bounds when a bound moves.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from custui.core.scoring.config import ScoringConfig
from custui.core.scoring.rfm import measure_keys, quintile_bounds


@dataclass(frozen=True)
class Measures:
    """Per customer (position i = ``ids[i]``, ids ascending) what the standing ranks them by."""

    ids: np.ndarray  # int64
    has: np.ndarray  # has orders
    recency: np.ndarray  # int64 days since the last order (0: no orders)
    freq: np.ndarray  # int64 orders in the window
    money: np.ndarray  # int64 amount in the window, minor units
    margin: np.ndarray  # float64 margin in the window; NaN when not scored on margin

    @classmethod
    def of(
        cls,
        ids: np.ndarray,
        has: np.ndarray,
        recency: np.ndarray,
        freq: np.ndarray,
        money: np.ndarray,
        margin: np.ndarray,
        has_margin: np.ndarray,
    ) -> Measures:
        order = np.argsort(ids, kind="stable")
        margin = np.where(has_margin, margin, np.nan)
        return cls(
            np.asarray(ids, dtype=np.int64)[order],
            np.asarray(has, dtype=bool)[order],
            np.asarray(recency, dtype=np.int64)[order],
            np.asarray(freq, dtype=np.int64)[order],
            np.asarray(money, dtype=np.int64)[order],
            np.asarray(margin, dtype=np.float64)[order],
        )

    def keys(self) -> dict[str, np.ndarray]:
        """Each ranked measure as keys where higher is better (``rfm.measure_keys``)."""
        recency = np.where(self.has, self.recency.astype(np.float64), np.nan)
        return {
            "r": measure_keys(recency, higher_is_better=False),
            "f": measure_keys(self.freq, higher_is_better=True),
            "m": measure_keys(self.money, higher_is_better=True),
            "margin": self.margin,  # NaN: not ranked on margin
        }

    def take(self, keep: np.ndarray) -> Measures:
        """The measures at the positions (or mask) *keep*."""
        return Measures(*(np.asarray(a)[keep] for a in self._arrays()))

    def _arrays(self) -> tuple[np.ndarray, ...]:
        return (self.ids, self.has, self.recency, self.freq, self.money, self.margin)


#: The measures whose medians the segments compare with (SegmentContext's r_high/f_high/m_high).
MEDIANS = ("recency_days", "frequency", "monetary_minor")


@dataclass(frozen=True)
class Standing:
    """The book-wide part of every customer's score, kept up to date one change at a time."""

    measures: Measures
    sorted_keys: dict[str, np.ndarray]  # r, f, m over every customer; margin over those with one
    sorted_has: dict[str, np.ndarray]  # recency/frequency/monetary of customers with orders

    @classmethod
    def of(cls, measures: Measures) -> Standing:
        keys = measures.keys()
        margin = keys["margin"]
        keys["margin"] = margin[~np.isnan(margin)]
        has = measures.has
        return cls(
            measures,
            {name: np.sort(k, kind="stable") for name, k in keys.items()},
            {
                "recency_days": np.sort(measures.recency[has]),
                "frequency": np.sort(measures.freq[has]),
                "monetary_minor": np.sort(measures.money[has]),
            },
        )

    @classmethod
    def of_frame(cls, frame: pd.DataFrame) -> Standing:
        """The standing of a score frame (``score().frame``)."""
        recency = frame["recency_days"]
        has = recency.notna().to_numpy()
        margin = frame["margin_window_minor"].to_numpy(dtype=np.float64, na_value=np.nan)
        return cls.of(Measures.of(
            frame.index.to_numpy(dtype=np.int64), has,
            recency.to_numpy(dtype=np.int64, na_value=0),
            frame["frequency"].to_numpy(dtype=np.int64), frame["monetary_minor"].to_numpy(dtype=np.int64),
            margin, frame["margin_score"].notna().to_numpy(),
        ))  # fmt: skip

    @property
    def n(self) -> int:
        return len(self.measures.ids)

    def bounds(self, name: str) -> np.ndarray:
        """``rfm.quintile_bounds`` of measure *name* (r, f, m, margin)."""
        return quintile_bounds(self.sorted_keys[name])

    def medians(self) -> dict[str, float]:
        """The medians ``score`` puts in ``meta`` and compares with (NaN when nobody has orders)."""
        return {
            name: float(np.median(values)) if len(values) else np.nan
            for name, values in self.sorted_has.items()
        }

    def updated(self, removed: np.ndarray, added: Measures) -> Standing:
        """This standing without the customers *removed* (ids it holds), with those of *added*."""
        m = self.measures
        removed = np.sort(np.asarray(removed, dtype=np.int64))
        where = _positions(m.ids, removed)
        old = m.take(where)
        if np.array_equal(removed, added.ids):  # the same customers, changed: in their places
            measures = Measures(*(_put(a, where, b) for a, b in zip(m._arrays(), added._arrays())))
        else:
            kept = [np.delete(a, where) for a in m._arrays()]
            at = np.searchsorted(kept[0], added.ids)
            if len(kept[0]) and (kept[0][np.minimum(at, len(kept[0]) - 1)] == added.ids).any():
                raise ValueError("a customer added to the standing is in it already")
            measures = Measures(*(np.insert(a, at, b) for a, b in zip(kept, added._arrays())))
        old_keys, new_keys = old.keys(), added.keys()
        sorted_keys = {
            name: _moved_values(s, _ranked(old_keys[name]), _ranked(new_keys[name]))
            for name, s in self.sorted_keys.items()
        }
        sorted_has = {
            name: _moved_values(s, getattr(old, attr)[old.has], getattr(added, attr)[added.has])
            for (name, s), attr in zip(self.sorted_has.items(), ("recency", "freq", "money"))
        }
        return Standing(measures, sorted_keys, sorted_has)

    def moved(self, before: Standing, config: ScoringConfig) -> np.ndarray:
        """Ids of this standing's customers whose R/F/M or margin score or median flag differs from
        what *before* gave them (ascending); the changed customers themselves are not looked for."""
        keys: dict[str, np.ndarray] = {}  # every customer's keys, made only if a bound moved
        hit = np.zeros(self.n, dtype=bool)
        quintiles = {"r": config.recency, "f": config.frequency, "m": config.monetary}
        for name in self.sorted_keys:
            rule = quintiles.get(name)
            if rule is not None and rule.method == "thresholds":
                continue
            old, new = before.bounds(name), self.bounds(name)
            if len(old) != len(new):  # a book emptied or filled: everyone
                hit |= True
                continue
            for a, b in zip(old.tolist(), new.tolist()):
                if a != b:
                    keys = keys or self.measures.keys()
                    low, high = min(a, b), max(a, b)
                    with np.errstate(invalid="ignore"):
                        hit |= (keys[name] > low) & (keys[name] <= high)
        m = self.measures
        old_med, new_med = before.medians(), self.medians()
        values = {"recency_days": m.recency, "frequency": m.freq, "monetary_minor": m.money}
        for name in MEDIANS:
            a, b = old_med[name], new_med[name]
            if a == b or (np.isnan(a) and np.isnan(b)):
                continue
            flag = _high_flag(name)
            hit |= m.has & (flag(values[name], a) != flag(values[name], b))
        out: np.ndarray = m.ids[hit]
        return out


def _put(array: np.ndarray, at: np.ndarray, values: np.ndarray) -> np.ndarray:
    out = array.copy()
    out[at] = values
    return out


def _positions(ids: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """Positions in *ids* (ascending) of *wanted* (ValueError for one not there)."""
    at = np.searchsorted(ids, wanted)
    if len(wanted) and (at.max() >= len(ids) or (ids[at] != wanted).any()):
        raise ValueError("a customer taken out of the standing is not in it")
    out: np.ndarray = at
    return out


def _high_flag(name: str) -> Any:
    """The segments' "high" test of measure *name* against a median (scorer.score's r/f/m_high)."""
    if name == "recency_days":
        return lambda v, med: v < med
    return lambda v, med: v > med


def _ranked(keys: np.ndarray) -> np.ndarray:
    """Keys that take part in a ranking (margin: only those with a margin)."""
    out: np.ndarray = keys[~np.isnan(keys)] if keys.dtype.kind == "f" else keys
    return out


def _moved_values(sorted_values: np.ndarray, gone: np.ndarray, new: np.ndarray) -> np.ndarray:
    """*sorted_values* (ascending) with one occurrence of each value of *gone* taken out and the
    values of *new* put in their places."""
    out = sorted_values
    if len(gone):
        gone = np.sort(gone, kind="stable")
        at = np.searchsorted(out, gone, side="left")
        # equal values removed more than once: their 2nd, 3rd… occurrences
        first = np.searchsorted(gone, gone, side="left")
        at = at + (np.arange(len(gone)) - first)
        if len(out) == 0 or at[-1] >= len(out) or not np.array_equal(out[at], gone):
            raise ValueError("a value to take out of the standing is not in it")
        out = np.delete(out, at)
    if len(new):
        new = np.sort(np.asarray(new, dtype=out.dtype), kind="stable")
        out = np.insert(out, np.searchsorted(out, new, side="left"), new)
    return out
