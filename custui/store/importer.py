"""Import customers, interactions or orders from a read table, all or nothing per row.

Every row is checked by the same core validators the forms use; a row with any
problem is rejected whole (with its row number, field and reason) and never
half-written.  The rows that pass are written in one transaction: an import
is either wholly in the file or not at all (a crash or a full disk midway
leaves the file as it was).  With ``strict``, one rejected row stops the lot.

Interactions and orders find their customer by code (case-insensitive); a
code that was merged into another customer lands on the survivor, a deleted
customer's code is rejected.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from threading import Event
from typing import Any

from custui.core import columns
from custui.core.entries import validate_interaction, validate_order
from custui.core.import_rows import CheckedRow, check_customer_cells, group_checked
from custui.core.parallel import map_chunks, workers_for
from custui.core.people_rows import Reading, choose_reading
from custui.core.search_docs import with_code
from custui.core.validate import FieldError, normalize_text
from custui.store.backup import backup_before
from custui.store.db import Store, StoreError, inserted_id
from custui.store.readers import Table
from custui.store.repo import CODE_PATTERN, EDITABLE_COLUMNS, next_code, now_iso
from custui.store.settings import base_currency, home_region
from custui.store.timeline import INTERACTION_COLUMNS, ORDER_COLUMNS

Progress = Callable[[int, int], None]
#: What to do with a row that probably is an existing customer: ("merge" | "skip" | "add", customer id).
Decision = tuple[str, int | None]
#: Checks a table's rows as *kind*: chunks of good records, rows rejected into the report on the way.
_Records = Callable[
    [Store, Table, columns.ColumnMap, "ImportReport", "_Context"], Iterator[list[Any]]
]
#: Writes a chunk of good records (of its kind) for the import *import_id*, stamped *stamp*.
_Writer = Callable[[sqlite3.Connection, list[Any], int, str], None]
_PROGRESS_EVERY = 2_000
_CHUNK_ROWS = 2_000  # a chunk of rows checked at once (in a worker process for big files)


@dataclass(frozen=True)
class Rejection:
    row: int  # spreadsheet row number (header = 1)
    field: str  # the field's label, or "row"
    reason: str


@dataclass
class ImportReport:
    kind: str
    source: str
    mapping: dict[str, str]  # header -> field
    ignored: tuple[str, ...]
    rows: int = 0  # data rows read
    imported: int = 0
    written: bool = False
    rejected: list[Rejection] = field(default_factory=list)
    import_id: int | None = (
        None  # the imports row recording what was written (custui imports lists them)
    )
    merged: int = 0  # rows merged into the customer they probably were (decisions)
    skipped: int = 0  # rows left out as already there (decisions)
    warnings: list[Rejection] = field(
        default_factory=list
    )  # imported, but kept as written (a phone…)
    reading: Reading | None = None  # customers: one row per customer or per person, and why
    customers: int = 0  # customers the good rows make (written, or would be by a dry run)
    contacts: int = 0  # and their people

    @property
    def rejected_rows(self) -> list[int]:
        return sorted({r.row for r in self.rejected})

    def reading_line(self, *, written: bool) -> str:
        """ "Read as one row per person (…): 40 rows → 4 customers, 40 contacts" (the command line and the
        wizard say it alike); before the import, or without one, what the good rows would make."""
        line = self.reading.line(self.rows, self.customers, self.contacts) if self.reading else ""
        return line if written else line.replace(" → ", " → would be ", 1)


def reading_for(table: Table, kind: str, overrides: Mapping[int, str | None] | None = None, *,
                chosen: str | None = None, adds_all: bool = False) -> Reading | None:  # fmt: skip
    """How a customer file's rows read (core.people_rows.choose_reading): one per customer or one per
    person; None for interactions and orders.  The command line and the wizard both ask here."""
    if kind != "customers":
        return None
    fields = set(columns.map_headers(table.headers, kind, dict(overrides or {})).fields.values())
    return choose_reading(fields, chosen=chosen, adds_all=adds_all, per_person=table.per_person)


class ImportCancelled(Exception):
    """The rep cancelled while rows were being checked: nothing was written."""


class MissingColumns(ValueError):
    """The file lacks a column the kind cannot do without."""


def plan(
    table: Table, kind: str, overrides: Mapping[int, str | None] | None = None
) -> columns.ColumnMap:
    """The column mapping an import of *table* as *kind* would use; MissingColumns if unusable."""
    mapping = columns.map_headers(table.headers, kind, dict(overrides or {}))
    if mapping.missing:
        wanted = "; ".join(
            f"{columns.label(f)} (e.g. {', '.join(columns.HEADERS[kind][f][:3])})"
            for f in mapping.missing
        )
        raise MissingColumns(
            f"The file has no column for: {wanted}. Its columns: {', '.join(table.headers)}."
        )
    return mapping


def import_table(
    store: Store,
    table: Table,
    kind: str,
    *,
    today: date,
    overrides: Mapping[int, str | None] | None = None,
    strict: bool = False,
    dry_run: bool = False,
    progress: Progress | None = None,
    source_name: str | None = None,
    cancel: Event | None = None,
    decisions: Mapping[int, Decision] | None = None,
    region: str | None = None,
    reading: Reading | None = None,
) -> ImportReport:
    """Check every row of *table* and write the good ones (unless *dry_run*, or *strict* and any is bad).

    Customers are read as *reading* says (default: reading_for the file): one row per person groups
    the rows of one company into one customer with all its people.

    Phones without a country code are read for the row's own country, else *region*, else the
    home region.

    *decisions* (customers) say, per row number, what to do with a row that probably is an existing
    customer (store.import_existing finds them): ("merge", id) merges it into that customer — the file's
    values win where it has them, as on the duplicates screen, and undo works there — ("skip", id)
    leaves it out.  Other rows are added.
    """
    mapping = plan(table, kind, overrides)
    report = ImportReport(
        kind,
        table.source,
        {table.headers[i]: f for i, f in mapping.fields.items()},
        mapping.ignored,
        len(table.rows),
    )
    report.rejected.extend(Rejection(r.row, "row", r.reason) for r in table.unreadable)
    report.rows += len(table.unreadable)
    report.reading = reading or reading_for(table, kind, overrides)
    context = _Context(today, progress, cancel, dict(decisions or {}), region or home_region(store),
                       report.reading.rows if report.reading else "customers")  # fmt: skip
    checked = (_RECORDS[kind])(store, table, mapping, report, context)
    if dry_run:
        for _ in checked:
            pass
    else:
        backup_before(store, "import")
        _write(store, kind, checked, report, strict=strict, source=source_name or table.source)
    report.rejected.sort(key=lambda r: r.row)
    report.warnings.sort(key=lambda r: r.row)
    return report


@dataclass(frozen=True)
class _Context:
    """What checking the rows needs besides the table: the day, progress and cancel, the decisions on
    rows already in the book, and the region phones are read for when a row names no country."""

    today: date
    progress: Progress | None
    cancel: Event | None
    decisions: dict[int, Decision]
    region: str
    rows_are: str = "customers"  # or "people": rows of one company become one customer


class _WriteNothing(Exception):
    """Roll the import's transaction back: no good rows, or --strict and some were rejected."""


def _write(
    store: Store,
    kind: str,
    checked: Iterator[list[Any]],
    report: ImportReport,
    *,
    strict: bool,
    source: str,
) -> None:
    """Write each chunk of good rows as soon as it is checked (while the workers check the next),
    all in one transaction: the import lands whole or not at all."""
    stamp = now_iso()
    write, written = _WRITERS[kind], 0
    try:
        with store.transaction() as conn:
            import_id = inserted_id(conn.execute(
                "INSERT INTO imports (kind, source, rows, imported_at) VALUES (?, ?, ?, ?)", (kind, source, 0, stamp)
            ))  # fmt: skip
            with _bulk_writing(conn, kind, report.rows):
                for records in checked:
                    if records and not (
                        strict and report.rejected
                    ):  # strict: keep checking, to list all problems
                        write(conn, records, import_id, stamp)
                        written += len(records)
            if not written or (strict and report.rejected):
                raise _WriteNothing
            conn.execute("UPDATE imports SET rows = ? WHERE id = ?", (written, import_id))
    except _WriteNothing:
        report.merged = 0
        return
    report.import_id, report.imported, report.written = import_id, written, True


def _raw_rows(table: Table, mapping: columns.ColumnMap) -> list[tuple[int, dict[str, Any]]]:
    return [
        (number, {f: row[i] for i, f in mapping.fields.items()})
        for number, row in zip(table.row_numbers, table.rows)
    ]


def _reject(report: ImportReport, row: int, errors: Sequence[FieldError]) -> None:
    report.rejected.extend(Rejection(row, columns.label(e.field), e.message) for e in errors)


def _step(
    progress: Progress | None,
    cancel: Event | None,
    done: int,
    total: int,
    *,
    every: int = _PROGRESS_EVERY,
) -> None:
    """Report progress every *every* rows and at the end; stop (ImportCancelled) when *cancel* is set."""
    if cancel is not None and cancel.is_set():
        raise ImportCancelled(
            f"Import cancelled after checking {done:,} of {total:,} rows; nothing was written."
        )
    if progress is not None and (done % every == 0 or done == total):
        progress(done, total)


# -- interactions and orders ------------------------------------------------------


def _customer_codes(store: Store) -> dict[str, int | str]:
    """Folded code -> the id an entry lands on (a merged customer's survivor), or the reason it cannot."""
    rows = store.tuples("SELECT id, code, merged_into, deleted_at FROM customers")
    merged = {r[0]: r[2] for r in rows}
    codes: dict[str, int | str] = {}
    for customer_id, code, _, deleted_at in rows:
        target, hops = customer_id, 0
        while merged.get(target) is not None and hops < 100:
            target, hops = merged[target], hops + 1
        codes[code.casefold()] = f"Customer {code} is deleted." if deleted_at else target
    return codes


def _entry_records(kind: str) -> _Records:
    date_field = "occurred_at" if kind == "interactions" else "ordered_at"

    def records(
        store: Store,
        table: Table,
        mapping: columns.ColumnMap,
        report: ImportReport,
        context: _Context,
    ) -> Iterator[list[tuple[int, dict[str, Any]]]]:
        codes = _customer_codes(store)
        good: list[tuple[int, dict[str, Any]]] = []
        rows = _raw_rows(table, mapping)
        base = base_currency(store)
        for done, (number, raw) in enumerate(rows, 1):
            _step(context.progress, context.cancel, done, len(rows))
            # a file's dates are kept as written (its time zone may be ahead of ours)
            clean, errors = (
                validate_order(raw, context.today, base, allow_future=True)
                if kind == "orders"
                else validate_interaction(raw, context.today, allow_future=True)
            )
            if not normalize_text(raw.get(date_field)):
                errors.append(FieldError(date_field, "Date is required."))
            code = normalize_text(raw.get("code"))
            target = (
                codes.get(code.casefold(), f"No customer has code {code[:40]}.")
                if code
                else "No customer code."
            )
            if isinstance(target, str):
                errors.append(FieldError("code", target))
            if errors or isinstance(target, str):  # a str target is an error already
                _reject(report, number, errors)
            else:
                good.append((int(target), clean))
        yield good

    return records


def _entry_writer(table_name: str, entry_columns: tuple[str, ...]) -> _Writer:
    names = ("customer_id", *entry_columns, "created_at", "import_id")
    sql = f"INSERT INTO {table_name} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})"

    def write(
        conn: sqlite3.Connection,
        records: list[tuple[int, dict[str, Any]]],
        import_id: int,
        stamp: str,
    ) -> None:
        conn.executemany(
            sql,
            [
                (cid, *(clean.get(c) for c in entry_columns), stamp, import_id)
                for cid, clean in records
            ],
        )

    return write


# -- customers ------------------------------------------------------------------------


def _customer_records(
    store: Store,
    table: Table,
    mapping: columns.ColumnMap,
    report: ImportReport,
    context: _Context,
) -> Iterator[list[dict[str, Any]]]:
    """Chunks of good customer records, as they are checked (in worker processes for a big file),
    after what needs the whole file: codes unique, blank codes numbered (after the highest code in
    the book and in the file), each search document completed with its code."""
    from custui.store.settings import industry_synonyms

    check = partial(check_customer_cells, fields=tuple(mapping.fields.items()),
                    synonyms=tuple(sorted(industry_synonyms(store).items())), default_region=context.region,
                    rows_are=context.rows_are)  # fmt: skip
    taken = {r[0].casefold() for r in store.tuples("SELECT code FROM customers")}
    rows = list(zip(table.row_numbers, table.rows))
    next_number = itertools.count(_highest_code_number(store, table, mapping) + 1)
    done = 0
    chunks: Iterable[list[CheckedRow]] = map_chunks(
        check, rows, size=_CHUNK_ROWS, workers=workers_for(len(rows))
    )
    if (
        context.rows_are == "people"
    ):  # a company's rows may be anywhere in the file: group them all first
        every = list(_collected(chunks, context, len(rows)))
        chunks = [group_checked(every, by_domain="name" not in mapping.fields.values())]
    for checked in chunks:
        good: list[dict[str, Any]] = []
        for row in checked:
            action, existing_id = context.decisions.get(row.number, ("add", None))
            if action == "skip":
                report.skipped += 1
                continue
            errors = list(row.errors)
            code = row.clean.get("code") if row.clean else None
            if action == "merge":
                code = (
                    None  # the existing customer's code stays; the merged-away row gets a fresh one
                )
            elif code and code.casefold() in taken:
                errors.append(
                    FieldError("code", f"Code {code} is already used by another customer.")
                )
            if errors:
                _reject(report, row.number, errors)
                continue
            report.warnings.extend(
                Rejection(row.number, columns.label(w.field), w.message) for w in row.warnings
            )
            report.warnings.extend(
                Rejection(n, columns.label(w.field), w.message) for n, w in row.member_warnings
            )
            record = row.clean
            assert record is not None  # a row is clean when it has no errors
            report.customers += 1
            report.contacts += len(record.get("contacts") or ())
            if action == "merge":
                record["_merge_into"] = existing_id
                report.merged += 1
            record["code"] = code or f"C{next(next_number):05d}"
            taken.add(record["code"].casefold())
            doc, pinyin = record.pop("_search")
            record["_search"] = (with_code(record["code"], doc), pinyin)
            good.append(record)
        done += sum(row.row_count for row in checked)
        _step(context.progress, context.cancel, done, len(rows), every=1)  # once a chunk
        yield good


def _collected(
    chunks: Iterable[list[CheckedRow]], context: _Context, total: int
) -> Iterator[CheckedRow]:
    """Every checked row, with progress (and cancel) chunk by chunk while they are checked."""
    done = 0
    for chunk in chunks:
        yield from chunk
        done += len(chunk)
        _step(context.progress, context.cancel, done, total, every=1)


def _highest_code_number(store: Store, table: Table, mapping: columns.ColumnMap) -> int:
    """The highest C-number in the book or anywhere in the file (rejected rows too: when the rep fixes
    and re-imports them, their codes must still be free)."""
    highest = int(next_code(store)[1:]) - 1
    at = next((i for i, f in mapping.fields.items() if f == "code"), None)
    if at is None:
        return highest
    for cells in table.rows:
        m = CODE_PATTERN.match(normalize_text(cells[at]).upper())
        if m:
            highest = max(highest, int(m.group(1)))
    return highest


def _write_customers(
    conn: sqlite3.Connection, records: list[dict[str, Any]], import_id: int, stamp: str
) -> None:
    names = (*EDITABLE_COLUMNS, "created_at", "updated_at", "row_version", "import_id")
    sql = f"INSERT INTO customers ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})"
    (before,) = conn.execute("SELECT coalesce(max(id), 0) FROM customers").fetchone()
    tail = (stamp, stamp, 1, import_id)
    conn.executemany(sql, [(*map(r.get, EDITABLE_COLUMNS), *tail) for r in records])
    ids = [
        r[0] for r in conn.execute("SELECT id FROM customers WHERE id > ? ORDER BY id", (before,))
    ]
    assert len(ids) == len(records), "new customers get the ids after the highest one, in order"
    # the search rows the trigger would have written (it is off during an import: _BUILT_BY_THE_IMPORTER)
    conn.executemany("INSERT INTO customer_fts (rowid, doc, pinyin) VALUES (?, ?, ?)",
                     [(i, *r["_search"]) for i, r in zip(ids, records)])  # fmt: skip
    _link_tags(conn, [(i, r["tags"]) for i, r in zip(ids, records) if r.get("tags")])
    _add_people(
        conn,
        [(i, r["contacts"]) for i, r in zip(ids, records) if r.get("contacts")],
        import_id,
        stamp,
    )
    _merge_into_existing(
        conn, [(i, r["_merge_into"]) for i, r in zip(ids, records) if r.get("_merge_into")]
    )


def _add_people(
    conn: sqlite3.Connection,
    people: list[tuple[int, list[dict[str, Any]]]],
    import_id: int,
    stamp: str,
) -> None:
    """The people of freshly inserted customers, the first of each its primary contact."""
    from custui.store.contacts import CONTACT_COLUMNS

    names = ("customer_id", *CONTACT_COLUMNS, "is_primary", "created_at", "updated_at", "import_id")
    conn.executemany(
        f"INSERT INTO contacts ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})",
        [(cid, *(p.get(c, 0 if c == "phone_invalid" else None) for c in CONTACT_COLUMNS), int(n == 0), stamp, stamp,
          import_id) for cid, persons in people for n, p in enumerate(persons)],
    )  # fmt: skip


def _merge_into_existing(conn: sqlite3.Connection, pairs: list[tuple[int, int]]) -> None:
    """Merge each new row into the customer it probably is, as the duplicates screen would (undoable there)."""
    from custui.core.merge import default_plan
    from custui.store.merge import merge_in

    for new_id, existing_id in pairs:
        rows = [
            dict(r)
            for r in conn.execute(
                "SELECT * FROM customers WHERE id IN (?, ?)", (existing_id, new_id)
            )
        ]
        if len(rows) < 2:
            raise StoreError(
                f"Customer {existing_id} is gone since the check; check the file again."
            )
        merge_in(conn, default_plan(rows))


#: Triggers whose work the import does itself, faster: off while it writes.
_BUILT_BY_THE_IMPORTER = {
    "customers": ("customers_search_queue_insert", "contacts_search_queue_insert")
}
#: From this many rows (and at least as many as the table holds) an import rebuilds the table's
#: indexes once at the end instead of updating them row by row (100k customers: 2.6 s -> 1.5 s).
_REBUILD_INDEXES_FROM = 5_000


@contextmanager
def _bulk_writing(conn: sqlite3.Connection, table: str, rows: int) -> Iterator[None]:
    """The import's triggers off, and for a big import into a smaller table its indexes too; all put
    back as they were at the end, inside the caller's transaction (a failure's rollback restores them,
    and other connections never see them missing)."""
    names = list(_BUILT_BY_THE_IMPORTER.get(table, ()))
    (count,) = conn.execute(f"SELECT count(*) FROM {table}").fetchone()
    if rows >= max(count, _REBUILD_INDEXES_FROM):
        names += [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL", (table,)
        )]  # fmt: skip
    saved = [
        conn.execute("SELECT type, sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()
        for name in names
    ]
    for name, (kind, _) in zip(names, saved):
        conn.execute(f"DROP {kind.upper()} {name}")
    yield
    for _, sql in saved:
        conn.execute(sql)


def _link_tags(conn: sqlite3.Connection, tagged: list[tuple[int, list[tuple[str, str]]]]) -> None:
    """Tags (category, name) of freshly inserted customers, creating tags as needed."""
    tag_ids: dict[tuple[str, str], int] = {}
    for pair in dict.fromkeys(p for _, pairs in tagged for p in pairs):
        row = conn.execute(
            "SELECT id FROM tags WHERE category = ? AND name = ? COLLATE NOCASE", pair
        ).fetchone()
        tag_ids[pair] = row[0] if row else inserted_id(conn.execute(
            "INSERT INTO tags (name, category) VALUES (?, ?)", (pair[1], pair[0])
        ))  # fmt: skip
    links = {(customer_id, tag_ids[p]) for customer_id, pairs in tagged for p in pairs}
    conn.executemany(
        "INSERT OR IGNORE INTO customer_tags (customer_id, tag_id) VALUES (?, ?)", sorted(links)
    )


_RECORDS: dict[str, _Records] = {
    "customers": _customer_records,
    "interactions": _entry_records("interactions"),
    "orders": _entry_records("orders"),
}
_WRITERS: dict[str, _Writer] = {
    "customers": _write_customers,
    "interactions": _entry_writer("interactions", INTERACTION_COLUMNS),
    "orders": _entry_writer("orders", ORDER_COLUMNS),
}
