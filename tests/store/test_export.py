"""CSV and XLSX export (custui.store.io): Chinese text, typed cells, formula injection, atomic writes."""

from __future__ import annotations

import csv
import os
import stat
from datetime import date, datetime
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

from custui.store import io
from custui.store.db import StoreError

DANGEROUS = [
    "=1+1",
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1:A2)",
    "\tleading tab",
    "\rleading return",
]


def sample_frame() -> pd.DataFrame:
    n = len(DANGEROUS)
    frame = pd.DataFrame(
        {
            "code": [f"C{i:05d}" for i in range(1, n + 1)],
            "name": ["深圳市华创科技有限公司", "Müller GmbH", *DANGEROUS[: n - 2]],
            "note": DANGEROUS,
            "score": [92.5, -1.5, 0.0, 70.0, 55.25, 10.0],
            "frequency": [3, -4, 0, 12, 1, 7],
            "monetary": ["1234.50", "-12.50", "0.00", "=1+1", "10000000.01", "-0.05"],
            "churn": [True, False, False, True, False, False],
            "recency_days": pd.array([5, None, 0, 30, 365, 1], dtype="Int64"),
            "last_contact": [
                date(2026, 11, 20),
                None,
                date(2024, 2, 29),
                None,
                date(2025, 1, 1),
                date(2026, 1, 2),
            ],
            "tags": ["重点; VIP", "", "风险", "", "", ""],
        }
    )
    frame.attrs["decimal_columns"] = ("monetary",)
    return frame


def test_csv_has_a_bom_chinese_text_and_neutralised_formulas(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    assert io.export_rows(sample_frame(), path) == len(DANGEROUS)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel reads Chinese correctly
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    header, body = rows[0], rows[1:]
    assert header == list(sample_frame().columns)
    col = {name: [r[n] for r in body] for n, name in enumerate(header)}
    assert col["name"][:2] == ["深圳市华创科技有限公司", "Müller GmbH"]
    assert col["note"] == ["'" + text for text in DANGEROUS]
    assert col["name"][2:] == ["'" + text for text in DANGEROUS[:4]]
    # numbers stay numbers, negative ones included; exact decimals stay exact
    assert col["score"] == ["92.5", "-1.5", "0.0", "70.0", "55.25", "10.0"]
    assert col["frequency"] == ["3", "-4", "0", "12", "1", "7"]
    assert col["monetary"] == ["1234.50", "-12.50", "0.00", "'=1+1", "10000000.01", "-0.05"]
    assert col["churn"] == ["TRUE", "FALSE", "FALSE", "TRUE", "FALSE", "FALSE"]
    assert col["recency_days"] == ["5", "", "0", "30", "365", "1"]
    assert col["last_contact"] == ["2026-11-20", "", "2024-02-29", "", "2025-01-01", "2026-01-02"]
    assert col["tags"][0] == "重点; VIP"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # personal data, like the database


def test_xlsx_cells_are_typed_and_formulas_neutralised(tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    assert io.export_rows(sample_frame(), path) == len(DANGEROUS)
    sheet = load_workbook(path).active
    assert sheet.freeze_panes == "A2"
    header = [c.value for c in sheet[1]]
    assert header == list(sample_frame().columns)
    assert all(c.font.bold for c in sheet[1])
    col = {name: [row[n] for row in sheet.iter_rows(min_row=2)] for n, name in enumerate(header)}

    assert col["name"][0].value == "深圳市华创科技有限公司"
    for cell, text in zip(col["note"], DANGEROUS):
        # (XML reads a bare CR back as LF; the quote in front is what matters)
        assert cell.data_type == "s" and cell.value == "'" + text.replace("\r", "\n")
    assert [c.data_type for c in col["score"]] == ["n"] * 6
    assert [c.value for c in col["frequency"]] == [3, -4, 0, 12, 1, 7]
    assert [c.data_type for c in col["frequency"]] == ["n"] * 6
    money = col["monetary"]
    assert [c.value for c in money[:3]] == [1234.5, -12.5, 0.0]
    assert money[1].data_type == "n" and money[1].number_format == io.XLSX_MONEY_FORMAT
    assert money[3].data_type == "s" and money[3].value == "'=1+1"
    assert [c.value for c in col["churn"][:2]] == [True, False]
    assert col["recency_days"][1].value is None and col["recency_days"][0].value == 5
    contact = col["last_contact"]
    assert contact[0].is_date and contact[0].value == datetime(2026, 11, 20)
    assert contact[0].number_format == "yyyy-mm-dd"
    assert contact[1].value is None


def test_unknown_extension_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as refused:
        io.export_rows(sample_frame(), tmp_path / "list.txt")
    assert str(refused.value) == "Export to .csv or .xlsx (got .txt)."
    assert not (tmp_path / "list.txt").exists()


def test_missing_folder_is_one_plain_error(tmp_path: Path) -> None:
    target = tmp_path / "nope" / "list.csv"
    with pytest.raises(StoreError, match=r"the folder .*nope does not exist"):
        io.export_rows(sample_frame(), target)
    assert not target.parent.exists()


def test_a_failed_export_leaves_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "list.csv"
    target.write_text("previous export")

    def broken(handle, columns, values):
        handle.write(b"code,name\nC00001,half a fi")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(io, "_write_csv", broken)
    with pytest.raises(StoreError, match="No space left on device"):
        io.export_rows(sample_frame(), target)
    assert target.read_text() == "previous export"
    assert sorted(os.listdir(tmp_path)) == ["list.csv"]  # no temp file left behind

    def interrupted(handle, columns, values):
        handle.write(b"partial")
        raise KeyboardInterrupt

    monkeypatch.setattr(io, "_write_csv", interrupted)
    with pytest.raises(KeyboardInterrupt):
        io.export_rows(sample_frame(), tmp_path / "new.csv")
    assert sorted(os.listdir(tmp_path)) == ["list.csv"]


def test_neutralise_only_touches_text() -> None:
    assert [io.neutralise(t) for t in ("=x", "+x", "-x", "@x", "\tx", "\rx")] == [
        "'=x",
        "'+x",
        "'-x",
        "'@x",
        "'\tx",
        "'\rx",
    ]
    assert [io.neutralise(t) for t in ("x=1", " =1", "", "'=1")] == ["x=1", " =1", "", "'=1"]
