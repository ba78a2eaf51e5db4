"""Typed text → :class:`Filter`: :func:`parse`, and the readers of each kind of value
(enums, numbers, money, durations, tags) with the hints of their error messages."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from typing import Any

from custui.core.query.fields import (
    ALIASES,
    BOOL,
    CATEGORY_INDEX,
    COMPARISONS,
    DAYS,
    ENUM,
    FIELDS,
    NAME_INDEX,
    NUMBER,
    TAG,
    TAG_CATEGORIES,
    TEXT,
    FieldDef,
    FilterError,
    error_at,
    safe_fold,
    value_key,
)
from custui.core.query.lexer import (
    COMMAS,
    HEAD,
    NEG,
    OP_CANON,
    OP_WIDE,
    Item,
    Seg,
    split_items,
    tokens,
)
from custui.core.query.terms import Condition, Filter


def _suggest(word: str, choices: Iterable[str]) -> str | None:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return close[0] if close else None


def parse(expr: str) -> Filter:
    """Parse what the rep typed.  Raises :class:`FilterError` (and nothing else)
    for malformed input; the empty string is the empty filter."""
    if not isinstance(expr, str):
        raise FilterError("A filter is text", 0)
    conditions: list[Condition] = []
    text: list[str] = []
    for segs in tokens(expr):
        cond = _condition(segs)
        if cond is not None:
            conditions.append(cond)
            continue
        term = "".join(s.text for s in segs).strip()
        first = segs[0]
        if not first.quoted and first.text[:1] in NEG:
            hint = "write a field after it, e.g. -tag:vip"
            word = term[1:].strip()
            if word and all(ch.isalnum() for ch in word):
                hint = f"use a field, e.g. -name:{word}, or quote it to search for it"
            raise error_at(
                f'Cannot exclude "{term}"', first.start, hint, first.start + len(first.text)
            )
        if term:
            text.append(term)
    return Filter(tuple(conditions), tuple(text))


def _condition(segs: list[Seg]) -> Condition | None:
    first = segs[0]
    if first.quoted:
        return None
    m = HEAD.match(first.text)
    if m is None:
        return None
    name = m["name"]
    name_at = first.start + m.start("name")
    folded = safe_fold(name)
    field = NAME_INDEX.get(folded)
    if field is None:
        if not folded.isascii():
            return None  # Chinese (etc.) word before a colon: plain text
        guess = _suggest(folded, NAME_INDEX)
        hint = (
            f"did you mean {NAME_INDEX[guess]}?"
            if guess
            else "see the field list (?), or put the words in quotes to search for them"
        )
        raise error_at(f'Unknown field "{name}"', name_at, hint, name_at + len(name))
    fd = FIELDS[field]
    raw_op = m["op"]
    op = OP_WIDE.get(raw_op, raw_op.translate(OP_CANON))
    op_at = first.start + m.start("op")
    value_segs = []
    rest = first.text[m.end() :]
    if rest:
        value_segs.append(Seg(rest, False, first.start + m.end()))
    value_segs.extend(segs[1:])
    if op not in fd.operators:
        raise error_at(f'{field} cannot use "{op}"', op_at, _op_hint(fd), op_at + len(raw_op))
    if not value_segs:
        hint = f'{_value_hint(fd, op)}, written right after "{field}{op}"'
        raise error_at(f'Empty value after "{field}{op}"', op_at + len(raw_op), hint)
    comparison = op in COMPARISONS
    single = comparison and fd.kind in (NUMBER, DAYS)
    items = split_items(value_segs, split=not single)
    if single:
        items = [_thousands(items[0], fd, op)]
    if comparison and len(items) > 1:
        raise error_at(
            f"{field}{op} takes one value", items[1].start, f"use {field}:a,b for a list"
        )
    values: list[Any] = []
    for item in items:
        stripped = item.text.strip()
        if not stripped:
            raise error_at(f'Empty value in "{field}{op}" list', item.start, _value_hint(fd, op))
        value = _value(fd, op, Item(stripped, item.start, item.end))
        if value not in values:
            values.append(value)
    negated = bool(m["neg"])
    if fd.kind == TEXT:
        cop = {":": "in", "=": "=", "!=": "!="}.get(op, op)
    else:
        cop = {":": "in", "=": "in", "!=": "not_in"}.get(op, op)
    return Condition(field, cop, tuple(values), negated)


_THOUSANDS = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.\d+)?\D*")


def _thousands(item: Item, fd: FieldDef, op: str) -> Item:
    """A comparison takes the whole value: ``1,000`` is a thousands separator, other commas an error."""
    text = item.text.strip()
    if "," not in text and "，" not in text and "、" not in text:
        return item
    if _THOUSANDS.fullmatch(text):
        return Item(text if fd.money else text.replace(",", ""), item.start, item.end)
    comma = min(i for i, ch in enumerate(item.text) if ch in COMMAS)
    raise error_at(
        f"{fd.name}{op} takes one value", item.start + comma, f"use {fd.name}:a,b for a list"
    )


def _op_hint(fd: FieldDef) -> str:
    if fd.kind == TAG:
        return "use tag:vip, tag:vip*, tag:risk/* or tag!=vip"
    if fd.kind == TEXT:
        return f"use {fd.name}:word (contains), {fd.name}=word (equals) or {fd.name}!=word"
    if fd.kind == BOOL:
        return f"use {fd.name}:yes or {fd.name}:no"
    return f"use {fd.name}:{fd.values[0]} or {fd.name}!={fd.values[0]}"


def _value_hint(fd: FieldDef, op: str) -> str:
    if fd.kind in (ENUM, BOOL):
        return f"{fd.name} is one of {', '.join(fd.values)}"
    return f"e.g. {fd.example}"


def _value(fd: FieldDef, op: str, item: Item) -> Any:
    if fd.kind in (ENUM, BOOL):
        canon = ALIASES[fd.name].get(value_key(item.text))
        if canon is None:
            listing = f"{fd.name} is one of {', '.join(fd.values)}"
            guess = _suggest(value_key(item.text), fd.values)
            hint = f"did you mean {guess}? {listing}" if guess else listing
            raise error_at(f'Unknown {fd.name} "{item.text}"', item.start, hint, item.end)
        return canon == "yes" if fd.kind == BOOL else canon
    if fd.kind == NUMBER:
        return _number(fd, op, item)
    if fd.kind == DAYS:
        return _days(fd, op, item)
    if fd.kind == TAG:
        return _tag_value(item)
    return item.text


_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")


def _number(fd: FieldDef, op: str, item: Item) -> int | float:
    text = unicodedata.normalize("NFKC", item.text).strip().replace("_", "")
    bad = error_at(
        f'Not a number for {fd.name}: "{item.text}"', item.start, f"e.g. {fd.example}", item.end
    )
    if len(text) > 40:
        raise bad
    if fd.money:
        from custui.core.validate import parse_money

        try:
            minor = parse_money(text)
        except (ValueError, ArithmeticError) as err:
            raise error_at(
                f'Not an amount for {fd.name}: "{item.text}"', item.start, f"{err}", item.end
            ) from None
        if minor is None:
            raise bad
        return minor
    if fd.day_suffix and text[-1:].casefold() == "d":
        text = text[:-1]
    if not _NUMBER.fullmatch(text):
        raise bad
    try:
        dec = Decimal(text)
    except (InvalidOperation, ValueError):
        raise bad from None
    whole = dec == dec.to_integral_value()
    if fd.integer and not whole:
        raise error_at(
            f'Not a whole number for {fd.name}: "{item.text}"',
            item.start,
            f"e.g. {fd.example}",
            item.end,
        )
    if (fd.minimum is not None and dec < Decimal(str(fd.minimum))) or (
        fd.maximum is not None and dec > Decimal(str(fd.maximum))
    ):
        lo = "" if fd.minimum is None else f"{fd.minimum:g}"
        span = f"from {lo} to {fd.maximum:g}" if fd.maximum is not None else f"of at least {lo}"
        whole_word = "a whole number" if fd.integer else "a number"
        raise error_at(
            f'Out of range for {fd.name}: "{item.text}"',
            item.start,
            f"{fd.name} is {whole_word} {span}",
            item.end,
        )
    return int(dec) if whole else float(dec)


_DURATION = re.compile(
    r"(?P<sign>[+-]?)(?P<n>\d{1,6})\s*(?P<unit>d|days?|w|weeks?|m|months?|y|years?|天|日|周|週|星期|个月|個月|月|年)?"
)
_UNIT_DAYS = {"d": 1, "天": 1, "日": 1, "w": 7, "周": 7, "週": 7, "星期": 7, "m": 30, "个月": 30, "個月": 30, "月": 30,
              "y": 365, "年": 365}  # fmt: skip


def _days(fd: FieldDef, op: str, item: Item) -> int | str:
    text = unicodedata.normalize("NFKC", item.text).strip().casefold()
    canon = ALIASES[fd.name].get(value_key(text))
    if canon is not None:
        if op in COMPARISONS:
            raise error_at(f'{fd.name}{op} needs a number of days, not "{item.text}"', item.start,
                         f"e.g. {fd.example}", item.end)  # fmt: skip
        return canon
    m = _DURATION.fullmatch(text)
    if m is None:
        words = "".join(f", {fd.name}:{v}" for v in fd.values)
        raise error_at(
            f'Not a number of days for {fd.name}: "{item.text}"', item.start,
            f"e.g. {fd.example} (units d, w, m = 30 d, y = 365 d){words}", item.end,
        )  # fmt: skip
    unit = m["unit"] or "d"
    per = _UNIT_DAYS.get(unit, _UNIT_DAYS.get(unit[:1], 1))
    n = int(m["n"]) * per
    return -n if m["sign"] == "-" else n


def _tag_value(item: Item) -> str:
    text = item.text
    if text == "*":
        return text
    cat, slash, name = text.partition("/")
    if slash:
        known = CATEGORY_INDEX.get(safe_fold(cat).strip())
        if known is not None:
            if not name.strip():
                raise error_at(
                    f'Empty tag name after "{cat}/"',
                    item.start,
                    f"e.g. tag:{known}/* or tag:{known}/name",
                )
            return f"{known}/{name}"
        if name == "*":
            guess = _suggest(safe_fold(cat), CATEGORY_INDEX)
            listing = "categories: " + ", ".join(TAG_CATEGORIES)
            hint = f"did you mean {CATEGORY_INDEX[guess]}? {listing}" if guess else listing
            raise error_at(f'Unknown tag category "{cat}"', item.start, hint, item.start + len(cat))
    return text
