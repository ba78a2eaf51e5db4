"""``ScoreResult``: a scored book — the ranked frame, the settings, and what it was made from."""

from __future__ import annotations

import threading
from datetime import date
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from custui.core.scoring.config import ScoringConfig
from custui.core.scoring.kept import KeptInputs
from custui.core.scoring.patch import FramePatch

if TYPE_CHECKING:
    from custui.core.scoring.standing import Standing


class ScoreResult:
    """``frame``: one row per customer, index ``customer_id``, ranked (score desc,
    then customer_id asc); columns ``COLUMNS``.  ``meta``: N, medians used by
    the cn8 preset.  The source frames are kept (not copied) so ``rerank`` can
    fall back to a full re-score when more than weights changed, and one change
    can be re-scored alone (``custui.core.scoring.rescore``).

    A re-scored result holds its frame as a ``FramePatch`` and its sources as ``KeptInputs``:
    both are put together when first read (once, whichever thread asks)."""

    def __init__(
        self,
        frame: pd.DataFrame | FramePatch,
        config: ScoringConfig,
        as_of: date,
        meta: dict[str, Any] | None = None,
        sources: tuple[Any, ...] | KeptInputs = (),
        standing: Standing | None = None,
    ) -> None:
        self._frame = frame
        self.config = config
        self.as_of = as_of
        self.meta: dict[str, Any] = {} if meta is None else meta
        self._sources = sources
        self._standing = standing
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"ScoreResult({len(self)} customers, as of {self.as_of})"

    @property
    def frame(self) -> pd.DataFrame:
        frame = self._frame
        if isinstance(frame, FramePatch):
            with self._lock:
                if isinstance(self._frame, FramePatch):
                    self._frame = self._frame.frame()
                frame = self._frame
        assert isinstance(frame, pd.DataFrame)
        return frame

    @property
    def frame_source(self) -> pd.DataFrame | FramePatch:
        """The frame, or the patch it will be made from (``rescore`` builds on it)."""
        return self._frame

    @property
    def sources(self) -> tuple[Any, ...]:
        """(customers, order features, interaction features), or () when none are kept."""
        if isinstance(self._sources, KeptInputs):
            return self._sources.frames()
        return self._sources

    def kept_inputs(self) -> KeptInputs | None:
        """The kept sources as ``KeptInputs`` (None when this result keeps none)."""
        if isinstance(self._sources, KeptInputs):
            return self._sources
        if not self._sources:
            return None
        customers, order_feats, interaction_feats = self._sources[:3]
        return KeptInputs((customers, order_feats, interaction_feats))

    def adopt_inputs(
        self, customers: pd.DataFrame, order_feats: pd.DataFrame, interaction_feats: pd.DataFrame
    ) -> bool:
        """Keep the inputs this result was scored from, when it keeps none (a ranking read back from
        the file), so a later change re-scores its customers alone (``rescore``).  The caller vouches
        that nothing changed since the ranking was made; False, and nothing kept, when *customers*
        are not exactly the customers scored or the features were made for another day or settings."""
        from custui.core.scoring.features import (
            as_day,
            check_stamp,
            interaction_settings,
            order_settings,
        )
        from custui.core.scoring.prepared import customer_ids

        customers, ids = customer_ids(customers)
        scored = self.frame.index.to_numpy()
        if len(ids) != len(scored) or not np.array_equal(np.sort(ids), np.sort(scored)):
            return False
        t = as_day(self.as_of)
        try:
            check_stamp(order_feats, t, order_settings(self.config), "Order features")
            check_stamp(
                interaction_feats, t, interaction_settings(self.config), "Interaction features"
            )
        except ValueError:
            return False
        with self._lock:
            if not self._sources:
                self._sources = (customers, order_feats, interaction_feats)
        return True

    def standing(self, *, keep: bool = True) -> Standing:
        """The book-wide part of every score (``Standing``), made from the frame on first use; kept
        for the next call unless *keep* is False (a re-score needs it once: the new result keeps its
        own, and this one's ~7 MB at 105k go with the rest of it)."""
        found = self._standing
        if found is None:
            from custui.core.scoring.standing import Standing

            found = Standing.of_frame(self.frame)
            if keep:
                with self._lock:
                    if self._standing is None:
                        self._standing = found
                    found = self._standing
        return found

    def __len__(self) -> int:
        if self._standing is not None:
            return self._standing.n
        return len(self.frame)
