"""An import's check and its write, each in a process of its own for a large file or a large book
(issue 19 point 3).

Checking 10,000 rows, matching them against a 105k book and writing them makes and lets go of tens of
MB that the app's heaps then keep for good: the check left ~15 MB and the write ~20 MB at 105k,
under the peak of the list taking in the new customers.  Run apart, the process gives everything back
when it ends, and the app holds only the report.  Same report, same rows written, same cancel
(nothing is written: a write killed before its commit leaves the file as it was).  An encrypted book
is checked and written here: its passphrase never leaves this process.

The check's process gets the app's duplicate index as places in its spill file (the same pages,
mapped again: :class:`custui.core.dedupe.spill.Markers`), not as a copy.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path
from threading import Event
from typing import TYPE_CHECKING, Any

from custui.core.parallel import CannotStartApart
from custui.store import importer
from custui.store.db import Store
from custui.store.import_existing import Existing, find_existing
from custui.store.importer import Decision, ImportCancelled, ImportReport
from custui.store.readers import Table

if TYPE_CHECKING:
    from custui.core.dedupe import Index
    from custui.core.people_rows import Reading

#: Files of at least this many rows, or books of at least this many customers, are checked and
#: written apart; below both, starting the process (~1 s) costs more than the memory it saves.
APART_ROWS = 2_000
APART_BOOK = 10_000

#: (step, rows done, rows in all): "check" while the rows are checked, "existing" while they are
#: looked for in the book, "write" while they are written.
Progress = Callable[[str, int, int], None]


def goes_apart(store: Store, table: Table) -> bool:
    """Is this import checked and written in a process of its own?"""
    from custui.store.repo import count_active

    if store.encrypted:
        return False
    return len(table.rows) >= APART_ROWS or count_active(store) >= APART_BOOK


def check(
    store: Store,
    table: Table,
    kind: str,
    *,
    today: date,
    index: Callable[[], Index],
    overrides: Mapping[int, str | None] | None = None,
    reading: Reading | None = None,
    progress: Progress | None = None,
    cancel: Event | None = None,
    apart: bool = False,
) -> tuple[ImportReport, list[Existing]]:
    """The import's dry run (``import_table``) and, for customers, the rows that probably are customers
    of the book already (``find_existing`` over *index*, the book's duplicate index), in a process of
    their own when *apart* (here where no process can start)."""
    if apart:
        with contextlib.suppress(CannotStartApart):
            found: tuple[ImportReport, list[Existing]] = _apart(
                _check_here, store, table, kind, today, dict(overrides or {}), reading,
                index() if kind == "customers" else None, progress=progress, cancel=cancel,
            )  # fmt: skip
            return found
    return _checked(store, table, kind, today, overrides, reading, index, progress, cancel)


def write(
    store: Store,
    table: Table,
    kind: str,
    *,
    today: date,
    source_name: str,
    decisions: Mapping[int, Decision],
    overrides: Mapping[int, str | None] | None = None,
    reading: Reading | None = None,
    progress: Progress | None = None,
    cancel: Event | None = None,
    apart: bool = False,
) -> ImportReport:
    """The import (``import_table``), in a process of its own when *apart* (its connection writes the
    file; the caller's sees the change as another program's; here where no process can start)."""
    if apart:
        with contextlib.suppress(CannotStartApart):
            report: ImportReport = _apart(_write_here, store, table, kind, today, dict(overrides or {}),
                                          reading, source_name, dict(decisions), progress=progress, cancel=cancel)  # fmt: skip
            return report
    return importer.import_table(store, table, kind, today=today, overrides=overrides, reading=reading,
                        source_name=source_name, decisions=decisions, cancel=cancel,
                        progress=_step(progress, "write"))  # fmt: skip


def _checked(
    store: Store,
    table: Table,
    kind: str,
    today: date,
    overrides: Mapping[int, str | None] | None,
    reading: Reading | None,
    index: Callable[[], Index] | None,
    progress: Progress | None,
    cancel: Event | None,
) -> tuple[ImportReport, list[Existing]]:
    report = importer.import_table(store, table, kind, today=today, overrides=overrides, dry_run=True,
                          progress=_step(progress, "check"), cancel=cancel, reading=reading)  # fmt: skip
    existing: list[Existing] = []
    if kind == "customers":
        if progress is not None:
            progress("existing", 0, max(len(table.rows), 1))
        assert index is not None
        existing = find_existing(store, table, index(),
                                 overrides=overrides, progress=_step(progress, "existing"),
                                 cancel=cancel, reading=reading)  # fmt: skip
    return report, existing


def _step(progress: Progress | None, step: str) -> Callable[[int, int], None] | None:
    if progress is None:
        return None
    return lambda done, total: progress(step, done, total)


def _apart(
    target: Callable[..., None],
    store: Store,
    *args: Any,
    progress: Progress | None,
    cancel: Event | None,
) -> Any:
    """*target*(book path, *args*, messages) in a process of its own: its progress passed on, its
    result returned, its error raised; killed when *cancel* is set (ImportCancelled).
    :class:`CannotStartApart` when no process can start."""
    import multiprocessing

    from custui.core.parallel import awaited, start_apart

    messages, messages_in = multiprocessing.get_context("spawn").Pipe(duplex=False)
    try:
        process = start_apart(target, str(store.path), *args, messages_in)
    except CannotStartApart:
        messages.close()
        raise
    finally:
        messages_in.close()
    try:
        return awaited(
            messages, process, what="the import's process",
            progress=(lambda value: progress(*value)) if progress is not None else None,
            cancelled=cancel.is_set if cancel is not None else None,
            cancel=lambda: ImportCancelled("Cancelled; nothing was written."),
        )  # fmt: skip
    finally:
        messages.close()
        if process.is_alive():
            process.kill()  # cancelled, or failed: a write not committed is not in the file
        process.join()


def _check_here(path: str, table: Table, kind: str, today: date, overrides: dict[int, str | None],
                reading: Reading | None, index: Index | None, messages: Any) -> None:  # fmt: skip
    """The check's process (see :func:`check`)."""
    from custui.store.db import open_store
    from custui.store.dupes import BookRecords

    def work() -> object:
        store = open_store(Path(path), read_only=True)
        if index is not None:
            index.attach(BookRecords(store))
        book_index = (lambda: index) if index is not None else None
        return _checked(
            store, table, kind, today, overrides, reading, book_index, _sender(messages), None
        )

    _answer(messages, work)


def _write_here(path: str, table: Table, kind: str, today: date, overrides: dict[int, str | None],
                reading: Reading | None, source_name: str, decisions: dict[int, Decision],
                messages: Any) -> None:  # fmt: skip
    """The write's process (see :func:`write`)."""
    from custui.store.db import open_store

    def work() -> object:
        store = open_store(Path(path), create=False)
        try:
            return importer.import_table(store, table, kind, today=today, overrides=overrides, reading=reading,
                                source_name=source_name, decisions=decisions,
                                progress=_step(_sender(messages), "write"))  # fmt: skip
        finally:
            store.close()

    _answer(messages, work)


def _sender(messages: Any) -> Progress:
    def send(step: str, done: int, total: int) -> None:
        messages.send(("progress", (step, done, total)))

    return send


def _answer(messages: Any, work: Callable[[], object]) -> None:
    """Send what *work* returns as done, or the exception it raised."""
    from custui.core.memory import keep_large_arrays_apart
    from custui.core.parallel import sent_error

    keep_large_arrays_apart()
    try:
        messages.send(("done", work()))
    except Exception as exc:  # noqa: BLE001 - the caller raises it
        messages.send(("error", sent_error(exc)))
