"""The filter language's vocabulary: the fields a rep can filter by, their values and names.

To add a field of an existing kind, add a :class:`FieldDef` to ``_field_list()``: the
parser, the describer, the evaluator and the help screen (:func:`vocabulary`) all read
it from :data:`FIELDS`.  A new kind also needs its value reader (``parser``), its
wording (``describer``) and its test on the list (``evaluator``).

Also here: :class:`FilterError` (and :func:`error_at`, which places one in the typed
text) and the folding that makes typed names and values comparable.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from custui.core.text import fold as _fold_text

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


def error_at(what: str, offset: int, hint: str = "", end: int | None = None) -> FilterError:
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
MACRO_ENGLISH = {
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
        FieldDef(
            "moved", ENUM, "Tier since the last snapshot before this month (the score history): up, down, "
            "same, or new (not in that snapshot)", "moved", "moved:down", values=("up", "down", "same", "new"),
            labels=(("up", "Moved up"), ("down", "Moved down"), ("same", "Same tier"), ("new", "New")),
            aliases=(("上升", "up"), ("升", "up"), ("下降", "down"), ("降", "down"), ("不变", "same"),
                     ("新", "new"), ("新增", "new")), names=("movement", "变动", "升降"),
        ),
        FieldDef(
            "was", ENUM, "Tier in the last snapshot before this month; none: not in it (was:core tier:potential "
            "are the customers who fell from Core to Potential)", "was", "was:core",
            values=(*(k for k, _ in _TIER_LABELS), "none"), labels=(*_TIER_LABELS, ("none", "Not scored")),
            aliases=(*_TIER_ALIASES, ("not scored", "none"), ("new", "none")), names=("tier_was", "原层级"),
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


def safe_fold(text: str) -> str:
    try:
        return _fold_text(text)
    except Exception:  # noqa: BLE001 - e.g. lone surrogates opencc cannot encode
        return unicodedata.normalize("NFKC", text).casefold()


_KEY_SEP = re.compile(r"[\s\-_]+")


def _light_fold(text: str) -> str:
    """fold() for our own vocabulary, whose Chinese is already simplified (no OpenCC at import)."""
    return unicodedata.normalize("NFKC", text).casefold()


def value_key(text: str, fold: Any = safe_fold) -> str:
    """Typed enum value → comparable key: folded, apostrophes gone, spaces/dashes → ``_``."""
    return _KEY_SEP.sub("_", fold(text).replace("'", "").replace("’", "").strip()).strip("_")


def _alias_table(fd: FieldDef) -> dict[str, str]:
    table: dict[str, str] = {}

    def add(typed: str, canon: str) -> None:
        table.setdefault(value_key(typed, _light_fold), canon)

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


ALIASES: dict[str, dict[str, str]] = {name: _alias_table(fd) for name, fd in FIELDS.items()}
NAME_INDEX: dict[str, str] = {}
for _fd in FIELDS.values():
    for _n in (_fd.name, *_fd.names):
        NAME_INDEX.setdefault(_light_fold(_n), _fd.name)
CATEGORY_INDEX: dict[str, str] = {
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
