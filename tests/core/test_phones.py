"""Phones as people write them: read for the row's region, several to a cell, never lost."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from custui.core.phones import country_of_number, pieces, read_phones
from custui.core.validate import read_phone_cell, validate_customer

#: Regions of the reps' customers, and a spread of others with other numbering plans.
REGIONS = (
    "CN",
    "US",
    "GB",
    "DE",
    "AU",
    "FR",
    "JP",
    "HK",
    "TW",
    "SG",
    "IN",
    "BR",
    "CA",
    "NL",
    "CH",
    "KR",
    "IT",
    "ES",
)
FORMATS = (
    phonenumbers.PhoneNumberFormat.NATIONAL,
    phonenumbers.PhoneNumberFormat.INTERNATIONAL,
    phonenumbers.PhoneNumberFormat.E164,
)


@st.composite
def written_numbers(draw) -> tuple[str, str]:
    """(region, a number of it written the way its people write one), from libphonenumber's own examples
    with their last digits changed."""
    region = draw(st.sampled_from(REGIONS))
    kind = draw(
        st.sampled_from(
            (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE)
        )
    )
    example_number = phonenumbers.example_number_for_type(region, kind)
    national = str(example_number.national_number)
    tail = draw(
        st.text(
            "0123456789", min_size=min(3, len(national) - 2), max_size=min(3, len(national) - 2)
        )
    )
    number = phonenumbers.parse(
        f"+{example_number.country_code}{national[: -len(tail)]}{tail}", None
    )
    written = phonenumbers.format_number(number, draw(st.sampled_from(FORMATS)))
    return region, written


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(written_numbers())
@example(("US", "(415) 555-0134"))
@example(("US", "1-512-714-9861"))
@example(("DE", "089 1234567"))
@example(("GB", "020 7946 0958"))
@example(("CN", "021-6234 5678"))
def test_a_number_phonenumbers_reads_for_the_rows_region_is_stored_as_its_e164(
    case: tuple[str, str],
) -> None:
    region, written = case
    try:
        theirs = phonenumbers.parse(written, region)
    except phonenumbers.NumberParseException:
        return
    if not phonenumbers.is_valid_number(theirs):
        return
    clean, errors = validate_customer({"phone": written, "country": region}, default_region="CN")
    assert errors == []
    assert clean["phone_e164"] == phonenumbers.format_number(
        theirs, phonenumbers.PhoneNumberFormat.E164
    )
    assert (clean["phone"], clean["phone_invalid"]) == (written, 0)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80), st.sampled_from(REGIONS))
def test_nothing_typed_is_ever_refused_or_lost(text: str, region: str) -> None:
    clean, errors = validate_customer({"phone": text, "country": region})
    assert errors == []
    kept = read_phone_cell(text, region)
    assert clean["phone"] == (kept.raw or None)
    assert clean["phone_invalid"] == int(kept.invalid)
    assert bool(kept.raw) == bool(
        kept.e164 or kept.not_understood
    )  # every non-blank cell reads or is flagged


@pytest.mark.parametrize(
    ("text", "region", "numbers"),
    [
        ("138 0013 8000 / 021-6234 5678", "CN", ("+8613800138000", "+862162345678")),
        ("138 0013 8000 或 139 1234 5678", "CN", ("+8613800138000", "+8613912345678")),
        ("Tel: +49 89 1234 5678, Fax: +49 89 1234 5679", "US", ("+498912345678", "+498912345679")),
        ("021-62345678-801", "CN", ("+862162345678",)),  # extension after a dash
        ("021-62345678 转 801", "CN", ("+862162345678",)),
        ("+1 415 555 0134, ext. 12", "CN", ("+14155550134",)),
        ("０２１－６２３４５６７８", "CN", ("+862162345678",)),  # full-width digits
        ("0086 138 0013 8000", "US", ("+8613800138000",)),  # "00" where the way out is 011
        ("089 / 123 45 67", "DE", ("+49891234567",)),  # an area code written apart
        ("手机：13800138000", "CN", ("+8613800138000",)),
    ],
)
def test_the_forms_people_write(text: str, region: str, numbers: tuple[str, ...]) -> None:
    read = read_phones(text, region)
    assert (read.e164, read.not_understood) == (numbers, ())


def test_what_is_not_understood_is_kept_and_named() -> None:
    read = read_phones("138 0013 8000 / reception 12345", "CN")
    assert (
        read.e164 == ("+8613800138000",)
        and read.not_understood == ("reception 12345",)
        and read.invalid
    )
    assert read.problem("CN").startswith(
        "Not understood as a phone number for CN: reception 12345 — kept as typed"
    )
    assert read_phones("call the front desk", "US").not_understood == ("call the front desk",)
    assert read_phones("", "US") == read_phones("   ", "US")


def test_pieces_split_numbers_and_keep_extensions_with_theirs() -> None:
    assert pieces("138 0013 8000 / ext 12 / office") == ["138 0013 8000 ext 12"]
    assert pieces("(089) / 1234567; 0171 1234567") == ["(089) 1234567", "0171 1234567"]


def test_the_country_of_a_number() -> None:
    assert country_of_number("+49891234567 +14155550134") == "DE"
    assert country_of_number("+14155550134") == "US"
    assert country_of_number("4155550134") is None and country_of_number(None) is None
