"""A score frame with some rows replaced: ranked when first read, not on every change.

One change re-scores a few customers (custui.core.scoring.rescore); putting their rows into a
100k-row frame of ~75 columns and ranking it again costs more than the scoring itself, and the
list never reads the ranked frame (it keeps its own columns, custui.store.book).  So a re-scored
result holds the last ranked frame it grew from and the steps since: each step the ids whose rows
it took out and the rows it put in.  ``frame()`` builds the ranked frame — exactly what ``score``
would give — when someone asks.  A patch of a patch is one more step on the same base frame, so a
day of changes holds no chain of frames; every ``COMPACT`` steps the rows are merged into one.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

#: Steps kept apart before their rows are merged (a concat of ~75 columns costs a few ms).
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
        """The ranked frame: score descending, then customer id; ``rank`` as ``score`` gives it."""
        drop, rows = _merged(self.steps)
        base = self.base[~self.base.index.isin(drop)] if len(drop) else self.base
        parts = [part for part in (base, rows) if len(part)]
        if not parts:
            return self.base.iloc[:0]
        out = pd.concat(parts) if len(parts) > 1 else parts[0]
        score = out["score"].to_numpy(dtype=np.float64)
        order = np.lexsort((out.index.to_numpy(dtype=np.int64), -score))
        out = out.take(order)
        ranked = -score[order]
        out["rank"] = (np.searchsorted(ranked, ranked, side="left") + 1).astype(np.int64)
        return out


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
