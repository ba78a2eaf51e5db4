"""The store's scoring reads (custui.store.scores) against the core's own definitions."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from custui import sample
from custui.core.scoring import (
    DEFAULT_CONFIG,
    ChurnRule,
    ConfigError,
    ScoringConfig,
    SentimentRule,
    interaction_features,
    order_features,
)
from custui.store import repo, scores
from custui.store.db import Store, StoreError, open_store

ANCHOR = sample.ANCHOR
ACTIVE = "c.deleted_at IS NULL AND c.merged_into IS NULL"
NOW = "2026-11-20T00:00:00+00:00"


@pytest.fixture
def book(sample_file: Path, tmp_path: Path) -> Store:
    """A copy of the sample made messy: deleted and merged customers, deleted rows,
    timestamps with offsets, same-day and future orders, old open actions."""
    path = tmp_path / "book.db"
    shutil.copy(sample_file, path)
    store = open_store(path)
    ids = [r[0] for r in store.query("SELECT id FROM customers ORDER BY id")]
    with store.transaction() as conn:
        conn.execute("UPDATE customers SET deleted_at = ? WHERE id = ?", (NOW, ids[0]))
        conn.execute("UPDATE customers SET merged_into = ? WHERE id = ?", (ids[2], ids[1]))
        conn.execute("UPDATE orders SET deleted_at = ? WHERE id % 7 = 0", (NOW,))
        conn.execute("UPDATE interactions SET deleted_at = ? WHERE id % 11 = 0", (NOW,))
        conn.execute("UPDATE interactions SET sentiment = NULL WHERE id % 5 = 0")
        add_order = "INSERT INTO orders (customer_id, ordered_at, amount_minor, margin_minor, created_at) VALUES (?, ?, ?, ?, ?)"
        for cid, at, amount, margin in [
            (ids[3], "2026-03-05T23:30:00+08:00", 12345, None),
            (ids[3], "2026-03-05", 0, -500),  # same day, zero amount, negative margin
            (ids[3], "2026-03-05T08:00", 99, 1),
            (ids[4], "2027-01-01", 5000, 100),  # after the as-of day
            (ids[5], "2025-11-21", 777, None),  # exactly 365 days back: outside the window
            (ids[5], "2025-11-22", 888, 5),  # 364 days back: inside
            (ids[0], "2026-11-01", 10**9, 1),  # deleted customer
            (ids[1], "2026-11-01", 10**9, 1),  # merged-away customer
        ]:
            conn.execute(add_order, (cid, at, amount, margin, NOW))
        add_terms = (
            "INSERT INTO orders (customer_id, ordered_at, amount_minor, due_on, paid, paid_on, created_at) "
            "VALUES (?, ?, 100, ?, ?, ?, ?)"
        )
        for cid, at, due, paid, paid_on in [
            (ids[3], "2026-01-05", "2026-02-04", 1, "2026-02-20"),  # paid 16 days late
            (ids[3], "2026-10-01", "2026-10-31", 0, None),  # unpaid, overdue
            (ids[5], "2026-11-01", "2026-11-20", 0, None),  # due on the as-of day: may still pay
            (ids[5], "2026-09-01", "2026-10-01", 1, None),  # paid, day not known
            (ids[6], "2026-09-01", "not a day", 0, None),
            (ids[6], "2026-09-01", "2026-10-01T00:00", 1, "2026-12-01"),  # paid after the as-of day
            (ids[6], "2026-09-01", None, None, None),
        ]:
            conn.execute(add_terms, (cid, at, due, paid, paid_on, NOW))
        add_contact = (
            "INSERT INTO interactions (customer_id, occurred_at, channel, sentiment, next_action_due, done, created_at)"
            " VALUES (?, ?, 'call', ?, ?, ?, ?)"
        )
        for cid, at, sentiment, due, done in [
            (ids[6], "2024-02-01T09:00:00+00:00", "negative", "2024-03-01", 0),  # old, still open
            (ids[6], "2024-02-02 10:00", None, None, 0),
            (ids[7], "2026-11-19T23:00:00-05:00", "negative", "2026-12-01", 0),
            (ids[7], "2026-11-19T23:00:00-05:00", "negative", None, 1),  # same instant, tie on id
            (ids[8], "2027-02-01T00:00:00+00:00", "positive", "2027-03-01", 0),  # future
            (ids[0], "2026-11-10T00:00:00+00:00", "positive", "2026-11-30", 0),  # deleted customer
        ]:
            conn.execute(add_contact, (cid, at, sentiment, due, done, NOW))
    yield store
    store.close()


def raw_orders(store: Store) -> pd.DataFrame:
    """The orders as the core defines their money: converted to the base currency in Python
    (core.money.to_base), independently of the SQL triggers that fill amount_base_minor."""
    from custui.core.money import to_base
    from custui.store.rates import list_rates
    from custui.store.settings import base_currency

    frame = pd.read_sql_query(
        "SELECT o.customer_id, o.ordered_at, o.amount_minor, o.margin_minor, o.currency, o.due_on, o.paid, o.paid_on "
        "FROM orders o "
        f"JOIN customers c ON c.id = o.customer_id WHERE o.deleted_at IS NULL AND {ACTIVE}",
        store.conn,
    )
    base, rates = base_currency(store), list_rates(store)

    def converted(amount, currency, day):
        if amount is None or pd.isna(amount):
            return None
        return to_base(int(amount), currency, date.fromisoformat(day[:10]), base, rates)

    rows = list(
        zip(frame["amount_minor"], frame["margin_minor"], frame["currency"], frame["ordered_at"])
    )
    frame["amount_minor"] = [converted(a, c, d) or 0 for a, _, c, d in rows]
    frame["margin_minor"] = pd.array([converted(m, c, d) for _, m, c, d in rows], dtype="Int64")
    return frame.drop(columns="currency")


def raw_interactions(store: Store) -> pd.DataFrame:
    return pd.read_sql_query(
        "SELECT i.id, i.customer_id, i.occurred_at, i.sentiment, i.next_action_due, i.done FROM interactions i "
        f"JOIN customers c ON c.id = i.customer_id WHERE i.deleted_at IS NULL AND {ACTIVE}",
        store.conn,
    )


def assert_same(got: pd.DataFrame, want: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(got, want, check_exact=True)
    assert got.attrs == want.attrs


CONFIGS = [
    DEFAULT_CONFIG,
    replace(
        DEFAULT_CONFIG,
        window_days=90,
        sentiment=SentimentRule(window_days=30, half_life_days=7.0),
        churn=ChurnRule(negatives=1, of_last=5),
    ),
]


@pytest.mark.parametrize("config", CONFIGS, ids=["default", "short-windows"])
@pytest.mark.parametrize(
    "as_of", [ANCHOR, date(2026, 3, 5), date(2025, 6, 30), date(2024, 1, 20), date(2020, 1, 1)]
)
def test_features_equal_the_core_definition(
    book: Store, as_of: date, config: ScoringConfig
) -> None:
    inputs = scores.load_scoring_inputs(book, as_of, config)
    assert_same(inputs.order_feats, order_features(raw_orders(book), as_of, config))
    assert_same(
        inputs.interaction_feats, interaction_features(raw_interactions(book), as_of, config)
    )


def test_features_without_any_activity(store: Store) -> None:
    store.db["customers"].insert({"code": "C1", "name": "甲", "created_at": NOW, "updated_at": NOW})
    inputs = scores.load_scoring_inputs(store, ANCHOR)
    empty_orders = pd.DataFrame(columns=["customer_id", "ordered_at", "amount_minor"])
    empty_contacts = pd.DataFrame(columns=["customer_id", "occurred_at", "sentiment"])
    assert_same(inputs.order_feats, order_features(empty_orders, ANCHOR))
    assert_same(inputs.interaction_feats, interaction_features(empty_contacts, ANCHOR))
    result = scores.score_book(store, ANCHOR)
    assert len(result) == 1 and result.frame["recency_days"].isna().all()


def test_the_slow_path_matches_and_names_a_bad_date(book: Store) -> None:
    fast = scores.load_order_features(book, ANCHOR)
    assert (
        scores._fast_order_features((0, "", "", "", "", "", "", "", "", ""), ANCHOR, DEFAULT_CONFIG)
        is not None
    )
    assert_same(scores._reference_order_features(book, ANCHOR, DEFAULT_CONFIG), fast)
    with book.transaction() as conn:
        conn.execute("UPDATE orders SET ordered_at = '2024/5/1' WHERE id = 3")
    code = book.query(
        "SELECT c.code FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.id = 3"
    )[0][0]
    with pytest.raises(StoreError, match=f"order 3 of {code}: '2024/5/1'"):
        scores.load_order_features(book, ANCHOR)


def test_iso_day_numbers_agree_with_numpy_and_refuse_impossible_dates() -> None:
    days = np.arange(-719_162, 2_932_897, 997)  # 0001-01-01 … 9999-12-31
    text = ",".join(str(d) for d in days.astype("datetime64[D]"))
    assert np.array_equal(scores.leading_days(text, len(days)), days)
    mixed = "2024-02-29,2024-03-01T00:00:00+08:00,2024-03-02 9:00"
    assert scores.leading_days(mixed, 3).tolist() == [19782, 19783, 19784]
    for bad in (
        "2023-02-29",
        "2024-13-01",
        "2024-00-10",
        "2024-04-31",
        "0000-01-01",
        "2024-1-01x",
        "2024/01/01",
    ):
        assert scores.leading_days(bad, 1) is None, bad
    assert scores.leading_days("2024-01-01,2024-01", 2) is None


def test_leading_days_in_chunks_match_one_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    days = np.arange(19_000, 19_040)
    uniform = ",".join(str(d) for d in days.astype("datetime64[D]"))
    ragged = ",".join(
        f"{d}T0{i % 10}:00" if i % 3 else str(d) for i, d in enumerate(days.astype("datetime64[D]"))
    )
    from custui.store.scoring import days as day_module

    monkeypatch.setattr(day_module, "DAY_CHUNK", 7)
    for text in (uniform, ragged):
        assert np.array_equal(scores.leading_days(text, len(days)), days)
    bad = uniform.replace("2022-01-30", "2022-02-30")
    assert "2022-02-30" in bad and scores.leading_days(bad, len(days)) is None


def test_deleted_and_merged_customers_are_left_out(book: Store) -> None:
    deleted, merged = (r[0] for r in book.query("SELECT id FROM customers ORDER BY id LIMIT 2"))
    inputs = scores.load_scoring_inputs(book, ANCHOR)
    active = {r[0] for r in book.query(f"SELECT id FROM customers c WHERE {ACTIVE}")}
    assert set(inputs.customers.index) == active
    for frame in (inputs.order_feats, inputs.interaction_feats):
        assert {deleted, merged}.isdisjoint(frame.index) and set(frame.index) <= active
    assert set(inputs.tags.index) <= active
    kept = book.query(
        "SELECT count(*) FROM orders WHERE deleted_at IS NULL AND customer_id IN "
        f"(SELECT id FROM customers c WHERE {ACTIVE}) AND ordered_at < '2026-11-21'"
    )[0][0]
    assert inputs.order_feats["order_count_total"].sum() == kept
    result = scores.score_book(book, ANCHOR)
    assert set(result.frame.index) == active


def test_customers_and_tags(book: Store) -> None:
    inputs = scores.load_scoring_inputs(book, ANCHOR)
    customers = inputs.customers
    assert customers.index.is_monotonic_increasing and customers.index.name == "customer_id"
    assert list(customers.columns) == [*scores.RATING_COLUMNS, *scores.DETAIL_COLUMNS]
    assert str(customers["need_match"].dtype) == "Int64"
    lean = scores.load_customers(book, details=False)
    pd.testing.assert_frame_equal(lean, customers[list(scores.RATING_COLUMNS)])
    cid = int(inputs.tags.index[0])
    expected = tuple(sorted(f"{t['category']}/{t['name']}" for t in repo.customer_tags(book, cid)))
    assert inputs.tags[cid] == expected


def test_config_round_trip_keeps_order_and_refuses_bad_weights(store: Store) -> None:
    assert scores.load_scoring_config(store) == DEFAULT_CONFIG
    config = DEFAULT_CONFIG.with_weights(
        {"current_value": 30, "growth_potential": 40},
        {"current_value": {"monetary": 50, "recency": 20}},
    ).validate()
    scores.save_scoring_config(store, config)
    assert scores.load_scoring_config(store) == config
    saved = json.loads(store.query("SELECT value FROM settings WHERE key = 'scoring'")[0][0])
    assert list(saved["dimensions"]) == [d.key for d in config.dimensions]
    assert list(saved["dimensions"]["current_value"]["inputs"]) == [
        "recency",
        "frequency",
        "monetary",
    ]

    bad = config.with_weights({"current_value": 50})
    with pytest.raises(ConfigError) as refused:
        scores.save_scoring_config(store, bad)
    assert str(refused.value) == "Dimension weights add up to 120 %, not 100 %."
    assert scores.load_scoring_config(store) == config  # nothing saved


def test_damaged_saved_settings_are_one_plain_error(store: Store) -> None:
    with store.transaction() as conn:
        conn.execute("INSERT INTO settings (key, value) VALUES ('scoring', '{\"window_days\": 1}')")
    with pytest.raises(
        StoreError, match="saved scoring settings cannot be used: The RFM window must be"
    ):
        scores.score_book(store)


def test_score_book_ranks_with_the_saved_config(book: Store) -> None:
    result = scores.score_book(book, ANCHOR)
    frame = result.frame
    assert len(frame) == book.query(f"SELECT count(*) FROM customers c WHERE {ACTIVE}")[0][0]
    assert frame["score"].is_monotonic_decreasing
    assert frame["rank"].is_monotonic_increasing and frame["rank"].iloc[0] == 1
    assert result.as_of == ANCHOR and result.config == DEFAULT_CONFIG
    custom = replace(
        DEFAULT_CONFIG,
        tiers=replace(DEFAULT_CONFIG.tiers, strategic=60.0, core=40.0, potential=20.0),
    )
    scores.save_scoring_config(book, custom)
    again = scores.score_book(book, ANCHOR)
    assert again.config == custom
    assert (again.frame["tier"] == "Strategic").sum() >= (frame["tier"] == "Strategic").sum()
    before = date.today()
    as_of = scores.score_book(book).as_of
    assert as_of in {before, date.today()}  # scored today, even across midnight


def test_score_book_inside_a_transaction_sees_its_own_rows(book: Store) -> None:
    cid = int(scores.score_book(book, ANCHOR).frame.index[-1])
    with book.transaction() as conn:
        conn.execute(
            "INSERT INTO orders (customer_id, ordered_at, amount_minor, created_at) VALUES (?, ?, ?, ?)",
            (cid, ANCHOR.isoformat(), 10**10, NOW),
        )
        inside = scores.score_book(book, ANCHOR)  # on the store's connection: sees the new row
    assert inside.frame.loc[cid, "recency_days"] == 0
    assert inside.frame.loc[cid, "monetary_minor"] >= 10**10


def test_reads_stay_on_covering_indexes(book: Store) -> None:
    """Each read walks one V4 index and never fetches a table row (no table column read)."""
    params = dict.fromkeys(
        ("next_day", "window_start", "recent_start", "prior_start"), "2026-01-01"
    )
    for sql, index in (
        (scores.ORDER_SQL, "orders_scoring"),
        (scores.WINDOW_SQL, "interactions_scoring_time"),
        (scores.OPEN_SQL, "interactions_open_scoring"),
        (scores.LATEST_SQL, "interactions_scoring_customer"),
    ):
        plan = " | ".join(r[3] for r in book.query(f"EXPLAIN QUERY PLAN {sql}", params))
        assert f"USING INDEX {index}" in plan, plan
        program = book.query(f"EXPLAIN {sql}", params)
        tables = {r["p2"] for r in program if r["opcode"] == "OpenRead" and r["p4"] is None} & {
            r["p1"] for r in program if r["opcode"] == "DeferredSeek"
        }
        assert not [r for r in program if r["opcode"] == "Column" and r["p1"] in tables], sql


def test_the_order_read_falls_back_to_the_store_connection(
    book: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    want = scores.score_book(book, ANCHOR).frame

    def refuse(*args, **kwargs):
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(Store, "connect", refuse)  # the second connection, plain or encrypted
    pd.testing.assert_frame_equal(scores.score_book(book, ANCHOR).frame, want)


def test_a_read_only_file_scores(book: Store) -> None:
    want = scores.score_book(book, ANCHOR).frame
    read_only = open_store(book.path, read_only=True)
    try:
        pd.testing.assert_frame_equal(scores.score_book(read_only, ANCHOR).frame, want)
    finally:
        read_only.close()
