"""A score frame with some rows replaced: ranked when first read, not on every change.

One change re-scores a few customers (custui.core.scoring.rescore); putting their rows into a
100k-row frame of ~55 columns and ranking it again costs more than the scoring itself, and the
list never reads the ranked frame (it keeps its own columns, custui.store.book).  So a re-scored
result holds the last ranked frame it grew from and the steps since: each step the ids whose rows
it took out and the rows it put in.  ``frame()`` builds the ranked frame — exactly what ``score``
would give — when someone asks.  A patch of a patch is one more step on the same base frame, so a
day of changes holds no chain of frames; every ``COMPACT`` steps the rows are merged into one.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from custui.core.frame_arrays import appended, framed, values_of

#: Steps kept apart before their rows are merged (a concat of ~55 columns costs a few ms).
COMPACT = 32

Step = tuple[np.ndarray, pd.DataFrame]  # ids taken out, rows put in


class FramePatch:
    """*base* (a ranked score frame) changed by *steps*, in order."""

    def __init__(self, base: pd.DataFrame, steps: tuple[Step, ...]) -> None:
        self.base = base
        self.steps = steps

    @classmethod
    def on(
        cls, source: pd.DataFrame | FramePatch, drop: np.ndarray, rows: pd.DataFrame
    ) -> FramePatch:
        """*source* (a frame, or a patch not yet applied) without *drop*'s rows, with *rows*."""
        step = (np.unique(np.asarray(drop, dtype=np.int64)), rows)
        if isinstance(source, pd.DataFrame):
            return cls(source, (step,))
        steps = (*source.steps, step)
        if len(steps) >= COMPACT:
            steps = (_merged(steps),)
        return cls(source.base, steps)

    def frame(self) -> pd.DataFrame:
        """The ranked frame: score descending, then customer id; ``rank`` as ``score`` gives it.

        Made one column at a time (core.frame_arrays): a row mask, a concat and a sort of the
        whole frame each copied all of it, and held together they took four times its size at once
        (+87 MB re-scoring 10k imported customers at 100k)."""
        drop, rows = _merged(self.steps)
        base = self.base
        if not len(base) and not len(rows):
            return base.iloc[:0]
        keep = np.flatnonzero(~base.index.isin(drop)) if len(drop) else None

        def joined(column: str) -> Any:
            kept = values_of(base[column])
            if keep is not None:
                kept = kept.take(keep)
            return appended(kept, values_of(rows[column])) if len(rows) else kept

        score = np.asarray(joined("score"), dtype=np.float64)
        ids = np.asarray(joined_index(base.index, keep, rows.index), dtype=np.int64)
        order = np.lexsort((ids, -score))
        arrays = {c: joined(c).take(order) for c in base.columns if c != "rank"}
        ranked = -score[order]
        arrays["rank"] = (np.searchsorted(ranked, ranked, side="left") + 1).astype(np.int64)
        index = pd.Index(ids[order], name=base.index.name)
        return framed(arrays, index, base.columns)


def joined_index(index: pd.Index, keep: np.ndarray | None, added: pd.Index) -> np.ndarray:
    """The ids of *index* at the positions *keep* (all when None), then *added*'s."""
    kept = index.to_numpy() if keep is None else index.to_numpy().take(keep)
    return np.concatenate([kept, added.to_numpy()]) if len(added) else kept


def _merged(steps: tuple[Step, ...]) -> Step:
    """The steps as one: every id any step took out, and the rows no later step took out again."""
    later = np.zeros(0, dtype=np.int64)
    kept = []
    for drop, rows in reversed(steps):
        kept.append(rows[~rows.index.isin(later)] if len(later) else rows)
        later = np.union1d(later, drop)
    parts = [part for part in reversed(kept) if len(part)]
    if not parts:
        return later, steps[-1][1].iloc[:0]
    return later, pd.concat(parts) if len(parts) > 1 else parts[0]
