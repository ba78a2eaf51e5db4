"""A :class:`Filter` applied to the scored list: :func:`apply`, :class:`TagTable` and
:func:`tag_table`.  The only part of the filter language that uses pandas and numpy,
imported inside the functions so that parsing never loads them."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from custui.core.query.fields import (
    ALIASES,
    BOOL,
    COMPARISONS,
    DAYS,
    ENUM,
    FIELDS,
    MACRO_ENGLISH,
    MACRO_REGIONS,
    NUMBER,
    TAG,
    TAG_CATEGORIES,
    FieldDef,
    FilterError,
    safe_fold,
    value_key,
)
from custui.core.query.terms import Condition, Filter

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd


def apply(
    frame: pd.DataFrame,
    flt: Filter,
    *,
    as_of: date | datetime | str,
    tags: pd.Series | pd.DataFrame | TagTable | None = None,
) -> pd.Series:
    """Boolean mask (index = ``frame.index``, customer ids) of the rows matching
    every condition of ``flt``.  ``frame``: the scored frame joined with the
    customer columns the conditions use (name, code, kind, industry, region,
    city, contact_name, source, grade).  ``flt.text`` is **ignored**: free text
    is the store's full-text search.  Days fields are counted from ``as_of``.
    A condition on a column the frame lacks raises FilterError (position 0)."""
    import numpy as np
    import pandas as pd

    from custui.core.scoring.features import as_day

    t = as_day(as_of)
    mask = np.ones(len(frame), dtype=bool)
    long_tags = None
    for cond in flt.conditions:
        fd = FIELDS.get(cond.field)
        if fd is None:
            raise FilterError(f'Unknown field "{cond.field}"', 0)
        if fd.kind == TAG:
            if long_tags is None:
                long_tags = _long_tags(frame, tags)
            hit = _apply_tag(frame, cond, long_tags)
        elif fd.kind == ENUM:
            hit = _apply_enum(_column(frame, fd), fd, cond)
        elif fd.kind == BOOL:
            col = _column(frame, fd)
            truth = col.to_numpy(dtype=object, na_value=False).astype(bool)
            hit = np.isin(truth, np.array([bool(v) for v in cond.values], dtype=bool))
            hit = ~hit if cond.op == "not_in" else hit
        elif fd.kind == NUMBER:
            col = _column(frame, fd)
            hit = _compare(col.to_numpy(dtype=np.float64, na_value=np.nan), fd, cond)
        elif fd.kind == DAYS:
            hit = _compare(_days_column(frame, fd, t), fd, cond)
        else:
            hit = _apply_text(_column(frame, fd), fd, cond)
        hit = np.asarray(hit, dtype=bool)
        mask &= ~hit if cond.negated else hit
    return pd.Series(mask, index=frame.index, name="match", dtype=bool)


def _column(frame: pd.DataFrame, fd: FieldDef) -> pd.Series:
    if fd.column not in frame.columns:
        raise FilterError(f'Cannot filter by {fd.name}: the list has no "{fd.column}" column', 0)
    return frame[fd.column]


def _days_column(frame: pd.DataFrame, fd: FieldDef, t: int) -> np.ndarray:
    import numpy as np

    from custui.core.scoring.features import day_numbers

    if (
        fd.column not in frame.columns
        and fd.name == "last_order"
        and "recency_days" in frame.columns
    ):
        recency: np.ndarray = frame["recency_days"].to_numpy(dtype=np.float64, na_value=np.nan)
        return recency
    days, missing = day_numbers(_column(frame, fd))
    out = (t - days if fd.since else days - t).astype(np.float64)
    out[missing] = np.nan
    return out


def _compare(values: np.ndarray, fd: FieldDef, cond: Condition) -> np.ndarray:
    """Numbers and day counts; NaN = missing (infinitely large when ``missing_high``)."""
    import numpy as np

    missing = np.isnan(values)
    if fd.missing_high:
        values = np.where(missing, np.inf, values)
    with np.errstate(invalid="ignore"):
        if cond.op in COMPARISONS:
            (v,) = cond.values
            compared: np.ndarray = {
                ">=": np.greater_equal,
                "<=": np.less_equal,
                ">": np.greater,
                "<": np.less,
            }[cond.op](values, float(v))
            return compared
        hit = np.zeros(len(values), dtype=bool)
        for v in cond.values:
            if v in ("never", "none"):
                hit |= missing
            elif v == "overdue":
                hit |= values < 0
            elif v == "today":
                hit |= values == 0
            else:
                hit |= values == float(v)
    return ~hit if cond.op in ("not_in", "!=") else hit


def _uniques(col: pd.Series) -> tuple[np.ndarray, list[Any]]:
    """(codes, unique values) of a column; code −1 = missing."""
    import pandas as pd

    codes, uniques = pd.factorize(col, use_na_sentinel=True)
    return codes, uniques.tolist()


def _take(codes: np.ndarray, per_unique: list[bool]) -> np.ndarray:
    import numpy as np

    table = np.array([*per_unique, False], dtype=bool)  # −1 → the trailing False
    taken: np.ndarray = table[codes]
    return taken


def _apply_enum(col: pd.Series, fd: FieldDef, cond: Condition) -> np.ndarray:
    aliases = ALIASES[fd.name]
    codes, uniques = _uniques(col)
    canon = [aliases.get(value_key(str(u))) for u in uniques]
    if cond.op in COMPARISONS:
        rank = {v: len(fd.values) - i for i, v in enumerate(fd.values)}
        (target,) = cond.values
        want = rank[target]
        test = {
            ">=": lambda r: r >= want,
            "<=": lambda r: r <= want,
            ">": lambda r: r > want,
            "<": lambda r: r < want,
        }
        hit = _take(codes, [c is not None and test[cond.op](rank[c]) for c in canon])
        return hit
    wanted = set(cond.values)
    hit = _take(codes, [c in wanted for c in canon])
    return ~hit if cond.op == "not_in" else hit


#: fold() results of column values, so re-filtering the same list as the rep types is cheap.
_FOLD_CACHE: dict[str, str] = {}
_FOLD_CACHE_MAX = 400_000


def _fold_many(values: list[str]) -> list[str]:
    """fold() of many strings (cached); the Chinese ones go through OpenCC in one call."""
    cache = _FOLD_CACHE
    out = [cache.get(v) for v in values]
    todo = [i for i, o in enumerate(out) if o is None]
    if not todo:
        return out  # type: ignore[return-value]
    pre = [unicodedata.normalize("NFKC", values[i]).casefold() for i in todo]
    from custui.core.text import has_cjk, to_simplified

    cjk = [k for k, v in enumerate(pre) if has_cjk(v)]
    if cjk:
        batch = [pre[k].replace("\n", " ") for k in cjk]
        try:
            converted = to_simplified("\n".join(batch)).split("\n")
        except Exception:  # noqa: BLE001 - unencodable text: one at a time
            converted = []
        if len(converted) != len(cjk):
            converted = [safe_fold(v) for v in batch]
        for k, c in zip(cjk, converted):
            pre[k] = c
    if len(cache) + len(todo) > _FOLD_CACHE_MAX:
        cache.clear()
    for i, f in zip(todo, pre):
        out[i] = f
        cache[values[i]] = f
    return out  # type: ignore[return-value]


def _apply_text(col: pd.Series, fd: FieldDef, cond: Condition) -> np.ndarray:
    import pandas as pd

    codes, uniques = _uniques(col)
    folded = pd.Series(_fold_many(["" if u is None else str(u) for u in uniques]), dtype=object)
    wanted: list[str] = []
    for v in cond.values:
        fv = safe_fold(str(v)).strip()
        wanted.append(fv)
        if fd.name == "region":
            macro = MACRO_ENGLISH.get(fv, fv)
            for zh, pinyin in MACRO_REGIONS.get(macro, ()):
                wanted += [zh, pinyin]
    per = pd.Series(False, index=folded.index)
    for w in dict.fromkeys(wanted):
        if not w:
            continue
        per |= folded.str.contains(w, regex=False) if cond.op == "in" else folded == w
    hit = _take(codes, per.tolist())
    return ~hit if cond.op == "!=" else hit


@dataclass(frozen=True)
class TagTable:
    """Every tag of every customer as folded ``(customer_id, category, name)``
    rows — the form :func:`apply` matches ``tag:`` against.  Build it once with
    :func:`tag_table` and pass it to each :func:`apply` call."""

    rows: pd.DataFrame


def tag_table(tags: pd.Series | pd.DataFrame) -> TagTable:
    """A reusable :class:`TagTable` from tags in either format :func:`apply` takes."""
    import numpy as np
    import pandas as pd

    if isinstance(tags, pd.DataFrame):
        df = tags.reset_index() if "customer_id" not in tags.columns else tags
        long = pd.DataFrame(
            {
                "customer_id": df["customer_id"].to_numpy(),
                "category": df["category"].astype(object).to_numpy(),
                "name": df["name"].astype(object).to_numpy(),
            }
        )
    else:
        exploded = tags.explode().dropna()
        pairs = [_pair(v) for v in exploded.tolist()]
        long = pd.DataFrame(
            {
                "customer_id": exploded.index.to_numpy(),
                "category": [p[0] for p in pairs],
                "name": [p[1] for p in pairs],
            }
        )
    for col in ("category", "name"):
        codes, uniques = _uniques(long[col])
        folded = [f.strip() for f in _fold_many(["" if u is None else str(u) for u in uniques])]
        long[col] = np.array([*folded, ""], dtype=object)[codes]
    return TagTable(long)


def _long_tags(
    frame: pd.DataFrame, tags: pd.Series | pd.DataFrame | TagTable | None
) -> pd.DataFrame:
    """(customer_id, category, name) rows, category and name folded."""
    if isinstance(tags, TagTable):
        return tags.rows
    if tags is None:
        if "tags" not in frame.columns:
            raise FilterError("Cannot filter by tag: the list has no tags", 0)
        tags = frame["tags"]
    return tag_table(tags).rows


def _pair(tag: Any) -> tuple[str, str]:
    if isinstance(tag, str):
        cat, slash, name = tag.partition("/")
        return (cat, name) if slash else ("", tag)
    cat, name = tag
    return ("" if cat is None else str(cat), "" if name is None else str(name))


def _apply_tag(frame: pd.DataFrame, cond: Condition, long: pd.DataFrame) -> np.ndarray:
    import numpy as np

    rows = np.zeros(len(long), dtype=bool)
    names = long["name"]
    for v in cond.values:
        if v == "*":
            rows[:] = True
            break
        cat, slash, name = str(v).partition("/")
        sel = np.ones(len(long), dtype=bool)
        if slash and cat in TAG_CATEGORIES:
            sel &= (long["category"] == cat).to_numpy()
        else:
            name = str(v)
        if name != "*":
            prefix = name.endswith("*")
            fname = safe_fold(name[:-1] if prefix else name).strip()
            sel &= (names.str.startswith(fname) if prefix else names == fname).to_numpy(dtype=bool)
        rows |= sel
    ids = long["customer_id"].to_numpy()[rows]
    hit: np.ndarray = frame.index.isin(ids)
    return ~hit if cond.op == "not_in" else hit
