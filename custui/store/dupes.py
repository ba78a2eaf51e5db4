"""Duplicate customers in one file: read the records, scan, group, report.

The detection itself is :mod:`custui.core.dedupe` (pure); this module feeds it
the active customers, leaves out pairs the rep dismissed ("not duplicates"),
and turns the matches into review groups, strongest first.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from custui.core.dedupe import DEFAULT_THRESHOLD, Match, Record
from custui.store import timeline
from custui.store.contacts import primary_sql
from custui.store.db import Store
from custui.store.merge import not_duplicate_pairs
from custui.store.repo import ACTIVE, ID_LIST, get_customer, id_list, list_rows

if TYPE_CHECKING:
    import pandas as pd

    from custui.core.dedupe import Index

#: Record's fields, in order, as SQL: a phone not understood serves as typed.
RECORD_SQL = (
    "c.id", "c.name", "c.kind", primary_sql("name"), "coalesce(c.phone_e164, c.phone)", "c.email", "c.city", "c.region",
    "c.street", "c.website", "c.postcode",
)  # fmt: skip
_RECORD_SELECT = f"SELECT {', '.join(RECORD_SQL)} FROM customers c"

#: What the command line writes, in this order.
EXPORT_COLUMNS = ("code_a", "name_a", "code_b", "name_b", "score", "reasons")


@dataclass(frozen=True)
class DuplicateGroup:
    """Customers that look like one: every pair of the group scoring ≥ the
    threshold joins it (union-find), so a group can hold three or more."""

    ids: tuple[int, ...]
    matches: tuple[Match, ...]

    @property
    def score(self) -> float:
        """The strongest pair's score: what the queue sorts on."""
        return max(m.score for m in self.matches)

    @property
    def reasons(self) -> tuple[str, ...]:
        """The strongest pair's reasons."""
        return max(self.matches, key=lambda m: m.score).reasons


def load_records(store: Store, ids: Sequence[int] | None = None) -> list[Record]:
    """Every active customer (or those of *ids*, active or not) as a dedupe :class:`Record`, by id."""
    if ids is None:
        rows = store.tuples(f"{_RECORD_SELECT} WHERE {ACTIVE} ORDER BY c.id")
    else:
        rows = store.tuples(
            f"{_RECORD_SELECT} WHERE c.id IN {ID_LIST} ORDER BY c.id", (id_list(ids),)
        )
    people = _people_points(store, None if ids is None else [r[0] for r in rows])
    return [_record(row, people) for row in rows]


class BookRecords:
    """The file's active customers as a dedupe record source: read a chunk at a time in id order while an
    index is built, and by id for the pairs whose reasons are shown (an index never holds them all)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def __len__(self) -> int:
        return int(self.store.query(f"SELECT count(*) FROM customers c WHERE {ACTIVE}")[0][0])

    def chunks(self, size: int) -> Iterator[list[Record]]:
        after = -1
        while True:
            rows = self.store.tuples(
                f"{_RECORD_SELECT} WHERE {ACTIVE} AND c.id > ? ORDER BY c.id LIMIT ?", (after, size)
            )
            if not rows:
                return
            people = _people_points(self.store, [r[0] for r in rows])
            yield [_record(row, people) for row in rows]
            after = rows[-1][0]

    def get(self, ids: Sequence[int]) -> list[Record]:
        return load_records(self.store, ids)


def _record(row: tuple[Any, ...], people: Mapping[int, tuple[tuple[str, str], ...]]) -> Record:
    """The Record of a row of RECORD_SQL, with its people's phones and e-mails from *people*."""
    customer_id, name, kind, contact, phone, email, city, region, street, website, postcode = row
    return Record(
        customer_id,
        name,
        kind,
        contact,
        phone,
        email,
        city,
        region,
        street,
        website,
        postcode,
        people=people.get(customer_id, ()),
    )


def _people_points(
    store: Store, ids: Sequence[int] | None
) -> dict[int, tuple[tuple[str, str], ...]]:
    """Each customer's people's phones (one E.164 each) and e-mails, with whose they are."""
    where = "" if ids is None else f" AND customer_id IN {ID_LIST}"
    rows = store.tuples(
        "SELECT customer_id, name, phone_e164, email FROM contacts WHERE deleted_at IS NULL "
        f"AND (phone_e164 IS NOT NULL OR email IS NOT NULL){where} ORDER BY customer_id, is_primary DESC, id",
        () if ids is None else (id_list(ids),),
    )  # fmt: skip
    out: dict[int, list[tuple[str, str]]] = {}
    for customer_id, name, e164, email in rows:
        points = out.setdefault(customer_id, [])
        points += [(number, name) for number in (e164 or "").split()] + (
            [(email, name)] if email else []
        )
    return {k: tuple(v) for k, v in out.items()}


def regroup(store: Store, ids: Sequence[int], index: Index | None = None) -> DuplicateGroup:
    """The group of *ids* scored afresh (every pair, by *index*'s model when given): how an undone merge
    or a pair taken back from "not duplicates" returns to the queue without scanning the file again."""
    from itertools import combinations

    from custui.core.dedupe import score_pair

    records = load_records(store, ids)
    model = index.model if index is not None and index.fitted else None
    matches = sorted((score_pair(a, b, model=model) for a, b in combinations(records, 2)),
                     key=lambda m: (-m.score, m.a, m.b))  # fmt: skip
    return DuplicateGroup(tuple(r.id for r in records), tuple(matches))


def build_index(
    store: Store,
    *,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Index:
    """The blocking index over the file's active customers, its model fitted to them (seconds at 100k:
    run it in a worker).  The scan, the form's hints and the import's "probably already here" all
    read the book through it, so one model judges everywhere."""
    from custui.core.dedupe import Index

    index = Index(
        BookRecords(store), progress=progress and (lambda f: progress(0.4 * f)), cancelled=cancelled
    )
    index.fit(progress=progress and (lambda f: progress(0.4 + 0.6 * f)), cancelled=cancelled)
    return index


def scan(
    store: Store,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Match]:
    """Every pair of active customers at least *threshold* % likely to be one customer that the rep has
    not dismissed, strongest first.  Raises ``ScanCancelled`` when *cancelled* says so; *progress* gets
    0…1 (reading, indexing and fitting the model is nine tenths)."""
    return scan_with_index(store, threshold=threshold, progress=progress, cancelled=cancelled)[0]


def scan_with_index(
    store: Store,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[list[Match], Index]:
    """:func:`scan`, and the fitted index it ran on (the app keeps it for the form's hints)."""
    index_progress = (lambda f: progress(0.9 * f)) if progress else None
    scan_progress = (lambda f: progress(0.9 + 0.1 * f)) if progress else None
    index = build_index(store, progress=index_progress, cancelled=cancelled)
    matches = index.scan(
        threshold=threshold,
        progress=scan_progress,
        cancelled=cancelled,
        not_duplicates=not_duplicate_pairs(store),
    )
    return matches, index


#: Books with at least this many active customers are scanned in a process of their own (see
#: :func:`scan_apart`); a smaller one's scan costs less than starting that process.
SCAN_APART_FROM = 10_000
#: Progress reports a scan apart sends (more would only cost messages).
APART_PROGRESS_STEPS = 200
#: How long a scan apart that failed sending its index is given to say why (seconds).
APART_WAIT = 1.0


def scan_apart(
    store: Store,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    apart_from: int = SCAN_APART_FROM,
) -> tuple[list[Match], Index]:
    """:func:`scan_with_index` run in a process of its own (it dies with this one) for a plain book of
    *apart_from* active customers or more: the same matches and the same fitted index, sent back, without
    the scan's working memory.  At 100k customers a scan makes and lets go of ~200 MB that the C and
    Python heaps would keep for good in a long-running app; its process gives everything back when it
    ends.  An encrypted book is scanned here: its passphrase never leaves this process; so is any book
    where no process can start."""
    from custui.core.parallel import CannotStartApart

    if not store.encrypted and len(BookRecords(store)) >= apart_from:
        with contextlib.suppress(CannotStartApart):
            return _apart(store, threshold, progress, cancelled)
    return scan_with_index(store, threshold=threshold, progress=progress, cancelled=cancelled)


def build_index_apart(store: Store, *, apart_from: int = SCAN_APART_FROM) -> Index:
    """:func:`build_index` in a process of its own for a large plain book, as :func:`scan_apart` scans:
    the same fitted index for the form's hints and the import's check, without the build's working
    memory (at 100k ~170 MB more at its peak, kept by the app's heaps)."""
    from custui.core.parallel import CannotStartApart

    if not store.encrypted and len(BookRecords(store)) >= apart_from:
        with contextlib.suppress(CannotStartApart):
            return _apart(store, None, None, None)[1]
    return build_index(store)


def _apart(
    store: Store,
    threshold: float | None,
    progress: Callable[[float], None] | None,
    cancelled: Callable[[], bool] | None,
) -> tuple[list[Match], Index]:
    """The matches (none when *threshold* is None: the index only) and the fitted index, made in a
    process of their own (see :func:`scan_apart`)."""
    import multiprocessing
    import os
    import pickle
    import weakref

    from custui.core.dedupe import ScanCancelled
    from custui.core.parallel import CannotStartApart, awaited, start_apart

    spawn = multiprocessing.get_context("spawn")
    index: Index | None = None
    messages, messages_in = spawn.Pipe(duplex=False)
    stream, stream_in = spawn.Pipe(duplex=False)
    try:
        spill: Path | None = _spill_file()
    except OSError:  # no cache folder to write: the index travels whole, as it is kept
        spill = None
    try:
        process = start_apart(
            _scan_here, str(store.path), threshold, messages_in, stream_in, spill and str(spill)
        )
    except CannotStartApart:
        for end in (messages, stream, messages_in, stream_in):
            end.close()
        if spill is not None:
            spill.unlink(missing_ok=True)
        raise
    messages_in.close()
    stream_in.close()
    try:
        matches: list[Match] = awaited(
            messages, process, what="the duplicate scan's process", progress=progress,
            cancelled=cancelled, cancel=ScanCancelled,
        )  # fmt: skip
        with os.fdopen(os.dup(stream.fileno()), "rb") as sent:
            try:
                index = pickle.load(sent)  # our own child, over our own pipe
            except EOFError:  # it failed sending the index: its error follows the matches
                kind, error = messages.recv() if messages.poll(APART_WAIT) else ("", None)
                if kind == "error" and isinstance(error, Exception):
                    raise error from None
                raise RuntimeError(
                    f"the duplicate scan's process ended before its index came ({process.exitcode})"
                ) from None
    finally:
        messages.close()
        stream.close()
        if process.is_alive():
            process.kill()  # cancelled, or failed: nothing of it is wanted
        process.join()
        if spill is not None and index is None:
            spill.unlink(missing_ok=True)
    assert index is not None  # read, or raised
    if spill is not None:  # kept while the index is, which may send it on as places in it
        weakref.finalize(index, spill.unlink, missing_ok=True)
    index.attach(BookRecords(store))
    return matches, index


def _spill_file() -> Path:
    """A new, empty file of this user's for the large arrays of a scan apart's index (see
    :func:`custui.core.dedupe.index.dump_index`): in the user's cache folder, on disk (a temporary
    folder may be memory); files left by an app that was killed are removed first."""
    import os
    import tempfile

    import platformdirs

    folder = platformdirs.user_cache_path("custui", appauthor=False) / "scans"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    for old in folder.glob("index-*.bin"):
        owner = old.name.split("-")[1]
        if owner.isdigit() and not _alive(int(owner)):
            old.unlink(missing_ok=True)
    fd, name = tempfile.mkstemp(prefix=f"index-{os.getpid()}-", suffix=".bin", dir=folder)
    os.close(fd)
    return Path(name)


def _alive(pid: int) -> bool:
    import os

    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _scan_here(
    path: str, threshold: float | None, messages: Any, stream: Any, spill: str | None
) -> None:
    """The process of :func:`_apart`: scans the book at *path* (read-only; with *threshold* None only
    builds and fits its index), sends progress and the matches as *messages*, then the fitted index
    down *stream*, its large arrays written to *spill*."""
    import os

    from custui.core.dedupe.index import dump_index
    from custui.core.memory import keep_large_arrays_apart
    from custui.store.db import open_store

    keep_large_arrays_apart()
    last = [-1]

    def progress(fraction: float) -> None:
        step = int(fraction * APART_PROGRESS_STEPS)
        if step != last[0]:
            last[0] = step
            messages.send(("progress", fraction))

    try:
        store = open_store(Path(path), read_only=True)
        matches: list[Match] = []
        if threshold is None:
            index = build_index(store, progress=progress)
        else:
            matches, index = scan_with_index(store, threshold=threshold, progress=progress)
        messages.send(("done", matches))
        with os.fdopen(os.dup(stream.fileno()), "wb") as out:
            dump_index(index, out, spill_to=Path(spill) if spill else None)
        store.close()
    except Exception as exc:  # noqa: BLE001 - the caller raises it
        messages.send(
            ("error", RuntimeError(f"the duplicate scan failed: {type(exc).__name__}: {exc}"))
        )


def group_matches(matches: Sequence[Match]) -> list[DuplicateGroup]:
    """Matches joined into groups (union-find), strongest group first, then by smallest id."""
    from custui.core.dedupe import clusters

    groups = clusters(matches)  # ordered so already; each sorted by id
    group_of = {customer_id: n for n, members in enumerate(groups) for customer_id in members}
    found: list[list[Match]] = [[] for _ in groups]
    for match in matches:
        found[group_of[match.a]].append(match)
    return [DuplicateGroup(tuple(members), tuple(ms)) for members, ms in zip(groups, found)]


def find_groups(
    store: Store,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[DuplicateGroup]:
    """The review queue: :func:`scan` grouped by :func:`group_matches`."""
    return group_matches(scan(store, threshold=threshold, progress=progress, cancelled=cancelled))


def pair_rows(store: Store, matches: Sequence[Match]) -> pd.DataFrame:
    """One row per pair for export: code and name of both sides, score, reasons ("; "-joined)."""
    import pandas as pd

    labels = list_rows(store, sorted({i for m in matches for i in (m.a, m.b)}))
    rows: list[dict[str, Any]] = [
        {
            "code_a": labels[m.a]["code"],
            "name_a": labels[m.a]["name"],
            "code_b": labels[m.b]["code"],
            "name_b": labels[m.b]["name"],
            "score": round(m.score, 1),
            "reasons": "; ".join(m.reasons),
        }
        for m in matches
    ]
    return pd.DataFrame(rows, columns=list(EXPORT_COLUMNS))


def group_customers(store: Store, ids: Sequence[int]) -> list[dict[str, Any]]:
    """Full rows (with tags) of a group's customers, plus how many interactions and
    orders each has (``n_interactions``, ``n_orders``) and its people (``people``): what a merge would move."""
    from custui.store.contacts import people_of

    customers = [get_customer(store, int(i)) for i in ids]
    people = people_of(store, [c["id"] for c in customers])
    for customer in customers:
        customer["n_interactions"], customer["n_orders"] = timeline.counts(store, customer["id"])
        customer["people"] = people.get(customer["id"], [])
    return customers
