"""Validation of logged interactions and orders."""

from __future__ import annotations

from datetime import date

import pytest

from custui.core.entries import CHANNEL_KEYS, SENTIMENT_KEYS, validate_interaction, validate_order

TODAY = date(2026, 11, 25)  # a Wednesday


def test_a_call_with_defaults() -> None:
    clean, errors = validate_interaction({"channel": "call", "summary": "  电话回访  "}, TODAY)
    assert errors == []
    assert clean == {"occurred_at": "2026-11-25", "channel": "call", "summary": "电话回访", "owner": None,
                     "sentiment": None, "next_action": None, "next_action_due": None}  # fmt: skip


def test_relative_dates_and_next_action() -> None:
    clean, errors = validate_interaction(
        {"occurred_at": "yesterday", "channel": "visit", "summary": "拜访", "sentiment": "positive",
         "next_action": "寄样品", "next_action_due": "+3d"}, TODAY)  # fmt: skip
    assert (
        errors == []
        and clean["occurred_at"] == "2026-11-24"
        and clean["next_action_due"] == "2026-11-28"
    )
    clean, _ = validate_interaction({"channel": "call", "summary": "x", "next_action": "报价",
                                     "next_action_due": "next mon"}, TODAY)  # fmt: skip
    assert clean["next_action_due"] == "2026-11-30"


def test_interaction_errors_name_each_field() -> None:
    _, errors = validate_interaction({"channel": "fax", "summary": "", "occurred_at": "soon",
                                      "sentiment": "angry"}, TODAY)  # fmt: skip
    by_field = {e.field: e.message for e in errors}
    assert set(by_field) == {"channel", "summary", "occurred_at", "sentiment"}
    assert (
        "call" in by_field["channel"]
        and "required" in by_field["summary"]
        and "+3d" in by_field["occurred_at"]
    )
    _, errors = validate_interaction(
        {"channel": "call", "summary": "x", "next_action_due": "+1d"}, TODAY
    )
    assert [e.field for e in errors] == ["next_action"]


def test_orders_in_exact_minor_units() -> None:
    clean, errors = validate_order(
        {"amount": "1.2万", "product": "伺服电机", "margin": "-50.5"}, TODAY
    )
    assert errors == [] and clean["amount_minor"] == 1_200_000 and clean["margin_minor"] == -5050
    assert clean["ordered_at"] == "2026-11-25" and clean["currency"] == "CNY"
    clean, errors = validate_order({"amount": "0", "currency": "usd"}, TODAY)
    assert errors == [] and clean["amount_minor"] == 0 and clean["currency"] == "USD"
    _, errors = validate_order({"amount": "", "currency": "dollars"}, TODAY)
    assert {e.field for e in errors} == {"amount_minor", "currency"}
    _, errors = validate_order({"amount": "-5"}, TODAY)
    assert [e.field for e in errors] == ["amount_minor"]


def test_single_keys_cover_every_choice() -> None:
    assert sorted(c.value for c in CHANNEL_KEYS.values()) == sorted(
        ["visit", "call", "meeting", "email", "message", "event", "other"]
    )
    assert {s.value for s in SENTIMENT_KEYS.values()} == {"positive", "neutral", "negative"}


@pytest.mark.parametrize(
    ("channel", "expected"),
    [("电话", "call"), ("上门拜访", "visit"), ("微信", "message"), ("E-Mail", "email"), ("展会", "event"),
     ("Visit", "visit"), ("會議", "meeting")],
)  # fmt: skip
def test_channel_words_people_write_are_understood(channel: str, expected: str) -> None:
    clean, errors = validate_interaction({"channel": channel, "summary": "x"}, TODAY)
    assert errors == [] and clean["channel"] == expected


@pytest.mark.parametrize(
    ("sentiment", "expected"), [("积极", "positive"), ("一般", "neutral"), ("不满意", "negative")]
)
def test_sentiment_words_are_understood(sentiment: str, expected: str) -> None:
    clean, errors = validate_interaction(
        {"channel": "call", "summary": "x", "sentiment": sentiment}, TODAY
    )
    assert errors == [] and clean["sentiment"] == expected


def test_an_unknown_channel_word_names_the_choices_and_the_word() -> None:
    _, errors = validate_interaction({"channel": "传真", "summary": "x"}, TODAY)
    assert (
        errors[0].field == "channel"
        and "传真" in errors[0].message
        and "visit, call" in errors[0].message
    )


def test_follow_up_days_are_whole_days_with_defaults_for_blanks() -> None:
    from custui.core.entries import FOLLOW_UP_DAYS, validate_follow_up_days

    clean, errors = validate_follow_up_days({"visit": "10", "call": " 2d ", "email": ""})
    assert errors == [] and clean == {**FOLLOW_UP_DAYS, "visit": 10, "call": 2}
    _, errors = validate_follow_up_days({"visit": "-1", "meeting": "366", "event": "1.5"})
    assert [e.field for e in errors] == ["visit", "meeting", "event"]
    assert errors[1].message == "Meeting: whole days from 0 to 365 (not 366)."


@pytest.mark.parametrize("typed", ["明天", "tomorrow", "+1d", "2026-12-01"])
def test_a_visit_dated_in_the_future_is_refused_with_what_to_do_instead(typed: str) -> None:
    """明天 as the date of a visit is a plan, not history: the form says so instead of logging it."""
    _, errors = validate_interaction(
        {"occurred_at": typed, "channel": "visit", "summary": "拜访"}, TODAY
    )
    assert [e.field for e in errors] == ["occurred_at"]
    assert "after today" in errors[0].message and "next action" in errors[0].message
    _, errors = validate_order({"ordered_at": typed, "amount": "100"}, TODAY)
    assert [e.field for e in errors] == ["ordered_at"]
    clean, errors = validate_interaction(
        {"occurred_at": "今天", "channel": "visit", "summary": "拜访"}, TODAY
    )
    assert errors == [] and clean["occurred_at"] == "2026-11-25"


def test_an_import_keeps_a_future_date_as_written() -> None:
    clean, errors = validate_interaction({"occurred_at": "2026-11-26", "channel": "call", "summary": "x"}, TODAY,
                                         allow_future=True)  # fmt: skip
    assert errors == [] and clean["occurred_at"] == "2026-11-26"
