"""Domain vocabulary: enums and the customer field catalogue.

The field catalogue is the single description of a customer's editable fields:
the form builds itself from it, validation checks against it and the store
maps it to columns.  Labels are bilingual because reps write both languages.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    COMPANY = "company"
    PERSON = "person"


class Grade(StrEnum):
    """The rep's own judgement of an account, independent of the score."""

    KEY = "key"
    POTENTIAL = "potential"
    NORMAL = "normal"


class Channel(StrEnum):
    VISIT = "visit"
    CALL = "call"
    MEETING = "meeting"
    EMAIL = "email"
    MESSAGE = "message"
    EVENT = "event"
    OTHER = "other"


class Sentiment(StrEnum):
    POSITIVE = "positive"
    NEUTRAL = "neutral"
    NEGATIVE = "negative"


class TagCategory(StrEnum):
    INDUSTRY = "industry"
    NEED = "need"
    RISK = "risk"
    POTENTIAL = "potential"
    CUSTOM = "custom"


class FieldType(StrEnum):
    TEXT = "text"
    LONG_TEXT = "long_text"
    CHOICE = "choice"
    RATING = "rating"
    INTEGER = "integer"
    PHONE = "phone"
    COUNTRY = "country"
    EMAIL = "email"
    URL = "url"


@dataclass(frozen=True)
class FieldSpec:
    """One editable customer field."""

    name: str
    label: str
    group: str
    type: FieldType = FieldType.TEXT
    required: bool = False
    choices: tuple[str, ...] = ()
    max_length: int = 200
    placeholder: str = ""


GROUP_IDENTITY = "Identity 基本信息"
GROUP_CONTACT = "Contact 联系方式"
GROUP_PLACE = "Place 区域"
GROUP_ASSESSMENT = "Assessment 评估"
GROUP_NOTES = "Notes 备注"

CUSTOMER_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "name",
        "Name 客户名称",
        GROUP_IDENTITY,
        required=True,
        placeholder="某某科技有限公司 / Acme Ltd",
    ),
    FieldSpec(
        "code", "Code 编号", GROUP_IDENTITY, max_length=20, placeholder="blank: next free code"
    ),
    FieldSpec(
        "kind", "Kind 类型", GROUP_IDENTITY, FieldType.CHOICE, choices=tuple(k.value for k in Kind)
    ),
    FieldSpec("industry", "Industry 行业", GROUP_IDENTITY, max_length=60),
    FieldSpec("size", "Employees 规模", GROUP_IDENTITY, FieldType.INTEGER, placeholder="e.g. 250"),
    FieldSpec(
        "source", "Source 来源", GROUP_IDENTITY, max_length=60, placeholder="referral, expo, web…"
    ),
    FieldSpec("contact_name", "Contact 联系人", GROUP_CONTACT, max_length=80),
    FieldSpec("contact_title", "Title 职位", GROUP_CONTACT, max_length=80),
    FieldSpec(
        "phone",
        "Phone 电话",
        GROUP_CONTACT,
        FieldType.PHONE,
        max_length=300,
        placeholder="138 0013 8000 / +1 415 555 0100",
    ),
    FieldSpec("email", "E-mail 邮箱", GROUP_CONTACT, FieldType.EMAIL, max_length=254),
    FieldSpec("website", "Website 网站", GROUP_CONTACT, FieldType.URL, max_length=200),
    FieldSpec(
        "street",
        "Street 街道地址",
        GROUP_PLACE,
        max_length=300,
        placeholder="科技园路1号 / 1 Market St, Suite 200",
    ),
    FieldSpec("postcode", "Postcode 邮编", GROUP_PLACE, max_length=20),
    FieldSpec("city", "City 城市", GROUP_PLACE, max_length=60),
    FieldSpec(
        "region", "Region 省/州", GROUP_PLACE, max_length=60, placeholder="广东 / California"
    ),
    FieldSpec(
        "country",
        "Country 国家/地区",
        GROUP_PLACE,
        FieldType.COUNTRY,
        max_length=60,
        placeholder="blank: home region · CN, US, Germany, 德国…",
    ),
    FieldSpec(
        "grade",
        "Grade 等级",
        GROUP_ASSESSMENT,
        FieldType.CHOICE,
        choices=tuple(g.value for g in Grade),
    ),
    FieldSpec("need_match", "Need match 需求匹配 (1-5)", GROUP_ASSESSMENT, FieldType.RATING),
    FieldSpec(
        "win_likelihood", "Win likelihood 成交可能 (1-5)", GROUP_ASSESSMENT, FieldType.RATING
    ),
    FieldSpec("growth_potential", "Growth 成长潜力 (1-5)", GROUP_ASSESSMENT, FieldType.RATING),
    FieldSpec("strategic", "Strategic 战略价值 (1-5)", GROUP_ASSESSMENT, FieldType.RATING),
    FieldSpec("notes", "Notes 备注", GROUP_NOTES, FieldType.LONG_TEXT, max_length=100_000),
)

FIELDS_BY_NAME: dict[str, FieldSpec] = {f.name: f for f in CUSTOMER_FIELDS}

#: Columns the store keeps besides the editable fields.
SYSTEM_COLUMNS: tuple[str, ...] = (
    "id",
    "phone_e164",
    "phone_invalid",
    "created_at",
    "updated_at",
    "row_version",
    "merged_into",
    "deleted_at",
)
