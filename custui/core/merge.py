"""Merge plans: which value survives per field when duplicates become one record.

Pure: works on plain mappings of customer columns (as the store reads them) and
never touches the file; :mod:`custui.store.merge` applies a plan.

Defaults of :func:`default_plan`:

* the survivor is the oldest record (smallest ``created_at``, then id), so the
  code people already know stays; its ``code`` is kept;
* ``notes``: the longest non-empty text (ties: the newest);
* ``phone`` and ``email``: the newest valid one (a phone read as a number, an address with a
  domain); the others are kept in the notes by :func:`kept_points` when the merge is applied;
* every other field: the newest non-empty value (largest ``updated_at``; ties
  prefer the survivor, then the smaller id) — unless another record holds the same value written
  out more fully, which wins: merging 盛和软件 into 盛和软件有限公司 keeps 盛和软件有限公司, "深圳"
  and "深圳市" keep "深圳市" (a name is never replaced by a shorter variant of itself);
* ``phone_e164`` and ``phone_invalid`` always come from the record the phone came from;
* tags are not part of the plan: the store always keeps the union.

``←``/``→`` in the review screen call :func:`step` (or :func:`choose`) to pick
another record's value for one field.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from custui.core.contacts import PRIMARY_CONTACT_FIELDS
from custui.core.model import CUSTOMER_FIELDS, FieldType

#: The fields a plan decides, in display order: the customer's own fields.  Its people are not
#: chosen between: every person joins the survivor, one entered twice becomes one (store.merge).
MERGE_FIELDS: tuple[str, ...] = tuple(
    f.name for f in CUSTOMER_FIELDS if f.name not in PRIMARY_CONTACT_FIELDS
)

#: Columns that travel with another field's choice: phone_e164 follows phone.
FOLLOWERS: dict[str, tuple[str, ...]] = {"phone": ("phone_e164", "phone_invalid")}

#: Every column a plan writes to the survivor.
PLAN_COLUMNS: tuple[str, ...] = MERGE_FIELDS + tuple(c for cs in FOLLOWERS.values() for c in cs)


@dataclass(frozen=True)
class MergePlan:
    """One record survives; *values* are its columns after the merge.

    *sources* says, per field, which customer's value was taken.
    """

    survivor_id: int
    merged_ids: tuple[int, ...]
    values: dict[str, Any] = field(default_factory=dict)
    sources: dict[str, int] = field(default_factory=dict)

    @property
    def customer_ids(self) -> tuple[int, ...]:
        return (self.survivor_id, *self.merged_ids)


def is_empty(value: Any) -> bool:
    """None or blank text; 0 is a value (e.g. a size of 0)."""
    return value is None or (isinstance(value, str) and not value.strip())


def _same_key(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


def _by_id(customers: Sequence[Mapping[str, Any]]) -> dict[int, Mapping[str, Any]]:
    return {int(c["id"]): c for c in customers}


def _oldest(customers: Sequence[Mapping[str, Any]]) -> Mapping[str, Any]:
    return min(customers, key=lambda c: (str(c.get("created_at") or ""), int(c["id"])))


def default_plan(customers: Sequence[Mapping[str, Any]]) -> MergePlan:
    """The suggested plan for a group of two or more duplicate customers."""
    if len(customers) < 2:
        raise ValueError("A merge needs at least two customers.")
    if len(_by_id(customers)) != len(customers):
        raise ValueError("The same customer appears twice in the merge group.")
    survivor = _oldest(customers)
    survivor_id = int(survivor["id"])
    ordered = sorted(customers, key=lambda c: (str(c.get("created_at") or ""), int(c["id"])))
    merged_ids = tuple(int(c["id"]) for c in ordered if int(c["id"]) != survivor_id)
    # newest first; on equal updated_at the survivor, then the smaller id
    newest_first = sorted(
        customers,
        key=lambda c: (str(c.get("updated_at") or ""), int(c["id"]) == survivor_id, -int(c["id"])),
        reverse=True,
    )
    plan = MergePlan(survivor_id, merged_ids, {}, {})
    for name in MERGE_FIELDS:
        if name == "code":
            source = survivor
        elif name == "notes":
            filled = [c for c in newest_first if not is_empty(c.get("notes"))]
            source = max(filled, key=lambda c: len(str(c["notes"]).strip())) if filled else survivor
        elif name in VALIDATED:
            filled = [c for c in newest_first if not is_empty(c.get(name))]
            source = next(
                (c for c in filled if VALIDATED[name](c)), filled[0] if filled else survivor
            )
        else:
            source = next((c for c in newest_first if not is_empty(c.get(name))), survivor)
            if name in FULLER_FIELDS and not is_empty(source.get(name)):
                source = _fuller(name, source, newest_first)
        _take(plan, name, source)
    return plan


#: Free-text fields where a value written out more fully wins over a newer shorter variant of it.
FULLER_FIELDS: frozenset[str] = frozenset(
    f.name
    for f in CUSTOMER_FIELDS
    if f.type in (FieldType.TEXT, FieldType.URL) and f.name not in ("code", "postcode")
)
#: Fields whose newest *valid* value survives.
VALIDATED: dict[str, Callable[[Mapping[str, Any]], bool]] = {
    "phone": lambda c: bool(c.get("phone_e164")) and not c.get("phone_invalid"),
    "email": lambda c: _EMAIL.fullmatch(str(c.get("email") or "").strip()) is not None,
}
_EMAIL: re.Pattern[str] = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")


def _folded(name: str, value: Any) -> str:
    """*value* as compared for "the same, more fully": width, case, script and punctuation folded; a
    name also without its legal form (Acme Trading Ltd / Acme Trading Limited)."""
    from custui.core.dedupe.keys import company_key, nfkc
    from custui.core.text import to_simplified

    text = "".join(ch for ch in to_simplified(nfkc(str(value))).casefold() if ch.isalnum())
    return company_key(str(value)).compact + "\x00" + text if name == "name" else text


def _fuller(
    name: str, chosen: Mapping[str, Any], candidates: Sequence[Mapping[str, Any]]
) -> Mapping[str, Any]:
    """The record holding *chosen*'s value of *name* written out most fully (*chosen* when none does)."""
    mine = _folded(name, chosen[name])
    base = mine.split("\x00")[-1]
    best, best_length = chosen, len(str(chosen[name]).strip())
    for other in candidates:
        value = other.get(name)
        if is_empty(value) or len(str(value).strip()) <= best_length:
            continue
        theirs = _folded(name, value)
        same_key = (
            "\x00" in mine
            and mine.split("\x00")[0] == theirs.split("\x00")[0]
            and mine.split("\x00")[0]
        )
        if same_key or (base and base in theirs.split("\x00")[-1]):
            best, best_length = other, len(str(value).strip())
    return best


def kept_points(plan: MergePlan, customers: Sequence[Mapping[str, Any]]) -> str:
    """A line for the survivor's notes naming the phones and e-mails of the group that the plan does not
    keep ("" when none): "Before the merge also: C00011: 0755 8888 0000; C00321: old@acme.com"."""
    kept = {
        _point(plan.values.get("phone_e164") or plan.values.get("phone")),
        _point(plan.values.get("email")),
    }
    notes = str(plan.values.get("notes") or "")
    parts: list[str] = []
    for customer in sorted(customers, key=lambda c: int(c["id"])):
        points = []
        for name, key in (
            ("phone", customer.get("phone_e164") or customer.get("phone")),
            ("email", customer.get("email")),
        ):
            value = customer.get(name)
            if not is_empty(value) and _point(key) not in kept and str(value).strip() not in notes:
                kept.add(_point(key))
                points.append(str(value).strip())
        if points:
            parts.append(f"{customer.get('code') or customer['id']}: {' · '.join(points)}")
    return f"Before the merge also: {'; '.join(parts)}" if parts else ""


def _point(value: Any) -> str:
    return "".join(ch for ch in str(value or "").casefold() if ch.isalnum() or ch == "@")


def _take(plan: MergePlan, name: str, customer: Mapping[str, Any]) -> None:
    plan.values[name] = customer.get(name)
    plan.sources[name] = int(customer["id"])
    for follower in FOLLOWERS.get(name, ()):
        plan.values[follower] = customer.get(follower)
        plan.sources[follower] = int(customer["id"])


def choose(
    plan: MergePlan, field_name: str, customer_id: int, customers: Sequence[Mapping[str, Any]]
) -> MergePlan:
    """A new plan taking *field_name* from *customer_id* (what ``←``/``→`` do)."""
    if field_name not in MERGE_FIELDS:
        raise ValueError(f"{field_name} is not a field a merge can choose.")
    if customer_id not in plan.customer_ids:
        raise ValueError(f"Customer {customer_id} is not part of this merge.")
    customer = _by_id(customers).get(customer_id)
    if customer is None:
        raise ValueError(f"Customer {customer_id} is missing from the records given.")
    new = replace(plan, values=dict(plan.values), sources=dict(plan.sources))
    _take(new, field_name, customer)
    return new


def field_choices(customers: Sequence[Mapping[str, Any]], field_name: str) -> list[tuple[int, Any]]:
    """Distinct non-empty values of one field as (customer id, value), in the order given.

    Values equal apart from surrounding blanks count once (the first one wins).
    """
    seen: set[Any] = set()
    choices: list[tuple[int, Any]] = []
    for customer in customers:
        value = customer.get(field_name)
        if is_empty(value):
            continue
        key = _same_key(value)
        if key in seen:
            continue
        seen.add(key)
        choices.append((int(customer["id"]), value))
    return choices


def step(
    plan: MergePlan, field_name: str, customers: Sequence[Mapping[str, Any]], direction: int = 1
) -> MergePlan:
    """The plan with the next (``direction`` 1, ``→``) or previous (-1, ``←``) choice of a field.

    Wraps around; a field with fewer than two distinct values stays as it is.
    """
    choices = field_choices(customers, field_name)
    if len(choices) < 2:
        return plan
    current = _same_key(plan.values.get(field_name))
    keys = [_same_key(v) for _, v in choices]
    index = keys.index(current) if current in keys else (-1 if direction > 0 else 0)
    customer_id, _ = choices[(index + (1 if direction > 0 else -1)) % len(choices)]
    return choose(plan, field_name, customer_id, customers)


def differences(customers: Sequence[Mapping[str, Any]]) -> list[str]:
    """Fields whose non-empty values differ between the customers (to highlight)."""
    return [name for name in MERGE_FIELDS if len(field_choices(customers, name)) > 1]
