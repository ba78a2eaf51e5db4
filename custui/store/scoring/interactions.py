"""Interaction features from SQLite, read from the few rows that can change them."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pandas as pd

from custui.core.scoring import DEFAULT_CONFIG, ScoringConfig, interaction_features
from custui.core.scoring.features import day_numbers, interaction_settings
from custui.store.db import Store, StoreError
from custui.store.scoring.days import leading_days
from custui.store.scoring.packed import _ROW, _SEP, _iso, _read, _stamped

#: Rows inside the sentiment window (interactions_scoring_time, schema V4).
WINDOW_SQL = """
SELECT id, customer_id, occurred_at, ifnull(sentiment, '') AS sentiment
FROM interactions INDEXED BY interactions_scoring_time
WHERE deleted_at IS NULL AND occurred_at >= :window_start AND occurred_at < :next_day
"""
#: Open next actions, any age (interactions_open_scoring, schema V4).
OPEN_SQL = """
SELECT id, customer_id, occurred_at, next_action_due FROM interactions INDEXED BY interactions_open_scoring
WHERE done = 0 AND next_action_due IS NOT NULL AND deleted_at IS NULL AND occurred_at < :next_day
"""
#: Each customer's latest contact: one seek per customer, in id order, into
#: interactions_scoring_customer (V4) — 154 ms at 100k customers / 1M
#: interactions, where a GROUP BY over the whole index takes 271 ms.
LATEST_SQL = """
SELECT c.id AS customer_id,
       ifnull((SELECT max(occurred_at) FROM interactions i INDEXED BY interactions_scoring_customer
               WHERE i.customer_id = c.id AND i.deleted_at IS NULL AND i.occurred_at < :next_day), '') AS latest
FROM customers c NOT INDEXED
"""


def load_interaction_features(
    store: Store, as_of: date, config: ScoringConfig = DEFAULT_CONFIG
) -> pd.DataFrame:
    """``interaction_features`` of every non-deleted interaction, from the few rows that matter.

    The same frame, exactly: every feature but last_contact and
    next_action_due reads only the sentiment window, and next_action_due only
    open rows, so ``interaction_features`` runs on those (~80k of 1M rows);
    customers silent during the whole window then get their latest contact
    day from LATEST_SQL (a row of zeros when that is all they have)."""
    params = {
        "next_day": _iso(as_of + timedelta(days=1)),
        "window_start": _iso(as_of - timedelta(days=config.sentiment.window_days - 1)),
    }
    w_id, w_cid, w_at, w_sentiment = _read(store, WINDOW_SQL, params, {**_ROW, "sentiment": "text"})
    o_id, o_cid, o_at, o_due = _read(
        store, OPEN_SQL, {"next_day": params["next_day"]}, {**_ROW, "next_action_due": "text"}
    )
    l_cid, l_at = _read(
        store,
        LATEST_SQL,
        {"next_day": params["next_day"]},
        {"customer_id": "int", "latest": "text"},
    )
    start = params["window_start"]
    silent = [n for n, text in enumerate(l_at) if text and text < start]  # no contact in the window
    l_cid, l_at = l_cid[silent], [l_at[n] for n in silent]

    # open actions inside the window lend their due date to the window row;
    # older ones join as rows of their own (only their day and due date matter)
    due = np.full(len(w_id), None, dtype=object)
    pos = pd.Index(w_id).get_indexer(o_id) if len(w_id) else np.full(len(o_id), -1)
    inside = pos >= 0
    o_due_arr = np.array(o_due, dtype=object)
    due[pos[inside]] = o_due_arr[inside]
    before = ~inside
    sentiment = np.array(w_sentiment, dtype=object)
    sentiment[sentiment == ""] = None
    rows = pd.DataFrame(
        {
            "id": np.concatenate([w_id, o_id[before]]),
            "customer_id": np.concatenate([w_cid, o_cid[before]]),
            "occurred_at": np.concatenate(
                [np.array(w_at, dtype=object), np.array(o_at, dtype=object)[before]]
            ),
            "sentiment": np.concatenate(
                [sentiment, np.full(int(before.sum()), None, dtype=object)]
            ),
            "next_action_due": np.concatenate([due, o_due_arr[before]]),
        }
    )
    try:
        frame = interaction_features(rows, as_of, config)
        if len(l_cid):
            frame = _with_latest(frame, l_cid, l_at)
    except ValueError:
        raise StoreError(
            "An interaction date is not a valid YYYY-MM-DD date; fix it and score again."
        ) from None
    return _stamped(frame, as_of, interaction_settings(config))


def _with_latest(frame: pd.DataFrame, cid: np.ndarray, texts: list[str]) -> pd.DataFrame:
    """Set last_contact of customers silent during the window (adding their rows)."""
    day = leading_days(_SEP.join(texts), len(texts), _SEP)
    if day is None:
        day, missing = day_numbers(pd.Series(texts, dtype=object))
        if missing.any():
            raise ValueError("every interaction needs a date")
    last = day.astype("datetime64[D]").astype("datetime64[s]")
    pos = frame.index.get_indexer(cid)
    known = pos >= 0
    attrs = dict(frame.attrs)
    if known.any():  # open actions from before the window put them in the frame already
        frame = frame.copy()
        values = frame["last_contact"].to_numpy(copy=True)
        values[pos[known]] = last[known]
        frame["last_contact"] = values
    new = ~known
    if new.any():
        n = int(new.sum())
        zeros = np.zeros(n, dtype=np.int64)
        extra = pd.DataFrame(
            {
                "last_contact": last[new],
                "contacts_window": zeros,
                "sentiment_n": zeros,
                "sentiment_score": np.full(n, np.nan),
                "recent_rated": zeros,
                "recent_negatives": zeros,
                "next_action_due": np.full(n, np.datetime64("NaT"), dtype="datetime64[s]"),
            },
            index=pd.Index(cid[new], name="customer_id"),
        )
        frame = extra if len(frame) == 0 else pd.concat([frame, extra]).sort_index(kind="stable")
    frame.attrs = attrs
    return frame
