"""A parsed filter: :class:`Condition` and :class:`Filter`, and their canonical text
(``parse(str(f)) == f``)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from custui.core.query.fields import BOOL, DAYS, FIELDS, NUMBER, TEXT, FieldDef
from custui.core.query.lexer import COMMAS


@dataclass(frozen=True)
class Condition:
    """One condition.  ``op`` is one of ``OPS``; ``values`` hold canonical values
    (see the package docstring); ``negated`` = the condition was written with ``-``."""

    field: str
    op: str
    values: tuple[Any, ...]
    negated: bool = False

    def __str__(self) -> str:
        fd = FIELDS.get(self.field)
        kind = fd.kind if fd else TEXT
        symbol = {"in": ":", "not_in": "!=", "=": "=" if kind == TEXT else ":"}.get(
            self.op, self.op
        )
        body = ",".join(_format_value(fd, v) for v in self.values)
        return f"{'-' if self.negated else ''}{self.field}{symbol}{body}"


@dataclass(frozen=True)
class Filter:
    """Conditions (all must hold) and free-text terms (for the store's full-text search)."""

    conditions: tuple[Condition, ...] = ()
    text: tuple[str, ...] = ()

    def __str__(self) -> str:
        """Canonical text: ``parse(str(f)) == f``."""
        return " ".join([str(c) for c in self.conditions] + [_format_text(t) for t in self.text])

    def __bool__(self) -> bool:
        return bool(self.conditions or self.text)

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.field for c in self.conditions))


# --------------------------------------------------------------------------- formatting

_VALUE_SPECIAL = frozenset(' "“”\\' + COMMAS)
_TEXT_PLAIN = frozenset("_.@&'+#/%")


def _quote(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _format_value(fd: FieldDef | None, v: Any) -> str:
    if fd is not None:
        if fd.kind == BOOL:
            return "yes" if v else "no"
        if fd.kind == NUMBER and not isinstance(v, str):
            if fd.money:
                whole, cents = divmod(int(v), 100)
                return f"{whole}.{cents:02d}" if cents else str(whole)
            return format_number(v)
        if fd.kind == DAYS and not isinstance(v, str):
            return f"{int(v)}d"
    s = str(v)
    if not s or any(ch in _VALUE_SPECIAL or ch.isspace() for ch in s):
        return _quote(s)
    return s


def format_number(v: float | int) -> str:
    if isinstance(v, int):
        return str(v)
    return format(Decimal(repr(float(v))), "f")


def _format_text(term: str) -> str:
    if term and all(ch.isalnum() or ch in _TEXT_PLAIN for ch in term):
        return term
    return _quote(term)
