"""custui.store.readers: CSV in the encodings and delimiters people have, XLSX, and clear refusals."""

from __future__ import annotations

import codecs
import contextlib
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from custui.store.readers import (
    MAX_CELL_CHARS,
    AmbiguousEncoding,
    ImportFileError,
    encoding_label,
    read_csv_bytes,
    read_table,
)
from tests.store.encoded import AMBIGUOUS, NAMES, WRITTEN, csv_in

ROWS = [
    ["客户名称", "电话", "备注"],
    ["华创科技有限公司", "138 0013 8000", "老客户，重点"],
    ["Acme Ltd", "+1 415 555 0100", "note"],
]


def _csv_text(delimiter: str = ",") -> str:
    return "\r\n".join(delimiter.join(r) for r in ROWS) + "\r\n"


@pytest.mark.parametrize(
    ("encoded", "encoding"),
    [
        (_csv_text().encode("utf-8"), "UTF-8"),
        (codecs.BOM_UTF8 + _csv_text().encode("utf-8"), "UTF-8"),
        (_csv_text().encode("gbk"), "GB18030"),
        (_csv_text().encode("gb18030"), "GB18030"),
        (_csv_text().encode("utf-16"), "UTF-16"),  # with its byte-order mark
        (_csv_text().encode("utf-16-le"), "UTF-16"),  # without
        (_csv_text().encode("utf-16-be"), "UTF-16"),
    ],
)
def test_csv_encodings_are_detected(encoded: bytes, encoding: str) -> None:
    table = read_csv_bytes(encoded, "x.csv")
    assert table.source.startswith(f"{encoding} CSV")
    assert [table.headers, *table.rows] == ROWS
    assert table.row_numbers == [2, 3]


@pytest.mark.parametrize(("language", "codec", "shown"), WRITTEN)
def test_each_encoding_is_detected_and_read_back_exactly(
    language: str, codec: str, shown: str
) -> None:
    table = read_csv_bytes(csv_in(language, codec), "x.csv")
    assert table.source == f"{shown} CSV, comma-separated"
    assert table.headers == ["name", "contact", "city"] and table.rows == NAMES[language]


def test_a_short_western_file_is_never_read_as_chinese() -> None:
    data = "Name,Stadt\nJürgen Müller GmbH,München\nMüller & Söhne,Köln\nGünther Müller,Düren\n".encode(
        "cp1252"
    )
    assert data.decode("gb18030").startswith("Name")  # it does decode as GB18030: “J黵gen M黮ler”
    table = read_csv_bytes(data, "x.csv")
    assert table.source.startswith("Windows-1252") and table.rows[0] == [
        "Jürgen Müller GmbH",
        "München",
    ]


def test_a_file_that_reads_two_ways_names_both_and_reads_as_told() -> None:
    with pytest.raises(AmbiguousEncoding) as refused:
        read_csv_bytes(AMBIGUOUS, "fi.csv")
    assert sorted(refused.value.candidates) == ["cp1252", "gb18030"]
    message = str(refused.value)
    assert message.startswith("fi.csv reads two ways: ")
    for words in (
        "Windows-1252 (“Sillanpää”)",
        "GB18030 (“Sillanp滗”)",
        "--encoding cp1252",
        "--encoding gb18030",
    ):
        assert words in message
    western = read_csv_bytes(AMBIGUOUS, "fi.csv", "windows-1252")
    assert western.source.startswith("Windows-1252") and western.rows == [
        ["Sillanpää Oy", "Pyhtää"]
    ]
    assert read_csv_bytes(AMBIGUOUS, "fi.csv", "gbk").rows == [["Sillanp滗 Oy", "Pyht滗"]]


def test_the_whole_file_is_read_not_its_first_bytes() -> None:
    ascii_rows = b"name,city\n" + b"Acme Ltd,London\n" * 5000
    late = read_csv_bytes(ascii_rows + "Müller GmbH,München\n".encode("cp1252"), "x.csv")
    assert late.source.startswith("Windows-1252") and late.rows[-1] == ["Müller GmbH", "München"]
    two_ways = AMBIGUOUS + b"Sillanpaa Oy,Pyhtaa\n" * 5000
    with pytest.raises(AmbiguousEncoding):
        read_csv_bytes(two_ways, "x.csv")
    decided = read_csv_bytes(
        two_ways + "Café,Orléans\n".encode("cp1252"), "x.csv"
    )  # “é,” is no GB18030
    assert decided.source.startswith("Windows-1252") and decided.rows[-1] == ["Café", "Orléans"]


def test_a_chosen_encoding_is_checked() -> None:
    with pytest.raises(ImportFileError, match="“klingon” is not a text encoding"):
        read_csv_bytes(b"name\nx\n", "x.csv", "klingon")
    with pytest.raises(ImportFileError, match="is not a text encoding"):
        read_csv_bytes(b"name\nx\n", "x.csv", "base64")
    with pytest.raises(
        ImportFileError, match=r"x.csv is not Shift_JIS text \(byte 20 does not fit\); try another"
    ):
        read_csv_bytes(csv_in("German/French", "cp1252"), "x.csv", "shift_jis")
    assert read_csv_bytes(csv_in("mixed", "utf-8-sig"), "x.csv", "utf-8").headers == [
        "name",
        "contact",
        "city",
    ]


@pytest.mark.parametrize(("name", "shown"), [("cp1252", "Windows-1252"), ("windows-1252", "Windows-1252"),
                                             ("latin-1", "Latin-1"), ("gbk", "GB18030"), ("gb2312", "GB18030"),
                                             ("big5", "Big5"), ("cp950", "Big5"), ("sjis", "Shift_JIS"),
                                             ("cp932", "Shift_JIS"), ("utf8", "UTF-8"), ("utf-16-le", "UTF-16"),
                                             ("koi8-r", "koi8-r")])  # fmt: skip
def test_encodings_are_shown_by_the_names_people_know(name: str, shown: str) -> None:
    assert encoding_label(name) == shown


def test_read_table_reads_in_the_chosen_encoding(tmp_path: Path) -> None:
    path = tmp_path / "fi.csv"
    path.write_bytes(AMBIGUOUS)
    assert read_table(path, encoding="cp1252").rows == [["Sillanpää Oy", "Pyhtää"]]


@pytest.mark.parametrize(
    ("delimiter", "name"), [(",", "comma"), (";", "semicolon"), ("\t", "tab"), ("|", "bar")]
)
def test_delimiters_are_detected(delimiter: str, name: str) -> None:
    table = read_csv_bytes(_csv_text(delimiter).encode(), "x.csv")
    assert f"{name}-separated" in table.source
    assert table.rows[0] == ROWS[1]


def test_quoted_cells_keep_delimiters_and_newlines() -> None:
    table = read_csv_bytes(b'name,notes\n"Acme, Inc.","line one\nline two"\nNext,x\n', "x.csv")
    assert table.rows == [["Acme, Inc.", "line one\nline two"], ["Next", "x"]]
    assert table.row_numbers == [2, 3]  # a record spanning two lines is one row


def test_blank_rows_are_skipped_short_rows_padded_long_rows_set_aside() -> None:
    table = read_csv_bytes(b"a,b,c\n\n1,2\n,,\n1,2,3,4\n5,6,7\n", "x.csv")
    assert table.rows == [["1", "2", None], ["5", "6", "7"]]
    assert table.row_numbers == [3, 6]
    assert [(r.row, r.reason) for r in table.unreadable] == [
        (5, "4 cells but the header has 3; fix the row")
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b"  \r\n\r\n", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file"),
        (b"PK\x03\x04\x14\x00\x06\x00", "rename it to .xlsx"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", ".xls"),
        (codecs.BOM_UTF8 + b"name\n\xff\xfe bad", "damaged"),
        (
            b"\x81\x30",
            "does not read as text in UTF-8, UTF-16, GB18030, Big5, Shift_JIS or Windows-1252",
        ),
    ],
)
def test_files_that_are_not_csv_text_are_refused_clearly(data: bytes, message: str) -> None:
    with pytest.raises(ImportFileError, match=message):
        read_csv_bytes(data, "x.csv")


def test_a_huge_cell_is_refused_with_its_row() -> None:
    data = b'name,notes\nAcme,ok\nBig,"' + b"x" * (MAX_CELL_CHARS + 10) + b'"\n'
    with pytest.raises(ImportFileError, match=r"row 3: a cell is over"):
        read_csv_bytes(data, "x.csv")


def test_ten_megabyte_cell_file_is_refused_not_crashed(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_bytes(b"name,notes\nAcme," + b"y" * 10_000_000 + b"\n")
    with pytest.raises(ImportFileError, match="a cell is over"):
        read_table(path)


def test_read_table_refusals(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="does not exist"):
        read_table(tmp_path / "nope.csv")
    with pytest.raises(ImportFileError, match="is a folder"):
        read_table(tmp_path)
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    with pytest.raises(ImportFileError, match=r"\.csv, \.xlsx or \.vcf"):
        read_table(tmp_path / "x.pdf")


def _xlsx(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def test_xlsx_keeps_typed_cells_and_picks_sheets(tmp_path: Path) -> None:
    when = datetime(2026, 3, 15, 0, 0)
    path = _xlsx(tmp_path / "b.xlsx", {
        "客户": [["客户名称", "规模"], ["华创", 250]],
        "订单": [[None], ["code", "date", "amount"], ["C00001", when, 1234.5], [None, None, None]],
    })  # fmt: skip
    first = read_table(path)
    assert first.source == "XLSX, sheet “客户”" and first.rows == [["华创", 250]]
    orders = read_table(path, sheet="订单")
    assert orders.headers == ["code", "date", "amount"]
    assert orders.rows == [["C00001", when, 1234.5]] and orders.row_numbers == [3]
    assert read_table(path, sheet="2").rows == orders.rows
    with pytest.raises(ImportFileError, match="no sheet 'Sheet9'; its sheets: 客户, 订单"):
        read_table(path, sheet="Sheet9")


def test_truncated_or_fake_xlsx_is_refused(tmp_path: Path) -> None:
    good = _xlsx(tmp_path / "good.xlsx", {"s": [["name"], ["Acme"]]}).read_bytes()
    truncated = tmp_path / "cut.xlsx"
    truncated.write_bytes(good[: len(good) // 2])
    with pytest.raises(ImportFileError, match="damaged or truncated"):
        read_table(truncated)
    fake = tmp_path / "fake.xlsx"
    fake.write_text("name\nAcme\n")
    with pytest.raises(ImportFileError, match=r"not an .xlsx workbook"):
        read_table(fake)
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    with pytest.raises(ImportFileError, match="is empty"):
        read_table(empty)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_any_bytes_read_or_fail_with_our_error(data: bytes) -> None:
    try:
        table = read_csv_bytes(data, "x.csv")
    except ImportFileError:
        return
    assert all(len(row) == len(table.headers) for row in table.rows)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.text(max_size=12), min_size=1, max_size=5), min_size=1, max_size=8))
def test_any_text_table_reads_or_fails_with_our_error(cells: list[list[str]]) -> None:
    text = "\n".join(",".join(row) for row in cells)
    for encoding in ("utf-8", "utf-16"):
        with contextlib.suppress(ImportFileError, UnicodeEncodeError):
            read_csv_bytes(text.encode(encoding, "surrogatepass"), "x.csv")
