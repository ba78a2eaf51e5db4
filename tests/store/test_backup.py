"""custui.store.backup on real files: when backups are taken, their modes, rotation, checks and restore."""

from __future__ import annotations

import sqlite3
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from custui.core import merge as merge_core
from custui.store import backup, repo, tags
from custui.store import merge as store_merge
from custui.store.db import Store, StoreError, open_store
from custui.store.settings import put_setting
from tests.conftest import add_customer, old_file


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def count(path: Path, sql: str) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def filled(store: Store) -> Store:
    for n in range(5):
        add_customer(store, {"name": f"客户{n}", "code": f"C{n + 1:05d}"})
    return store


def test_a_backup_is_a_private_consistent_copy(filled: Store) -> None:
    path = backup.take_backup(filled.conn, filled.path, "test")
    assert path.parent == backup.backups_dir(filled.path)
    assert mode(path.parent) == 0o700 and mode(path) == 0o600
    assert count(path, "SELECT count(*) FROM customers") == 5
    assert count(path, "PRAGMA integrity_check") == "ok"  # type: ignore[comparison-overlap]
    assert not list(path.parent.glob("*.partial"))
    listed = backup.list_backups(filled.path)
    assert [b.path for b in listed] == [path] and listed[0].reason == "test"


def test_rotation_keeps_the_newest(filled: Store) -> None:
    put_setting(filled, "backup_keep", 3)
    start = datetime(2026, 11, 1, 9, 0, 0)
    made = [
        backup.take_backup(filled.conn, filled.path, "test", now=start + timedelta(hours=n))
        for n in range(5)
    ]
    assert [b.path for b in backup.list_backups(filled.path)] == made[:1:-1]


def test_before_a_change_at_most_one_backup_per_interval(filled: Store) -> None:
    now = datetime(2026, 11, 1, 9, 0, 0)
    assert backup.backup_before(filled, "merge", now=now) is not None
    assert backup.backup_before(filled, "merge", now=now + timedelta(minutes=4)) is None
    assert backup.backup_before(filled, "merge", now=now + timedelta(minutes=6)) is not None
    put_setting(filled, "backup_min_minutes", 0)  # 0: always
    assert (
        backup.backup_before(filled, "merge", now=now + timedelta(minutes=6, seconds=1)) is not None
    )


def test_daily_backup_once_a_day_and_not_of_an_empty_file(store: Store) -> None:
    now = datetime(2026, 11, 1, 9, 0, 0)
    assert backup.daily_backup(store, now=now) is None  # nothing to lose yet
    add_customer(store, {"name": "华创"})
    assert backup.daily_backup(store, now=now) is not None
    assert backup.daily_backup(store, now=now + timedelta(hours=5)) is None
    assert backup.daily_backup(store, now=now + timedelta(days=1)) is not None


@pytest.mark.parametrize(
    "operation", ["merge", "import", "bulk-tag", "tag-delete", "tag-merge", "delete"]
)
def test_destructive_and_bulk_operations_back_up_first(filled: Store, operation: str) -> None:
    from custui.store import importer
    from custui.store.readers import read_csv_bytes

    ids = [r[0] for r in filled.tuples("SELECT id FROM customers ORDER BY id")]
    tag = tags.create_tag(filled, "重点")
    other = tags.create_tag(filled, "VIP")
    run = {
        "merge": lambda: store_merge.merge(filled, merge_core.default_plan([repo.get_customer(filled, i) for i in ids[:2]])),
        "import": lambda: importer.import_table(filled, read_csv_bytes("name\n新客户\n".encode(), "x.csv"), "customers",
                                                today=datetime(2026, 11, 1).date()),
        "bulk-tag": lambda: tags.add_tag(filled, ids, tag),
        "tag-delete": lambda: tags.delete_tag(filled, tag),
        "tag-merge": lambda: tags.merge_tags(filled, [other], tag),
        "delete": lambda: repo.delete_customer(filled, ids[0]),
    }  # fmt: skip
    before = count(filled.path, "SELECT count(*) FROM customers")
    run[operation]()
    taken = backup.list_backups(filled.path)
    assert [b.reason for b in taken] == [operation]
    assert count(taken[0].path, "SELECT count(*) FROM customers") == before
    assert (
        count(
            taken[0].path,
            "SELECT count(*) FROM customers WHERE merged_into IS NOT NULL OR deleted_at IS NOT NULL",
        )
        == 0
    )


def test_a_migration_backs_up_the_old_file(db_path: Path) -> None:
    conn = old_file(db_path, 4)
    conn.execute(
        "INSERT INTO customers (code, name, created_at, updated_at) VALUES ('C00001', 'x', 'now', 'now')"
    )
    conn.close()
    open_store(db_path).close()
    taken = backup.list_backups(db_path)
    assert [b.reason for b in taken] == ["migration"]
    assert count(taken[0].path, "PRAGMA user_version") == 4


def test_restore_puts_a_backup_back_and_keeps_the_current_file(filled: Store) -> None:
    path = filled.path
    saved = backup.take_backup(filled.conn, path, "test")
    add_customer(filled, {"name": "后来的客户"})
    filled.close()
    safety = backup.restore(path, saved)
    assert count(safety, "SELECT count(*) FROM customers") == 6
    again = open_store(path)
    assert again.tuples("SELECT count(*) FROM customers")[0][0] == 5
    assert repo.search_ids(again, "后来") == set()
    again.close()


def test_restore_refuses_what_is_not_a_good_backup(filled: Store, tmp_path: Path) -> None:
    path = filled.path
    text = tmp_path / "notes.db"
    text.write_text("hello")
    foreign = tmp_path / "other.db"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.close()
    damaged = backup.take_backup(filled.conn, path, "test")
    data = bytearray(damaged.read_bytes())
    data[4096 * 2 : 4096 * 2 + 200] = b"\xff" * 200  # scribble over a page
    damaged.write_bytes(bytes(data))
    filled.close()
    for bad, words in [(tmp_path / "missing.db", "does not exist"), (text, "not a custui database"),
                       (foreign, "not a custui database"), (damaged, "damaged")]:  # fmt: skip
        with pytest.raises(StoreError, match=words):
            backup.restore(path, bad)
    assert backup.list_backups(path)[0].path == damaged  # nothing was taken or changed


def test_a_read_only_file_is_never_backed_up(filled: Store) -> None:
    path = filled.path
    filled.close()
    ro = open_store(path, read_only=True)
    assert backup.backup_before(ro, "merge") is None and backup.daily_backup(ro) is None
    ro.close()
    assert backup.list_backups(path) == []
