"""A score frame with some rows replaced: ranked when first read, not on every change.

One change re-scores a few customers (custui.core.scoring.rescore); putting their rows into a
100k-row frame of ~75 columns and ranking it again costs more than the scoring itself, and the
list never reads the ranked frame (it keeps its own columns, custui.store.book).  So a re-scored
result holds the last ranked frame it grew from, the ids whose rows are gone from it and the new
rows; ``frame()`` builds the ranked frame — exactly what ``score`` would give — when someone asks.
Patches of patches stay one patch on one base frame, so a day of changes holds no chain of frames.
"""

from __future__ import annotations

import numpy as np
import pandas as pd


class FramePatch:
    """*base* (a ranked score frame) without the rows of *drop*, with *rows* (score rows)."""

    def __init__(self, base: pd.DataFrame, drop: np.ndarray, rows: pd.DataFrame) -> None:
        self.base = base
        self.drop = np.unique(np.asarray(drop, dtype=np.int64))
        self.rows = rows

    @classmethod
    def on(
        cls, source: pd.DataFrame | FramePatch, drop: np.ndarray, rows: pd.DataFrame
    ) -> FramePatch:
        """*source* (a frame, or a patch not yet applied) without *drop*'s rows, with *rows*."""
        if isinstance(source, pd.DataFrame):
            return cls(source, drop, rows)
        old = source.rows[~source.rows.index.isin(drop)]
        both = [part for part in (old, rows) if len(part)]
        merged = pd.concat(both) if len(both) > 1 else (both[0] if both else rows)
        return cls(source.base, np.union1d(source.drop, drop), merged)

    def __len__(self) -> int:
        kept = len(self.base) - int(np.count_nonzero(self.base.index.isin(self.drop)))
        return kept + len(self.rows)

    def frame(self) -> pd.DataFrame:
        """The ranked frame: score descending, then customer id; ``rank`` as ``score`` gives it."""
        base = self.base[~self.base.index.isin(self.drop)] if len(self.drop) else self.base
        parts = [part for part in (base, self.rows) if len(part)]
        if not parts:
            return self.base.iloc[:0]
        out = pd.concat(parts) if len(parts) > 1 else parts[0]
        score = out["score"].to_numpy(dtype=np.float64)
        order = np.lexsort((out.index.to_numpy(dtype=np.int64), -score))
        out = out.take(order)
        ranked = -score[order]
        out["rank"] = (np.searchsorted(ranked, ranked, side="left") + 1).astype(np.int64)
        return out
