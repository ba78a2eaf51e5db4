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
from typing import TYPE_CHECKING

from custui.core.dedupe.model import DEFAULT_THRESHOLD, Record
from custui.core.import_rows import check_customer_rows
from custui.core.parallel import chunks
from custui.store.db import Store
from custui.store.importer import ImportCancelled, plan, raw_rows
from custui.store.readers import Table

if TYPE_CHECKING:
    from custui.core.dedupe import Index

_CHUNK = 250


@dataclass(frozen=True)
class Existing:
    row: int  # the file's row number
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
) -> list[Existing]:
    """For each valid row that looks like an existing customer, the best such customer (in row order).
    *index* is the duplicate index over the book (store.dupes.build_index)."""
    rows = raw_rows(table, plan(table, "customers", overrides))
    codes = {code.casefold(): (cid, code, name) for cid, code, name in store.tuples(
        "SELECT id, code, name FROM customers WHERE deleted_at IS NULL AND merged_into IS NULL")}  # fmt: skip
    found: list[Existing] = []
    matched_ids: set[int] = set()
    done = 0
    for chunk in chunks(rows, _CHUNK):
        for row in check_customer_rows(chunk, documents=False):
            if row.clean is None:
                continue
            clean = row.clean
            same_code = codes.get(str(clean.get("code") or "").casefold())
            if same_code:
                found.append(Existing(row.number, same_code[0], same_code[1], same_code[2], 100.0, ("same code",)))
                continue
            draft = Record(
                id=0, name=str(clean.get("name") or ""), kind=str(clean.get("kind") or "company"),
                contact_name=clean.get("contact_name"), phone_e164=clean.get("phone_e164"), email=clean.get("email"),
                city=clean.get("city"), region=clean.get("region"), website=clean.get("website"),
            )  # fmt: skip
            best = index.candidates_for(draft, limit=1, threshold=threshold)
            if best:
                found.append(Existing(row.number, best[0].b, "", "", best[0].score, tuple(best[0].reasons)))
                matched_ids.add(best[0].b)
        done += len(chunk)
        if cancel is not None and cancel.is_set():
            raise ImportCancelled("Stopped looking for customers already in the book.")
        if progress is not None:
            progress(done, len(rows))
    return _with_labels(store, found, matched_ids)


def _with_labels(store: Store, found: list[Existing], ids: set[int]) -> list[Existing]:
    from custui.store.repo import ID_LIST, id_list

    labels = {cid: (code, name) for cid, code, name in store.tuples(
        f"SELECT id, code, name FROM customers WHERE id IN {ID_LIST}", (id_list(sorted(ids)),))}  # fmt: skip
    out = []
    for e in found:
        if not e.code:
            code, name = labels.get(e.customer_id, ("?", "?"))
            e = Existing(e.row, e.customer_id, code, name, e.score, e.reasons)
        out.append(e)
    return out
