"""`custui find`: the list's search from the command line, best scored first, for people and scripts."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from custui import cli

SAMPLE = Path(__file__).resolve().parents[1] / "sample.db"


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("find") / "sample.db"
    shutil.copy(SAMPLE, path)
    return path


def find(book: Path, capsys, *text: str) -> tuple[int, str]:
    status = cli.main(["--db", str(book), "find", *text, "--as-of", "2026-11-20"])
    return status, capsys.readouterr().out


def test_found_by_chinese_traditional_and_pinyin_best_scored_first(book: Path, capsys) -> None:
    status, out = find(book, capsys, "--json", "科技集团")
    rows = json.loads(out)
    assert status == 0 and rows and all("科技集团" in r["name"] for r in rows)
    assert set(rows[0]) == {"code", "name", "contact", "phone", "score", "tier"}
    scores = [r["score"] for r in rows]
    assert scores == sorted(scores, reverse=True)
    assert json.loads(find(book, capsys, "--json", "科技集團")[1]) == rows  # traditional, as typed
    initials = {r["code"] for r in json.loads(find(book, capsys, "--json", "kjjt")[1])}
    assert {r["code"] for r in rows} <= initials  # pinyin initials of 科技集团


def test_the_table_and_nothing_found(book: Path, capsys) -> None:
    status, out = find(book, capsys, "盛和软件")
    lines = out.splitlines()
    assert status == 0 and lines[0].split() == ["Code", "Name", "Contact", "Phone", "Score", "Tier"]
    assert "盛和软件有限公司" in out
    status, out = find(book, capsys, "zzqqxx")
    assert status == 1 and out.strip() == "No customer matches 'zzqqxx'."
    assert json.loads(find(book, capsys, "zzqqxx", "--json")[1]) == []
