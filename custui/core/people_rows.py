"""Files of people: which reading an import takes, the person on a row, and rows of one company as one.

Contact exports (HubSpot, Salesforce, Google Contacts, a phone's address book)
have one row per *person*: First Name, Last Name, Email, Company Name… — 40
people at 4 companies.  Customer lists have one row per *customer*, its
contact beside it.  The same columns can mean either, so the reading is
decided once per file, said in the report, and the rep can override it:

- one row per customer when the file has a customer code column (codes name
  customers), when it has no person-name column, and with ``--existing add``
  (which merges nothing);
- one row per person when it has person-name columns and no code column, and
  for a vCard file (a card is a person's).

Read per person, rows of one company become one customer with all its people:
rows with one code, else rows whose company names are the same once folded
(legal forms, width, 繁/简: core.dedupe's company key); a file without a company
column groups by a company e-mail domain two or more rows share, never a free
mail one (core.free_mail).  A row without a company is a person customer.

Pure: the importer checks each row first (a bad row is rejected on its own,
with its number), then groups the good ones here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from custui.core.columns import PERSON_NAME_FIELDS
from custui.core.free_mail import company_domain
from custui.core.text import has_cjk
from custui.core.validate import normalize_text

ROWS = ("customers", "people")
#: What a reading is called in reports and the wizard.
ROW_WORDS = {"customers": "one row per customer", "people": "one row per person"}


@dataclass(frozen=True)
class Reading:
    rows: str  # "customers" | "people"
    why: str  # in the rep's words: "person-name columns, no customer code column"

    def line(self, rows: int, customers: int, contacts: int) -> str:
        """ "Read as one row per person (…): 40 rows → 4 customers, 40 contacts"."""
        return (f"Read as {ROW_WORDS[self.rows]} ({self.why}): {_count(rows, 'row')} → "
                f"{_count(customers, 'customer')}, {_count(contacts, 'contact')}")  # fmt: skip


def _count(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def choose_reading(
    fields: Collection[str],
    *,
    chosen: str | None = None,
    adds_all: bool = False,
    per_person: bool = False,
) -> Reading:
    """The reading of a customer file whose columns hold *fields*: *chosen* (the rep's ``--rows``) wins;
    *adds_all* (``--existing add``) merges nothing; *per_person*: the file is people by nature (vCards)."""
    if chosen:
        if chosen not in ROWS:
            raise ValueError(f"rows are {' or '.join(ROWS)}, not {chosen!r}")
        return Reading(chosen, "as chosen")
    if per_person:
        return Reading("people", "a vCard file: one card per person")
    if "code" in fields:
        return Reading("customers", "it has a customer code column")
    if not set(PERSON_NAME_FIELDS) & set(fields):
        return Reading("customers", "no person-name column")
    if adds_all:
        return Reading("customers", "--existing add merges nothing")
    return Reading("people", "person-name columns, no customer code column")


# -- the person on a row ------------------------------------------------------------------------


def _joined(*cells: object) -> str:
    return " / ".join(dict.fromkeys(t for t in (normalize_text(c) for c in cells) if t))


def person_name(first: object, last: object) -> str:
    """ "John" + "Smith" → "John Smith"; 伟 + 张 → 张伟 (a Chinese name is family name first, no space)."""
    first, last = normalize_text(first), normalize_text(last)
    if has_cjk(first + last):
        return last + first
    return " ".join(p for p in (first, last) if p)


def split_person(
    cells: Mapping[str, Any], rows: str
) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """(the customer's cells, the person's raw fields or None) of one row read as *rows*.

    The person: Contact / Full Name, else First + Last Name; Title; Mobile — and read per person, the
    row's Phone and E-mail too.  The customer keeps its own phone and e-mail (Company Phone…); one
    without a name is the person's own customer (kind person)."""
    customer = {k: v for k, v in cells.items() if k not in _PERSON_CELLS}
    name = normalize_text(cells.get("contact_name")) or person_name(
        cells.get("first_name"), cells.get("last_name")
    )
    title = normalize_text(cells.get("contact_title"))
    if rows == "people":
        phone, email = (
            _joined(cells.get("phone"), cells.get("contact_phone")),
            normalize_text(cells.get("email")),
        )
        customer["phone"], customer["email"] = (
            cells.get("company_phone", ""),
            cells.get("company_email", ""),
        )
    else:
        phone, email = normalize_text(cells.get("contact_phone")), ""
        customer["phone"] = _joined(cells.get("phone"), cells.get("company_phone")) or phone
        customer["email"] = normalize_text(cells.get("email")) or normalize_text(
            cells.get("company_email")
        )
    if not (name or title):
        return customer, None
    if not normalize_text(customer.get("name")):
        customer["name"] = name or title
        customer["kind"] = normalize_text(customer.get("kind")) or "person"
    return customer, {"name": name or title, "title": title, "phone": phone, "email": email}


_PERSON_CELLS = frozenset(("contact_name", "first_name", "last_name", "contact_title", "contact_phone", "company_phone",
                           "company_email", "phone", "email"))  # fmt: skip


# -- rows of one company ----------------------------------------------------------------------


@dataclass(frozen=True)
class Group:
    rows: tuple[int, ...]  # the file's row numbers, the first one the group's (decisions, messages)
    clean: dict[str, Any]  # the customer, its people in ``contacts`` (the first row's person first)


def group_rows(checked: Sequence[tuple[int, dict[str, Any]]], *, by_domain: bool) -> list[Group]:
    """The good rows (number, clean record) of a file read per person, grouped into customers in the order
    of their first rows.  *by_domain*: the file has no company column, so colleagues are known by a
    company e-mail domain (shared by two rows or more; the customer is named after it)."""
    keys = [_key(clean, by_domain) for _, clean in checked]
    shared = Counter(k for k in keys if k and k[0] == "domain")
    members: dict[tuple[object, ...], list[int]] = {}
    for index, key in enumerate(keys):
        if key is None or (key[0] == "domain" and shared[key] < 2):
            key = ("row", index)
        members.setdefault(key, []).append(index)
    groups = []
    for key, indexes in members.items():
        records = [checked[i][1] for i in indexes]
        clean = combined_customer(records) if len(records) > 1 else records[0]
        if key[0] == "domain":
            _named_by_domain(clean, str(key[1]))
        if "_search" in clean and len(records) > 1:
            from custui.core.search_docs import documents_without_code

            clean["_search"] = documents_without_code(clean)
        groups.append(Group(tuple(checked[i][0] for i in indexes), clean))
    return groups


def _key(clean: Mapping[str, Any], by_domain: bool) -> tuple[object, ...] | None:
    """What makes rows one customer: its code, else its company name folded, else (no company column)
    its people's company e-mail domain; None: a customer of its own."""
    from custui.core.dedupe.keys import company_key

    if clean.get("code"):
        return ("code", str(clean["code"]).casefold())
    if by_domain:
        people = clean.get("contacts") or ()
        domain = company_domain(people[0].get("email")) if people else None
        return ("domain", domain) if domain else None
    if clean.get("kind") == "person":
        return None  # two people of one name are two people
    key = company_key(str(clean.get("name") or ""))  # one name in two countries: two companies
    return (
        ("name", key.key, key.region, key.branch, key.numbers, clean.get("country"))
        if key.key
        else None
    )


def _named_by_domain(clean: dict[str, Any], domain: str) -> None:
    """A company known only by its people's e-mail domain: named after it, its website."""
    clean.update(name=domain, kind="company")
    clean["website"] = clean.get("website") or domain


#: The customer's phone columns, taken together (a phone's E.164 and its flag belong to it).
_PHONE = ("phone", "phone_e164", "phone_invalid")


def combined_customer(records: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """One customer from the records of its rows: the first row's values, its blanks filled from the
    later rows (a phone with its E.164 and flag), notes and tags of every row, every person once
    (core.contacts: one person on two rows is one contact)."""
    from custui.core.contacts import combined_person, same_people

    kept = dict(records[0])
    people: list[dict[str, Any]] = []
    for number, record in enumerate(records):
        people += [{**p, "_row": number} for p in record.get("contacts") or ()]
        if number == 0:
            continue
        for name, value in record.items():
            if name in ("contacts", "tags", "notes", "_search", *_PHONE) or value in (None, ""):
                continue
            if kept.get(name) in (None, ""):
                kept[name] = value
        if not kept.get("phone") and record.get("phone"):
            kept.update({c: record.get(c) for c in _PHONE})
        if record.get("notes") and record["notes"] not in (kept.get("notes") or ""):
            kept["notes"] = "\n".join(n for n in (kept.get("notes"), record["notes"]) if n)
        kept["tags"] = list(dict.fromkeys([*(kept.get("tags") or ()), *(record.get("tags") or ())]))
    kept["contacts"] = [
        {k: v for k, v in combined_person([people[i] for i in group]).items() if k != "_row"}
        for group in same_people(people, source="_row")
    ]
    return kept
