"""vCard 3.0 / 4.0 (``.vcf``) in and out, through vobject (Radicale's parser: folding, escaping, params).

In: a file of any number of cards becomes a :class:`~custui.store.readers.Table`
whose columns are customer fields, so it goes through the same checks as a
spreadsheet.  A card with ORG is a company (ORG the name, FN the contact); a
card without one is a person.  A card that cannot be parsed is reported by
its number and never stops the others.  Row numbers are card numbers.

Out: one card per customer, in list order: ORG, FN, TITLE, TEL (one per number, E.164 when known),
EMAIL, URL, ADR (street, postcode, city, region and the country's name), NOTE, CATEGORIES (tags)
and X-CUSTUI-CODE (and X-CUSTUI-CONTACT for a person whose contact is someone else), so importing the file into an empty book gives the same customers back (a
round-trip test checks it).  Several TELs of one card come back as one phone cell, " / " between.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

from custui.store.readers import ImportFileError, Table, UnreadableRow, decode

#: The Table columns a card fills (names the customer import maps directly).
HEADERS = ("code", "name", "kind", "contact_name", "contact_title", "phone", "email", "website", "street", "postcode",
           "city", "region", "country", "notes", "tags")  # fmt: skip
#: ADR's parts → the customer's address fields.
_ADR_PARTS = (("street", "street"), ("code", "postcode"), ("city", "city"), ("region", "region"), ("country", "country"))
_BEGIN = re.compile(r"^BEGIN:VCARD\s*$", re.I | re.M)
_END = re.compile(r"^END:VCARD\s*$", re.I | re.M)
MAX_CARD_CHARS = 1_000_000


def _cards(text: str) -> Iterator[str]:
    """Each BEGIN:VCARD … END:VCARD block (an unterminated last one included, to be reported)."""
    position = 0
    while (begin := _BEGIN.search(text, position)) is not None:
        end = _END.search(text, begin.end())
        stop = end.end() if end else len(text)
        nxt = _BEGIN.search(text, begin.end())
        if nxt is not None and (end is None or nxt.start() < end.start()):
            stop = nxt.start()  # a card missing its END: stop at the next BEGIN
        yield text[begin.start() : stop]
        position = stop


def _value(card: Any, name: str) -> Any:
    items = card.contents.get(name)
    return items[0].value if items else None


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return " ".join(str(v) for v in value if v)
    return str(value)


def _by_preference(card: Any, name: str) -> list[str]:
    """Every value of *name*, those marked PREF first, then work / cell, then the rest."""
    items = card.contents.get(name) or []

    def rank(item: Any) -> int:
        types = {str(t).lower() for t in item.params.get("TYPE", [])}
        return 0 if "pref" in types or item.params.get("PREF") else 1 if types & {"work", "cell"} else 2

    values = [_text(item.value) for item in sorted(items, key=rank)]
    return [v[4:] if v.lower().startswith("tel:") else v for v in values if v]  # vCard 4.0: TEL;VALUE=uri:tel:+1…


def _row(card: Any) -> list[object]:
    org = _text(_value(card, "org")).strip()
    full_name = _text(_value(card, "fn")).strip()
    contact = _text(_value(card, "x-custui-contact")).strip() or full_name
    address = _value(card, "adr")
    parts = {field: _text(getattr(address, part, "")) if address is not None else "" for part, field in _ADR_PARTS}
    categories = card.contents.get("categories") or []
    tags = [t for item in categories for t in (item.value if isinstance(item.value, list) else [item.value]) if t]
    emails = _by_preference(card, "email")
    return [
        _text(_value(card, "x-custui-code")), org or full_name, "company" if org else "person", contact,
        _text(_value(card, "title")), " / ".join(dict.fromkeys(_by_preference(card, "tel"))), emails[0] if emails else "",
        _text(_value(card, "url")), *parts.values(), _text(_value(card, "note")), "; ".join(tags),
    ]  # fmt: skip


def read_vcards(data: bytes, name: str = "the file", encoding: str | None = None) -> Table:
    """The cards of a .vcf file (in *encoding*, else detected) as a Table; ImportFileError when it holds none."""
    import vobject

    text, encoding = decode(data, name, encoding)
    rows: list[list[object]] = []
    numbers: list[int] = []
    unreadable: list[UnreadableRow] = []
    for number, block in enumerate(_cards(text.lstrip("\ufeff")), 1):
        if len(block) > MAX_CARD_CHARS:
            unreadable.append(UnreadableRow(number, f"card {number} is over {MAX_CARD_CHARS:,} characters"))
            continue
        try:
            card = vobject.readOne(block, ignoreUnreadable=False)
            row = _row(card)
        except Exception as exc:  # vobject raises many kinds (ParseError, ValueError, IndexError…) on broken cards
            unreadable.append(UnreadableRow(number, f"card {number} cannot be read ({type(exc).__name__}); fix or remove it"))
            continue
        rows.append(row)
        numbers.append(number)
    if not rows and not unreadable:
        raise ImportFileError(f"{name} holds no vCards (no BEGIN:VCARD line).")
    return Table(list(HEADERS), rows, numbers, f"{encoding} vCard, {len(rows) + len(unreadable):,} cards", unreadable)


def _country_text(country: object) -> str:
    """ADR's country as a phone's address book shows it: the English name of an ISO code ("DE" → "Germany")."""
    if isinstance(country, str) and len(country) == 2 and country.isupper():
        from custui.core.regions import country_name

        return country_name(country)
    return str(country or "")


def write_vcards(customers: Sequence[dict[str, Any]]) -> str:
    """vCard 3.0 text for *customers* (dicts with the customer columns and a ``tags`` list of names)."""
    import vobject

    out = []
    for customer in customers:
        card = vobject.vCard()
        person = customer.get("kind") == "person"
        full_name = customer["name"] if person else customer.get("contact_name") or customer["name"]
        card.add("fn").value = full_name
        card.add("n").value = vobject.vcard.Name(family=full_name)
        if person and customer.get("contact_name") and customer["contact_name"] != full_name:
            card.add("x-custui-contact").value = customer["contact_name"]  # a person whose contact is someone else
        if not person:
            card.add("org").value = [customer["name"]]
        for field, prop in (("contact_title", "title"), ("email", "email"), ("website", "url"), ("notes", "note")):
            if customer.get(field):
                card.add(prop).value = str(customer[field])
        # E.164 when known: "614 455 8883" means nothing without the country it was typed in
        for number in (customer.get("phone_e164") or "").split() or ([customer["phone"]] if customer.get("phone") else []):
            tel = card.add("tel")
            tel.value = str(number)
            tel.type_param = "WORK"
        if any(customer.get(field) for _, field in _ADR_PARTS):
            parts = {part: str(customer.get(field) or "") for part, field in _ADR_PARTS}
            parts["country"] = _country_text(customer.get("country"))
            card.add("adr").value = vobject.vcard.Address(**parts)
        if customer.get("tags"):
            card.add("categories").value = list(customer["tags"])
        card.add("x-custui-code").value = customer["code"]
        out.append(card.serialize())
    return "".join(out)
