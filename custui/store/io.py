"""Files in and out: CSV and XLSX export (import comes later).

Exports are written atomically: into a temporary file beside the target,
then ``os.replace``d over it, so a failed or interrupted export never leaves
half a file (and never destroys the previous one).  Like the database, the
file is created readable by its owner only: it holds personal data.

Spreadsheet formula injection: a text cell that begins with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return would be run as a formula by Excel,
LibreOffice or Numbers (a customer named ``=HYPERLINK(...)`` could leak data
on a click).  Such text gets a leading single quote in CSV and XLSX alike;
numbers, including negative ones, stay numbers.
"""

from __future__ import annotations

import contextlib
import csv
import math
import os
import tempfile
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any

from custui.store.db import StoreError

if TYPE_CHECKING:
    import pandas as pd

TABLE_FORMATS = (".csv", ".xlsx")
#: The customer list also goes out as phone contacts.
LIST_FORMATS = (*TABLE_FORMATS, ".vcf")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: Column names whose text holds exact decimals ("1234.50"): numbers in XLSX.
DECIMAL_COLUMNS_ATTR = "decimal_columns"
XLSX_MONEY_FORMAT = "#,##0.00"
#: XLSX column widths are estimated from the header and the first rows.
WIDTH_SAMPLE_ROWS = 200
MAX_COLUMN_WIDTH = 60


def neutralise(text: str) -> str:
    """Text that a spreadsheet shows as text, never runs as a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def export_format(path: str | os.PathLike[str], allowed: tuple[str, ...] = TABLE_FORMATS) -> str:
    """The file name's extension when it is one of *allowed*; StoreError for anything else."""
    suffix = Path(path).suffix.lower()
    if suffix not in allowed:
        shown = suffix or "no extension"
        names = ", ".join(allowed[:-1]) + f" or {allowed[-1]}" if len(allowed) > 1 else allowed[0]
        raise StoreError(f"Export to {names} (got {shown}).")
    return suffix


def export_rows(
    frame: pd.DataFrame,
    path: str | os.PathLike[str],
    *,
    decimal_columns: Iterable[str] | None = None,
) -> int:
    """Write *frame* (its columns, not its index) to *path* as CSV or XLSX by
    extension; returns the number of rows written.

    *decimal_columns*: text columns holding exact decimals (default: the
    frame's ``attrs["decimal_columns"]``, which ``scores.scored_rows`` sets):
    kept exact in CSV, numbers with two decimals in XLSX.
    """
    path = Path(path).expanduser()
    kind = export_format(path)
    if decimal_columns is None:
        decimal_columns = frame.attrs.get(DECIMAL_COLUMNS_ATTR, ())
    decimals = {str(c) for c in decimal_columns}
    _check_target(path)
    columns = [str(c) for c in frame.columns]
    values = [_column_values(frame.iloc[:, n], columns[n] in decimals) for n in range(len(columns))]
    with _atomic(path) as handle:
        if kind == ".csv":
            _write_csv(handle, columns, values)
        else:
            _write_xlsx(handle, columns, values)
    return len(frame)


# --------------------------------------------------------------------------- atomic file


@contextlib.contextmanager
def _atomic(path: Path) -> Iterator[Any]:
    """A binary temp file in the target's folder, moved over *path* on success only."""
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise StoreError(f"Cannot export to {path}: {exc.strerror or exc}.") from exc
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise StoreError(f"Cannot export to {path}: {exc.strerror or exc}.") from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def export_text(text: str, path: str | os.PathLike[str]) -> None:
    """Write *text* (UTF-8) to *path* atomically and privately, as the table exports are written."""
    path = Path(path).expanduser()
    _check_target(path)
    with _atomic(path) as handle:
        handle.write(text.encode("utf-8"))


def _check_target(path: Path) -> None:
    """StoreError (plain words) when *path* cannot be an export: a folder, or in a folder that is not there."""
    if path.is_dir():
        raise StoreError(f"Cannot export to {path}: it is a folder.")
    if not path.parent.is_dir():
        raise StoreError(f"Cannot export to {path}: the folder {path.parent} does not exist.")


# --------------------------------------------------------------------------- values


class _Money(Decimal):
    """An exact decimal from a decimal column: text in CSV, a number in XLSX."""


def _column_values(series: pd.Series, is_decimal: bool) -> list[Any]:
    """One column as plain Python values, converted by dtype (not cell by cell):
    None, bool, int, float, date, datetime, _Money, or neutralised text."""
    import numpy as np

    dtype = series.dtype
    if isinstance(dtype, np.dtype) and dtype.kind in "biu":
        numbers: list[Any] = series.to_numpy().tolist()
        return numbers
    if isinstance(dtype, np.dtype) and dtype.kind == "f":
        out = series.to_numpy().tolist()
        return [None if v != v else v for v in out] if series.isna().any() else out
    if isinstance(dtype, np.dtype) and dtype.kind == "M":
        stamps = series.to_numpy().astype("datetime64[us]")
        missing = np.isnat(stamps)
        days = stamps.astype("datetime64[D]")
        if (stamps[~missing] == days[~missing]).all():
            out = days.astype(object)  # datetime.date
        else:
            out = stamps.astype(object)  # datetime.datetime
        out[missing] = None
        times: list[Any] = out.tolist()
        return times
    return [_value(v, is_decimal) for v in series.to_numpy(dtype=object, na_value=None)]


def _value(value: Any, is_decimal: bool) -> Any:
    if value is None:
        return None
    if type(value) is str:
        if is_decimal:
            number = _as_decimal(value)
            if number is not None:
                return _Money(value)
        return neutralise(value)
    if isinstance(value, (bool, int, float, Decimal, date)):
        if isinstance(value, float) and math.isnan(value):
            return None
        return value
    if hasattr(value, "item"):  # numpy scalar
        return _value(value.item(), is_decimal)
    if hasattr(value, "to_pydatetime"):  # pandas Timestamp
        return None if value != value else value.to_pydatetime()
    return _value(str(value), is_decimal)


def _as_decimal(text: str) -> Decimal | None:
    try:
        number = Decimal(text)
    except (InvalidOperation, ValueError):
        return None
    return number if number.is_finite() else None


def _csv_column(values: list[Any]) -> list[str]:
    out = []
    for v in values:
        if v is None:
            out.append("")
        elif type(v) is str:
            out.append(v)
        elif v is True or v is False:
            out.append("TRUE" if v else "FALSE")
        elif isinstance(v, float):
            out.append(repr(v))
        elif isinstance(v, datetime):
            out.append(v.isoformat(sep=" "))
        elif isinstance(v, date):
            out.append(v.isoformat())
        else:  # int, Decimal
            out.append(str(v))
    return out


# --------------------------------------------------------------------------- CSV


def _write_csv(handle: Any, columns: list[str], values: list[list[Any]]) -> None:
    # UTF-8 *with BOM* ("utf-8-sig"): without it Excel reads the file in the
    # local code page and Chinese names turn into mojibake.
    import io

    text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
    try:
        writer = csv.writer(text)
        writer.writerow([neutralise(c) for c in columns])
        writer.writerows(zip(*[_csv_column(v) for v in values]))
        text.flush()
    finally:
        text.detach()


# --------------------------------------------------------------------------- XLSX


def _write_xlsx(handle: Any, columns: list[str], values: list[list[Any]]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Customers")
    sheet.freeze_panes = "A2"
    for n, (name, column) in enumerate(zip(columns, values), start=1):
        sample = _csv_column(column[:WIDTH_SAMPLE_ROWS])
        width = max([_width(name), *(_width(t) for t in sample)])
        sheet.column_dimensions[get_column_letter(n)].width = min(width + 2, MAX_COLUMN_WIDTH)

    def text(value: str) -> str:
        # neutralised text never starts with "=", so openpyxl stores it as a
        # string, not a formula; characters XML cannot hold are dropped
        return (
            neutralise(ILLEGAL_CHARACTERS_RE.sub("", value))
            if ILLEGAL_CHARACTERS_RE.search(value)
            else value
        )

    def money(value: Decimal) -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet, value=float(value))
        cell.number_format = XLSX_MONEY_FORMAT
        return cell

    bold = Font(bold=True)
    header = []
    for name in columns:
        cell = WriteOnlyCell(sheet, value=text(neutralise(name)))
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    cells = []
    for column in values:
        if any(isinstance(v, _Money) for v in column):
            cells.append([money(v) if isinstance(v, _Money) else v for v in column])
        elif any(type(v) is str for v in column):
            cells.append([text(v) if type(v) is str else v for v in column])
        else:
            cells.append(column)  # numbers, booleans, dates: openpyxl types and formats them
    for row in zip(*cells):
        sheet.append(row)
    book.save(handle)


def _width(text: str) -> int:
    """Display width: CJK and other wide characters take two columns."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in str(text))
