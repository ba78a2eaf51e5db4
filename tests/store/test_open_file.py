"""The book stays the rep's: other programs (sqlite3, sqlite-utils, Datasette, DB Browser) write it with
plain SQL, no custui function registered, and custui's search finds what they wrote."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from custui.store import repo
from custui.store.db import open_store
from custui.store.search_index import backlog, documents
from tests.conftest import add_customer

STAMP = "2026-11-20T09:00:00"


@pytest.fixture
def book(db_path: Path) -> Path:
    """A book with one customer entered through the product, closed: the other program's turn."""
    store = open_store(db_path)
    add_customer(store, {"name": "盛和软件有限公司", "phone": "13812345678", "city": "杭州"})
    store.close()
    return db_path


def plain(path: Path) -> sqlite3.Connection:
    """Python's sqlite3 alone, as any other program opens the file."""
    return sqlite3.connect(path, isolation_level=None)


def found(path: Path, text: str) -> set[str]:
    store = open_store(path)
    try:
        ids = repo.search_ids(store, text)
        return {r[0] for r in store.tuples("SELECT name FROM customers WHERE id IN (SELECT value FROM json_each(?))",
                                           (repo.id_list(ids),))}  # fmt: skip
    finally:
        store.close()


def test_a_customer_inserted_elsewhere_is_found_by_chinese_traditional_and_pinyin(
    book: Path,
) -> None:
    with plain(book) as conn:
        conn.execute("INSERT INTO customers (code, name, kind, city, created_at, updated_at) "
                     "VALUES ('C00900', '華創科技集團', 'company', '深圳', ?, ?)", (STAMP, STAMP))  # fmt: skip
    assert found(book, "华创科技") == {"華創科技集團"}  # simplified finds traditional
    assert found(book, "華創") == {"華創科技集團"}
    assert found(book, "huachuang") == {"華創科技集團"}
    assert found(book, "hckj") == {"華創科技集團"}


def test_updates_and_deletes_elsewhere_move_the_search(book: Path) -> None:
    with plain(book) as conn:
        conn.execute(
            "UPDATE customers SET name = '盛和智能', notes = '展会认识' WHERE code = 'C00001'"
        )
    assert found(book, "盛和智能") == {"盛和智能"} and found(book, "展会") == {"盛和智能"}
    assert found(book, "盛和软件") == set()
    with plain(book) as conn:
        conn.execute("DELETE FROM customers WHERE code = 'C00001'")
    assert found(book, "盛和") == set()


def test_people_and_tags_written_elsewhere_are_found(book: Path) -> None:
    with plain(book) as conn:
        (customer,) = conn.execute("SELECT id FROM customers WHERE code = 'C00001'").fetchone()
        conn.execute("INSERT INTO contacts (customer_id, name, title, is_primary, created_at, updated_at) "
                     "VALUES (?, '張偉', '采购经理', 1, ?, ?)", (customer, STAMP, STAMP))  # fmt: skip
        conn.execute("INSERT INTO tags (category, name) VALUES ('need', '节能改造')")
        (tag,) = conn.execute("SELECT id FROM tags WHERE name = '节能改造'").fetchone()
        conn.execute(
            "INSERT INTO customer_tags (customer_id, tag_id) VALUES (?, ?)", (customer, tag)
        )
    assert found(book, "张伟") == {
        "盛和软件有限公司"
    }  # the person, traditional written, simplified typed
    assert found(book, "zhangwei") == {"盛和软件有限公司"}
    assert found(book, "节能") == {"盛和软件有限公司"}
    with plain(book) as conn:
        conn.execute("UPDATE tags SET name = '光伏' WHERE name = '节能改造'")
        conn.execute("UPDATE contacts SET deleted_at = ? WHERE name = '張偉'", (STAMP,))
    assert found(book, "光伏") == {"盛和软件有限公司"} and found(book, "节能") == set()
    assert found(book, "张伟") == set()


def test_interactions_written_elsewhere_are_kept_and_scored(book: Path) -> None:
    with plain(book) as conn:
        conn.execute("INSERT INTO interactions (customer_id, occurred_at, channel, summary, created_at) "
                     "SELECT id, '2026-11-19T10:00:00', 'visit', '现场拜访', ? FROM customers", (STAMP,))  # fmt: skip
    store = open_store(book)
    try:
        assert store.query("SELECT count(*) FROM interactions")[0][0] == 1
    finally:
        store.close()


def test_sqlite_utils_writes_it_too(book: Path) -> None:
    """sqlite-utils, part of custui's own stack, as a rep's script would use it."""
    db = sqlite_utils.Database(book)
    db["customers"].update(1, {"city": "蘇州"})
    db.close()
    assert found(book, "苏州") == {"盛和软件有限公司"}


def test_a_big_backlog_is_indexed_in_batches_with_progress(book: Path, monkeypatch) -> None:
    from custui.store import search_index

    with plain(book) as conn:
        conn.executemany("INSERT INTO customers (code, name, kind, created_at, updated_at) VALUES (?, ?, 'company', ?, ?)",
                         [(f"C{n:05d}", f"展会客户{n}贸易有限公司", STAMP, STAMP) for n in range(2, 302)])  # fmt: skip
    monkeypatch.setattr(search_index, "BATCH", 64)
    seen: list[tuple[int, int]] = []
    store = open_store(book, read_only=True)  # read-only: nothing to write, the backlog waits
    assert backlog(store) == 301  # and the customer the fixture entered, never searched since
    store.close()
    store = open_store(book)
    try:  # open_store brought it up to date already; queue again and watch the batches
        with store.transaction() as conn:
            conn.execute("INSERT INTO search_queue (customer_id) SELECT id FROM customers")
        search_index.bring_up_to_date(
            store, progress=lambda done, total: seen.append((done, total))
        )
        assert seen == [(64, 301), (128, 301), (192, 301), (256, 301), (301, 301)]
        assert store.tuples(
            "SELECT rowid, doc, pinyin FROM customer_fts ORDER BY rowid"
        ) == documents(store.conn)
        assert len(repo.search_ids(store, "展会客户")) == 300
    finally:
        store.close()
