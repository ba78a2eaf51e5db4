"""XLSX (``.xlsx``, ``.xlsm``): one sheet of an Excel workbook, its cells typed as Excel keeps them.

The first sheet unless ``--sheet`` names one (by name, or by number from 1).
Formulas are read as the values Excel last saved.  Numbers, dates and times
stay numbers, dates and times; the row checks turn them into fields.
"""

from __future__ import annotations

import io
import zipfile

from custui.store.formats.base import ImportFileError, Reader, ReadOptions, Table, records_table

_ZIP_MAGIC = b"PK\x03\x04"


def read_xlsx(data: bytes, name: str = "the file", sheet: str | None = None) -> Table:
    """The table in a workbook's *sheet* (its name or number; None: the first)."""
    if not data:
        raise ImportFileError(f"{name} is empty.")
    if not data.startswith(_ZIP_MAGIC):
        raise ImportFileError(f"{name} is not an .xlsx workbook (an .xlsx file is a zip archive).")
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, EOFError) as exc:
        raise ImportFileError(
            f"{name} is damaged or truncated and cannot be opened ({type(exc).__name__})."
        ) from None
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
            raise ImportFileError(
                f"{name}: sheet “{chosen}” is damaged ({type(exc).__name__})."
            ) from None
    finally:
        book.close()
    return records_table(iter(rows), f"XLSX, sheet “{chosen}”", name)


def _read(data: bytes, name: str, options: ReadOptions) -> Table:
    return read_xlsx(data, name, options.sheet)


READER = Reader(
    name="XLSX",
    extensions=(".xlsx", ".xlsm"),
    description="an Excel workbook, the first sheet or the one --sheet names",
    read=_read,
    sheets=True,
)
