"""The command line: sub-commands, exit codes, one-line errors."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from custui import cli


def test_sample_writes_a_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "s.db"
    assert cli.main(["sample", "--out", str(out), "--customers", "40", "--seed", "7"]) == 0
    assert "Wrote" in capsys.readouterr().out
    conn = sqlite3.connect(out)
    assert conn.execute("SELECT count(*) FROM customers").fetchone()[0] >= 40
    conn.close()


def test_sample_refuses_to_overwrite_without_force(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "s.db"
    out.write_text("precious")
    assert cli.main(["sample", "--out", str(out), "--customers", "30"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("custui: ") and "exists" in err and len(err.splitlines()) == 1
    assert out.read_text() == "precious"


def test_sample_force_replaces(tmp_path: Path) -> None:
    out = tmp_path / "s.db"
    out.write_text("old")
    assert cli.main(["sample", "--out", str(out), "--customers", "30", "--force"]) == 0
    assert out.read_bytes().startswith(b"SQLite format 3")


def test_bad_sample_size_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["sample", "--customers", "0"])
    assert exit_info.value.code == 2
    assert "positive" in capsys.readouterr().err


def test_db_given_twice_differently_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["a.db", "--db", "b.db"]) == cli.EXIT_USAGE
    assert "not both" in capsys.readouterr().err


def test_split_command_finds_the_command_after_global_options() -> None:
    assert cli._split_command(["--db", "x.db", "sample", "--out", "y"]) == (["--db", "x.db"], "sample", ["--out", "y"])
    assert cli._split_command(["x.db"]) == (["x.db"], None, [])
    assert cli._split_command(["--read-only", "x.db"]) == (["--read-only", "x.db"], None, [])


def test_default_db_comes_from_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CUSTUI_DB", str(tmp_path / "mine.db"))
    assert cli.default_db_path() == tmp_path / "mine.db"
    monkeypatch.delenv("CUSTUI_DB")
    assert cli.default_db_path().name == "custui.db"
    assert str(tmp_path / "xdg-data") in str(cli.default_db_path())
