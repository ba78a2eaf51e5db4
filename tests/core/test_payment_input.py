"""The payment score input 付款及时性 (issue 22): share of orders paid by their due date; `w` explains
it, and the explanation adds up to the points it gives."""

from __future__ import annotations

import re
from datetime import date

import pandas as pd
import pytest

from custui.core.scoring import DEFAULT_CONFIG, INPUTS, explain, order_features, points_frame, score

AS_OF = date(2026, 11, 20)
#: Relationship stability 20 % of the score; payment 25 % of it: 5 % of the whole score.
WEIGHTS = {
    "relationship_stability": {
        "tenure": 40.0,
        "regularity": 20.0,
        "sentiment": 15.0,
        "payment": 25.0,
    }
}


def _book() -> tuple[pd.DataFrame, pd.DataFrame]:
    customers = pd.DataFrame({"id": [1, 2, 3, 4]})
    orders = pd.DataFrame(
        [
            # 1: three due, two on time, one paid 10 days late; one not due yet
            (1, "2026-06-01", "2026-07-01", 1, "2026-06-28"),
            (1, "2026-07-01", "2026-07-31", 1, "2026-07-31"),
            (1, "2026-08-01", "2026-08-31", 1, "2026-09-10"),
            (1, "2026-11-01", "2026-12-01", 0, None),
            # 2: one paid on time, one unpaid 20 days past due
            (2, "2026-09-01", "2026-10-01", 1, "2026-09-15"),
            (2, "2026-10-01", "2026-10-31", 0, None),
            # 3: orders without terms, or paid on a day not known: nothing to count
            (3, "2026-09-01", None, 1, None),
            (3, "2026-09-01", "2026-10-01", 1, None),
            # 4: due today, not paid yet: not late yet
            (4, "2026-10-21", "2026-11-20", 0, None),
        ],
        columns=["customer_id", "ordered_at", "due_on", "paid", "paid_on"],
    )
    orders["amount_minor"] = 100_00
    return customers, order_features(orders, AS_OF)


def test_payment_is_offered_at_weight_zero_and_changes_nothing() -> None:
    assert INPUTS["payment"].default_weight == 0.0
    assert INPUTS["payment"].label == "Payment 付款及时性"
    customers, feats = _book()
    plain = score(customers, feats, None, AS_OF)
    assert points_frame(plain)["pts_payment"].eq(0).all()
    assert plain.frame.loc[[1, 2, 3, 4], "in_payment"].round(6).tolist() == [
        pytest.approx(200 / 3), 50.0, 50.0, 50.0,  # 3 and 4: neutral
    ]  # fmt: skip


def test_the_features_count_what_is_due() -> None:
    _, feats = _book()
    got = feats[["payment_due_n", "payment_on_time_n", "payment_late_days"]]
    assert got.loc[1].tolist() == [3, 2, 10]
    assert got.loc[2].tolist() == [2, 1, 20]
    assert got.loc[3].tolist() == [0, 0, 0]
    assert got.loc[4].tolist() == [0, 0, 0]


@pytest.mark.parametrize(
    ("customer", "said"),
    [
        (1, "2 of 3 orders paid by the due date (67%), the late ones 10 days late on average"),
        (2, "1 of 2 orders paid by the due date (50%), the late ones 20 days late on average"),
        (3, "— (no order with terms due yet, counted 50)"),
    ],
)
def test_w_explains_it_and_the_explanation_adds_up(customer: int, said: str) -> None:
    customers, feats = _book()
    config = DEFAULT_CONFIG.with_weights(inputs=WEIGHTS).validate()
    result = score(customers, feats, None, AS_OF, config)
    one = explain(result, customer)
    item = next(i for d in one.dimensions for i in d.inputs if i.key == "payment")
    assert item.raw == said
    assert item.rated == (customer != 3)
    # the sentence's counts give the value, and the value × the weight gives the points
    m = re.match(r"(\d+) of (\d+) order", item.raw)
    value = 100.0 * int(m[1]) / int(m[2]) if m else config.neutral
    assert item.value == pytest.approx(value, abs=1e-6)
    assert item.weight == pytest.approx(5.0)
    assert item.points == pytest.approx(round(value * item.weight / 100.0, 1), abs=0.051)
    line = next(x for x in one.lines() if x.startswith("  Payment 付款及时性"))
    assert line.endswith(f"{round(value, 1):g}/100 → {item.points:.1f}")
    assert one.total == one.score
