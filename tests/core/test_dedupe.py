"""custui.core.dedupe: normalisation rules, scoring evidence, blocking, scan, clusters, as-you-type, quality."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from custui.core.dedupe import (
    DEFAULT_THRESHOLD,
    Index,
    Match,
    Record,
    ScanCancelled,
    clusters,
    company_key,
    find_duplicates,
    person_key,
    score_pair,
)
from custui.core.dedupe.engine import Points, build_features, shared_point, shared_points
from custui.core.dedupe.keys import ZH_LEGAL, email_key, phone_key, place_key, website_key
from tests.core import dedupe_benchmark

R = Record


def score(a: Record, b: Record) -> float:
    return score_pair(a, b).score


def plain(match: Match) -> tuple[str, ...]:
    """The reasons without their factors ("same phone ×7,000" → "same phone")."""
    return tuple(r.rsplit(" ×", 1)[0] for r in match.reasons)


# =============================================================================
# normalisation
# =============================================================================


@pytest.mark.parametrize("suffix", ZH_LEGAL)
def test_every_chinese_legal_form_is_removed(suffix: str) -> None:
    key = company_key(f"华创科技{suffix}")
    assert key.key == "华创科技"
    assert suffix in key.removed


@pytest.mark.parametrize(
    "suffix",
    [
        "Inc",
        "Inc.",
        "Incorporated",
        "Ltd",
        "Ltd.",
        "Limited",
        "LLC",
        "L.L.C.",
        "Llc",
        "Co.",
        "Co",
        "Company",
        "Corp",
        "Corp.",
        "Corporation",
        "Co., Ltd.",
        "Co. Ltd",
        "Co.,Ltd",
        "Company Limited",
        "GmbH",
        "G.m.b.H.",
        "GmbH & Co. KG",
        "GmbH & Co KG",
        "AG",
        "KG",
        "PLC",
        "plc",
        "LLP",
        "Pty Ltd",
        "S.A.",
        "B.V.",
        "Group",
        "Holdings",
        "& Co.",
        "Group Inc.",
    ],
)
def test_every_english_legal_form_is_removed(suffix: str) -> None:
    key = company_key(f"Acme Trading {suffix}")
    assert key.key == "acme trading"
    assert key.removed


def test_legal_form_is_kept_when_nothing_else_would_remain() -> None:
    assert company_key("有限公司").key == "有限公司"
    assert company_key("科技有限公司").key == "科技有限公司"
    assert company_key("Co.").key == "co"


def test_full_width_and_case() -> None:
    assert company_key("ＡＣＭＥ　ＴＲＡＤＩＮＧ Ｌｔｄ").key == "acme trading"
    assert company_key("ACME TRADING LIMITED").key == company_key("Acme Trading Co., Ltd.").key


def test_traditional_chinese_folds_to_simplified() -> None:
    assert company_key("廣州華創科技有限公司") == company_key("广州华创科技有限公司")
    assert company_key("華創科技集團").key == "华创科技"
    assert person_key("張偉").key == person_key("张伟").key == "张伟"


@pytest.mark.parametrize(
    "name",
    [
        "广州华创科技有限公司",
        "廣州華創科技有限公司",
        "华创科技（广州）",
        "华创科技(广州)有限公司",
        "广东省广州市华创科技有限公司",
        "广州市华创科技股份有限公司",
        "华创科技广州有限公司",
        "【广州】华创科技",
    ],
)
def test_region_prefix_parentheses_and_suffix_meet(name: str) -> None:
    key = company_key(name)
    assert (key.key, key.region) == ("华创科技", "广州")


def test_region_of_a_pinyin_city_in_an_english_name() -> None:
    a = company_key("Shenzhen Huachuang Technology Co., Ltd.")
    b = company_key("Huachuang Technology (Shenzhen) Co., Ltd.")
    assert a.key == b.key == "huachuang technology"
    assert a.region == b.region == "深圳"


def test_a_place_that_is_the_brand_is_not_removed() -> None:
    assert (
        company_key("安康科技有限公司").key == "安康科技"
    )  # 安康 is a city, but then only 科技 would remain
    assert company_key("安康华创科技").key == "华创科技"


def test_country_in_brackets_is_neutral() -> None:
    key = company_key("ABB（中国）有限公司")
    assert key.key == "abb" and key.region is None and key.qualifier is None
    assert company_key("ABB Ltd").key == "abb"


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("Acme Intl Trading", "Acme International Trading"),
        ("Acme Mfg", "Acme Manufacturing"),
        ("Acme Tech", "Acme Technology"),
        ("Acme Technologies", "Acme Tech"),
        ("Acme Corp Trading", "Acme Corporation Trading"),
        ("Parker & Lane", "Parker and Lane"),
        ("Parker + Lane", "Parker and Lane"),
        ("Acme Bros", "Acme Brothers"),
        ("Acme Svcs", "Acme Services"),
        ("Acme Eng", "Acme Engineering"),
        ("Acme Labs", "Acme Laboratories"),
    ],
)
def test_abbreviations_are_read_in_full(short: str, long: str) -> None:
    assert company_key(short).key == company_key(long).key


def test_spacing_and_punctuation() -> None:
    assert company_key("Blue Ridge Inc.").compact == company_key("BlueRidge Inc").compact
    assert company_key("A.C.M.E. Trading").key == "acme trading"
    assert company_key("Blue-Ridge").key == "blue ridge"
    assert company_key("华创 科技 有限公司").key == "华创科技"
    assert company_key("The Northwind Traders").key == "northwind traders"


def test_branches_are_set_apart() -> None:
    assert company_key("华润万家 深圳店").branch == "深圳店"
    assert company_key("华润万家（深圳南山店）").branch == "深圳南山店"
    key = company_key("华润万家有限公司深圳分公司")
    assert (key.key, key.branch) == ("华润万家", "深圳分公司")
    assert company_key("华润万家第一分店").branch != company_key("华润万家第二分店").branch
    assert company_key("Starbucks - Seattle").branch == "seattle"
    assert company_key("Acme Store #12").branch == "12"
    assert company_key("王磊五金店").branch is None  # a hardware shop, not a branch of one


@pytest.mark.parametrize(
    "name",
    [
        "John Smith",
        "Smith, John",
        "SMITH John",
        "Mr. John Smith",
        "john  smith",
        "ＪＯＨＮ ＳＭＩＴＨ",
        "John A. Smith",
    ],
)
def test_person_name_order_titles_and_initials(name: str) -> None:
    assert person_key(name).key == "john smith"


def test_person_nicknames_generations_and_chinese_names() -> None:
    assert person_key("Bob Smith").key == person_key("Robert Smith").key
    assert person_key("Bob Smith").expanded == ("bob → robert",)
    assert person_key("John Smith Jr.").generation == "jr"
    assert person_key("张 伟").key == "张伟"
    assert person_key("张伟先生").key == "张伟"
    assert (
        person_key("张伟").pinyin
        == person_key("Wei Zhang").pinyin
        == person_key("ZHANG Wei").pinyin
    )
    assert person_key("欧阳娜娜").pinyin == person_key("Nana Ouyang").pinyin  # compound family name


def test_phone_email_website_and_place_keys() -> None:
    assert phone_key("+8613800138000") == "+8613800138000"
    assert phone_key("+86 138 0013 8000") == "+8613800138000"
    assert (
        phone_key("+8613800138000 +862162345678") == "+8613800138000"
    )  # the first of several numbers
    # a phone nobody could read for its region is compared by its digits, as typed
    assert phone_key("138 0013 8000") == phone_key("１３８-００１３-８０００") == "#13800138000"
    assert phone_key("") is None
    assert email_key(" Sales@ACME.com ") == "sales@acme.com"
    assert email_key("not an address") is None
    assert website_key("https://www.Acme.com/about?x=1") == website_key("acme.com") == "acme.com"
    assert (
        place_key("深圳市", None)
        == place_key("Shenzhen", None)
        == place_key("深圳", "广东省")
        == ("广东", "深圳")
    )


# =============================================================================
# scoring
# =============================================================================


def test_planted_kinds_score_above_the_threshold() -> None:
    phone = "+8613800138000"
    pairs = [
        (
            R(1, "广州华创科技有限公司", phone_e164=phone),
            R(2, "華創科技（廣州）", phone_e164="+86 138 0013 8000"),
        ),
        (R(1, "Acme Trading Co., Ltd."), R(2, "ＡＣＭＥ Trading Limited")),
        (
            R(1, "Acme Intl Mfg Corp.", city="Boston"),
            R(2, "Acme International Manufacturing Corporation", city="Boston"),
        ),
        (
            R(1, "John Smith", kind="person", email="js@x.com"),
            R(2, "Smith, John", kind="person", email="JS@x.com"),
        ),
        (
            R(1, "王海燕", kind="person", phone_e164=phone),
            R(2, "王燕海", kind="person", phone_e164=phone),
        ),
        (
            R(1, "张伟", kind="person", phone_e164=phone),
            R(2, "Wei Zhang", kind="person", phone_e164=phone),
        ),
    ]
    for a, b in pairs:
        assert score(a, b) >= DEFAULT_THRESHOLD, (a.name, b.name, score_pair(a, b))


def test_reasons_say_why() -> None:
    m = score_pair(
        R(1, "Acme Trading Co., Ltd.", phone_e164="+14155550100", email="a@acme.com"),
        R(2, "Acme Tradng Ltd", phone_e164="+1 415 555 0100", email="A@acme.com"),
    )
    assert set(plain(m)[:2]) == {"same phone", "same e-mail"}
    assert any(
        r.startswith("name ") and "% alike after removing 'Co., Ltd.', 'Ltd'" in r for r in plain(m)
    )
    assert all(" ×" in r for r in m.reasons)  # every reason carries its factor
    m = score_pair(R(1, "广州华创科技有限公司"), R(2, "廣州華創科技有限公司"))
    assert plain(m)[:2] == (
        "same name (traditional ↔ simplified)",
        "same city 广州",
    )  # 广州 in both names
    m = score_pair(R(1, "John Smith", kind="person"), R(2, "Smith John", kind="person"))
    assert plain(m)[0] == "same name (given and family name swapped)"
    m = score_pair(R(1, "Acme Intl"), R(2, "Acme International"))
    assert plain(m)[0] == "same name reading intl as international"
    m = score_pair(R(1, "华润万家 深圳店", city="深圳"), R(2, "华润万家 广州店", city="广州"))
    assert "different branches (深圳店 / 广州店: 33 % at most)" in plain(m)
    assert "different cities (深圳 / 广州)" in plain(m)


def test_conflicting_evidence_lowers_the_score() -> None:
    base = R(1, "华润万家", city="深圳")
    # a chain's branches in two cities
    chain_a, chain_b = R(1, "华润万家 深圳店", city="深圳"), R(2, "华润万家 广州店", city="广州")
    assert score(chain_a, chain_b) < DEFAULT_THRESHOLD
    assert score(chain_a, chain_b) < score(base, replace(base, id=2))
    # one name, two cities
    assert score(base, replace(base, id=2, city="广州")) < score(base, replace(base, id=2)) - 20
    # namesakes: a different phone and e-mail count against (how common the name is: see the
    # term-frequency test, which needs a book)
    p1 = R(1, "张伟", kind="person", city="北京", phone_e164="+8613800138000", email="zw@163.com")
    p2 = R(
        2, "张伟", kind="person", city="北京", phone_e164="+8613900139000", email="weizhang@qq.com"
    )
    assert score(p1, p2) < score(p1, replace(p2, phone_e164=None, email=None)) - 20
    # companies with a similar name, different phone and different e-mail
    c1 = R(1, "Acme Trading Ltd", phone_e164="+14155550100", email="a@acme.com")
    c2 = R(2, "Acme Tradng Ltd", phone_e164="+14155550199", email="b@acmetrading.com")
    assert score(c1, c2) < score(c1, replace(c2, phone_e164=None, email=None))
    # father and son sharing a phone and an address
    jr = R(1, "John Smith Jr.", kind="person", phone_e164="+14155550100", address="1 Main St")
    sr = R(2, "John Smith Sr.", kind="person", phone_e164="+14155550100", address="1 Main Street")
    assert score(jr, sr) < DEFAULT_THRESHOLD
    # numbered stores, and a company vs a person
    assert score(R(1, "Acme Store 12"), R(2, "Acme Store 15")) < DEFAULT_THRESHOLD
    assert score(R(1, "王磊"), R(2, "王磊", kind="person")) < score(R(1, "王磊"), R(2, "王磊"))
    # sister companies sharing a brand
    assert (
        score(R(1, "华为技术有限公司", city="深圳"), R(2, "华为终端有限公司", city="深圳"))
        < DEFAULT_THRESHOLD
    )
    assert score(R(1, "Northwind Trading"), R(2, "Northwind Traders Logistics")) < DEFAULT_THRESHOLD
    # two companies at one address with one switchboard: the names decide
    a = R(
        1,
        "力锦医药有限公司",
        phone_e164="+8675512345678",
        address="深圳市南山区工业大道249号B座720室",
    )
    b = R(
        2,
        "深圳市和正机械有限公司",
        phone_e164="+8675512345678",
        address="深圳市南山区工业大道249号B座720室",
    )
    assert score(a, b) < DEFAULT_THRESHOLD
    # one street, two house numbers
    assert (
        score(
            R(1, "Kul Systemhaus GmbH", address="Gewerbepark 156", city="Berlin"),
            R(2, "Pechel Systemhaus GmbH", address="Gewerbepark 150", city="Berlin"),
        )
        < DEFAULT_THRESHOLD
    )


def test_phone_alone_does_not_merge_unrelated_names() -> None:
    a = R(1, "华创科技有限公司", phone_e164="+8675512345678")
    b = R(2, "恒信五金制品厂", phone_e164="+8675512345678")
    assert score(a, b) < DEFAULT_THRESHOLD
    assert "same phone" in plain(score_pair(a, b))


# -- properties ---------------------------------------------------------------

NAMES = st.one_of(
    st.sampled_from(
        [
            "华创科技有限公司",
            "華創科技（廣州）",
            "Acme Trading Co., Ltd.",
            "ACME Trading",
            "张伟",
            "Smith, John",
            "华润万家 深圳店",
            "John Smith Jr.",
            "Store #12",
            "（中国）",
            "有限公司",
            "a",
        ]
    ),
    st.text(
        alphabet=st.sampled_from("abcAB 华创科技有限公司廣州（）().,&-#1２ｘ"),
        min_size=1,
        max_size=14,
    ),
).filter(lambda s: any(ch.isalnum() for ch in s))
OPTIONAL = lambda values: st.one_of(st.none(), st.sampled_from(values))  # noqa: E731
RECORDS = st.builds(
    Record,
    id=st.integers(1, 10),
    name=NAMES,
    kind=st.sampled_from(["company", "person"]),
    contact_name=OPTIONAL(["张伟", "John Smith", "Li Na"]),
    phone_e164=OPTIONAL(["+8613800138000", "+8613900139000", "138 0013 8000", "+14155550100"]),
    email=OPTIONAL(["a@acme.com", "A@ACME.com", "b@qq.com"]),
    city=OPTIONAL(["深圳", "深圳市", "Shenzhen", "广州", "Boston"]),
    region=OPTIONAL(["广东", "California"]),
    address=OPTIONAL(["深圳市南山区科技路100号", "科技路100号", "1 Main St", "2 High Street"]),
    website=OPTIONAL(["www.acme.com", "https://acme.com", "huachuang.cn"]),
)
PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(RECORDS, RECORDS)
def test_score_is_symmetric_and_bounded(a: Record, b: Record) -> None:
    ab, ba = score_pair(a, b), score_pair(b, a)
    assert ab.score == ba.score
    assert 0.0 <= ab.score <= 100.0
    assert len(ab.reasons) == len(ba.reasons)


@PROPERTY
@given(RECORDS)
def test_a_record_matches_itself(a: Record) -> None:
    m = score_pair(a, replace(a, id=a.id + 1))
    assert m.score >= DEFAULT_THRESHOLD
    assert plain(m)[0] in (
        "same name",
        "same phone",
        "same e-mail",
        "same web site",
        "same address",
    )


# =============================================================================
# scan, clusters, cancellation
# =============================================================================


def test_find_duplicates_order_and_dismissed_pairs() -> None:
    records = [
        R(10, "Acme Trading Co., Ltd.", phone_e164="+14155550100"),
        R(3, "ACME Trading Ltd", phone_e164="+14155550100"),
        R(7, "Acme Trading Limited"),
        R(5, "Northwind Logistics"),
    ]
    found = find_duplicates(records)
    assert next((m.a, m.b) for m in found) == (3, 10)  # the strongest first, smaller id as a
    assert {(m.a, m.b) for m in found} == {(3, 10), (3, 7), (7, 10)}
    assert all(m.a < m.b for m in found)
    assert [m.score for m in found] == sorted((m.score for m in found), reverse=True)
    dismissed = find_duplicates(records, not_duplicates={(10, 3), (3, 7)})
    assert {(m.a, m.b) for m in dismissed} == {(7, 10)}
    assert find_duplicates([]) == [] and find_duplicates(records[:1]) == []


def test_scan_scores_equal_the_pair_scored_alone(index_and_bench) -> None:
    index, _ = index_and_bench
    matches = index.scan()
    for m in matches[::25]:
        again = index.pair(m.a, m.b)
        assert (again.score, again.reasons) == (m.score, m.reasons)


def test_clusters_are_transitive_and_ordered_by_strongest_pair() -> None:
    matches = [
        Match(1, 2, 85.0, ()),
        Match(2, 3, 82.0, ()),
        Match(7, 9, 99.0, ()),
        Match(4, 5, 81.0, ()),
        Match(5, 1, 80.0, ()),
    ]
    assert clusters(matches) == [[7, 9], [1, 2, 3, 4, 5]]
    assert clusters([]) == []


def test_progress_and_cancellation() -> None:
    bench = dedupe_benchmark.build(150, seed=3, hard=False)
    seen: list[float] = []
    find_duplicates(bench.records, progress=seen.append)
    assert seen and seen[-1] == 1.0 and seen == sorted(seen) and seen[0] >= 0.0
    calls = {"n": 0}

    def cancel_on_third_check() -> bool:
        calls["n"] += 1
        return calls["n"] >= 3

    with pytest.raises(ScanCancelled):
        find_duplicates(bench.records, cancelled=cancel_on_third_check)
    with pytest.raises(ScanCancelled):
        Index(bench.records).scan(cancelled=lambda: True)


# =============================================================================
# as you type
# =============================================================================


def test_candidates_for_a_draft(index_and_bench) -> None:
    index, bench = index_and_bench
    target = next(
        r
        for r in bench.records
        if r.kind == "company" and r.name.startswith("深圳市") and len(r.name) > 9
    )
    typed = index.candidates_for(R(0, target.name[:-1], city="深圳"))
    assert typed and any(m.b == target.id for m in typed)
    assert all(m.a == 0 for m in typed)
    full = index.candidates_for(R(0, target.name))
    assert full[0].score >= DEFAULT_THRESHOLD and len(full) <= 5
    assert all(
        m.b != target.id for m in index.candidates_for(replace(target, city=None))
    )  # editing it
    by_phone = next(r for r in bench.records if r.phone_e164)
    hits = index.candidates_for(R(0, "某某", phone_e164=by_phone.phone_e164))
    assert any(m.b == by_phone.id and "same phone" in plain(m) for m in hits)
    assert index.candidates_for(R(0, "")) == []


# =============================================================================
# quality on the labelled benchmark
# =============================================================================


@pytest.fixture(scope="module")
def index_and_bench():
    bench = dedupe_benchmark.build()
    return Index(bench.records), bench


def test_benchmark_quality_at_the_default_threshold(index_and_bench) -> None:
    index, bench = index_and_bench
    report = dedupe_benchmark.measure(bench, index.scan())
    for result in (report.pairs, report.clustered):
        assert result.precision >= 0.98, result
        assert result.f1 >= 0.95, result
    for kind, (found, planted) in report.recall_by_kind.items():
        assert planted >= 10, kind  # every kind is measured on enough pairs
        # the hardest: a company entered again by someone else, its phone, e-mail and contact all new
        assert found / planted >= (0.8 if kind == "new_contact" else 0.85), (kind, found, planted)


def test_blocking_keeps_nearly_every_true_pair(index_and_bench) -> None:
    index, bench = index_and_bench
    truth = bench.true_pairs()
    assert len(truth & index.blocked_id_pairs()) / len(truth) >= 0.995
    assert len(index.candidate_pairs()[0]) < 40 * len(bench.records)  # near-linear, never all pairs


def test_benchmark_is_deterministic_and_labelled() -> None:
    a, b = dedupe_benchmark.build(200, seed=5), dedupe_benchmark.build(200, seed=5)
    assert a.records == b.records and a.entity == b.entity and a.hard == b.hard
    assert set(a.kind_of.values()) <= set(dedupe_benchmark.KINDS)
    assert set(a.hard.values()) <= set(dedupe_benchmark.HARD_KINDS)


def test_importing_dedupe_loads_no_heavy_modules() -> None:
    code = "import sys, custui.core.dedupe; print(sorted({'numpy', 'rapidfuzz', 'opencc'} & set(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


_POINT_VALUES = st.sampled_from(
    ["+8613800000001", "+8613800000002", "+14155550100", "a@acme.cn", "b@acme.cn", "c@x.de"]
)


@st.composite
def _record_with_people(draw: st.DrawFn, rid: int) -> Record:
    people = draw(st.lists(st.tuples(_POINT_VALUES, st.sampled_from(["张伟", "Ann"])), max_size=3))
    phone = draw(st.sampled_from([None, "+8613800000001", "+14155550100"]))
    email = draw(st.sampled_from([None, "a@acme.cn", "c@x.de"]))
    return Record(rid, f"客户{rid}", phone_e164=phone, email=email, people=tuple(people))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.integers(0, 7), min_size=1, max_size=20), st.data())
def test_shared_points_vectorised_agrees_with_one_pair_at_a_time(
    pairs: list[int], data: st.DataObject
) -> None:
    """The scan's vectorised check of phones/e-mails shared through people finds exactly the pairs the
    one-pair function does, and tells phones from e-mails."""
    records = [data.draw(_record_with_people(i)) for i in range(8)]
    features = build_features(records)
    ia = np.array(pairs, dtype=np.int64)
    ib = (ia + np.array([data.draw(st.integers(1, 7)) for _ in pairs])) % 8
    phone, mail = shared_points(features.points, ia, features.points, ib)
    for k, (i, j) in enumerate(zip(ia.tolist(), ib.tolist())):
        pi, pj = features.prepared(i), features.prepared(j)
        assert phone[k] == (shared_point(pi, pj, mail=False) is not None)
        assert mail[k] == (shared_point(pi, pj, mail=True) is not None)


def test_the_form_sees_a_customer_of_the_same_name_whatever_its_probability() -> None:
    """A name alone is weak evidence in a book (two 盛和软件 may be two firms), so the model gives it a low
    probability; the entry form still shows it while the rep types, the import does not count it."""
    book = [
        Record(1, "盛和软件有限公司", city="深圳", phone_e164="+8613806058535"),
        Record(2, "Bergmann GmbH"),
        Record(3, "Highland Farms Limited", city="Leeds"),
        Record(4, "华创科技有限公司"),
    ]
    index = Index(book)
    assert not index.candidates_for(Record(0, "盛和软件有限公司"))
    assert [m.b for m in index.candidates_for(Record(0, "盛和软件有限公司"), same_name=True)] == [1]
    assert [m.b for m in index.candidates_for(Record(0, "Highland Farms Ltd"), same_name=True)] == [
        3
    ]


@given(
    st.lists(st.lists(st.booleans(), max_size=4), min_size=1, max_size=60),
    st.lists(st.integers(min_value=0, max_value=10_000), max_size=200),
)
def test_which_rows_have_people_is_the_same_for_a_few_rows_and_for_many(
    people: list[list[bool]], picks: list[int]
) -> None:
    """A lookup's few rows read only their own points; a scan's many count over all: one answer."""
    start = np.zeros(len(people) + 1, dtype=np.int64)
    np.cumsum([len(p) for p in people], out=start[1:])
    person = np.array([who for p in people for who in p], dtype=bool)
    points = Points(start, np.arange(len(person)), person, np.zeros(len(person), dtype=bool))
    rows = np.array([pick % len(people) for pick in picks], dtype=np.int64)
    expected = np.array([any(people[r]) for r in rows.tolist()], dtype=bool)
    assert points.has_people(rows).tolist() == expected.tolist()
