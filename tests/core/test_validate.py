"""Tests for custui.core.validate: concrete rules plus hypothesis properties."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custui.core.model import CUSTOMER_FIELDS
from custui.core.validate import (
    FieldError,
    FieldInvalid,
    PhoneNumber,
    customer_warnings,
    field_label,
    format_money,
    normalize_multiline,
    normalize_text,
    parse_date,
    parse_money,
    parse_phone,
    validate_customer,
    validate_email,
    validate_int,
    validate_name,
    validate_rating,
    validate_url,
)

FIELD_NAMES = [f.name for f in CUSTOMER_FIELDS]

# --------------------------------------------------------------------------- text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (None, ""),
        ("", ""),
        ("  Acme   Ltd  ", "Acme Ltd"),
        ("某某\u3000科技\t有限\n公司", "某某 科技 有限 公司"),
        ("ＡＣＭＥ　１２３", "ACME 123"),  # full-width letters, digits, ideographic space
        ("a\x00b\x07c", "abc"),  # control characters dropped
        ("zero\u200bwidth\ufeff", "zerowidth"),  # ZWSP, BOM dropped
        ("\u202eevil\u202c", "evil"),  # bidi override dropped
        ("soft\u00adhyphen", "softhyphen"),
        ("a\u00a0\u2028b", "a b"),  # NBSP + line separator collapse
        ("e\u200b\u0301", "é"),  # dropping ZWSP lets NFKC compose
        (123, "123"),
        (float("nan"), ""),
    ],
)
def test_normalize_text(raw, expected):
    assert normalize_text(raw) == expected


def test_normalize_text_keeps_emoji_zwj_sequences():
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    heart_fire = "\u2764\ufe0f\u200d\U0001f525"
    assert normalize_text(f" {family} {heart_fire} ") == f"{family} {heart_fire}"
    assert normalize_text("a\u200db") == "ab"  # ZWJ between letters is just invisible junk
    scotland = "\U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f"
    assert normalize_text(scotland) == scotland
    assert normalize_text("x\U000e0067") == "x"  # stray tag character dropped


def test_normalize_text_never_raises_on_bad_str():
    class Bad:
        def __str__(self):
            raise RuntimeError("boom")

    assert normalize_text(Bad()) == ""
    assert normalize_text(b"caf\xc3\xa9") == "café"


def test_normalize_multiline():
    raw = "\r\n\n  first line   \r\nsecond\tline\t\r\rthird\x00\x07 \u2028fourth\n\n\n"
    assert normalize_multiline(raw) == "  first line\nsecond\tline\n\nthird\nfourth"
    assert normalize_multiline(None) == ""
    assert normalize_multiline("　\n\n") == ""
    assert (
        normalize_multiline("Ｎｏｔｅ：１") == "Note：1"
    )  # full-width letters fold; Chinese punctuation stays


_CONTROL_AND_CJK = st.text(
    st.one_of(
        st.characters(categories=("Cc", "Cf", "Zs", "Zl", "Zp", "Mn", "So", "Sk")),
        st.characters(min_codepoint=0x3000, max_codepoint=0x30FF),
        st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
        st.characters(min_codepoint=0xF900, max_codepoint=0xFFEF),
        st.characters(),
    )
)


@settings(max_examples=200)
@given(st.text())
def test_normalize_text_idempotent(text):
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert once == once.strip()
    assert "  " not in once


@settings(max_examples=200)
@given(_CONTROL_AND_CJK)
def test_normalize_text_idempotent_on_invisible_and_cjk(text):
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert not any(c in once for c in "\t\n\r\x00\u3000\u200b")


@settings(max_examples=200)
@given(st.text())
def test_normalize_multiline_idempotent(text):
    once = normalize_multiline(text)
    assert normalize_multiline(once) == once
    assert "\r" not in once
    assert not once.startswith("\n") and not once.endswith("\n")


@settings(max_examples=200)
@given(_CONTROL_AND_CJK)
def test_normalize_multiline_idempotent_on_invisible_and_cjk(text):
    once = normalize_multiline(text)
    assert normalize_multiline(once) == once
    assert all(line == line.rstrip() for line in once.split("\n"))


# --------------------------------------------------------------------------- name, labels


def test_validate_name():
    assert validate_name("  某某科技有限公司 ") == "某某科技有限公司"
    with pytest.raises(FieldInvalid, match=r"^Name is required\.$"):
        validate_name("  \u3000 ")
    assert validate_name("", required=False) == ""
    with pytest.raises(FieldInvalid, match=r"^Name is too long \(max 200 characters\)\.$"):
        validate_name("x" * 201)
    assert validate_name("x" * 200) == "x" * 200


def test_field_label():
    assert field_label("need_match") == "Need match"
    assert field_label("email") == "E-mail"
    assert field_label("region") == "Region"
    assert field_label("size") == "Employees"
    assert field_label("no_such_field") == "No such field"


# --------------------------------------------------------------------------- phone


@pytest.mark.parametrize(
    ("raw", "region", "e164"),
    [
        ("138 0013 8000", "CN", "+8613800138000"),
        ("+86 138-0013-8000", "CN", "+8613800138000"),
        ("0086 13800138000", "CN", "+8613800138000"),
        ("１３８００１３８０００", "CN", "+8613800138000"),  # full-width digits
        ("010-6552 9988", "CN", "+861065529988"),  # Beijing landline
        ("(0755) 8888 8888", "CN", "+8675588888888"),  # Shenzhen landline
        ("021 5888 8888 转 123", "CN", "+862158888888"),  # extension ignored
        ("138 0013 8000 ext. 12", "CN", "+8613800138000"),
        ("(415) 555-0100", "US", "+14155550100"),
        ("+1 415 555 0100", "CN", "+14155550100"),  # E.164 wins over region
        ("+14155550100", "CN", "+14155550100"),
    ],
)
def test_parse_phone_valid(raw, region, e164):
    result = parse_phone(raw, region)
    assert result == PhoneNumber(normalize_text(raw), e164)


def test_parse_phone_keeps_typed_form_for_display():
    assert parse_phone("  １３８ 0013　8000 ").raw == "138 0013 8000"


def test_parse_phone_empty():
    assert parse_phone("") == PhoneNumber("", None)
    assert parse_phone(None) == PhoneNumber("", None)


@pytest.mark.parametrize("raw", ["12345", "abc", "+86 123", "+1 415 555", "138-0013-8000-99999"])
def test_parse_phone_invalid(raw):
    with pytest.raises(FieldInvalid, match="Not a valid phone number") as info:
        parse_phone(raw, "CN")
    assert "Traceback" not in str(info.value)


def test_parse_phone_message_mentions_region_and_country_code():
    with pytest.raises(FieldInvalid) as info:
        parse_phone("12345")
    assert str(info.value).startswith(
        "Not a valid phone number for CN: 12345 (add the country code, e.g. +1"
    )


# --------------------------------------------------------------------------- e-mail, url


def test_validate_email():
    assert validate_email("  Foo.Bar@Example.COM ") == "foo.bar@example.com"
    assert validate_email("ＬＩ@ＥＸＡＭＰＬＥ.ＣＯＭ") == "li@example.com"
    assert validate_email("") == ""
    assert validate_email(None) == ""
    assert validate_email("张三@例子.中国") == "张三@例子.中国"


@pytest.mark.parametrize(
    "raw", ["foo", "a@b", "a@@b.com", "a b@c.com", "a@xn--zz.com", "@x.com", "a@-x.com"]
)
def test_validate_email_invalid(raw):
    with pytest.raises(FieldInvalid) as info:
        validate_email(raw)
    message = str(info.value)
    assert message.startswith("Not a valid e-mail address: ")
    assert "IDNA" not in message and "@-sign" not in message


def test_validate_url():
    assert validate_url("") == ""
    assert validate_url("example.com") == "https://example.com"
    assert validate_url("www.example.com/path?q=1") == "https://www.example.com/path?q=1"
    assert validate_url("HTTP://Example.com") == "http://Example.com"
    assert validate_url("//cdn.example.com") == "https://cdn.example.com"
    assert validate_url("例子.中国") == "https://例子.中国"
    with pytest.raises(FieldInvalid, match="spaces"):
        validate_url("example .com")
    with pytest.raises(FieldInvalid, match="Not a valid web address"):
        validate_url("localhost")
    with pytest.raises(FieldInvalid, match="http:// or https://"):
        validate_url("ftp://files.example.com")
    with pytest.raises(FieldInvalid, match="e-mail"):
        validate_url("sales@example.com")
    with pytest.raises(FieldInvalid):
        validate_url("https://example..com")
    with pytest.raises(FieldInvalid):
        validate_url("https://example.com:99999")


# --------------------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("1", 1), ("5", 5), (3, 3), ("５", 5), (" 4 ", 4), (2.0, 2), ("", None), (None, None)],
)
def test_validate_rating_ok(raw, expected):
    assert validate_rating(raw) == expected


@pytest.mark.parametrize("raw", ["0", "6", 0, 6, "abc", "3.5", 3.5, True, "-1"])
def test_validate_rating_rejects(raw):
    with pytest.raises(FieldInvalid, match=r"^Rating must be a whole number from 1 to 5\.$"):
        validate_rating(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1200", 1200),
        ("1,200", 1200),
        ("1 200", 1200),
        ("１２００", 1200),
        ("１，２００", 1200),
        (250, 250),
        ("", None),
        ("0", 0),
    ],
)
def test_validate_int_ok(raw, expected):
    assert validate_int(raw) == expected


@pytest.mark.parametrize("raw", ["abc", "12.5", "1,20", "1,2000", "-5", "10000001", "9" * 5000])
def test_validate_int_rejects(raw):
    with pytest.raises(FieldInvalid):
        validate_int(raw)


def test_validate_int_bounds_in_message():
    with pytest.raises(FieldInvalid, match="between 1 and 10"):
        validate_int("20", minimum=1, maximum=10)
    assert validate_int("-3", minimum=-5) == -3


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    "raw",
    [
        "2024-03-15",
        "2024/3/15",
        "2024.3.15",
        "15.03.2024",
        "2024年3月15日",
        "2024 年 3 月 15 日",
        "２０２４年３月１５日",
        "20240315",
        "2024-03-15 10:30",
        "2024-03-15T10:30:00",
        "2024-03-15T10:30:00+08:00",
        date(2024, 3, 15),
        datetime(2024, 3, 15, 10, 30),
    ],
)
def test_parse_date_formats(raw):
    assert parse_date(raw) == date(2024, 3, 15)


def test_parse_date_blank_and_today_param():
    assert parse_date("") is None
    assert parse_date(None) is None
    assert parse_date("2024-03-15", today=date(2030, 1, 1)) == date(2024, 3, 15)


@pytest.mark.parametrize(
    "raw",
    [
        "2024-02-30",
        "2023-02-29",
        "2024-13-01",
        "03/04/2024",
        "15/03/2024",
        "yesterday",
        "2024-03",
        "20241301",
        "2024-03-15 25:00",
    ],
)
def test_parse_date_rejects(raw):
    with pytest.raises(FieldInvalid, match=r"^Not a date: .* \(use YYYY-MM-DD\)$"):
        parse_date(raw)


def test_parse_date_leap_day():
    assert parse_date("2024-02-29") == date(2024, 2, 29)


# --------------------------------------------------------------------------- money


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1234.5", 123450),
        ("¥1,234.50", 123450),
        ("￥1,234.50", 123450),
        ("$ 1 234,00", 123400),
        ("12,5", 1250),
        ("1,234", 123400),
        ("1,234,567.89", 123456789),
        ("1.234,56", 123456),
        ("1.2万", 1200000),
        ("1.2万元", 1200000),
        ("3亿", 30000000000),
        ("RMB 500", 50000),
        ("rmb500", 50000),
        ("500元", 50000),
        ("500 CNY", 50000),
        ("１２３", 12300),
        ("0", 0),
        (".5", 50),
        (1234, 123400),
        (Decimal("12.34"), 1234),
        ("", None),
        (None, None),
    ],
)
def test_parse_money(raw, expected):
    assert parse_money(raw) == expected


@pytest.mark.parametrize("raw", ["1.234", "0.001", "12,345.678"])
def test_parse_money_three_decimals_rejected(raw):
    with pytest.raises(FieldInvalid, match=r"^Amounts have at most 2 decimals: "):
        parse_money(raw)


def test_parse_money_multiplier_keeps_exactness():
    assert parse_money("1.2345万") == 1234500
    with pytest.raises(FieldInvalid, match="at most 2 decimals"):
        parse_money("1.0000001万")


def test_parse_money_negative():
    with pytest.raises(FieldInvalid, match="cannot be negative"):
        parse_money("-5")
    assert parse_money("-5", allow_negative=True) == -500
    assert parse_money("-¥1,234.50", allow_negative=True) == -123450
    assert parse_money("¥-12,5", allow_negative=True) == -1250


@pytest.mark.parametrize(
    "raw", ["abc", "1,2345", "1,23,456", "12.34.56", "--5", "¥", "万", "1e5", "5 5"]
)
def test_parse_money_rejects_junk(raw):
    with pytest.raises(FieldInvalid, match=r"^Not an amount: "):
        parse_money(raw)


def test_parse_money_too_large():
    with pytest.raises(FieldInvalid, match="too large"):
        parse_money("99999999999999999999")


def test_format_money():
    assert format_money(123450) == "1,234.50"
    assert format_money(5) == "0.05"
    assert format_money(0) == "0.00"
    assert format_money(-123450) == "-1,234.50"
    assert format_money(None) == ""
    assert format_money(100, "USD") == "1.00"


@settings(max_examples=200)
@given(st.integers(min_value=0, max_value=2**63 - 1))
def test_money_round_trip(minor):
    assert parse_money(format_money(minor)) == minor


@settings(max_examples=100)
@given(st.integers(min_value=-(2**63 - 1), max_value=2**63 - 1))
def test_money_round_trip_signed(minor):
    assert parse_money(format_money(minor), allow_negative=True) == minor


# --------------------------------------------------------------------------- arbitrary text


_MESSY_TEXT = st.one_of(
    st.text(),
    _CONTROL_AND_CJK,
    st.text(alphabet="0123456789０１２３+-−.,/ 年月日万亿元¥$:T@()eEx", max_size=30),
)


@settings(max_examples=200)
@given(_MESSY_TEXT)
def test_parsers_raise_only_field_invalid(text):
    for parse in (
        parse_phone,
        parse_date,
        parse_money,
        validate_email,
        validate_url,
        validate_rating,
        validate_int,
    ):
        try:
            parse(text)
        except FieldInvalid as exc:
            assert str(exc)
            assert "Traceback" not in str(exc)


# --------------------------------------------------------------------------- customers


def test_validate_customer_clean_record():
    clean, errors = validate_customer(
        {
            "name": "  某某科技有限公司 ",
            "code": " ab-01 ",
            "kind": "Company",
            "industry": "制造",
            "size": "1,200",
            "source": "",
            "phone": " 138 0013 8000 ",
            "email": "Li.Lei@Example.com",
            "website": "example.com",
            "grade": "KEY",
            "need_match": "５",
            "win_likelihood": "",
            "notes": "line one  \r\nline two\r\n\r\n",
            "unknown_key": "ignored",
        }
    )
    assert errors == []
    assert clean == {
        "name": "某某科技有限公司",
        "code": "AB-01",
        "kind": "company",
        "industry": "制造",
        "size": 1200,
        "source": None,
        "phone": "138 0013 8000",
        "phone_e164": "+8613800138000",
        "phone_invalid": 0,
        "email": "li.lei@example.com",
        "website": "https://example.com",
        "grade": "key",
        "need_match": 5,
        "win_likelihood": None,
        "notes": "line one\nline two",
    }


def test_validate_customer_collects_all_errors():
    clean, errors = validate_customer(
        {
            "name": " ",
            "code": "a b",
            "kind": "alien",
            "industry": "x" * 61,
            "size": "lots",
            "phone": "12345",
            "email": "not-an-email",
            "website": "nowhere",
            "grade": "gold",
            "need_match": "6",
            "strategic": "abc",
            "city": "深圳",
        }
    )
    by_field = {e.field: e.message for e in errors}
    assert set(by_field) == {
        "name", "code", "kind", "industry", "size", "email", "website", "grade", "need_match", "strategic",
    }  # fmt: skip
    assert by_field["name"] == "Name is required."
    assert by_field["code"] == "Code may use letters, digits, - and _ (max 20)."
    assert by_field["industry"] == "Industry is too long (max 60 characters)."
    assert by_field["need_match"] == "Need match must be a whole number from 1 to 5."
    assert by_field["strategic"] == "Strategic must be a whole number from 1 to 5."
    assert by_field["size"].startswith("Employees ")
    assert by_field["kind"] == "Kind must be one of: company, person."
    assert by_field["email"].startswith("Not a valid e-mail address: ")
    assert all(isinstance(e, FieldError) for e in errors)
    # invalid fields never reach clean; valid ones do; a phone never fails: it is kept, flagged
    assert clean == {"city": "深圳", "phone": "12345", "phone_e164": None, "phone_invalid": 1}
    assert [(w.field, w.message[:39]) for w in customer_warnings(clean)] == [
        ("phone", "Not understood as a phone number for CN")
    ]


def test_validate_customer_partial_update_and_defaults():
    clean, errors = validate_customer({"city": "", "kind": ""})
    assert errors == []
    assert clean == {"city": None, "kind": "company"}

    clean, errors = validate_customer(
        {"grade": "", "phone": "", "email": "", "website": "", "notes": " \n "}
    )
    assert errors == []
    assert clean == {
        "grade": None, "phone": None, "phone_e164": None, "phone_invalid": 0, "email": None, "website": None, "notes": None,
    }  # fmt: skip

    clean, errors = validate_customer({})
    assert (clean, errors) == ({}, [])


def test_validate_customer_region_and_long_phone():
    clean, errors = validate_customer({"phone": "(415) 555-0100"}, default_region="US")
    assert errors == []
    assert clean == {"phone": "(415) 555-0100", "phone_e164": "+14155550100", "phone_invalid": 0}

    clean, errors = validate_customer({"phone": "1" * 41})  # kept, not lost
    assert errors == [] and clean == {"phone": "1" * 41, "phone_e164": None, "phone_invalid": 1}


def test_the_rows_own_country_reads_its_phones_before_the_default_region():
    clean, _ = validate_customer(
        {"phone": "(415) 555-0134", "country": "United States"}, default_region="CN"
    )
    assert (clean["country"], clean["phone_e164"]) == ("US", "+14155550134")
    clean, _ = validate_customer({"phone": "030 1234 5678", "country": "德国"}, default_region="US")
    assert (clean["country"], clean["phone_e164"]) == ("DE", "+493012345678")
    clean, _ = validate_customer({"phone": "1-512-714-9861"}, default_region="US")
    assert clean["phone_e164"] == "+15127149861"
    clean, _ = validate_customer(
        {"phone": "+44 20 7946 0958", "country": "US"}, default_region="CN"
    )
    assert clean["phone_e164"] == "+442079460958"  # a country code wins over every region


def test_a_country_nobody_knows_is_kept_as_typed_and_warned_about():
    clean, errors = validate_customer({"country": "Atlantis"})
    assert errors == [] and clean == {"country": "Atlantis"}
    assert [w.field for w in customer_warnings(clean)] == ["country"]


def test_validate_customer_code_too_long_and_non_ascii():
    _, errors = validate_customer({"code": "A" * 21})
    assert [e.field for e in errors] == ["code"]
    _, errors = validate_customer({"code": "编号1"})
    assert errors == [FieldError("code", "Code may use letters, digits, - and _ (max 20).")]


def test_validate_customer_accepts_non_string_values():
    clean, errors = validate_customer(
        {"name": "Acme", "size": 250, "need_match": 3, "industry": None, "kind": None}
    )
    assert errors == []
    assert clean == {
        "name": "Acme",
        "size": 250,
        "need_match": 3,
        "industry": None,
        "kind": "company",
    }


@settings(max_examples=200)
@given(st.dictionaries(st.sampled_from([*FIELD_NAMES, "phone_e164", "other"]), _MESSY_TEXT))
def test_validate_customer_never_raises(raw):
    clean, errors = validate_customer(raw)
    error_fields = {e.field for e in errors}
    for name in raw:
        if name not in FIELD_NAMES:
            assert name not in error_fields
            continue
        # every known field ends up either clean or in errors, never both
        assert (name in clean) != (name in error_fields)
    assert ("phone_e164" in clean) == ("phone" in clean)
    for e in errors:
        assert e.message and "Traceback" not in e.message


# --------------------------------------------------------------------------- startup cost


def test_heavy_libraries_load_lazily():
    code = (
        "import sys, custui.core.validate; "
        "heavy = [m for m in ('phonenumbers', 'email_validator', 'opencc', 'textual', 'sqlite3', 'sqlite_utils') "
        "if m in sys.modules]; "
        "assert not heavy, heavy"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_chinese_punctuation_stays_in_free_text_but_parsed_values_fold_it() -> None:
    from custui.core.validate import parse_date, parse_money, plain_text

    assert normalize_text("交期紧，价格敏感。（重点）") == "交期紧，价格敏感。（重点）"
    assert normalize_multiline("备注：１．样品\n２．报价") == "备注：1．样品\n2．报价"
    assert plain_text("１２，３４５") == "12,345"
    assert parse_money("１２，３４５元") == 1_234_500
    assert parse_date("2024／3／15").isoformat() == "2024-03-15"
