"""Checking imported customer rows, one chunk at a time (in worker processes for big files).

Each row is checked on its own here — validation, tags, the standard industry,
its search documents — so chunks can run in parallel; what needs the whole
file (codes unique, blank codes numbered) is the importer's job afterwards.
Everything a chunk needs travels with it, so it pickles to a worker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from custui.core.addresses import fill_address
from custui.core.industries import industry_namer
from custui.core.regions import FALLBACK_REGION
from custui.core.search_docs import documents_without_code
from custui.core.tags import split_input
from custui.core.validate import FieldError, FieldInvalid, customer_warnings, normalize_text, validate_customer

_TAG_SEPARATORS = re.compile(r"[;,，；、]")


@dataclass(frozen=True)
class CheckedRow:
    number: int  # the spreadsheet row
    clean: dict[str, Any] | None  # None when rejected; "_search" holds (document less code, pinyin)
    errors: tuple[FieldError, ...] = ()
    warnings: tuple[FieldError, ...] = ()  # kept as written but not understood (a phone, a country)


def tag_pairs(raw: object) -> list[tuple[str, str]]:
    """"重点; risk/付款慢" → [("custom", "重点"), ("risk", "付款慢")]; FieldInvalid for a bad name."""
    pairs = []
    for piece in _TAG_SEPARATORS.split(normalize_text(raw)):
        if piece.strip():
            category, name = split_input(piece)
            pairs.append((category or "custom", name))
    return list(dict.fromkeys(pairs))


def _people(clean: dict[str, Any]) -> list[dict[str, Any]]:
    """The row's people: its Contact and Title, as the customer's primary contact."""
    name, title = clean.pop("contact_name", None), clean.pop("contact_title", None)
    return [{"name": name or title, "title": title}] if name or title else []


@lru_cache(maxsize=4)
def _namer(synonyms: tuple[tuple[str, str], ...]):
    return industry_namer(dict(synonyms))


def check_customer_cells(
    rows: list[tuple[int, list[Any]]],
    fields: tuple[tuple[int, str], ...],
    synonyms: tuple[tuple[str, str], ...] = (),
    *,
    default_region: str = FALLBACK_REGION,
    documents: bool = True,
) -> list[CheckedRow]:
    """check_customer_rows over (row number, the file's cells): *fields* says which cell is which field.
    (Building the field dicts here keeps that work in the workers too.)"""
    return check_customer_rows(
        [(n, {f: cells[i] for i, f in fields}) for n, cells in rows], synonyms,
        default_region=default_region, documents=documents,
    )  # fmt: skip


def check_customer_rows(
    rows: list[tuple[int, dict[str, Any]]],
    synonyms: tuple[tuple[str, str], ...] = (),
    *,
    default_region: str = FALLBACK_REGION,
    documents: bool = True,
) -> list[CheckedRow]:
    """Check each (row number, raw fields) as the customer form would, map its industry (the rep's
    *synonyms* first) and build its search documents (unless not *documents*).

    A one-line ``address`` fills the address fields its row leaves blank; phones without a
    country code are read for the row's country, else *default_region* (``--region``, else the
    home region).  A phone or country that is not understood is kept and warned about, never a
    reason to reject the row."""
    standard_industry = _namer(synonyms)
    checked = []
    for number, raw in rows:
        fields = {k: ("" if v is None else v) for k, v in raw.items() if k not in ("tags", "address")}
        address = raw.get("address")
        if address and normalize_text(address):
            fill_address(fields, normalize_text(address))
        clean, errors = validate_customer({"kind": "", **fields}, default_region=default_region)
        try:
            clean["tags"] = tag_pairs(raw.get("tags"))
        except FieldInvalid as exc:
            errors.append(FieldError("tags", str(exc)))
        if errors:
            checked.append(CheckedRow(number, None, tuple(errors)))
            continue
        clean.setdefault("phone_invalid", 0)  # the column is NOT NULL; a file without phones has none
        clean["contacts"] = _people(clean)
        if "industry" in clean:
            clean["industry"] = standard_industry(clean["industry"])
        if documents:
            clean["_search"] = documents_without_code(clean)
        kept = customer_warnings(clean, default_region) if clean["phone_invalid"] or clean.get("country") else ()
        checked.append(CheckedRow(number, clean, (), tuple(kept)))
    return checked
