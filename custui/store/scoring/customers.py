"""The customer and tag frames the scorer and the filter language read."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from custui.core.scoring.inputs import rating_columns
from custui.store.db import Store
from custui.store.scoring.packed import _SEP, _ints, _packed

ACTIVE = "deleted_at IS NULL AND merged_into IS NULL"

#: The rating columns the score inputs read (custui.core.scoring.inputs: each spec's ``columns``),
#: as registered at import; ``load_customers`` asks the registry each time.
RATING_COLUMNS = rating_columns()
#: What the filter language (core.query) and the export read besides the scores.
DETAIL_COLUMNS = (
    "code", "name", "kind", "industry", "region", "city", "country", "contact_name", "source", "grade", "created_at",
    "phone_status",
)  # fmt: skip
#: Every person's name (the filter contact:王 finds a customer by any of its people), primary first.
CONTACT_NAMES_SQL = (
    "(SELECT group_concat(p.name, ' ') FROM (SELECT name FROM contacts WHERE customer_id = customers.id "
    "AND deleted_at IS NULL ORDER BY is_primary DESC, id) p)"
)
#: "none" (no phone), "invalid" (kept as typed: some number not understood) or "ok": the phone: filter.
PHONE_STATUS_SQL = "CASE WHEN trim(ifnull(phone, '')) = '' THEN 'none' WHEN phone_invalid THEN 'invalid' ELSE 'ok' END"


def _rating_sql(column: str) -> str:
    """A 1–5 rating, NULL for anything else (as ``score`` reads it)."""
    return f"CASE WHEN {column} IN (1, 2, 3, 4, 5) THEN {column} END"


def load_customers(
    store: Store, *, details: bool = True, ids: Sequence[int] | None = None
) -> pd.DataFrame:
    """Active customers (of *ids*, when given), index ``customer_id`` (ascending): the ratings (nullable
    Int64; anything but 1–5 reads as not rated, as ``score`` treats it) and,
    with *details*, DETAIL_COLUMNS (code, name, kind, industry, region, city,
    contact_name, source, grade, created_at)."""
    from custui.store.repo import ID_LIST, id_list

    # NOT INDEXED: the partial name index would make this a name-ordered walk
    # with a table seek per customer (452 -> 294 ms at 100k).
    ratings = rating_columns()
    params: tuple[str, ...]
    if ids is not None:
        source, params = (
            f"FROM customers WHERE {ACTIVE} AND id IN {ID_LIST} ORDER BY id",
            (id_list(ids),),
        )
    else:
        source, params = f"FROM customers NOT INDEXED WHERE {ACTIVE} ORDER BY id", ()
    if not details and ids is None:
        picks = ["id", *(f"ifnull({_rating_sql(c)}, 0) AS {c}" for c in ratings)]
        inner = f"SELECT {', '.join(picks)} {source}"
        n, packs = _packed(store, inner, (), ("id", *ratings))
        arrays = [_ints(t, n) for t in packs]
        if all(a is not None for a in arrays):
            data: dict[str, Any] = {
                c: pd.arrays.IntegerArray(a, a == 0) for c, a in zip(ratings, arrays[1:])
            }
            return pd.DataFrame(
                data, index=pd.Index(arrays[0], name="customer_id"), columns=list(ratings)
            )
    columns = ratings + (DETAIL_COLUMNS if details else ())
    computed = {
        **{c: _rating_sql(c) for c in ratings},
        "phone_status": PHONE_STATUS_SQL,
        "contact_name": CONTACT_NAMES_SQL,
    }
    select = ", ".join(["id", *(f"{computed[c]} AS {c}" if c in computed else c for c in columns)])
    rows = store.tuples(f"SELECT {select} {source}", params)
    values = list(zip(*rows)) if rows else [()] * (len(columns) + 1)
    data = {}
    for name, column in zip(columns, values[1:]):
        data[name] = _int_or_null(column) if name in ratings else np.array(column, dtype=object)
    index = pd.Index(np.array(values[0], dtype=np.int64), name="customer_id")
    return pd.DataFrame(data, index=index, columns=list(columns))


def load_tags(store: Store) -> pd.Series:
    """customer_id → tuple of "category/name" (sorted), for customers that have tags."""
    rows = store.tuples(
        "SELECT ct.customer_id, group_concat(t.category || '/' || t.name, char(31)) "
        "FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id GROUP BY ct.customer_id",
    )
    ids = np.array([r[0] for r in rows], dtype=np.int64)
    tags = [tuple(sorted(r[1].split(_SEP))) for r in rows]
    return pd.Series(tags, index=pd.Index(ids, name="customer_id"), dtype=object, name="tags")


def _int_or_null(values: tuple[Any, ...]) -> pd.api.extensions.ExtensionArray:
    """Nullable Int64 from Python ints / None, exactly."""
    as_float = np.array(values, dtype=np.float64)
    missing = np.isnan(as_float)
    if np.abs(as_float[~missing]).max(initial=0) >= 2**53:  # beyond exact floats
        return pd.array(values, dtype="Int64")
    return pd.arrays.IntegerArray(np.where(missing, 0, as_float).astype(np.int64), missing)
