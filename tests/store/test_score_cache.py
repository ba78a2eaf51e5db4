"""The ranking kept in the file: the same scores back, and stale as soon as anything they read changes,
whichever program changed it."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
import pytest

from custui.core.entries import validate_order
from custui.store import score_cache
from custui.store.db import open_store
from custui.store.scores import load_scoring_config, save_scoring_config, score_book
from custui.store.timeline import add_order
from tests.conftest import add_customer

AS_OF = date(2026, 11, 20)


@pytest.fixture
def book(sample_copy):
    """A copy of the sample book, scored and kept as the app keeps it."""
    store = sample_copy
    changes, settings = score_cache.change_count(store), score_cache.saved_settings(store)
    result = score_book(store, AS_OF)
    score_cache.save(store, result, changes, settings)
    return store, result


def plain(store) -> sqlite3.Connection:
    """The same file through Python's sqlite3 alone: no custui function registered (another program)."""
    return sqlite3.connect(store.path, isolation_level=None)


def test_the_kept_ranking_gives_back_the_same_scores(book) -> None:
    store, result = book
    kept = score_cache.kept(store, AS_OF)
    assert kept == score_cache.KeptRanking(AS_OF, fresh=True)
    back = score_cache.load(store)
    assert back is not None and back.as_of == AS_OF and back.config == result.config
    pd.testing.assert_frame_equal(back.frame, result.frame)
    assert score_cache.ranked_ids(store) == [int(i) for i in result.frame.index]
    first = int(result.frame.index[0])
    row = score_cache.ranked_rows(store, [first])[first]
    assert row["score"] == pytest.approx(float(result.frame.at[first, "score"]))
    assert row["tier"] == result.frame.at[first, "tier"]


@pytest.mark.parametrize(
    "write",
    [
        "UPDATE orders SET amount_minor = amount_minor + 100 WHERE id = (SELECT min(id) FROM orders)",
        (
            "INSERT INTO interactions (customer_id, occurred_at, channel, summary, created_at) "
            "SELECT min(id), '2026-11-19T10:00:00', 'call', 'rang', '2026-11-19' FROM customers"
        ),
        "DELETE FROM customer_tags WHERE (customer_id, tag_id) = (SELECT customer_id, tag_id FROM customer_tags LIMIT 1)",
        "UPDATE contacts SET title = 'CEO' WHERE id = (SELECT min(id) FROM contacts)",
    ],
    ids=["order changed", "call logged", "tag removed", "person changed"],
)
def test_any_programs_write_makes_it_stale(book, write: str) -> None:
    store, _ = book
    with plain(store) as conn:
        assert conn.execute(write).rowcount == 1
    assert score_cache.kept(store, AS_OF) == score_cache.KeptRanking(AS_OF, fresh=False)


def test_a_customer_added_since_comes_last_and_the_ranking_is_stale(book) -> None:
    store, result = book
    new = add_customer(store, {"name": "Nordlicht Handel GmbH", "phone": "+49 30 1234567"})
    assert not score_cache.kept(store, AS_OF).fresh
    assert score_cache.ranked_ids(store) == [*map(int, result.frame.index), new]
    assert new not in score_cache.ranked_rows(store, [new])


def test_a_new_day_makes_it_stale_and_other_settings_unusable(book) -> None:
    store, _ = book
    assert score_cache.kept(store, AS_OF + timedelta(days=1)) == score_cache.KeptRanking(
        AS_OF, fresh=False
    )
    config = load_scoring_config(store)
    dims = config.dimensions
    save_scoring_config(
        store,
        replace(
            config,
            dimensions=(
                replace(dims[0], weight=dims[0].weight + 5),
                replace(dims[1], weight=dims[1].weight - 5),
                *dims[2:],
            ),
        ),
    )
    assert (
        score_cache.kept(store, AS_OF) is None
    )  # weighed otherwise: not the ranking the rep asked for


def test_another_format_is_not_used(book, monkeypatch) -> None:
    store, _ = book
    monkeypatch.setattr(score_cache, "FORMAT", score_cache.FORMAT + 1)
    assert score_cache.kept(store, AS_OF) is None and score_cache.load(store) is None


def test_a_damaged_kept_frame_is_scored_again_not_an_error(book) -> None:
    store, _ = book
    with plain(store) as conn:
        conn.execute("UPDATE score_cache SET frame = x'00ff00ff'")
    assert score_cache.load(store) is None


def test_nothing_is_kept_in_a_read_only_file(sample_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "book.db"
    shutil.copy(sample_file, path)
    open_store(path).close()  # brought to this schema first
    store = open_store(path, read_only=True)
    score_cache.save(store, score_book(store, AS_OF), score_cache.change_count(store), "")
    assert score_cache.kept(store, AS_OF) is None
    store.close()


def test_a_file_from_the_schema_before_keeps_its_data_and_starts_counting(tmp_path: Path) -> None:
    from tests.conftest import old_file

    path = tmp_path / "v7.db"
    conn = old_file(path, 7)
    conn.execute("INSERT INTO customers (code, name, kind, created_at, updated_at) "
                 "VALUES ('C00001', '盛和软件有限公司', 'company', '2026-01-05', '2026-01-05')")  # fmt: skip
    conn.close()
    store = open_store(path)
    assert [r[0] for r in store.query("SELECT name FROM customers")] == ["盛和软件有限公司"]
    assert score_cache.kept(store, AS_OF) is None and score_cache.change_count(store) == 0
    values, errors = validate_order(
        {"ordered_at": "2026-11-19", "amount": "1200", "currency": "CNY"}, AS_OF
    )
    assert not errors
    add_order(store, 1, values)
    assert score_cache.change_count(store) > 0
    store.close()


def test_customers_deleted_or_added_since_leave_the_kept_order_otherwise_as_it_was(book) -> None:
    """The list's first order from a stale ranking: the ranked customers still active, in rank
    order, then those added since by id — what SQLite's join and sort gave before."""
    from custui.store import repo

    store, result = book
    ranked = [int(i) for i in result.frame.index]
    gone = ranked[len(ranked) // 2]
    repo.delete_customer(store, gone)
    first = add_customer(store, {"name": "Nordlicht Handel GmbH", "phone": "+49 30 1234567"})
    second = add_customer(store, {"name": "南风贸易有限公司"})
    assert score_cache.ranked_ids(store) == [i for i in ranked if i != gone] + [first, second]


def test_an_unchanged_rankings_order_is_read_without_the_active_customers(book) -> None:
    store, result = book
    assert score_cache.kept(store, AS_OF).fresh
    assert score_cache.ranked_ids(store, unchanged=True) == score_cache.ranked_ids(store)
    assert score_cache.ranked_ids(store, unchanged=True) == [int(i) for i in result.frame.index]


def test_the_order_is_kept_as_one_array_of_little_endian_ids(book) -> None:
    """v12: the list's first rows read the order in one read, the same on any machine."""
    store, result = book
    ids = [int(i) for i in result.frame.index]
    (blob,) = store.query("SELECT ranked FROM score_cache WHERE id = 1")[0]
    assert blob == b"".join(i.to_bytes(8, "little", signed=True) for i in ids)
    assert score_cache.kept_order(store) == ids


@pytest.mark.parametrize(
    "ranked", [None, b"\x01\x02\x03"], ids=["kept before v12", "damaged array"]
)
def test_without_a_readable_array_the_order_comes_from_the_ranks(book, ranked) -> None:
    store, result = book
    with plain(store) as conn:
        conn.execute("UPDATE score_cache SET ranked = ?", (ranked,))
    assert score_cache.kept_order(store) == [int(i) for i in result.frame.index]
    assert score_cache.ranked_ids(store, unchanged=True) == [int(i) for i in result.frame.index]


def test_a_ranking_kept_with_the_points_columns_still_serves(book) -> None:
    """Rankings kept before the score frame stopped holding its dim_/pts_ columns (worked out on use
    since: custui.core.scoring.points_frame) are used as they are, not scored again."""
    from custui.core.scoring import points_frame

    store, result = book
    older = result.frame.join(points_frame(result))  # as the scorer made it before
    with plain(store) as conn:
        conn.execute("UPDATE score_cache SET frame = ?", (score_cache._frame_bytes(older),))
    assert not score_cache.outdated(store)
    back = score_cache.load(store)
    assert back is not None
    pd.testing.assert_frame_equal(back.frame, result.frame)
    pd.testing.assert_frame_equal(points_frame(back), points_frame(result))
