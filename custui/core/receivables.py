"""Money owed: payment terms, due dates, aging and what each customer owes (pure, no store, no UI).

An order is *settled* once paid: on its ``paid_on`` day, or at an unknown day when ``paid`` is 1
without one (orders paid before terms existed).  It is *open* (owed) while not settled and either
known to be unpaid (``paid`` 0) or given terms (a ``due_on``); an order with neither (``paid``
unknown, no terms: most imported history) is not counted as owed, since nothing says it is.

An open order is due on its ``due_on``, or, without terms, on its order day (payment on delivery).
It is *overdue* from the day after it is due; its days overdue fall in one of four aging buckets:
0–30 (1 to 30 days late), 31–60, 61–90 and 90+.  The buckets add up to the overdue amount.

Amounts are in the base currency, converted by :mod:`custui.core.money` (the store keeps the same
conversion in ``amount_base_minor``).  An order whose currency has no rate is left out of every sum
and counted in ``left_out``, so whoever shows the sums can say so.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from custui.core.money import Rate, to_base
from custui.core.text import fold
from custui.core.validate import FieldInvalid, parse_date, plain_text

#: The terms a rep types most: days from the order day.
COMMON_TERMS = (30, 60, 90)
#: Longest terms accepted, in days (two years).
MAX_TERMS_DAYS = 730
#: Aging buckets by days overdue: (label, first day, last day or None for no end).
BUCKETS: tuple[tuple[str, int, int | None], ...] = (
    ("0–30", 1, 30),
    ("31–60", 31, 60),
    ("61–90", 61, 90),
    ("90+", 91, None),
)
BUCKET_LABELS = tuple(label for label, _, _ in BUCKETS)


# --------------------------------------------------------------------------- terms


def due_after(ordered: date, days: int, *, month_end: bool = False) -> date:
    """The due day of terms of *days* from *ordered* (with *month_end*: from the end of its month,
    as 月结60天 / "60 EOM" mean)."""
    start = ordered
    if month_end:
        start = ordered.replace(day=calendar.monthrange(ordered.year, ordered.month)[1])
    return start + timedelta(days=days)


@dataclass(frozen=True)
class Terms:
    """What a terms text says: a due day, or paid (on a day, or today), or unpaid without terms.

    ``days`` keeps terms given in days (30, 60, 90) so they can be said back; ``due_on`` is then
    the order day plus them.  All fields None: no terms said (blank)."""

    due_on: date | None = None
    paid: bool | None = None
    paid_on: date | None = None
    days: int | None = None
    month_end: bool = False

    def text(self) -> str:
        """How the form shows them again ("30", "2026-12-31", "paid 2026-11-02", "unpaid", "")."""
        if self.paid:
            return f"paid {self.paid_on.isoformat()}" if self.paid_on else "paid"
        if self.days is not None:
            if self.month_end:
                return f"月结{self.days}"
            return "cod" if self.days == 0 else str(self.days)
        if self.due_on is not None:
            return self.due_on.isoformat()
        return "unpaid" if self.paid is False else ""


_PAID_WORDS = frozenset(
    fold(w)
    for w in (
        "paid",
        "yes",
        "y",
        "true",
        "1",
        "settled",
        "已付",
        "已付款",
        "付清",
        "已付清",
        "已结",
        "已结清",
        "已收款",
        "已回款",
        "是",
        "✓",
        "√",
    )
)
_UNPAID_WORDS = frozenset(
    fold(w)
    for w in (
        "unpaid",
        "no",
        "n",
        "false",
        "0",
        "open",
        "owed",
        "未付",
        "未付款",
        "欠款",
        "未结",
        "未结清",
        "未收款",
        "未回款",
        "否",
        "✗",
        "×",
    )
)
_ON_DELIVERY_WORDS = frozenset(
    fold(w)
    for w in ("cod", "cash", "now", "on delivery", "现结", "现款", "款到发货", "货到付款", "现金")
)
_DAYS = re.compile(
    r"(?:net\s*|n|账期\s*)?(?P<n>\d{1,4})\s*(?:d|days?|天|日)?"
    r"|(?P<eom>月结|eom\s*)(?P<m>\d{1,4})\s*(?:d|days?|天|日)?"
    r"|(?P<m2>\d{1,4})\s*(?:d|days?|天|日)?\s*eom",
    re.IGNORECASE,
)


def paid_word(raw: object) -> bool | None:
    """A paid / not paid column's cell: True, False, None when blank; FieldInvalid otherwise."""
    text = fold(plain_text(raw))
    if not text:
        return None
    if text in _PAID_WORDS:
        return True
    if text in _UNPAID_WORDS:
        return False
    raise FieldInvalid(f"Not paid or unpaid: {text[:30]} (yes / no, 已付 / 未付)")


def parse_terms(raw: object, ordered: date, today: date) -> Terms:
    """Terms as a rep types them, for an order of *ordered*: ``30`` / ``60d`` / ``net 90`` / ``60天``
    (days from the order day), ``月结60`` / ``60 EOM`` (from the end of its month), a due day
    (``2026-12-31``, ``+2w``…), ``cod`` / ``现结`` (due on the order day), ``paid`` / ``已付`` (paid
    today) or ``paid 2026-11-02``, ``unpaid`` / ``未付`` (owed, no terms).  Blank: no terms."""
    text = plain_text(raw)
    folded = fold(text)
    if not folded:
        return Terms()
    if folded in _PAID_WORDS:
        return Terms(paid=True, paid_on=today)
    if folded in _UNPAID_WORDS:
        return Terms(paid=False)
    if folded in _ON_DELIVERY_WORDS:
        return Terms(due_on=ordered, paid=False, days=0)
    for word in ("已付款", "paid", "已付", "付清"):
        if folded.startswith(word) and folded[len(word) :].strip():
            day = _day(text[len(word) :].strip(" :：,"), today)
            if day > today:
                raise FieldInvalid(f"Paid on {day.isoformat()}: that is after today.")
            return Terms(paid=True, paid_on=day)
    m = _DAYS.fullmatch(folded.strip())
    if m is not None:
        month_end = m["n"] is None
        days = int(m["n"] or m["m"] or m["m2"])
        if days > MAX_TERMS_DAYS:
            raise FieldInvalid(f"Terms of {days} days: at most {MAX_TERMS_DAYS}.")
        due = due_after(ordered, days, month_end=month_end)
        return Terms(due_on=due, paid=False, days=days, month_end=month_end)
    try:
        due = _day(text, today)
    except FieldInvalid:
        raise FieldInvalid(
            f"Not terms: {text[:30]} (30 · 60 · 90 days, 月结60, a due date, paid, unpaid)"
        ) from None
    if due < ordered:
        raise FieldInvalid(f"Due {due.isoformat()}: before the order day {ordered.isoformat()}.")
    return Terms(due_on=due, paid=False)


def _day(text: str, today: date) -> date:
    day = parse_date(text, today=today)
    if day is None:
        raise FieldInvalid("A day is missing.")
    return day


def terms_of(ordered: date, due_on: date | None, paid: bool | None, paid_on: date | None) -> Terms:
    """The stored columns of an order as :class:`Terms` (days said back when they are 30, 60 or 90)."""
    if paid:
        return Terms(due_on=due_on, paid=True, paid_on=paid_on)
    days = (due_on - ordered).days if due_on is not None else None
    return Terms(due_on=due_on, paid=paid, days=days if days in COMMON_TERMS or days == 0 else None)


# --------------------------------------------------------------------------- one order


@dataclass(frozen=True)
class Receivable:
    """One order as money owed reads it."""

    order_id: int
    customer_id: int
    ordered_on: date
    amount_minor: int
    currency: str
    #: The amount in the base currency; None when its currency has no rate on its day.
    amount_base_minor: int | None
    due_on: date | None = None
    paid: bool | None = None
    paid_on: date | None = None

    @property
    def due(self) -> date:
        """The day it is due: its terms' day, else its order day (payment on delivery)."""
        return self.due_on or self.ordered_on

    def settled(self, as_of: date) -> bool:
        """Paid by *as_of* (a paid order without a day counts as paid whenever asked)."""
        if self.paid_on is not None:
            return self.paid_on <= as_of
        return self.paid is True

    def is_open(self, as_of: date) -> bool:
        """Owed on *as_of*: not settled, and known to be unpaid or given terms."""
        if self.settled(as_of):
            return False
        return self.paid is not None or self.due_on is not None

    def days_overdue(self, as_of: date) -> int:
        """Days past its due day on *as_of* (0 while not yet due or once settled)."""
        if not self.is_open(as_of):
            return 0
        return max(0, (as_of - self.due).days)

    def pay(self, day: date) -> Receivable:
        """The same order paid on *day*."""
        return replace(self, paid=True, paid_on=day)


def bucket_of(days_overdue: int) -> int | None:
    """The aging bucket (index into BUCKETS) of *days_overdue*; None when not overdue."""
    if days_overdue <= 0:
        return None
    for index, (_, first, last) in enumerate(BUCKETS):
        if days_overdue >= first and (last is None or days_overdue <= last):
            return index
    raise AssertionError("the buckets cover every day overdue")


def with_base(orders: Iterable[Receivable], base: str, rates: Sequence[Rate]) -> list[Receivable]:
    """The orders with their base amounts converted by core.money (None where no rate holds)."""
    return [
        replace(o, amount_base_minor=to_base(o.amount_minor, o.currency, o.ordered_on, base, rates))
        for o in orders
    ]


# --------------------------------------------------------------------------- per customer


@dataclass(frozen=True)
class Owed:
    """What one customer owes on a day, in the base currency."""

    customer_id: int
    open_minor: int = 0
    overdue_minor: int = 0
    #: The overdue amount by aging bucket (BUCKETS' order); they add up to ``overdue_minor``.
    buckets: tuple[int, int, int, int] = (0, 0, 0, 0)
    #: The earliest due day among the open orders counted (None when none).
    oldest_due: date | None = None
    open_orders: int = 0
    overdue_orders: int = 0
    #: Open orders left out of the sums: their currency has no rate on their day.
    left_out: int = 0

    @property
    def not_due_minor(self) -> int:
        return self.open_minor - self.overdue_minor

    def days_late(self, as_of: date) -> int:
        """Days the oldest open order is past due (0 when none is)."""
        return max(0, (as_of - self.oldest_due).days) if self.oldest_due else 0


@dataclass
class _Sums:
    open_minor: int = 0
    overdue_minor: int = 0
    buckets: list[int] = field(default_factory=lambda: [0, 0, 0, 0])
    oldest_due: date | None = None
    open_orders: int = 0
    overdue_orders: int = 0
    left_out: int = 0


def owed_by_customer(orders: Iterable[Receivable], as_of: date) -> dict[int, Owed]:
    """Each customer with an open order on *as_of*: what it owes, overdue, by bucket, oldest due.

    Customers whose open orders are all left out (no rate) are there too, with zero sums and
    ``left_out`` saying how many orders were not counted."""
    sums: dict[int, _Sums] = {}
    for order in orders:
        if not order.is_open(as_of):
            continue
        s = sums.setdefault(order.customer_id, _Sums())
        if order.amount_base_minor is None:
            s.left_out += 1
            continue
        amount = order.amount_base_minor
        s.open_minor += amount
        s.open_orders += 1
        s.oldest_due = order.due if s.oldest_due is None else min(s.oldest_due, order.due)
        bucket = bucket_of(order.days_overdue(as_of))
        if bucket is not None:
            s.overdue_minor += amount
            s.overdue_orders += 1
            s.buckets[bucket] += amount
    return {
        cid: Owed(
            cid,
            s.open_minor,
            s.overdue_minor,
            (s.buckets[0], s.buckets[1], s.buckets[2], s.buckets[3]),
            s.oldest_due,
            s.open_orders,
            s.overdue_orders,
            s.left_out,
        )
        for cid, s in sums.items()
    }


def ranked(owed: Iterable[Owed]) -> list[Owed]:
    """Most overdue first, then most owed, then oldest due, then customer id (stable for a report)."""
    return sorted(
        owed,
        key=lambda o: (-o.overdue_minor, -o.open_minor, o.oldest_due or date.max, o.customer_id),
    )


def totals(owed: Iterable[Owed]) -> Owed:
    """The sum of many customers' (customer_id 0; oldest_due the earliest of them)."""
    t = _Sums()
    for o in owed:
        t.open_minor += o.open_minor
        t.overdue_minor += o.overdue_minor
        t.buckets = [a + b for a, b in zip(t.buckets, o.buckets, strict=True)]
        if o.oldest_due is not None:
            t.oldest_due = o.oldest_due if t.oldest_due is None else min(t.oldest_due, o.oldest_due)
        t.open_orders += o.open_orders
        t.overdue_orders += o.overdue_orders
        t.left_out += o.left_out
    return Owed(0, t.open_minor, t.overdue_minor, (t.buckets[0], t.buckets[1], t.buckets[2], t.buckets[3]),
                t.oldest_due, t.open_orders, t.overdue_orders, t.left_out)  # fmt: skip


# --------------------------------------------------------------------------- paying on time


@dataclass(frozen=True)
class Punctuality:
    """How one customer paid the orders due by a day: the payment score input's facts."""

    #: Orders with a due day before *as_of* whose outcome is known (paid on a known day, or unpaid).
    due: int = 0
    #: Of those, paid on or before their due day.
    on_time: int = 0
    #: Σ days late over the late ones (an unpaid one is late until *as_of*).
    late_days: int = 0

    @property
    def late(self) -> int:
        return self.due - self.on_time

    @property
    def share(self) -> float | None:
        return self.on_time / self.due if self.due else None

    @property
    def average_days_late(self) -> float | None:
        return self.late_days / self.late if self.late else None


def punctuality(order: Receivable, as_of: date) -> Punctuality:
    """One order's part in :class:`Punctuality` on *as_of* (all zero when it does not count).

    It counts once it has terms (``due_on``) and either was paid on a known day by *as_of* (on time
    when paid by its due day), or is still unpaid after its due day.  A paid order without a day
    paid, and one not yet due, or due today and unpaid, do not count."""
    due = order.due_on
    if due is None or due > as_of:
        return Punctuality()
    if order.paid_on is not None and order.paid_on <= as_of:
        late = max(0, (order.paid_on - due).days)
        return Punctuality(1, int(late == 0), late)
    if order.paid and order.paid_on is None:
        return Punctuality()
    if as_of > due:
        return Punctuality(1, 0, (as_of - due).days)
    return Punctuality()


def punctuality_by_customer(orders: Iterable[Receivable], as_of: date) -> dict[int, Punctuality]:
    """:func:`punctuality` summed per customer (customers with nothing counted are left out)."""
    out: dict[int, Punctuality] = {}
    for order in orders:
        p = punctuality(order, as_of)
        if p.due:
            s = out.get(order.customer_id, Punctuality())
            out[order.customer_id] = Punctuality(
                s.due + p.due, s.on_time + p.on_time, s.late_days + p.late_days
            )
    return out
