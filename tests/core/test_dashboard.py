"""custui.core.dashboard on a small hand-made frame: every number worked out by hand."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from custui.core import dashboard as d

ROWS = [
    # id, code, name, score, tier, segment, segment_label, churn, last_order, monetary, industry, region, size, tags
    (1, "C1", "华创", 92.0, "Strategic", "champions", "Champions 冠军客户", False, date(2026, 11, 1), 500_00, "制造", "广东", 300, ("risk/付款慢", "potential/重点")),
    (2, "C2", "Acme", 75.0, "Core", "loyal", "Loyal 忠诚客户", True, date(2026, 5, 1), 200_00, "製造", "广东", 40, ("potential/重点",)),
    (3, "C3", "远辰", 75.0, "Core", "at_risk", "At risk 流失风险", True, None, 0, "Retail", None, None, ()),
    (4, "C4", "Globex", 40.0, "Basic", "lost", "Lost 流失客户", False, date(2024, 1, 1), 100_00, "retail", "上海", 1200, ("risk/竞品",)),
]  # fmt: skip


@pytest.fixture
def frame() -> pd.DataFrame:
    columns = ["customer_id", "code", "name", "score", "tier", "segment", "segment_label", "churn", "last_order",
               "monetary_minor", "industry", "region", "size", "tag_tuple"]  # fmt: skip
    df = pd.DataFrame(ROWS, columns=columns).set_index("customer_id")
    df["churn_reason"] = ["", "silent 200 days", "never ordered", ""]
    df["tier"] = df["tier"].astype("category")
    df["segment"] = df["segment"].astype("category")
    return df


def test_tier_and_segment_shares(frame: pd.DataFrame) -> None:
    assert [(s.label, s.count, s.share) for s in d.tier_shares(frame)] == [
        ("Strategic", 1, 0.25), ("Core", 2, 0.5), ("Potential", 0, 0.0), ("Basic", 1, 0.25),
    ]  # fmt: skip
    shares = d.segment_shares(frame)
    assert {(s.key, s.label, s.count) for s in shares} == {
        ("champions", "Champions", 1), ("loyal", "Loyal", 1), ("at_risk", "At risk", 1), ("lost", "Lost", 1),
    }  # fmt: skip
    assert d.segment_shares(frame.iloc[:0]) == []


def test_churn_risks_most_valuable_first_and_top_by_score(frame: pd.DataFrame) -> None:
    assert d.churn_risks(frame)["code"].tolist() == ["C2", "C3"]  # equal scores: by code
    assert d.top_customers(frame, 3)["code"].tolist() == ["C1", "C2", "C3"]


@given(
    st.lists(st.tuples(st.integers(0, 6), st.booleans()), max_size=40),
    st.integers(min_value=1, max_value=8),
)
def test_the_best_are_those_of_a_full_sort(rows: list[tuple[int, bool]], limit: int) -> None:
    """Only the rows at the cut-off are taken and sorted: the same customers as sorting them all."""
    frame = pd.DataFrame(
        {"code": [f"C{i:02d}" for i in range(len(rows))], "name": ["x"] * len(rows),
         "tier": ["Core"] * len(rows), "score": [float(score) for score, _ in rows],
         "churn": [churn for _, churn in rows], "last_order": [None] * len(rows),
         "churn_reason": [""] * len(rows)},
        index=pd.Index(range(100, 100 + len(rows)), name="customer_id"),
    )  # fmt: skip
    ranked = frame.sort_values(["score", "code"], ascending=[False, True], kind="stable")
    assert d.top_customers(frame, limit)["code"].tolist() == ranked["code"].head(limit).tolist()
    risky = ranked[ranked["churn"].astype(bool)]["code"].head(limit).tolist()
    assert d.churn_risks(frame, limit)["code"].tolist() == risky


def test_month_series_fills_gaps_with_zero() -> None:
    monthly = pd.DataFrame(
        {"month": ["2026-09", "2026-11"], "orders": [3, 1], "amount_minor": [300, 100]}
    )
    series = d.month_series(monthly, date(2026, 11, 20), months=4)
    assert series.to_dict("list") == {"month": ["2026-08", "2026-09", "2026-10", "2026-11"],
                                      "orders": [0, 3, 0, 1], "amount_minor": [0, 300, 0, 100]}  # fmt: skip
    empty = d.month_series(
        pd.DataFrame(columns=["month", "orders", "amount_minor"]), date(2026, 1, 5), months=2
    )
    assert empty["month"].tolist() == ["2025-12", "2026-01"] and empty["orders"].tolist() == [0, 0]


def test_pivot_counts_folds_spellings_and_counts_each_customer_once_in_totals(
    frame: pd.DataFrame,
) -> None:
    table = d.pivot(frame, "industry", "tier")
    assert table.rows == ["Retail", "制造"] or table.rows == ["retail", "制造"]
    assert table.columns == ["Strategic", "Core", "Basic"]
    made = table.rows[1]
    assert (
        table.value(made, "Strategic") == 1 and table.value(made, "Core") == 1
    )  # 制造 and 製造 are one
    assert table.row_totals == {table.rows[0]: 2, made: 2} and table.total == 4

    by_tag = d.pivot(frame, "tag_category", "size")
    assert by_tag.rows == ["risk", "potential", d.BLANK]
    assert by_tag.columns == ["1-49", "250-999", "1000+", d.BLANK]
    assert by_tag.value("risk", "250-999") == 1 and by_tag.value("potential", "1-49") == 1
    assert by_tag.column_totals["250-999"] == 1  # C1 has two tag categories but is one customer
    assert by_tag.row_totals == {"risk": 2, "potential": 2, d.BLANK: 1}


def test_revenue_pivot_sums_the_scoring_window(frame: pd.DataFrame) -> None:
    table = d.pivot(frame, "tier", "region", "revenue")
    assert table.value("Core", "广东") == 200_00 and table.value("Strategic", "广东") == 500_00
    assert table.total == 800_00
    with pytest.raises(ValueError):
        d.pivot(frame, "tier", "tier")


def test_cell_filters_say_exactly_the_cell(frame: pd.DataFrame) -> None:
    table = d.pivot(frame, "size", "tag_category")
    assert d.cell_filter(table, "250-999", "risk") == "size>=250 size<=999 tag:risk/*"
    assert d.cell_filter(table, "1000+", None) == "size>=1000"
    assert d.cell_filter(table, None, "potential") == "tag:potential/*"
    assert d.cell_filter(table, d.BLANK, "risk") is None
    tiers = d.pivot(frame, "industry", "tier")
    assert d.cell_filter(tiers, "制造", "Core") == "industry=制造 tier:core"
    segments = d.pivot(frame, "segment", "region")
    assert d.cell_filter(segments, "at_risk", "广东") == "segment:at_risk region=广东"
