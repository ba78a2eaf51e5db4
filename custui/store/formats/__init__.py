"""The import formats, one module each, and the registry that finds them: :data:`FORMATS`.

:func:`read_table` picks a file's reader by its extension and reads the file
into a :class:`Table`.  ``custui import`` (its help and errors) and the import
wizard's file completion ask this registry, so no other code names a file type.

Adding a format takes one new file and listing it here:

1. ``custui/store/formats/NAME.py`` reads the file's bytes into a :class:`Table`,
   raising :class:`ImportFileError` with a message for the rep when it cannot,
   and ends with ``READER = Reader(name, extensions, description, read)``
   (see :class:`Reader`; ``csv.py`` is a short example).  It imports from
   ``formats.base``, and from ``formats.text`` to decode text in any encoding
   (then set ``encodings=True``), never from this package: the registry imports
   the formats, not the other way round.
2. Below, import the module and add ``NAME.READER`` to :data:`FORMATS`.

Code that lists the formats reads ``formats.FORMATS`` when it runs (not a copy
taken at import), so a format added to the registry, even by a test, is seen.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from custui.store.formats import csv, vcard, xlsx
from custui.store.formats.base import ImportFileError, Reader, ReadOptions, Table, UnreadableRow
from custui.store.formats.text import AmbiguousEncoding

__all__ = [
    "FORMATS",
    "AmbiguousEncoding",
    "ImportFileError",
    "ReadOptions",
    "Reader",
    "Table",
    "UnreadableRow",
    "described",
    "either",
    "extensions",
    "read_table",
    "reader_for",
]

#: Every format import reads, in the order help and messages name them.
FORMATS: tuple[Reader, ...] = (
    csv.READER,
    xlsx.READER,
    vcard.READER,
)


def read_table(
    path: str | os.PathLike[str], *, sheet: str | None = None, encoding: str | None = None
) -> Table:
    """The table in *path*, read by the format its extension names; *sheet* picks a workbook's sheet,
    *encoding* (a Python codec name) reads a text file in it instead of detecting it."""
    path = Path(path).expanduser()
    if not path.exists():
        raise ImportFileError(f"{path} does not exist.")
    if path.is_dir():
        raise ImportFileError(f"{path} is a folder, not a file.")
    reader = reader_for(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(f"Cannot read {path}: {exc.strerror or exc}.") from None
    return reader.read(data, path.name, ReadOptions(sheet=sheet, encoding=encoding))


def reader_for(path: str | os.PathLike[str]) -> Reader:
    """The format that reads *path*, by its extension; ImportFileError naming the formats when none does."""
    suffix = Path(path).suffix.lower()
    for reader in FORMATS:
        if suffix in reader.extensions:
            return reader
    shown = either(reader.extensions[0] for reader in FORMATS)
    raise ImportFileError(f"Import reads {shown} files (got {suffix or 'no extension'}).")


def extensions() -> tuple[str, ...]:
    """Every extension a format reads (".csv", ".txt", …)."""
    return tuple(extension for reader in FORMATS for extension in reader.extensions)


def described() -> str:
    """The formats for help: "CSV (.csv, .txt, .tsv): text, …; XLSX (.xlsx, .xlsm): …"."""
    return "; ".join(
        f"{reader.name} ({', '.join(reader.extensions)}): {reader.description}"
        for reader in FORMATS
    )


def either(words: Iterable[str]) -> str:
    """*words* as a choice: "a", "a or b", "a, b or c"."""
    listed = list(words)
    return ", ".join(listed[:-1]) + f" or {listed[-1]}" if len(listed) > 1 else "".join(listed)
