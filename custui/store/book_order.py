"""The whole list's order by one column, kept from one Book to the next.

Sorting 100k customers by score takes ~20 ms; after one change only the re-scored customers can
be out of place, so the order the last Book sorted is kept (ids and their keys, in order) and the
next Book takes them out and puts them back by binary search.  The order is the one
``Book.ids`` sorts: the column ascending or descending, missing values last, then the id
ascending.  Only numeric columns without missing values are kept this way; any other sort is
sorted again when asked.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

#: More re-scored customers than this are sorted in with the rest, not put back one by one.
MANY = 256


@dataclass(frozen=True)
class Order:
    """Customer ids in list order and their sort keys (the column, negated when descending)."""

    ids: np.ndarray
    keys: np.ndarray

    @classmethod
    def of(cls, ids: np.ndarray, values: np.ndarray, descending: bool) -> Order | None:
        """The order of *ids* sorted by *values*; None when it cannot be kept (not numeric, NaN)."""
        keys = _keys(values, descending)
        if keys is None:
            return None
        order = np.lexsort((ids, keys))
        return cls(np.asarray(ids, dtype=np.int64)[order], keys[order])

    def moved(
        self, drop: np.ndarray, ids: np.ndarray, values: np.ndarray, descending: bool
    ) -> Order | None:
        """This order without the customers *drop*, with *ids* (valued *values*) in their places."""
        keys = _keys(values, descending)
        if keys is None or keys.dtype != self.keys.dtype:
            return None
        keep = ~np.isin(self.ids, drop)
        kept_ids, kept_keys = self.ids[keep], self.keys[keep]
        if len(ids) > MANY:  # a moved quintile bound re-scored a crowd: sort them all once
            all_ids = np.concatenate([kept_ids, np.asarray(ids, dtype=np.int64)])
            all_keys = np.concatenate([kept_keys, keys])
            order = np.lexsort((all_ids, all_keys))
            return Order(all_ids[order], all_keys[order])
        new = np.lexsort((ids, keys))
        ids, keys = np.asarray(ids, dtype=np.int64)[new], keys[new]
        low = np.searchsorted(kept_keys, keys, side="left")
        high = np.searchsorted(kept_keys, keys, side="right")
        at = np.array(
            [lo + np.searchsorted(kept_ids[lo:hi], i) for lo, hi, i in zip(low.tolist(), high.tolist(), ids.tolist())],
            dtype=np.int64,
        )  # fmt: skip
        return Order(np.insert(kept_ids, at, ids), np.insert(kept_keys, at, keys))

    def id_list(self) -> list[int]:
        out: list[int] = self.ids.tolist()
        return out


def _keys(values: np.ndarray | pd.Series, descending: bool) -> np.ndarray | None:
    column = pd.Series(values, copy=False) if not isinstance(values, pd.Series) else values
    if not isinstance(column.dtype, np.dtype) or column.dtype.kind not in "iuf":
        return None
    raw = column.to_numpy()
    if raw.dtype.kind == "f" and np.isnan(raw).any():
        return None
    keys = raw.astype(np.float64 if raw.dtype.kind == "f" else np.int64)
    out: np.ndarray = -keys if descending else keys
    return out
