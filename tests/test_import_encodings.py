"""`custui import` of CSVs in every encoding people have: names come back exactly, or the file is refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from custui import cli
from tests.store.encoded import AMBIGUOUS, NAMES, WRITTEN, csv_in
from tests.test_cli import one_line_error


def customers(db: Path) -> list[list[str]]:
    conn = sqlite3.connect(db)
    try:
        return [list(row) for row in conn.execute(
            "SELECT c.name, p.name, c.city FROM customers c LEFT JOIN contacts p ON p.customer_id = c.id "
            "AND p.is_primary = 1 ORDER BY c.id")]  # fmt: skip
    finally:
        conn.close()


@pytest.mark.parametrize(("language", "codec", "shown"), WRITTEN)
def test_each_encoding_round_trips_through_the_import(
    language: str, codec: str, shown: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, db = tmp_path / "customers.csv", tmp_path / "book.db"
    source.write_bytes(csv_in(language, codec))
    assert cli.main(["--db", str(db), "import", str(source)]) == 0
    assert f"({shown} CSV, comma-separated)" in capsys.readouterr().out
    assert customers(db) == NAMES[language]


def test_a_file_that_reads_two_ways_is_refused_until_its_encoding_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, db = tmp_path / "fi.csv", tmp_path / "book.db"
    source.write_bytes(AMBIGUOUS)
    assert cli.main(["--db", str(db), "import", str(source)]) == cli.EXIT_ERROR
    one_line_error(capsys.readouterr().err, "fi.csv reads two ways", "Windows-1252 (“Sillanpää”)",
                   "GB18030 (“Sillanp滗”)", "--encoding cp1252", "--encoding gb18030")  # fmt: skip
    assert not db.exists()  # refused before the book was even created
    assert cli.main(["--db", str(db), "import", str(source), "--encoding", "cp1252"]) == 0
    assert "(Windows-1252 CSV, comma-separated)" in capsys.readouterr().out
    assert customers(db) == [["Sillanpää Oy", None, "Pyhtää"]]


def test_a_wrong_or_unknown_encoding_is_a_one_line_refusal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, db = tmp_path / "de.csv", tmp_path / "book.db"
    source.write_bytes(csv_in("German/French", "cp1252"))
    assert (
        cli.main(["--db", str(db), "import", str(source), "--encoding", "big5"]) == cli.EXIT_ERROR
    )
    one_line_error(
        capsys.readouterr().err,
        "de.csv is not Big5 text (byte 20 does not fit); try another --encoding.",
    )
    assert (
        cli.main(["--db", str(db), "import", str(source), "--encoding", "klingon"])
        == cli.EXIT_ERROR
    )
    one_line_error(capsys.readouterr().err, "“klingon” is not a text encoding")
    assert not db.exists()
