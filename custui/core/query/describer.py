"""A :class:`Filter` in words, for the list's title: :func:`describe`."""

from __future__ import annotations

from typing import Any

from custui.core.query.fields import BOOL, COMPARISONS, DAYS, ENUM, FIELDS, NUMBER, TAG, TEXT
from custui.core.query.terms import Condition, Filter, format_number


def describe(flt: Filter) -> str:
    """Short human summary for the list's title: ``tier Core or Strategic · tag 重点 · score ≥ 70``."""
    parts = [_describe(c) for c in flt.conditions]
    parts += [f"“{t}”" for t in flt.text]
    return " · ".join(parts)


_SYMBOL = {">=": "≥", "<=": "≤", ">": ">", "<": "<", "=": "=", "in": "=", "not_in": "≠", "!=": "≠"}


def _describe(c: Condition) -> str:
    fd = FIELDS.get(c.field)
    kind = fd.kind if fd else TEXT
    label = c.field.replace("_", " ")
    values = c.values

    def show(v: Any) -> str:
        if fd is None:
            return str(v)
        if kind == ENUM:
            return fd.label(v)
        if kind == NUMBER and fd.money and not isinstance(v, str):
            whole, cents = divmod(int(v), 100)
            return f"{whole:,}" + (f".{cents:02d}" if cents else "")
        if kind == NUMBER:
            return format_number(v)
        if kind == DAYS and not isinstance(v, str):
            return f"{v} days"
        return str(v)

    joined = " or ".join(show(v) for v in values)
    positive = c.negated == (c.op in ("not_in", "!="))  # a negated "none of" is "one of"
    if kind == BOOL:
        yes = {bool(v) == positive for v in values}
        if len(yes) > 1:
            return f"{label} any" if positive else f"no {label}"
        if c.field == "churn":
            return "churn risk" if True in yes else "no churn risk"
        return label if True in yes else f"no {label}"
    if kind == TEXT:
        verbs = {
            "in": ("contains", "does not contain"),
            "=": ("is", "is not"),
            "!=": ("is not", "is"),
        }
        verb = verbs.get(c.op, (c.op, f"not {c.op}"))[1 if c.negated else 0]
        return f"{label} {verb} {joined}"
    if kind == TAG:
        return _describe_tag(c)
    if kind == ENUM and c.op in ("in", "=", "not_in"):
        return f"{label} {joined}" if positive else f"{label} not {joined}"
    if kind == DAYS:
        text = _describe_days(c, label)
    elif kind == NUMBER and c.op in ("in", "=", "not_in"):
        text = f"{label} {_SYMBOL[c.op]} {joined}"
    else:
        text = f"{label} {_SYMBOL.get(c.op, c.op)} {joined}"
    return f"not {text}" if c.negated else text


def _describe_tag(c: Condition) -> str:
    if c.negated == (c.op == "not_in"):
        shown = (
            "any tag" if v == "*" else f"any {v[:-2]} tag" if v.endswith("/*") else f"tag {v}"
            for v in c.values
        )
        return " or ".join(shown)
    shown = (
        "tags" if v == "*" else f"{v[:-2]} tag" if v.endswith("/*") else f"tag {v}"
        for v in c.values
    )
    return "no " + " or ".join(shown)


_DAY_WORDS = {
    "last_order": {"never": "no orders"},
    "last_contact": {"never": "never contacted"},
    "due": {"none": "no next action", "overdue": "overdue", "today": "due today"},
}


def _describe_days(c: Condition, label: str) -> str:
    if c.op in COMPARISONS:
        (n,) = c.values
        sym = _SYMBOL[c.op]
        if c.field == "due":
            return f"due {sym} {n} days" + (
                " (incl. overdue)" if c.op in ("<", "<=") and n >= 0 else ""
            )
        return f"{label} {sym} {n} days ago"
    words = _DAY_WORDS.get(c.field, {})

    def one(v: Any) -> str:
        if isinstance(v, str):
            return words.get(v, v)
        return f"due in {v} days" if c.field == "due" else f"{label} {v} days ago"

    shown = " or ".join(one(v) for v in c.values)
    return shown if c.op == "in" else f"not {shown}"
