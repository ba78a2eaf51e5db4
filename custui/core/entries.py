"""Validation of timeline entries: an interaction logged or an order added (pure).

Both return ``(clean, errors)`` like ``validate_customer``: *clean* holds the
columns to store, *errors* one plain-words :class:`FieldError` per bad field.
Dates are typed as a rep types them (``today``, ``+3d``, ``next mon``,
``2026-12-01``) and counted from *today*; a blank date is *today*.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from custui.core.model import Channel, Sentiment
from custui.core.validate import FieldError, FieldInvalid, _check_text, normalize_text, parse_date, parse_money

#: Single keys that pick a channel / a sentiment in the entry form.
CHANNEL_KEYS: dict[str, Channel] = {
    "v": Channel.VISIT, "c": Channel.CALL, "m": Channel.MEETING, "e": Channel.EMAIL,
    "w": Channel.MESSAGE, "x": Channel.EVENT, "o": Channel.OTHER,
}  # fmt: skip
SENTIMENT_KEYS: dict[str, Sentiment] = {"+": Sentiment.POSITIVE, "=": Sentiment.NEUTRAL, "-": Sentiment.NEGATIVE}

#: Days until the next follow-up when one is done and the next scheduled, by channel.
FOLLOW_UP_DAYS: dict[str, int] = {
    "call": 3, "email": 3, "message": 2, "meeting": 7, "visit": 14, "event": 14, "other": 7,
}  # fmt: skip


def _choice(raw: object, allowed: type, label: str, *, required: bool) -> str | None:
    text = normalize_text(raw).lower()
    if not text:
        if required:
            raise FieldInvalid(f"{label} is required.")
        return None
    values = [m.value for m in allowed]  # type: ignore[attr-defined]
    if text not in values:
        raise FieldInvalid(f"{label} must be one of {', '.join(values)}.")
    return text


def _day(raw: object, today: date, label: str, *, default_today: bool) -> str | None:
    try:
        day = parse_date(raw, today=today)
    except FieldInvalid as exc:
        raise FieldInvalid(f"{label}: {exc}") from None
    if day is None:
        return today.isoformat() if default_today else None
    return day.isoformat()


def _collect(checks: Mapping[str, Callable[[], Any]]) -> tuple[dict[str, Any], list[FieldError]]:
    clean: dict[str, Any] = {}
    errors: list[FieldError] = []
    for name, check in checks.items():
        try:
            clean[name] = check()
        except FieldInvalid as exc:
            errors.append(FieldError(name, str(exc)))
    return clean, errors


def validate_interaction(raw: Mapping[str, object], today: date) -> tuple[dict[str, Any], list[FieldError]]:
    """occurred_at, channel, summary, owner, sentiment, next_action, next_action_due."""
    clean, errors = _collect({
        "occurred_at": lambda: _day(raw.get("occurred_at"), today, "Date", default_today=True),
        "channel": lambda: _choice(raw.get("channel"), Channel, "Channel", required=True),
        "summary": lambda: _check_text(raw.get("summary"), label="Summary", required=True, max_length=4000),
        "owner": lambda: _check_text(raw.get("owner"), label="Who", required=False, max_length=80) or None,
        "sentiment": lambda: _choice(raw.get("sentiment"), Sentiment, "Sentiment", required=False),
        "next_action": lambda: _check_text(raw.get("next_action"), label="Next action", required=False,
                                           max_length=300) or None,
        "next_action_due": lambda: _day(raw.get("next_action_due"), today, "Due", default_today=False),
    })  # fmt: skip
    if not errors and clean["next_action_due"] and not clean["next_action"]:
        errors.append(FieldError("next_action", "Say what the next action is, or clear its due date."))
    return clean, errors


def _amount(raw: object) -> int:
    minor = parse_money(raw)
    if minor is None:
        raise FieldInvalid("Amount is required (0 for a free sample).")
    return minor


def validate_order(raw: Mapping[str, object], today: date) -> tuple[dict[str, Any], list[FieldError]]:
    """ordered_at, amount_minor, currency, product, margin_minor (integer minor units)."""
    def currency() -> str:
        text = normalize_text(raw.get("currency")).upper() or "CNY"
        if len(text) != 3 or not text.isalpha() or not text.isascii():
            raise FieldInvalid("Currency is a three-letter code such as CNY or USD.")
        return text

    return _collect({
        "ordered_at": lambda: _day(raw.get("ordered_at"), today, "Date", default_today=True),
        "amount_minor": lambda: _amount(raw.get("amount")),
        "currency": currency,
        "product": lambda: _check_text(raw.get("product"), label="Product", required=False, max_length=200) or None,
        "margin_minor": lambda: parse_money(raw.get("margin"), allow_negative=True),
    })  # fmt: skip
