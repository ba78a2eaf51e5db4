"""Read a CSV or XLSX file into a header and rows of cells, or say clearly why not.

CSV files come from Excel, WPS, old CRMs and phones, so the encoding and the
delimiter are detected, not assumed:

- encoding: a byte-order mark decides (UTF-8, UTF-16 LE/BE); else UTF-8 if
  the bytes are valid UTF-8; else GB18030 (a superset of GBK and GB2312, what
  Chinese Excel writes); UTF-16 without a mark is recognised by its zero bytes.
- delimiter: whichever of ``,`` ``;`` tab ``|`` splits the first lines into
  the same number (more than one) of cells; a comma when none does.

Row numbers are the spreadsheet's: the header is row 1.  Blank rows are
skipped.  A row with more cells than the header is reported, not guessed at;
a shorter one is padded with blanks (trailing empty cells are often dropped).
Every problem with the file as a whole raises :class:`ImportFileError` with a
message a rep can act on; nothing is written anywhere by reading.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from custui.store.db import StoreError

READABLE = (".csv", ".txt", ".tsv", ".xlsx", ".xlsm", ".vcf")
#: A cell larger than this is refused (a whole file pasted into one cell is a broken file).
MAX_CELL_CHARS = 1_000_000
_DELIMITERS = (",", ";", "\t", "|")
_SNIFF_LINES = 20
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig", "UTF-8"), (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
         (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"))  # fmt: skip
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # legacy .xls / .doc


class ImportFileError(StoreError):
    """The file cannot be read as a table (the message says why and what to do)."""


@dataclass(frozen=True)
class UnreadableRow:
    """A row (or vCard) that cannot be taken apart into the header's fields, and why."""

    row: int
    reason: str


@dataclass
class Table:
    """A file's header and data rows, each row as long as the header."""

    headers: list[str]
    rows: list[list[object]]
    row_numbers: list[int]  # spreadsheet row number of each data row
    source: str  # "UTF-8 CSV, comma-separated" / "XLSX, sheet “Sheet1”"
    unreadable: list[UnreadableRow] = field(default_factory=list)


def read_table(path: str | os.PathLike[str], *, sheet: str | None = None) -> Table:
    """The table in *path* (.csv/.txt/.tsv or .xlsx by extension)."""
    path = Path(path).expanduser()
    if not path.exists():
        raise ImportFileError(f"{path} does not exist.")
    if path.is_dir():
        raise ImportFileError(f"{path} is a folder, not a file.")
    suffix = path.suffix.lower()
    if suffix not in READABLE:
        raise ImportFileError(f"Import reads .csv, .xlsx or .vcf files (got {suffix or 'no extension'}).")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(f"Cannot read {path}: {exc.strerror or exc}.") from None
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(data, path.name, sheet)
    if suffix == ".vcf":
        from custui.store.vcards import read_vcards

        return read_vcards(data, path.name)
    return read_csv_bytes(data, path.name)


# -- CSV ------------------------------------------------------------------------


def decode(data: bytes, name: str = "the file") -> tuple[str, str]:
    """(text, encoding name) of CSV bytes; ImportFileError when they are not text."""
    if not data.strip(b" \t\r\n\x00"):
        raise ImportFileError(f"{name} is empty.")
    for bom, codec, shown in _BOMS:
        if data.startswith(bom):
            return _decode_as(data, codec, shown, name), shown
    if data.startswith(_ZIP_MAGIC):
        raise ImportFileError(f"{name} is a zip file (an .xlsx saved under another name?): rename it to .xlsx.")
    if data.startswith(_OLE_MAGIC):
        raise ImportFileError(f"{name} is an old Excel .xls file: save it as .xlsx or CSV first.")
    head = data[:4096]
    if b"\x00" in head:
        utf16 = _bomless_utf16(head)
        if utf16 is None:
            raise ImportFileError(f"{name} looks like a binary file, not a CSV text file.")
        return _decode_as(data, utf16, "UTF-16", name), "UTF-16"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "GB18030"
    except UnicodeDecodeError:
        raise ImportFileError(
            f"{name} is not UTF-8, GBK/GB18030 or UTF-16 text; save it from your spreadsheet as “CSV UTF-8”."
        ) from None


def _decode_as(data: bytes, codec: str, shown: str, name: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise ImportFileError(f"{name} says it is {shown} but byte {exc.start:,} is not; the file is damaged.") from None


def _bomless_utf16(head: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" when zero bytes sit in every other position (ASCII in UTF-16)."""
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > len(odd) * 0.3 and even.count(0) < len(even) * 0.05:
        return "utf-16-le"
    if even.count(0) > len(even) * 0.3 and odd.count(0) < len(odd) * 0.05:
        return "utf-16-be"
    return None


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into equal cell counts (> 1)."""
    lines = [line for line in text.splitlines()[:_SNIFF_LINES] if line.strip()]
    best, best_score = ",", 0
    for delimiter in _DELIMITERS:
        try:
            counts = [len(r) for r in csv.reader(lines, delimiter=delimiter)]
        except csv.Error:
            continue
        if not counts or counts[0] < 2:
            continue
        score = sum(1 for c in counts if c == counts[0]) * counts[0]
        if score > best_score:
            best, best_score = delimiter, score
    return best


_DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "bar"}


def read_csv_bytes(data: bytes, name: str = "the file") -> Table:
    text, encoding = decode(data, name)
    text = text.lstrip("\ufeff")
    if "\x00" in text:
        raise ImportFileError(f"{name} holds zero bytes: it is not a CSV text file.")
    delimiter = sniff_delimiter(text)
    source = f"{encoding} CSV, {_DELIMITER_NAMES[delimiter]}-separated"
    return _table(_csv_records(text, delimiter, name), source, name)


def _csv_records(text: str, delimiter: str, name: str) -> Iterator[list[object]]:
    previous = csv.field_size_limit()
    csv.field_size_limit(MAX_CELL_CHARS)
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        record = 0
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise ImportFileError(_csv_problem(exc, record + 1, name)) from None
            record += 1
            yield row
    finally:
        csv.field_size_limit(previous)


def _csv_problem(exc: csv.Error, row: int, name: str) -> str:
    reason = str(exc)
    if "field larger than field limit" in reason:
        return f"{name}, row {row}: a cell is over {MAX_CELL_CHARS:,} characters; the file is probably damaged."
    return f"{name}, row {row}: not readable as CSV ({reason})."


# -- XLSX -----------------------------------------------------------------------


def _read_xlsx(data: bytes, name: str, sheet: str | None) -> Table:
    if not data:
        raise ImportFileError(f"{name} is empty.")
    if not data.startswith(_ZIP_MAGIC):
        raise ImportFileError(f"{name} is not an .xlsx workbook (an .xlsx file is a zip archive).")
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, EOFError) as exc:
        raise ImportFileError(f"{name} is damaged or truncated and cannot be opened ({type(exc).__name__}).") from None
    try:
        names = book.sheetnames
        if sheet is None:
            chosen = names[0]
        elif sheet in names:
            chosen = sheet
        elif sheet.isdigit() and 1 <= int(sheet) <= len(names):
            chosen = names[int(sheet) - 1]
        else:
            raise ImportFileError(f"{name} has no sheet {sheet!r}; its sheets: {', '.join(names)}.")
        try:
            rows = [list(r) for r in book[chosen].iter_rows(values_only=True)]
        except (zipfile.BadZipFile, KeyError, OSError, ValueError, EOFError) as exc:
            raise ImportFileError(f"{name}: sheet “{chosen}” is damaged ({type(exc).__name__}).") from None
    finally:
        book.close()
    return _table(iter(rows), f"XLSX, sheet “{chosen}”", name)


# -- both -----------------------------------------------------------------------


def _blank(cell: object) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _table(records: Iterator[list[object]], source: str, name: str) -> Table:
    """Header = first non-blank record; data rows padded to its width; ragged ones set aside."""
    row_number = 0
    headers: list[str] | None = None
    rows: list[list[object]] = []
    numbers: list[int] = []
    unreadable: list[UnreadableRow] = []
    for record in records:
        row_number += 1
        while record and _blank(record[-1]):
            record = record[:-1]
        if not record:
            continue
        if headers is None:
            headers = ["" if c is None else str(c).strip() for c in record]
            continue
        if len(record) > len(headers):
            unreadable.append(UnreadableRow(row_number, f"{len(record)} cells but the header has {len(headers)}; fix the row"))
            continue
        rows.append(record + [None] * (len(headers) - len(record)))
        numbers.append(row_number)
    if headers is None:
        raise ImportFileError(f"{name} has no rows.")
    return Table(headers, rows, numbers, source, unreadable)
