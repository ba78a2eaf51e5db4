"""Rows of a customer import that are probably customers the book has already.

The duplicate core decides (names with typos, company suffixes, phone and
e-mail formats), as it does for the form's "probably exists already" hint;
a row carrying an existing customer's code is one for certain.  The wizard
shows them and the rep picks merge, skip or add per row
(importer.import_table's *decisions*).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from threading import Event
from typing import TYPE_CHECKING, Any

from custui.core.dedupe.model import DEFAULT_THRESHOLD, Record
from custui.core.import_rows import CheckedRow, check_customer_cells, group_checked
from custui.core.parallel import chunks
from custui.store.db import Store
from custui.store.importer import ImportCancelled, plan, reading_for
from custui.store.readers import Table
from custui.store.repo import codes_and_names
from custui.store.settings import home_region

if TYPE_CHECKING:
    from custui.core.dedupe import Index
    from custui.core.people_rows import Reading

_CHUNK = 250

#: (row, its name, customer id, score, reasons): one row that is probably a customer of the book.
_Found = tuple[int, str, int, float, tuple[str, ...]]


@dataclass(frozen=True)
class Existing:
    row: int  # the file's row number
    file_name: str  # the row's customer name, as the file has it (cleaned)
    customer_id: int
    code: str
    name: str
    score: float  # 0-100; 100 for the same code
    reasons: tuple[str, ...]


def find_existing(
    store: Store,
    table: Table,
    index: Index,
    *,
    overrides: Mapping[int, str | None] | None = None,
    threshold: float = DEFAULT_THRESHOLD,
    progress: Callable[[int, int], None] | None = None,
    cancel: Event | None = None,
    region: str | None = None,
    reading: Reading | None = None,
) -> list[Existing]:
    """For each valid row that looks like an existing customer, the best such customer (in row order).
    *index* is the duplicate index over the book (store.dupes.build_index); phones read as the import
    will read them (the row's country, else *region*, else the home region).  Read one row per person
    (*reading*, default: the file's), each company's rows are looked up as the one customer they make,
    under its first row's number.  The pages of *index*'s mapped arrays that a chunk's lookups touched
    are let go after it (Index.let_go_of_pages): a chunk's lookups touch most of them."""
    mapping = plan(table, "customers", overrides)
    fields = tuple(mapping.fields.items())
    default_region = region or home_region(store)
    chosen = reading or reading_for(table, "customers", overrides)
    assert chosen is not None  # a customer file always has a reading
    rows_are = chosen.rows
    rows = list(zip(table.row_numbers, table.rows))
    by_code = {code.casefold(): cid for cid, code in store.tuples(
        "SELECT id, code FROM customers WHERE deleted_at IS NULL AND merged_into IS NULL")}  # fmt: skip
    found: list[_Found] = []
    done, total = 0, len(rows) * (2 if rows_are == "people" else 1)
    checked: list[CheckedRow] = []
    for chunk in chunks(rows, _CHUNK):
        checked += check_customer_cells(
            chunk, fields, default_region=default_region, documents=False, rows_are=rows_are
        )
        if (
            rows_are == "customers"
        ):  # looked up chunk by chunk; per person, once the companies are known
            found += _matches(checked, by_code, index, threshold)
            checked = []
            index.let_go_of_pages()
        done += len(chunk)
        _stepped(progress, cancel, done, total)
    if rows_are == "people":
        groups = group_checked(checked, by_domain="name" not in mapping.fields.values())
        for part in chunks(groups, _CHUNK):
            found += _matches(part, by_code, index, threshold)
            index.let_go_of_pages()
            done += sum(row.row_count for row in part)
            _stepped(progress, cancel, done, total)
    labels = codes_and_names(store, sorted({f[2] for f in found}))
    return [
        Existing(row, file_name, cid, *labels[cid], score, reasons)
        for row, file_name, cid, score, reasons in found
    ]


def _stepped(
    progress: Callable[[int, int], None] | None, cancel: Event | None, done: int, total: int
) -> None:
    if cancel is not None and cancel.is_set():
        raise ImportCancelled("Stopped looking for customers already in the book.")
    if progress is not None:
        progress(done, total)


def _matches(
    checked: list[CheckedRow], by_code: Mapping[str, int], index: Index, threshold: float
) -> list[_Found]:
    return [
        m
        for row in checked
        if row.clean is not None
        for m in _match(row.number, row.clean, by_code, index, threshold)
    ]


def _match(
    number: int,
    clean: Mapping[str, Any],
    by_code: Mapping[str, int],
    index: Index,
    threshold: float,
) -> list[_Found]:
    """[(row, its name, customer id, score, reasons)] for the customer *clean* probably is, or []."""
    name = str(clean.get("name") or "")
    same_code = by_code.get(str(clean.get("code") or "").casefold())
    if same_code is not None:
        return [(number, name, same_code, 100.0, ("same code",))]
    draft = Record(
        id=0, name=name, kind=str(clean.get("kind") or "company"),
        contact_name=next((p.get("name") for p in clean.get("contacts") or ()), None),
        phone_e164=clean.get("phone_e164") or clean.get("phone"), email=clean.get("email"), city=clean.get("city"),
        region=clean.get("region"), website=clean.get("website"),
        address=" ".join(str(clean[f]) for f in ("street", "postcode") if clean.get(f)) or None,
    )  # fmt: skip
    return [
        (number, name, m.b, m.score, tuple(m.reasons))
        for m in index.candidates_for(draft, limit=1, threshold=threshold)
    ]
