"""Books of every older schema version open with today's custui, and nothing in them is lost.

Each book in ``old_books/`` was made by the custui of its own version (its sample, its customer
form, its tag editor, merge, settings and import: see ``old_books/make_old_books.py``) and kept as
SQL.  Here each is loaded into a file and opened with :func:`open_store`, as the app and every
command open a book: backed up, migrated step by step to the current schema, indexed.

A book from a *newer* custui is refused untouched: ``test_db.py`` tests that, for the store and
for the command line.

``v7-early.sql`` is schema v7 as custui wrote it before people landed in v7 (from 0d9176b to
993deec): no ``contacts`` table, the one contact still on the customer's row.  It goes through every
test here too, as a book of its own.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from custui import cli
from custui.store import backup, db, repo
from custui.store.db import StoreError, create_private_file, open_store
from custui.store.schema import MIGRATIONS, SCHEMA_VERSION, Migration, is_early_v7

OLD_BOOKS = Path(__file__).parent / "old_books"
VERSIONS = range(1, SCHEMA_VERSION)
#: Every old book, by the name of its file (v{name}.sql), and its schema version.
BOOKS: dict[str, int] = {**{str(v): v for v in VERSIONS}, "7-early": 7}
#: Books whose customers still hold their one contact (contact_name, contact_title) on their row.
CONTACT_ON_THE_ROW = {*(str(v) for v in range(1, 7)), "7-early"}

#: What the search finds in every old book (names of the active customers found).
HUACHUANG = "廣州華創科技有限公司"
TENGFEI = "深圳市腾飞电子有限公司"
TENGFEI_TECH = "深圳市腾飞科技有限公司"
SEARCHES: dict[str, set[str]] = {
    "华创": {HUACHUANG},  # simplified characters find the traditional name
    "華創": {HUACHUANG},
    "huachuang": {HUACHUANG},
    "hc": {HUACHUANG},
    "陳志明": {HUACHUANG},  # its contact, in traditional characters
    "陈志明": {HUACHUANG},
    "chenzhiming": {HUACHUANG},
    "腾飞电子": {TENGFEI},
    "tengfei": {TENGFEI, TENGFEI_TECH},
    "zhangwei": {TENGFEI},
    "重点客户": {HUACHUANG, TENGFEI},  # a tag written in traditional characters
    "重點客戶": {HUACHUANG, TENGFEI},
    "m.peacock@northwind.co.uk": set(),  # filled in per book: the merge's survivor only
}
#: Searches of what books from v4 on hold: imported customers, a renamed tag.
SEARCHES_FROM_V4: dict[str, set[str]] = {
    "聯華": {"臺灣聯華電子股份有限公司"},
    "联华电子": {"臺灣聯華電子股份有限公司"},
    "lianhua": {"臺灣聯華電子股份有限公司"},
    "陈美玲": {"臺灣聯華電子股份有限公司"},
    "绿源": {"杭州绿源茶业有限公司"},
    "Groß": {"Bergmann GmbH"},
    "gross": {"Bergmann GmbH"},
    "广交会线索": {TENGFEI_TECH, "李娜"},
}
#: From v7 on: a second person of 腾飞电子, and one removed (no longer found).
SEARCHES_FROM_V7: dict[str, set[str]] = {"wangqiang": {TENGFEI}, "王强": {TENGFEI}, "赵敏": set()}


def load_old_book(book: str, path: Path) -> Path:
    """The old book *book* (a name of BOOKS) as a file at *path*, exactly as its custui left it."""
    create_private_file(path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript((OLD_BOOKS / f"v{book}.sql").read_text(encoding="utf-8"))
    conn.close()
    return path


@pytest.fixture(params=list(BOOKS), ids=lambda b: f"v{b}")
def book(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def version(book: str) -> int:
    return BOOKS[book]


@pytest.fixture
def old_book(book: str, tmp_path: Path) -> Path:
    return load_old_book(book, tmp_path / f"book-v{book}.db")


def scalar(path: Path, sql: str) -> Any:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


#: Columns no migration may change, where the version has them.
KEPT_COLUMNS = {
    "customers": (
        "id", "code", "name", "kind", "industry", "size", "phone", "phone_e164", "email", "website", "source",
        "grade", "need_match", "win_likelihood", "growth_potential", "strategic", "notes", "created_at",
        "updated_at", "row_version", "merged_into", "deleted_at", "import_id", "street",
    ),
    "interactions": (
        "id", "customer_id", "occurred_at", "channel", "summary", "owner", "sentiment", "next_action",
        "next_action_due", "done", "created_at", "deleted_at", "import_id", "contact_id",
    ),
    "orders": (
        "id", "customer_id", "ordered_at", "amount_minor", "currency", "product", "margin_minor", "paid",
        "created_at", "deleted_at", "import_id", "amount_base_minor", "margin_base_minor", "due_on", "paid_on",
    ),
    "tags": ("id", "name", "category", "color"),
    "customer_tags": ("customer_id", "tag_id"),
    "not_duplicates": ("customer_a", "customer_b", "decided_at"),
    "merges": ("id", "survivor_id", "merged_ids", "undo", "merged_at", "undone_at"),
    "settings": ("key", "value"),
    "imports": ("id", "kind", "source", "rows", "imported_at", "reverted_at"),
    "contacts": (
        "id", "customer_id", "name", "title", "phone", "phone_e164", "phone_invalid", "email", "im", "notes",
        "is_primary", "left_at", "created_at", "updated_at", "row_version", "deleted_at", "import_id",
    ),
    "rates": ("currency", "valid_from", "rate"),
    "score_ranks": ("customer_id", "rank", "score", "tier", "priority", "segment_label", "rfm_cell"),
}  # fmt: skip


Rows = dict[str, tuple[list[str], list[tuple]]]


def rows_of(path: Path) -> Rows:
    """Every table of KEPT_COLUMNS the book has: the columns it has of them, and its rows."""
    conn = sqlite3.connect(path)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        found = {}
        for table, wanted in KEPT_COLUMNS.items():
            if table in tables:
                have = [c for c in wanted if c in columns(conn, table)]
                rows = conn.execute(
                    f"SELECT {', '.join(have)} FROM {table} ORDER BY {', '.join(have[:2])}"
                )
                found[table] = (have, rows.fetchall())
        return found
    finally:
        conn.close()


def project(rows: Rows, table: str, wanted: list[str]) -> list[tuple]:
    have, values = rows[table]
    return [tuple(r[have.index(c)] for c in wanted) for r in values]


def test_every_older_schema_version_has_a_book() -> None:
    assert sorted(p.stem[1:] for p in OLD_BOOKS.glob("v*.sql")) == sorted(BOOKS)
    assert sorted(int(name) for name in BOOKS if name.isdigit()) == list(VERSIONS)


def test_opens_at_the_current_version_after_backing_up_the_old_file(
    version: int, old_book: Path
) -> None:
    customers = scalar(old_book, "SELECT count(*) FROM customers")
    store = open_store(old_book)
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    store.close()
    taken = backup.list_backups(old_book)
    assert [b.reason for b in taken] == ["migration"]
    assert scalar(taken[0].path, "PRAGMA user_version") == version
    assert scalar(taken[0].path, "SELECT count(*) FROM customers") == customers


def test_no_row_is_lost(book: str, version: int, old_book: Path) -> None:
    before = rows_of(old_book)
    conn = sqlite3.connect(old_book)
    places = conn.execute("SELECT id, region, city FROM customers ORDER BY id").fetchall()
    people, addresses = set(), {}
    if book in CONTACT_ON_THE_ROW:  # v1-v6 and early v7: one contact on the customer's row
        people = set(conn.execute("SELECT id, contact_name, contact_title FROM customers "
                                  "WHERE contact_name IS NOT NULL"))  # fmt: skip
        assert len(people) >= 10
    if version < 7:  # v1-v6: a one-line address
        addresses = dict(conn.execute("SELECT id, address FROM customers "
                                      "WHERE trim(address) <> ''"))  # fmt: skip
        assert len(addresses) >= 5
    conn.close()
    # the book holds something worth keeping: the sample's history, tags of every category
    assert len(before["customers"][1]) >= 13 and len(before["interactions"][1]) >= 200
    assert len(before["orders"][1]) >= 100 and len(before["customer_tags"][1]) >= 20
    assert {category for _, category in project(before, "tags", ["id", "category"])} == {
        "industry", "need", "risk", "potential", "custom"
    }  # fmt: skip
    assert len([d for (d,) in project(before, "customers", ["deleted_at"]) if d]) == 1

    open_store(old_book).close()
    after = rows_of(old_book)

    # every old row is there with the same values; a table may have gained columns
    for table, (have, rows) in before.items():
        if table != "settings":
            assert project(after, table, have) == rows, table
    # settings: every old one kept as it was (opening may add the home region and currency)
    assert set(before["settings"][1]) <= set(after["settings"][1])
    # a migration may fill a blank region or city from the address, never change one
    conn = sqlite3.connect(old_book)
    for (cid, region, city), new in zip(
        places, conn.execute("SELECT id, region, city FROM customers ORDER BY id")
    ):
        assert (cid, region or new[1], city or new[2]) == new
    conn.close()
    if book in CONTACT_ON_THE_ROW:
        # the contact on the customer's row became its primary person
        assert set(project(after, "contacts", ["customer_id", "name", "title"])) == people
        assert {p for (p,) in project(after, "contacts", ["is_primary"])} == {1}
    if version < 7:
        # the address was taken apart, its street kept as written
        streets = dict(project(after, "customers", ["id", "street"]))
        for cid, address in addresses.items():
            assert streets[cid] and streets[cid] in address, (streets[cid], address)

    store = open_store(old_book)
    huachuang = store.tuples("SELECT id FROM customers WHERE name = ?", (HUACHUANG,))[0][0]
    customer = repo.get_customer(store, huachuang)
    assert (customer["contact_name"], customer["contact_title"]) == ("陳志明", "採購經理")
    # as the form of its version stored it (up to v4 it folded the full-width comma)
    assert customer["notes"] in ("繁體字客戶，香港展會認識", "繁體字客戶,香港展會認識")
    assert [t["name"] for t in customer["tags"]] == ["重點客戶"]
    assert store.tuples("SELECT name FROM customers WHERE phone_e164 = '+8613800138000'") == [
        (TENGFEI,)
    ]
    if version >= 4:
        orders = store.tuples(
            "SELECT product, amount_minor FROM orders WHERE customer_id = ?", (huachuang,)
        )
        assert ("數控機床配件", 128000_00) in orders and ("伺服電機", 32000_50) in orders
        bergmann = repo.get_customer(
            store, store.tuples("SELECT id FROM customers WHERE name = 'Bergmann GmbH'")[0][0]
        )
        assert (bergmann["contact_name"], bergmann["contact_title"]) == (
            "Jürgen Groß",
            "Einkaufsleiter",
        )
    store.close()


def test_search_finds_customers_by_chinese_traditional_characters_and_pinyin(
    book: str, version: int, old_book: Path
) -> None:
    searches = dict(SEARCHES)
    if version >= 4:
        searches |= SEARCHES_FROM_V4
    if version >= 7 and book not in CONTACT_ON_THE_ROW:
        searches |= SEARCHES_FROM_V7
    store = open_store(old_book)
    names = dict(store.tuples("SELECT id, name FROM customers"))
    survivor = store.tuples(
        "SELECT name FROM customers WHERE email = 'm.peacock@northwind.co.uk' AND merged_into IS NULL"
    )
    searches["m.peacock@northwind.co.uk"] = {survivor[0][0]}
    gone = store.tuples("SELECT name FROM customers WHERE deleted_at IS NOT NULL")
    searches[gone[0][0]] = set()  # the deleted customer is not found
    found = {
        text: {names[i] for i in repo.list_ids(store, repo.ListQuery(search=text))}
        for text in searches
    }
    store.close()
    assert found == searches


def test_custui_find_check_and_score_run_on_it(
    old_book: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", str(old_book)]
    assert cli.main([*db, "find", "華創", "--json"]) == 0
    assert '"name": "廣州華創科技有限公司"' in capsys.readouterr().out
    assert cli.main([*db, "check"]) == 0
    report = capsys.readouterr().out
    assert f"schema {SCHEMA_VERSION}" in report and "PROBLEM" not in report
    assert cli.main([*db, "score", "--top", "3"]) == 0
    assert "Top 3 of " in capsys.readouterr().out


def test_it_ends_with_the_schema_of_a_new_book(book: str, old_book: Path, tmp_path: Path) -> None:
    conn = sqlite3.connect(old_book)
    assert is_early_v7(conn) == (book == "7-early")  # only the book of before people is repaired
    conn.close()
    open_store(old_book).close()
    open_store(tmp_path / "new.db").close()
    assert _schema(old_book) == _schema(tmp_path / "new.db")


def test_an_early_v7_book_whose_migration_fails_is_left_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its repair runs in the migration's one transaction: a later step failing undoes it too."""
    path = load_old_book("7-early", tmp_path / "book.db")
    before = rows_of(path)

    def fail(conn: sqlite3.Connection) -> None:
        raise sqlite3.OperationalError("the last step failed")

    monkeypatch.setattr(db, "MIGRATIONS", (*MIGRATIONS[:-1], Migration(MIGRATIONS[-1].sql, fail)))
    with pytest.raises(StoreError, match="the last step failed"):
        open_store(path)
    conn = sqlite3.connect(path)
    assert is_early_v7(conn)
    assert {"contact_name", "contact_title"} <= set(columns(conn, "customers"))
    conn.close()
    assert rows_of(path) == before

    monkeypatch.undo()
    open_store(path).close()  # and it opens once the step succeeds
    assert scalar(path, "PRAGMA user_version") == SCHEMA_VERSION


def test_opening_it_again_changes_nothing(old_book: Path) -> None:
    open_store(old_book).close()
    migrated, backups = _digest(old_book), backup.list_backups(old_book)
    store = open_store(old_book)
    assert repo.list_ids(store, repo.ListQuery(search="华创"))
    store.close()
    assert _digest(old_book) == migrated
    assert backup.list_backups(old_book) == backups


def _digest(path: Path) -> str:
    assert not path.with_name(path.name + "-wal").exists()  # all of it is in the file itself
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _schema(path: Path) -> list[tuple[str, str, str]]:
    """Every table, index, view and trigger of the book, with its SQL."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"
        ).fetchall()
    finally:
        conn.close()


@pytest.mark.parametrize("book", [b for b, v in BOOKS.items() if v >= 3], ids=lambda b: f"v{b}")
def test_a_merge_recorded_by_an_older_version_is_undone(old_book: Path, version: int) -> None:
    """The undo of a merge made before v7 names the old columns (address, contact_name): it puts back
    the street and the primary person as the v7 upgrade made them, with the merged customer active."""
    from custui.store.merge import last_merge, undo_merge

    store = open_store(old_book)
    try:
        merge = last_merge(store)  # books from v3 on hold one merge
        assert merge is not None
        merged_id = merge["merged_ids"][0]
        undo = json.loads(store.query("SELECT undo FROM merges WHERE id = ?", (merge["id"],))[0][0])
        assert undo_merge(store) == merge["id"]
        row = store.query(
            "SELECT merged_into, deleted_at, street FROM customers WHERE id = ?", (merged_id,)
        )[0]
        assert row["merged_into"] is None and row["deleted_at"] is None
        for snap in (undo["survivor"], *undo["merged"]):
            street = snap.get("street", snap.get("address"))
            assert (
                store.query("SELECT street FROM customers WHERE id = ?", (snap["id"],))[0][0]
                == street
            )
            if snap.get("contact_name"):
                people = store.query(
                    "SELECT name, title FROM contacts WHERE customer_id = ? AND is_primary = 1 "
                    "AND deleted_at IS NULL",
                    (snap["id"],),
                )
                assert [tuple(p) for p in people] == [
                    (snap["contact_name"], snap.get("contact_title"))
                ]
    finally:
        store.close()
    assert cli.main(["--db", str(old_book), "check"]) == 0


def test_a_v10_book_keeps_its_payment_terms_and_starts_its_score_history(tmp_path: Path) -> None:
    """v11 adds the score history: the v10 book's orders keep their terms, and it can take a snapshot."""
    from datetime import date

    from custui.store import history

    store = open_store(load_old_book("10", tmp_path / "book-v10.db"))
    try:
        terms = store.tuples(
            "SELECT product, due_on, paid, paid_on FROM orders WHERE due_on IS NOT NULL"
        )
        assert ("工控主板", "2026-11-27", 0, None) in terms
        assert ("Tea caddies", "2026-10-15", 1, "2026-10-20") in terms
        assert history.snapshot_days(store) == []
        entered = store.tuples("SELECT max(substr(created_at, 1, 10)) FROM customers")[0][0]
        day = date.fromisoformat(entered)  # the day the book was made: everyone was in it by then
        taken = history.take_snapshot(store, day)
        active = store.tuples(
            "SELECT count(*) FROM customers WHERE deleted_at IS NULL AND merged_into IS NULL"
        )
        assert taken.customers == active[0][0] and history.snapshot_days(store) == [day]
    finally:
        store.close()


def test_a_v11_books_kept_ranking_is_read_in_order_then_kept_as_one_array(tmp_path: Path) -> None:
    """v12 keeps the ranked order as one array: a v11 book's kept ranking has none, so its order is
    read from its ranks until the next scoring keeps both."""
    from custui.store import score_cache
    from custui.store.book import Book

    store = open_store(load_old_book("11", tmp_path / "book-v11.db"))
    try:
        assert store.tuples("SELECT ranked FROM score_cache") == [(None,)]
        by_rank = [
            row[0] for row in store.tuples("SELECT customer_id FROM score_ranks ORDER BY rank")
        ]
        assert len(by_rank) > 5 and score_cache.kept_order(store) == by_rank
        changes, settings = score_cache.change_count(store), score_cache.saved_settings(store)
        book = Book.load(store)
        score_cache.save(store, book.result, changes, settings)
        assert store.tuples("SELECT ranked IS NOT NULL FROM score_cache") == [(1,)]
        assert score_cache.kept_order(store) == [int(i) for i in book.result.frame.index]
    finally:
        store.close()
