"""custui.core.query: the list filter language — parse, canonical text, errors, apply, describe."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from custui.core.query import (
    FIELDS,
    TAG_CATEGORIES,
    Condition,
    Filter,
    FilterError,
    apply,
    describe,
    parse,
    tag_table,
    vocabulary,
)

AS_OF = date(2024, 6, 30)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def C(field: str, op: str, *values, negated: bool = False) -> Condition:
    return Condition(field, op, tuple(values), negated)


# --------------------------------------------------------------------------- parse: the examples


def test_issue_example() -> None:
    f = parse("tier:core,strategic tag:重点 score>=70 industry:制造 last_order<90d churn:yes")
    assert f == Filter(
        (
            C("tier", "in", "core", "strategic"),
            C("tag", "in", "重点"),
            C("score", ">=", 70),
            C("industry", "in", "制造"),
            C("last_order", "<", 90),
            C("churn", "in", True),
        ),
        (),
    )
    assert describe(f) == (
        "tier Core or Strategic · tag 重点 · score ≥ 70 · industry contains 制造 · last order < 90 days ago · churn risk"
    )


@pytest.mark.parametrize(
    ("text", "condition"),
    [
        ("-tag:x", C("tag", "in", "x", negated=True)),
        ("tag:risk/*", C("tag", "in", "risk/*")),
        ("tag:风险/*", C("tag", "in", "risk/*")),
        ("tag:vip*", C("tag", "in", "vip*")),
        ("tag!=vip", C("tag", "not_in", "vip")),
        ("priority:s,a", C("priority", "in", "s", "a")),
        ("priority:S、A", C("priority", "in", "s", "a")),
        ("segment:champions", C("segment", "in", "champions")),
        ('segment:"Can\'t lose"', C("segment", "in", "cant_lose")),
        ("segment:冠军客户", C("segment", "in", "champions")),
        ("group:churn_risk", C("group", "in", "churn_risk")),
        ("group:churn-risk", C("group", "in", "churn_risk")),
        ("region:华东", C("region", "in", "华东")),
        ("region:广东", C("region", "in", "广东")),
        ("city:深圳", C("city", "in", "深圳")),
        ("grade:key", C("grade", "in", "key")),
        ("grade:重点", C("grade", "in", "key")),
        ("r>=4", C("r", ">=", 4)),
        ("f>=3", C("f", ">=", 3)),
        ("m>=4", C("m", ">=", 4)),
        ("recency<=30", C("recency", "<=", 30)),
        ("recency<=30d", C("recency", "<=", 30)),
        ("frequency>=5", C("frequency", ">=", 5)),
        ("monetary>=100000", C("monetary", ">=", 10_000_000)),
        ("monetary>=100,000", C("monetary", ">=", 10_000_000)),
        ("monetary>=1.2万", C("monetary", ">=", 1_200_000)),
        ("monetary>=100k", C("monetary", ">=", 10_000_000)),
        ("last_contact>30d", C("last_contact", ">", 30)),
        ("last_contact>2w", C("last_contact", ">", 14)),
        ("last_order<3m", C("last_order", "<", 90)),
        ("last_order:never", C("last_order", "in", "never")),
        ("due<=7d", C("due", "<=", 7)),
        ("due:overdue", C("due", "in", "overdue")),
        ("due:逾期,today", C("due", "in", "overdue", "today")),
        ("name:acme", C("name", "in", "acme")),
        ("name=acme", C("name", "=", "acme")),
        ("name!=acme", C("name", "!=", "acme")),
        ('industry:"IT 软件"', C("industry", "in", "IT 软件")),
        ("industry:“IT 软件”", C("industry", "in", "IT 软件")),
        ('industry:"a,b",c', C("industry", "in", "a,b", "c")),
        ("kind:person", C("kind", "in", "person")),
        ("kind:个人", C("kind", "in", "person")),
        ("code:C00012", C("code", "in", "C00012")),
        ("score≥70.5", C("score", ">=", 70.5)),
        ("score：70", C("score", "in", 70)),
        ("tier>=core", C("tier", ">=", "core")),
        ("tier=核心", C("tier", "in", "core")),
        ("tier!=basic", C("tier", "not_in", "basic")),
        ("TIER:Core", C("tier", "in", "core")),
        ("行业:製造", C("industry", "in", "製造")),
        ("标签:重点", C("tag", "in", "重点")),
        ("churn:no", C("churn", "in", False)),
        ("churn:是", C("churn", "in", True)),
        ("tier:core,core", C("tier", "in", "core")),
    ],
)
def test_single_conditions(text: str, condition: Condition) -> None:
    f = parse(text)
    assert f.conditions == (condition,)
    assert f.text == ()
    assert parse(str(f)) == f


def test_free_words_are_text_terms() -> None:
    f = parse('acme  华为 tier:core "big co" 地址:深圳 12:30')
    assert f.conditions == (C("tier", "in", "core"),)
    assert f.text == ("acme", "华为", "big co", "地址:深圳", "12:30")
    assert parse(str(f)) == f
    assert parse("") == Filter() and not parse("   ")
    assert parse('"tier:core"').text == ("tier:core",)  # a quoted word is always text


def test_canonical_text() -> None:
    assert (
        str(parse("TIER=战略、核心  monetary>=1.2万 ACME"))
        == "tier:strategic,core monetary>=12000 ACME"
    )
    assert (
        str(parse('industry:"IT 软件" name:"say \\"hi\\""'))
        == 'industry:"IT 软件" name:"say \\"hi\\""'
    )
    assert parse('name:"say \\"hi\\""').conditions[0].values == ('say "hi"',)
    assert str(parse("due>=-3d last_order:none")) == "due>=-3d last_order:never"


# --------------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("text", "message", "position"),
    [
        ("teir:core", 'Unknown field "teir" at 1 — did you mean tier?', 1),
        ("score>=70 industy:x", 'Unknown field "industy" at 11 — did you mean industry?', 11),
        ("http://x.com", 'Unknown field "http" at 1', 1),
        (
            "tier:gold",
            'Unknown tier "gold" at 6 — tier is one of strategic, core, potential, basic',
            6,
        ),
        ("tier:stratgic", 'Unknown tier "stratgic" at 6 — did you mean strategic?', 6),
        (
            "tier:",
            'Empty value after "tier:" at 6 — tier is one of strategic, core, potential, basic',
            6,
        ),
        ("tier: core", 'Empty value after "tier:" at 6', 6),
        ("tier:core,", 'Empty value in "tier:" list at 10', 10),
        ('name:""', 'Empty value in "name:" list at 6', 6),
        ("score>=7o", 'Not a number for score: "7o" at 8', 8),
        ("last_order<90x", 'Not a number of days for last_order: "90x" at 12', 12),
        ("due<overdue", 'due< needs a number of days, not "overdue" at 5', 5),
        ("monetary>=abc", 'Not an amount for monetary: "abc" at 11', 11),
        ("r:6", 'Out of range for r: "6" at 3 — r is a whole number from 1 to 5', 3),
        ("r>=4.5", 'Not a whole number for r: "4.5" at 4', 4),
        ("score>=101", 'Out of range for score: "101" at 8', 8),
        ('name:"abc', 'Unbalanced quote at 6 — close it with "', 6),
        ("x “abc", "Unbalanced quote at 3 — close it with ”", 3),
        ("tag>=3", 'tag cannot use ">=" at 4', 4),
        ("name<x", 'name cannot use "<" at 5', 5),
        ("churn>1", 'churn cannot use ">" at 6', 6),
        ("grade>=key", 'grade cannot use ">=" at 6', 6),
        ("score>=1,2", "score>= takes one value at 9", 9),
        ("tier>=core,basic", "tier>= takes one value at 12", 12),
        ("tag:riks/*", 'Unknown tag category "riks" at 5 — did you mean risk?', 5),
        ("tag:risk/", 'Empty tag name after "risk/" at 5', 5),
        ("-acme", 'Cannot exclude "-acme" at 1 — use a field, e.g. -name:acme', 1),
        ("-", 'Cannot exclude "-" at 1', 1),
    ],
)
def test_errors(text: str, message: str, position: int) -> None:
    with pytest.raises(FilterError) as info:
        parse(text)
    assert str(info.value).startswith(message)
    assert info.value.position == position
    assert info.value.offset == position - 1
    assert isinstance(info.value, ValueError)


@FAST
@given(
    st.text(
        alphabet=st.sampled_from(list('tier:cor,egsa-"“”\\ <>=!≥0123456789.d*/重点华東x_')),
        max_size=30,
    )
)
def test_parse_raises_only_filter_error_on_near_miss_text(text: str) -> None:
    try:
        f = parse(text)
    except FilterError as err:
        assert 0 <= err.position <= len(text) + 1
    else:
        assert parse(str(f)) == f


@FAST
@given(st.text(max_size=40))
def test_parse_raises_only_filter_error_on_any_text(text: str) -> None:
    try:
        f = parse(text)
    except FilterError:
        pass
    else:
        assert parse(str(f)) == f


# --------------------------------------------------------------------------- canonical round trip

_plain = st.text(min_size=1, max_size=8).map(str.strip).filter(bool)
_tag_name = _plain.filter(lambda s: "/" not in s and s != "*")


def _number_values(fd):
    if fd.money:
        return st.integers(0, 10**12)
    if fd.integer:
        return st.integers(
            int(fd.minimum or 0), int(fd.maximum if fd.maximum is not None else 10**6)
        )
    return st.one_of(
        st.integers(0, 100),
        st.decimals(0, 100, places=2, allow_nan=False).map(float).filter(lambda x: x != int(x)),
    )


@st.composite
def conditions(draw) -> Condition:
    fd = FIELDS[draw(st.sampled_from(sorted(FIELDS)))]
    negated = draw(st.booleans())
    comparisons = (">=", "<=", ">", "<")
    if fd.kind == "enum":
        if fd.ordered and draw(st.booleans()):
            return Condition(
                fd.name,
                draw(st.sampled_from(comparisons)),
                (draw(st.sampled_from(fd.values)),),
                negated,
            )
        values = draw(st.lists(st.sampled_from(fd.values), min_size=1, max_size=3, unique=True))
        return Condition(fd.name, draw(st.sampled_from(["in", "not_in"])), tuple(values), negated)
    if fd.kind == "bool":
        values = draw(st.lists(st.booleans(), min_size=1, max_size=2, unique=True))
        return Condition(fd.name, draw(st.sampled_from(["in", "not_in"])), tuple(values), negated)
    if fd.kind == "number":
        values_st = _number_values(fd)
    elif fd.kind == "days":
        values_st = st.integers(-999, 99_999)
    elif fd.kind == "tag":
        values_st = st.one_of(
            st.just("*"),
            st.sampled_from(sorted(TAG_CATEGORIES)).map(lambda c: f"{c}/*"),
            st.tuples(st.sampled_from(sorted(TAG_CATEGORIES)), _tag_name).map("/".join),
            _tag_name,
            _tag_name.map(lambda s: s + "*"),
        )
    else:
        values_st = _plain
    if fd.kind in ("number", "days") and draw(st.booleans()):
        return Condition(fd.name, draw(st.sampled_from(comparisons)), (draw(values_st),), negated)
    values = draw(st.lists(values_st, min_size=1, max_size=3, unique=True))
    if fd.kind == "days" and draw(st.booleans()):
        values = [*values, draw(st.sampled_from(fd.values))]
    ops = ["in", "=", "!="] if fd.kind == "text" else ["in", "not_in"]
    return Condition(fd.name, draw(st.sampled_from(ops)), tuple(values), negated)


filters = st.builds(
    Filter,
    st.lists(conditions(), max_size=4).map(tuple),
    st.lists(st.text(min_size=1, max_size=10).map(str.strip).filter(bool), max_size=3).map(tuple),
)


@FAST
@given(filters)
def test_canonical_round_trip(flt: Filter) -> None:
    text = str(flt)
    assert parse(text) == flt
    assert str(parse(text)) == text
    assert isinstance(describe(flt), str)


# --------------------------------------------------------------------------- apply


def _day(days_ago: int | None) -> pd.Timestamp:
    return pd.NaT if days_ago is None else pd.Timestamp(AS_OF - timedelta(days=days_ago))


def book() -> pd.DataFrame:
    """Ten customers; ids 1–10.  Dates are given as days before AS_OF (due: days after)."""
    rows = [
        # id name                 code      kind      industry               region   city    grade       tier         prio seg                 group         churn score  r  f  m  rec   freq money(minor) last_contact due
        (
            1,
            "Acme Ltd",
            "C00001",
            "company",
            "制造 Manufacturing",
            "广东",
            "深圳",
            "key",
            "Strategic",
            "S",
            "champions",
            "high_value",
            False,
            95.0,
            5,
            5,
            5,
            3,
            12,
            50_000_000,
            2,
            3,
        ),
        (
            2,
            "华为技术有限公司",
            "C00002",
            "company",
            "軟件 IT & Software",
            "廣東",
            "深圳",
            "key",
            "Core",
            "A",
            "loyal",
            "high_value",
            False,
            78.5,
            4,
            4,
            4,
            20,
            6,
            12_000_000,
            10,
            -2,
        ),
        (
            3,
            "張三",
            "C00003",
            "person",
            "制造",
            "浙江",
            "杭州",
            "potential",
            "Core",
            "B",
            "at_risk",
            "churn_risk",
            True,
            70.0,
            2,
            3,
            3,
            150,
            3,
            9_000_000,
            45,
            None,
        ),
        (
            4,
            "Beta GmbH",
            "C00012",
            "company",
            "IT 软件",
            "Bavaria",
            "Munich",
            "normal",
            "Potential",
            "B",
            "promising",
            "potential",
            False,
            60.0,
            3,
            2,
            2,
            60,
            2,
            500_000,
            31,
            0,
        ),
        (
            5,
            "新客户有限公司",
            "C00005",
            "company",
            None,
            "上海",
            "上海",
            None,
            "Basic",
            "C",
            "new",
            "new",
            False,
            40.0,
            5,
            1,
            1,
            10,
            1,
            100_000,
            None,
            7,
        ),
        (
            6,
            "Gamma Corp",
            "C00006",
            "company",
            "Retail",
            "California",
            "San Jose",
            "normal",
            "Basic",
            "C",
            "prospect",
            "prospect",
            False,
            20.0,
            1,
            1,
            1,
            None,
            0,
            0,
            None,
            None,
        ),
        (
            7,
            "李四",
            "C00007",
            "person",
            "制造 Manufacturing",
            "江苏",
            "苏州",
            "key",
            "Strategic",
            "A",
            "cant_lose",
            "churn_risk",
            True,
            91.0,
            1,
            5,
            5,
            400,
            8,
            30_000_000,
            200,
            -30,
        ),
        (
            8,
            "Delta",
            "C00008",
            "company",
            "Energy",
            "四川",
            "成都",
            "potential",
            "Potential",
            "B",
            "hibernating",
            "low_value",
            False,
            55.0,
            2,
            2,
            3,
            95,
            2,
            800_000,
            29,
            8,
        ),
        (
            9,
            "Epsilon 科技",
            "C00009",
            "company",
            "软件",
            "广西",
            "南宁",
            "normal",
            "Core",
            "A",
            "potential_loyalist",
            "potential",
            False,
            72.0,
            4,
            3,
            2,
            30,
            5,
            1_000_000,
            30,
            None,
        ),
        (
            10,
            "ZHANG 三",
            "C00010",
            "person",
            "Education",
            "Zhejiang",
            "Ningbo",
            None,
            "Basic",
            "C",
            "lost",
            "low_value",
            True,
            10.0,
            1,
            1,
            1,
            500,
            0,
            0,
            400,
            30,
        ),
    ]
    cols = ["customer_id", "name", "code", "kind", "industry", "region", "city", "grade", "tier", "priority", "segment",
            "group", "churn", "score", "r_score", "f_score", "m_score", "recency_days", "frequency", "monetary_minor",
            "contact_days", "due_days"]  # fmt: skip
    df = pd.DataFrame(rows, columns=cols).set_index("customer_id")
    df["tier"] = pd.Categorical(
        df["tier"], categories=["Basic", "Potential", "Core", "Strategic"], ordered=True
    )
    df["priority"] = pd.Categorical(df["priority"], categories=["C", "B", "A", "S"], ordered=True)
    df["recency_days"] = df["recency_days"].astype("Int64")
    df["last_order"] = [_day(None if pd.isna(r) else int(r)) for r in df["recency_days"]]
    df["last_contact"] = [_day(None if pd.isna(d) else int(d)) for d in df.pop("contact_days")]
    df["next_action_due"] = [_day(None if pd.isna(d) else -int(d)) for d in df.pop("due_days")]
    return df


TAGS = pd.Series(
    {
        1: (("potential", "重点"), ("custom", "VIP")),
        2: ("potential/重點", "need/价格敏感"),
        3: (("risk", "付款慢"),),
        4: (("custom", "VIP Gold"),),
        7: (("risk", "竞品在谈"), ("potential", "重点")),
        8: (),
        9: None,
    }
)


def ids(expr: str, frame: pd.DataFrame | None = None, tags=TAGS) -> list[int]:
    frame = book() if frame is None else frame
    mask = apply(frame, parse(expr), as_of=AS_OF, tags=tags)
    assert mask.dtype == bool and mask.index.equals(frame.index)
    return sorted(int(i) for i in mask[mask].index)


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        ("", list(range(1, 11))),
        ("acme whatever", list(range(1, 11))),  # free text is the store's business
        # enums
        ("tier:core,strategic", [1, 2, 3, 7, 9]),
        ("tier:战略", [1, 7]),
        ("tier>=core", [1, 2, 3, 7, 9]),
        ("tier<potential", [5, 6, 10]),
        ("tier!=basic", [1, 2, 3, 4, 7, 8, 9]),
        ("priority:s,a", [1, 2, 7, 9]),
        ("priority>a", [1]),
        ("segment:champions", [1]),
        ("group:churn_risk", [3, 7]),
        ("kind:person", [3, 7, 10]),
        ("grade:key", [1, 2, 7]),
        ("-grade:key", [3, 4, 5, 6, 8, 9, 10]),  # no grade counts as "not key"
        # bool
        ("churn:yes", [3, 7, 10]),
        ("churn:no", [1, 2, 4, 5, 6, 8, 9]),
        ("churn!=yes", [1, 2, 4, 5, 6, 8, 9]),
        # numbers
        ("score>=70", [1, 2, 3, 7, 9]),
        ("score>70", [1, 2, 7, 9]),
        ("score:70,95", [1, 3]),
        ("r>=4", [1, 2, 5, 9]),
        ("f>=3", [1, 2, 3, 7, 9]),
        ("m>=4", [1, 2, 7]),
        ("frequency>=5", [1, 2, 7, 9]),
        ("monetary>=100000", [1, 2, 7]),  # major units: 100,000.00 = 10,000,000 minor
        ("monetary>=1万", [1, 2, 3, 7, 9]),
        ("monetary<=1000", [5, 6, 10]),
        ("recency<=30", [1, 2, 5, 9]),
        ("recency>100", [3, 6, 7, 10]),  # no orders = infinitely long ago
        # days
        ("last_order<90d", [1, 2, 4, 5, 9]),
        ("last_order>90d", [3, 6, 7, 8, 10]),
        ("last_order>=1y", [6, 7, 10]),
        ("last_order:never", [6]),
        ("-last_order<90d", [3, 6, 7, 8, 10]),
        ("last_contact>30d", [3, 4, 5, 6, 7, 10]),  # never = infinitely long ago
        ("last_contact<=30d", [1, 2, 8, 9]),
        ("last_contact:never", [5, 6]),
        ("due<=7d", [1, 2, 4, 5, 7]),  # overdue included, no action never matches
        ("due>7d", [8, 10]),
        ("due:overdue", [2, 7]),
        ("due:today", [4]),
        ("due:none", [3, 6, 9]),
        ("due:overdue,today", [2, 4, 7]),
        ("-due:none", [1, 2, 4, 5, 7, 8, 10]),
        # text
        ("industry:制造", [1, 3, 7]),
        ("industry:製造", [1, 3, 7]),
        ("industry:MANUFACTURING", [1, 7]),
        ("industry:软件", [2, 4, 9]),
        ('industry:"IT 软件"', [4]),
        ("industry=制造", [3]),
        ("industry!=制造", [1, 2, 4, 5, 6, 7, 8, 9, 10]),
        ("-industry:制造", [2, 4, 5, 6, 8, 9, 10]),  # missing industry does not contain 制造
        ("region:广东", [1, 2]),
        ("region:华东", [3, 5, 7, 10]),  # 浙江 上海 江苏 and pinyin Zhejiang
        ("region:华南", [1, 2, 9]),
        ('region:"south china"', [1, 2, 9]),
        ("city:深圳", [1, 2]),
        ("name:acme", [1]),
        ("name:张", [3]),  # 張三 folds to 张三
        ("name:Ｚｈａｎｇ", [10]),  # full width folds
        ("code:C00012", [4]),
        ("code:c0000", [1, 2, 3, 5, 6, 7, 8, 9]),
        # tags
        ("tag:重点", [1, 2, 7]),  # 重點 folds to 重点
        ("tag:vip", [1]),
        ("tag:vip*", [1, 4]),
        ("tag:risk/*", [3, 7]),
        ("tag:风险/*", [3, 7]),
        ("tag:risk/付*", [3]),
        ("tag:potential/重点", [1, 2, 7]),
        ("tag:custom/重点", []),
        ("tag:*", [1, 2, 3, 4, 7]),
        ("-tag:*", [5, 6, 8, 9, 10]),
        ("-tag:x", list(range(1, 11))),
        ("-tag:重点", [3, 4, 5, 6, 8, 9, 10]),
        ("tag!=重点,vip*", [3, 5, 6, 8, 9, 10]),
        ("tag:vip,付款慢", [1, 3]),
        # combination: AND across conditions, OR within a list
        ("tier:core,strategic tag:重点 score>=70 industry:制造", [1, 7]),
        ("tier:core,strategic tag:重点 score>=70 industry:制造 last_order<90d", [1]),
        ("tier:core,strategic tag:重点 score>=70 industry:制造 last_order<90d churn:yes", []),
        ("kind:person -churn:yes", []),
        ("group:churn_risk,low_value -region:江苏", [3, 8, 10]),
    ],
)
def test_apply(expr: str, expected: list[int]) -> None:
    assert ids(expr) == expected


def test_apply_tags_as_long_frame_and_as_column() -> None:
    long = pd.DataFrame(
        {
            "customer_id": [1, 3, 3],
            "category": ["potential", "risk", "custom"],
            "name": ["重点", "付款慢", "VIP"],
        }
    )
    assert ids("tag:vip", tags=long) == [3]
    assert ids("tag:risk/*", tags=long) == [3]
    frame = book()
    frame["tags"] = TAGS.reindex(frame.index)
    assert ids("tag:重点", frame, tags=None) == [1, 2, 7]
    with pytest.raises(FilterError, match="no tags"):
        ids("tag:x", tags=None)
    built = tag_table(long)  # folded once, reused by every later filter
    for expr in ("tag:vip", "tag:risk/*", "-tag:*", "tag:重点,付款慢"):
        assert ids(expr, tags=built) == ids(expr, tags=long), expr


def test_apply_missing_column_is_a_plain_error() -> None:
    with pytest.raises(FilterError, match='no "city" column'):
        apply(book().drop(columns="city"), parse("city:x"), as_of=AS_OF)


def test_last_order_falls_back_to_recency_days() -> None:
    frame = book().drop(columns="last_order")
    assert ids("last_order<90d", frame) == [1, 2, 4, 5, 9]


def test_days_follow_as_of() -> None:
    later = AS_OF + timedelta(days=10)
    mask = apply(book(), parse("due:overdue"), as_of=later)
    assert sorted(mask[mask].index) == [1, 2, 4, 5, 7, 8]


def test_apply_on_a_real_scored_frame() -> None:
    from custui.core.scoring import interaction_features, order_features, score

    orders = pd.DataFrame(
        {
            "customer_id": [1, 1, 2],
            "ordered_at": ["2024-06-01", "2024-06-20", "2023-01-01"],
            "amount_minor": [5_000_000, 7_000_000, 100],
        }
    )
    interactions = pd.DataFrame(
        {
            "customer_id": [1, 2],
            "occurred_at": ["2024-06-25", "2024-01-01"],
            "channel": ["call", "visit"],
            "sentiment": ["positive", None],
            "next_action_due": ["2024-07-03", None],
            "done": [0, 0],
        }
    )
    customers = pd.DataFrame({"id": [1, 2, 3]})
    result = score(
        customers, order_features(orders, AS_OF), interaction_features(interactions, AS_OF), AS_OF
    )
    frame = result.frame
    assert ids("last_order<30d", frame) == [1]
    assert ids("last_order:never", frame) == [3]
    assert ids("recency>100", frame) == [2, 3]
    assert ids("monetary>=100000", frame) == [1]
    assert ids("due<=7d", frame) == [1]
    assert ids("last_contact>30d", frame) == [2, 3]
    assert ids("group:prospect", frame) == [3]
    top = frame.loc[1]
    assert ids(f"tier:{top['tier']} priority:{top['priority']} segment:{top['segment']}", frame)[
        0:1
    ] == [1]
    assert len(ids("churn:no score>=0 r>=1 f>=1 m>=1", frame)) == 3


# --------------------------------------------------------------------------- vocabulary and describe


def test_vocabulary_matches_scoring() -> None:
    from custui.core.scoring import DEFAULT_CONFIG, GROUPS, PRIORITIES, TIERS
    from custui.core.scoring.segments import all_segment_rules

    assert FIELDS["tier"].values == tuple(t.lower() for t in TIERS)
    assert FIELDS["priority"].values == tuple(p.lower() for p in PRIORITIES)
    assert FIELDS["group"].values == tuple(GROUPS)
    rules = all_segment_rules(DEFAULT_CONFIG)
    assert set(FIELDS["segment"].values) == set(rules)
    for key, rule in rules.items():
        assert parse(f'segment:"{rule.label_en}"').conditions[0].values == (key,)
        assert parse(f"segment:{rule.label_zh}").conditions[0].values == (key,)
    for name, fd in FIELDS.items():
        assert fd.example and fd.help
        assert parse(fd.example).conditions[0].field == name
    assert [row[0] for row in vocabulary()] == list(FIELDS)


def test_describe() -> None:
    assert (
        describe(parse("tier:core,strategic tag:重点 score>=70"))
        == "tier Core or Strategic · tag 重点 · score ≥ 70"
    )
    assert describe(parse("-tag:x tag:risk/* -tag:*")) == "no tag x · any risk tag · no tags"
    assert describe(parse("due<=7d due:overdue last_order:never")) == (
        "due ≤ 7 days (incl. overdue) · overdue · no orders"
    )
    assert (
        describe(parse("monetary>=1.2万 churn:no acme"))
        == "monetary ≥ 12,000 · no churn risk · “acme”"
    )
    assert describe(parse("-industry:制造 name=acme name!=x")) == (
        "industry does not contain 制造 · name is acme · name is not x"
    )
    assert describe(parse("-tier:core priority!=s -churn:yes -score>=70 r:4,5")) == (
        "tier not Core · priority not S · no churn risk · not score ≥ 70 · r = 4 or 5"
    )
    assert describe(Filter()) == ""


def test_parse_does_not_import_pandas() -> None:
    import subprocess
    import sys

    code = "import sys, custui.core.query as q; q.parse('tier:core score>=70'); print('pandas' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"


@FAST
@given(
    st.lists(
        st.text(
            alphabet=st.sampled_from(list("發財乾燥後面頭髮干后台臺灣湾aBcＡ１ ﬁ")), max_size=6
        ),
        max_size=8,
    )
)
def test_batched_folding_equals_fold(values: list[str]) -> None:
    from custui.core.query import evaluator
    from custui.core.text import fold

    evaluator._FOLD_CACHE.clear()
    assert evaluator._fold_many(values) == [fold(v) for v in values]
    assert evaluator._fold_many(values) == [fold(v) for v in values]  # cached
