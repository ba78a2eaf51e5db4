"""Dates the way a rep types them for a next action: ``+3d``, ``next mon``, ``明天``.

:func:`relative_date` understands, counted from *today*:

* ``today`` / ``tomorrow`` / ``yesterday`` and 今天 / 明天 / 后天 / 昨天;
* an offset: ``+3d``, ``3d``, ``-2d``, ``+2w``, ``+1m`` (calendar months; the
  31st becomes the month's last day), ``+1y``; also 3天后 / 2周后 / 1个月后;
* a weekday: ``mon`` … ``sun``, ``monday``, ``next fri``, 周一 … 周日, 星期五,
  下周三 — always the next such day *after* today (on a Monday, ``mon`` is a
  week away: a follow-up is never due the day it is planned by name).

Anything else is None, so :func:`custui.core.validate.parse_date` goes on
with absolute dates (``2026-12-01``, ``2026年12月1日`` …).  Pure; no clock:
the caller passes *today*.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

_NAMED_DAYS = {
    "today": 0, "now": 0, "今天": 0, "今日": 0,
    "tomorrow": 1, "tmr": 1, "明天": 1, "明日": 1,
    "后天": 2, "後天": 2,
    "yesterday": -1, "昨天": -1,
}  # fmt: skip

_WEEKDAYS = {
    **{name: n for n, names in enumerate(
        (("mon", "monday"), ("tue", "tues", "tuesday"), ("wed", "wednesday"), ("thu", "thur", "thurs", "thursday"),
         ("fri", "friday"), ("sat", "saturday"), ("sun", "sunday"))
    ) for name in names},
    **{ch: n for n, ch in enumerate("一二三四五六日")},
    "天": 6,
}  # fmt: skip

_OFFSET = re.compile(
    r"(?P<sign>[+-]?)\s*(?P<n>\d{1,4})\s*(?P<unit>d|day|days|w|wk|week|weeks|m|mo|month|months|y|yr|year|years)"
)
_OFFSET_ZH = re.compile(r"(?P<n>\d{1,4})\s*(?P<unit>天|日|周|星期|个月|月|年)[之以]?后")
_WEEKDAY_EN = re.compile(r"(?:next\s+|this\s+)?(?P<day>[a-z]+)")
_WEEKDAY_ZH = re.compile(r"(?:下个?|这|本)?(?:周|星期|礼拜)(?P<day>[一二三四五六日天])")

_UNIT_DAYS = {"d": 1, "w": 7, "天": 1, "日": 1, "周": 7, "星": 7}


def add_months(day: date, months: int) -> date:
    """*day* moved by whole calendar months, clamped to the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def _offset(today: date, n: int, unit: str) -> date:
    first = unit[0]
    if first in _UNIT_DAYS:
        return today + timedelta(days=n * _UNIT_DAYS[first])
    if first in ("m", "个", "月"):
        return add_months(today, n)
    return add_months(today, 12 * n)  # y / 年


def _next_weekday(today: date, weekday: int) -> date:
    return today + timedelta(days=(weekday - today.weekday() - 1) % 7 + 1)


def relative_date(text: str, today: date) -> date | None:
    """The date *text* names relative to *today*, or None when it is not a relative date."""
    t = " ".join(text.strip().lower().split())
    if not t:
        return None
    if t in _NAMED_DAYS:
        return today + timedelta(days=_NAMED_DAYS[t])
    m = _OFFSET.fullmatch(t)
    if m:
        n = int(m["n"]) * (-1 if m["sign"] == "-" else 1)
        return _offset(today, n, m["unit"])
    m = _OFFSET_ZH.fullmatch(t.replace(" ", ""))
    if m:
        return _offset(today, int(m["n"]), m["unit"])
    m = _WEEKDAY_ZH.fullmatch(t.replace(" ", ""))
    if m:
        return _next_weekday(today, _WEEKDAYS[m["day"]])
    m = _WEEKDAY_EN.fullmatch(t)
    if m and m["day"] in _WEEKDAYS and m["day"].isascii():
        return _next_weekday(today, _WEEKDAYS[m["day"]])
    return None
