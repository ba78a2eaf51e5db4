"""The list's frame after one change, without joining 100k rows again.

``Book`` joins the display columns with the score columns once (~0.1 s at 100k).  After a change
only a few customers' rows differ (custui.core.scoring.rescore names them), so the new frame
shares every untouched column with the old one and copies only the columns whose rows changed,
row values written at the customers' positions.  A customer gone (deleted) or back (restored)
takes or adds a row in every column.  Nothing is written into the old frame: a Book is never
changed, and the list may be reading the old one while the new one is made.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from custui.core.frame_arrays import appended, framed, values_of


def patched(
    frame: pd.DataFrame, gone: np.ndarray, added: pd.DataFrame, *changes: pd.DataFrame
) -> pd.DataFrame:
    """*frame* without the rows of the ids *gone*, with *added*'s rows (every column; appended in
    id order), and each of *changes* (some columns, index ids of rows it then holds) written over
    its rows.  Columns no row changed are the old frame's own arrays: a change of one customer
    copies only the columns it changed, a delete or a restore moves every row of every column."""
    return _patched(columns_of(frame), frame.index, frame.columns, gone, added, changes)


def columns_of(frame: pd.DataFrame) -> dict[str, Any]:
    """*frame*'s column arrays, by name (shared, not copied)."""
    return {c: values_of(frame[c]) for c in frame.columns}


def _patched(
    arrays: dict[str, Any],
    index: pd.Index,
    columns: pd.Index,
    gone: np.ndarray,
    added: pd.DataFrame,
    changes: tuple[pd.DataFrame, ...],
) -> pd.DataFrame:
    """``patched`` over the column *arrays* of a frame of *index* and *columns*, each replaced in
    *arrays* as its new one is made: arrays nothing else holds go one at a time, not all at the end."""
    if len(gone):
        keep = np.flatnonzero(~index.isin(gone))
        index = index.take(keep)
        for c in list(arrays):
            arrays[c] = arrays[c].take(keep)
    if len(added):
        missing = [c for c in columns if c not in added.columns]
        if missing:
            raise ValueError(f"a new row needs every column: {missing}")
        added = added.sort_index()
        index = index.append(added.index)
        for c in list(arrays):
            arrays[c] = appended(arrays[c], values_of(added[c]))
    for rows in changes:
        if not len(rows):
            continue
        at = index.get_indexer(rows.index)
        if (at < 0).any():
            raise ValueError("a changed row that is not there")
        for column in rows.columns:
            arrays[column] = _written(arrays[column], at, values_of(rows[column]))
    return framed(arrays, index, columns)


def part(frame: pd.DataFrame, columns: pd.Index) -> pd.DataFrame:
    """*frame*'s *columns* as a frame of their own, sharing the arrays and the index."""
    return framed({c: values_of(frame[c]) for c in columns}, frame.index, columns)


def _written(array: Any, at: np.ndarray, values: Any) -> Any:
    """A copy of *array* with *values* at the positions *at* (the same array when they are there)."""
    current = array.take(at)
    if _equal(current, values):
        return array
    out = array.copy()
    if isinstance(values, pd.Categorical):
        out[at] = values
    else:
        out[at] = (
            np.asarray(values).astype(array.dtype)
            if isinstance(out, np.ndarray)
            else values.astype(array.dtype)
        )
    return out


def _equal(a: Any, b: Any) -> bool:
    """The same values, missing ones alike (a column of the book may be wider: 10000.0 == 10000)."""
    left = pd.Series(a, copy=False)
    right = pd.Series(b, copy=False)
    if len(left) != len(right):
        return False
    try:
        return bool(left.astype(object).equals(right.astype(object)))
    except (TypeError, ValueError):
        return False


class PendingFrame:
    """The list's frame after customers came or went, put together when first read.

    A delete or a restore moves every row of every column: ~2 ms a column of Python strings at
    100k, ~40 ms for the display columns.  The list shows the change without them — its order is
    kept apart (store.book_order) and the rows on screen come from ``rows`` — so the frame is
    made on first use (a filter, the preview, the dashboard), by the thread that asks.  Later
    changes add to the same pending frame rather than making it."""

    def __init__(
        self,
        base: pd.DataFrame,
        gone: np.ndarray,
        added: pd.DataFrame,
        changes: tuple[pd.DataFrame, ...],
    ) -> None:
        self.base = base
        self.gone = np.unique(np.asarray(gone, dtype=np.int64))
        self.added = added
        self.changes = changes
        in_base = np.count_nonzero(base.index.isin(self.gone))
        self.size = len(base) - int(in_base) + len(added)
        self.spent = False  # made (``made``): its base is gone

    def _check(self) -> None:
        if self.spent:
            raise RuntimeError("a pending frame read after it was made")

    def then(
        self, gone: np.ndarray, added: pd.DataFrame, changes: tuple[pd.DataFrame, ...]
    ) -> PendingFrame:
        """This frame after one more change (what ``patched`` does to a frame)."""
        self._check()
        gone = np.asarray(gone, dtype=np.int64)
        old_added = self.added[~self.added.index.isin(gone)]
        both = [part for part in (old_added, added) if len(part)]
        merged = pd.concat(both) if len(both) > 1 else (both[0] if both else self.added.iloc[:0])
        kept = [c[~c.index.isin(gone)] for c in self.changes]
        return PendingFrame(
            self.base, np.union1d(self.gone, gone), merged, _merged([*kept, *changes])
        )

    def frame(self) -> pd.DataFrame:
        self._check()
        return patched(self.base, self.gone, self.added, *self.changes)

    def made(self) -> pd.DataFrame:
        """``frame``, made by taking the base apart: each of its columns goes as its new one is made,
        when nothing else holds the base (the book it came from is gone: at 105k, the old list frame's
        ~20 MB were still there beside the whole new one).  Spent after: its base is gone too, so
        the caller must be its only reader (``Book.frame``, under the book's lock)."""
        self._check()
        # not ``iloc[:0]``: its empty views would hold every old column to the end
        base, self.base, self.spent = self.base, self.base.iloc[:0].copy(), True
        arrays, index, columns = columns_of(base), base.index, base.columns
        del base
        return _patched(arrays, index, columns, self.gone, self.added, self.changes)

    def rows(self, ids: list[int]) -> pd.DataFrame:
        """The rows of the customers *ids* it holds, every column, in the order of *ids* (an id asked
        for twice comes once: the rows are written by position, which needs each id once)."""
        self._check()
        wanted = pd.Index(list(dict.fromkeys(ids)), dtype=np.int64)
        wanted = wanted[~wanted.isin(self.gone) | wanted.isin(self.added.index)]
        from_base = wanted[wanted.isin(self.base.index) & ~wanted.isin(self.gone)]
        subset = self.base.loc[from_base]
        added = self.added[self.added.index.isin(wanted)]
        changes = [c[c.index.isin(wanted)] for c in self.changes]
        out = patched(subset, np.zeros(0, np.int64), added, *changes)
        present = wanted[wanted.isin(out.index)]
        return out.loc[present]


def _merged(changes: list[pd.DataFrame]) -> tuple[pd.DataFrame, ...]:
    """*changes* (written in order) as one frame per set of columns, the last row of an id kept:
    frames of other columns write other columns, so their order does not matter."""
    groups: dict[tuple[str, ...], list[pd.DataFrame]] = {}
    for change in changes:
        if len(change):
            groups.setdefault(tuple(change.columns), []).append(change)
    out = []
    for frames in groups.values():
        both = pd.concat(frames) if len(frames) > 1 else frames[0]
        out.append(both[~both.index.duplicated(keep="last")])
    return tuple(out)
