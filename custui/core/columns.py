"""Which column of an imported file holds which field (pure).

Spreadsheets name their columns every which way — "Customer Name",
"客户名称", "company", "公司名称".  Each field an import understands has a list
of headers it answers to, English and Chinese; a header matches when it
equals one of them after folding (NFKC, case, traditional → simplified, and
spaces, underscores, hyphens, dots and brackets dropped).  Nothing is guessed
beyond that: an unknown header is reported as ignored, never mapped by
resemblance, so the rep sees exactly what will be read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from custui.core.text import fold

KINDS = ("customers", "interactions", "orders")

_CUSTOMER_CODE = ("customer code", "customer_code", "customer id", "customer no", "account code", "code",
                  "客户编号", "客户代码", "客户编码", "客户id", "编号", "代码")  # fmt: skip

#: field -> the headers it answers to, per kind.  The field's own name always counts.
HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "customers": {
        "name": (
            "name",
            "customer",
            "customer name",
            "company",
            "company name",
            "account",
            "account name",
            "organization",
            "organization name",
            "organization 1 - name",
            "organisation",
            "客户",
            "客户名称",
            "客户名",
            "公司",
            "公司名称",
            "单位名称",
            "企业名称",
            "名称",
        ),
        "code": (
            "code",
            "customer code",
            "customer id",
            "customer no",
            "客户编号",
            "客户代码",
            "客户编码",
            "编号",
        ),
        "kind": ("kind", "type", "customer type", "类型", "客户类型", "性质"),
        "industry": ("industry", "sector", "行业", "所属行业", "行业类别"),
        "size": ("size", "employees", "headcount", "staff", "规模", "人数", "员工人数", "公司规模"),
        "source": ("source", "lead source", "来源", "客户来源", "渠道来源"),
        "contact_name": (
            "contact",
            "contact name",
            "contact person",
            "full name",
            "person",
            "person name",
            "display name",
            "联系人",
            "联系人姓名",
            "姓名",
            "全名",
        ),
        "first_name": (
            "first name",
            "firstname",
            "given name",
            "forename",
            "contact first name",
            "名",
            "名字",
        ),
        "last_name": (
            "last name",
            "lastname",
            "family name",
            "surname",
            "contact last name",
            "姓",
            "姓氏",
        ),
        "contact_title": (
            "title",
            "job title",
            "position",
            "role",
            "organization title",
            "organization 1 - title",
            "职位",
            "职务",
            "联系人职位",
            "岗位",
        ),
        "contact_phone": (
            "mobile",
            "cell",
            "mobile phone",
            "mobile number",
            "mobile phone number",
            "cell phone",
            "手机",
            "手机号",
            "手机号码",
            "移动电话",
        ),
        "phone": (
            "phone",
            "tel",
            "telephone",
            "phone number",
            "phone 1 - value",
            "business phone",
            "电话",
            "联系电话",
            "电话号码",
        ),
        "email": (
            "email",
            "e-mail",
            "mail",
            "email address",
            "e-mail 1 - value",
            "邮箱",
            "电子邮件",
            "电子邮箱",
            "邮件",
        ),
        "company_phone": (
            "company phone",
            "company phone number",
            "main phone",
            "公司电话",
            "单位电话",
            "总机",
        ),
        "company_email": ("company email", "company e-mail", "公司邮箱", "单位邮箱"),
        "website": ("website", "web", "url", "homepage", "网站", "网址", "官网"),
        "region": (
            "region",
            "province",
            "state",
            "area",
            "state/region",
            "state/province",
            "state or province",
            "address 1 - region",
            "bundesland",
            "区域",
            "地区",
            "省",
            "省份",
            "所在地区",
            "省/州",
            "州",
        ),
        "city": (
            "city",
            "town",
            "locality",
            "address 1 - city",
            "ort",
            "stadt",
            "城市",
            "所在城市",
            "市",
        ),
        "street": (
            "street",
            "street address",
            "address line 1",
            "address 1",
            "address 1 - street",
            "straße",
            "strasse",
            "街道",
            "街道地址",
            "详细地址",
            "门牌",
        ),
        "address": (
            "address",
            "full address",
            "mailing address",
            "address 1 - formatted",
            "anschrift",
            "地址",
            "公司地址",
            "通讯地址",
            "联系地址",
            "通信地址",
        ),
        "postcode": (
            "postcode",
            "post code",
            "postal code",
            "zip",
            "zip code",
            "zipcode",
            "address 1 - postal code",
            "plz",
            "postleitzahl",
            "code postal",
            "邮编",
            "邮政编码",
            "郵遞區號",
            "郵便番号",
        ),
        "country": (
            "country",
            "country/region",
            "country or region",
            "nation",
            "address 1 - country",
            "land",
            "pays",
            "国家",
            "国家/地区",
            "国家地区",
            "国别",
            "國家",
            "国籍",
        ),
        "grade": ("grade", "level", "rating", "等级", "客户等级", "级别"),
        "need_match": ("need match", "需求匹配", "需求匹配度"),
        "win_likelihood": ("win likelihood", "likelihood", "成交可能", "成交可能性"),
        "growth_potential": ("growth", "growth potential", "成长潜力", "增长潜力"),
        "strategic": ("strategic", "strategic value", "战略价值"),
        "notes": (
            "notes",
            "note",
            "remarks",
            "remark",
            "comment",
            "comments",
            "description",
            "备注",
            "说明",
            "描述",
        ),
        "tags": ("tag", "categories", "labels", "标签", "客户标签"),
    },
    "interactions": {
        "code": _CUSTOMER_CODE,
        "occurred_at": (
            "date",
            "occurred at",
            "when",
            "day",
            "contact date",
            "日期",
            "时间",
            "跟进日期",
            "拜访日期",
            "联系日期",
            "沟通日期",
        ),
        "channel": (
            "channel",
            "type",
            "method",
            "via",
            "渠道",
            "方式",
            "跟进方式",
            "联系方式",
            "沟通方式",
            "类型",
        ),
        "summary": (
            "summary",
            "content",
            "subject",
            "notes",
            "note",
            "details",
            "内容",
            "摘要",
            "跟进内容",
            "沟通内容",
            "记录",
            "备注",
        ),
        "owner": (
            "owner",
            "who",
            "rep",
            "sales rep",
            "salesperson",
            "by",
            "负责人",
            "跟进人",
            "销售",
            "业务员",
        ),
        "sentiment": ("sentiment", "mood", "result", "情绪", "态度", "反馈", "客户态度"),
        "next_action": (
            "next action",
            "next step",
            "next",
            "follow up",
            "下一步",
            "下一步行动",
            "下步计划",
            "待办",
        ),
        "next_action_due": (
            "next action due",
            "due",
            "due date",
            "follow up date",
            "next date",
            "截止日期",
            "到期日",
            "下次跟进日期",
            "下次跟进",
            "下次联系",
        ),
    },
    "orders": {
        "code": _CUSTOMER_CODE,
        "ordered_at": (
            "date",
            "order date",
            "ordered at",
            "ordered on",
            "日期",
            "下单日期",
            "订单日期",
            "成交日期",
        ),
        "amount": (
            "amount",
            "total",
            "value",
            "revenue",
            "order amount",
            "金额",
            "订单金额",
            "总额",
            "合同金额",
            "成交金额",
        ),
        "currency": ("currency", "currency code", "币种", "货币", "币别", "幣別"),
        "product": (
            "product",
            "item",
            "products",
            "description",
            "产品",
            "商品",
            "品名",
            "产品名称",
        ),
        "margin": ("margin", "profit", "gross margin", "毛利", "利润", "毛利润"),
        # payment (issue 22): terms in days or a day (core.receivables.parse_terms), or their parts
        "terms": (
            "terms",
            "payment terms",
            "credit terms",
            "账期",
            "付款条件",
            "付款期限",
            "结算方式",
            "帳期",
        ),
        "due_on": (
            "due",
            "due date",
            "due on",
            "payment due",
            "到期日",
            "到期日期",
            "付款到期日",
            "应付日期",
            "应收日期",
            "到期",
        ),
        "paid": (
            "paid",
            "payment status",
            "paid?",
            "付款状态",
            "付款情况",
            "是否付款",
            "是否已付",
            "收款状态",
            "回款状态",
            "付款狀態",
        ),
        "paid_on": (
            "paid on",
            "payment date",
            "date paid",
            "paid date",
            "付款日期",
            "付款日",
            "收款日期",
            "回款日期",
            "付款時間",
            "付款时间",
        ),
    },
}

#: Columns that name a person (one of them makes the file's people contacts of their customer).
PERSON_NAME_FIELDS = ("contact_name", "first_name", "last_name")
#: Fields of the person on a row (core.people_rows reads them into a contact).
PERSON_FIELDS = (*PERSON_NAME_FIELDS, "contact_title", "contact_phone")

#: Headers too general to take a field while a more telling column wants it: a bare "Name" is the
#: customer, unless another column is the company ("Organization 1 - Name"): then it is the person.
GENERIC: dict[str, dict[str, tuple[str, ...]]] = {"customers": {"name": ("name", "contact_name")}}

#: Columns an import cannot do without: the file is refused before any row is read.
REQUIRED: dict[str, tuple[str, ...]] = {
    "customers": ("name",),
    "interactions": ("code", "occurred_at", "channel", "summary"),
    "orders": ("code", "ordered_at", "amount"),
}

#: A required field another column can stand in for: a file of people without a company column is
#: still a file of customers (each person without a company becomes a person customer).
STANDS_IN: dict[str, tuple[str, ...]] = {"name": PERSON_NAME_FIELDS}

#: How a field is named to the rep in messages.
LABELS: dict[str, str] = {
    "code": "customer code", "occurred_at": "date", "ordered_at": "date", "next_action_due": "due date",
    "next_action": "next action", "contact_name": "contact", "contact_title": "title", "amount": "amount",
    "contact_phone": "mobile", "company_email": "company e-mail", "due_on": "due date", "paid_on": "paid on",
}  # fmt: skip

_NOISE = re.compile(r"[\s_\-./()（）\[\]【】:：#*]+")


def header_key(header: object) -> str:
    """A header folded for matching: "Customer_Name (中文)" → "customername中文"."""
    return _NOISE.sub("", fold(str(header or "")))


def label(field_name: str) -> str:
    return LABELS.get(field_name, field_name.replace("_", " "))


@dataclass(frozen=True)
class ColumnMap:
    """Field per column position, and what was left over."""

    kind: str
    fields: dict[int, str]  # column index -> field
    ignored: tuple[str, ...] = ()  # headers that matched nothing (or a field already taken)
    missing: tuple[str, ...] = field(default=())  # required fields no column answers to

    def column_of(self, field_name: str) -> int | None:
        return next((i for i, f in self.fields.items() if f == field_name), None)


def map_headers(
    headers: Sequence[object], kind: str, overrides: dict[int, str | None] | None = None
) -> ColumnMap:
    """Match *headers* to the fields of *kind*; *overrides* (index → field or None) win.

    The first column that answers to a field takes it; a later one is ignored.  A GENERIC header
    ("Name") takes the first of its fields that no telling column took.
    """
    if kind not in HEADERS:
        raise ValueError(f"unknown import kind {kind!r}; one of {', '.join(KINDS)}")
    lookup: dict[str, tuple[str, ...]] = {}
    for field_name, synonyms in HEADERS[kind].items():
        for synonym in (field_name, *synonyms):
            lookup.setdefault(header_key(synonym), (field_name,))
    generic = {header_key(h): choices for h, choices in GENERIC.get(kind, {}).items()}
    overrides = overrides or {}
    taken: set[str] = {f for f in overrides.values() if f}
    fields: dict[int, str] = {i: f for i, f in overrides.items() if f}
    unread: set[int] = {i for i, f in overrides.items() if f is None}
    for general in (False, True):  # telling headers first, then the generic ones
        for index, header in enumerate(headers):
            key = header_key(header)
            if index in overrides or (key in generic) != general:
                continue
            name = next(
                (f for f in generic.get(key) or lookup.get(key, ()) if f not in taken), None
            )
            if name is None:
                unread.add(index)
                continue
            fields[index] = name
            taken.add(name)
    ignored = tuple(str(headers[i]) for i in sorted(unread) if str(headers[i] or "").strip())
    missing = tuple(
        f for f in REQUIRED[kind] if f not in taken and not taken & set(STANDS_IN.get(f, ()))
    )
    return ColumnMap(kind, dict(sorted(fields.items())), ignored, missing)
