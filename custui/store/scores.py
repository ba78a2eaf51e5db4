"""The store feeds the scoring core: per-customer features read straight from SQLite.

``custui.core.scoring.features`` defines the feature frames (and computes them
from raw rows); this module produces *exactly the same frames* (tests compare
them frame for frame) without loading a million orders into pandas.  Measured
at 100k customers / 1M orders / 1M interactions on a 2-core VM, a full
re-score from the file (``score_book``) takes ~1.15 s, where reading the raw
orders alone would cost ~1.2 s.

* **Orders** — one ``GROUP BY customer_id`` pass over the partial covering
  index ``orders_scoring`` (schema V4): counts and window sums in SQL, plus
  ``group_concat(ordered_at)``, whose first ten characters per order numpy
  parses (bytes → day numbers, ~30 ms for 1M) for first/last order, distinct
  order days and the gap statistics.
* **Interactions** — only the rows that can change a feature: the sentiment
  window and open next actions go through ``interaction_features`` (~80k of
  1M rows); customers silent during the window get their latest contact from
  one index seek per customer (interactions_scoring_customer).
* **Packing** — each read returns *one* row: its columns ``group_concat``-ed
  into a few long strings that numpy splits.  Building 100k Python tuples
  would cost more than the query itself.
* **Two connections** — the order read runs on a second, read-only
  connection in a thread while this one reads customers and interactions
  (SQLite releases the GIL; ~0.25 s saved at 1M orders).  One packed row per
  read matters here too: with 100k rows the two threads would hand the GIL
  back and forth per row and gain nothing.
* Day tests compare ISO text (``ordered_at < '2026-01-01'``): for text that
  starts with ``YYYY-MM-DD`` this is the contract's "first ten characters"
  rule, and it keeps SQLite on the indexes.  A date that is not plain ISO
  sends the order read down the reference path (raw rows →
  ``order_features``), which names the offending order.  A malformed date
  whose text sorts after the as-of day is taken for a future order and
  ignored.

Only active customers (not deleted, not merged away) are scored; deleted
orders and interactions, and those of other customers, are left out.  Money
is each order's amount in the base currency (``amount_base_minor``, schema
v7); an order whose currency has no rate adds 0 (store.rates.unconverted
names them, so the screens can say so).
"""

from __future__ import annotations

import threading
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import numpy as np
import pandas as pd

from custui.core.scoring import (
    DEFAULT_CONFIG,
    ConfigError,
    ScoreResult,
    ScoringConfig,
    interaction_features,
    order_features,
    score,
)
from custui.core.scoring.features import (
    as_day,
    day_numbers,
    gap_stats,
    interaction_settings,
    order_settings,
)
from custui.store import cipher
from custui.store.db import DEFAULT_BUSY_TIMEOUT_MS, Store, StoreError

#: settings key of the scoring configuration (versioned JSON, ScoringConfig.to_json).
from custui.store.score_cache import SCORING_KEY

ACTIVE = "deleted_at IS NULL AND merged_into IS NULL"

RATING_COLUMNS = ("need_match", "growth_potential", "win_likelihood", "strategic")
#: What the filter language (core.query) and the export read besides the scores.
DETAIL_COLUMNS = (
    "code", "name", "kind", "industry", "region", "city", "country", "contact_name", "source", "grade", "created_at",
    "phone_status",
)  # fmt: skip
#: Every person's name (the filter contact:王 finds a customer by any of its people), primary first.
CONTACT_NAMES_SQL = (
    "(SELECT group_concat(p.name, ' ') FROM (SELECT name FROM contacts WHERE customer_id = customers.id "
    "AND deleted_at IS NULL ORDER BY is_primary DESC, id) p)"
)
#: "none" (no phone), "invalid" (kept as typed: some number not understood) or "ok": the phone: filter.
PHONE_STATUS_SQL = "CASE WHEN trim(ifnull(phone, '')) = '' THEN 'none' WHEN phone_invalid THEN 'invalid' ELSE 'ok' END"


class ScoringSettingsError(StoreError):
    """The saved scoring settings cannot be used (message names the problem)."""


@dataclass(frozen=True)
class ScoringInputs:
    """Everything ``score`` needs, read from one file for one as-of day.

    ``customers``: index ``customer_id``; the rating columns, plus code, name,
    kind, industry, region, city, grade and created_at unless read without
    details.  ``tags``: index ``customer_id`` → tuple of ``"category/name"``
    (sorted; customers without tags are absent), or None when not read.
    """

    customers: pd.DataFrame
    order_feats: pd.DataFrame
    interaction_feats: pd.DataFrame
    tags: pd.Series | None
    as_of: date
    config: ScoringConfig


# --------------------------------------------------------------------------- settings


def load_scoring_config(store: Store) -> ScoringConfig:
    """The saved configuration, or DEFAULT_CONFIG when none was saved."""
    rows = store.query("SELECT value FROM settings WHERE key = ?", (SCORING_KEY,))
    if not rows:
        return DEFAULT_CONFIG
    try:
        return ScoringConfig.from_json(rows[0]["value"])
    except ConfigError as err:
        raise ScoringSettingsError(f"The saved scoring settings cannot be used: {err}") from None


def save_scoring_config(store: Store, config: ScoringConfig) -> None:
    """Validate and save; raises ConfigError (plain words) and saves nothing when invalid.

    Written with ``to_json`` (not ``settings.put_setting``, which sorts keys):
    the order of dimensions and inputs is their display order.
    """
    config.validate()
    text = config.to_json()
    with store.transaction() as conn:
        conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (SCORING_KEY, text),
        )


# --------------------------------------------------------------------------- reading


_SEP = "\x1f"  # unit separator: never in a date, code or sentiment


def _packed_sql(inner: str, columns: tuple[str, ...]) -> str:
    """One row for the whole result of *inner*: its row count, then each column
    packed into one text (ints ","-separated, text unit-separated).

    Turning 100k rows into Python tuples costs more than the query (~0.2 s for
    the order aggregate); unpacking a few long strings in numpy costs ~20 ms.
    Every column must be non-NULL (group_concat skips NULLs).  All the
    group_concats step through the same rows, so the columns stay aligned."""
    packs = ", ".join(
        f"group_concat({c[1:]}, char(31))" if c.startswith("$") else f"group_concat({c}, ',')"
        for c in columns
    )
    return f"SELECT count(*), {packs} FROM ({inner})"


def _packed(
    store: Store, inner: str, params: Any, columns: tuple[str, ...]
) -> tuple[int, list[str]]:
    """(row count, packed texts) of ``_packed_sql``; a name starting with "$" is text."""
    row = store.tuples(_packed_sql(inner, columns), params)[0]
    return row[0], [t or "" for t in row[1:]]


def _ints(text: str, n: int) -> np.ndarray | None:
    """n integers from ","-separated text, or None when it is anything else."""
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        try:
            values = np.fromstring(text, dtype=np.int64, sep=",")
        except (ValueError, DeprecationWarning):
            return None
    return values if len(values) == n else None


def _texts(text: str, n: int) -> list[str] | None:
    if n == 0:
        return []
    values = text.split(_SEP)
    return values if len(values) == n else None


def _iso(day: date) -> str:
    return day.isoformat()


def _stamped(frame: pd.DataFrame, as_of: date, settings: dict[str, Any]) -> pd.DataFrame:
    frame.attrs["scoring"] = {"as_of_day": as_day(as_of), **settings}
    return frame


class _BackgroundRead:
    """One packed read on a second, read-only connection in a thread, so the order
    aggregate (SQLite releases the GIL while it works) overlaps the reads of
    customers and interactions on the store's connection.

    Runs on the store's own connection instead inside a write transaction (a
    second connection would not see its uncommitted rows) or when a second
    connection cannot be opened.
    """

    def __init__(self, store: Store, sql: str, params: Any) -> None:
        self._store, self._sql, self._params = store, sql, params
        self._row: tuple[Any, ...] | None = None
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None
        if PARALLEL_READS and not store.conn.in_transaction:
            self._thread = threading.Thread(
                target=self._run, name="custui-scoring-read", daemon=True
            )
            self._thread.start()

    def _run(self) -> None:
        try:
            conn = self._store.connect(read_only=True, busy_timeout_ms=DEFAULT_BUSY_TIMEOUT_MS)
            try:
                self._row = conn.execute(self._sql, self._params).fetchone()
            finally:
                conn.close()
        except BaseException as exc:  # noqa: BLE001 - reported (or retried) by result()
            self._error = exc

    def result(self) -> tuple[Any, ...]:
        if self._thread is not None:
            self._thread.join()
            if self._row is not None:
                return self._row
            if self._error is not None and not isinstance(self._error, cipher.Error):
                raise self._error
        return self._store.tuples(self._sql, self._params)[0]  # here, on the store's connection


#: Read orders on a second connection while customers and interactions are read.
PARALLEL_READS = True


# --------------------------------------------------------------------------- customers and tags

_RATING_SQL = {c: f"CASE WHEN {c} IN (1, 2, 3, 4, 5) THEN {c} END" for c in RATING_COLUMNS}


def load_customers(
    store: Store, *, details: bool = True, ids: Sequence[int] | None = None
) -> pd.DataFrame:
    """Active customers (of *ids*, when given), index ``customer_id`` (ascending): the ratings (nullable
    Int64; anything but 1–5 reads as not rated, as ``score`` treats it) and,
    with *details*, DETAIL_COLUMNS (code, name, kind, industry, region, city,
    contact_name, source, grade, created_at)."""
    from custui.store.repo import ID_LIST, id_list

    # NOT INDEXED: the partial name index would make this a name-ordered walk
    # with a table seek per customer (452 -> 294 ms at 100k).
    params: tuple[str, ...]
    if ids is not None:
        source, params = (
            f"FROM customers WHERE {ACTIVE} AND id IN {ID_LIST} ORDER BY id",
            (id_list(ids),),
        )
    else:
        source, params = f"FROM customers NOT INDEXED WHERE {ACTIVE} ORDER BY id", ()
    if not details and ids is None:
        inner = (
            "SELECT id, "
            + ", ".join(f"ifnull({_RATING_SQL[c]}, 0) AS {c}" for c in RATING_COLUMNS)
            + f" {source}"
        )
        n, packs = _packed(store, inner, (), ("id", *RATING_COLUMNS))
        arrays = [_ints(t, n) for t in packs]
        if all(a is not None for a in arrays):
            data: dict[str, Any] = {
                c: pd.arrays.IntegerArray(a, a == 0) for c, a in zip(RATING_COLUMNS, arrays[1:])
            }
            return pd.DataFrame(
                data, index=pd.Index(arrays[0], name="customer_id"), columns=list(RATING_COLUMNS)
            )
    columns = RATING_COLUMNS + (DETAIL_COLUMNS if details else ())
    computed = {**_RATING_SQL, "phone_status": PHONE_STATUS_SQL, "contact_name": CONTACT_NAMES_SQL}
    select = ", ".join(f"{computed[c]} AS {c}" if c in computed else c for c in columns)
    rows = store.tuples(f"SELECT id, {select} {source}", params)
    values = list(zip(*rows)) if rows else [()] * (len(columns) + 1)
    data = {}
    for name, column in zip(columns, values[1:]):
        data[name] = (
            _int_or_null(column) if name in RATING_COLUMNS else np.array(column, dtype=object)
        )
    index = pd.Index(np.array(values[0], dtype=np.int64), name="customer_id")
    return pd.DataFrame(data, index=index, columns=list(columns))


def load_tags(store: Store) -> pd.Series:
    """customer_id → tuple of "category/name" (sorted), for customers that have tags."""
    rows = store.tuples(
        "SELECT ct.customer_id, group_concat(t.category || '/' || t.name, char(31)) "
        "FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id GROUP BY ct.customer_id",
    )
    ids = np.array([r[0] for r in rows], dtype=np.int64)
    tags = [tuple(sorted(r[1].split(_SEP))) for r in rows]
    return pd.Series(tags, index=pd.Index(ids, name="customer_id"), dtype=object, name="tags")


# --------------------------------------------------------------------------- order features

#: One row per customer over the covering index orders_scoring (schema V4).
ORDER_GROUPS_SQL = """
SELECT customer_id,
       count(*) AS n,
       sum(ordered_at >= :window_start) AS n_window,
       ifnull(sum(CASE WHEN ordered_at >= :window_start THEN amount_base_minor ELSE 0 END), 0) AS amount_window,
       sum(CASE WHEN ordered_at >= :window_start THEN margin_base_minor END) AS margin_window,
       ifnull(sum(CASE WHEN ordered_at >= :recent_start THEN amount_base_minor ELSE 0 END), 0) AS amount_recent,
       ifnull(sum(CASE WHEN ordered_at >= :prior_start AND ordered_at < :recent_start THEN amount_base_minor ELSE 0 END), 0)
           AS amount_prior,
       group_concat(ordered_at, ',') AS days
FROM orders INDEXED BY orders_scoring
WHERE deleted_at IS NULL AND ordered_at < :next_day
GROUP BY customer_id
"""
ORDER_PACKS = (
    "customer_id", "n", "n_window", "amount_window", "ifnull(margin_window, 0)", "margin_window IS NULL",
    "amount_recent", "amount_prior", "days",
)  # fmt: skip
ORDER_SQL = _packed_sql(ORDER_GROUPS_SQL, ORDER_PACKS)


def _order_params(as_of: date, config: ScoringConfig) -> dict[str, str]:
    half = config.trend_half_days
    return {
        "next_day": _iso(as_of + timedelta(days=1)),
        "window_start": _iso(as_of - timedelta(days=config.window_days - 1)),
        "recent_start": _iso(as_of - timedelta(days=half - 1)),
        "prior_start": _iso(as_of - timedelta(days=2 * half - 1)),
    }


_DIGIT_COLUMNS = (0, 1, 2, 3, 5, 6, 8, 9)
_MONTH_DAYS = np.array([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])


def iso_day_numbers(chars: np.ndarray) -> np.ndarray | None:
    """Day numbers (since 1970-01-01) of rows of ten ASCII bytes ``YYYY-MM-DD``
    (uint8, shape (n, 10)), or None when any row is not exactly a valid date."""
    if len(chars) == 0:
        return np.zeros(0, dtype=np.int64)
    if (chars[:, 4] != 45).any() or (chars[:, 7] != 45).any():  # "-"
        return None
    d = [chars[:, k].astype(np.int32) - 48 for k in _DIGIT_COLUMNS]
    if any(((x < 0) | (x > 9)).any() for x in d):
        return None
    y = d[0] * 1000 + d[1] * 100 + d[2] * 10 + d[3]
    m = d[4] * 10 + d[5]
    day = d[6] * 10 + d[7]
    if ((m < 1) | (m > 12) | (y < 1)).any():
        return None
    leap = (y % 4 == 0) & ((y % 100 != 0) | (y % 400 == 0))
    if ((day < 1) | (day > _MONTH_DAYS[m] + (leap & (m == 2)))).any():
        return None
    # days from civil (H. Hinnant), proleptic Gregorian; exact for years 1-9999
    y = (y - (m <= 2)).astype(np.int64)
    era = y // 400
    yoe = y - era * 400
    doy = (153 * ((m + 9) % 12) + 2) // 5 + day - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    days: np.ndarray = era * 146097 + doe - 719468
    return days


def leading_days(text: str, total: int, sep: str = ",") -> np.ndarray | None:
    """Day numbers of the first ten characters of each of the *total* items of
    *text* (joined by *sep*), or None unless every one starts ``YYYY-MM-DD``."""
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    if not text.isascii():
        return None
    # no ``text + sep`` and one separator mask: at 1M orders every copy is ~26 MB
    buf = np.frombuffer(text.encode("ascii"), dtype=np.uint8)
    is_sep = buf == ord(sep)
    ends = np.append(np.flatnonzero(is_sep), len(buf))
    del is_sep
    if len(ends) != total:
        return None
    width = len(buf) + 1
    if width % total == 0 and width // total >= 11:
        rows_view = np.lib.stride_tricks.as_strided(
            buf, shape=(total, 10), strides=(width // total, 1)
        )
        if (
            ends == np.arange(1, total + 1) * (width // total) - 1
        ).all():  # every date written alike
            return _day_numbers_chunked(rows_view)
    starts = np.empty(total, dtype=np.int64)
    starts[0] = 0
    starts[1:] = ends[:-1] + 1
    if (ends - starts < 10).any():
        return None
    chars = np.empty((total, 10), dtype=np.uint8)
    for k in range(10):  # column by column: a (total, 10) int64 index would be 80 MB at 1M
        chars[:, k] = buf[starts + k]
    return _day_numbers_chunked(chars)


#: Rows per iso_day_numbers call: its ~20 temporaries stay ~1 MB each.
DAY_CHUNK = 1 << 16


def _day_numbers_chunked(chars: np.ndarray) -> np.ndarray | None:
    """iso_day_numbers over slices of *chars*, so 1M dates never need ~100 MB of temporaries."""
    out = np.empty(len(chars), dtype=np.int64)
    for start in range(0, len(chars), DAY_CHUNK):
        days = iso_day_numbers(chars[start : start + DAY_CHUNK])
        if days is None:
            return None
        out[start : start + DAY_CHUNK] = days
    return out


def _int_or_null(values: tuple[Any, ...]) -> pd.api.extensions.ExtensionArray:
    """Nullable Int64 from Python ints / None, exactly."""
    as_float = np.array(values, dtype=np.float64)
    missing = np.isnan(as_float)
    if np.abs(as_float[~missing]).max(initial=0) >= 2**53:  # beyond exact floats
        return pd.array(values, dtype="Int64")
    return pd.arrays.IntegerArray(np.where(missing, 0, as_float).astype(np.int64), missing)


def _fast_order_features(
    row: tuple[Any, ...], as_of: date, config: ScoringConfig
) -> pd.DataFrame | None:
    """The order feature frame from the ORDER_SQL row, or None when anything in it
    is not plain (a date not ``YYYY-MM-DD…``, an amount that is not whole)."""
    groups = row[0]
    packs = [t or "" for t in row[1:]]
    read = [_ints(t, groups) for t in packs[:-1]]
    ints = [a for a in read if a is not None]
    if len(ints) < len(read):
        return None
    cid, counts, n_window, amount_w, margin_w, margin_null, amount_r, amount_p = ints
    day = leading_days(packs[-1], int(counts.sum()))
    if day is None:
        return None

    starts = np.cumsum(counts) - counts  # first row of each customer
    gid = np.repeat(np.arange(groups), counts)
    step = np.diff(day)
    same_customer = gid[1:] == gid[:-1]
    if (step[same_customer] < 0).any():  # group_concat follows the index order: never, in practice
        day = day[np.lexsort((day, gid))]
        step = np.diff(day)

    # distinct order days and the gaps between them, as order_features defines them
    new_day = np.ones(len(day), dtype=bool)
    new_day[1:] = ~same_customer | (step != 0)
    sumsq, median = gap_stats(day[new_day], gid[new_day], groups)

    frame = pd.DataFrame(
        {
            "first_order": day[starts].astype("datetime64[D]").astype("datetime64[s]"),
            "last_order": day[starts + counts - 1].astype("datetime64[D]").astype("datetime64[s]"),
            "order_count_total": counts,
            "order_days_total": np.bincount(gid[new_day], minlength=groups).astype(np.int64),
            "orders_window": n_window,
            "amount_window_minor": amount_w,
            "margin_window_minor": pd.arrays.IntegerArray(margin_w, margin_null.astype(bool)),
            "amount_recent_minor": amount_r,
            "amount_prior_minor": amount_p,
            "median_gap_days": median,
            "gap_sumsq_days": np.rint(sumsq).astype(np.int64),
        },
        index=pd.Index(cid, name="customer_id"),
    )
    return _stamped(frame, as_of, order_settings(config))


def _reference_order_features(store: Store, as_of: date, config: ScoringConfig) -> pd.DataFrame:
    """Slow path for odd data: raw rows through the core's own definition."""
    rows = store.tuples(
        "SELECT customer_id, ordered_at, ifnull(amount_base_minor, 0), margin_base_minor FROM orders WHERE deleted_at IS NULL"
    )
    cid, at, amount, margin = zip(*rows) if rows else ((), (), (), ())
    orders = pd.DataFrame(
        {
            "customer_id": np.array(cid, dtype=np.int64),
            "ordered_at": pd.array(at, dtype=object),
            "amount_minor": pd.array(amount, dtype=object),
            "margin_minor": pd.array(margin, dtype=object),
        }
    )
    try:
        return order_features(orders, as_of, config)
    except (ValueError, TypeError):
        bad = store.query(
            "SELECT o.id, c.code, o.ordered_at FROM orders o JOIN customers c ON c.id = o.customer_id "
            "WHERE o.deleted_at IS NULL AND o.ordered_at NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' "
            "LIMIT 1"
        )
        where = (
            f" (order {bad[0]['id']} of {bad[0]['code']}: {bad[0]['ordered_at']!r})" if bad else ""
        )
        raise StoreError(
            f"An order cannot be read for scoring{where}; fix it and score again."
        ) from None


def load_order_features(
    store: Store, as_of: date, config: ScoringConfig = DEFAULT_CONFIG
) -> pd.DataFrame:
    """``order_features`` of every non-deleted order, computed from SQL aggregates.

    Rows for all customers that have orders (deleted or merged ones included:
    ``load_scoring_inputs`` keeps the active ones)."""
    return _order_features_from(
        store, store.tuples(ORDER_SQL, _order_params(as_of, config))[0], as_of, config
    )


def _order_features_from(
    store: Store, row: tuple[Any, ...], as_of: date, config: ScoringConfig
) -> pd.DataFrame:
    frame = _fast_order_features(row, as_of, config)
    if frame is None:
        frame = _reference_order_features(store, as_of, config)
    return frame


# --------------------------------------------------------------------------- interaction features

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


def _read(store: Store, sql: str, params: Any, columns: dict[str, str]) -> list[Any]:
    """The named result columns of *sql* ("int" → int64 array, "text" → list of
    str), packed in SQL; read row by row when something does not pack."""
    packs = tuple(("$" if kind == "text" else "") + name for name, kind in columns.items())
    n, texts = _packed(store, sql, params, packs)
    kinds = list(columns.values())
    out: list[Any] = [(_ints if kind == "int" else _texts)(t, n) for kind, t in zip(kinds, texts)]
    if all(o is not None for o in out):
        return out
    rows = store.tuples(sql, params)
    values = list(zip(*rows)) if rows else [()] * len(kinds)
    return [
        np.array(v, dtype=np.int64) if kind == "int" else list(v) for kind, v in zip(kinds, values)
    ]


_ROW = {"id": "int", "customer_id": "int", "occurred_at": "text"}


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


# --------------------------------------------------------------------------- inputs and scoring


def load_scoring_inputs(
    store: Store,
    as_of: date,
    config: ScoringConfig | None = None,
    *,
    details: bool = True,
    tags: bool = True,
) -> ScoringInputs:
    """Customers, feature frames and tags of the active customers, for *as_of*.

    *config* (default: the saved one) sets the windows the features use.
    ``details=False`` reads only what ``score`` needs (ratings; ~0.2 s less
    at 100k); ``tags=False`` skips the tags."""
    config = load_scoring_config(store) if config is None else config
    try:
        order_read = _BackgroundRead(store, ORDER_SQL, _order_params(as_of, config))
        customers = load_customers(store, details=details)
        interaction_feats = load_interaction_features(store, as_of, config)
        tag_series = load_tags(store) if tags else None
        order_feats = _order_features_from(store, order_read.result(), as_of, config)
    except cipher.Error as exc:
        raise StoreError(f"{store.path.name}: cannot read the data to score ({exc}).") from exc
    active = customers.index
    order_feats = _only(order_feats, active)
    interaction_feats = _only(interaction_feats, active)
    if tag_series is not None:
        tag_series = tag_series[tag_series.index.isin(active)]
    return ScoringInputs(customers, order_feats, interaction_feats, tag_series, as_of, config)


def load_scoring_rows(
    store: Store, ids: Sequence[int], as_of: date, config: ScoringConfig
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The scoring inputs of the customers *ids* alone (those still active): their customer rows and
    their order and interaction features, from their raw rows through the core's own definitions
    (the frames ``load_scoring_inputs`` gives hold exactly these rows for them)."""
    from custui.store.repo import ID_LIST, id_list

    customers = load_customers(store, details=False, ids=ids)
    active = id_list(customers.index.tolist())
    next_day = _iso(as_of + timedelta(days=1))
    orders = store.tuples(
        "SELECT customer_id, ordered_at, ifnull(amount_base_minor, 0), margin_base_minor FROM orders "
        f"WHERE deleted_at IS NULL AND ordered_at < ? AND customer_id IN {ID_LIST}", (next_day, active),
    )  # fmt: skip
    interactions = store.tuples(
        "SELECT id, customer_id, occurred_at, sentiment, done, next_action_due FROM interactions "
        f"WHERE deleted_at IS NULL AND occurred_at < ? AND customer_id IN {ID_LIST}", (next_day, active),
    )  # fmt: skip

    def frame(rows: list[tuple[Any, ...]], columns: tuple[str, ...]) -> pd.DataFrame:
        values = list(zip(*rows)) if rows else [()] * len(columns)
        return pd.DataFrame({c: pd.array(v, dtype=object) for c, v in zip(columns, values)})

    order_rows = frame(orders, ("customer_id", "ordered_at", "amount_minor", "margin_minor"))
    order_rows["customer_id"] = order_rows["customer_id"].astype(np.int64)
    interaction_rows = frame(
        interactions, ("id", "customer_id", "occurred_at", "sentiment", "done", "next_action_due")
    )
    for column in ("id", "customer_id", "done"):
        interaction_rows[column] = interaction_rows[column].astype(np.int64)
    return (
        customers,
        order_features(order_rows, as_of, config),
        interaction_features(interaction_rows, as_of, config),
    )


def _only(frame: pd.DataFrame, ids: pd.Index) -> pd.DataFrame:
    keep = frame.index.isin(ids)
    if keep.all():
        return frame
    out = frame[keep]
    out.attrs = dict(frame.attrs)
    return out


def score_book(
    store: Store,
    as_of: date | None = None,
    config: ScoringConfig | None = None,
    *,
    details: bool = False,
) -> ScoreResult:
    """Score every active customer as of *as_of* (default today) with *config*
    (default: the saved settings, else DEFAULT_CONFIG).

    With ``details=True`` the customers' code, name, industry… travel in the
    result (``result.sources[0]``), which ``scored_rows`` needs; the list
    screen reads those itself and leaves them out (~0.2 s at 100k)."""
    as_of = date.today() if as_of is None else as_of
    inputs = load_scoring_inputs(store, as_of, config, details=details, tags=False)
    return score(
        inputs.customers, inputs.order_feats, inputs.interaction_feats, as_of, inputs.config
    )


# --------------------------------------------------------------------------- filter and ranking


def filter_ids(store: Store, result: ScoreResult, flt: Any, tags: pd.Series | None) -> pd.Index:
    """Ids of *result* matching a parsed ``core.query.Filter``: its conditions on the
    scores and customer columns, its free words through the full-text index."""
    from custui.core import query
    from custui.store import repo

    customers = result.sources[0]
    frame = result.frame.join(customers[[c for c in DETAIL_COLUMNS if c in customers.columns]])
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
