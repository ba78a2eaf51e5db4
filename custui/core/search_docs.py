"""What the full-text index holds for a customer: one folded document and its pinyin tokens.

A customer is found by its own fields and by every one of its people: their
names, titles, phones, e-mails and IM handles (schema v7's ``contacts``).
The search triggers call these through SQL functions (store.db registers
them), passing the people as a JSON list; a bulk import calls them directly,
in worker processes, and inserts the results with the triggers off — so both
paths must agree, and a store test holds them equal.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from custui.core import text

#: The customer columns the document is built from, in custui_doc()'s order.
SEARCH_COLUMNS = ("code", "name", "phone", "phone_e164", "email", "industry", "region", "city", "notes",
                  "street", "postcode", "country")  # fmt: skip
#: What of each person the document holds (the keys of custui_doc's JSON list).
PERSON_COLUMNS = ("name", "title", "phone", "phone_e164", "email", "im")


def _phone_tokens(phone: str | None, e164: str | None) -> str:
    """Each number's digits as typed, its E.164 digits and their last 8 and 4 (a number typed without
    its area code still finds it)."""
    typed = text.digits_only(phone)
    if not e164:
        return typed
    tokens = [typed]
    for number in e164.split(" ") if " " in e164 else (e164,):
        digits = (
            number[1:] if number[:1] == "+" and number[1:].isdigit() else text.digits_only(number)
        )
        tokens += (digits, digits[-8:], digits[-4:])
    return " ".join(dict.fromkeys(t for t in tokens if t))


def _country_words(country: str | None) -> str | None:
    """A country code with its English and Chinese names, so "Germany" and "德国" find "DE"."""
    if not country or len(country) != 2 or not country.isupper():
        return country
    from custui.core.regions import country_name

    return " ".join(
        dict.fromkeys((country, country_name(country), country_name(country, "zh_Hans")))
    )


def _people(people: str | Iterable[Mapping[str, Any]] | None) -> list[Mapping[str, Any]]:
    """The people as dicts, from custui_doc's JSON text or a list (the bulk path)."""
    if not people:
        return []
    if isinstance(people, str):
        try:
            loaded = json.loads(people)
        except ValueError:
            return []
        return [p for p in loaded if isinstance(p, dict)] if isinstance(loaded, list) else []
    return list(people)


def customer_doc(code: str | None, name: str | None, phone: str | None, e164: str | None, email: str | None,
                 industry: str | None, region: str | None, city: str | None, notes: str | None,
                 street: str | None = None, postcode: str | None = None, country: str | None = None,
                 people: str | Iterable[Mapping[str, Any]] | None = None) -> str:  # fmt: skip
    """The folded, CJK-spaced document: the customer's fields, then each person's name, title, phone
    (see _phone_tokens), e-mail and IM handle; countries also by name."""
    persons = _people(people)
    person_parts = [
        part
        for person in persons
        for part in (person.get("name"), person.get("title"), person.get("phone"),
                     _phone_tokens(person.get("phone"), person.get("phone_e164")), person.get("email"), person.get("im"))
    ]  # fmt: skip
    return text.search_document(
        code, name, phone, _phone_tokens(phone, e164), email, industry, region, city, notes, street, postcode,
        _country_words(country), *person_parts,
    )  # fmt: skip


def legacy_doc(code: str | None, name: str | None, contact: str | None, title: str | None, phone: str | None,
               e164: str | None, email: str | None, industry: str | None, region: str | None, city: str | None,
               notes: str | None, tags: str | None, street: str | None = None, postcode: str | None = None,
               country: str | None = None) -> str:  # fmt: skip
    """``custui_doc()`` as schemas v2-v6 call it (their migrations, and the tag index's triggers, which
    pass a tag's name as *name*): the same words as customer_doc, the one contact as a person."""
    people = [{"name": contact, "title": title}] if contact or title else None
    doc = customer_doc(
        code,
        name,
        phone,
        e164,
        email,
        industry,
        region,
        city,
        notes,
        street,
        postcode,
        country,
        people,
    )
    return f"{doc} {text.search_document(tags)}".strip() if tags else doc


def tag_doc(name: str) -> str:
    """A tag's search document (its name, folded and CJK-spaced, as customers' words are)."""
    return legacy_doc(None, name, None, None, None, None, None, None, None, None, None, None)


def customer_pinyin(name: str | None, people_names: str | None) -> str:
    """Pinyin tokens of the customer's name and its people's names (space-separated)."""
    return text.pinyin_document(name, people_names)


def documents_without_code(record: Mapping[str, Any]) -> tuple[str, str]:
    """(document less the code, pinyin) for a customer whose code is not known yet; its people are
    ``record["contacts"]`` (dicts with PERSON_COLUMNS), the primary first."""
    people = [{c: p.get(c) for c in PERSON_COLUMNS} for p in record.get("contacts") or ()]
    name, phone, e164, email, industry, region, city, notes, street, postcode, country = (
        record.get(c) for c in SEARCH_COLUMNS[1:]
    )
    doc = customer_doc(
        None,
        name,
        phone,
        e164,
        email,
        industry,
        region,
        city,
        notes,
        street,
        postcode,
        country,
        people,
    )
    return doc, customer_pinyin(name, " ".join(p["name"] for p in people if p.get("name")) or None)


def with_code(code: str, doc_without_code: str) -> str:
    """The full document once the code is known (what customer_doc would give with it)."""
    head = code.casefold() if code.isascii() else text.search_document(code)  # codes are [A-Z0-9_-]
    return f"{head} {doc_without_code}" if head and doc_without_code else head or doc_without_code
