"""What the full-text index holds for a customer: one folded document and its pinyin tokens.

The search triggers call these through SQL functions (store.db registers
them); a bulk import calls them directly, in worker processes, and inserts
the results with the triggers off — so both paths must agree, and a store
test holds them equal.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from custui.core import text

#: The customer columns the document is built from, in custui_doc()'s order (then tags, then ADDRESS_COLUMNS).
SEARCH_COLUMNS = (
    "code", "name", "contact_name", "contact_title", "phone", "phone_e164",
    "email", "industry", "region", "city", "notes",
)  # fmt: skip
#: custui_doc()'s 13th to 15th arguments (schema v7).
ADDRESS_COLUMNS = ("street", "postcode", "country")


def _phone_tokens(phone: str | None, e164: str | None) -> str:
    """Each number's digits as typed, its E.164 digits and their last 8 and 4 (a number typed without
    its area code still finds it)."""
    typed = text.digits_only(phone)
    if not e164:
        return typed
    tokens = [typed]
    for number in e164.split(" ") if " " in e164 else (e164,):
        digits = number[1:] if number[:1] == "+" and number[1:].isdigit() else text.digits_only(number)
        tokens += (digits, digits[-8:], digits[-4:])
    return " ".join(dict.fromkeys(t for t in tokens if t))


def _country_words(country: str | None) -> str | None:
    """A country code with its English and Chinese names, so "Germany" and "德国" find "DE"."""
    if not country or len(country) != 2 or not country.isupper():
        return country
    from custui.core.regions import country_name

    return " ".join(dict.fromkeys((country, country_name(country), country_name(country, "zh_Hans"))))


def customer_doc(code, name, contact, title, phone, e164, email, industry, region, city, notes, tags,
                 street=None, postcode=None, country=None) -> str:  # fmt: skip
    """The folded, CJK-spaced document; phones also as digits (see _phone_tokens), countries by name."""
    return text.search_document(
        code, name, contact, title, phone, _phone_tokens(phone, e164), email,
        industry, region, city, notes, tags, street, postcode, _country_words(country),
    )  # fmt: skip


def customer_pinyin(name, contact) -> str:
    return text.pinyin_document(name, contact)


def documents_without_code(record: Mapping[str, Any]) -> tuple[str, str]:
    """(document less the code, pinyin) for a customer whose code is not known yet."""
    doc = customer_doc(None, *(record.get(c) for c in SEARCH_COLUMNS[1:]), None, *(record.get(c) for c in ADDRESS_COLUMNS))
    return doc, customer_pinyin(record.get("name"), record.get("contact_name"))


def with_code(code: str, doc_without_code: str) -> str:
    """The full document once the code is known (what customer_doc would give with it)."""
    head = code.casefold() if code.isascii() else text.search_document(code)  # codes are [A-Z0-9_-]
    return f"{head} {doc_without_code}" if head and doc_without_code else head or doc_without_code
