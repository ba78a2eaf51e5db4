"""custui.core.scoring: hand-computed cases that pin every boundary of issue 3."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta

import numpy as np
import pandas as pd
import pytest

from custui.core.scoring import (
    DEFAULT_CONFIG,
    Band,
    ConfigError,
    Dimension,
    InputWeight,
    MeasureRule,
    ScoringConfig,
    TierBounds,
    explain,
    interaction_features,
    needs_rescore,
    order_features,
    points_frame,
    rerank,
    score,
    segment_rules,
    tier_of,
)
from custui.core.scoring.config import EXAMPLE_FREQUENCY_BANDS, EXAMPLE_RECENCY_BANDS
from custui.core.scoring.segments import SegmentContext, assign

AS_OF = date(2024, 6, 30)


def ago(days: int) -> str:
    return (AS_OF - timedelta(days=days)).isoformat()


def orders_frame(rows: list[tuple[int, int, int]]) -> pd.DataFrame:
    """rows: (customer_id, days before AS_OF, amount_minor)."""
    return pd.DataFrame(
        {
            "customer_id": [r[0] for r in rows],
            "ordered_at": [ago(r[1]) for r in rows],
            "amount_minor": [r[2] for r in rows],
        }
    )


def customers_frame(ids, **ratings) -> pd.DataFrame:
    data = {"id": list(ids)}
    for col, values in ratings.items():
        data[col] = pd.array(values, dtype="Int64")
    return pd.DataFrame(data)


def run(rows, ids=None, interactions=None, config=DEFAULT_CONFIG, customers=None):
    orders = orders_frame(rows)
    if customers is None:
        customers = customers_frame(ids if ids is not None else sorted({r[0] for r in rows}))
    itf = interaction_features(interactions, AS_OF, config) if interactions is not None else None
    return score(customers, order_features(orders, AS_OF, config), itf, AS_OF, config)


# --------------------------------------------------------------------------- RFM definitions


def test_window_is_as_of_minus_364_to_as_of_inclusive() -> None:
    f = run([(1, 365, 1000), (2, 364, 1000), (3, 0, 1000)]).frame
    assert (
        f.loc[1, "frequency"] == 0 and f.loc[1, "monetary_minor"] == 0
    )  # exactly 365 days back: outside
    assert f.loc[2, "frequency"] == 1 and f.loc[2, "monetary_minor"] == 1000  # 364: inside
    assert f.loc[3, "frequency"] == 1  # as_of itself: inside
    assert f.loc[1, "recency_days"] == 365 and f.loc[3, "recency_days"] == 0


def test_orders_after_as_of_are_ignored() -> None:
    base = [(1, 10, 500), (2, 40, 700)]
    with_future = [*base, (1, -1, 99999), (3, -30, 100)]
    a = order_features(orders_frame(base), AS_OF)
    b = order_features(orders_frame(with_future), AS_OF)
    pd.testing.assert_frame_equal(a, b)
    f = run(with_future, ids=[1, 2, 3]).frame
    assert f.loc[3, "segment"] == "prospect"  # only a future order: no orders as of the date


def test_same_day_orders_count_separately_but_gaps_use_distinct_days() -> None:
    of = order_features(orders_frame([(1, 5, 100), (1, 5, 200), (1, 15, 300), (1, 35, 0)]), AS_OF)
    row = of.loc[1]
    assert row["orders_window"] == 4 and row["order_count_total"] == 4
    assert row["order_days_total"] == 3
    assert row["amount_window_minor"] == 600
    assert row["median_gap_days"] == 15.0  # gaps 20 and 10 → mean of the two middles
    assert row["gap_sumsq_days"] == 20**2 + 10**2


def test_zero_amount_order_counts_in_f_not_in_m() -> None:
    f = run([(1, 3, 0), (2, 3, 500)]).frame
    assert f.loc[1, "frequency"] == 1 and f.loc[1, "monetary_minor"] == 0
    assert f.loc[1, "m_score"] == 1
    assert f.loc[1, "segment"] != "prospect"  # a free sample is a real order


def test_customers_without_orders_score_lowest_and_are_prospects() -> None:
    f = run([(1, 3, 500)], ids=[1, 2, 3]).frame
    for cid in (2, 3):
        row = f.loc[cid]
        assert (row["r_score"], row["f_score"], row["m_score"]) == (1, 1, 1)
        assert pd.isna(row["recency_days"])
        assert row["segment"] == "prospect" and row["group"] == "prospect"
        assert row["rfm_cell"] == "111"
    empty = score(customers_frame([7]), None, None, AS_OF).frame
    assert empty.loc[7, "segment"] == "prospect"
    assert score(customers_frame([]), None, None, AS_OF).frame.empty


def test_quintile_tie_rule_by_hand() -> None:
    # M values 1,2,3,4,5,5,7,8,9,10 (N=10): W = 0,1,2,3,4,4,6,7,8,9 → 1+floor(5W/10)
    amounts = [1, 2, 3, 4, 5, 5, 7, 8, 9, 10]
    f = run([(i + 1, 10, a) for i, a in enumerate(amounts)]).frame.sort_index()
    assert f["m_score"].tolist() == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]
    # the tie sits across the 3/4 edge of a positional split; both get 3


def test_ties_across_a_quintile_edge_share_a_score() -> None:
    # 5 customers, F = 1,2,2,2,3: the three 2s straddle the 40 % and 60 % edges
    rows = [(1, 1, 10)] + [(2, d, 10) for d in (1, 2)] + [(3, d, 10) for d in (1, 2)]
    rows += [(4, d, 10) for d in (1, 2)] + [(5, d, 10) for d in (1, 2, 3)]
    f = run(rows).frame.sort_index()
    assert f["f_score"].tolist() == [1, 2, 2, 2, 5]


def test_recency_quintile_no_orders_are_worst() -> None:
    f = run([(1, 0, 1), (2, 10, 1), (3, 10, 1)], ids=[1, 2, 3, 4, 5]).frame
    # W: c1 → 4 (everyone else), c2/c3 → 2 (the two prospects), prospects → 0
    assert f.loc[1, "r_score"] == 1 + 5 * 4 // 5
    assert f.loc[2, "r_score"] == f.loc[3, "r_score"] == 1 + 5 * 2 // 5
    assert f.loc[4, "r_score"] == 1


def test_exact_integer_money_equal_totals_equal_scores() -> None:
    big = 2**53  # float sums would give 2**53 for c1 and 2**53 + 2 for c2
    rows = [
        (1, 1, big),
        (1, 2, 1),
        (1, 3, 1),
        (2, 1, 2),
        (2, 2, big),
        (3, 1, 5),
        (4, 1, 6),
        (5, 1, 7),
    ]
    f = run(rows).frame
    assert f.loc[1, "monetary_minor"] == f.loc[2, "monetary_minor"] == big + 2
    assert f.loc[1, "m_score"] == f.loc[2, "m_score"] == 4


def test_recency_thresholds_day_30_and_31() -> None:
    cfg = replace(DEFAULT_CONFIG, recency=EXAMPLE_RECENCY_BANDS)
    rows = [(1, 30, 1), (2, 31, 1), (3, 90, 1), (4, 91, 1), (5, 0, 1)]
    f = run(rows, ids=[1, 2, 3, 4, 5, 6], config=cfg).frame
    assert [f.loc[i, "r_score"] for i in range(1, 7)] == [5, 3, 3, 1, 5, 1]
    e = explain(run(rows, config=cfg), 2)
    assert e.rfm[0].text == "R=31 days: ≤ 90 days → 3"
    assert explain(run(rows, config=cfg), 4).rfm[0].text == "R=91 days: > 90 days → 1"


def test_frequency_and_monetary_thresholds() -> None:
    money = MeasureRule("thresholds", (Band(1_000_000, 5), Band(100_000, 3)), 1)
    cfg = replace(DEFAULT_CONFIG, frequency=EXAMPLE_FREQUENCY_BANDS, monetary=money)
    counts = {1: 10, 2: 9, 3: 5, 4: 4}
    rows = [(c, d, 0) for c, k in counts.items() for d in range(k)]
    rows += [(5, 1, 1_000_000), (6, 1, 999_999), (7, 1, 100_000), (8, 1, 99_999)]
    f = run(rows, ids=range(1, 10), config=cfg).frame
    assert [f.loc[i, "f_score"] for i in (1, 2, 3, 4, 9)] == [5, 3, 3, 1, 1]
    assert [f.loc[i, "m_score"] for i in (5, 6, 7, 8, 1, 9)] == [5, 3, 3, 1, 1, 1]
    assert explain(run(rows, config=cfg), 2).rfm[1].text == "F=9: ≥ 5 orders → 3"


def test_quintile_reason_in_words() -> None:
    rows = [(i, 1, 10) for i in range(1, 6)] + [(5, 2, 10), (4, 2, 10), (4, 3, 10)]
    e = explain(run(rows), 5)  # F=2; 3 of 5 customers have F=1 → beats 60 %
    assert e.rfm[1].text == "F=2: more orders than 60 % of customers → 4"


# --------------------------------------------------------------------------- segments


def _ctx(
    cells: list[str], new: list[bool] | None = None, has: list[bool] | None = None
) -> SegmentContext:
    r, f, m = (np.array([int(c[i]) for c in cells]) for i in range(3))
    n = len(cells)
    false = np.zeros(n, bool)
    return SegmentContext(
        r=r, f=f, m=m,
        has_orders=np.array(has) if has else np.ones(n, bool),
        is_new=np.array(new) if new else false,
        r_high=false, f_high=false, m_high=false,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("cell", "segment", "group"),
    [
        ("555", "champions", "high_value"),
        ("444", "champions", "high_value"),
        ("543", "loyal", "high_value"),
        ("333", "loyal", "high_value"),
        ("155", "cant_lose", "churn_risk"),
        ("241", "cant_lose", "churn_risk"),
        ("233", "at_risk", "churn_risk"),
        ("113", "at_risk", "churn_risk"),
        ("531", "potential_loyalist", "potential"),
        ("412", "promising", "potential"),
        ("322", "promising", "potential"),
        ("222", "hibernating", "low_value"),
        ("112", "lost", "low_value"),
    ],
)
def test_standard_segment_cells(cell: str, segment: str, group: str) -> None:
    rules = segment_rules(DEFAULT_CONFIG)
    rule = rules[assign(_ctx([cell]), rules)[0]]
    assert (rule.key, rule.group) == (segment, group)


def test_segment_table_order_new_and_prospect_first() -> None:
    rules = segment_rules(DEFAULT_CONFIG)
    got = assign(
        _ctx(["555", "555", "111"], new=[True, False, False], has=[True, True, False]), rules
    )
    assert [rules[i].key for i in got] == ["new", "champions", "prospect"]
    rows = [r.row() for r in rules]
    assert rows[0][0] == "Prospect 未成交客户"
    assert rows[1][2] == "first order within the last 90 days"
    assert rules[-1].condition.startswith("everything else")
    assert {r.group for r in rules} == {
        "prospect",
        "new",
        "high_value",
        "churn_risk",
        "potential",
        "low_value",
    }


def test_new_customer_by_first_order_date() -> None:
    f = run([(1, 90, 10), (2, 91, 10), (2, 5, 10)]).frame
    assert f.loc[1, "segment"] == "new"  # first order exactly 90 days ago is still new
    assert f.loc[2, "segment"] != "new"


def test_cn8_preset_by_medians() -> None:
    cfg = replace(DEFAULT_CONFIG, segments="cn8")
    # recency 5/50/100/200 → median 75; F 3/1/3/1 → median 2; M 900/50/10/800 → median 425
    rows = [(1, 5, 300), (1, 6, 300), (1, 7, 300)]  # recent, F high, M high
    rows += [(2, 50, 50)]  # recent, F low, M low
    rows += [(3, 100, 5), (3, 101, 3), (3, 102, 2)]  # old, F high, M low
    rows += [(4, 200, 800)]  # old, F low, M high
    res = run(rows, ids=[1, 2, 3, 4, 5], config=cfg)
    f = res.frame
    assert (
        f.loc[1, "segment"] == "important_value"
        and f.loc[1, "segment_label"] == "Important value 重要价值客户"
    )
    assert f.loc[2, "segment"] == "general_develop"
    assert f.loc[3, "segment"] == "general_retain"
    assert f.loc[4, "segment"] == "important_winback"
    assert f.loc[5, "segment"] == "prospect"
    assert res.meta["medians"] == {"recency_days": 75.0, "frequency": 2.0, "monetary_minor": 425.0}
    assert [r.label_zh for r in segment_rules(cfg)][1:] == [
        "重要价值客户", "重要发展客户", "重要保持客户", "重要挽留客户",
        "一般价值客户", "一般发展客户", "一般保持客户", "一般挽留客户",
    ]  # fmt: skip


# --------------------------------------------------------------------------- composite


def test_default_weights_add_up() -> None:
    assert sum(d.weight for d in DEFAULT_CONFIG.dimensions) == 100
    for d in DEFAULT_CONFIG.dimensions:
        assert sum(i.weight for i in d.inputs) == 100
    assert abs(sum(DEFAULT_CONFIG.input_weights().values()) - 100) < 1e-9
    assert {d.key: d.weight for d in DEFAULT_CONFIG.dimensions} == {
        "current_value": 40, "growth_potential": 30, "relationship_stability": 20, "strategic_importance": 10,
    }  # fmt: skip


def test_points_add_up_to_the_score_by_hand() -> None:
    customers = customers_frame(
        [1, 2], need_match=[5, None], growth_potential=[4, None], strategic=[3, None]
    )
    res = score(
        customers, order_features(orders_frame([(1, 0, 100), (2, 200, 50)]), AS_OF), None, AS_OF
    )
    row = res.frame.join(points_frame(res)).loc[1]
    # N=2. R: c1 beats c2 → 1+floor(5·1/2)=3 → 50; F: tie at 1 → 1 → 0; M: 3 → 50
    # current value: 12 % × 50 + 12 % × 0 + 16 % × 50 = 6.0 + 0 + 8.0
    assert (row["pts_recency"], row["pts_frequency"], row["pts_monetary"]) == (6.0, 0.0, 8.0)
    assert row["dim_current_value"] == 14.0
    # growth: rating 4 → 75 × 15 % = 11.25 → 11.3; need 5 → 100 × 7.5 % = 7.5; trend +100 % → 100 × 7.5 % = 7.5
    assert (row["pts_growth_rating"], row["pts_need_match"], row["pts_spend_trend"]) == (
        11.3,
        7.5,
        7.5,
    )
    # stability: tenure 0 days → 0; regularity unknown → 50 × 6 % = 3.0; sentiment unknown → 3.0
    assert (row["pts_tenure"], row["pts_regularity"], row["pts_sentiment"]) == (0.0, 3.0, 3.0)
    assert row["pts_strategic_rating"] == 5.0
    assert row["score"] == 51.3  # 14.0 + 26.3 + 6.0 + 5.0
    points = points_frame(res)
    pts = [c for c in points.columns if c.startswith("pts_")]
    dims = [c for c in points.columns if c.startswith("dim_")]
    assert (points[pts].sum(axis=1).round(1) == res.frame["score"]).all()
    assert (points[dims].sum(axis=1).round(1) == res.frame["score"]).all()


def _tenure_only() -> ScoringConfig:
    """Score = years as customer only: value = days / 365.25 / 5 × 100."""
    weights = {
        "current_value": 0,
        "growth_potential": 0,
        "relationship_stability": 0,
        "strategic_importance": 100,
    }
    cfg = DEFAULT_CONFIG.with_weights(weights)
    dims = tuple(
        replace(d, inputs=(InputWeight("regularity", 50.0), InputWeight("sentiment", 50.0)))
        if d.key == "relationship_stability"
        else replace(d, inputs=(InputWeight("tenure", 100.0),))
        if d.key == "strategic_importance"
        else d
        for d in cfg.dimensions
    )
    return replace(cfg, dimensions=dims)


def test_tier_follows_the_displayed_score() -> None:
    cfg = _tenure_only().validate()
    # tenure value = days / 365.25 / 5 × 100: 1643 days → 89.966 → shows 90.0; 1642 → 89.911 → 89.9
    f = run([(1, 1643, 1), (2, 1642, 1), (3, 1278, 1), (4, 1279, 1)], config=cfg).frame
    assert f.loc[1, "score"] == 90.0 and f.loc[1, "tier"] == "Strategic"
    assert f.loc[2, "score"] == 89.9 and f.loc[2, "tier"] == "Core"
    assert f.loc[3, "score"] == 70.0 and f.loc[3, "tier"] == "Core"  # 69.98 shows 70.0
    assert f.loc[4, "score"] == 70.0
    assert tier_of(90.0, DEFAULT_CONFIG) == "Strategic"
    assert tier_of(89.9, DEFAULT_CONFIG) == "Core"
    assert tier_of(70.0, DEFAULT_CONFIG) == "Core"
    assert tier_of(69.9, DEFAULT_CONFIG) == "Potential"
    assert tier_of(50.0, DEFAULT_CONFIG) == "Potential"
    assert tier_of(49.9, DEFAULT_CONFIG) == "Basic"


def test_odd_weights_never_pass_100() -> None:
    dims = tuple(
        Dimension(k, 25.0, (InputWeight(a, 45.0), InputWeight(b, 55.0)))
        for k, (a, b) in zip(
            ["current_value", "growth_potential", "relationship_stability", "strategic_importance"],
            [("recency", "monetary"), ("growth_rating", "need_match"), ("frequency", "win_likelihood"),
             ("strategic_rating", "margin")],
        )
    )  # fmt: skip
    cfg = replace(DEFAULT_CONFIG, dimensions=dims).validate()
    ids = list(range(1, 11))
    five = [5] * 10
    customers = customers_frame(
        ids, need_match=five, growth_potential=five, strategic=five, win_likelihood=five
    )
    rows = [(1, 0, 10_000), (1, 1, 10_000)] + [(i, 300, 1) for i in ids[1:]]
    orders = orders_frame(rows).assign(margin_minor=1000)
    res = score(customers, order_features(orders, AS_OF), None, AS_OF, cfg)
    top = points_frame(res).loc[1]
    assert (
        top["pts_recency"] == 11.2 and top["pts_monetary"] == 13.7
    )  # full marks 11.25 / 13.75 rounded down
    assert res.frame["score"].min() >= 0 and res.frame["score"].max() <= 100


def test_priority_is_tier_times_urgency() -> None:
    cfg = DEFAULT_CONFIG
    assert [cfg.priority_of(t, False) for t in ("Strategic", "Core", "Potential", "Basic")] == [
        "S",
        "A",
        "B",
        "C",
    ]
    assert [cfg.priority_of(t, True) for t in ("Strategic", "Core", "Potential", "Basic")] == [
        "S",
        "S",
        "A",
        "C",
    ]


# --------------------------------------------------------------------------- churn


def _every_41_days(silent: int) -> list[tuple[int, int, int]]:
    return [(1, silent + 41 * k, 1000) for k in range(4)]


def test_churn_by_own_cadence_with_reason() -> None:
    res = run([*_every_41_days(97), (2, 1, 10)])
    row = res.frame.loc[1]
    assert row["median_gap_days"] == 41 and row["recency_days"] == 97
    assert bool(row["churn"]) is True
    assert row["churn_reason"] == "usually orders every 41 days; silent 97 days"
    assert not res.frame.loc[2, "churn"] and pd.isna(res.frame.loc[2, "churn_reason"])
    # limit = max(2 × 41, 41 + 30) = 82 days: 82 is fine, 83 is not
    assert not run(_every_41_days(82)).frame.loc[1, "churn"]
    assert run(_every_41_days(83)).frame.loc[1, "churn"]
    # short gaps: the 30-day floor decides (gap 10 → limit 40)
    short = [(1, 41 + 10 * k, 1) for k in range(3)]
    assert (
        run(short).frame.loc[1, "churn"]
        and not run([(1, 40 + 10 * k, 1) for k in range(3)]).frame.loc[1, "churn"]
    )
    # fewer than 3 order days: no cadence to judge
    assert not run([(1, 500, 1), (1, 400, 1)]).frame.loc[1, "churn"]


def _contacts(rows: list[tuple[int, str | None]]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "customer_id": [1] * len(rows),
            "occurred_at": [ago(d) + "T10:00:00" for d, _ in rows],
            "sentiment": [s for _, s in rows],
        }
    )


def test_churn_by_negative_contacts_with_reason() -> None:
    orders = [(1, 5, 100), (2, 5, 100)]
    res = run(
        orders,
        interactions=_contacts(
            [(1, "negative"), (2, "positive"), (3, "negative"), (4, "positive")]
        ),
    )
    assert res.frame.loc[1, "churn"]
    assert res.frame.loc[1, "churn_reason"] == "2 of the last 3 contacts negative"
    # the two negatives are the 3rd and 4th latest: only one is among the last 3
    quiet = run(
        orders,
        interactions=_contacts(
            [(1, "positive"), (2, "positive"), (3, "negative"), (4, "negative")]
        ),
    )
    assert not quiet.frame.loc[1, "churn"]
    # negatives older than 90 days do not count; unrated contacts are skipped
    old = run(
        orders,
        interactions=_contacts([(1, None), (89, "negative"), (90, "negative"), (95, "negative")]),
    )
    assert not old.frame.loc[1, "churn"] and old.frame.loc[1, "recent_negatives"] == 1
    two = run(orders, interactions=_contacts([(1, "negative"), (2, None), (3, "negative")]))
    assert two.frame.loc[1, "churn_reason"] == "2 of the last 2 contacts negative"


def test_churn_reasons_combine_and_raise_priority() -> None:
    res = run(
        [*_every_41_days(97), (2, 1, 10)],
        interactions=_contacts([(1, "negative"), (2, "negative")]),
    )
    row = res.frame.loc[1]
    assert (
        row["churn_reason"]
        == "usually orders every 41 days; silent 97 days; 2 of the last 2 contacts negative"
    )
    assert row["priority"] == DEFAULT_CONFIG.priority_of(str(row["tier"]), True)


def test_interaction_features_by_hand() -> None:
    inter = pd.DataFrame(
        {
            "customer_id": [1, 1, 1, 1, 2],
            "occurred_at": [ago(0), ago(30), ago(120), ago(-3), ago(10)],
            "sentiment": ["positive", "negative", "negative", "negative", None],
            "done": [0, 1, 0, 0, 0],
            "next_action_due": [ago(-7), ago(-1), ago(60), None, None],
        }
    )
    itf = interaction_features(inter, AS_OF)
    one = itf.loc[1]
    # weights 1 (today) and 0.5 (30 days, half-life 30): (100 + 0.5 × 0) / 1.5
    assert one["sentiment_score"] == pytest.approx(100 / 1.5)
    assert one["sentiment_n"] == 2 and one["contacts_window"] == 2
    assert one["last_contact"] == pd.Timestamp(AS_OF)
    assert one["next_action_due"] == pd.Timestamp(AS_OF - timedelta(days=60))  # overdue, still open
    assert itf.loc[2, "sentiment_n"] == 0 and pd.isna(itf.loc[2, "sentiment_score"])


# --------------------------------------------------------------------------- config


def test_json_round_trip() -> None:
    assert ScoringConfig.from_json(DEFAULT_CONFIG.to_json()) == DEFAULT_CONFIG
    custom = replace(
        DEFAULT_CONFIG.with_weights(
            {"current_value": 50, "growth_potential": 20}, {"current_value": {"margin": 0.0}}
        ),
        recency=EXAMPLE_RECENCY_BANDS,
        monetary=MeasureRule("thresholds", (Band(500_000, 5), Band(10_000, 2)), 1),
        tiers=TierBounds(85, 60, 40.5),
        segments="cn8",
        neutral=40.0,
    ).validate()
    text = custom.to_json()
    assert json.loads(text)["version"] == 1
    assert ScoringConfig.from_json(text) == custom
    assert ScoringConfig.from_json("{}") == DEFAULT_CONFIG  # missing keys take defaults


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda c: c.with_weights({"current_value": 35}),
            "Dimension weights add up to 95 %, not 100 %.",
        ),
        (
            lambda c: c.with_weights(inputs={"growth_potential": {"need_match": 15}}),
            "Weights inside Growth potential 成长潜力 add up to 90 %, not 100 %.",
        ),
        (lambda c: replace(c, tiers=TierBounds(70, 70, 50)), "Tier bounds must go down"),
        (lambda c: replace(c, tiers=TierBounds(120, 70, 50)), "between 0 and 100"),
        (
            lambda c: replace(c, recency=MeasureRule("thresholds", (Band(90, 5), Band(30, 3)))),
            "Recency: thresholds must go up",
        ),
        (
            lambda c: replace(c, frequency=MeasureRule("thresholds", (Band(5, 3), Band(10, 5)))),
            "Frequency: thresholds must go down",
        ),
        (
            lambda c: replace(c, frequency=MeasureRule("thresholds", (Band(10, 3), Band(5, 5)))),
            "Frequency: a smaller value cannot score higher",
        ),
        (
            lambda c: replace(c, monetary=MeasureRule("thresholds", (Band(100, 6),))),
            "whole numbers from 1 to 5",
        ),
        (lambda c: replace(c, recency=MeasureRule("thresholds")), "at least one band"),
        (
            lambda c: replace(c, recency=MeasureRule("ntile")),
            "method must be 'quintile' or 'thresholds'",
        ),
        (lambda c: replace(c, segments="rfm11"), "Unknown segment preset 'rfm11'"),
        (lambda c: c.with_weights(inputs={"growth_potential": {"recency": 0.0}}), "is used twice"),
        (
            lambda c: c.with_weights({"current_value": -10, "growth_potential": 80}),
            "must be between 0 and 100 %",
        ),
    ],
)
def test_config_validation_messages(change, message: str) -> None:
    with pytest.raises(ConfigError) as err:
        change(DEFAULT_CONFIG).validate()
    assert message in str(err.value)


def test_rounding_tolerance_on_weights() -> None:
    cfg = DEFAULT_CONFIG.with_weights({"current_value": 40.005})
    assert cfg.validate() is cfg
    with pytest.raises(ConfigError):
        DEFAULT_CONFIG.with_weights({"current_value": 40.02}).validate()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{not json", "not valid JSON"),
        ('{"version": 9}', "saved by a newer custui"),
        ('{"colour": 1}', "Unknown setting 'scoring settings.colour'"),
        ('{"tiers": {"core": "high"}}', "'scoring settings.tiers.core' must be a number"),
        ('{"dimensions": {"current_value": {"weight": 100}}}', "inputs' is missing"),
        ("[]", "must be an object"),
    ],
)
def test_bad_json_is_refused_in_plain_words(text: str, message: str) -> None:
    with pytest.raises(ConfigError) as err:
        ScoringConfig.from_json(text)
    assert message in str(err.value)


# --------------------------------------------------------------------------- explanation, rerank


def _random_book(seed: int, n: int = 60):
    rng = np.random.default_rng(seed)
    ids = np.arange(1, n + 1)
    k = n * 4
    orders = pd.DataFrame(
        {
            "customer_id": rng.choice(ids[: n - 5], k),
            "ordered_at": [ago(int(d)) for d in rng.integers(-20, 900, k)],
            "amount_minor": rng.integers(0, 50_000, k),
            "margin_minor": pd.array(
                np.where(rng.random(k) < 0.5, rng.integers(-500, 5000, k), 0), dtype="Int64"
            ),
        }
    )
    orders.loc[rng.random(k) < 0.5, "margin_minor"] = pd.NA

    def rating():
        return pd.array([None if v == 0 else int(v) for v in rng.integers(0, 6, n)], dtype="Int64")

    customers = pd.DataFrame(
        {
            "id": ids,
            "need_match": rating(),
            "growth_potential": rating(),
            "strategic": rating(),
            "win_likelihood": rating(),
        }
    )
    inter = pd.DataFrame(
        {
            "customer_id": rng.choice(ids, k),
            "occurred_at": [ago(int(d)) + "T09:00:00" for d in rng.integers(-5, 200, k)],
            "sentiment": rng.choice(
                np.array(["positive", "neutral", "negative", None], dtype=object), k
            ),
        }
    )
    return customers, orders, inter


def test_explanation_totals_equal_the_score_for_every_customer() -> None:
    customers, orders, inter = _random_book(3)
    cfg = DEFAULT_CONFIG.with_weights(inputs={"current_value": {"monetary": 30.0, "margin": 10.0}})
    res = score(
        customers, order_features(orders, AS_OF), interaction_features(inter, AS_OF), AS_OF, cfg
    )
    for cid in res.frame.index:
        e = explain(res, cid)
        assert e.total == e.score == res.frame.loc[cid, "score"]
        assert sum(round(d.points * 10) for d in e.dimensions) == round(e.score * 10)
        assert len(e.lines()) > 5
    unrated = res.frame.index[res.frame["need_match"].isna()][0]
    need = next(
        i for d in explain(res, unrated).dimensions for i in d.inputs if i.key == "need_match"
    )
    assert need.raw == "— (not rated, counted 50)" and need.rated is False and need.value == 50


def test_rerank_matches_score_and_falls_back_when_needed() -> None:
    customers, orders, inter = _random_book(5)
    of, itf = order_features(orders, AS_OF), interaction_features(inter, AS_OF)
    res = score(customers, of, itf, AS_OF)
    cfg = DEFAULT_CONFIG.with_weights(
        {
            "current_value": 20,
            "growth_potential": 20,
            "relationship_stability": 30,
            "strategic_importance": 30,
        },
        {"growth_potential": {"growth_rating": 30, "win_likelihood": 20}},
    )
    cfg = replace(cfg, tiers=TierBounds(60, 40, 20)).validate()
    assert not needs_rescore(DEFAULT_CONFIG, cfg)
    pd.testing.assert_frame_equal(
        rerank(res, cfg).frame, score(customers, of, itf, AS_OF, cfg).frame
    )
    other = replace(cfg, recency=EXAMPLE_RECENCY_BANDS)
    assert needs_rescore(DEFAULT_CONFIG, other)
    pd.testing.assert_frame_equal(
        rerank(res, other).frame, score(customers, of, itf, AS_OF, other).frame
    )


def test_result_is_ranked_with_competition_ranks() -> None:
    customers, orders, _inter = _random_book(9)
    f = score(customers, order_features(orders, AS_OF), None, AS_OF).frame
    assert f["score"].is_monotonic_decreasing
    first = f.groupby("score", sort=False)["rank"].transform("min")
    assert (f["rank"] == first).all()
    assert f["rank"].iloc[0] == 1
    assert list(f.index) == sorted(f.index, key=lambda c: (-f.loc[c, "score"], c))


def test_feature_frames_accept_iso_text_and_nulls_from_a_sql_twin() -> None:
    customers, orders, _inter = _random_book(11)
    of = order_features(orders, AS_OF)
    twin = pd.DataFrame(
        {
            "customer_id": of.index,
            "first_order": of["first_order"].dt.strftime("%Y-%m-%d"),
            "last_order": of["last_order"].dt.strftime("%Y-%m-%d"),
            **{c: of[c] for c in of.columns if c not in ("first_order", "last_order")},
        }
    ).reset_index(drop=True)
    # SQL SUM over no rows is NULL: the scorer reads NULL counts and sums as 0
    twin["amount_prior_minor"] = (
        twin["amount_prior_minor"].where(twin["amount_prior_minor"] > 0).astype("float64")
    )
    twin["orders_window"] = twin["orders_window"].where(twin["orders_window"] > 0).astype("Int64")
    assert twin.attrs == {}
    pd.testing.assert_frame_equal(
        score(customers, of, None, AS_OF).frame, score(customers, twin, None, AS_OF).frame
    )


def test_feature_frames_must_match_the_as_of_and_windows() -> None:
    of = order_features(orders_frame([(1, 3, 5)]), AS_OF)
    with pytest.raises(ValueError, match="another as-of date"):
        score(customers_frame([1]), of, None, AS_OF + timedelta(days=1))
    wider = replace(DEFAULT_CONFIG, window_days=730)
    with pytest.raises(ValueError, match="other window settings"):
        score(customers_frame([1]), of, None, AS_OF, wider)
    itf = interaction_features(_contacts([(1, "negative")]), AS_OF)
    with pytest.raises(ValueError, match="Interaction features"):
        score(
            customers_frame([1]),
            of,
            itf,
            AS_OF,
            replace(
                DEFAULT_CONFIG, sentiment=replace(DEFAULT_CONFIG.sentiment, half_life_days=7.0)
            ),
        )
    res = score(customers_frame([1]), of, None, AS_OF)
    with pytest.raises(ValueError, match="compute the features again"):
        rerank(res, wider)


def test_core_scoring_stays_pure() -> None:
    import subprocess
    import sys

    code = "import sys, custui.core.scoring; print(' '.join(sys.modules))"
    loaded = set(
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    assert not {"textual", "sqlite3", "sqlite_utils", "custui.store", "custui.tui"} & loaded
