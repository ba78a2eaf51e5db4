"""custui.core.scoring: hypothesis properties (bounds, row-order independence, rerank)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import numpy as np
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from custui.core.scoring import (
    DEFAULT_CONFIG,
    INPUTS,
    Dimension,
    InputWeight,
    ScoringConfig,
    TierBounds,
    explain,
    interaction_features,
    order_features,
    points_frame,
    rerank,
    score,
)
from custui.core.scoring.config import EXAMPLE_FREQUENCY_BANDS, EXAMPLE_RECENCY_BANDS

AS_OF = date(2024, 2, 29)
SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])

rating = st.one_of(st.none(), st.integers(1, 5))
SENTIMENTS = st.sampled_from(["positive", "neutral", "negative", None])


@st.composite
def books(draw):
    n = draw(st.integers(1, 12))
    ids = draw(st.lists(st.integers(1, 10_000), min_size=n, max_size=n, unique=True))
    customers = pd.DataFrame(
        {
            "id": ids,
            **{
                col: pd.array(draw(st.lists(rating, min_size=n, max_size=n)), dtype="Int64")
                for col in ("need_match", "growth_potential", "strategic", "win_likelihood")
            },
        }
    )
    order_rows = draw(
        st.lists(
            st.tuples(
                st.sampled_from(ids),
                st.integers(-10, 800),  # days before as_of; negative = after it
                st.one_of(st.just(0), st.integers(0, 10**6), st.just(2**53)),
                st.one_of(st.none(), st.integers(-1000, 10**5)),
            ),
            max_size=40,
        )
    )
    orders = pd.DataFrame(
        {
            "customer_id": pd.array([r[0] for r in order_rows], dtype="int64"),
            "ordered_at": [(AS_OF - timedelta(days=r[1])).isoformat() for r in order_rows],
            "amount_minor": pd.array([r[2] for r in order_rows], dtype="int64"),
            "margin_minor": pd.array([r[3] for r in order_rows], dtype="Int64"),
        }
    )
    contact_rows = draw(
        st.lists(
            st.tuples(st.sampled_from(ids), st.integers(-5, 200), st.integers(0, 3), SENTIMENTS),
            max_size=25,
        )
    )
    interactions = pd.DataFrame(
        {
            "customer_id": pd.array([r[0] for r in contact_rows], dtype="int64"),
            "occurred_at": [
                f"{AS_OF - timedelta(days=r[1])}T{9 + r[2]:02d}:00:00" for r in contact_rows
            ],
            "sentiment": pd.Series([r[3] for r in contact_rows], dtype=object),
        }
    )
    return customers, orders, interactions


def _parts(total: int, k: int, draw) -> list[float]:
    cuts = sorted(draw(st.lists(st.integers(0, total), min_size=k - 1, max_size=k - 1)))
    return [float(b - a) for a, b in zip([0, *cuts], [*cuts, total])]


@st.composite
def weight_configs(draw, base: ScoringConfig = DEFAULT_CONFIG):
    """Random weights (summing to 100 at each level), inputs drawn from the whole catalogue."""
    keys = list(INPUTS)
    order = draw(st.permutations(keys))
    sizes = _parts(len(keys) - 4, 4, draw)
    dims, at = [], 0
    dim_weights = _parts(100, 4, draw)
    for d, extra, w in zip(base.dimensions, sizes, dim_weights):
        take = order[at : at + 1 + int(extra)]
        at += 1 + int(extra)
        dims.append(
            Dimension(
                d.key,
                w,
                tuple(InputWeight(k, x) for k, x in zip(take, _parts(100, len(take), draw))),
            )
        )
    lows = sorted(draw(st.lists(st.integers(0, 1000), min_size=3, max_size=3, unique=True)))
    tiers = TierBounds(lows[2] / 10, lows[1] / 10, lows[0] / 10)
    return replace(base, dimensions=tuple(dims), tiers=tiers).validate()


def _score(book, config=DEFAULT_CONFIG):
    customers, orders, interactions = book
    return score(
        customers,
        order_features(orders, AS_OF, config),
        interaction_features(interactions, AS_OF, config),
        AS_OF,
        config,
    )


configs = st.sampled_from(
    [
        DEFAULT_CONFIG,
        replace(DEFAULT_CONFIG, recency=EXAMPLE_RECENCY_BANDS, frequency=EXAMPLE_FREQUENCY_BANDS),
        replace(DEFAULT_CONFIG, segments="cn8"),
    ]
)


@SETTINGS
@given(books(), configs)
def test_scores_within_bounds_and_points_add_up(book, config) -> None:
    result = _score(book, config)
    f = result.frame
    assert len(f) == len(book[0])
    for col in ("r_score", "f_score", "m_score"):
        assert f[col].between(1, 5).all()
    assert f["score"].between(0, 100).all()
    points = points_frame(result)
    pts = points[[c for c in points.columns if c.startswith("pts_")]]
    assert (pts >= 0).all().all()
    assert ((pts.sum(axis=1) * 10).round() == (f["score"] * 10).round()).all()
    values = f[[c for c in f.columns if c.startswith("in_")]]
    assert ((values >= 0) & (values <= 100)).all().all()
    assert f["segment"].notna().all() and f["tier"].notna().all() and f["priority"].notna().all()
    # equal measures always share a score (the tie rule), prospects are 1/1/1
    for measure, col in (
        ("recency_days", "r_score"),
        ("frequency", "f_score"),
        ("monetary_minor", "m_score"),
    ):
        assert (f.groupby(measure, dropna=False)[col].nunique() == 1).all()
    prospects = f[f["segment"] == "prospect"]
    assert (prospects[["r_score", "f_score", "m_score"]] == 1).all().all()
    for cid in f.index[:3]:
        e = explain(result, cid)
        assert e.total == e.score == f.loc[cid, "score"]
        # one customer's points, worked out alone, are those of the whole book's
        assert {d.key: d.points for d in e.dimensions} == {
            d.key: points.at[cid, f"dim_{d.key}"] for d in e.dimensions
        }
        assert {i.key: i.points for d in e.dimensions for i in d.inputs} == {
            i.key: points.at[cid, f"pts_{i.key}"] for d in e.dimensions for i in d.inputs
        }


@SETTINGS
@given(books(), st.randoms(use_true_random=False), configs)
def test_row_order_never_changes_a_result(book, rnd, config) -> None:
    customers, orders, interactions = book

    def shuffled(frame: pd.DataFrame) -> pd.DataFrame:
        idx = list(range(len(frame)))
        rnd.shuffle(idx)
        return frame.iloc[idx].reset_index(drop=True)

    a = _score(book, config).frame
    b = _score((shuffled(customers), shuffled(orders), shuffled(interactions)), config).frame
    pd.testing.assert_frame_equal(a, b)


@SETTINGS
@given(books(), st.data())
def test_orders_and_contacts_after_as_of_change_nothing(book, data) -> None:
    customers, orders, interactions = book
    cid = data.draw(st.sampled_from(list(customers["id"])))
    later = data.draw(st.integers(1, 400))
    future_order = pd.DataFrame(
        {
            "customer_id": pd.array([cid], dtype="int64"),
            "ordered_at": [(AS_OF + timedelta(days=later)).isoformat()],
            "amount_minor": pd.array([10**6], dtype="int64"),
            "margin_minor": pd.array([5], dtype="Int64"),
        }
    )
    future_contact = pd.DataFrame(
        {
            "customer_id": pd.array([cid], dtype="int64"),
            "occurred_at": [f"{AS_OF + timedelta(days=later)}T10:00:00"],
            "sentiment": pd.Series(["negative"], dtype=object),
        }
    )
    a = _score(book).frame
    b = _score(
        (customers, pd.concat([orders, future_order]), pd.concat([interactions, future_contact]))
    ).frame
    pd.testing.assert_frame_equal(a, b)


@SETTINGS
@given(books(), weight_configs())
def test_rerank_equals_a_full_score(book, config) -> None:
    first = _score(book)
    pd.testing.assert_frame_equal(rerank(first, config).frame, _score(book, config).frame)


def test_explanation_numbers_stay_exact_on_a_larger_random_book() -> None:
    rng = np.random.default_rng(7)
    n, k = 400, 3000
    ids = np.arange(1, n + 1)
    orders = pd.DataFrame(
        {
            "customer_id": rng.choice(ids, k),
            "ordered_at": (
                np.datetime64(AS_OF) - rng.integers(-30, 900, k).astype("timedelta64[D]")
            ).astype("datetime64[s]"),
            "amount_minor": rng.integers(0, 10**7, k),
        }
    )
    customers = pd.DataFrame(
        {"strategic": rng.integers(1, 6, n)}, index=pd.Index(ids, name="customer_id")
    )
    res = score(customers, order_features(orders, AS_OF), None, AS_OF)
    totals = np.array([explain(res, c).total for c in res.frame.index[::7]])
    assert (totals == res.frame["score"].to_numpy()[::7]).all()
