"""What every import format shares: the :class:`Table` it reads a file into, its errors, and its spec.

A format module imports from here (and, for text files, from :mod:`~custui.store.formats.text`),
never from the registry in ``custui.store.formats``: the registry imports the formats, not the
other way round.

Row numbers are the spreadsheet's: the header is row 1.  Blank rows are
skipped.  A row with more cells than the header is reported, not guessed at;
a shorter one is padded with blanks (trailing empty cells are often dropped).
Every problem with the file as a whole raises :class:`ImportFileError` with a
message a rep can act on; nothing is written anywhere by reading.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from custui.store.db import StoreError


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
    per_person: bool = False  # a row is a person by nature (a vCard): read one row per person


@dataclass(frozen=True)
class ReadOptions:
    """How the rep asked for the file to be read; a reader ignores what does not apply to it."""

    sheet: str | None = None  # a workbook's sheet, by name or number (1 is the first)
    encoding: str | None = None  # a text file's encoding, a Python codec name; None: detected


#: A format's reading: the file's bytes, its name (for messages) and the rep's options → its Table,
#: or ImportFileError saying why not.
ReadFunction = Callable[[bytes, str, ReadOptions], Table]


@dataclass(frozen=True)
class Reader:
    """One import format, as the registry lists it."""

    name: str  # as help names it: "CSV", "XLSX", "vCard"
    extensions: tuple[str, ...]  # lower case, with the dot; messages name the first
    description: str  # one line for help
    read: ReadFunction
    #: Honours --encoding, and may raise AmbiguousEncoding (the file reads two ways).
    encodings: bool = False
    sheets: bool = False  # honours --sheet


def records_table(records: Iterator[Sequence[object]], source: str, name: str) -> Table:
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
            unreadable.append(
                UnreadableRow(
                    row_number,
                    f"{len(record)} cells but the header has {len(headers)}; fix the row",
                )
            )
            continue
        rows.append(list(record) + [None] * (len(headers) - len(record)))
        numbers.append(row_number)
    if headers is None:
        raise ImportFileError(f"{name} has no rows.")
    return Table(headers, rows, numbers, source, unreadable)


def _blank(cell: object) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())
