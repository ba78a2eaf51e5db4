"""The list filter language: what the rep types → a structured :class:`Filter`.

Example::

    tier:core,strategic tag:重点 score>=70 industry:制造 last_order<90d churn:yes acme

Grammar
-------
A filter is words separated by spaces; every condition must hold (AND).

* ``field OP value[,value…]`` is a condition.  Operators: ``:`` ``=`` ``!=``
  ``>`` ``>=`` ``<`` ``<=`` (full-width ``：＝＞＜！`` and ``≥ ≤ ≠`` work too).
  A comma list (``,`` ``，`` ``、``) means *any of* (OR).  ``tier: core`` (space
  after the colon) is an error: the value belongs right after the operator.
  A comparison takes one value, so there ``100,000`` is one number.
* A leading ``-`` excludes: ``-tag:x`` keeps customers that do **not** match ``tag:x``.
  A free word cannot be excluded (``-acme`` is an error: write ``-name:acme``).
* ``"…"`` (or ``“…”``) quotes a value or words: ``industry:"IT 软件"``; inside
  quotes ``\\"`` is a quote and ``\\\\`` a backslash.  A word that starts with a
  quote is always plain text, so ``"http://x"`` searches for that text.
* Any other word is free text (:attr:`Filter.text`), searched by the store's
  full-text index over names, contacts, notes and tags.  :func:`apply` ignores it.
* Field names are case-insensitive and have a few Chinese aliases (``行业:制造``).
  An unknown Latin field name is an error (with the closest name suggested); an
  unknown Chinese word before a colon is plain text (``地址:深圳`` searches it).

Meaning of each operator by field kind (``Condition.op`` in brackets)
--------------------------------------------------------------------
==========  ======================================  ==============================
kind        ``:`` / ``=``                            ``!=``
==========  ======================================  ==============================
enum        one of (``in``; ``=`` is the same)      none of (``not_in``)
bool        is (``in``)                             is not (``not_in``)
tag         has any of (``in``)                     has none of (``not_in``)
text        ``:`` contains any of (``in``);         equals none of (``!=``)
            ``=`` equals one of (``=``)
number      equals one of (``in``)                  none of (``not_in``)
days        is exactly / keyword (``in``)           none of (``not_in``)
==========  ======================================  ==============================

``> >= < <=`` work on numbers, days and the ordered enums ``tier`` (basic <
potential < core < strategic) and ``priority`` (c < b < a < s); they take one value.

Text fields compare in :func:`custui.core.text.fold` form on both sides (NFKC,
case-folded, traditional → simplified), so ``industry:製造`` finds 制造.
``region:`` also knows China's seven macro-regions: ``region:华东`` matches
上海 江苏 浙江 安徽 福建 江西 山东 台湾 (and their pinyin names).

Missing data
------------
* ``last_order``, ``last_contact`` and ``recency`` treat "never" as infinitely
  long ago: never matches ``<``/``<=``/``=``, always matches ``>``/``>=``;
  ``last_order:never`` selects exactly the customers without orders.
* ``due`` (days until the earliest open next action; negative = overdue) never
  matches any comparison when there is no open next action; ``due:none`` selects those.
  ``due<=7d`` includes overdue actions; ``due:overdue`` is ``due<0d``; ``due:today`` is ``due:0d``.
* A negated condition is the exact complement: ``-industry:制造`` includes
  customers with no industry, ``-last_order<90d`` includes customers without orders.

Values held in a :class:`Condition`
-----------------------------------
enum: canonical key (``"core"``, ``"churn_risk"``); bool: ``True``/``False``;
number: ``int`` or ``float``; **monetary: integer minor units** (分/cents) — it is
typed in major units (``monetary>=100000``, ``1.2万``, ``100k``; :func:`validate.parse_money`)
and compared directly with ``monetary_minor``; days: ``int`` days (``2w`` → 14,
``3m`` → 90, ``1y`` → 365) or a keyword (``never``, ``none``, ``overdue``, ``today``);
text and tag: the typed string, stripped (tag categories normalised: ``风险/*`` → ``risk/*``).

Tags (:func:`apply`'s ``tags`` argument)
----------------------------------------
A ``pd.Series`` indexed by customer_id whose values are iterables of tags, each
tag either a ``(category, name)`` tuple or a ``"category/name"`` string (split at
the first ``/``; a string without ``/`` is a name with no category); ``None``/NaN
or an absent customer = no tags.  A long ``pd.DataFrame`` with columns
``customer_id, category, name`` (one row per tag, as SQL returns it) is accepted
too, and is the faster form.  Fastest is a :class:`TagTable` from
:func:`tag_table`: built (and folded) once, it serves every later filter.
Without ``tags``, a ``tags`` column of ``frame`` in the Series format is used.

``tag:`` values: ``重点`` a tag named so (folded, exact, any category);
``vip*`` names starting with vip; ``risk/*`` any tag of category risk;
``risk/付款慢`` (or ``risk/付*``) name within one category; ``*`` any tag
(``-tag:*`` = untagged).  Categories: industry need risk potential custom
(行业 需求 风险 潜力 自定义).

Pandas is imported only inside :func:`apply`, so the UI can parse as the rep types
without loading it.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from custui.core.text import fold as _fold_text

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

__all__ = [
    "FIELDS",
    "Condition",
    "FieldDef",
    "Filter",
    "FilterError",
    "TagTable",
    "apply",
    "describe",
    "parse",
    "tag_table",
    "vocabulary",
]

ENUM, NUMBER, DAYS, TEXT, TAG, BOOL = "enum", "number", "days", "text", "tag", "bool"
OPS = ("in", "not_in", ">=", "<=", ">", "<", "=", "!=")
COMPARISONS = (">=", "<=", ">", "<")


# --------------------------------------------------------------------------- errors


class FilterError(ValueError):
    """Malformed filter text.  ``str(e)`` is the plain-words message, e.g.
    ``Unknown field "teir" at 1 — did you mean tier?``.

    ``position``: 1-based column of the offending text, as in the message
    (0 when the error is not tied to a place); ``offset`` is the 0-based
    index for a cursor; ``end`` the 0-based end of the offending span."""

    def __init__(self, message: str, position: int = 0, end: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.position = position
        self.end = end if end is not None else max(position, 0)

    @property
    def offset(self) -> int:
        return max(self.position - 1, 0)

    def __str__(self) -> str:
        return self.message


def _error(what: str, offset: int, hint: str = "", end: int | None = None) -> FilterError:
    message = f"{what} at {offset + 1}" + (f" — {hint}" if hint else "")
    return FilterError(message, offset + 1, end if end is not None else offset + 1)


# --------------------------------------------------------------------------- vocabulary


@dataclass(frozen=True)
class FieldDef:
    """One filterable field: what the help screen lists and what parse/apply obey.

    ``values``: canonical enum/bool/keyword values (ordered enums highest first);
    ``labels``: display label per canonical value; ``aliases``: other typed forms
    (matched folded, spaces/dashes as ``_``) → canonical value; ``names``: other
    names of the field itself (Chinese aliases)."""

    name: str
    kind: str
    help: str
    column: str = ""
    example: str = ""
    values: tuple[str, ...] = ()
    labels: tuple[tuple[str, str], ...] = ()
    aliases: tuple[tuple[str, str], ...] = ()
    names: tuple[str, ...] = ()
    ordered: bool = False
    integer: bool = False
    minimum: float | None = None
    maximum: float | None = None
    money: bool = False
    missing_high: bool = False  # number/days: missing counts as infinitely large (long ago)
    since: bool = True  # days: as_of − date (True) or date − as_of (False)
    day_suffix: bool = False  # number: accepts "30d"

    @property
    def operators(self) -> tuple[str, ...]:
        """Operators this field accepts, as typed."""
        if self.kind in (NUMBER, DAYS) or (self.kind == ENUM and self.ordered):
            return (":", "=", "!=", ">", ">=", "<", "<=")
        return (":", "=", "!=")

    def label(self, value: str) -> str:
        return dict(self.labels).get(value, value)


_TIER_LABELS = (
    ("strategic", "Strategic"),
    ("core", "Core"),
    ("potential", "Potential"),
    ("basic", "Basic"),
)
_TIER_ALIASES = (("战略", "strategic"), ("核心", "core"), ("潜力", "potential"), ("基础", "basic"))

#: (key, English label, Chinese label) of every segment of both presets (scoring/segments.py).
_SEGMENTS: tuple[tuple[str, str, str], ...] = (
    ("prospect", "Prospect", "未成交客户"),
    ("new", "New", "新客户"),
    ("champions", "Champions", "冠军客户"),
    ("loyal", "Loyal", "忠诚客户"),
    ("cant_lose", "Can't lose", "不能流失"),
    ("at_risk", "At risk", "流失风险"),
    ("potential_loyalist", "Potential loyalist", "潜力忠诚"),
    ("promising", "Promising", "有望客户"),
    ("hibernating", "Hibernating", "沉睡客户"),
    ("lost", "Lost", "流失客户"),
    ("important_value", "Important value", "重要价值客户"),
    ("important_develop", "Important to develop", "重要发展客户"),
    ("important_retain", "Important to retain", "重要保持客户"),
    ("important_winback", "Important to win back", "重要挽留客户"),
    ("general_value", "General value", "一般价值客户"),
    ("general_develop", "General to develop", "一般发展客户"),
    ("general_retain", "General to retain", "一般保持客户"),
    ("general_winback", "General to win back", "一般挽留客户"),
)
#: Coarse groups (scoring/segments.py GROUPS): key, English, Chinese.
_GROUPS: tuple[tuple[str, str, str], ...] = (
    ("high_value", "High value", "高价值"),
    ("potential", "Potential", "潜力"),
    ("new", "New", "新客户"),
    ("churn_risk", "Churn risk", "流失风险"),
    ("low_value", "Low value", "低价值"),
    ("prospect", "Prospect", "未成交"),
)
TAG_CATEGORIES: dict[str, str] = {
    "industry": "行业", "need": "需求", "risk": "风险", "potential": "潜力", "custom": "自定义",
}  # fmt: skip

_BOOL_TRUE = ("yes", "y", "true", "t", "1", "on", "是", "有")
_BOOL_FALSE = ("no", "n", "false", "f", "0", "off", "否", "无", "沒有", "没有")

#: China's seven geographic macro-regions → provinces (Chinese, pinyin).
MACRO_REGIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "华北": (("北京", "beijing"), ("天津", "tianjin"), ("河北", "hebei"), ("山西", "shanxi"), ("内蒙古", "inner mongolia")),
    "东北": (("辽宁", "liaoning"), ("吉林", "jilin"), ("黑龙江", "heilongjiang")),
    "华东": (("上海", "shanghai"), ("江苏", "jiangsu"), ("浙江", "zhejiang"), ("安徽", "anhui"),
             ("福建", "fujian"), ("江西", "jiangxi"), ("山东", "shandong"), ("台湾", "taiwan")),
    "华中": (("河南", "henan"), ("湖北", "hubei"), ("湖南", "hunan")),
    "华南": (("广东", "guangdong"), ("广西", "guangxi"), ("海南", "hainan"), ("香港", "hong kong"), ("澳门", "macau")),
    "西南": (("重庆", "chongqing"), ("四川", "sichuan"), ("贵州", "guizhou"), ("云南", "yunnan"), ("西藏", "tibet")),
    "西北": (("陕西", "shaanxi"), ("甘肃", "gansu"), ("青海", "qinghai"), ("宁夏", "ningxia"), ("新疆", "xinjiang")),
}  # fmt: skip
_MACRO_ENGLISH = {
    "north china": "华北", "northeast china": "东北", "east china": "华东", "central china": "华中",
    "south china": "华南", "southwest china": "西南", "northwest china": "西北",
}  # fmt: skip


def _labelled(rows: tuple[tuple[str, str, str], ...]) -> dict[str, Any]:
    return {
        "values": tuple(k for k, _, _ in rows),
        "labels": tuple((k, en) for k, en, _ in rows),
        "aliases": tuple(a for k, en, zh in rows for a in ((en, k), (zh, k))),
    }


def _field_list() -> tuple[FieldDef, ...]:
    def text(
        name: str, column: str, what: str, example: str, names: tuple[str, ...] = ()
    ) -> FieldDef:
        return FieldDef(
            name,
            TEXT,
            f"{what}: ':' contains, '=' equals (case, width and 繁/简 ignored)",
            column,
            example,
            names=names,
        )

    return (
        FieldDef(
            "tier", ENUM, "Score tier (Strategic ≥ 90, Core 70–89, Potential 50–69, Basic < 50); tier>=core works",
            "tier", "tier:core,strategic", values=tuple(k for k, _ in _TIER_LABELS), labels=_TIER_LABELS,
            aliases=_TIER_ALIASES, names=("层级", "客户层级"), ordered=True,
        ),
        FieldDef(
            "priority", ENUM, "Follow-up priority S > A > B > C; priority>=a works", "priority", "priority:s,a",
            values=("s", "a", "b", "c"), labels=(("s", "S"), ("a", "A"), ("b", "B"), ("c", "C")),
            names=("prio", "优先级"), ordered=True,
        ),
        FieldDef(
            "segment", ENUM, "RFM segment (either preset), by key or label", "segment", "segment:champions",
            **_labelled(_SEGMENTS), names=("segments", "分群", "细分"),
        ),
        FieldDef(
            "group", ENUM, "Coarse segment group", "group", "group:churn_risk", **_labelled(_GROUPS), names=("分组",),
        ),
        FieldDef(
            "churn", BOOL, "Flagged as churn risk (silent past its own cadence, or sour contacts)", "churn",
            "churn:yes", values=("yes", "no"), names=("流失",),
        ),
        FieldDef("score", NUMBER, "Composite score 0–100", "score", "score>=70", minimum=0, maximum=100,
                 names=("评分", "分数")),
        FieldDef("r", NUMBER, "Recency score 1–5 (5 = ordered recently)", "r_score", "r>=4",
                 integer=True, minimum=1, maximum=5, names=("r_score",)),
        FieldDef("f", NUMBER, "Frequency score 1–5", "f_score", "f>=3", integer=True, minimum=1, maximum=5,
                 names=("f_score",)),
        FieldDef("m", NUMBER, "Monetary score 1–5", "m_score", "m>=4", integer=True, minimum=1, maximum=5,
                 names=("m_score",)),
        FieldDef("recency", NUMBER, "Days since the last order as scored (no orders = infinitely many)",
                 "recency_days", "recency<=30", integer=True, minimum=0, missing_high=True, day_suffix=True,
                 names=("recency_days",)),
        FieldDef("frequency", NUMBER, "Orders in the scoring window (365 days)", "frequency", "frequency>=5",
                 integer=True, minimum=0, names=("freq",)),
        FieldDef("monetary", NUMBER, "Amount ordered in the scoring window, in major units (100k, 1.2万 work)",
                 "monetary_minor", "monetary>=100000", minimum=0, money=True, names=("money", "amount", "金额")),
        FieldDef("size", NUMBER, "Employees (the customer's size)", "size", "size>=250", integer=True, minimum=0,
                 names=("employees", "规模", "人数")),
        FieldDef("last_order", DAYS, "Days since the last order (never ordered = infinitely long ago); last_order:never",
                 "last_order", "last_order<90d", values=("never",), aliases=(("none", "never"), ("从未", "never")),
                 missing_high=True, names=("lastorder", "最近下单")),
        FieldDef("last_contact", DAYS, "Days since the last interaction (never = infinitely long ago)",
                 "last_contact", "last_contact>30d", values=("never",),
                 aliases=(("none", "never"), ("从未", "never")), missing_high=True,
                 names=("lastcontact", "contacted", "最近联系")),
        FieldDef("due", DAYS, "Days until the next open action (overdue < 0); due:overdue, due:today, due:none",
                 "next_action_due", "due<=7d", values=("overdue", "today", "none"),
                 aliases=(("逾期", "overdue"), ("过期", "overdue"), ("今天", "today"), ("never", "none"), ("无", "none")),
                 since=False, names=("next_action", "next", "待办", "跟进")),
        text("name", "name", "Customer name", "name:acme", ("名称", "客户")),
        text("code", "code", "Customer code", "code:C00012", ("编号",)),
        text("industry", "industry", "Industry", "industry:制造", ("行业",)),
        text("region", "region", "Province / state (华东, 华南… match their provinces)", "region:广东",
             ("province", "state", "地区", "省", "省份", "区域")),
        text("city", "city", "City", "city:深圳", ("城市",)),
        text("country", "country", "Country (ISO code, e.g. country:DE, or as typed)", "country:US", ("国家",)),
        FieldDef("phone", ENUM, "Phone: invalid (kept as typed, not understood), ok, none", "phone_status",
                 "phone:invalid", values=("invalid", "ok", "none"),
                 labels=(("invalid", "Not understood"), ("ok", "Understood"), ("none", "No phone")),
                 aliases=(("bad", "invalid"), ("无效", "invalid"), ("错误", "invalid"), ("missing", "none"),
                          ("无", "none")), names=("电话", "phones")),
        text("contact", "contact_name", "A person at the customer (any of them)", "contact:王", ("contact_name", "联系人")),
        text("source", "source", "Lead source", "source:expo", ("来源",)),
        FieldDef("kind", ENUM, "Company or person", "kind", "kind:person", values=("company", "person"),
                 labels=(("company", "Company"), ("person", "Person")),
                 aliases=(("公司", "company"), ("企业", "company"), ("个人", "person")), names=("类型",)),
        FieldDef("grade", ENUM, "The rep's own grade", "grade", "grade:key", values=("key", "potential", "normal"),
                 labels=(("key", "Key"), ("potential", "Potential"), ("normal", "Normal")),
                 aliases=(("重点", "key"), ("关键", "key"), ("潜力", "potential"), ("潜在", "potential"),
                          ("普通", "normal"), ("一般", "normal")), names=("等级",)),
        FieldDef("tag", TAG, "Tags: tag:name, tag:name* (prefix), tag:risk/* (category), tag:* (any)", "",
                 "tag:重点", names=("tags", "标签")),
    )  # fmt: skip


#: The vocabulary, by canonical field name.
FIELDS: dict[str, FieldDef] = {f.name: f for f in _field_list()}


def _fold(text: str) -> str:
    try:
        return _fold_text(text)
    except Exception:  # noqa: BLE001 - e.g. lone surrogates opencc cannot encode
        return unicodedata.normalize("NFKC", text).casefold()


_KEY_SEP = re.compile(r"[\s\-_]+")


def _light_fold(text: str) -> str:
    """fold() for our own vocabulary, whose Chinese is already simplified (no OpenCC at import)."""
    return unicodedata.normalize("NFKC", text).casefold()


def _key(text: str, fold: Any = _fold) -> str:
    """Typed enum value → comparable key: folded, apostrophes gone, spaces/dashes → ``_``."""
    return _KEY_SEP.sub("_", fold(text).replace("'", "").replace("’", "").strip()).strip("_")


def _alias_table(fd: FieldDef) -> dict[str, str]:
    table: dict[str, str] = {}

    def add(typed: str, canon: str) -> None:
        table.setdefault(_key(typed, _light_fold), canon)

    for v in fd.values:
        add(v, v)
    for v, label in fd.labels:
        add(label, v)
    for typed, canon in fd.aliases:
        add(typed, canon)
    if fd.kind == BOOL:
        for typed in _BOOL_TRUE:
            add(typed, "yes")
        for typed in _BOOL_FALSE:
            add(typed, "no")
    return table


_ALIASES: dict[str, dict[str, str]] = {name: _alias_table(fd) for name, fd in FIELDS.items()}
_NAME_INDEX: dict[str, str] = {}
for _fd in FIELDS.values():
    for _n in (_fd.name, *_fd.names):
        _NAME_INDEX.setdefault(_light_fold(_n), _fd.name)
_CATEGORY_INDEX: dict[str, str] = {
    **{k: k for k in TAG_CATEGORIES},
    **{_light_fold(v): k for k, v in TAG_CATEGORIES.items()},
}


def vocabulary() -> list[tuple[str, str, str, str]]:
    """Rows (field, kind, accepted values, example — help) for the help screen."""
    rows = []
    for fd in FIELDS.values():
        if fd.kind in (ENUM, BOOL):
            accepted = ", ".join(fd.values)
        elif fd.kind == DAYS:
            accepted = "days: 90d, 2w, 3m, 1y" + "".join(f", {v}" for v in fd.values)
        elif fd.kind == NUMBER:
            lo = "" if fd.minimum is None else f"{fd.minimum:g}"
            hi = "" if fd.maximum is None else f"{fd.maximum:g}"
            accepted = (
                ("whole " if fd.integer else "") + "number" + (f" {lo}–{hi}" if lo and hi else "")
            )
        elif fd.kind == TAG:
            accepted = "name, name*, category/*, category/name, *"
        else:
            accepted = "text"
        rows.append((fd.name, fd.kind, accepted, f"{fd.example} — {fd.help}"))
    return rows


# --------------------------------------------------------------------------- structure


@dataclass(frozen=True)
class Condition:
    """One condition.  ``op`` is one of ``OPS``; ``values`` hold canonical values
    (see the module docstring); ``negated`` = the condition was written with ``-``."""

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

_COMMAS = ",，、"
_OPEN_QUOTES = {'"': '"', "“": "”"}
_NEG = "-－−"
_VALUE_SPECIAL = frozenset(' "“”\\' + _COMMAS)
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
            return _format_number(v)
        if fd.kind == DAYS and not isinstance(v, str):
            return f"{int(v)}d"
    s = str(v)
    if not s or any(ch in _VALUE_SPECIAL or ch.isspace() for ch in s):
        return _quote(s)
    return s


def _format_number(v: float | int) -> str:
    if isinstance(v, int):
        return str(v)
    return format(Decimal(repr(float(v))), "f")


def _format_text(term: str) -> str:
    if term and all(ch.isalnum() or ch in _TEXT_PLAIN for ch in term):
        return term
    return _quote(term)


# --------------------------------------------------------------------------- scanning


@dataclass(frozen=True)
class _Seg:
    text: str
    quoted: bool
    start: int  # offset in the expression of the first character (the quote, if quoted)


def _tokens(expr: str) -> Iterator[list[_Seg]]:
    """Words split at white space outside quotes, each as its quoted/unquoted pieces."""
    i, n = 0, len(expr)
    while i < n:
        if expr[i].isspace():
            i += 1
            continue
        segs: list[_Seg] = []
        buf: list[str] = []
        bstart = i
        while i < n and not expr[i].isspace():
            ch = expr[i]
            if ch in _OPEN_QUOTES:
                if buf:
                    segs.append(_Seg("".join(buf), False, bstart))
                    buf = []
                close, q = _OPEN_QUOTES[ch], i
                i += 1
                qbuf: list[str] = []
                while True:
                    if i >= n:
                        raise _error("Unbalanced quote", q, f"close it with {close}", n)
                    c = expr[i]
                    if c == "\\" and i + 1 < n:
                        qbuf.append(expr[i + 1])
                        i += 2
                        continue
                    i += 1
                    if c == close:
                        break
                    qbuf.append(c)
                segs.append(_Seg("".join(qbuf), True, q))
                bstart = i
            else:
                if not buf:
                    bstart = i
                buf.append(ch)
                i += 1
        if buf:
            segs.append(_Seg("".join(buf), False, bstart))
        yield segs


_HEAD = re.compile(
    r"(?P<neg>[-－−]?)(?P<name>[^\W\d_]\w*)"
    r"(?P<op>[!！][=＝]|[>＞][=＝]|[<＜][=＝]|[:：=＝<＜>＞≥≤≠])"
)
_OP_CANON = str.maketrans({"！": "!", "＝": "=", "＞": ">", "＜": "<", "：": ":"})
_OP_WIDE = {"≥": ">=", "≤": "<=", "≠": "!="}


@dataclass(frozen=True)
class _Item:
    text: str
    start: int
    end: int


def _split_items(segs: list[_Seg], *, split: bool) -> list[_Item]:
    """Comma-separated items of a value (commas inside quotes do not split)."""
    items: list[_Item] = []
    parts: list[str] = []
    start: int | None = None
    end = segs[0].start if segs else 0

    def close(at: int) -> None:
        nonlocal parts, start
        items.append(_Item("".join(parts), at if start is None else start, end))
        parts, start = [], None

    for seg in segs:
        if seg.quoted:
            start = seg.start if start is None else start
            parts.append(seg.text)
            end = seg.start + len(seg.text) + 2
            continue
        for k, ch in enumerate(seg.text):
            pos = seg.start + k
            if split and ch in _COMMAS:
                end = pos
                close(pos)
                continue
            start = pos if start is None else start
            parts.append(ch)
            end = pos + 1
    close(end)
    return items


def _suggest(word: str, choices: Iterable[str]) -> str | None:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return close[0] if close else None


# --------------------------------------------------------------------------- parse


def parse(expr: str) -> Filter:
    """Parse what the rep typed.  Raises :class:`FilterError` (and nothing else)
    for malformed input; the empty string is the empty filter."""
    if not isinstance(expr, str):
        raise FilterError("A filter is text", 0)
    conditions: list[Condition] = []
    text: list[str] = []
    for segs in _tokens(expr):
        cond = _condition(segs)
        if cond is not None:
            conditions.append(cond)
            continue
        term = "".join(s.text for s in segs).strip()
        first = segs[0]
        if not first.quoted and first.text[:1] in _NEG:
            hint = "write a field after it, e.g. -tag:vip"
            word = term[1:].strip()
            if word and all(ch.isalnum() for ch in word):
                hint = f"use a field, e.g. -name:{word}, or quote it to search for it"
            raise _error(
                f'Cannot exclude "{term}"', first.start, hint, first.start + len(first.text)
            )
        if term:
            text.append(term)
    return Filter(tuple(conditions), tuple(text))


def _condition(segs: list[_Seg]) -> Condition | None:
    first = segs[0]
    if first.quoted:
        return None
    m = _HEAD.match(first.text)
    if m is None:
        return None
    name = m["name"]
    name_at = first.start + m.start("name")
    folded = _fold(name)
    field = _NAME_INDEX.get(folded)
    if field is None:
        if not folded.isascii():
            return None  # Chinese (etc.) word before a colon: plain text
        guess = _suggest(folded, _NAME_INDEX)
        hint = (
            f"did you mean {_NAME_INDEX[guess]}?"
            if guess
            else "see the field list (?), or put the words in quotes to search for them"
        )
        raise _error(f'Unknown field "{name}"', name_at, hint, name_at + len(name))
    fd = FIELDS[field]
    raw_op = m["op"]
    op = _OP_WIDE.get(raw_op, raw_op.translate(_OP_CANON))
    op_at = first.start + m.start("op")
    value_segs = []
    rest = first.text[m.end() :]
    if rest:
        value_segs.append(_Seg(rest, False, first.start + m.end()))
    value_segs.extend(segs[1:])
    if op not in fd.operators:
        raise _error(f'{field} cannot use "{op}"', op_at, _op_hint(fd), op_at + len(raw_op))
    if not value_segs:
        hint = f'{_value_hint(fd, op)}, written right after "{field}{op}"'
        raise _error(f'Empty value after "{field}{op}"', op_at + len(raw_op), hint)
    comparison = op in COMPARISONS
    single = comparison and fd.kind in (NUMBER, DAYS)
    items = _split_items(value_segs, split=not single)
    if single:
        items = [_thousands(items[0], fd, op)]
    if comparison and len(items) > 1:
        raise _error(f"{field}{op} takes one value", items[1].start, f"use {field}:a,b for a list")
    values: list[Any] = []
    for item in items:
        stripped = item.text.strip()
        if not stripped:
            raise _error(f'Empty value in "{field}{op}" list', item.start, _value_hint(fd, op))
        value = _value(fd, op, _Item(stripped, item.start, item.end))
        if value not in values:
            values.append(value)
    negated = bool(m["neg"])
    if fd.kind == TEXT:
        cop = {":": "in", "=": "=", "!=": "!="}.get(op, op)
    else:
        cop = {":": "in", "=": "in", "!=": "not_in"}.get(op, op)
    return Condition(field, cop, tuple(values), negated)


_THOUSANDS = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.\d+)?\D*")


def _thousands(item: _Item, fd: FieldDef, op: str) -> _Item:
    """A comparison takes the whole value: ``1,000`` is a thousands separator, other commas an error."""
    text = item.text.strip()
    if "," not in text and "，" not in text and "、" not in text:
        return item
    if _THOUSANDS.fullmatch(text):
        return _Item(text if fd.money else text.replace(",", ""), item.start, item.end)
    comma = min(i for i, ch in enumerate(item.text) if ch in _COMMAS)
    raise _error(
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


def _value(fd: FieldDef, op: str, item: _Item) -> Any:
    if fd.kind in (ENUM, BOOL):
        canon = _ALIASES[fd.name].get(_key(item.text))
        if canon is None:
            listing = f"{fd.name} is one of {', '.join(fd.values)}"
            guess = _suggest(_key(item.text), fd.values)
            hint = f"did you mean {guess}? {listing}" if guess else listing
            raise _error(f'Unknown {fd.name} "{item.text}"', item.start, hint, item.end)
        return canon == "yes" if fd.kind == BOOL else canon
    if fd.kind == NUMBER:
        return _number(fd, op, item)
    if fd.kind == DAYS:
        return _days(fd, op, item)
    if fd.kind == TAG:
        return _tag_value(item)
    return item.text


_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")


def _number(fd: FieldDef, op: str, item: _Item) -> int | float:
    text = unicodedata.normalize("NFKC", item.text).strip().replace("_", "")
    bad = _error(
        f'Not a number for {fd.name}: "{item.text}"', item.start, f"e.g. {fd.example}", item.end
    )
    if len(text) > 40:
        raise bad
    if fd.money:
        from custui.core.validate import parse_money

        try:
            minor = parse_money(text)
        except (ValueError, ArithmeticError) as err:
            raise _error(
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
        raise _error(
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
        raise _error(
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


def _days(fd: FieldDef, op: str, item: _Item) -> int | str:
    text = unicodedata.normalize("NFKC", item.text).strip().casefold()
    canon = _ALIASES[fd.name].get(_key(text))
    if canon is not None:
        if op in COMPARISONS:
            raise _error(f'{fd.name}{op} needs a number of days, not "{item.text}"', item.start,
                         f"e.g. {fd.example}", item.end)  # fmt: skip
        return canon
    m = _DURATION.fullmatch(text)
    if m is None:
        words = "".join(f", {fd.name}:{v}" for v in fd.values)
        raise _error(
            f'Not a number of days for {fd.name}: "{item.text}"', item.start,
            f"e.g. {fd.example} (units d, w, m = 30 d, y = 365 d){words}", item.end,
        )  # fmt: skip
    unit = m["unit"] or "d"
    per = _UNIT_DAYS.get(unit, _UNIT_DAYS.get(unit[:1], 1))
    n = int(m["n"]) * per
    return -n if m["sign"] == "-" else n


def _tag_value(item: _Item) -> str:
    text = item.text
    if text == "*":
        return text
    cat, slash, name = text.partition("/")
    if slash:
        known = _CATEGORY_INDEX.get(_fold(cat).strip())
        if known is not None:
            if not name.strip():
                raise _error(
                    f'Empty tag name after "{cat}/"',
                    item.start,
                    f"e.g. tag:{known}/* or tag:{known}/name",
                )
            return f"{known}/{name}"
        if name == "*":
            guess = _suggest(_fold(cat), _CATEGORY_INDEX)
            listing = "categories: " + ", ".join(TAG_CATEGORIES)
            hint = f"did you mean {_CATEGORY_INDEX[guess]}? {listing}" if guess else listing
            raise _error(f'Unknown tag category "{cat}"', item.start, hint, item.start + len(cat))
    return text


# --------------------------------------------------------------------------- describe


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
            return _format_number(v)
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


# --------------------------------------------------------------------------- apply


def apply(
    frame: pd.DataFrame,
    flt: Filter,
    *,
    as_of: date | datetime | str,
    tags: pd.Series | pd.DataFrame | TagTable | None = None,
) -> pd.Series:
    """Boolean mask (index = ``frame.index``, customer ids) of the rows matching
    every condition of ``flt``.  ``frame``: the scored frame joined with the
    customer columns the conditions use (name, code, kind, industry, region,
    city, contact_name, source, grade).  ``flt.text`` is **ignored**: free text
    is the store's full-text search.  Days fields are counted from ``as_of``.
    A condition on a column the frame lacks raises FilterError (position 0)."""
    import numpy as np
    import pandas as pd

    from custui.core.scoring.features import as_day

    t = as_day(as_of)
    mask = np.ones(len(frame), dtype=bool)
    long_tags = None
    for cond in flt.conditions:
        fd = FIELDS.get(cond.field)
        if fd is None:
            raise FilterError(f'Unknown field "{cond.field}"', 0)
        if fd.kind == TAG:
            if long_tags is None:
                long_tags = _long_tags(frame, tags)
            hit = _apply_tag(frame, cond, long_tags)
        elif fd.kind == ENUM:
            hit = _apply_enum(_column(frame, fd), fd, cond)
        elif fd.kind == BOOL:
            col = _column(frame, fd)
            truth = col.to_numpy(dtype=object, na_value=False).astype(bool)
            hit = np.isin(truth, np.array([bool(v) for v in cond.values], dtype=bool))
            hit = ~hit if cond.op == "not_in" else hit
        elif fd.kind == NUMBER:
            col = _column(frame, fd)
            hit = _compare(col.to_numpy(dtype=np.float64, na_value=np.nan), fd, cond)
        elif fd.kind == DAYS:
            hit = _compare(_days_column(frame, fd, t), fd, cond)
        else:
            hit = _apply_text(_column(frame, fd), fd, cond)
        hit = np.asarray(hit, dtype=bool)
        mask &= ~hit if cond.negated else hit
    return pd.Series(mask, index=frame.index, name="match", dtype=bool)


def _column(frame: pd.DataFrame, fd: FieldDef) -> pd.Series:
    if fd.column not in frame.columns:
        raise FilterError(f'Cannot filter by {fd.name}: the list has no "{fd.column}" column', 0)
    return frame[fd.column]


def _days_column(frame: pd.DataFrame, fd: FieldDef, t: int) -> np.ndarray:
    import numpy as np

    from custui.core.scoring.features import day_numbers

    if (
        fd.column not in frame.columns
        and fd.name == "last_order"
        and "recency_days" in frame.columns
    ):
        recency: np.ndarray = frame["recency_days"].to_numpy(dtype=np.float64, na_value=np.nan)
        return recency
    days, missing = day_numbers(_column(frame, fd))
    out = (t - days if fd.since else days - t).astype(np.float64)
    out[missing] = np.nan
    return out


def _compare(values: np.ndarray, fd: FieldDef, cond: Condition) -> np.ndarray:
    """Numbers and day counts; NaN = missing (infinitely large when ``missing_high``)."""
    import numpy as np

    missing = np.isnan(values)
    if fd.missing_high:
        values = np.where(missing, np.inf, values)
    with np.errstate(invalid="ignore"):
        if cond.op in COMPARISONS:
            (v,) = cond.values
            compared: np.ndarray = {
                ">=": np.greater_equal,
                "<=": np.less_equal,
                ">": np.greater,
                "<": np.less,
            }[cond.op](values, float(v))
            return compared
        hit = np.zeros(len(values), dtype=bool)
        for v in cond.values:
            if v in ("never", "none"):
                hit |= missing
            elif v == "overdue":
                hit |= values < 0
            elif v == "today":
                hit |= values == 0
            else:
                hit |= values == float(v)
    return ~hit if cond.op in ("not_in", "!=") else hit


def _uniques(col: pd.Series) -> tuple[np.ndarray, list[Any]]:
    """(codes, unique values) of a column; code −1 = missing."""
    import pandas as pd

    codes, uniques = pd.factorize(col, use_na_sentinel=True)
    return codes, uniques.tolist()


def _take(codes: np.ndarray, per_unique: list[bool]) -> np.ndarray:
    import numpy as np

    table = np.array([*per_unique, False], dtype=bool)  # −1 → the trailing False
    taken: np.ndarray = table[codes]
    return taken


def _apply_enum(col: pd.Series, fd: FieldDef, cond: Condition) -> np.ndarray:
    aliases = _ALIASES[fd.name]
    codes, uniques = _uniques(col)
    canon = [aliases.get(_key(str(u))) for u in uniques]
    if cond.op in COMPARISONS:
        rank = {v: len(fd.values) - i for i, v in enumerate(fd.values)}
        (target,) = cond.values
        want = rank[target]
        test = {
            ">=": lambda r: r >= want,
            "<=": lambda r: r <= want,
            ">": lambda r: r > want,
            "<": lambda r: r < want,
        }
        hit = _take(codes, [c is not None and test[cond.op](rank[c]) for c in canon])
        return hit
    wanted = set(cond.values)
    hit = _take(codes, [c in wanted for c in canon])
    return ~hit if cond.op == "not_in" else hit


#: fold() results of column values, so re-filtering the same list as the rep types is cheap.
_FOLD_CACHE: dict[str, str] = {}
_FOLD_CACHE_MAX = 400_000


def _fold_many(values: list[str]) -> list[str]:
    """fold() of many strings (cached); the Chinese ones go through OpenCC in one call."""
    cache = _FOLD_CACHE
    out = [cache.get(v) for v in values]
    todo = [i for i, o in enumerate(out) if o is None]
    if not todo:
        return out  # type: ignore[return-value]
    pre = [unicodedata.normalize("NFKC", values[i]).casefold() for i in todo]
    from custui.core.text import has_cjk, to_simplified

    cjk = [k for k, v in enumerate(pre) if has_cjk(v)]
    if cjk:
        batch = [pre[k].replace("\n", " ") for k in cjk]
        try:
            converted = to_simplified("\n".join(batch)).split("\n")
        except Exception:  # noqa: BLE001 - unencodable text: one at a time
            converted = []
        if len(converted) != len(cjk):
            converted = [_fold(v) for v in batch]
        for k, c in zip(cjk, converted):
            pre[k] = c
    if len(cache) + len(todo) > _FOLD_CACHE_MAX:
        cache.clear()
    for i, f in zip(todo, pre):
        out[i] = f
        cache[values[i]] = f
    return out  # type: ignore[return-value]


def _apply_text(col: pd.Series, fd: FieldDef, cond: Condition) -> np.ndarray:
    import pandas as pd

    codes, uniques = _uniques(col)
    folded = pd.Series(_fold_many(["" if u is None else str(u) for u in uniques]), dtype=object)
    wanted: list[str] = []
    for v in cond.values:
        fv = _fold(str(v)).strip()
        wanted.append(fv)
        if fd.name == "region":
            macro = _MACRO_ENGLISH.get(fv, fv)
            for zh, pinyin in MACRO_REGIONS.get(macro, ()):
                wanted += [zh, pinyin]
    per = pd.Series(False, index=folded.index)
    for w in dict.fromkeys(wanted):
        if not w:
            continue
        per |= folded.str.contains(w, regex=False) if cond.op == "in" else folded == w
    hit = _take(codes, per.tolist())
    return ~hit if cond.op == "!=" else hit


@dataclass(frozen=True)
class TagTable:
    """Every tag of every customer as folded ``(customer_id, category, name)``
    rows — the form :func:`apply` matches ``tag:`` against.  Build it once with
    :func:`tag_table` and pass it to each :func:`apply` call."""

    rows: pd.DataFrame


def tag_table(tags: pd.Series | pd.DataFrame) -> TagTable:
    """A reusable :class:`TagTable` from tags in either format :func:`apply` takes."""
    import numpy as np
    import pandas as pd

    if isinstance(tags, pd.DataFrame):
        df = tags.reset_index() if "customer_id" not in tags.columns else tags
        long = pd.DataFrame(
            {
                "customer_id": df["customer_id"].to_numpy(),
                "category": df["category"].astype(object).to_numpy(),
                "name": df["name"].astype(object).to_numpy(),
            }
        )
    else:
        exploded = tags.explode().dropna()
        pairs = [_pair(v) for v in exploded.tolist()]
        long = pd.DataFrame(
            {
                "customer_id": exploded.index.to_numpy(),
                "category": [p[0] for p in pairs],
                "name": [p[1] for p in pairs],
            }
        )
    for col in ("category", "name"):
        codes, uniques = _uniques(long[col])
        folded = [f.strip() for f in _fold_many(["" if u is None else str(u) for u in uniques])]
        long[col] = np.array([*folded, ""], dtype=object)[codes]
    return TagTable(long)


def _long_tags(
    frame: pd.DataFrame, tags: pd.Series | pd.DataFrame | TagTable | None
) -> pd.DataFrame:
    """(customer_id, category, name) rows, category and name folded."""
    if isinstance(tags, TagTable):
        return tags.rows
    if tags is None:
        if "tags" not in frame.columns:
            raise FilterError("Cannot filter by tag: the list has no tags", 0)
        tags = frame["tags"]
    return tag_table(tags).rows


def _pair(tag: Any) -> tuple[str, str]:
    if isinstance(tag, str):
        cat, slash, name = tag.partition("/")
        return (cat, name) if slash else ("", tag)
    cat, name = tag
    return ("" if cat is None else str(cat), "" if name is None else str(name))


def _apply_tag(frame: pd.DataFrame, cond: Condition, long: pd.DataFrame) -> np.ndarray:
    import numpy as np

    rows = np.zeros(len(long), dtype=bool)
    names = long["name"]
    for v in cond.values:
        if v == "*":
            rows[:] = True
            break
        cat, slash, name = str(v).partition("/")
        sel = np.ones(len(long), dtype=bool)
        if slash and cat in TAG_CATEGORIES:
            sel &= (long["category"] == cat).to_numpy()
        else:
            name = str(v)
        if name != "*":
            prefix = name.endswith("*")
            fname = _fold(name[:-1] if prefix else name).strip()
            sel &= (names.str.startswith(fname) if prefix else names == fname).to_numpy(dtype=bool)
        rows |= sel
    ids = long["customer_id"].to_numpy()[rows]
    hit: np.ndarray = frame.index.isin(ids)
    return ~hit if cond.op == "not_in" else hit
