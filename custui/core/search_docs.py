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

#: The customer columns the document is built from, in custui_doc()'s order.
SEARCH_COLUMNS = (
    "code", "name", "contact_name", "contact_title", "phone", "phone_e164",
    "email", "industry", "region", "city", "notes",
)  # fmt: skip


def customer_doc(code, name, contact, title, phone, e164, email, industry, region, city, notes, tags) -> str:
    """The folded, CJK-spaced document; phones also as bare digits, E.164 digits and their last 8 and 4."""
    phone_digits = text.digits_only(phone)
    e164_digits = text.digits_only(e164)
    phone_tokens = [phone_digits, e164_digits, e164_digits[-8:], e164_digits[-4:]] if e164_digits else [phone_digits]
    return text.search_document(
        code, name, contact, title, phone, " ".join(t for t in phone_tokens if t), email,
        industry, region, city, notes, tags,
    )  # fmt: skip


def customer_pinyin(name, contact) -> str:
    return text.pinyin_document(name, contact)


def documents_without_code(record: Mapping[str, Any]) -> tuple[str, str]:
    """(document less the code, pinyin) for a customer whose code is not known yet."""
    doc = customer_doc(None, *(record.get(c) for c in SEARCH_COLUMNS[1:]), None)
    return doc, customer_pinyin(record.get("name"), record.get("contact_name"))


def with_code(code: str, doc_without_code: str) -> str:
    """The full document once the code is known (what customer_doc would give with it)."""
    head = code.casefold() if code.isascii() else text.search_document(code)  # codes are [A-Z0-9_-]
    return f"{head} {doc_without_code}" if head and doc_without_code else head or doc_without_code
