"""custui.core.scoring.rescore: one change re-scored alone must give exactly a full re-score.

Quintile scores and the cn8 medians rank a customer against the whole book, so one customer's
change can move others' scores.  These books are small and full of ties (a few amounts, a few
days), so bounds and medians move often; every change is compared frame for frame with ``score``
over the changed book, one change on top of the other as the app chains them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import numpy as np
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from custui.core.scoring import (
    DEFAULT_CONFIG,
    Band,
    Dimension,
    InputWeight,
    MeasureRule,
    ScoringConfig,
    interaction_features,
    order_features,
    score,
)
from custui.core.scoring.config import EXAMPLE_FREQUENCY_BANDS, EXAMPLE_RECENCY_BANDS
from custui.core.scoring.patch import FramePatch
from custui.core.scoring.rescore import Rescored, rescore
from custui.core.scoring.result import ScoreResult
from tests.core.test_id_positions import has_lookup_table

AS_OF = date(2024, 2, 29)
RATINGS = ("need_match", "growth_potential", "strategic", "win_likelihood")
#: margin counts (10 % of the current value), so the margin quintiles move scores too
WITH_MARGIN = replace(
    DEFAULT_CONFIG,
    dimensions=(
        Dimension("current_value", 40.0, (InputWeight("recency", 30.0), InputWeight("frequency", 30.0),
                                          InputWeight("monetary", 30.0), InputWeight("margin", 10.0))),
        *DEFAULT_CONFIG.dimensions[1:],
    ),
).validate()  # fmt: skip
#: cn8 on fixed bands: the medians are the only book-wide part left
MEDIANS_ONLY = replace(
    DEFAULT_CONFIG, segments="cn8", recency=EXAMPLE_RECENCY_BANDS, frequency=EXAMPLE_FREQUENCY_BANDS,
    monetary=MeasureRule("thresholds", (Band(400, 5), Band(200, 3)), 1),
).validate()  # fmt: skip
CONFIGS = [
    DEFAULT_CONFIG,
    replace(DEFAULT_CONFIG, segments="cn8"),
    MEDIANS_ONLY,
    replace(DEFAULT_CONFIG, recency=EXAMPLE_RECENCY_BANDS, frequency=EXAMPLE_FREQUENCY_BANDS),
    WITH_MARGIN,
]


class Book:
    """Raw rows of a small book, changed as the store would change them."""

    def __init__(self) -> None:
        self.customers: dict[int, dict[str, int | None]] = {}
        self.gone: dict[int, dict[str, int | None]] = {}
        self.orders: list[tuple[int, int, int, int | None]] = []  # id, days back, amount, margin
        self.contacts: list[tuple[int, int, str | None]] = []  # id, days back, sentiment

    def frames(
        self, ids: list[int] | None = None
    ) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
        """The customer frame and the raw order and contact rows of the active customers (of *ids*)."""
        active = (
            sorted(self.customers) if ids is None else sorted(i for i in ids if i in self.customers)
        )
        customers = pd.DataFrame(
            {c: pd.array([self.customers[i][c] for i in active], dtype="Int64") for c in RATINGS},
            index=pd.Index(np.array(active, dtype=np.int64), name="customer_id"),
        )
        orders = [o for o in self.orders if o[0] in set(active)]
        contacts = [c for c in self.contacts if c[0] in set(active)]
        order_rows = pd.DataFrame({
            "customer_id": pd.array([o[0] for o in orders], dtype="int64"),
            "ordered_at": [(AS_OF - timedelta(days=o[1])).isoformat() for o in orders],
            "amount_minor": pd.array([o[2] for o in orders], dtype="int64"),
            "margin_minor": pd.array([o[3] for o in orders], dtype="Int64"),
        })  # fmt: skip
        contact_rows = pd.DataFrame({
            "customer_id": pd.array([c[0] for c in contacts], dtype="int64"),
            "occurred_at": [(AS_OF - timedelta(days=c[1])).isoformat() for c in contacts],
            "sentiment": pd.Series([c[2] for c in contacts], dtype=object),
        })  # fmt: skip
        return customers, order_rows, contact_rows

    def scored(
        self, config: ScoringConfig, ids: list[int] | None = None
    ) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
        customers, orders, contacts = self.frames(ids)
        return (
            customers,
            order_features(orders, AS_OF, config),
            interaction_features(contacts, AS_OF, config),
        )


AMOUNTS = st.sampled_from([0, 100, 200, 300, 500])
DAYS = st.sampled_from([0, 3, 40, 200, 400])
rating = st.one_of(st.none(), st.integers(1, 5))


@st.composite
def books(draw: st.DrawFn) -> Book:
    book = Book()
    for i in range(1, draw(st.integers(1, 14)) + 1):
        book.customers[i] = {c: draw(rating) for c in RATINGS}
    ids = sorted(book.customers)
    for _ in range(draw(st.integers(0, 30))):
        margin = draw(st.one_of(st.none(), st.sampled_from([10, 20, 50])))
        book.orders.append((draw(st.sampled_from(ids)), draw(DAYS), draw(AMOUNTS), margin))
    for _ in range(draw(st.integers(0, 15))):
        sentiment = draw(st.sampled_from(["positive", "neutral", "negative", None]))
        book.contacts.append((draw(st.sampled_from(ids)), draw(DAYS), sentiment))
    return book


CHANGES = ("order", "contact", "ratings", "delete", "restore", "new", "order removed")


def change(book: Book, kind: str, pick: int, data: st.DataObject) -> int | None:
    """Change one customer of *book* as *kind* says; its id (None when nothing could change)."""
    active = sorted(book.customers)
    if kind == "restore":
        if not book.gone:
            return None
        cid = sorted(book.gone)[pick % len(book.gone)]
        book.customers[cid] = book.gone.pop(cid)
        return cid
    if kind == "new":
        cid = max([*book.customers, *book.gone, 0]) + 1
        book.customers[cid] = {c: data.draw(rating) for c in RATINGS}
        return cid
    if not active:
        return None
    cid = active[pick % len(active)]
    if kind == "order":
        margin = data.draw(st.one_of(st.none(), st.sampled_from([10, 20, 50])))
        book.orders.append((cid, data.draw(DAYS), data.draw(AMOUNTS), margin))
    elif kind == "contact":
        sentiment = data.draw(st.sampled_from(["positive", "negative", None]))
        book.contacts.append((cid, data.draw(DAYS), sentiment))
    elif kind == "ratings":
        book.customers[cid] = {c: data.draw(rating) for c in RATINGS}
    elif kind == "delete":
        book.gone[cid] = book.customers.pop(cid)
    elif kind == "order removed":
        mine = [i for i, o in enumerate(book.orders) if o[0] == cid]
        if mine:
            del book.orders[mine[0]]
    return cid


def rescored(result: ScoreResult, book: Book, cid: int, config: ScoringConfig) -> Rescored:
    done = rescore(result, [cid], book.scored(config, [cid]))
    assert done is not None
    return done


def assert_exact(done: Rescored, book: Book, config: ScoringConfig) -> None:
    full = score(*book.scored(config), AS_OF, config)
    pd.testing.assert_frame_equal(done.result.frame, full.frame)
    assert done.result.meta == full.meta or _same_meta(done.result.meta, full.meta)
    rows = full.frame.loc[done.rows.index].sort_index()
    pd.testing.assert_frame_equal(done.rows.drop(columns="rank"), rows.drop(columns="rank"))
    pd.testing.assert_frame_equal(done.result.sources[0], full.sources[0], check_dtype=False)


def _same_meta(a: dict[str, object], b: dict[str, object]) -> bool:
    return a["n"] == b["n"] and np.allclose(
        list(a["medians"].values()), list(b["medians"].values()), equal_nan=True, rtol=0, atol=0
    )


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    book=books(),
    config=st.sampled_from(CONFIGS),
    steps=st.lists(st.tuples(st.sampled_from(CHANGES), st.integers(0, 99)), min_size=1, max_size=6),
    look=st.lists(st.booleans(), min_size=6, max_size=6),
    data=st.data(),
)
def test_changes_one_after_another_score_as_a_full_re_score(
    book: Book,
    config: ScoringConfig,
    steps: list[tuple[str, int]],
    look: list[bool],
    data: st.DataObject,
) -> None:
    """Orders, contacts, ratings, deletes, restores and new customers, each re-scored on the last
    result (whose frame is read or left unread, so patches build on patches)."""
    result = score(*book.scored(config), AS_OF, config)
    for (kind, pick), read in zip(steps, look):
        cid = change(book, kind, pick, data)
        if cid is None:
            continue
        done = rescored(result, book, cid, config)
        if read:
            assert_exact(done, book, config)
        result = done.result
    full = score(*book.scored(config), AS_OF, config)
    pd.testing.assert_frame_equal(result.frame, full.frame)


def test_one_order_moves_the_others_monetary_scores() -> None:
    """Five customers, one order each, 100…500: M is 1…5.  The smallest buying 600 more makes it
    the biggest and moves everyone else's M down one: all five are scored again, exactly."""
    book = Book()
    for i in range(1, 6):
        book.customers[i] = dict.fromkeys(RATINGS)
        book.orders.append((i, 3, 100 * i, None))
    result = score(*book.scored(DEFAULT_CONFIG), AS_OF, DEFAULT_CONFIG)
    assert result.frame["m_score"].sort_index().tolist() == [1, 2, 3, 4, 5]
    book.orders.append((1, 3, 600, None))
    done = rescored(result, book, 1, DEFAULT_CONFIG)
    assert done.rows.index.tolist() == [1, 2, 3, 4, 5]
    assert done.rows["m_score"].tolist() == [5, 1, 2, 3, 4]
    # the result keeps their ids, not their ~55 columns of rows: the ranked frame scores them again
    patch = done.result.frame_source
    assert isinstance(patch, FramePatch) and patch.scored.tolist() == [1, 2, 3, 4, 5]
    frames = [v for v in vars(patch).values() if isinstance(v, pd.DataFrame)]
    assert len(frames) == 1 and frames[0] is patch.base
    assert_exact(done, book, DEFAULT_CONFIG)
    # the list asks for its own columns alone: the same rows, no others beside them
    listed = rescore(result, [1], book.scored(DEFAULT_CONFIG, [1]), ["score", "m_score", "tier"])
    assert listed is not None and listed.rows.columns.tolist() == ["score", "m_score", "tier"]
    pd.testing.assert_frame_equal(listed.rows, done.rows[["score", "m_score", "tier"]])
    # the kept inputs are found by binary search: no pandas lookup table left on them
    assert not any(
        has_lookup_table(f.index) for f in done.result.kept_inputs().base if f is not None
    )


def test_one_order_moves_a_customer_across_the_median() -> None:
    """cn8 on fixed bands: money 100…500, median 300.  The smallest buying 500 more moves the
    median to 400, and the customer at 400 is no longer "M high": it is re-scored too."""
    book = Book()
    for i in range(1, 6):
        book.customers[i] = dict.fromkeys(RATINGS)
        book.orders.append((i, 3, 100 * i, None))
    result = score(*book.scored(MEDIANS_ONLY), AS_OF, MEDIANS_ONLY)
    book.orders.append((1, 3, 500, None))
    done = rescored(result, book, 1, MEDIANS_ONLY)
    assert done.rows.index.tolist() == [1, 4]
    assert_exact(done, book, MEDIANS_ONLY)


def test_a_change_that_moves_no_bound_re_scores_that_customer_alone() -> None:
    book = Book()
    for i in range(1, 11):
        book.customers[i] = dict.fromkeys(RATINGS)
        book.orders.append((i, 3, 100 * i, None))
    result = score(*book.scored(DEFAULT_CONFIG), AS_OF, DEFAULT_CONFIG)
    book.contacts.append((4, 0, "positive"))
    done = rescored(result, book, 4, DEFAULT_CONFIG)
    assert done.rows.index.tolist() == [4]
    assert_exact(done, book, DEFAULT_CONFIG)


def test_a_delete_and_a_restore() -> None:
    book = Book()
    for i in range(1, 8):
        book.customers[i] = dict.fromkeys(RATINGS)
        book.orders.append((i, 3 * i, 100 * i, None))
    result = score(*book.scored(DEFAULT_CONFIG), AS_OF, DEFAULT_CONFIG)
    book.gone[5] = book.customers.pop(5)
    done = rescored(result, book, 5, DEFAULT_CONFIG)
    assert done.removed.tolist() == [5] and 5 not in done.result.frame.index
    assert_exact(done, book, DEFAULT_CONFIG)
    book.customers[5] = book.gone.pop(5)
    back = rescored(done.result, book, 5, DEFAULT_CONFIG)
    assert back.removed.tolist() == [] and 5 in back.rows.index
    assert_exact(back, book, DEFAULT_CONFIG)
    pd.testing.assert_frame_equal(back.result.frame, result.frame)


def test_a_result_without_inputs_cannot_be_rescored() -> None:
    book = Book()
    book.customers[1] = dict.fromkeys(RATINGS)
    full = score(*book.scored(DEFAULT_CONFIG), AS_OF, DEFAULT_CONFIG)
    kept = ScoreResult(full.frame, full.config, full.as_of, full.meta)
    assert rescore(kept, [1], book.scored(DEFAULT_CONFIG, [1])) is None
