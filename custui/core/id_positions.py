"""Rows found by customer id without pandas' lookup table.

The first lookup in a pandas index (``get_indexer``, ``get_loc``, ``in``, ``is_unique``, a join)
builds a hash table of its keys and keeps it with the index for as long as the index lives: ~4 MB
at 105k customers, for each of the book's frames.  The list's frame needs one (it looks rows up at
every page); the frames it was joined from and the kept scoring inputs do not.  Here the ids are
found by binary search over the index itself (already in id order) or over a sorted copy of it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from custui.core.frame_arrays import framed, values_of


@dataclass(frozen=True)
class IdLookup:
    """An index's ids in ascending order and, unless the index is in that order, their positions."""

    ids: np.ndarray
    order: np.ndarray | None

    @classmethod
    def of(cls, index: pd.Index) -> IdLookup:
        """The lookup of *index*: unique integer ids (ValueError otherwise)."""
        values = index.to_numpy()
        if not len(values):
            return cls(np.zeros(0, np.int64), None)
        values = _as_ids(values)
        if _ascending(values):
            return cls(values, None)
        order = np.argsort(values, kind="stable")
        ids = values[order]
        if not _ascending(ids):
            raise ValueError("ids must be unique")
        return cls(ids, order)

    def positions(self, wanted: np.ndarray | pd.Index) -> np.ndarray:
        """The positions in the index of the ids *wanted* (-1 for one not in it)."""
        wanted = np.asarray(wanted, dtype=np.int64)
        if not len(self.ids):
            return np.full(len(wanted), -1, dtype=np.int64)
        at = np.searchsorted(self.ids, wanted)
        found = self.ids[np.minimum(at, len(self.ids) - 1)] == wanted
        where = at if self.order is None else self.order[np.minimum(at, len(self.ids) - 1)]
        return np.where(found, where, -1).astype(np.int64, copy=False)


def _as_ids(values: np.ndarray) -> np.ndarray:
    """*values* as int64 ids: integers as they are, whole numbers held otherwise (Python ints in an
    object column, 3.0) as pandas' own lookup would match them; ValueError for anything else."""
    if values.dtype.kind in "iu":
        return values.astype(np.int64, copy=False)
    try:
        ids = values.astype(np.int64)
    except (TypeError, ValueError, OverflowError):
        raise ValueError(f"ids must be integers, not {values.dtype}") from None
    if not (ids == values).all():
        raise ValueError(f"ids must be whole numbers, not {values.dtype}")
    return ids


def _ascending(values: np.ndarray) -> bool:
    """Strictly ascending: sorted, and no id twice."""
    return len(values) < 2 or bool((values[1:] > values[:-1]).all())


def unique_ids(index: pd.Index) -> bool:
    """No id twice in *index*, found without its lookup table."""
    values = index.to_numpy()
    if _ascending(values):
        return True
    return len(np.unique(values)) == len(values)


def inner_joined(
    left: pd.DataFrame, right: pd.DataFrame, columns: list[str] | None = None
) -> pd.DataFrame:
    """``left.join(right[columns], how="inner")`` for unique integer ids, in *left*'s order: *left*'s
    columns are its own arrays when every row is in *right*, *right*'s (*columns*, default all) are
    taken by position, and neither index is left with a lookup table."""
    taken = right.columns if columns is None else pd.Index(columns)
    both = left.columns.intersection(taken)
    if len(both):
        raise ValueError(f"columns on both sides: {list(both)}")
    at = IdLookup.of(right.index).positions(left.index)
    found = at >= 0
    # ids as integers, as pandas' join makes them (an empty frame's index has no type of its own)
    index = left.index if left.index.dtype.kind in "iu" else left.index.astype(np.int64)
    if found.all():
        arrays = {c: values_of(left[c]) for c in left.columns}
    else:
        keep = np.flatnonzero(found)
        index, at = index.take(keep), at[keep]
        arrays = {c: values_of(left[c]).take(keep) for c in left.columns}
    arrays.update({c: values_of(right[c]).take(at) for c in taken})
    return framed(arrays, index, left.columns.append(taken))
