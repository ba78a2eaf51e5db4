"""The last scored ranking, kept in the book's file so the list opens ranked without scoring again.

Schema v8 holds it in two tables:

* ``score_ranks``: one row per customer scored, with rank, score, tier, priority, segment and the
  dates the list shows. The list's first screen reads it with plain SQL (no pandas).
* ``score_cache``: one row saying what the ranking was made for (as-of day, the saved scoring
  settings, the file's change count, this module's format), and the whole score frame as Arrow IPC.
  The list's :class:`~custui.store.book.Book` is rebuilt from that frame without scoring.  Since v12
  it also holds the ranked order (``ranked``: the customer ids as one array), which the list's first
  rows wait for: one read instead of every rank row and a sort.

Plain-SQL triggers bump ``book_changes.counter`` on every write to what scores and the list read,
whichever program writes. A ranking made at another count, or for another day, is **stale**: it
is shown, labelled, while the new one is computed. A ranking made with other settings or by
another format is not used.

This module reads the status and the ranks with the ``sqlite3`` connection alone; pandas and pyarrow
are imported only to save or rebuild the frame.
"""

from __future__ import annotations

import json
import sys
from array import array
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from custui.store.db import Store

if TYPE_CHECKING:
    from custui.core.scoring import ScoreResult

#: Bump when the score frame's columns or their meaning change: older kept rankings are then ignored.
FORMAT = 1
#: The settings key the scoring configuration is saved under (store.scores.SCORING_KEY).
SCORING_KEY = "scoring"
#: What score_ranks keeps of each customer: the scored columns the list's first screen shows.
RANK_COLUMNS = (
    "score",
    "tier",
    "priority",
    "segment_label",
    "rfm_cell",
    "last_contact",
    "next_action_due",
)


@dataclass(frozen=True)
class KeptRanking:
    """What the kept ranking was made for, and whether it still holds for the file as it is today."""

    as_of: date
    fresh: bool  # made for this day, at this change count: nothing to re-score
    #: the file's change count it was made at (``change_count``)
    changes: int = field(default=0, compare=False)


def change_count(store: Store) -> int:
    """How many writes the file has seen to what scores read (any program's)."""
    rows = store.query("SELECT counter FROM book_changes WHERE id = 1")
    return int(rows[0][0]) if rows else 0


def saved_settings(store: Store) -> str:
    """The saved scoring settings as stored ("" for the defaults)."""
    rows = store.query("SELECT value FROM settings WHERE key = ?", (SCORING_KEY,))
    return str(rows[0][0]) if rows else ""


def kept(store: Store, as_of: date) -> KeptRanking | None:
    """The kept ranking's status for *as_of*, or None when there is none this custui can use (none
    kept, another format, or made with scoring settings other than the saved ones)."""
    rows = store.query("SELECT format, as_of, settings, changes FROM score_cache WHERE id = 1")
    if not rows:
        return None
    fmt, made_for, settings, changes = rows[0]
    if fmt != FORMAT or settings != saved_settings(store):
        return None
    day = date.fromisoformat(made_for)
    return KeptRanking(day, day == as_of and changes == change_count(store), changes)


def ranked_ids(store: Store, *, unchanged: bool = False) -> list[int]:
    """The active customers in the kept ranking's order; those it does not know (added since) last.
    *unchanged*: nothing was written since the ranking was kept (``kept(…).changes`` is the file's
    change count), so its customers are the active ones and those are not read again."""
    from custui.store.repo import ACTIVE

    ranked = kept_order(store)
    if unchanged:
        return ranked
    active = [row[0] for row in store.tuples(f"SELECT c.id FROM customers c WHERE {ACTIVE}")]
    live = set(active)
    known = set(ranked)
    return [i for i in ranked if i in live] + sorted(i for i in active if i not in known)


def kept_order(store: Store) -> list[int]:
    """Every customer the kept ranking scored, in its order: ``score_cache.ranked`` (~2 ms at 100k),
    else (a ranking kept before v12, or a damaged array) ``score_ranks`` read whole and sorted (~70)."""
    rows = store.query("SELECT ranked FROM score_cache WHERE id = 1")
    if rows and isinstance(rows[0][0], bytes) and len(rows[0][0]) % _ID.itemsize == 0:
        return _ids_of(rows[0][0])
    ranked = store.tuples("SELECT rank, customer_id FROM score_ranks")
    ranked.sort()
    return [customer_id for _, customer_id in ranked]


#: The kept order's layout: 64-bit signed ids, little-endian whatever the machine.
_ID = array("q")


def _ids_bytes(ids: list[int]) -> bytes:
    order = array(_ID.typecode, ids)
    if sys.byteorder == "big":
        order.byteswap()
    return order.tobytes()


def _ids_of(blob: bytes) -> list[int]:
    order = array(_ID.typecode)
    order.frombytes(blob)
    if sys.byteorder == "big":
        order.byteswap()
    return order.tolist()


def ranked_rows(store: Store, ids: list[int]) -> dict[int, dict[str, Any]]:
    """The kept scored columns of *ids* (customers it does not know are left out)."""
    from custui.store.repo import ID_LIST, id_list

    if not ids:
        return {}
    sql = f"SELECT customer_id, {', '.join(RANK_COLUMNS)} FROM score_ranks WHERE customer_id IN {ID_LIST}"
    return {row[0]: dict(zip(RANK_COLUMNS, row[1:])) for row in store.tuples(sql, (id_list(ids),))}


def save(store: Store, result: ScoreResult, changes: int, settings: str) -> None:
    """Keep *result*, made from the file at change count *changes* with the saved *settings*.

    Nothing is kept for a read-only file.  Both tables are replaced in one transaction.
    """
    if store.read_only:
        return
    frame = result.frame
    ranks = frame[list(RANK_COLUMNS)].copy()
    for column in ("last_contact", "next_action_due"):
        ranks[column] = ranks[column].dt.strftime("%Y-%m-%d")
    ranks = ranks.astype(object).where(ranks.notna(), None)
    rows = [(int(cid), rank, *values) for rank, (cid, values) in
            enumerate(zip(frame.index, ranks.itertuples(index=False, name=None)), start=1)]  # fmt: skip
    blob = _frame_bytes(frame)
    order = _ids_bytes([int(customer_id) for customer_id in frame.index])
    meta = json.dumps(result.meta, default=_plain)
    scored_at = datetime.now(UTC).isoformat(timespec="seconds")
    with store.transaction() as conn:
        conn.execute("DELETE FROM score_ranks")
        conn.executemany(
            f"INSERT INTO score_ranks VALUES ({', '.join('?' * (len(RANK_COLUMNS) + 2))})", rows
        )
        conn.execute(
            "INSERT OR REPLACE INTO score_cache "
            "(id, format, as_of, settings, changes, scored_at, meta, frame, ranked) "
            "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)",
            (FORMAT, result.as_of.isoformat(), settings, changes, scored_at, meta, blob, order),
        )


def load(store: Store) -> ScoreResult | None:
    """The kept score frame as a result (without source frames: weights re-rank it, other setting
    changes score again), or None when none is kept or it cannot be read."""
    from custui.core.scoring import (
        DEFAULT_CONFIG,
        ConfigError,
        ScoreResult,
        ScoringConfig,
    )
    from custui.core.scoring.scorer import result_columns

    rows = store.query("SELECT format, as_of, settings, meta, frame FROM score_cache WHERE id = 1")
    if not rows or rows[0][0] != FORMAT:
        return None
    _, made_for, settings, meta, blob = rows[0]
    try:
        frame = _without_points(_frame_of(blob))
        if list(frame.columns) != list(result_columns()):  # kept before a score input was added
            return None
        config = ScoringConfig.from_json(settings) if settings else DEFAULT_CONFIG
        return ScoreResult(frame, config, date.fromisoformat(made_for), json.loads(meta))
    except (
        ValueError,
        OSError,
        KeyError,
        TypeError,
        ConfigError,
    ):  # damaged: no error, the book is scored again
        return None


def outdated(store: Store) -> bool:
    """Does the kept frame read, but hold the columns of other score inputs (kept before an input was
    added, as the payment input of issue 22)?  Such a ranking is not damaged: it is scored again."""
    from custui.core.scoring.scorer import result_columns

    rows = store.query("SELECT frame FROM score_cache WHERE id = 1")
    if not rows:
        return False
    try:
        return list(_without_points(_frame_of(rows[0][0])).columns) != list(result_columns())
    except (ValueError, OSError, KeyError, TypeError):
        return False


def forget(store: Store) -> None:
    """Drop the kept ranking (tests, and ``check --repair`` to come)."""
    with store.transaction() as conn:
        conn.execute("DELETE FROM score_ranks")
        conn.execute("DELETE FROM score_cache")


def _frame_bytes(frame: Any) -> bytes:
    import pyarrow as pa
    from pyarrow import ipc

    table = pa.Table.from_pandas(frame, preserve_index=True)
    sink = pa.BufferOutputStream()
    with ipc.new_stream(
        sink, table.schema, options=ipc.IpcWriteOptions(compression="zstd")
    ) as writer:
        writer.write_table(table)
    blob: bytes = sink.getvalue().to_pybytes()
    return blob


def _frame_of(blob: bytes) -> Any:
    """The kept frame.  Arrow lets go of each column once pandas has it (self_destruct, one block
    per column): at 100k the read peaked 87 MB above what it keeps, not 125, and is 20 % faster."""
    from pyarrow import ipc

    return ipc.open_stream(blob).read_all().to_pandas(self_destruct=True, split_blocks=True)


def _without_points(frame: Any) -> Any:
    """*frame* without the ``dim_``/``pts_`` columns a ranking kept before they left the score frame
    holds (custui.core.scoring.points_frame works them out): dropped in place, nothing copied."""
    for column in [c for c in frame.columns if c.startswith(("dim_", "pts_"))]:
        del frame[column]
    return frame


def _plain(value: Any) -> Any:
    """numpy numbers in the result's meta as JSON numbers."""
    return value.item() if hasattr(value, "item") else str(value)
