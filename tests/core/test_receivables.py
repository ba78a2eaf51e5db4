"""Money owed (issue 22): terms, due days, aging buckets and per-customer sums, at month ends and leap days."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custui.core.money import Rate
from custui.core.receivables import (
    BUCKETS,
    Owed,
    Receivable,
    Terms,
    bucket_of,
    due_after,
    owed_by_customer,
    parse_terms,
    punctuality,
    punctuality_by_customer,
    ranked,
    terms_of,
    totals,
    with_base,
)
from custui.core.validate import FieldInvalid

TODAY = date(2026, 11, 20)


def order(
    ordered: date,
    amount: int = 100_00,
    *,
    due: date | None = None,
    paid: bool | None = False,
    paid_on: date | None = None,
    customer: int = 1,
    order_id: int = 1,
    base: int | str | None = "same",
) -> Receivable:
    return Receivable(order_id, customer, ordered, amount, "CNY", amount if base == "same" else base,  # type: ignore[arg-type]
                      due, paid, paid_on)  # fmt: skip


# -- due days from terms -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ordered", "days", "due"),
    [
        (date(2028, 2, 29), 30, date(2028, 3, 30)),  # a leap day plus 30
        (date(2028, 2, 29), 60, date(2028, 4, 29)),
        (date(2028, 2, 29), 90, date(2028, 5, 29)),
        (date(2028, 1, 30), 30, date(2028, 2, 29)),  # lands on the leap day
        (date(2027, 1, 30), 30, date(2027, 3, 1)),  # no leap day that year
        (date(2026, 1, 31), 30, date(2026, 3, 2)),  # a month end plus 30 days is not a month end
        (date(2026, 12, 31), 30, date(2027, 1, 30)),  # across the year
        (date(2026, 11, 20), 0, date(2026, 11, 20)),
    ],
)
def test_due_after_days_counts_calendar_days(ordered, days, due):
    assert due_after(ordered, days) == due
    assert parse_terms(f"{days}d", ordered, TODAY).due_on == due


@pytest.mark.parametrize(
    ("ordered", "days", "due"),
    [
        (date(2026, 1, 15), 30, date(2026, 3, 2)),  # 31 Jan + 30
        (date(2028, 2, 3), 30, date(2028, 3, 30)),  # from the leap day 29 Feb
        (date(2027, 2, 28), 60, date(2027, 4, 29)),
        (date(2026, 12, 31), 60, date(2027, 3, 1)),
    ],
)
def test_month_end_terms_start_at_the_end_of_the_order_month(ordered, days, due):
    assert due_after(ordered, days, month_end=True) == due
    assert parse_terms(f"月结{days}天", ordered, TODAY).due_on == due
    assert parse_terms(f"{days} EOM", ordered, TODAY).due_on == due


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("30", Terms(date(2026, 12, 10), False, None, 30)),
        ("60d", Terms(date(2027, 1, 9), False, None, 60)),
        ("net 90", Terms(date(2027, 2, 8), False, None, 90)),
        ("60天", Terms(date(2027, 1, 9), False, None, 60)),
        ("账期30天", Terms(date(2026, 12, 10), False, None, 30)),
        ("2026-12-31", Terms(date(2026, 12, 31), False)),
        ("paid", Terms(paid=True, paid_on=TODAY)),
        ("已付", Terms(paid=True, paid_on=TODAY)),
        ("Paid 2026-11-02", Terms(paid=True, paid_on=date(2026, 11, 2))),
        ("unpaid", Terms(paid=False)),
        ("未付", Terms(paid=False)),
        ("现结", Terms(date(2026, 11, 10), False, None, 0)),
        ("", Terms()),
    ],
)
def test_terms_as_typed(text, terms):
    assert parse_terms(text, date(2026, 11, 10), TODAY) == terms


@pytest.mark.parametrize(
    "text", ["soon", "2026-11-01", "paid 2026-12-01", "1000 days", "31/02/2026"]
)
def test_terms_that_do_not_read_are_refused_in_plain_words(text):
    with pytest.raises(FieldInvalid):
        parse_terms(text, date(2026, 11, 10), TODAY)


def test_terms_are_said_back_as_typed():
    ordered = date(2026, 11, 10)
    for text in ("30", "60", "90", "2026-12-31", "paid 2026-11-02", "unpaid", ""):
        terms = parse_terms(text, ordered, TODAY)
        again = terms_of(ordered, terms.due_on, terms.paid, terms.paid_on)
        assert again.text() == text, text


# -- aging ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("days", "bucket"),
    [
        (-5, None),
        (0, None),
        (1, 0),
        (30, 0),
        (31, 1),
        (60, 1),
        (61, 2),
        (90, 2),
        (91, 3),
        (4000, 3),
    ],
)
def test_bucket_edges(days, bucket):
    assert bucket_of(days) == bucket


@pytest.mark.parametrize(
    ("due", "as_of", "days", "bucket"),
    [
        (date(2028, 2, 29), date(2028, 3, 30), 30, 0),  # due on the leap day, 30 days on
        (date(2028, 2, 29), date(2028, 3, 31), 31, 1),
        (date(2028, 1, 31), date(2028, 2, 29), 29, 0),
        (date(2027, 1, 31), date(2027, 3, 31), 59, 1),  # Jan 31 to Mar 31: 28 + 31 days
        (date(2028, 1, 31), date(2028, 3, 31), 60, 1),  # with the leap day: 60
        (date(2028, 1, 1), date(2028, 3, 31), 90, 2),
        (date(2027, 1, 1), date(2027, 3, 31), 89, 2),
        (date(2026, 12, 31), date(2027, 3, 31), 90, 2),
        (date(2026, 12, 30), date(2027, 3, 31), 91, 3),
        (date(2026, 11, 30), date(2026, 11, 30), 0, None),  # due today: not overdue yet
    ],
)
def test_days_overdue_at_month_ends_and_leap_days(due, as_of, days, bucket):
    o = order(due - timedelta(days=30), due=due)
    assert o.days_overdue(as_of) == days
    owed = owed_by_customer([o], as_of)[1]
    assert owed.open_minor == 100_00
    assert owed.overdue_minor == (0 if bucket is None else 100_00)
    assert owed.buckets == tuple(100_00 if i == bucket else 0 for i in range(len(BUCKETS)))


def test_what_is_open():
    ordered = date(2026, 10, 1)
    assert order(ordered, paid=False).is_open(TODAY)  # unpaid, no terms: due on its day
    assert order(ordered, paid=None, due=date(2026, 11, 1)).is_open(TODAY)  # terms, paid unknown
    assert not order(ordered, paid=None).is_open(TODAY)  # nothing says it is owed
    assert not order(ordered, paid=True).is_open(TODAY)  # paid on a day not known
    paid_later = order(ordered, paid=True, paid_on=date(2026, 11, 25))
    assert paid_later.is_open(TODAY) and not paid_later.is_open(date(2026, 11, 25))
    assert order(ordered, paid=False).days_overdue(TODAY) == 50  # due on the order day


def test_sums_per_customer_leave_out_orders_without_a_rate():
    orders = [
        order(date(2026, 9, 1), 300_00, due=date(2026, 10, 1), order_id=1),  # 50 days overdue
        order(date(2026, 11, 1), 200_00, due=date(2026, 12, 1), order_id=2),  # not due yet
        order(date(2026, 11, 1), 999_00, due=date(2026, 11, 2), order_id=3, base=None),  # no rate
        order(date(2026, 11, 1), 50_00, paid=True, order_id=4),
        order(date(2026, 5, 1), 70_00, order_id=5, customer=2),  # 203 days
    ]
    owed = owed_by_customer(orders, TODAY)
    assert owed[1] == Owed(1, 500_00, 300_00, (0, 300_00, 0, 0), date(2026, 10, 1), 2, 1, 1)
    assert owed[1].not_due_minor == 200_00 and owed[1].days_late(TODAY) == 50
    assert owed[2].buckets == (0, 0, 0, 70_00)
    assert [o.customer_id for o in ranked(owed.values())] == [1, 2]
    total = totals(owed.values())
    assert (total.open_minor, total.overdue_minor, total.left_out) == (570_00, 370_00, 1)


def test_base_amounts_come_from_core_money():
    rates = [Rate("USD", Decimal("7.10")), Rate("USD", Decimal("7.25"), date(2026, 10, 1))]
    usd = Receivable(1, 1, date(2026, 9, 30), 100_00, "USD", None, paid=False)
    later = Receivable(2, 1, date(2026, 10, 1), 100_00, "USD", None, paid=False)
    jpy = Receivable(3, 1, date(2026, 10, 1), 100_00, "JPY", None, paid=False)
    converted = with_base([usd, later, jpy], "CNY", rates)
    assert [o.amount_base_minor for o in converted] == [710_00, 725_00, None]
    assert owed_by_customer(converted, TODAY)[1].left_out == 1


# -- paying on time ------------------------------------------------------------------------------


def test_punctuality_counts_orders_due_with_a_known_outcome():
    due = date(2026, 10, 31)
    ordered = date(2026, 10, 1)
    assert punctuality(order(ordered, due=due, paid=True, paid_on=due), TODAY).on_time == 1
    late = punctuality(order(ordered, due=due, paid=True, paid_on=date(2026, 11, 10)), TODAY)
    assert (late.due, late.on_time, late.late_days) == (1, 0, 10)
    unpaid = punctuality(order(ordered, due=due), TODAY)
    assert (unpaid.due, unpaid.on_time, unpaid.late_days) == (1, 0, 20)
    assert punctuality(order(ordered, due=TODAY), TODAY).due == 0  # due today: may still pay
    assert punctuality(order(ordered, due=date(2026, 12, 1)), TODAY).due == 0  # not due yet
    assert punctuality(order(ordered, due=due, paid=True), TODAY).due == 0  # paid, day unknown
    assert punctuality(order(ordered), TODAY).due == 0  # no terms
    # paid after the as-of day: unpaid then
    then = punctuality(order(ordered, due=due, paid=True, paid_on=TODAY), date(2026, 11, 5))
    assert (then.due, then.on_time, then.late_days) == (1, 0, 5)


# -- invariants ----------------------------------------------------------------------------------

days = st.dates(min_value=date(2024, 1, 1), max_value=date(2029, 12, 31))


@st.composite
def receivables(draw: st.DrawFn) -> list[Receivable]:
    out = []
    for n in range(draw(st.integers(0, 12))):
        ordered = draw(days)
        terms = draw(st.none() | st.integers(0, 120))
        due = None if terms is None else ordered + timedelta(days=terms)
        paid = draw(st.sampled_from([None, False, True]))
        paid_on = draw(st.none() | days) if paid else None
        base = (
            draw(st.none() | st.integers(0, 10**9)) if n % 5 == 4 else draw(st.integers(0, 10**9))
        )
        out.append(
            Receivable(
                n, draw(st.integers(1, 3)), ordered, base or 0, "CNY", base, due, paid, paid_on
            )
        )
    return out


@settings(max_examples=300, deadline=None)
@given(receivables(), days)
def test_buckets_add_up_to_what_is_overdue(orders, as_of):
    owed = owed_by_customer(orders, as_of)
    for o in owed.values():
        assert sum(o.buckets) == o.overdue_minor
        assert 0 <= o.overdue_minor <= o.open_minor
        assert o.overdue_orders <= o.open_orders
    total = totals(owed.values())
    assert sum(total.buckets) == total.overdue_minor == sum(o.overdue_minor for o in owed.values())


@settings(max_examples=300, deadline=None)
@given(receivables(), days, st.data())
def test_paying_an_order_never_raises_what_is_owed(orders, as_of, data):
    if not orders:
        return
    index = data.draw(st.integers(0, len(orders) - 1))
    paid_day = data.draw(st.dates(min_value=date(2023, 1, 1), max_value=as_of))  # paid by then
    after = [o.pay(paid_day) if i == index else o for i, o in enumerate(orders)]
    before, now = owed_by_customer(orders, as_of), owed_by_customer(after, as_of)
    for cid, o in now.items():
        b = before.get(cid, Owed(cid))
        assert o.open_minor <= b.open_minor
        assert o.overdue_minor <= b.overdue_minor
        assert all(x <= y for x, y in zip(o.buckets, b.buckets, strict=True))


@settings(max_examples=200, deadline=None)
@given(receivables(), days)
def test_punctuality_is_a_share(orders, as_of):
    for p in punctuality_by_customer(orders, as_of).values():
        assert 0 <= p.on_time <= p.due and p.late_days >= 0
        assert p.share is not None and 0.0 <= p.share <= 1.0
        assert (p.late_days == 0) == (p.late == 0)
