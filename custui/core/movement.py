"""Tier movement between two rankings (two snapshots, or a snapshot and today's ranking): pure logic.

A side is a mapping customer id → tier (``Strategic``, ``Core``, ``Potential``, ``Basic``); a
customer absent from a side, or with a tier this custui does not know, was *not scored* there.

* :func:`movement` counts the tier transition matrix: rows are tiers at FROM, columns tiers at TO,
  each with a :data:`NOT_SCORED` row/column so that every customer of either side is counted once
  and the totals are honest: the tier×tier cells add up to the customers scored at both.
* :func:`direction` says how one customer moved: ``up``, ``down``, ``same``, ``new`` (scored at TO
  only) or ``gone`` (scored at FROM only) — what the list's ``moved:`` filter reads.
* :func:`members` lists the customers of one cell of the matrix.
* :func:`sparkline` draws a customer's scores over the months as one line of block characters.

No SQL, no pandas: the store reads the sides (store.history), the screens and commands show them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

#: Tiers, highest first (core.scoring.config.TIERS; not imported: that package loads pandas).
TIERS: tuple[str, ...] = ("Strategic", "Core", "Potential", "Basic")
#: The row and column of those not scored on a side.
NOT_SCORED = "not scored"
#: Rows and columns of the matrix, in order.
LABELS: tuple[str, ...] = (*TIERS, NOT_SCORED)
#: How a customer moved between FROM and TO.
UP, DOWN, SAME, NEW, GONE = "up", "down", "same", "new", "gone"
DIRECTIONS: tuple[str, ...] = (UP, DOWN, SAME, NEW, GONE)

_RANK = {tier: len(TIERS) - i for i, tier in enumerate(TIERS)}  # Strategic 4 … Basic 1


def tier_label(tier: object) -> str:
    """*tier* as a row/column of the matrix: a known tier, else :data:`NOT_SCORED`."""
    return tier if isinstance(tier, str) and tier in _RANK else NOT_SCORED


def direction(before: object, after: object) -> str:
    """How a customer at tier *before* (None: not scored) came to tier *after*."""
    was, now = _RANK.get(tier_label(before)), _RANK.get(tier_label(after))
    if was is None:
        return NEW if now is not None else GONE
    if now is None:
        return GONE
    return UP if now > was else DOWN if now < was else SAME


@dataclass(frozen=True)
class Movement:
    """The tier transition matrix: ``counts[(tier_from, tier_to)]``, over :data:`LABELS`.

    Never holds a (not scored, not scored) cell: a customer is counted when scored on one side at least.
    """

    counts: Mapping[tuple[str, str], int]

    def count(self, tier_from: str, tier_to: str) -> int:
        return self.counts.get((tier_from, tier_to), 0)

    def row_total(self, tier_from: str) -> int:
        """Customers at *tier_from* on FROM, wherever they went (not scored included)."""
        return sum(self.count(tier_from, to) for to in LABELS)

    def column_total(self, tier_to: str) -> int:
        """Customers at *tier_to* on TO, wherever they came from."""
        return sum(self.count(frm, tier_to) for frm in LABELS)

    @property
    def total(self) -> int:
        """Every customer scored on either side, once."""
        return sum(self.counts.values())

    @property
    def both(self) -> int:
        """Customers scored on both sides: the tier×tier cells."""
        return sum(self.count(frm, to) for frm in TIERS for to in TIERS)

    def moved(self, way: str) -> int:
        """Customers who moved *way* (one of :data:`DIRECTIONS`)."""
        return sum(n for (frm, to), n in self.counts.items() if direction(frm, to) == way)


def movement(before: Mapping[int, str | None], after: Mapping[int, str | None]) -> Movement:
    """The matrix of customers' tiers at *before* (FROM) against *after* (TO)."""
    counts: Counter[tuple[str, str]] = Counter()
    for customer_id, tier in before.items():
        counts[(tier_label(tier), tier_label(after.get(customer_id)))] += 1
    for customer_id, tier in after.items():
        if customer_id not in before:
            counts[(NOT_SCORED, tier_label(tier))] += 1
    counts.pop((NOT_SCORED, NOT_SCORED), None)
    return Movement(dict(counts))


def members(
    before: Mapping[int, str | None], after: Mapping[int, str | None], tier_from: str, tier_to: str
) -> list[int]:
    """The customers of the cell (*tier_from*, *tier_to*); a total's label "" takes any tier."""
    found = []
    for i in sorted(before.keys() | after.keys()):
        frm, to = tier_label(before.get(i)), tier_label(after.get(i))
        if (frm, to) != (NOT_SCORED, NOT_SCORED) and tier_from in ("", frm) and tier_to in ("", to):
            found.append(i)
    return found


def directions(before: Mapping[int, str | None], after: Mapping[int, str | None]) -> dict[int, str]:
    """How each customer scored on *after* moved since *before* (``up``, ``down``, ``same``, ``new``)."""
    return {i: direction(before.get(i), tier) for i, tier in after.items()}


def cell_filter(tier_from: str, tier_to: str) -> str | None:
    """The list filter (core.query) of the customers of a cell of the matrix measured against the
    list's own ranking; a total's label is "".  None for the "not scored" column: customers who are
    not on the list any more."""
    if tier_to == NOT_SCORED:
        return None
    parts = []
    if tier_from:
        parts.append(f"was:{'none' if tier_from == NOT_SCORED else tier_from.lower()}")
    if tier_to:
        parts.append(f"tier:{tier_to.lower()}")
    return " ".join(parts) or "moved:up,down,same,new"


#: Eight heights of one character cell, lowest first.
BLOCKS = "▁▂▃▄▅▆▇█"


def sparkline(scores: Sequence[float | None], low: float = 0.0, high: float = 100.0) -> str:
    """*scores* (oldest first; None: not scored that month, drawn as a space) as block characters,
    one per score, on the scale *low*…*high* (default the whole 0–100)."""
    out = []
    span = high - low
    for value in scores:
        if value is None or value != value:  # None or NaN
            out.append(" ")
            continue
        step = round((min(max(value, low), high) - low) / span * (len(BLOCKS) - 1))
        out.append(BLOCKS[step])
    return "".join(out)
