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

import json
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from custui.core import columns
from custui.core.entries import validate_interaction, validate_order
from custui.core.tags import split_input
from custui.core.validate import FieldError, FieldInvalid, normalize_text, validate_customer
from custui.store.backup import backup_before
from custui.store.db import Store, search_documents
from custui.store.readers import Table
from custui.store.repo import CODE_PATTERN, EDITABLE_COLUMNS, ID_LIST, next_code, now_iso
from custui.store.timeline import INTERACTION_COLUMNS, ORDER_COLUMNS

Progress = Callable[[int, int], None]
_PROGRESS_EVERY = 2_000


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
    import_id: int | None = None  # the imports row recording what was written (custui imports lists them)

    @property
    def rejected_rows(self) -> list[int]:
        return sorted({r.row for r in self.rejected})


class MissingColumns(ValueError):
    """The file lacks a column the kind cannot do without."""


def plan(table: Table, kind: str, overrides: Mapping[int, str | None] | None = None) -> columns.ColumnMap:
    """The column mapping an import of *table* as *kind* would use; MissingColumns if unusable."""
    mapping = columns.map_headers(table.headers, kind, dict(overrides or {}))
    if mapping.missing:
        wanted = "; ".join(
            f"{columns.label(f)} (e.g. {', '.join(columns.HEADERS[kind][f][:3])})" for f in mapping.missing
        )
        raise MissingColumns(f"The file has no column for: {wanted}. Its columns: {', '.join(table.headers)}.")
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
) -> ImportReport:
    """Check every row of *table* and write the good ones (unless *dry_run*, or *strict* and any is bad)."""
    mapping = plan(table, kind, overrides)
    report = ImportReport(
        kind, table.source, {table.headers[i]: f for i, f in mapping.fields.items()}, mapping.ignored, len(table.rows)
    )
    report.rejected.extend(Rejection(r.row, "row", r.reason) for r in table.unreadable)
    report.rows += len(table.unreadable)
    records = (_RECORDS[kind])(store, table, mapping, today, report, progress)
    report.rejected.sort(key=lambda r: r.row)
    if dry_run or not records or (strict and report.rejected):
        return report
    backup_before(store, "import")
    stamp = now_iso()
    with store.transaction() as conn:
        report.import_id = int(conn.execute(
            "INSERT INTO imports (kind, source, rows, imported_at) VALUES (?, ?, ?, ?)",
            (kind, source_name or table.source, len(records), stamp),
        ).lastrowid)  # fmt: skip
        _WRITERS[kind](conn, records, report.import_id, stamp)
    report.imported, report.written = len(records), True
    return report


def _raw_rows(table: Table, mapping: columns.ColumnMap) -> list[tuple[int, dict[str, Any]]]:
    return [(number, {f: row[i] for i, f in mapping.fields.items()}) for number, row in zip(table.row_numbers, table.rows)]


def _reject(report: ImportReport, row: int, errors: Sequence[FieldError]) -> None:
    report.rejected.extend(Rejection(row, columns.label(e.field), e.message) for e in errors)


def _tick(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and (done % _PROGRESS_EVERY == 0 or done == total):
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


def _entry_records(kind: str):
    validate, date_field = (validate_interaction, "occurred_at") if kind == "interactions" else (validate_order, "ordered_at")

    def records(store, table, mapping, today, report, progress) -> list[tuple[int, dict[str, Any]]]:
        codes = _customer_codes(store)
        good: list[tuple[int, dict[str, Any]]] = []
        raw_rows = _raw_rows(table, mapping)
        for done, (number, raw) in enumerate(raw_rows, 1):
            _tick(progress, done, len(raw_rows))
            clean, errors = validate(raw, today)
            if not normalize_text(raw.get(date_field)):
                errors.append(FieldError(date_field, "Date is required."))
            code = normalize_text(raw.get("code"))
            target = codes.get(code.casefold(), f"No customer has code {code[:40]}.") if code else "No customer code."
            if isinstance(target, str):
                errors.append(FieldError("code", target))
            if errors:
                _reject(report, number, errors)
            else:
                good.append((int(target), clean))  # type: ignore[arg-type]
        return good

    return records


def _entry_writer(table_name: str, entry_columns: tuple[str, ...]):
    names = ("customer_id", *entry_columns, "created_at", "import_id")
    sql = f"INSERT INTO {table_name} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})"

    def write(conn, records: list[tuple[int, dict[str, Any]]], import_id: int, stamp: str) -> None:
        conn.executemany(sql, [(cid, *(clean.get(c) for c in entry_columns), stamp, import_id) for cid, clean in records])

    return write


# -- customers ------------------------------------------------------------------------


_TAG_SEPARATORS = re.compile(r"[;,，；、]")


def _tag_pairs(raw: object) -> list[tuple[str, str]]:
    """"重点; risk/付款慢" → [("custom", "重点"), ("risk", "付款慢")]; FieldInvalid for a bad name."""
    pairs = []
    for piece in _TAG_SEPARATORS.split(normalize_text(raw)):
        if piece.strip():
            category, name = split_input(piece)
            pairs.append((category or "custom", name))
    return list(dict.fromkeys(pairs))


def _customer_records(store, table, mapping, today, report, progress) -> list[dict[str, Any]]:
    from custui.core.industries import industry_namer
    from custui.store.settings import industry_synonyms

    standard_industry = industry_namer(industry_synonyms(store))
    taken = {r[0].casefold() for r in store.tuples("SELECT code FROM customers")}
    good: list[dict[str, Any]] = []
    raw_rows = _raw_rows(table, mapping)
    for done, (number, raw) in enumerate(raw_rows, 1):
        _tick(progress, done, len(raw_rows))
        tag_text = raw.pop("tags", None)
        clean, errors = validate_customer({"kind": "", **{k: ("" if v is None else v) for k, v in raw.items()}})
        try:
            clean["tags"] = _tag_pairs(tag_text)
        except FieldInvalid as exc:
            errors.append(FieldError("tags", str(exc)))
        if "industry" in clean:
            clean["industry"] = standard_industry(clean["industry"])
        code = clean.get("code")
        if code and code.casefold() in taken:
            errors.append(FieldError("code", f"Code {code} is already used by another customer."))
        if errors:
            _reject(report, number, errors)
            continue
        if code:
            taken.add(code.casefold())
        good.append(clean)
    _number_blank_codes(store, good, taken)
    for record in good:  # built here, before the write lock is taken, not by the triggers inside it
        record["_search"] = search_documents(record)
    return good


def _number_blank_codes(store: Store, records: list[dict[str, Any]], taken: set[str]) -> None:
    """Give each record without a code the next free C-number (after those in the file, too)."""
    highest = int(next_code(store)[1:]) - 1
    for code in taken:
        m = CODE_PATTERN.match(code.upper())
        if m:
            highest = max(highest, int(m.group(1)))
    for record in records:
        if not record.get("code"):
            highest += 1
            record["code"] = f"C{highest:05d}"


def _write_customers(conn, records: list[dict[str, Any]], import_id: int, stamp: str) -> None:
    names = (*EDITABLE_COLUMNS, "created_at", "updated_at", "row_version", "import_id")
    sql = f"INSERT INTO customers ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})"
    with _trigger_off(conn, "customers_fts_insert"):  # the documents are built already
        conn.executemany(sql, [(*(r.get(c) for c in EDITABLE_COLUMNS), stamp, stamp, 1, import_id) for r in records])
        ids = dict(conn.execute("SELECT code, id FROM customers WHERE import_id = ?", (import_id,)).fetchall())
        conn.executemany(
            "INSERT INTO customer_fts (rowid, doc, pinyin) VALUES (?, ?, ?)",
            [(ids[r["code"]], *r["_search"]) for r in records],
        )
    tagged = [r for r in records if r.get("tags")]
    if tagged:
        _link_tags(conn, tagged)


@contextmanager
def _trigger_off(conn, name: str) -> Iterator[None]:
    """Drop a trigger for the block and put it back as it was; inside the caller's transaction,
    so a failure's rollback restores it too, and other connections never see it missing."""
    (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (name,)).fetchone()
    conn.execute(f"DROP TRIGGER {name}")
    yield
    conn.execute(sql)


def _link_tags(conn, records: list[dict[str, Any]]) -> None:
    """Tags of freshly inserted customers (found again by their codes), creating tags as needed."""
    codes = [r["code"] for r in records]
    ids = dict(conn.execute(f"SELECT code, id FROM customers WHERE code IN {ID_LIST}", (json.dumps(codes),)).fetchall())
    tag_ids: dict[tuple[str, str], int] = {}
    for pair in dict.fromkeys(p for r in records for p in r["tags"]):
        row = conn.execute("SELECT id FROM tags WHERE category = ? AND name = ? COLLATE NOCASE", pair).fetchone()
        tag_ids[pair] = row[0] if row else conn.execute(
            "INSERT INTO tags (name, category) VALUES (?, ?)", (pair[1], pair[0])
        ).lastrowid  # fmt: skip
    links = {(ids[r["code"]], tag_ids[p]) for r in records for p in r["tags"]}
    conn.executemany("INSERT OR IGNORE INTO customer_tags (customer_id, tag_id) VALUES (?, ?)", sorted(links))


_RECORDS = {
    "customers": _customer_records,
    "interactions": _entry_records("interactions"),
    "orders": _entry_records("orders"),
}
_WRITERS = {
    "customers": _write_customers,
    "interactions": _entry_writer("interactions", INTERACTION_COLUMNS),
    "orders": _entry_writer("orders", ORDER_COLUMNS),
}
