"""The dashboard's numbers, from the scored list's frame (pure pandas; no Textual, no SQL).

Every function takes the same frame the list shows (``store.book.Book.frame``:
one row per active customer) so the dashboard and the list never disagree.
The pivot's cells carry the list filter that selects exactly their customers
(a test checks the counts against the list's filtered counts).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from custui.core.query import Condition, Filter
from custui.core.scoring.config import TIERS
from custui.core.tags import CATEGORIES as TAG_CATEGORIES
from custui.core.text import fold

if TYPE_CHECKING:
    import pandas as pd

#: Employee-count bands: (label, lowest, highest or None).
SIZE_BANDS: tuple[tuple[str, int, int | None], ...] = (
    ("1-49", 0, 49), ("50-249", 50, 249), ("250-999", 250, 999), ("1000+", 1000, None),
)  # fmt: skip
BLANK = "(none)"


@dataclass(frozen=True)
class Share:
    key: str
    label: str
    count: int
    share: float  # 0..1 of all customers


def _english(label: str) -> str:
    """ "Champions 冠军客户" → "Champions" (charts measure CJK poorly; the key reads well)."""
    return re.split(r"\s+(?=[\u3400-\u9fff])", str(label), maxsplit=1)[0]


def tier_shares(frame: pd.DataFrame) -> list[Share]:
    """Customers per tier, best tier first (every tier listed, zero or not)."""
    total = len(frame)
    counts = frame["tier"].astype(str).value_counts()
    return [
        Share(
            t.lower(), t, int(counts.get(t, 0)), float(counts.get(t, 0) / total) if total else 0.0
        )
        for t in TIERS
    ]


def segment_shares(frame: pd.DataFrame) -> list[Share]:
    """Customers per RFM segment, largest first."""
    total = len(frame)
    if not total:
        return []
    grouped = frame.groupby(frame["segment"].astype(str), observed=True)["segment_label"].agg(
        ["size", "first"]
    )
    grouped = grouped.sort_values("size", ascending=False, kind="stable")
    return [
        Share(key, _english(row["first"]), int(row["size"]), float(row["size"] / total))
        for key, row in grouped.iterrows()
    ]


def _best(frame: pd.DataFrame, limit: int, among: pd.Series | None = None) -> pd.DataFrame:
    """The *limit* highest scores of *frame* (of the rows *among* marks, when given), ties by code.  Only the
    score column is read whole: the few rows at or above the cut-off are taken out of the frame and
    sorted (taking every churn-risk row first, with all its columns, made ~27 MB at 100k for a moment)."""
    import numpy as np

    rows = (
        np.flatnonzero(among.to_numpy(dtype=bool)) if among is not None else np.arange(len(frame))
    )
    if len(rows) > limit:
        scores = frame["score"].iloc[rows]
        rows = rows[(scores >= scores.nlargest(limit).iloc[-1]).to_numpy()]
    best = frame.iloc[rows]
    return best.sort_values(["score", "code"], ascending=[False, True], kind="stable").head(limit)


def churn_risks(frame: pd.DataFrame, limit: int = 10) -> pd.DataFrame:
    """Churn-risk customers, most valuable first: code, name, score, last_order, churn_reason."""
    return _best(frame, limit, among=frame["churn"].astype(bool))[
        ["code", "name", "score", "last_order", "churn_reason"]
    ]


def top_customers(frame: pd.DataFrame, limit: int = 10) -> pd.DataFrame:
    """The best *limit* by score: code, name, score, tier."""
    return _best(frame, limit)[["code", "name", "score", "tier"]]


def month_series(monthly: pd.DataFrame, as_of: date, months: int = 24) -> pd.DataFrame:
    """*monthly* (month "YYYY-MM", orders, amount_minor) over the *months* up to *as_of*, gaps as zero."""
    import pandas as pd

    first = pd.Period(as_of, freq="M") - (months - 1)
    labels = [str(first + n) for n in range(months)]
    indexed = (
        monthly.set_index("month")
        if len(monthly)
        else pd.DataFrame(columns=["orders", "amount_minor"])
    )
    out = indexed.reindex(labels, fill_value=0)[["orders", "amount_minor"]].astype("int64")
    return out.rename_axis("month").reset_index()


# -- pivot -------------------------------------------------------------------------

#: Dimension → (label, filter field).  Tag category is the only one where a customer can fall in several columns.
DIMENSIONS: dict[str, tuple[str, str]] = {
    "industry": ("Industry", "industry"),
    "size": ("Size band", "size"),
    "region": ("Region", "region"),
    "tier": ("Tier", "tier"),
    "segment": ("Segment", "segment"),
    "tag_category": ("Tag category", "tag"),
}
MEASURES = {"count": "Customers", "revenue": "Revenue (scoring window)"}


def _size_band(value: float | None) -> str:
    if value is None or value != value:
        return BLANK
    for label, low, high in SIZE_BANDS:
        if value >= low and (high is None or value <= high):
            return label
    return BLANK


def _long(frame: pd.DataFrame, dim: str) -> pd.Series:
    """The dimension's value per customer (index repeats for tag categories)."""
    import pandas as pd

    if dim == "tier":
        return frame["tier"].astype(str)
    if dim == "segment":
        return frame["segment"].astype(str)
    if dim == "size":
        return (
            frame["size"].map(_size_band)
            if "size" in frame
            else pd.Series(BLANK, index=frame.index)
        )
    if dim == "tag_category":
        cats = frame["tag_tuple"].map(
            lambda tags: sorted({t.split("/", 1)[0] for t in tags}) or [BLANK]
        )
        return cats.explode()
    return _spelled(frame[DIMENSIONS[dim][1]])


def _spelled(column: pd.Series) -> pd.Series:
    """Text values grouped as the filter compares them (case, width, 繁/简 folded), each group shown
    in its most common spelling; blanks as BLANK."""
    text = column.where(column.notna(), "").astype(str).str.strip()
    keys = text.map(fold)
    spelling = text.groupby(keys).agg(lambda values: values.value_counts().index[0])
    shown = keys.map(spelling)
    return shown.where(keys != "", BLANK)


def _order(dim: str, values: Sequence[str]) -> list[str]:
    present = set(values)
    if dim == "tier":
        order = list(TIERS)
    elif dim == "size":
        order = [b[0] for b in SIZE_BANDS]
    elif dim == "tag_category":
        order = list(TAG_CATEGORIES)
    else:
        order = sorted(v for v in present if v != BLANK)
    return [v for v in order if v in present] + ([BLANK] if BLANK in present else [])


@dataclass(frozen=True)
class Pivot:
    row_dim: str
    col_dim: str
    measure: str
    rows: list[str]
    columns: list[str]
    cells: dict[tuple[str, str], int]  # (row, column) -> count or revenue (minor units)
    row_totals: dict[str, int]  # distinct customers (or their revenue) per row
    column_totals: dict[str, int]
    total: int
    names: dict[str, str] = field(
        default_factory=dict
    )  # value -> how it is shown (segment keys → labels)

    def value(self, row: str, column: str) -> int:
        return self.cells.get((row, column), 0)

    def name(self, value: str) -> str:
        return self.names.get(value, value)


def pivot(frame: pd.DataFrame, row_dim: str, col_dim: str, measure: str = "count") -> Pivot:
    """Cross-classify the customers by two dimensions; totals count each customer once."""
    import pandas as pd

    if row_dim == col_dim:
        raise ValueError("Pick two different dimensions.")
    if measure == "revenue":
        weight = frame["monetary_minor"].fillna(0).astype("int64")
    else:
        weight = pd.Series(1, index=frame.index, dtype="int64")
    pairs = pd.DataFrame({"r": _long(frame, row_dim)}).join(
        pd.DataFrame({"c": _long(frame, col_dim)}), how="inner"
    )
    key = "customer_id"
    pairs.index.name = key
    pairs = pairs.reset_index().drop_duplicates()
    pairs["w"] = weight.reindex(pairs[key]).to_numpy()
    cells = {(r, c): int(v) for (r, c), v in pairs.groupby(["r", "c"])["w"].sum().items()}
    row_totals = {r: int(g.drop_duplicates(key)["w"].sum()) for r, g in pairs.groupby("r")}
    column_totals = {c: int(g.drop_duplicates(key)["w"].sum()) for c, g in pairs.groupby("c")}
    total = int(weight.sum())
    names: dict[str, str] = {}
    if "segment" in (row_dim, col_dim):
        names = {
            str(k): _english(v)
            for k, v in frame.groupby(frame["segment"].astype(str))["segment_label"].first().items()
        }
    return Pivot(row_dim, col_dim, measure, _order(row_dim, pairs["r"].unique()), _order(col_dim, pairs["c"].unique()),
                 cells, row_totals, column_totals, total, names)  # fmt: skip


def _condition(dim: str, value: str) -> list[Condition] | None:
    """Filter conditions selecting the customers with *value* in *dim* (None: not expressible)."""
    if value == BLANK:
        return None
    field = DIMENSIONS[dim][1]
    if dim == "size":
        band = next(b for b in SIZE_BANDS if b[0] == value)
        conditions = [Condition("size", ">=", (band[1],))]
        if band[2] is not None:
            conditions.append(Condition("size", "<=", (band[2],)))
        return conditions
    if dim == "tag_category":
        return [Condition("tag", "in", (f"{value}/*",))]
    if dim in ("industry", "region"):
        return [Condition(field, "=", (value,))]
    return [Condition(field, "in", (value.lower() if dim == "tier" else value,))]


def cell_filter(table: Pivot, row: str | None, column: str | None) -> str | None:
    """The list filter for a cell (or a row / column total when the other is None); None for blanks."""
    conditions: list[Condition] = []
    for dim, value in ((table.row_dim, row), (table.col_dim, column)):
        if value is None:
            continue
        more = _condition(dim, value)
        if more is None:
            return None
        conditions += more
    return str(Filter(tuple(conditions)))
