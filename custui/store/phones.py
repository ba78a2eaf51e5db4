"""Re-read every stored phone with the current settings: numbers damaged by a wrong region come back.

The number as typed is always kept (``phone``); ``phone_e164`` and
``phone_invalid`` are what was read from it.  When the home region was wrong
(every book before schema v7 read phones as Chinese), re-reading the typed
text with the right region recovers every number.
"""

from __future__ import annotations

from dataclasses import dataclass

from custui.core.validate import phone_region, read_phone_cell
from custui.store.backup import backup_before
from custui.store.db import Store
from custui.store.repo import now_iso
from custui.store.settings import home_region


@dataclass(frozen=True)
class PhoneChange:
    """One customer whose phone reads differently now."""

    customer_id: int
    code: str
    name: str
    phone: str  # as typed
    region: str  # what it was read for
    before: str | None  # E.164 numbers as stored
    after: str | None  # … as read now
    invalid: bool  # some number in it is still not understood


def plan_phone_fixes(
    store: Store, region: str | None = None
) -> tuple[list[PhoneChange], list[PhoneChange]]:
    """(changes, kept): each customer (any state) whose phone reads differently for its own country, else
    *region*, else the home region.  A reading that understands less than the stored one is never taken:
    "138 0013 8000" read as +86… stays when the new region makes nothing of it (those are *kept*).
    Nothing is written."""
    fallback = region or home_region(store)
    rows = store.tuples(
        "SELECT id, code, name, phone, phone_e164, phone_invalid, country FROM customers "
        "WHERE trim(ifnull(phone, '')) <> '' ORDER BY code"
    )
    changes: list[PhoneChange] = []
    kept: list[PhoneChange] = []
    for customer_id, code, name, phone, e164, invalid, country in rows:
        read_for = phone_region({"country": country}, fallback)
        phones = read_phone_cell(phone, read_for)
        if (phones.e164_text, int(phones.invalid)) == (e164, invalid):
            continue
        change = PhoneChange(
            customer_id, code, name, phone, read_for, e164, phones.e164_text, phones.invalid
        )
        worse = phones.invalid and len(phones.e164) < len((e164 or "").split())
        (kept if worse else changes).append(change)
    return changes, kept


def apply_phone_fixes(store: Store, changes: list[PhoneChange]) -> int:
    """Write *changes* in one transaction (a backup first); returns how many customers changed."""
    if not changes:
        return 0
    backup_before(store, "fix-phones")
    stamp = now_iso()
    with store.transaction() as conn:
        conn.executemany(
            "UPDATE customers SET phone_e164 = ?, phone_invalid = ?, updated_at = ?, row_version = row_version + 1 "
            "WHERE id = ?",
            [(c.after, int(c.invalid), stamp, c.customer_id) for c in changes],
        )
    return len(changes)
