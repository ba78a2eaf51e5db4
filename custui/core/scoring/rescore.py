"""One change re-scores the customers it reaches, not the book.

After an order, a call, an edit, a delete or a restore the store reads the changed customers'
rows again; ``rescore`` puts them into the kept inputs, moves their measures in the book's
``Standing`` (R, F, M and margin are ranked against the whole book, the cn8 segments compare with
its medians), and scores again only the changed customers and those whose standing moved with
them (``Standing.moved``: customers between an old quintile bound and its new one, or between an
old median and its new one; usually nobody).  Every other customer's row depends on nothing that
changed, so the result is exactly a full ``score`` of the changed book — the tests compare the two
frame for frame.  Their new rows come back for the list to patch its own columns; the ranked frame
is put together only when read, the customers a change reached scored again then (``FramePatch``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from custui.core.memory import give_back
from custui.core.scoring.config import ScoringConfig
from custui.core.scoring.features import as_day, check_stamp, interaction_settings, order_settings
from custui.core.scoring.kept import Frames, KeptInputs
from custui.core.scoring.patch import FramePatch
from custui.core.scoring.prepared import prepare
from custui.core.scoring.result import ScoreResult
from custui.core.scoring.scorer import score_some
from custui.core.scoring.standing import Measures, Standing

#: Customers scored at once when a change reaches many: adding 10k customers to a 105k book moves its
#: quintile bounds, and ~30k customers are scored again; all at once, the scoring's working columns
#: took ~25 MB more, on top of the book the list still shows.
RESCORE_CHUNK = 4096


def _scored(
    inputs: KeptInputs,
    ids: np.ndarray,
    as_of: date,
    config: ScoringConfig,
    standing: Standing,
    columns: Sequence[str] | None = None,
) -> pd.DataFrame:
    """The score rows of the customers *ids* (ascending), ``RESCORE_CHUNK`` at a time, each chunk's
    working memory given back before the next (custui.core.memory); only *columns*, when given."""
    parts = []
    for some in np.array_split(ids, max(1, -(-len(ids) // RESCORE_CHUNK))):
        rows = score_some(*inputs.rows(some), as_of, config, standing).sort_index()
        parts.append(rows if columns is None else rows[list(columns)])
        del rows
        give_back()
    if len(parts) == 1:
        return parts[0]
    rows = pd.concat(parts)
    del parts
    give_back()
    return rows


@dataclass(frozen=True)
class Rescored:
    """The new result; the score rows of every customer whose row changed (``rows``, index
    customer_id ascending; their ``rank`` is not the book's: ``result.frame`` ranks them); the ids
    no longer scored."""

    result: ScoreResult
    rows: pd.DataFrame
    removed: np.ndarray


def rescore(
    result: ScoreResult,
    changed: Sequence[int],
    fresh: Frames,
    columns: Sequence[str] | None = None,
) -> Rescored | None:
    """*result* with the customers *changed* scored from *fresh* (their customer rows — none for a
    customer no longer scored — and their order and interaction features); the rows that come back
    hold only *columns*, when given (the list's: at 105k an import re-scores ~30k customers, whose
    ~56 columns came to ~11 MB).  None when *result* keeps no inputs (a ranking read back from the
    file)."""
    kept = result.kept_inputs()
    if kept is None:
        return None
    config, as_of = result.config, result.as_of
    t = as_day(as_of)
    check_stamp(fresh[1], t, order_settings(config), "Order features")
    check_stamp(fresh[2], t, interaction_settings(config), "Interaction features")
    ids = np.unique(np.asarray(list(changed), dtype=np.int64))
    standing = result.standing(keep=False)
    # the changed customers' own measures (their R/F/M scores here are not used)
    p = prepare(fresh[0], fresh[1], fresh[2], t, config, standing)
    if not np.isin(p.ids, ids).all():
        raise ValueError("fresh rows of a customer that did not change")
    was = ids[np.isin(ids, standing.measures.ids)]
    moved_standing = standing.updated(
        was, Measures.of(p.ids, p.has, p.recency, p.freq, p.money, p.margin, p.has_margin)
    )
    touched = np.union1d(p.ids, moved_standing.moved(standing, config))
    removed = np.setdiff1d(was, p.ids)
    del standing, p  # a standing made here (~7 MB at 105k) goes now, not after the scoring below
    inputs = kept.replacing(ids, fresh)

    def score_rows(some: np.ndarray) -> pd.DataFrame:
        return _scored(inputs, some, as_of, config, moved_standing)

    rows = _scored(inputs, touched, as_of, config, moved_standing, columns)
    # their rows are scored again when the ranked frame is read: not kept beside the list's own
    frame = FramePatch.on(result.frame_source, np.union1d(removed, touched), touched, score_rows)
    meta = {**result.meta, "n": moved_standing.n, "medians": moved_standing.medians()}
    new = ScoreResult(frame, config, as_of, meta, inputs, moved_standing)
    return Rescored(new, rows, removed)
