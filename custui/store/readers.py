"""Read an import file into a header and rows of cells, or say clearly why not.

The names the importer, the CLI and the wizard use, kept here for them.  The
formats themselves (CSV, XLSX, vCard), and how to add one, are in
:mod:`custui.store.formats`; this module imports from there and nothing there
imports it.
"""

from __future__ import annotations

from custui.store.formats import read_table
from custui.store.formats.base import ImportFileError, Table, UnreadableRow
from custui.store.formats.csv import MAX_CELL_CHARS, read_csv_bytes, sniff_delimiter
from custui.store.formats.text import AmbiguousEncoding, decode, encoding_label

__all__ = [
    "MAX_CELL_CHARS",
    "AmbiguousEncoding",
    "ImportFileError",
    "Table",
    "UnreadableRow",
    "decode",
    "encoding_label",
    "read_csv_bytes",
    "read_table",
    "sniff_delimiter",
]
