"""Opening, creating, migrating and refusing database files — on real files."""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from custui.store import db as store_db
from custui.store import repo
from custui.store.db import (
    DatabaseLocked,
    NewerDatabase,
    NotADatabase,
    ReadOnlyDatabase,
    open_store,
)
from custui.store.schema import APPLICATION_ID, SCHEMA_VERSION
from tests.conftest import add_customer, old_file


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "custui", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("custui: ")
    for fragment in fragments:
        assert fragment in lines[0]


def test_new_file_is_private_wal_and_current(db_path: Path) -> None:
    old_umask = os.umask(0o022)
    try:
        store = open_store(db_path)
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    conn = store.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    store.close()


def test_reopening_keeps_data(db_path: Path) -> None:
    store = open_store(db_path)
    customer_id = add_customer(store, {"name": "华创科技"})
    store.close()
    again = open_store(db_path)
    assert repo.get_customer(again, customer_id)["name"] == "华创科技"
    again.close()


def test_text_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("name,phone\nAcme,123\n")
    before = digest(path)
    with pytest.raises(NotADatabase, match="not an SQLite file"):
        open_store(path)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]


def test_other_programs_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(NotADatabase, match="another program"):
        open_store(path)
    assert digest(path) == before


def test_newer_schema_is_refused_untouched(db_path: Path) -> None:
    store = open_store(db_path)
    store.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    store.close()
    before = digest(db_path)
    with pytest.raises(NewerDatabase, match="newer custui"):
        open_store(db_path)
    assert digest(db_path) == before


@contextlib.contextmanager
def locked_by_another_program(path: Path) -> Iterator[None]:
    """Another connection holds an exclusive lock with an uncommitted write."""
    open_store(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("INSERT INTO settings(key, value) VALUES ('x', '1')")
    try:
        yield
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_locked_file_is_refused(db_path: Path) -> None:
    with (
        locked_by_another_program(db_path),
        pytest.raises(DatabaseLocked, match="locked by another program"),
    ):
        open_store(db_path, busy_timeout_ms=100)
    store = open_store(db_path)
    assert store.query("SELECT count(*) FROM settings WHERE key = 'x'")[0][0] == 0
    store.close()


def test_unwritable_file_opens_read_only(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = open_store(db_path)
    add_customer(store, {"name": "Acme"})
    store.close()
    before = digest(db_path)
    monkeypatch.setattr(store_db, "is_writable", lambda path: False)
    store = open_store(db_path)
    assert store.read_only
    assert repo.count_active(store) == 1
    with pytest.raises(ReadOnlyDatabase, match="read-only"):
        add_customer(store, {"name": "Other"})
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        store.conn.execute("DELETE FROM customers")
    store.close()
    assert digest(db_path) == before


def test_v1_file_is_migrated_with_its_data(db_path: Path) -> None:
    """A file written by schema v1 opens with today's code and gains search."""
    conn = old_file(db_path, 1)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    stamp = "2024-01-01T00:00:00+00:00"
    conn.execute(
        "INSERT INTO customers (code, name, created_at, updated_at) VALUES ('C00001', '廣州華創科技有限公司', ?, ?)",
        (stamp, stamp),
    )
    conn.execute("INSERT INTO tags (name, category) VALUES ('重点', 'potential')")
    conn.execute("INSERT INTO customer_tags VALUES (1, 1)")
    conn.close()

    store = open_store(db_path)
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert repo.get_customer(store, 1)["name"] == "廣州華創科技有限公司"
    for query in ("华创", "huachuang", "重点"):
        assert repo.list_ids(store, repo.ListQuery(search=query)) == [1], query
    store.close()


def test_v4_file_moves_tag_names_out_of_customer_documents(db_path: Path) -> None:
    """v5: tag names leave each customer's search document for their own index; search still finds them."""
    conn = old_file(db_path, 4)
    stamp = "2024-01-01T00:00:00+00:00"
    for code, name in (("C00001", "深圳华创科技"), ("C00002", "Acme")):
        conn.execute("INSERT INTO customers (code, name, created_at, updated_at) VALUES (?, ?, ?, ?)",
                     (code, name, stamp, stamp))  # fmt: skip
    conn.execute("INSERT INTO tags (name, category) VALUES ('展会线索', 'custom')")
    conn.execute("INSERT INTO customer_tags VALUES (1, 1)")
    assert "展" in conn.execute("SELECT doc FROM customer_fts WHERE rowid = 1").fetchone()[0]
    conn.close()

    store = open_store(db_path)
    assert "展" not in store.tuples("SELECT doc FROM customer_fts WHERE rowid = 1")[0][0]
    assert repo.search_ids(store, "展会线索") == {1}
    assert repo.search_ids(store, "展会 华创") == {1}  # one piece in the tag, one in the name
    assert repo.search_ids(store, "展会 acme") == set()
    store.close()


def test_cli_refuses_text_file_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.db"
    path.write_bytes(b"\x00\x01binary junk" * 100)
    before = digest(path)
    assert_one_line_error(run_cli("--db", str(path)), "not an SQLite file")
    assert digest(path) == before


def test_cli_refuses_newer_file_in_one_line(db_path: Path) -> None:
    store = open_store(db_path)
    store.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    store.close()
    before = digest(db_path)
    assert_one_line_error(run_cli(str(db_path)), "newer custui")
    assert digest(db_path) == before


def test_cli_refuses_locked_file_in_one_line(db_path: Path) -> None:
    with locked_by_another_program(db_path):
        assert_one_line_error(run_cli("--db", str(db_path)), "locked")
