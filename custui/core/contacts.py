"""The people at a customer: what a contact holds and how it is checked (pure).

A B2B customer is a company with several people — the purchasing manager, the
engineer who specifies, the boss who signs.  One of them is the *primary*
contact (the one the list, the brief and the call list show); one who left
the company keeps their history, dimmed, with the day they left.

Checked like the customer form checks a customer: names required, phones read
for the customer's region and never refused (kept as typed, flagged), e-mails
folded, the day someone left not in the future.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from custui.core.validate import (
    FieldError,
    FieldInvalid,
    _check_text,
    normalize_multiline,
    parse_date,
    read_phone_cell,
    validate_email,
)


@dataclass(frozen=True)
class ContactField:
    name: str
    label: str
    max_length: int = 80
    placeholder: str = ""


#: The fields of a person, in the order the contact form shows them.
CONTACT_FIELDS: tuple[ContactField, ...] = (
    ContactField("name", "Name 姓名", placeholder="张伟 / Sarah Miller"),
    ContactField("title", "Title 职位", placeholder="采购经理 / Purchasing manager"),
    ContactField("phone", "Phone 电话", 300, "138 0013 8000 / +1 415 555 0100"),
    ContactField("email", "E-mail 邮箱", 254),
    ContactField("im", "WeChat / IM 微信", placeholder="wxid, WhatsApp, Teams…"),
    ContactField("notes", "Notes 备注", 10_000),
    ContactField("left_at", "Left the company on 离职日期", 40, "blank: still there · 2026-11-30"),
)

#: The customer form's two fields that are the primary contact's name and title.
PRIMARY_CONTACT_FIELDS: dict[str, str] = {"contact_name": "name", "contact_title": "title"}


def validate_contact(
    raw: Mapping[str, object], *, region: str, today: date
) -> tuple[dict[str, Any], list[FieldError]]:
    """Check the fields present in *raw* (partial updates stay partial); ``(clean, errors)`` like
    ``validate_customer``.  *region*: the customer's, for phones without a country code."""
    clean: dict[str, Any] = {}
    errors: list[FieldError] = []
    for spec in CONTACT_FIELDS:
        if spec.name not in raw:
            continue
        value = raw[spec.name]
        try:
            if spec.name == "phone":
                phones = read_phone_cell(value, region)
                clean.update(
                    phone=phones.raw or None,
                    phone_e164=phones.e164_text,
                    phone_invalid=int(phones.invalid),
                )
            elif spec.name == "email":
                clean["email"] = validate_email(value) or None
            elif spec.name == "notes":
                clean["notes"] = normalize_multiline(value)[: spec.max_length] or None
            elif spec.name == "left_at":
                clean["left_at"] = _left_at(value, today)
            else:
                label = spec.label.split(" ")[0]
                clean[spec.name] = _check_text(value, label=label, required=spec.name == "name",
                                               max_length=spec.max_length) or None  # fmt: skip
        except FieldInvalid as exc:
            errors.append(FieldError(spec.name, str(exc)))
    return clean, errors


def _left_at(value: object, today: date) -> str | None:
    day = parse_date(value, today=today)
    if day is None:
        return None
    if day > today:
        raise FieldInvalid("The day someone left cannot be in the future.")
    return day.isoformat()


def contact_line(contact: Mapping[str, Any]) -> str:
    """ "张伟 · 采购经理 · +8613800138000 · zw@x.cn" (what is known, in that order)."""
    phone = (
        contact.get("phone_e164")
        if contact.get("phone_e164") and not contact.get("phone_invalid")
        else None
    )
    parts = (
        contact.get("name"),
        contact.get("title"),
        phone or contact.get("phone"),
        contact.get("email"),
        contact.get("im"),
    )
    return " · ".join(str(p) for p in parts if p)


# -- merging two customers' people -----------------------------------------------------------


def _name_keys(person: Mapping[str, Any]) -> tuple[str, str]:
    """(the name folded and order-free, its pinyin syllables): 张伟, "Wei Zhang" and "ZHANG Wei" share one."""
    from custui.core.dedupe.keys import person_key

    key = person_key(str(person.get("name") or ""))
    return key.key, key.pinyin or key.key


def _numbers(person: Mapping[str, Any]) -> set[str]:
    return set((person.get("phone_e164") or "").split()) | (
        {str(person["email"])} if person.get("email") else set()
    )


def is_same_person(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """One person entered twice: the same name (any order, case, width, 繁/简, or its pinyin), or a number
    or e-mail in common and names alike.  Colleagues sharing a switchboard or a sales@ mailbox stay two."""
    from rapidfuzz import fuzz

    (key_a, pinyin_a), (key_b, pinyin_b) = _name_keys(a), _name_keys(b)
    if key_a == key_b or pinyin_a == pinyin_b:
        return True
    return bool(_numbers(a) & _numbers(b)) and fuzz.token_sort_ratio(key_a, key_b) >= 80


def same_people(
    people: Sequence[Mapping[str, Any]], *, source: str = "customer_id"
) -> list[list[int]]:
    """Groups of indexes into *people* that are one person, each in the order given (so the first of a
    group — the survivor's own entry when *people* lists the survivor's first — is the one kept).
    Entries of the same *source* (customer) are never joined: the rep kept them apart."""
    groups: list[list[int]] = []
    for index, person in enumerate(people):
        home = next((g for g in groups if all(people[i].get(source) != person.get(source) for i in g)
                     and is_same_person(people[g[0]], person)), None)  # fmt: skip
        if home is None:
            groups.append([index])
        else:
            home.append(index)
    return groups


def combined_person(entries: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The fields of one person entered several times: the first entry's, its blanks filled from the
    others (numbers: every one kept); notes joined."""
    kept = dict(entries[0])
    for other in entries[1:]:
        for field in ("title", "email", "im", "left_at"):
            if not kept.get(field) and other.get(field):
                kept[field] = other[field]
        numbers = dict.fromkeys(
            (kept.get("phone_e164") or "").split() + (other.get("phone_e164") or "").split()
        )
        if other.get("phone") and other["phone"] not in (kept.get("phone") or ""):
            kept["phone"] = " / ".join(p for p in (kept.get("phone"), other["phone"]) if p)
            kept["phone_invalid"] = int(
                bool(kept.get("phone_invalid")) or bool(other.get("phone_invalid"))
            )
        kept["phone_e164"] = " ".join(numbers) or None
        if other.get("notes") and other["notes"] not in (kept.get("notes") or ""):
            kept["notes"] = "\n".join(n for n in (kept.get("notes"), other["notes"]) if n)
    return kept
