"""The sample database: realistic shape, reproducible contents, and the committed sample.db."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import pytest

from custui import sample
from custui.core.text import has_cjk
from custui.store.db import StoreError, open_store
from custui.store.repo import ListQuery, list_ids

TABLES = ("customers", "interactions", "orders", "tags", "customer_tags")
COMMITTED = Path(__file__).parents[2] / "sample.db"
REGENERATE = (
    "regenerate it with `custui sample --out sample.db --force` "
    "(or: python -c \"from custui.sample import generate; from pathlib import Path; generate(Path('sample.db'))\" "
    "after deleting sample.db) and commit it"
)
ANCHOR = sample.ANCHOR.isoformat()
PLANTED = round(sample.DEFAULT_CUSTOMERS * sample.DUPLICATE_SHARE)


def connect_ro(path: Path) -> sqlite3.Connection:
    """Read a closed sample file without creating -wal/-shm files beside it."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)


def contents(path: Path) -> dict[str, list[tuple]]:
    order = {"customer_tags": "customer_id, tag_id"}
    with closing(connect_ro(path)) as conn:
        return {
            t: conn.execute(f"SELECT * FROM {t} ORDER BY {order.get(t, 'rowid')}").fetchall()
            for t in TABLES
        }


@pytest.fixture(scope="module")
def default_sample(tmp_path_factory) -> tuple[Path, sample.SampleSummary]:
    path = tmp_path_factory.mktemp("sample") / "sample.db"
    return path, sample.generate(path)


@pytest.fixture(scope="module")
def db(default_sample):
    conn = connect_ro(default_sample[0])
    yield conn
    conn.close()


def scalar(conn: sqlite3.Connection, sql: str, params=()):
    return conn.execute(sql, params).fetchone()[0]


# -- shape of the default sample ------------------------------------------------


def test_counts_meet_the_minimums(db, default_sample):
    summary = default_sample[1]
    counts = {t: scalar(db, f"SELECT count(*) FROM {t}") for t in TABLES}
    assert counts["customers"] == summary.customers == sample.DEFAULT_CUSTOMERS + PLANTED
    assert summary.customers - summary.planted_duplicates >= 300
    assert counts["interactions"] == summary.interactions >= 3000
    assert counts["orders"] == summary.orders >= 1500
    assert counts["tags"] == summary.tags
    assert summary.planted_duplicates == PLANTED == 16


def test_tags_in_all_five_categories_on_most_customers(db):
    used = {
        row[0]
        for row in db.execute(
            "SELECT DISTINCT t.category FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id"
        )
    }
    assert used == {"industry", "need", "risk", "potential", "custom"}
    per_customer = [
        row[0] for row in db.execute("SELECT count(*) FROM customer_tags GROUP BY customer_id")
    ]
    share = len(per_customer) / scalar(db, "SELECT count(*) FROM customers")
    assert 0.6 <= share <= 0.8
    assert set(per_customer) <= {1, 2, 3, 4}


def test_orders_span_at_least_two_and_a_half_years_before_the_anchor(db):
    first, last = db.execute("SELECT min(ordered_at), max(ordered_at) FROM orders").fetchone()
    assert scalar(db, "SELECT julianday(?) - julianday(?)", (last, first)) >= 2.5 * 365
    assert last < ANCHOR


def test_nothing_happens_after_the_anchor_or_before_its_customer(db):
    end = (sample.ANCHOR + timedelta(days=1)).isoformat()
    start = (sample.ANCHOR - timedelta(days=3 * 365 + 1)).isoformat()
    for table, column in (
        ("customers", "created_at"),
        ("customers", "updated_at"),
        ("interactions", "occurred_at"),
        ("interactions", "created_at"),
        ("orders", "ordered_at"),
        ("orders", "created_at"),
    ):
        low, high = db.execute(f"SELECT min({column}), max({column}) FROM {table}").fetchone()
        assert start <= low and high < end, (table, column, low, high)
    assert scalar(db, "SELECT count(*) FROM customers WHERE updated_at < created_at") == 0
    for table, column in (("interactions", "occurred_at"), ("orders", "ordered_at")):
        assert (
            scalar(
                db,
                f"SELECT count(*) FROM {table} x JOIN customers c ON c.id = x.customer_id "
                f"WHERE x.{column} < substr(c.created_at, 1, 10)",
            )
            == 0
        )


def test_integrity_and_references(db):
    assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    for table in ("interactions", "orders", "customer_tags"):
        assert (
            scalar(
                db,
                f"SELECT count(*) FROM {table} WHERE customer_id NOT IN (SELECT id FROM customers)",
            )
            == 0
        )
    assert (
        scalar(db, "SELECT count(*) FROM customer_tags WHERE tag_id NOT IN (SELECT id FROM tags)")
        == 0
    )


def test_ids_and_codes_are_sequential(db):
    n = scalar(db, "SELECT count(*) FROM customers")
    assert [r[0] for r in db.execute("SELECT id FROM customers ORDER BY id")] == list(
        range(1, n + 1)
    )
    assert [r[0] for r in db.execute("SELECT code FROM customers ORDER BY id")] == [
        f"C{i:05d}" for i in range(1, n + 1)
    ]
    for table in ("interactions", "orders", "tags"):
        count = scalar(db, f"SELECT count(*) FROM {table}")
        assert scalar(db, f"SELECT max(id) FROM {table}") == count


def test_mix_of_chinese_and_english_companies_and_persons(db):
    names = [r[0] for r in db.execute("SELECT name FROM customers")]
    cjk = sum(has_cjk(n) for n in names) / len(names)
    assert 0.6 <= cjk <= 0.8
    assert any(n.endswith("有限公司") for n in names)
    assert any(n.endswith(("LLC", "Ltd", "GmbH", "Inc.")) for n in names)
    persons = scalar(db, "SELECT count(*) FROM customers WHERE kind = 'person'") / len(names)
    assert 0.07 <= persons <= 0.13
    assert scalar(db, "SELECT count(DISTINCT industry) FROM customers") >= 10
    assert scalar(db, "SELECT count(*) FROM customers WHERE industry LIKE '制造%'") >= 20


def test_phones_are_mostly_normalised_to_e164(db):
    with_phone, with_e164 = db.execute(
        "SELECT count(phone), count(phone_e164) FROM customers"
    ).fetchone()
    assert with_e164 >= 0.95 * with_phone
    assert (
        scalar(db, "SELECT count(*) FROM customers WHERE phone_e164 NOT GLOB '+[1-9][0-9]*'") == 0
    )
    assert (
        scalar(db, "SELECT count(*) FROM customers WHERE phone_e164 IS NOT NULL AND phone IS NULL")
        == 0
    )
    formats = {
        r[0]
        for r in db.execute("SELECT phone FROM customers WHERE phone_e164 LIKE '+86%' LIMIT 40")
    }
    assert any(" " in p for p in formats) and any("-" in p for p in formats)


def test_e_mail_casefolded_and_currency_follows_the_customer(db):
    assert scalar(db, "SELECT count(*) FROM customers WHERE email != lower(email)") == 0
    mixed = db.execute(
        "SELECT c.id FROM orders o JOIN customers c ON c.id = o.customer_id "
        "GROUP BY c.id HAVING count(DISTINCT o.currency) > 1"
    ).fetchall()
    assert mixed == []
    assert {r[0] for r in db.execute("SELECT DISTINCT currency FROM orders")} == {
        "CNY",
        "USD",
        "EUR",
        "GBP",
    }
    assert {r[0] for r in db.execute("SELECT DISTINCT currency FROM rates")} == {
        "USD",
        "EUR",
        "GBP",
    }
    assert (
        scalar(db, "SELECT count(*) FROM orders WHERE amount_base_minor IS NULL") == 0
    )  # every order counts
    assert scalar(db, "SELECT count(*) FROM orders WHERE amount_minor = 0") >= 3
    assert scalar(db, "SELECT max(amount_minor) FROM orders WHERE currency = 'CNY'") <= 800_000_00
    assert (
        scalar(
            db, "SELECT min(amount_minor) FROM orders WHERE currency = 'CNY' AND amount_minor > 0"
        )
        >= 5_000_00
    )


def test_customers_differ_in_activity(db):
    customers = scalar(db, "SELECT count(*) FROM customers")
    no_orders = scalar(
        db, "SELECT count(*) FROM customers WHERE id NOT IN (SELECT customer_id FROM orders)"
    )
    assert 0.05 <= no_orders / customers <= 0.12
    per_customer = sorted(
        r[0] for r in db.execute("SELECT count(*) FROM orders GROUP BY customer_id")
    )
    assert per_customer[-1] >= 40 and per_customer[len(per_customer) // 2] <= 12
    churned = scalar(
        db,
        "SELECT count(*) FROM (SELECT count(*) n, max(ordered_at) last FROM orders "
        "GROUP BY customer_id) WHERE n >= 3 AND last < date(?, '-180 days')",
        (ANCHOR,),
    )
    assert churned >= 15
    new = scalar(
        db,
        "SELECT count(*) FROM (SELECT min(ordered_at) first FROM orders GROUP BY customer_id) "
        "WHERE first >= date(?, '-90 days')",
        (ANCHOR,),
    )
    assert new >= 10


def test_follow_ups_open_only_on_recent_interactions(db):
    with_action = scalar(db, "SELECT avg(next_action IS NOT NULL) FROM interactions")
    assert 0.25 <= with_action <= 0.4
    assert (
        scalar(
            db,
            "SELECT count(*) FROM interactions WHERE (next_action IS NULL) != (next_action_due IS NULL)",
        )
        == 0
    )
    oldest_open = scalar(db, "SELECT min(occurred_at) FROM interactions WHERE done = 0")
    assert (
        oldest_open >= (sample.ANCHOR - timedelta(days=sample.OPEN_FOLLOW_UP_DAYS + 1)).isoformat()
    )
    overdue = scalar(
        db, "SELECT count(*) FROM interactions WHERE done = 0 AND next_action_due < ?", (ANCHOR,)
    )
    upcoming = scalar(
        db, "SELECT count(*) FROM interactions WHERE done = 0 AND next_action_due >= ?", (ANCHOR,)
    )
    assert overdue >= 5 and upcoming >= 5
    sentiments = dict(
        db.execute("SELECT sentiment, count(*) FROM interactions GROUP BY 1").fetchall()
    )
    assert (
        sentiments["negative"] < sentiments["neutral"]
        and sentiments["negative"] < sentiments["positive"]
    )
    assert len({r[0] for r in db.execute("SELECT DISTINCT owner FROM interactions")}) in (3, 4)


def test_planted_duplicates_copy_an_original_with_a_difference(db):
    originals = sample.DEFAULT_CUSTOMERS
    columns = "c.id, c.name, c.phone, c.phone_e164, c.email, p.name"
    people = "customers c LEFT JOIN contacts p ON p.customer_id = c.id AND p.is_primary = 1"
    for dup in db.execute(
        f"SELECT {columns} FROM {people} WHERE c.id > ?", (originals,)
    ).fetchall():
        _, name, phone, e164, email, contact = dup
        twins = db.execute(
            f"SELECT {columns} FROM {people} WHERE c.id <= ? AND p.name = ? "
            "AND (c.phone_e164 IS ? OR c.email IS ?)",
            (originals, contact, e164, email),
        ).fetchall()
        assert len(twins) == 1, dup
        assert (twins[0][1], twins[0][2]) != (name, phone), dup
    has_own_history = scalar(
        db,
        "SELECT count(DISTINCT customer_id) FROM interactions WHERE customer_id > ?",
        (originals,),
    )
    assert has_own_history == PLANTED


def test_search_finds_a_chinese_customer_by_name(default_sample, tmp_path):
    copy = tmp_path / "copy.db"
    copy.write_bytes(default_sample[0].read_bytes())
    store = open_store(copy)
    try:
        rows = store.query(
            "SELECT id, name FROM customers WHERE name GLOB '*有限公司' ORDER BY id LIMIT 5"
        )
        assert rows
        for row in rows:
            assert row["id"] in list_ids(store, ListQuery(search=row["name"]))
            assert row["id"] in list_ids(store, ListQuery(search=row["name"][:4]))
        # tags were linked after their customers were written: the index must know them too
        tagged = {
            r[0]
            for r in store.query(
                "SELECT customer_id FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id WHERE t.name = '付款慢'"
            )
        }
        assert tagged and tagged <= set(list_ids(store, ListQuery(search="付款慢")))
    finally:
        store.close()


# -- generation rules ---------------------------------------------------------


def test_same_seed_same_contents_other_seed_differs(tmp_path):
    paths = [tmp_path / name for name in ("a.db", "b.db", "c.db")]
    sample.generate(paths[0], seed=7, customers=60)
    sample.generate(paths[1], seed=7, customers=60)
    sample.generate(paths[2], seed=8, customers=60)
    first, again, other = (contents(p) for p in paths)
    for table in TABLES:
        assert first[table] == again[table], table
    assert first["customers"] != other["customers"]
    assert first["interactions"] != other["interactions"]


def test_more_planted_duplicates_leave_the_originals_alone(monkeypatch):
    plain = sample.build_tables(seed=3, customers=80)
    monkeypatch.setattr(sample, "DUPLICATE_SHARE", 0.2)
    more = sample.build_tables(seed=3, customers=80)
    assert (plain.planted_duplicates, more.planted_duplicates) == (4, 16)
    assert plain.customers[:80] == more.customers[:80]
    originals = [r for r in plain.interactions if r["customer_id"] <= 80]
    assert more.interactions[: len(originals)] == originals
    originals = [r for r in plain.orders if r["customer_id"] <= 80]
    assert more.orders[: len(originals)] == originals


def test_refuses_to_overwrite_an_existing_file(tmp_path):
    existing = tmp_path / "mine.db"
    existing.write_bytes(b"precious")
    with pytest.raises(StoreError, match="exists; choose another file or delete it first"):
        sample.generate(existing, customers=5)
    assert existing.read_bytes() == b"precious"


def test_reports_progress_and_makes_a_private_file(tmp_path):
    messages: list[str] = []
    path = tmp_path / "small.db"
    summary = sample.generate(path, customers=20, progress=messages.append)
    assert summary.customers == 21 and summary.planted_duplicates == 1
    assert messages and any("customers" in m for m in messages)
    assert path.stat().st_mode & 0o777 == 0o600


# -- the committed sample.db --------------------------------------------------


def test_committed_sample_db_matches_the_generator(default_sample):
    assert COMMITTED.exists(), f"{COMMITTED} is missing: {REGENERATE}."
    expected, committed = contents(default_sample[0]), contents(COMMITTED)
    with closing(connect_ro(default_sample[0])) as a, closing(connect_ro(COMMITTED)) as b:
        versions = (scalar(a, "PRAGMA user_version"), scalar(b, "PRAGMA user_version"))
    assert versions[0] == versions[1], (
        f"sample.db has schema {versions[1]}, custui writes {versions[0]}: {REGENERATE}."
    )
    for table in TABLES:
        if committed[table] != expected[table]:
            first = next(
                (i for i, (x, y) in enumerate(zip(committed[table], expected[table])) if x != y),
                min(len(committed[table]), len(expected[table])),
            )
            pytest.fail(
                f"sample.db is out of date: table {table} differs from custui.sample's output "
                f"({len(committed[table])} vs {len(expected[table])} rows, first difference at row {first + 1}); "
                f"{REGENERATE}."
            )


def test_committed_sample_db_search_index_is_current(default_sample):
    """The index is derived from custui.core.text: a change there makes the committed index stale."""
    assert COMMITTED.exists(), f"{COMMITTED} is missing: {REGENERATE}."
    query = "SELECT rowid, doc, pinyin FROM customer_fts ORDER BY rowid"
    with (
        closing(connect_ro(default_sample[0])) as fresh,
        closing(connect_ro(COMMITTED)) as committed,
    ):
        same = fresh.execute(query).fetchall() == committed.execute(query).fetchall()
    assert same, f"sample.db's search index differs from what custui builds now; {REGENERATE}."


@pytest.mark.parametrize(
    ("given", "family"),
    [("John", "Smith"), ("J.", "Smith"), ("Mary Ann", "O'Neil"), ("Tom", "Jones Jr.")],
)
def test_a_colleagues_mailbox_is_an_address(given: str, family: str) -> None:
    from custui.core.contacts import validate_contact
    from custui.sample import _western_mailbox

    email = f"{_western_mailbox(given, family)}@example.com"
    _clean, errors = validate_contact(
        {"name": f"{given} {family}", "email": email}, region="US", today=date(2026, 11, 20)
    )
    assert errors == [], (email, errors)
