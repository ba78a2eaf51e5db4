"""The inputs a score was made from, kept for the next change: a base and the rows changed since.

``score`` keeps its customer and feature frames (``ScoreResult.sources``) so weights can be
re-ranked and one change re-scored without reading the file again.  Splicing a changed
customer's rows into 100k-row frames costs ~30 ms a change, so ``KeptInputs`` holds the frames
as first read plus the rows read fresh since (those customers' rows replace theirs), reads any
customers' rows from both (``rows``) and splices the frames only when all of them are asked for
(``frames``)."""

from __future__ import annotations

import threading
from collections.abc import Sequence

import numpy as np
import pandas as pd

from custui.core.id_positions import IdLookup

#: customers, order features, interaction features (the feature frames may be None: none at all)
Frames = tuple[pd.DataFrame, pd.DataFrame | None, pd.DataFrame | None]


class KeptInputs:
    """*base* frames, with the rows of the customers *replaced* taken from *fresh* instead."""

    def __init__(
        self, base: Frames, fresh: Frames | None = None, replaced: np.ndarray | None = None
    ) -> None:
        self.base = base
        self.fresh = fresh
        self.replaced = np.zeros(0, np.int64) if replaced is None else replaced
        self._frames: Frames | None = base if fresh is None else None
        self._lookups: tuple[IdLookup | None, ...] | None = None
        self._lock = threading.Lock()

    def frames(self) -> Frames:
        """The three frames with every replaced customer's rows in place (index order)."""
        if self._frames is None:
            with self._lock:
                if self._frames is None:
                    fresh = self.fresh or (None, None, None)
                    c, o, i = (spliced(b, f, self.replaced) for b, f in zip(self.base, fresh))
                    assert c is not None
                    self._frames = (c, o, i)
        return self._frames

    def rows(self, ids: np.ndarray) -> Frames:
        """The three frames' rows of the customers *ids* (ascending; ids with no row are left out)."""
        fresh = self.fresh or (None, None, None)
        mine = np.isin(ids, self.replaced)
        c, o, i = (
            _pick(b, f, ids[~mine], ids[mine], at)
            for b, f, at in zip(self.base, fresh, self._base_lookups())
        )
        assert c is not None
        return c, o, i

    def _base_lookups(self) -> tuple[IdLookup | None, ...]:
        """The base frames' id lookups, made once (a sort when a frame is not in id order)."""
        if self._lookups is None:
            with self._lock:
                if self._lookups is None:
                    self._lookups = tuple(
                        None if b is None else IdLookup.of(_indexed(b).index) for b in self.base
                    )
        return self._lookups

    def replacing(self, ids: Sequence[int] | np.ndarray, fresh: Frames) -> KeptInputs:
        """These inputs with the rows of the customers *ids* replaced by *fresh*'s (none: gone)."""
        replaced = np.union1d(self.replaced, np.asarray(ids, dtype=np.int64))
        if self.fresh is None:
            out = KeptInputs(self.base, fresh, replaced)
        else:
            merged = tuple(
                _merged(old, new, np.asarray(ids, dtype=np.int64))
                for old, new in zip(self.fresh, fresh)
            )
            out = KeptInputs(self.base, (merged[0], merged[1], merged[2]), replaced)
        out._lookups = self._lookups  # the same base
        return out


def _indexed(frame: pd.DataFrame) -> pd.DataFrame:
    if "customer_id" in frame.columns:
        return frame.set_index("customer_id")
    return frame


def _like(fresh: pd.DataFrame, base: pd.DataFrame | None) -> pd.DataFrame:
    """*fresh* in *base*'s columns and dtypes: a row of nothing but NaN/None must not widen a column."""
    if base is None or not len(base) or not len(fresh):
        return fresh
    fresh = fresh[list(base.columns)]
    other = {c: t for c, t in base.dtypes.items() if fresh[c].dtype != t}
    return fresh.astype(other) if other else fresh


def _merged(
    old: pd.DataFrame | None, new: pd.DataFrame | None, ids: np.ndarray
) -> pd.DataFrame | None:
    if old is None:
        return new
    old = old[~old.index.isin(ids)]
    if new is None or not len(new):
        return old
    new = _indexed(new)
    return pd.concat([old, new]) if len(old) else new


def _pick(
    base: pd.DataFrame | None,
    fresh: pd.DataFrame | None,
    from_base: np.ndarray,
    from_fresh: np.ndarray,
    lookup: IdLookup | None,
) -> pd.DataFrame | None:
    if base is None:
        if fresh is None:
            return None
        fresh = _indexed(fresh)
        return fresh[fresh.index.isin(from_fresh)].sort_index()
    base = _indexed(base)
    assert lookup is not None
    pos = lookup.positions(from_base)
    out = base.iloc[pos[pos >= 0]]
    if fresh is not None and len(from_fresh):
        extra = _indexed(fresh)
        extra = _like(extra[extra.index.isin(from_fresh)], base)
        if len(extra):
            out = pd.concat([out, extra]) if len(out) else extra
            out = out.sort_index(kind="stable")
    out.attrs = dict(base.attrs)
    return out


def spliced(
    frame: pd.DataFrame | None, fresh: pd.DataFrame | None, ids: Sequence[int] | np.ndarray
) -> pd.DataFrame | None:
    """*frame* with the rows of *ids* replaced by *fresh*'s (those *fresh* lacks dropped), in index
    order, its attrs (what the features were computed for) kept."""
    if frame is None:
        return fresh
    frame = _indexed(frame)
    out = frame[~frame.index.isin(list(ids))]
    if fresh is not None and len(fresh):
        fresh = _like(_indexed(fresh), out) if len(out) else _indexed(fresh)
        out = pd.concat([out, fresh]) if len(out) else fresh
        out = out.sort_index(kind="stable")
    out.attrs = dict(frame.attrs)
    return out
