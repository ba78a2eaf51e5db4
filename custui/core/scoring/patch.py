"""A score frame with some customers scored again: ranked when first read, not on every change.

One change re-scores a few customers (custui.core.scoring.rescore); putting their rows into a
100k-row frame of ~55 columns and ranking it again costs more than the scoring itself, and the
list never reads the ranked frame (it keeps its own columns, custui.store.book).  So a re-scored
result holds the last ranked frame it grew from, the ids whose rows it took out since, and the ids
scored again since — not their rows: ``frame()`` scores those customers again when someone asks
(with the result's own inputs and standing) and builds the ranked frame, exactly what ``score``
would give.  Scoring them with the latest standing gives the rows each change gave them: a
customer's row moves only when a change reaches it, and then it is scored again.  A patch of a
patch is the same base frame with more ids, so a day of changes holds no chain of frames nor their
rows (after an import of 10k customers at 105k, ~30k customers' rows: ~11 MB).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from custui.core.frame_arrays import appended, framed, values_of

#: The score rows of some customers (ascending ids), as the result being read would give them.
Scorer = Callable[[np.ndarray], pd.DataFrame]


class FramePatch:
    """*base* (a ranked score frame) without the rows of *dropped*, with *scored*'s rows (a subset of
    *dropped*) made by *score*."""

    def __init__(
        self, base: pd.DataFrame, dropped: np.ndarray, scored: np.ndarray, score: Scorer
    ) -> None:
        self.base = base
        self.dropped = dropped
        self.scored = scored
        self.score = score

    @classmethod
    def on(
        cls, source: pd.DataFrame | FramePatch, drop: np.ndarray, scored: np.ndarray, score: Scorer
    ) -> FramePatch:
        """*source* (a frame, or a patch not yet applied) without *drop*'s rows, *scored*'s (some of
        them) scored again by *score* — which then scores every customer the patch scores again."""
        drop = np.unique(np.asarray(drop, dtype=np.int64))
        scored = np.unique(np.asarray(scored, dtype=np.int64))
        if isinstance(source, pd.DataFrame):
            return cls(source, drop, scored, score)
        return cls(source.base, np.union1d(source.dropped, drop),
                   np.union1d(np.setdiff1d(source.scored, drop), scored), score)  # fmt: skip

    def frame(self) -> pd.DataFrame:
        """The ranked frame: score descending, then customer id; ``rank`` as ``score`` gives it.

        Made one column at a time (core.frame_arrays): a row mask, a concat and a sort of the
        whole frame each copied all of it, and held together they took four times its size at once
        (+87 MB re-scoring 10k imported customers at 100k)."""
        drop, base = self.dropped, self.base
        rows = self.score(self.scored) if len(self.scored) else base.iloc[:0]
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
