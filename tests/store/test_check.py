"""custui check: a sound book passes; each kind of damage another program (or a disk) can do is found,
named, and repaired where it can be rebuilt, after a backup."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from custui import cli
from custui.store.backup import list_backups

SAMPLE = Path(__file__).resolve().parents[2] / "sample.db"


@pytest.fixture
def book(tmp_path: Path) -> Path:
    path = tmp_path / "book.db"
    shutil.copy(SAMPLE, path)
    return path


def damage(book: Path, *statements: str) -> None:
    """Plain sqlite3, foreign keys off: as another program (or a careless script) writes."""
    with sqlite3.connect(book) as conn:
        for sql in statements:
            conn.execute(sql)
    conn.close()


def check(book: Path, capsys, *options: str) -> tuple[int, str]:
    status = cli.main(["--db", str(book), "check", *options])
    return status, capsys.readouterr().out


def test_a_sound_book_passes(book: Path, capsys) -> None:
    status, out = check(book, capsys)
    assert status == 0 and "PROBLEM" not in out
    assert [line.split()[0] for line in out.splitlines()[1:]] == ["ok"] * 7


def test_a_stale_search_index_is_named_and_rebuilt(book: Path, capsys) -> None:
    damage(
        book,
        "UPDATE customer_fts SET doc = 'x' WHERE rowid IN (1, 2)",
        "UPDATE tag_fts SET doc = 'y' WHERE rowid = 3",
    )
    status, out = check(book, capsys)
    assert status == 1
    assert "2 customers out of date in the search index: C00001, C00002" in out
    assert "1 tag out of date in the search index" in out and "--repair" in out
    status, out = check(book, capsys, "--repair")
    assert status == 0 and "repaired  search indexes rebuilt" in out and "PROBLEM" not in out
    assert any(b.reason == "repair" for b in list_backups(book))


def test_orphans_and_bad_settings_are_reported_not_repaired(book: Path, capsys) -> None:
    damage(book,
           "INSERT INTO interactions (customer_id, occurred_at, channel, created_at) "
           "VALUES (99999, '2026-01-01', 'call', '2026-01-01')",
           "INSERT INTO settings (key, value) VALUES ('scoring', '{\"dimensions\": 7}')",
           "INSERT INTO settings (key, value) VALUES ('note', 'not json')")  # fmt: skip
    status, out = check(book, capsys, "--repair")
    assert status == 1
    assert "interactions row" in out and "points to a missing customers row" in out
    assert "setting 'note' is not JSON" in out and "scoring settings cannot be used" in out


def test_a_damaged_kept_ranking_is_dropped(book: Path, capsys) -> None:
    damage(
        book,
        "INSERT INTO score_cache (id, format, as_of, settings, changes, scored_at, meta, frame) "
        "VALUES (1, 1, '2026-11-20', '', 0, 'x', '{}', x'00ff')",
    )
    status, out = check(book, capsys)
    assert status == 1 and "the kept ranking cannot be read" in out
    status, out = check(book, capsys, "--repair")
    assert status == 0 and "kept ranking dropped" in out
