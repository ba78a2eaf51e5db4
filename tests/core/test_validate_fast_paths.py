"""The fast paths of validation (taken by most imported rows) answer exactly as the full checks."""

from __future__ import annotations

import email_validator
import phonenumbers
from hypothesis import example, given, settings
from hypothesis import strategies as st

from custui.core import validate
from custui.core.validate import (
    FieldInvalid,
    normalize_multiline,
    normalize_text,
    parse_phone,
    validate_email,
)


def full_text(text: str) -> str:
    return validate._until_stable(validate._text_pass, text)


def full_multiline(text: str) -> str:
    return validate._until_stable(validate._multiline_pass, text)


@settings(max_examples=500)
@given(st.text())
@example("深圳市华创科技有限公司")
@example("季度采购，关注交期。")
@example("ＡＢＣ１２３")
@example("a\u200bb")
@example("  两个  空格  ")
def test_text_fast_path_equals_full_normalisation(text):
    assert normalize_text(text) == full_text(text)
    assert normalize_multiline(text) == full_multiline(text)


def answer(check, text: str, refusal: type[Exception]) -> str | None:
    """What *check* makes of *text*, or None when it refuses it."""
    try:
        return check(text)
    except refusal:
        return None


def phonenumbers_e164(text: str) -> str | None:
    number = phonenumbers.parse(text, "CN")
    return (
        phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if phonenumbers.is_valid_number(number)
        else None
    )


@settings(max_examples=1000)
@given(st.from_regex(r"1[0-9]{10}", fullmatch=True))
@example("13812345678")
@example("17951234567")
@example("11212345678")
@example("16101234567")
def test_chinese_mobile_fast_path_equals_phonenumbers(text):
    ours = answer(lambda t: parse_phone(t).e164, text, FieldInvalid)
    assert ours == answer(phonenumbers_e164, text, phonenumbers.NumberParseException)


@settings(max_examples=1000)
@given(
    st.from_regex(r"[A-Za-z0-9_+.-]{1,70}@[A-Za-z0-9.-]{1,70}\.[A-Za-z0-9]{1,5}", fullmatch=True)
)
@example("c1@example1.cn")
@example("Wang.Wei+crm@Example.COM.CN")
@example("a@b.test")
@example("a@mail.localhost")
@example("a..b@x.cn")
@example("a@xn--zz.com")
@example("a@ab--cd.com")
@example("-a@x-.cn")
@example("a@" + "x" * 64 + ".cn")
def test_simple_email_fast_path_equals_email_validator(text):
    theirs = answer(lambda t: email_validator.validate_email(t, check_deliverability=False).normalized.casefold(),
                    text, email_validator.EmailNotValidError)  # fmt: skip
    assert answer(validate_email, text, FieldInvalid) == theirs
