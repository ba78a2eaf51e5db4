"""The scored customer list held in memory: what the home list shows and sorts.

A :class:`Book` joins the scoring result (core.scoring) with the columns the
list displays, then answers "which ids, in which order" for a search, a
filter (core.query) and a sort — in pandas, so re-sorting or re-filtering
100k customers takes milliseconds and never re-reads the file.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from custui.core.scoring import (
    PRIORITY_ORDER,
    TIER_ORDER,
    Explanation,
    ScoringConfig,
    explain,
    rerank,
)
from custui.store import repo
from custui.store.book_patch import patched
from custui.store.contacts import primary_sql
from custui.store.db import Store
from custui.store.repo import ViewQuery
from custui.store.scores import PHONE_STATUS_SQL

if TYPE_CHECKING:
    from custui.core.query import TagTable
    from custui.core.scoring import ScoreResult

DISPLAY_SQL = f"""
SELECT c.id AS customer_id, c.code, c.name, c.kind, c.industry, c.size, c.region, c.city, c.country,
       {primary_sql("name")} AS contact_name, c.source, c.phone, c.email, c.grade, {PHONE_STATUS_SQL.replace("phone", "c.phone")} AS phone_status,
       {repo.TAG_LIST_SQL} AS tag_list
FROM customers c WHERE {repo.ACTIVE}
"""

DISPLAY_CHUNK = 10_000

#: Scoring columns the list displays, sorts or filters on (core.query's fields).
LIST_SCORE_COLUMNS = (
    "score", "tier", "priority", "segment", "segment_label", "group", "group_label", "rfm_cell",
    "r_score", "f_score", "m_score", "recency_days", "frequency", "monetary_minor", "churn",
    "churn_reason", "last_order", "last_contact", "next_action_due",
)  # fmt: skip

#: List sort keys → the frame column sorted on (ranked enums use their order).
SORT_COLUMNS: dict[str, str] = {
    "code": "code",
    "name": "name",
    "score": "score",
    "tier": "tier_rank",
    "priority": "priority_rank",
    "segment": "segment_label",
    "rfm": "rfm_cell",
    "recency_days": "recency_days",
    "frequency": "frequency",
    "monetary": "monetary_minor",
    "last_contact": "last_contact",
    "next_action_due": "next_action_due",
    "tags": "tags",
    "industry": "industry",
    "region": "region_city",
}


def load_display(store: Store, ids: Sequence[int] | None = None) -> pd.DataFrame:
    """The list's text columns for every active customer (of *ids*, when given), indexed by customer_id."""
    params: tuple[str, ...]
    sql, params = DISPLAY_SQL, ()
    if ids is not None:
        sql, params = f"{DISPLAY_SQL} AND c.id IN {repo.ID_LIST}", (repo.id_list(ids),)
    with store.lock:
        # in chunks: one fetch of 100k rows holds ~1.3M Python strings at once (~90 MB
        # at peak) before pandas packs them; chunks keep that transient to a few MB
        chunks = pd.read_sql_query(
            sql, store.conn, index_col="customer_id", chunksize=DISPLAY_CHUNK, params=params
        )
        frame = pd.concat(list(chunks))
    if "customer_id" in frame.columns:  # pandas leaves an empty result's index_col a column
        frame = frame.set_index("customer_id")
    tag_lists = frame.pop("tag_list").fillna("")
    frame["tag_tuple"] = [repo.split_tag_list(t) for t in tag_lists]
    frame["tags"] = [" ".join(tag.split("/", 1)[1] for tag in tags) for tags in frame["tag_tuple"]]
    frame["region_city"] = (frame["region"].fillna("") + " " + frame["city"].fillna("")).str.strip()
    return frame


class Book:
    """A scored, displayable customer list; immutable apart from re-ranking into a new Book."""

    def __init__(
        self, result: ScoreResult, display: pd.DataFrame, tags: TagTable | None = None
    ) -> None:
        self.result = result
        self._tags = tags
        # only what the list shows, sorts and filters on: a join of all ~70 scoring
        # columns would copy ~50 MB at 100k customers for nothing
        wanted = [c for c in LIST_SCORE_COLUMNS if c in result.frame.columns]
        # the display columns (Python strings) stay in their order: moving them to the ranking cost ~0.1 s
        frame = display.join(result.frame[wanted], how="inner")
        frame["tier_rank"] = frame["tier"].map({t: i for i, t in enumerate(TIER_ORDER)})
        frame["priority_rank"] = frame["priority"].map({p: i for i, p in enumerate(PRIORITY_ORDER)})
        if len(frame):
            # pandas builds an index's lookup table on first use, and two threads building it at once can
            # fail a lookup of a key that is there (KeyError in the list's preview): build it here, once
            frame.index.get_loc(frame.index[0])
        self.frame = frame
        self.display = display

    @classmethod
    def load(
        cls, store: Store, as_of: date | None = None, config: ScoringConfig | None = None
    ) -> Book:
        from custui.store.scores import score_book

        book = cls(score_book(store, as_of=as_of, config=config), load_display(store))
        book.result.standing()  # made here, in the worker: the first change re-scores at once
        return book

    @property
    def as_of(self) -> date:
        return self.result.as_of

    @property
    def config(self) -> ScoringConfig:
        return self.result.config

    def __len__(self) -> int:
        return len(self.frame)

    @property
    def tags(self) -> TagTable:
        """Every customer's tags, folded once for ``tag:`` filters (built on first use)."""
        if self._tags is None:
            from custui.core.query import tag_table

            self._tags = tag_table(self.display["tag_tuple"])
        return self._tags

    def ids(self, store: Store, query: ViewQuery) -> list[int]:
        """Customer ids for *query*, in display order.  Raises core.query.FilterError."""
        frame = self.frame
        search = query.search.strip()
        if query.filter.strip():
            from custui.core import query as filters

            flt = filters.parse(query.filter)
            frame = frame[filters.apply(frame, flt, as_of=self.as_of, tags=self.tags)]
            search = " ".join([search, *flt.text]).strip()
        if search:
            frame = frame[frame.index.isin(repo.search_ids(store, search))]
        column = SORT_COLUMNS.get(query.sort, "score")
        ordered = (
            frame[[column]]
            .assign(_id=frame.index)
            .sort_values(
                [column, "_id"],
                ascending=[not query.descending, True],
                na_position="last",
                kind="stable",
            )
        )
        order: list[int] = ordered["_id"].tolist()
        return order

    def rows(self, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
        """Display rows for the given ids (missing ids are skipped)."""
        present = [i for i in ids if i in self.frame.index]
        subset = self.frame.loc[present]
        subset = subset.astype(object).where(subset.notna(), None)  # NaN/NaT → None for display
        return {int(cid): row for cid, row in zip(subset.index, subset.to_dict("records"))}

    def name_of(self, customer_id: int) -> str:
        try:
            row = self.frame.loc[customer_id]
        except KeyError:
            return str(customer_id)
        return f"{row['code']} {row['name']}"

    def rescored(self, store: Store, customer_ids: Sequence[int]) -> Book | None:
        """This book with the customers *customer_ids* read and scored again (an order added, a call
        logged, an edit, a delete or a restore): their rows re-read, and only they — and whoever
        their change moves in the book's standing — scored again (custui.core.scoring.rescore).  The
        scores are exactly those of a full re-score from the file.  None when this book keeps no
        inputs (rebuilt from a kept ranking)."""
        from custui.core.scoring.rescore import rescore
        from custui.store.scores import load_scoring_rows

        if self.result.kept_inputs() is None:
            return None
        customers, orders, interactions = load_scoring_rows(
            store, customer_ids, self.as_of, self.config
        )
        active = customers.index
        fresh = (
            customers,
            orders[orders.index.isin(active)],
            interactions[interactions.index.isin(active)],
        )
        done = rescore(self.result, customer_ids, fresh)
        if done is None:
            return None
        fresh_display = load_display(store, customer_ids)
        same = _same_rows(self.display, fresh_display, customer_ids)
        scores = _list_columns(done.rows, self.frame.columns)
        if same:  # an order or a call: nothing shown changed
            return Book._made(
                done.result, self.display, patched(self.frame, done.removed, scores), self._tags
            )
        gone = np.setdiff1d(np.asarray(list(customer_ids), dtype=np.int64), fresh_display.index)
        display = patched(self.display, gone, fresh_display[list(self.display.columns)])
        shown = display.loc[scores.index]  # the display rows of every re-scored customer
        rows = pd.concat([shown, scores], axis=1)[list(self.frame.columns)]
        return Book._made(done.result, display, patched(self.frame, gone, rows), None)

    @classmethod
    def _made(
        cls, result: ScoreResult, display: pd.DataFrame, frame: pd.DataFrame, tags: TagTable | None
    ) -> Book:
        """A book from its parts, already joined (``rescored``)."""
        book = cls.__new__(cls)
        book.result, book.display, book.frame, book._tags = result, display, frame, tags
        if len(frame):
            frame.index.get_loc(frame.index[0])  # the index's lookup table, once (see __init__)
        return book

    def reranked(self, config: ScoringConfig) -> Book:
        """The same customers under new weights or tier bounds (no re-read)."""
        return Book(rerank(self.result, config), self.display, self._tags)

    def explain(self, customer_id: int) -> Explanation:
        return explain(self.result, customer_id)


def _same_rows(frame: pd.DataFrame, fresh: pd.DataFrame, ids: Sequence[int]) -> bool:
    """*frame* holds exactly *fresh*'s rows for *ids* (none added, none gone, none changed)."""
    wanted = [i for i in ids if i in frame.index]
    if sorted(wanted) != sorted(fresh.index.tolist()):
        return False

    def values(
        rows: pd.DataFrame,
    ) -> list[list[Any]]:  # by value: a column of the book may be wider (10000.0)
        listed: list[list[Any]] = rows.astype(object).where(rows.notna(), None).to_numpy().tolist()
        return listed

    return values(frame.loc[sorted(wanted)]) == values(fresh.loc[sorted(wanted)][frame.columns])


def _list_columns(rows: pd.DataFrame, columns: pd.Index) -> pd.DataFrame:
    """The score rows *rows* as the list's frame holds them: its score columns and enum ranks."""
    out = rows[[c for c in LIST_SCORE_COLUMNS if c in rows.columns and c in columns]].copy()
    out["tier_rank"] = out["tier"].map({t: i for i, t in enumerate(TIER_ORDER)})
    out["priority_rank"] = out["priority"].map({p: i for i, p in enumerate(PRIORITY_ORDER)})
    return out
