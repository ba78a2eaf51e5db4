"""Kill -9 in the middle of an import, a merge and a bulk tag change, many times: the file stays whole.

Each round copies a prepared file, starts tests.store.crash_worker on it
(which repeats the operation, backing up before each), kills it with SIGKILL
at a random moment, and reopens the file: integrity_check is ok, foreign keys
hold, every backup is a whole database, and the operation is all there or
not at all.  Rounds are bounded so the test stays well under a minute.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from custui.core.contacts import validate_contact
from custui.store import backup, contacts, tags
from custui.store.db import open_store
from tests.conftest import add_customer
from tests.store.crash_worker import IMPORT_ROWS

ROUNDS = 6
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("crash") / "base.db"
    store = open_store(path)
    ids = [add_customer(store, {"name": f"客户{n}", "code": f"C{n + 1:05d}"}) for n in range(400)]
    with store.transaction() as conn:
        conn.executemany(
            "INSERT INTO interactions (customer_id, occurred_at, channel, summary, created_at) VALUES (?, ?, 'call', 'x', 'x')",
            [(ids[n % 2], f"2025-01-{1 + n % 28:02d}") for n in range(50)],
        )
    tags.add_tag(store, ids[:2], tags.create_tag(store, "老客户"))
    for customer_id, names in (
        (ids[0], ("张伟", "陈静")),
        (ids[1], ("李娜", "陈 静")),
    ):  # 陈静 entered at both
        for name in names:
            clean, _ = validate_contact({"name": name}, region="CN", today=date(2026, 1, 1))
            contacts.add_contact(store, customer_id, clean)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return path


def kill_midway(db: Path, operation: str, rnd: random.Random) -> None:
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.store.crash_worker", operation, str(db)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready", (
            child.stderr.read()
        )  # type: ignore[union-attr]
        time.sleep(rnd.uniform(0.02, 0.6))
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL


def check_whole(db: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    for taken in backup.list_backups(db):
        copy = sqlite3.connect(f"{taken.path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok", taken.path
        copy.close()
    return conn


@pytest.mark.parametrize("operation", ["import", "merge", "bulk-tag"])
def test_a_killed_operation_is_all_or_nothing(
    prepared: Path, tmp_path: Path, operation: str
) -> None:
    rnd = random.Random(f"{operation}-20261123")
    work_done = 0
    for round_no in range(ROUNDS):
        db = tmp_path / f"{operation}-{round_no}.db"
        shutil.copy(prepared, db)
        kill_midway(db, operation, rnd)
        store = open_store(db)  # recovery (WAL replay) as custui does it
        store.close()
        conn = check_whole(db)
        work_done += len(
            backup.list_backups(db)
        )  # one per operation started (backup_min_minutes = 0)
        try:
            if operation == "import":
                added = conn.execute("SELECT count(*) FROM interactions").fetchone()[0] - 50
                assert added % IMPORT_ROWS == 0, f"round {round_no}: {added} rows: a partial import"
            elif operation == "merge":
                (merged_into,) = conn.execute(
                    "SELECT merged_into FROM customers WHERE id = 2"
                ).fetchone()
                per = dict(
                    conn.execute(
                        "SELECT customer_id, count(*) FROM interactions GROUP BY customer_id"
                    ).fetchall()
                )
                tagged = {r[0] for r in conn.execute("SELECT customer_id FROM customer_tags")}
                people = sorted(
                    conn.execute(
                        "SELECT customer_id, name, deleted_at IS NULL FROM contacts"
                    ).fetchall()
                )
                if merged_into is None:
                    assert per == {1: 25, 2: 25} and tagged == {1, 2}, (
                        f"round {round_no}: half-undone merge"
                    )
                    assert people == [
                        (1, "张伟", 1),
                        (1, "陈静", 1),
                        (2, "李娜", 1),
                        (2, "陈 静", 1),
                    ], people
                else:
                    assert merged_into == 1 and per == {1: 50} and tagged == {1}, (
                        f"round {round_no}: half a merge"
                    )
                    assert people == [
                        (1, "张伟", 1),
                        (1, "李娜", 1),
                        (1, "陈静", 1),
                        (2, "陈 静", 0),
                    ], people
            else:
                on = conn.execute(
                    "SELECT count(*) FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id WHERE t.name = 'crash'"
                ).fetchone()[0]
                assert on in (0, 400), (
                    f"round {round_no}: {on} customers tagged: a partial bulk change"
                )
        finally:
            conn.close()
    assert work_done > ROUNDS, "the worker hardly ran: the kills proved nothing"
