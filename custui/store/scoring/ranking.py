"""Filtering and printing a scored book."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from custui.core.scoring import ScoreResult
from custui.store.db import Store
from custui.store.scoring.customers import DETAIL_COLUMNS


def filter_ids(store: Store, result: ScoreResult, flt: Any, tags: pd.Series | None) -> pd.Index:
    """Ids of *result* matching a parsed ``core.query.Filter``: its conditions on the
    scores and customer columns, its free words through the full-text index."""
    from custui.core import query
    from custui.store import repo

    customers = result.sources[0]
    from custui.store.history import with_moved

    frame = result.frame.join(customers[[c for c in DETAIL_COLUMNS if c in customers.columns]])
    frame = with_moved(store, frame, flt.fields, result.as_of)
    mask = np.asarray(query.apply(frame, flt, as_of=result.as_of, tags=tags), dtype=bool)
    ids = frame.index[mask]
    if flt.text:
        found = repo.list_ids(store, repo.ListQuery(search=" ".join(flt.text)))
        ids = ids[ids.isin(found)]
    return ids


def ranking_lines(store: Store, result: ScoreResult, top: int) -> list[str]:
    """The first *top* customers of *result* as a plain-text table (CJK-width aware)."""
    from custui.core.text import display_safe, text_table
    from custui.store import repo

    frame = result.frame.head(top)
    names = repo.list_rows(store, [int(i) for i in frame.index])
    table = [("#", "Code", "Name", "Score", "Tier", "Pri", "Segment", "R F M", "Churn")]
    for rank, (cid, row) in enumerate(frame.iterrows(), start=1):
        info = names.get(int(cid), {})
        table.append(
            (
                str(rank),
                display_safe(info.get("code", "")),
                display_safe(info.get("name", "")),
                f"{row['score']:.1f}",
                str(row["tier"]),
                str(row["priority"]),
                display_safe(row["segment_label"]),
                f"{row['r_score']} {row['f_score']} {row['m_score']}",
                "yes" if row["churn"] else "",
            )
        )
    return text_table(table, limits=(6, 12, 32, 5, 9, 3, 26, 5, 5), right={0, 3})
