"""The scored customer list held in memory: what the home list shows and sorts.

A :class:`Book` joins the scoring result (core.scoring) with the columns the
list displays, then answers "which ids, in which order" for a search, a
filter (core.query) and a sort — in pandas, so re-sorting or re-filtering
100k customers takes milliseconds and never re-reads the file.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from custui.core.id_positions import inner_joined
from custui.core.scoring import (
    PRIORITY_ORDER,
    TIER_ORDER,
    Explanation,
    ScoringConfig,
    explain,
    rerank,
)
from custui.store import repo
from custui.store.book_order import Order
from custui.store.book_patch import PendingFrame, part, patched
from custui.store.contacts import primary_sql
from custui.store.db import Store, StoreError
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


class ReadCancelled(Exception):
    """A long read stopped between two of its chunks: whoever asked no longer wants it (the app quits,
    and would otherwise wait for it: at 100k the list's text columns take ~1.5 s)."""


def _never() -> bool:
    return False


def _until(chunks: Iterable[pd.DataFrame], cancelled: Callable[[], bool]) -> Iterator[pd.DataFrame]:
    for chunk in chunks:
        if cancelled():
            raise ReadCancelled
        yield chunk


#: Books of at least this many customers read the inputs they keep in a process of their own.
INPUTS_APART_FROM = 10_000
#: How often a read apart asks whether it is still wanted (seconds).
READ_POLL = 0.1

Inputs = tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]


def read_inputs(
    store: Store,
    as_of: date,
    config: ScoringConfig,
    *,
    apart: bool,
    cancelled: Callable[[], bool] = _never,
) -> Inputs:
    """The customers, order features and interaction features scoring reads (without details or
    tags), as :func:`custui.store.scoring.load.load_scoring_inputs` reads them.  With *apart*, for a
    plain book, read in a process of its own (it dies with this one) and sent back: at 100k the read
    makes and lets go of ~90 MB for ~35 MB kept, and the app's heaps would keep that peak for good.
    An encrypted book is read here: its passphrase never leaves this process.  Apart, *cancelled* is
    asked while the inputs are awaited (:class:`ReadCancelled`, and the process is ended).  Where no
    process can start, read here."""
    if not apart or store.encrypted:
        return _read_inputs(store, as_of, config)
    import multiprocessing
    import os
    import pickle

    from custui.core.parallel import CannotStartApart, start_apart

    stream, stream_in = multiprocessing.get_context("spawn").Pipe(duplex=False)
    try:
        process = start_apart(_read_inputs_here, str(store.path), as_of, config, stream_in)
    except CannotStartApart:
        stream.close()
        return _read_inputs(store, as_of, config)
    finally:
        stream_in.close()
    try:
        while not stream.poll(READ_POLL):  # the end of the pipe, too, counts as something to read
            if cancelled():
                raise ReadCancelled
        with os.fdopen(os.dup(stream.fileno()), "rb") as sent:
            outcome, value = pickle.load(sent)  # our own child, over our own pipe
    except (EOFError, pickle.UnpicklingError) as exc:
        raise StoreError(f"reading the scoring inputs ended unexpectedly ({exc!r})") from exc
    finally:
        stream.close()
        if process.is_alive():
            process.kill()
        process.join()
    if outcome != "read":
        raise StoreError(value)
    inputs: Inputs = value
    return inputs


def _read_inputs(store: Store, as_of: date, config: ScoringConfig) -> Inputs:
    """:func:`read_inputs` in this process."""
    from custui.store.scoring.load import load_scoring_inputs

    read = load_scoring_inputs(store, as_of, config, details=False, tags=False)
    return read.customers, read.order_feats, read.interaction_feats


def _read_inputs_here(path: str, as_of: date, config: ScoringConfig, stream: Any) -> None:
    """The process of :func:`read_inputs`: reads the book at *path* (read-only), sends the inputs down
    *stream* (or the error that stopped it)."""
    import os
    import pickle
    from pathlib import Path

    from custui.core.memory import keep_large_arrays_apart
    from custui.store.db import open_store

    keep_large_arrays_apart()
    outcome: tuple[str, Any]
    try:
        store = open_store(Path(path), read_only=True)
        # consolidated here (a copy): the app's first re-score would otherwise consolidate them in
        # place, ~6 MB more at 105k when memory is at its highest (custui.core.scoring.kept._pick)
        customers, orders, interactions = _read_inputs(store, as_of, config)
        outcome = ("read", (customers.copy(), orders.copy(), interactions.copy()))
        store.close()
    except Exception as exc:  # noqa: BLE001 - the caller raises it
        outcome = ("failed", f"{type(exc).__name__}: {exc}")
    with os.fdopen(os.dup(stream.fileno()), "wb") as out:
        pickle.dump(outcome, out, protocol=pickle.HIGHEST_PROTOCOL)


def load_display(
    store: Store, ids: Sequence[int] | None = None, *, cancelled: Callable[[], bool] = _never
) -> pd.DataFrame:
    """The list's text columns for every active customer (of *ids*, when given), indexed by customer_id.
    :class:`ReadCancelled` when *cancelled* says so between two chunks."""
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
        frame = pd.concat([_packed(chunk) for chunk in _until(chunks, cancelled)])
    if "customer_id" in frame.columns:  # pandas leaves an empty result's index_col a column
        frame = frame.set_index("customer_id")
    tag_tuple, tags = _tag_columns(frame.pop("tag_list").fillna("").tolist())
    frame["tag_tuple"], frame["tags"] = tag_tuple, tags
    frame["region_city"] = (frame["region"].fillna("") + " " + frame["city"].fillna("")).str.strip()
    return frame


#: Arrow-backed text with NaN for missing (pandas 3's default ``str``): a column of 100k names is one
#: buffer, not 100k Python objects, and missing values compare False as NaN did in object columns.
TEXT = pd.StringDtype("pyarrow", na_value=np.nan)


def _packed(chunk: pd.DataFrame) -> pd.DataFrame:
    """A chunk's text columns as ``TEXT`` (its tag list stays Python text: _tag_columns splits it), in a
    frame of its own.  pandas reads every text column of the chunk into one 2-D block of Python strings;
    a column replaced in place leaves the block, but the tag list left in it is a view of it and keeps
    every string of the chunk alive until the chunks are joined: at 100k ~100 MB more at the peak of
    the list's first read.  The tag list is copied out, and the block goes with the chunk."""
    return pd.DataFrame(
        {
            column: values.astype(TEXT)
            if column != "tag_list" and values.dtype == object
            else values.to_numpy(copy=True)
            for column, values in chunk.items()
        },
        index=chunk.index,
    )


def _tag_columns(tag_lists: list[str]) -> tuple[list[tuple[str, ...]], list[str]]:
    """Each customer's tags ("category/name", …) and their names as one text, from TAG_LIST_SQL's
    column.  Customers with the same tags share one tuple and one text, made once: at 100k a tuple
    of new strings per customer held ~90 MB for a few hundred distinct tags."""
    made: dict[str, tuple[tuple[str, ...], str]] = {}
    tuples: list[tuple[str, ...]] = []
    texts: list[str] = []
    for tag_list in tag_lists:
        both = made.get(tag_list)
        if both is None:
            tags = repo.split_tag_list(tag_list)
            both = made[tag_list] = (tags, " ".join(tag.split("/", 1)[1] for tag in tags))
        tuples.append(both[0])
        texts.append(both[1])
    return tuples, texts


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
        frame = inner_joined(display, result.frame, wanted)  # no lookup table left on either index
        frame["tier_rank"] = frame["tier"].map({t: i for i, t in enumerate(TIER_ORDER)})
        frame["priority_rank"] = frame["priority"].map({p: i for i, p in enumerate(PRIORITY_ORDER)})
        if len(frame):
            # pandas builds an index's lookup table on first use, and two threads building it at once can
            # fail a lookup of a key that is there (KeyError in the list's preview): build it here, once
            frame.index.get_loc(frame.index[0])
        self._frame: pd.DataFrame | None = frame
        self._display: pd.DataFrame | None = display
        self._pending: PendingFrame | None = None
        self._display_columns = display.columns
        self._columns = frame.columns
        self._aligned = frame.index.equals(display.index)
        self._orders: dict[tuple[str, bool], Order | None] = {}
        self._lock = threading.Lock()
        #: the moved:/was: filters' columns, by the snapshot they compare with (store.history.with_moved)
        self._history: dict[date, pd.DataFrame] = {}

    @classmethod
    def load(
        cls,
        store: Store,
        as_of: date | None = None,
        config: ScoringConfig | None = None,
        *,
        display: pd.DataFrame | None = None,
    ) -> Book:
        """Score the book from the file.  *display*: the list columns, when the caller holds them as
        the file has them now (a new day's ranking: the customers are as they were)."""
        from custui.store.scores import score_book

        result = score_book(store, as_of=as_of, config=config)
        book = cls(result, load_display(store) if display is None else display)
        book.result.standing()  # made here, in the worker: the first change re-scores at once
        return book

    @property
    def frame(self) -> pd.DataFrame:
        """Every customer of the list: display and score columns, index customer_id."""
        if self._frame is None:
            with self._lock:
                if self._frame is None:
                    assert self._pending is not None
                    frame = self._pending.made()
                    if len(frame):
                        frame.index.get_loc(frame.index[0])  # its lookup table, once (see __init__)
                    self._display = part(frame, self._display_columns)
                    self._frame, self._pending = frame, None
        return self._frame

    @property
    def display(self) -> pd.DataFrame:
        """The display columns of ``frame`` (sharing its arrays)."""
        if self._display is None:
            _ = self.frame
        assert self._display is not None
        return self._display

    @property
    def as_of(self) -> date:
        return self.result.as_of

    @property
    def config(self) -> ScoringConfig:
        return self.result.config

    def __len__(self) -> int:
        pending = self._pending
        return pending.size if pending is not None and self._frame is None else len(self.frame)

    @property
    def tags(self) -> TagTable:
        """Every customer's tags, folded once for ``tag:`` filters (built on first use)."""
        if self._tags is None:
            from custui.core.query import tag_table

            self._tags = tag_table(self.display["tag_tuple"])
        return self._tags

    def ids(self, store: Store, query: ViewQuery) -> list[int]:
        """Customer ids for *query*, in display order.  Raises core.query.FilterError."""
        column = SORT_COLUMNS.get(query.sort, "score")
        if not query.search.strip() and not query.filter.strip():
            kept = self._order(column, query.descending)
            if kept is not None:  # the whole list, by a column kept in order (score…)
                return kept.id_list()
        frame = self.frame
        search = query.search.strip()
        if query.filter.strip():
            from custui.core import query as filters
            from custui.store.history import with_moved

            flt = filters.parse(query.filter)
            frame = with_moved(store, frame, flt.fields, self.as_of, self._history)
            frame = frame[filters.apply(frame, flt, as_of=self.as_of, tags=self.tags)]
            search = " ".join([search, *flt.text]).strip()
        if search:
            frame = frame[frame.index.isin(repo.search_ids(store, search))]
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

    def _order(self, column: str, descending: bool) -> Order | None:
        """The whole list by *column* (``Order``), sorted on first use; None when not kept."""
        key = (column, descending)
        if key not in self._orders:
            self._orders[key] = Order.of(
                self.frame.index.to_numpy(dtype=np.int64), self.frame[column], descending
            )
        return self._orders[key]

    def rows(self, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
        """Display rows for the given ids (missing ids are skipped)."""
        subset = self._rows_of(ids)
        subset = subset.astype(object).where(subset.notna(), None)  # NaN/NaT → None for display
        return {int(cid): row for cid, row in zip(subset.index, subset.to_dict("records"))}

    def name_of(self, customer_id: int) -> str:
        rows = self.rows([customer_id])
        if customer_id not in rows:
            return str(customer_id)
        return f"{rows[customer_id]['code']} {rows[customer_id]['name']}"

    def keep_inputs(
        self,
        store: Store,
        changes: int,
        *,
        apart_from: int = INPUTS_APART_FROM,
        cancelled: Callable[[], bool] = _never,
    ) -> bool:
        """Read the scoring inputs of a book rebuilt from the kept ranking (which keeps none), so the
        next change re-scores its customers alone (``rescored``) instead of scoring a second book
        beside this one.  Only while the file is still as the ranking was made (at change count
        *changes*, before and after the read); True when the book keeps its inputs now.  A plain book of
        *apart_from* customers or more is read in a process of its own (:func:`read_inputs`), and given
        up when *cancelled* says so."""
        from custui.store.score_cache import change_count

        if self.result.kept_inputs() is not None:
            return True
        if change_count(store) != changes:
            return False
        try:
            customers, order_feats, interaction_feats = read_inputs(
                store, self.as_of, self.config, apart=len(self) >= apart_from, cancelled=cancelled
            )
        except (StoreError, ReadCancelled):  # the next change scores the whole book, as before
            return False
        if change_count(store) != changes:
            return False
        return self.result.adopt_inputs(customers, order_feats, interaction_feats)

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
        done = rescore(
            self.result, customer_ids, fresh, [c for c in LIST_SCORE_COLUMNS if c in self._columns]
        )
        if done is None:
            return None
        result, removed = done.result, done.removed
        scores = _list_columns(done.rows, self._columns)
        del done  # its rows, now in scores
        fresh_display = load_display(store, customer_ids)
        shown = self._rows_of(customer_ids)
        same = _same_rows(shown[self._display_columns], fresh_display, customer_ids)
        gone = np.union1d(
            removed,
            np.setdiff1d(np.asarray(list(customer_ids), dtype=np.int64), fresh_display.index),
        )
        orders = {
            (column, descending): order.moved(
                np.union1d(gone, scores.index), scores.index.to_numpy(), scores[column].to_numpy(), descending
            )
            for (column, descending), order in list(self._orders.items())  # ids() may add one meanwhile
            if order is not None
        }  # fmt: skip
        if not self._aligned:  # a customer shown but not scored: join again
            if same:
                return Book(result, self.display)
            added = fresh_display[~fresh_display.index.isin(self.display.index)]
            kept = fresh_display.loc[fresh_display.index.difference(added.index)]
            display = patched(self.display, gone, added[list(self.display.columns)], kept)
            return Book(result, display)
        back = fresh_display[~fresh_display.index.isin(shown.index)]  # restored
        empty = shown.iloc[:0]
        added = back.join(scores.loc[back.index])[list(self._columns)] if len(back) else empty
        changes: tuple[pd.DataFrame, ...] = (scores,)
        if not same:  # an edit: its shown columns too
            edited = fresh_display.loc[fresh_display.index.difference(back.index)]
            changes = (edited[list(self._display_columns)], scores.drop(index=back.index))
        tags = self._tags if same else None
        if not len(gone) and not len(back) and self._pending is None:  # no row comes or goes
            frame = patched(self.frame, gone, empty, *changes)
            display = self.display if same else part(frame, self._display_columns)
            return Book._made(result, display, frame, tags, orders)
        book = Book._made(result, None, None, tags, orders, self._display_columns, self._columns)
        with self._lock:  # not while another thread makes this book's frame (that spends it)
            pending = self._pending if self._frame is None else None
            if pending is not None:
                book._pending = pending.then(gone, added, changes)
        if pending is None:
            book._pending = PendingFrame(self.frame, gone[:0], empty, ()).then(gone, added, changes)
        return book

    def _rows_of(self, ids: Sequence[int]) -> pd.DataFrame:
        """The frame's rows of those of *ids* it holds, in their order, without making a pending frame
        (read under the book's lock: a thread making the frame spends the pending one)."""
        if self._frame is None:
            with self._lock:
                pending = self._pending if self._frame is None else None
                if pending is not None:
                    return pending.rows(list(ids))
        frame = self.frame
        return frame.loc[[i for i in ids if i in frame.index]]

    @classmethod
    def _made(
        cls,
        result: ScoreResult,
        display: pd.DataFrame | None,
        frame: pd.DataFrame | None,
        tags: TagTable | None,
        orders: dict[tuple[str, bool], Order | None],
        display_columns: pd.Index | None = None,
        columns: pd.Index | None = None,
    ) -> Book:
        """A book from its parts, already joined (or pending), and the orders kept (``rescored``)."""
        book = cls.__new__(cls)
        book.result, book._display, book._frame, book._tags = result, display, frame, tags
        book._pending, book._lock, book._aligned = None, threading.Lock(), True
        book._history = {}  # the moved:/was: columns compare *these* scores: made again on use
        book._display_columns = display.columns if display is not None else display_columns
        book._columns = frame.columns if frame is not None else columns
        book._orders = {key: order for key, order in orders.items() if order is not None}
        if frame is not None and len(frame):
            frame.index.get_loc(frame.index[0])  # the index's lookup table, once (see __init__)
        return book

    def reranked(self, config: ScoringConfig) -> Book:
        """The same customers under new weights or tier bounds (no re-read)."""
        return Book(rerank(self.result, config), self.display, self._tags)

    def explain(self, customer_id: int) -> Explanation:
        return explain(self.result, customer_id)


def _same_rows(shown: pd.DataFrame, fresh: pd.DataFrame, ids: Sequence[int]) -> bool:
    """*shown* (the book's rows of *ids* it holds) holds exactly *fresh*'s rows (none added, none
    gone, none changed)."""
    if sorted(shown.index.tolist()) != sorted(fresh.index.tolist()):
        return False

    def values(
        rows: pd.DataFrame,
    ) -> list[list[Any]]:  # by value: a column of the book may be wider (10000.0)
        listed: list[list[Any]] = rows.astype(object).where(rows.notna(), None).to_numpy().tolist()
        return listed

    order = sorted(shown.index.tolist())
    return values(shown.loc[order]) == values(fresh.loc[order][shown.columns])


def _list_columns(rows: pd.DataFrame, columns: pd.Index) -> pd.DataFrame:
    """The score rows *rows* as the list's frame holds them: its score columns and enum ranks."""
    out = rows[[c for c in LIST_SCORE_COLUMNS if c in rows.columns and c in columns]].copy()
    out["tier_rank"] = out["tier"].map({t: i for i, t in enumerate(TIER_ORDER)})
    out["priority_rank"] = out["priority"].map({p: i for i, p in enumerate(PRIORITY_ORDER)})
    return out
