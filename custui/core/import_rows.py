"""Checking imported customer rows, one chunk at a time (in worker processes for big files).

Each row is checked on its own here — validation, tags, the standard industry,
its search documents — so chunks can run in parallel; what needs the whole
file (codes unique, blank codes numbered) is the importer's job afterwards.
Everything a chunk needs travels with it, so it pickles to a worker.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any, cast

from custui.core.addresses import fill_address
from custui.core.contacts import validate_contact
from custui.core.industries import industry_namer
from custui.core.people_rows import group_rows, split_person
from custui.core.regions import FALLBACK_REGION
from custui.core.search_docs import documents_without_code
from custui.core.tags import split_input
from custui.core.validate import (
    FieldError,
    FieldInvalid,
    customer_warnings,
    normalize_text,
    phone_region,
    validate_customer,
)

_TAG_SEPARATORS = re.compile(r"[;,，；、]|:::")  # ":::" between Google Contacts' labels


@dataclass(frozen=True)
class CheckedRow:
    number: int  # the spreadsheet row
    clean: dict[str, Any] | None  # None when rejected; "_search" holds (document less code, pinyin)
    errors: tuple[FieldError, ...] = ()
    warnings: tuple[FieldError, ...] = ()  # kept as written but not understood (a phone, a country)
    #: rows of one company read as one customer (group_checked): the others' numbers, and each
    #: member row's warnings by its own number
    members: tuple[int, ...] = ()
    member_warnings: tuple[tuple[int, FieldError], ...] = ()

    @property
    def row_count(self) -> int:
        return 1 + len(self.members)


def tag_pairs(raw: object) -> list[tuple[str, str]]:
    """ "重点; risk/付款慢" → [("custom", "重点"), ("risk", "付款慢")]; FieldInvalid for a bad name.
    Google Contacts' own groups ("* myContacts", "* starred") are not the rep's labels: left out."""
    pairs = []
    for piece in _TAG_SEPARATORS.split(normalize_text(raw)):
        if piece.strip() and not piece.strip().startswith("* "):
            category, name = split_input(piece)
            pairs.append((category or "custom", name))
    return list(dict.fromkeys(pairs))


#: A person's field (core.contacts) as the import names it in messages.
_PERSON_FIELD = {
    "name": "contact_name",
    "title": "contact_title",
    "phone": "contact_phone",
    "email": "email",
}


def _person(raw: dict[str, Any] | None, clean: dict[str, Any], default_region: str,
            cells: Collection[str]) -> tuple[list[dict[str, Any]], list[FieldError]]:  # fmt: skip
    """The row's person checked as the people dialog checks one (phones for the row's region), and the
    customer's phone and e-mail filled from theirs when it has none: when the file has no column for
    the company's own (*cells*: the fields it has)."""
    if raw is None:
        return [], []
    person, errors = validate_contact(
        raw, region=phone_region(clean, default_region), today=date.today()
    )
    if errors:
        return [], [FieldError(_PERSON_FIELD.get(e.field, e.field), e.message) for e in errors]
    if not clean.get("phone") and person.get("phone") and "company_phone" not in cells:
        clean.update(
            phone=person["phone"],
            phone_e164=person["phone_e164"],
            phone_invalid=person["phone_invalid"],
        )
    if not clean.get("email") and person.get("email") and "company_email" not in cells:
        clean["email"] = person["email"]
    return [person], []


@lru_cache(maxsize=4)
def _namer(synonyms: tuple[tuple[str, str], ...]) -> Callable[[str | None], str | None]:
    return industry_namer(dict(synonyms))


def check_customer_cells(
    rows: list[tuple[int, list[Any]]],
    fields: tuple[tuple[int, str], ...],
    synonyms: tuple[tuple[str, str], ...] = (),
    *,
    default_region: str = FALLBACK_REGION,
    documents: bool = True,
    rows_are: str = "customers",
) -> list[CheckedRow]:
    """check_customer_rows over (row number, the file's cells): *fields* says which cell is which field.
    (Building the field dicts here keeps that work in the workers too.)"""
    return check_customer_rows(
        [(n, {f: cells[i] for i, f in fields}) for n, cells in rows], synonyms,
        default_region=default_region, documents=documents, rows_are=rows_are,
    )  # fmt: skip


def check_customer_rows(
    rows: list[tuple[int, dict[str, Any]]],
    synonyms: tuple[tuple[str, str], ...] = (),
    *,
    default_region: str = FALLBACK_REGION,
    documents: bool = True,
    rows_are: str = "customers",
) -> list[CheckedRow]:
    """Check each (row number, raw fields) as the customer form would, map its industry (the rep's
    *synonyms* first) and build its search documents (unless not *documents*).

    The row's person (core.people_rows.split_person, for one row per customer or per person as
    *rows_are* says) is checked as the people dialog would and becomes ``clean["contacts"]``.

    A one-line ``address`` fills the address fields its row leaves blank; phones without a
    country code are read for the row's country, else *default_region* (``--region``, else the
    home region).  A phone or country that is not understood is kept and warned about, never a
    reason to reject the row."""
    standard_industry = _namer(synonyms)
    checked = []
    for number, raw in rows:
        cells = {
            k: ("" if v is None else v) for k, v in raw.items() if k not in ("tags", "address")
        }
        fields, person_raw = split_person(cells, rows_are)
        address = raw.get("address")
        if address and normalize_text(address):
            fill_address(fields, normalize_text(address))
        clean, errors = validate_customer({"kind": "", **fields}, default_region=default_region)
        people, person_errors = _person(person_raw, clean, default_region, raw.keys())
        errors += person_errors
        try:
            clean["tags"] = tag_pairs(raw.get("tags"))
        except FieldInvalid as exc:
            errors.append(FieldError("tags", str(exc)))
        if errors:
            checked.append(CheckedRow(number, None, tuple(errors)))
            continue
        clean.setdefault(
            "phone_invalid", 0
        )  # the column is NOT NULL; a file without phones has none
        clean["contacts"] = people
        if "industry" in clean:  # a checked text field: its text or None
            clean["industry"] = standard_industry(cast("str | None", clean["industry"]))
        if documents:
            clean["_search"] = documents_without_code(clean)
        kept = (
            customer_warnings(clean, default_region)
            if clean["phone_invalid"] or clean.get("country")
            else ()
        )
        checked.append(CheckedRow(number, clean, (), tuple(kept)))
    return checked


def group_checked(checked: list[CheckedRow], *, by_domain: bool) -> list[CheckedRow]:
    """A file read per person: its good rows grouped into customers (core.people_rows.group_rows), each
    as one CheckedRow numbered by its first row; rejected rows stay as they were, in row order."""
    good = {row.number: row for row in checked if row.clean is not None}
    groups = group_rows(
        [(n, row.clean) for n, row in good.items() if row.clean is not None], by_domain=by_domain
    )
    out = [row for row in checked if row.clean is None]
    for group in groups:
        first = good[group.rows[0]]
        if len(group.rows) == 1 and group.clean is first.clean:
            out.append(first)
            continue
        warned = tuple((n, w) for n in group.rows[1:] for w in good[n].warnings)
        out.append(
            CheckedRow(first.number, group.clean, (), first.warnings, group.rows[1:], warned)
        )
    return sorted(out, key=lambda row: row.number)
