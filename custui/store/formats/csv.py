"""CSV (``.csv``, ``.txt``, ``.tsv``): text cells in any encoding, split at the delimiter the file uses.

The encoding is detected as :mod:`custui.store.formats.text` describes (or
named with ``--encoding``).  The delimiter is whichever of ``,`` ``;`` tab
``|`` splits the first lines into the same number (more than one) of cells; a
comma when none does.  A cell over :data:`MAX_CELL_CHARS` is refused.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from custui.store.formats.base import ImportFileError, Reader, ReadOptions, Table, records_table
from custui.store.formats.text import decode

#: A cell larger than this is refused (a whole file pasted into one cell is a broken file).
MAX_CELL_CHARS = 1_000_000
_DELIMITERS = (",", ";", "\t", "|")
_SNIFF_LINES = 20


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


def read_csv_bytes(data: bytes, name: str = "the file", encoding: str | None = None) -> Table:
    """The table in CSV *data*, read in *encoding* (a Python codec name) or the one detected."""
    text, encoding = decode(data, name, encoding)
    text = text.lstrip("\ufeff")
    if "\x00" in text:
        raise ImportFileError(f"{name} holds zero bytes: it is not a CSV text file.")
    delimiter = sniff_delimiter(text)
    source = f"{encoding} CSV, {_DELIMITER_NAMES[delimiter]}-separated"
    return records_table(_csv_records(text, delimiter, name), source, name)


def _csv_records(text: str, delimiter: str, name: str) -> Iterator[list[str]]:
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


def _read(data: bytes, name: str, options: ReadOptions) -> Table:
    return read_csv_bytes(data, name, options.encoding)


READER = Reader(
    name="CSV",
    extensions=(".csv", ".txt", ".tsv"),
    description="text, comma-, semicolon-, tab- or bar-separated, in any encoding",
    read=_read,
    encodings=True,
)
