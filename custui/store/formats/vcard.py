"""vCard 3.0 / 4.0 (``.vcf``) in and out, through vobject (Radicale's parser: folding, escaping, params).

A card is a person: FN the person, ORG the company they work at.

In: a file of any number of cards becomes a :class:`~custui.store.formats.base.Table`
whose columns are customer fields, read one row per person (``per_person``), so
it goes through the same checks as a spreadsheet and the cards of one company
(one ORG, or one X-CUSTUI-CODE) become one customer with all its people.  A
card without ORG is a person customer; a card whose FN is its ORG is a company
with no person named.  Cards custui wrote say which numbers are the customer's own
(``X-CUSTUI=ORG``); another program's cards give the customer its first
person's phone and e-mail, as a spreadsheet of people does.  A card that cannot be parsed is reported by its number
and never stops the others.  Row numbers are card numbers.

Out: one card per person, in list order, the primary first: FN and N the
person, TITLE, their TELs (E.164 when understood) and EMAIL; the customer's
own phone and e-mail beside them marked ``X-CUSTUI=ORG``; ORG, URL, ADR (street,
postcode, city, region and the country's name), NOTE, CATEGORIES (tags) and
X-CUSTUI-CODE of the customer.  A customer without people still gets one card
(X-CUSTUI-PEOPLE:0).  Importing the file into an empty book gives the same
customers and people back (a round-trip test checks it).  Several TELs of one
card come back as one phone cell, " / " between.

Both ways live in this one file, so the card ↔ customer mapping is read and written in one place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

from custui.store.formats.base import ImportFileError, Reader, ReadOptions, Table, UnreadableRow
from custui.store.formats.text import decode

#: The Table columns a card fills (names the customer import maps directly).
HEADERS = ("code", "name", "kind", "contact_name", "contact_title", "phone", "email", "company_phone", "company_email",
           "website", "street", "postcode", "city", "region", "country", "notes", "tags")  # fmt: skip
#: The parameter that marks a TEL or EMAIL as the customer's own (the switchboard, info@), not the person's.
ORG_PARAM = "X-CUSTUI"
#: ADR's parts → the customer's address fields.
_ADR_PARTS = (
    ("street", "street"),
    ("code", "postcode"),
    ("city", "city"),
    ("region", "region"),
    ("country", "country"),
)
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
    if isinstance(
        value, (list, tuple)
    ):  # ORG's units; a unit split at an unescaped comma comes as a list
        return " ".join(
            ",".join(map(str, v)) if isinstance(v, (list, tuple)) else str(v) for v in value if v
        )
    return str(value)


def _is_org(item: Any) -> bool:
    return "ORG" in {str(v).upper() for v in item.params.get(ORG_PARAM, [])}


def _by_preference(card: Any, name: str, *, org: bool = False) -> list[str]:
    """Every value of *name* (the person's, or with *org* the customer's own), those marked PREF first,
    then work / cell, then the rest."""
    items = [item for item in card.contents.get(name) or [] if _is_org(item) == org]

    def rank(item: Any) -> int:
        types = {str(t).lower() for t in item.params.get("TYPE", [])}
        return (
            0
            if "pref" in types or item.params.get("PREF")
            else 1
            if types & {"work", "cell"}
            else 2
        )

    values = [_text(item.value) for item in sorted(items, key=rank)]
    return [
        v[4:] if v.lower().startswith("tel:") else v for v in values if v
    ]  # vCard 4.0: TEL;VALUE=uri:tel:+1…


def _row(card: Any) -> list[object]:
    org = _text(_value(card, "org")).strip()
    full_name = _text(_value(card, "fn")).strip()
    contact = _text(_value(card, "x-custui-contact")).strip() or full_name
    if (org and full_name == org) or _text(_value(card, "x-custui-people")).strip() == "0":
        contact = ""  # a company's own card, or a customer without people
    address = _value(card, "adr")
    parts = {
        field: _text(getattr(address, part, "")) if address is not None else ""
        for part, field in _ADR_PARTS
    }
    categories = card.contents.get("categories") or []
    tags = [
        t
        for item in categories
        for t in (item.value if isinstance(item.value, list) else [item.value])
        if t
    ]

    def phones(org: bool) -> str:
        return " / ".join(dict.fromkeys(_by_preference(card, "tel", org=org)))

    def email(org: bool) -> str:
        return next(iter(_by_preference(card, "email", org=org)), "")

    return [
        _text(_value(card, "x-custui-code")), org or full_name, "company" if org else "person", contact,
        _text(_value(card, "title")), phones(False), email(False), phones(True), email(True),
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
            unreadable.append(
                UnreadableRow(number, f"card {number} is over {MAX_CARD_CHARS:,} characters")
            )
            continue
        try:
            card = vobject.readOne(block, ignoreUnreadable=False)
            row = _row(card)
        except Exception as exc:  # noqa: BLE001 - vobject raises many kinds (ParseError, ValueError, IndexError…) on broken cards
            unreadable.append(
                UnreadableRow(
                    number, f"card {number} cannot be read ({type(exc).__name__}); fix or remove it"
                )
            )
            continue
        rows.append(row)
        numbers.append(number)
    if not rows and not unreadable:
        raise ImportFileError(f"{name} holds no vCards (no BEGIN:VCARD line).")
    headers = list(HEADERS)
    if not any(
        row[0] for row in rows
    ):  # not custui's cards: the people's numbers are their company's too
        kept = [i for i, h in enumerate(HEADERS) if h not in ("company_phone", "company_email")]
        headers, rows = [HEADERS[i] for i in kept], [[row[i] for i in kept] for row in rows]
    return Table(
        headers,
        rows,
        numbers,
        f"{encoding} vCard, {len(rows) + len(unreadable):,} cards",
        unreadable,
        per_person=True,
    )


def _country_text(country: object) -> str:
    """ADR's country as a phone's address book shows it: the English name of an ISO code ("DE" → "Germany")."""
    if isinstance(country, str) and len(country) == 2 and country.isupper():
        from custui.core.regions import country_name

        return country_name(country)
    return str(country or "")


def _numbers(raw: str | None, e164: str | None, invalid: object) -> list[str]:
    """A phone cell's numbers as E.164 when every one was understood ("614 455 8883" means nothing
    without the country it was typed in), else the cell as typed."""
    return e164.split() if e164 and not invalid else [raw] if raw else []


def _add(card: Any, prop: str, value: str, *, org: bool = False) -> None:
    item = card.add(prop)
    item.value = value
    if prop == "tel":
        item.type_param = "WORK"
    if org:
        item.params[ORG_PARAM] = ["ORG"]


def _card(customer: dict[str, Any], person: dict[str, Any] | None) -> str:
    """The card of one *person* at *customer* (None: the customer's own card, it has no people)."""
    import vobject

    card = vobject.vCard()
    is_person = customer.get("kind") == "person"
    full_name = customer["name"] if is_person or person is None else person["name"]
    card.add("fn").value = full_name
    card.add("n").value = vobject.vcard.Name(family=full_name)
    if person is None:
        card.add("x-custui-people").value = "0"
    elif is_person and person["name"] != full_name:
        card.add("x-custui-contact").value = person[
            "name"
        ]  # a person whose contact is someone else
    if not is_person:
        card.add("org").value = [customer["name"]]
    own_numbers: list[str] = []
    if person is not None:
        own_numbers = _numbers(
            person.get("phone"), person.get("phone_e164"), person.get("phone_invalid")
        )
        for field, prop in (("title", "title"), ("email", "email")):
            if person.get(field):
                _add(card, prop, str(person[field]))
        for number in own_numbers:
            _add(card, "tel", str(number))
    mark = person is not None  # beside a person, the customer's own numbers say whose they are
    for number in _numbers(
        customer.get("phone"), customer.get("phone_e164"), customer.get("phone_invalid")
    ):
        if number not in own_numbers:
            _add(card, "tel", str(number), org=mark)
    if customer.get("email") and (person is None or customer["email"] != person.get("email")):
        _add(card, "email", str(customer["email"]), org=mark)
    for field, prop in (("website", "url"), ("notes", "note")):
        if customer.get(field):
            card.add(prop).value = str(customer[field])
    if any(customer.get(field) for _, field in _ADR_PARTS):
        parts = {part: str(customer.get(field) or "") for part, field in _ADR_PARTS}
        parts["country"] = _country_text(customer.get("country"))
        card.add("adr").value = vobject.vcard.Address(**parts)
    if customer.get("tags"):
        card.add("categories").value = list(customer["tags"])
    card.add("x-custui-code").value = customer["code"]
    text: str = card.serialize()  # vobject is untyped
    return text


def write_vcards(customers: Sequence[dict[str, Any]]) -> str:
    """vCard 3.0 text for *customers* (dicts with the customer columns, a ``tags`` list of names and their
    ``people``, the primary first): one card per person, one for a customer without people."""
    return "".join(
        _card(customer, person)
        for customer in customers
        for person in customer.get("people") or [None]
    )


def _read(data: bytes, name: str, options: ReadOptions) -> Table:
    return read_vcards(data, name, options.encoding)


READER = Reader(
    name="vCard",
    extensions=(".vcf",),
    description="phone contacts (vCard 3.0 or 4.0), one person a card",
    read=_read,
    encodings=True,
)
