"""Relative dates for next actions: +3d, next mon, 明天, and their edges."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from custui.core.dates import add_months, relative_date
from custui.core.validate import FieldInvalid, parse_date

WED = date(2026, 11, 25)  # a Wednesday
MON = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("today", WED), ("Today", WED), ("今天", WED), ("tomorrow", date(2026, 11, 26)), ("明天", date(2026, 11, 26)),
        ("后天", date(2026, 11, 27)), ("yesterday", date(2026, 11, 24)),
        ("+3d", date(2026, 11, 28)), ("3d", date(2026, 11, 28)), ("+ 3 days", date(2026, 11, 28)),
        ("-2d", date(2026, 11, 23)), ("+2w", date(2026, 12, 9)), ("+1m", date(2026, 12, 25)),
        ("+1y", date(2027, 11, 25)), ("+0d", WED), ("3天后", date(2026, 11, 28)), ("2周后", date(2026, 12, 9)),
        ("1个月后", date(2026, 12, 25)),
        ("mon", date(2026, 11, 30)), ("next mon", date(2026, 11, 30)), ("Next Monday", date(2026, 11, 30)),
        ("thu", date(2026, 11, 26)), ("wed", date(2026, 12, 2)), ("sun", date(2026, 11, 29)),
        ("周一", date(2026, 11, 30)), ("下周三", date(2026, 12, 2)), ("星期五", date(2026, 11, 27)),
        ("周日", date(2026, 11, 29)), ("礼拜天", date(2026, 11, 29)),
    ],
)  # fmt: skip
def test_relative_dates(text: str, expected: date) -> None:
    assert relative_date(text, WED) == expected
    assert parse_date(text, today=WED) == expected


def test_a_weekday_by_name_is_never_today() -> None:
    assert relative_date("mon", MON) == MON + timedelta(days=7)
    assert relative_date("tue", MON) == MON + timedelta(days=1)


def test_months_clamp_to_the_last_day() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)
    assert add_months(date(2026, 12, 15), 1) == date(2027, 1, 15)
    assert add_months(date(2026, 3, 31), -1) == date(2026, 2, 28)
    assert relative_date("+1m", date(2026, 1, 31)) == date(2026, 2, 28)


@pytest.mark.parametrize("text", ["", "soon", "+d", "mond", "周八", "2026-12-01", "next", "3x"])
def test_not_relative(text: str) -> None:
    assert relative_date(text, WED) is None


def test_parse_date_keeps_absolute_dates_and_explains_relative_ones() -> None:
    assert parse_date("2026-12-01", today=WED) == date(2026, 12, 1)
    assert parse_date("2026年12月1日", today=WED) == date(2026, 12, 1)
    with pytest.raises(FieldInvalid, match=r"\+3d"):
        parse_date("soonish", today=WED)
    with pytest.raises(FieldInvalid):
        parse_date("+3d")  # without today there is nothing to count from


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(9000, 1, 1)), st.integers(0, 9999))
def test_day_offsets_are_exact(today: date, n: int) -> None:
    assert relative_date(f"+{n}d", today) == today + timedelta(days=n)
    assert relative_date(f"{n}天后", today) == today + timedelta(days=n)


@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(9000, 1, 1)),
    st.sampled_from(list("一二三四五六日")),
)
def test_next_weekday_is_within_a_week_and_lands_on_it(today: date, day: str) -> None:
    found = relative_date(f"周{day}", today)
    assert found is not None and 1 <= (found - today).days <= 7
    assert found.weekday() == "一二三四五六日".index(day)
