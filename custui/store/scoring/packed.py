"""Packed reads: one SQL row for a whole result, unpacked by numpy.

Turning 100k rows into Python tuples costs more than the query itself, so each
read ``group_concat``s its columns into a few long strings that numpy splits
(``_packed``/``_read``).  ``_BackgroundRead`` runs one such read on a second,
read-only connection in a thread (SQLite releases the GIL).
"""

from __future__ import annotations

import threading
import warnings
from datetime import date
from typing import Any

import numpy as np
import pandas as pd

from custui.core.scoring.features import as_day
from custui.store import cipher
from custui.store.db import DEFAULT_BUSY_TIMEOUT_MS, Store

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
