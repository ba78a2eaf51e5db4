"""custui snapshot and custui movement: the score history from the command line."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest

from custui import cli


@pytest.fixture(scope="module")
def sample_book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from custui import sample

    path = tmp_path_factory.mktemp("cli-history") / "book.db"
    sample.generate(path, customers=40, history_months=0)
    return path


@pytest.fixture
def book(sample_book: Path, tmp_path: Path) -> Path:
    path = tmp_path / "book.db"
    path.write_bytes(sample_book.read_bytes())
    return path


def rows(book: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(book)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def run(book: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = cli.main(["--db", str(book), *args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_snapshot_keeps_every_scored_customer_once_a_day(book: Path, capsys) -> None:
    status, out, _ = run(book, capsys, "snapshot", "--as-of", "2026-11-20")
    assert status == 0
    assert out.startswith("Snapshot of 2026-11-20: ") and "(scored as of that day)" in out
    active = rows(
        book, "SELECT count(*) FROM customers WHERE deleted_at IS NULL AND merged_into IS NULL"
    )
    held = rows(book, "SELECT count(*) FROM score_snapshots WHERE day = '2026-11-20'")
    assert held == active
    assert run(book, capsys, "snapshot", "--as-of", "2026-11-20")[0] == 0
    assert rows(book, "SELECT count(*) FROM score_snapshots") == held  # the same day: replaced


def test_snapshot_refuses_a_bad_day(book: Path, capsys) -> None:
    status, _, err = run(book, capsys, "snapshot", "--as-of", "yesterday-ish")
    assert status == 2 and err.startswith("custui: --as-of:") and len(err.splitlines()) == 1


def test_movement_prints_the_matrix_with_honest_totals(book: Path, capsys) -> None:
    run(book, capsys, "snapshot", "--as-of", "2026-06-30")
    run(book, capsys, "snapshot", "--as-of", "2026-11-20")
    status, out, err = run(book, capsys, "movement", "2026-06", "2026-11-25")
    assert status == 0 and not err
    lines = out.splitlines()
    assert lines[0] == ("From the snapshot of 2026-06-30; to the snapshot of 2026-11-20 "
                        "(the latest on or before 2026-11-25).")  # fmt: skip
    assert lines[1].split() == ["from", "\\", "to", "Strategic", "Core", "Potential", "Basic", "not",
                                "scored", "total"]  # fmt: skip
    table = {
        line[:12].strip(): [int(n.replace(",", "")) for n in line[12:].split()]
        for line in lines[2:8]
    }
    assert list(table) == ["Strategic", "Core", "Potential", "Basic", "not scored", "total"]
    both = rows(book, "SELECT count(*) FROM score_snapshots a JOIN score_snapshots b USING (customer_id) "
                      "WHERE a.day = '2026-06-30' AND b.day = '2026-11-20'")[0][0]  # fmt: skip
    tiers = ["Strategic", "Core", "Potential", "Basic"]
    assert sum(table[t][c] for t in tiers for c in range(4)) == both
    assert lines[8].startswith(f"{both:,} customers scored at both dates")
    for row in table.values():  # each row adds up to its total
        assert sum(row[:-1]) == row[-1]
    everyone = rows(book, "SELECT count(DISTINCT customer_id) FROM score_snapshots")[0][0]
    assert table["total"][-1] == everyone


def test_movement_export_writes_one_row_per_customer(book: Path, capsys, tmp_path: Path) -> None:
    run(book, capsys, "snapshot", "--as-of", "2026-06-30")
    run(book, capsys, "snapshot", "--as-of", "2026-11-20")
    target = tmp_path / "moves.csv"
    status, out, _ = run(
        book, capsys, "movement", "2026-06-30", "2026-11-20", "--export", str(target)
    )
    assert status == 0 and f"to {target}" in out
    with target.open(encoding="utf-8-sig", newline="") as handle:
        written = list(csv.DictReader(handle))
    assert list(written[0]) == ["code", "name", "tier_from", "tier_to", "score_from", "score_to"]
    assert (
        len(written) == rows(book, "SELECT count(DISTINCT customer_id) FROM score_snapshots")[0][0]
    )
    new = [r for r in written if not r["tier_from"]]
    assert new and all(r["tier_to"] and not r["score_from"] for r in new)
    assert [r["code"] for r in written] == sorted(r["code"] for r in written)
    xlsx = tmp_path / "moves.xlsx"
    assert run(book, capsys, "movement", "2026-06", "2026-11", "--export", str(xlsx))[0] == 0
    assert xlsx.read_bytes()[:2] == b"PK"


def test_movement_says_so_when_there_is_no_snapshot(book: Path, capsys) -> None:
    status, _, err = run(book, capsys, "movement", "2026-06", "2026-11")
    assert (
        status == 1
        and "no snapshot on or before 2026-06-30" in err
        and "none has been taken" in err
    )
    run(book, capsys, "snapshot", "--as-of", "2026-11-20")
    status, _, err = run(book, capsys, "movement", "2026-06", "2026-11")
    assert status == 1 and "the earliest is 2026-11-20" in err and len(err.splitlines()) == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["2026-13", "2026-11"], "FROM: not a month"),
        (["2026-11", "2026-06"], "is after TO"),
        (["2026-06", "soon"], "TO:"),
        (["2026-06", "2026-11", "--export", "x.pdf"], "pdf"),
    ],
)
def test_movement_refuses_bad_input_in_one_line(
    book: Path, capsys, args: list[str], message: str
) -> None:
    status, _, err = run(book, capsys, "movement", *args)
    assert status in (1, 2) and message in err and len(err.strip().splitlines()) == 1
