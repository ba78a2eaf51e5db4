"""Validation of timeline entries: an interaction logged or an order added (pure).

Both return ``(clean, errors)`` like ``validate_customer``: *clean* holds the
columns to store, *errors* one plain-words :class:`FieldError` per bad field.
Dates are typed as a rep types them (``today``, ``+3d``, ``next mon``,
``2026-12-01``) and counted from *today*; a blank date is *today*.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from functools import partial
from typing import Any

from custui.core.model import Channel, Sentiment
from custui.core.regions import FALLBACK_CURRENCY, currency_code
from custui.core.text import fold
from custui.core.validate import (
    FieldError,
    FieldInvalid,
    _check_text,
    normalize_text,
    parse_date,
    parse_money,
)

#: Single keys that pick a channel / a sentiment in the entry form.
CHANNEL_KEYS: dict[str, Channel] = {
    "v": Channel.VISIT, "c": Channel.CALL, "m": Channel.MEETING, "e": Channel.EMAIL,
    "w": Channel.MESSAGE, "x": Channel.EVENT, "o": Channel.OTHER,
}  # fmt: skip
SENTIMENT_KEYS: dict[str, Sentiment] = {
    "+": Sentiment.POSITIVE,
    "=": Sentiment.NEUTRAL,
    "-": Sentiment.NEGATIVE,
}

#: Days until the next follow-up when one is done and the next scheduled, by channel (the rep can change them).
FOLLOW_UP_DAYS: dict[str, int] = {
    "visit": 14, "call": 3, "meeting": 7, "email": 3, "message": 2, "event": 14, "other": 7,
}  # fmt: skip
MAX_FOLLOW_UP_DAYS = 365


#: Words people write for a channel or a sentiment (imported files, typed text), folded.
CHANNEL_WORDS: dict[str, Channel] = {
    **dict.fromkeys(("site visit", "拜访", "上门", "上门拜访", "走访", "面访", "到访", "拜訪"), Channel.VISIT),
    **dict.fromkeys(("phone", "phone call", "tel", "电话", "通话", "致电", "来电", "電話"), Channel.CALL),
    **dict.fromkeys(("meet", "video call", "zoom", "会议", "开会", "会面", "面谈", "视频会议", "會議"), Channel.MEETING),
    **dict.fromkeys(("e-mail", "mail", "邮件", "电邮", "电子邮件", "郵件"), Channel.EMAIL),
    **dict.fromkeys(("wechat", "sms", "text", "im", "whatsapp", "chat", "微信", "短信", "消息", "钉钉", "qq", "企业微信"), Channel.MESSAGE),
    **dict.fromkeys(("expo", "trade show", "fair", "webinar", "展会", "活动", "会展", "研讨会", "展覽"), Channel.EVENT),
    **dict.fromkeys(("其他", "其它"), Channel.OTHER),
}  # fmt: skip
SENTIMENT_WORDS: dict[str, Sentiment] = {
    **dict.fromkeys(("+", "pos", "good", "积极", "正面", "好", "满意", "良好", "正向"), Sentiment.POSITIVE),
    **dict.fromkeys(("=", "ok", "neutral", "中性", "一般", "中立", "平淡", "还行"), Sentiment.NEUTRAL),
    **dict.fromkeys(("-", "neg", "bad", "消极", "负面", "差", "不满", "不满意", "负向"), Sentiment.NEGATIVE),
}  # fmt: skip


def _choice(
    raw: object, allowed: type, label: str, *, required: bool, words: Mapping[str, str]
) -> str | None:
    text = normalize_text(raw).lower()
    if not text:
        if required:
            raise FieldInvalid(f"{label} is required.")
        return None
    values = [m.value for m in allowed]  # type: ignore[attr-defined]
    if text in values:
        return text
    word = words.get(fold(text))
    if word is None:
        raise FieldInvalid(f"{label} must be one of {', '.join(values)} (not {text[:40]}).")
    return str(word)


def _day(
    raw: object, today: date, label: str, *, default_today: bool, happened: str = ""
) -> str | None:
    """The day typed (明天, +3d, 2026-11-20…) as ISO; with *happened* (what is logged), not after today."""
    try:
        day = parse_date(raw, today=today)
    except FieldInvalid as exc:
        raise FieldInvalid(f"{label}: {exc}") from None
    if day is None:
        return today.isoformat() if default_today else None
    if happened and day > today:
        raise FieldInvalid(f"{label}: {day.isoformat()} is after today. Log {happened} once it has happened; "
                           "plan it as the next action with a Due date.")  # fmt: skip
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


def validate_interaction(
    raw: Mapping[str, object], today: date, *, allow_future: bool = False
) -> tuple[dict[str, Any], list[FieldError]]:
    """occurred_at, channel, summary, owner, sentiment, next_action, next_action_due.  A date after *today* is
    refused unless *allow_future* (an import keeps a file's dates as written)."""
    happened = "" if allow_future else "an interaction"
    clean, errors = _collect({
        "occurred_at": lambda: _day(raw.get("occurred_at"), today, "Date", default_today=True, happened=happened),
        "channel": lambda: _choice(raw.get("channel"), Channel, "Channel", required=True, words=CHANNEL_WORDS),
        "summary": lambda: _check_text(raw.get("summary"), label="Summary", required=True, max_length=4000),
        "owner": lambda: _check_text(raw.get("owner"), label="Who", required=False, max_length=80) or None,
        "sentiment": lambda: _choice(raw.get("sentiment"), Sentiment, "Sentiment", required=False,
                                         words=SENTIMENT_WORDS),
        "next_action": lambda: _check_text(raw.get("next_action"), label="Next action", required=False,
                                           max_length=300) or None,
        "next_action_due": lambda: _day(raw.get("next_action_due"), today, "Due", default_today=False),
    })  # fmt: skip
    if not errors and clean["next_action_due"] and not clean["next_action"]:
        errors.append(
            FieldError("next_action", "Say what the next action is, or clear its due date.")
        )
    return clean, errors


def _amount(raw: object) -> int:
    minor = parse_money(raw)
    if minor is None:
        raise FieldInvalid("Amount is required (0 for a free sample).")
    return minor


def validate_order(
    raw: Mapping[str, object],
    today: date,
    base_currency: str = FALLBACK_CURRENCY,
    *,
    allow_future: bool = False,
) -> tuple[dict[str, Any], list[FieldError]]:
    """ordered_at, amount_minor, currency (blank: *base_currency*), product, margin_minor (integer minor units).
    An order date after *today* is refused unless *allow_future*."""

    def currency() -> str:
        text = normalize_text(raw.get("currency"))
        if not text:
            return base_currency
        code = currency_code(_CURRENCY_WORDS.get(text.casefold(), text))
        if code is None:
            raise FieldInvalid(f"Not a currency: {text[:20]} (an ISO code such as CNY, USD, EUR).")
        return code

    clean, errors = _collect({
        "ordered_at": lambda: _day(raw.get("ordered_at"), today, "Date", default_today=True,
                                   happened="" if allow_future else "an order"),
        "amount_minor": lambda: _amount(raw.get("amount")),
        "currency": currency,
        "product": lambda: _check_text(raw.get("product"), label="Product", required=False, max_length=200) or None,
        "margin_minor": lambda: parse_money(raw.get("margin"), allow_negative=True),
    })  # fmt: skip
    ordered = date.fromisoformat(clean["ordered_at"]) if "ordered_at" in clean else today
    try:
        clean.update(payment_columns(raw, ordered, today))
    except _PaymentInvalid as exc:
        errors.append(FieldError(exc.field, str(exc)))
    return clean, errors


class _PaymentInvalid(FieldInvalid):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


def payment_columns(raw: Mapping[str, object], ordered: date, today: date) -> dict[str, Any]:
    """due_on, paid, paid_on of an order ordered on *ordered*, from what was typed or imported:
    ``terms`` (the form's one field: 30 · 60 · 90 · 2026-12-31 · paid · unpaid, core.receivables),
    and an import's own columns ``due_on`` (到期日), ``paid`` (付款状态: yes/no, 已付/未付) and
    ``paid_on`` (付款日期), which win over what the terms say.  A day paid means paid."""
    from custui.core.receivables import paid_word, parse_terms

    def check(field: str, read: Callable[[], Any]) -> Any:
        try:
            return read()
        except FieldInvalid as exc:
            raise _PaymentInvalid(field, str(exc)) from None

    terms = check("terms", lambda: parse_terms(raw.get("terms"), ordered, today))
    due_on, paid, paid_on = terms.due_on, terms.paid, terms.paid_on
    due = check("due_on", lambda: _payment_day(raw.get("due_on"), today, "Due"))
    if due is not None:
        due_on, paid = due, paid if paid is not None else False
    said = check(
        "paid", lambda: paid_word(raw.get("paid")) if not _is_day(raw.get("paid")) else True
    )
    day = check("paid_on", lambda: _payment_day(raw.get("paid_on"), today, "Paid on"))
    if day is None and _is_day(raw.get("paid")):  # a Paid column holding the day it was paid
        day = check("paid", lambda: _payment_day(raw.get("paid"), today, "Paid"))
    if said is False and day is not None:
        raise _PaymentInvalid("paid", f"Paid says no, but it was paid on {day.isoformat()}.")
    if said is not None:
        paid = said
        paid_on = paid_on if said else None
    if day is not None:
        if day > today:
            raise _PaymentInvalid("paid_on", f"Paid on {day.isoformat()}: that is after today.")
        paid, paid_on = True, day
    return {
        "due_on": due_on.isoformat() if due_on else None,
        "paid": None if paid is None else int(paid),
        "paid_on": paid_on.isoformat() if paid_on else None,
    }


def _payment_day(raw: object, today: date, label: str) -> date | None:
    try:
        return parse_date(raw, today=today)
    except FieldInvalid as exc:
        raise FieldInvalid(f"{label}: {exc}") from None


def _is_day(raw: object) -> bool:
    """Does a cell hold a day (a Paid column that says when, not whether)?"""
    if isinstance(raw, date):
        return True
    text = normalize_text(raw)
    if not text or not any(ch.isdigit() for ch in text) or text in ("0", "1"):
        return False
    try:
        return parse_date(text) is not None
    except FieldInvalid:
        return False


#: Currency words people write in a currency column, beside ISO codes.
_CURRENCY_WORDS = {
    "rmb": "CNY", "人民币": "CNY", "人民幣": "CNY", "元": "CNY", "美元": "USD", "us$": "USD",
    "欧元": "EUR", "歐元": "EUR", "€": "EUR", "英镑": "GBP", "英鎊": "GBP", "£": "GBP", "港币": "HKD", "港幣": "HKD",
    "港元": "HKD", "日元": "JPY", "日圓": "JPY", "円": "JPY", "新台币": "TWD", "新台幣": "TWD",
}  # fmt: skip


def validate_follow_up_days(raw: Mapping[str, object]) -> tuple[dict[str, int], list[FieldError]]:
    """Whole days 0-365 per channel; a blank channel keeps its default."""

    def days(channel: str) -> int:
        text = normalize_text(raw.get(channel)).removesuffix("d").strip()
        if not text:
            return FOLLOW_UP_DAYS[channel]
        if not text.isdigit() or int(text) > MAX_FOLLOW_UP_DAYS:
            raise FieldInvalid(
                f"{channel.capitalize()}: whole days from 0 to {MAX_FOLLOW_UP_DAYS} (not {text[:20]})."
            )
        return int(text)

    return _collect({channel: partial(days, channel) for channel in FOLLOW_UP_DAYS})
