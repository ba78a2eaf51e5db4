"""Score history in the file: snapshots from the kept ranking or scored as of a day, one per day,
once a month, and what the movement and the customer screen read back."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from custui import sample
from custui.core import movement as mv
from custui.store import history, score_cache
from custui.store.db import Store, open_store
from custui.store.scores import score_book
from tests.conftest import add_customer

AS_OF = date(2026, 11, 20)


@pytest.fixture(scope="module")
def no_history_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small sample without its month-end snapshots: a book whose history starts here."""
    path = tmp_path_factory.mktemp("no-history") / "sample.db"
    sample.generate(path, customers=60, history_months=0)
    return path


@pytest.fixture
def fresh(no_history_file: Path, tmp_path: Path) -> Iterator[Store]:
    path = tmp_path / "book.db"
    shutil.copy(no_history_file, path)
    store = open_store(path)
    yield store
    store.close()


def test_the_sample_keeps_six_month_ends(sample_copy) -> None:
    assert history.snapshot_days(sample_copy) == [
        date(2026, 5, 31), date(2026, 6, 30), date(2026, 7, 31), date(2026, 8, 31), date(2026, 9, 30),
        date(2026, 10, 31),
    ]  # fmt: skip


def count(store, day: date) -> int:
    return store.tuples("SELECT count(*) FROM score_snapshots WHERE day = ?", (day.isoformat(),))[
        0
    ][0]


def keep_ranking(store, as_of: date = AS_OF):
    changes, settings = score_cache.change_count(store), score_cache.saved_settings(store)
    result = score_book(store, as_of)
    score_cache.save(store, result, changes, settings)
    return result


def test_a_snapshot_taken_twice_on_one_day_is_stored_once(fresh) -> None:
    store = fresh
    first = history.take_snapshot(store, AS_OF)
    assert first.made_from == history.SCORED and first.customers > 50
    assert count(store, AS_OF) == first.customers
    again = history.take_snapshot(store, AS_OF)
    assert again.customers == first.customers
    assert count(store, AS_OF) == first.customers  # replaced, not added
    keep_ranking(store)
    third = history.take_snapshot(store, AS_OF)  # from the kept ranking now: the same rows
    assert third.made_from == history.KEPT and count(store, AS_OF) == first.customers
    assert history.snapshot_days(store) == [AS_OF]


def test_the_kept_ranking_and_scoring_give_the_same_snapshot(sample_copy) -> None:
    store = sample_copy
    history.take_snapshot(store, AS_OF)
    scored = store.tuples("SELECT * FROM score_snapshots ORDER BY customer_id")
    keep_ranking(store)
    assert history.take_snapshot(store, AS_OF).made_from == history.KEPT
    kept = store.tuples("SELECT * FROM score_snapshots ORDER BY customer_id")
    assert [r[:2] + r[3:] for r in kept] == [r[:2] + r[3:] for r in scored]
    assert [r[2] for r in kept] == pytest.approx([r[2] for r in scored])
    tiers = {r[3] for r in kept}
    assert tiers <= set(mv.TIERS) and len(tiers) >= 2


def test_a_past_day_is_scored_as_of_that_day_without_customers_entered_later(sample_copy) -> None:
    from custui.core.entries import validate_order
    from custui.store.timeline import add_order

    store = sample_copy
    newcomer = add_customer(store, {"name": "Later Ltd"})  # entered today, nothing by the past day
    imported = add_customer(store, {"name": "Old Friend GmbH"})  # entered today, with an old order
    order, errors = validate_order({"ordered_at": "2026-06-01", "amount": "900"}, AS_OF)
    assert not errors
    add_order(store, imported, order)
    past = date(2026, 6, 30)
    snap = history.take_snapshot(store, past)
    assert snap.made_from == history.SCORED and snap.day == past
    on_past = history.scores_on(store, past)
    assert newcomer not in on_past and imported in on_past
    expected = score_book(store, past).frame
    some = int(expected.index[0])
    assert on_past[some] == (
        expected.at[some, "tier"],
        pytest.approx(float(expected.at[some, "score"])),
    )
    left_out = set(expected.index.tolist()) - set(on_past)
    assert newcomer in left_out and snap.customers == len(expected) - len(left_out)
    created = dict(store.tuples("SELECT id, substr(created_at, 1, 10) FROM customers"))
    assert all(created[i] > past.isoformat() for i in left_out)
    assert expected.loc[list(left_out), "last_order"].isna().all()


def test_the_monthly_snapshot_is_taken_once_a_month(fresh) -> None:
    store = fresh
    result = keep_ranking(store)
    taken = history.monthly_snapshot(store, result)
    assert taken is not None and taken.made_from == history.KEPT and taken.day == AS_OF
    assert history.monthly_snapshot(store, keep_ranking(store, date(2026, 11, 28))) is None
    december = keep_ranking(store, date(2026, 12, 1))
    assert history.monthly_snapshot(store, december) is not None
    assert history.snapshot_days(store) == [AS_OF, date(2026, 12, 1)]


def test_the_matrix_totals_equal_the_customers_scored_at_both_dates(sample_copy) -> None:
    store = sample_copy
    history.take_snapshot(store, date(2026, 5, 31))
    history.take_snapshot(store, AS_OF)
    before, after = history.tiers_on(store, date(2026, 5, 31)), history.tiers_on(store, AS_OF)
    matrix = mv.movement(before, after)
    both = store.tuples(
        "SELECT count(*) FROM score_snapshots a JOIN score_snapshots b ON a.customer_id = b.customer_id "
        "WHERE a.day = '2026-05-31' AND b.day = '2026-11-20'"
    )[0][0]
    assert matrix.both == both > 0
    assert matrix.moved("up") + matrix.moved("down") > 0  # six months apart, some moved
    rows = history.movement_rows(store, date(2026, 5, 31), AS_OF)
    assert len(rows) == matrix.total
    assert list(rows.columns) == ["code", "name", "tier_from", "tier_to", "score_from", "score_to"]


def test_latest_snapshots_and_a_customers_months(fresh) -> None:
    store = fresh
    for day in (date(2026, 9, 1), date(2026, 9, 15), date(2026, 10, 2), AS_OF):
        history.take_snapshot(store, day)
    assert history.latest_on_or_before(store, date(2026, 9, 30)) == date(2026, 9, 15)
    assert history.latest_on_or_before(store, date(2026, 8, 31)) is None
    assert history.latest_before_month(store, AS_OF) == date(2026, 10, 2)
    some = next(iter(history.tiers_on(store, AS_OF)))
    months = history.monthly_scores(store, some)
    assert [d for d, _ in months] == [date(2026, 9, 15), date(2026, 10, 2), AS_OF]
    assert all(isinstance(s, float) for _, s in months)


def test_a_read_only_book_takes_no_monthly_snapshot(sample_file) -> None:
    from custui.store.db import open_store

    store = open_store(sample_file, read_only=True)
    try:
        assert history.monthly_snapshot(store, score_book(store, AS_OF)) is None
    finally:
        store.close()


def test_the_list_filters_columns_are_kept_for_the_next_filter(sample_copy, monkeypatch) -> None:
    from custui.core.query import FilterError

    store = sample_copy
    frame = score_book(store, AS_OF).frame
    kept: dict = {}
    first = history.with_moved(store, frame, ("moved",), AS_OF, kept)
    assert set(first["moved"]) <= {"up", "down", "same", "new"} and list(kept) == [
        date(2026, 10, 31)
    ]
    assert (first["was"] == "none").sum() == (first["moved"] == "new").sum()
    monkeypatch.setattr(history, "tiers_on", lambda *a: pytest.fail("read the snapshot again"))
    again = history.with_moved(store, frame, ("was", "tier"), AS_OF, kept)
    assert again["moved"].equals(first["moved"])
    assert (
        history.with_moved(store, frame, ("tier",), AS_OF) is frame
    )  # no history field: as it was
    with pytest.raises(FilterError, match="no score history before May 2026"):
        history.with_moved(store, frame, ("moved",), date(2026, 5, 20))
