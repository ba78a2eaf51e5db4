"""An index's large arrays written to a file by the process that built it, and mapped back, read-only, by
the process that receives it (issue 19 point 3: the app keeps a scan's index for the form's hints and the
import's check without holding its ~50 MB at 100k).

Two things keep a lookup's footprint to the few pages it reads:

* **Rows, not columns.** A lookup compares a draft with a few hundred records spread over the whole
  book.  Kept column by column (some 30 columns of 100k values), it touched a page of every column for
  nearly every record: one lookup made ~30 MB resident.  Every per-record column is written as one
  table of rows (a numpy structured array; each column a view of it), so a record's values share a page.
* **Pages, not folios.** The writer leaves the file in the system's cache as large folios, and a fault
  maps the whole folio around the page it needs (up to 2 MB on current Linux).  The receiver drops the
  file's cached pages once and reads the mapping as random access, so a fault reads the 4 KB page wanted.

Either way, :meth:`Mapper.let_go` drops the pages lookups made resident (they are read again, from the
system's cache, when needed).
"""

from __future__ import annotations

import dataclasses
import math
import mmap
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np

from custui.core.dedupe.engine import Points
from custui.core.dedupe.texts import TextColumn, Texts

#: The objects :func:`through` looks inside (dataclasses holding arrays).
_HOLDERS = (Points, Texts, TextColumn)

#: Arrays smaller than this travel in the pickle (a page of their own in the file would cost more).
SPILL_FROM = 64 * 1024
_PAGE = 4096


@dataclass(frozen=True)
class Spilled:
    """Where an array was written in a spill file."""

    path: str
    offset: int
    dtype: np.dtype[Any]
    shape: tuple[int, ...]


@dataclass(frozen=True)
class RowField:
    """One column of a table of rows written to a spill file (see :meth:`SpillFile.put_rows`)."""

    table: Spilled
    name: str


class SpillFile:
    """A file the large arrays of an object being pickled are written to, each on pages of its own."""

    def __init__(self, path: Path, file: BinaryIO) -> None:
        self.path, self.file = str(path), file

    def put(self, array: np.ndarray) -> Spilled:
        array = np.ascontiguousarray(array)
        offset = -(-self.file.seek(0, os.SEEK_END) // _PAGE) * _PAGE
        self.file.seek(offset)
        self.file.write(array.tobytes())
        return Spilled(self.path, offset, array.dtype, tuple(array.shape))

    def put_rows(self, columns: Mapping[str, np.ndarray]) -> dict[str, RowField]:
        """*columns* (numeric, one value or one fixed-size row of values per record) written as one table
        of rows; each column's :class:`RowField`.  Nothing is written when the table is small: the
        columns then travel as they are."""
        if not columns or sum(c.nbytes for c in columns.values()) < SPILL_FROM:
            return {}
        dtype = np.dtype([(name, c.dtype, c.shape[1:]) for name, c in columns.items()])
        rows = np.empty(len(next(iter(columns.values()))), dtype=dtype)
        for name, column in columns.items():
            rows[name] = column
        table = self.put(rows)
        return {name: RowField(table, name) for name in columns}


def through(value: Any, leaf: Callable[[Any], Any]) -> Any:
    """*value* with *leaf* applied to each value it holds, also inside a list, a dict, a Points or a text
    column."""
    if isinstance(value, list):
        return [through(v, leaf) for v in value]
    if isinstance(value, dict):
        return {k: through(v, leaf) for k, v in value.items()}
    if isinstance(value, _HOLDERS):
        return dataclasses.replace(value, **{f.name: through(getattr(value, f.name), leaf)
                                             for f in dataclasses.fields(value) if f.init})  # fmt: skip
    return leaf(value)


def spilled(value: Any, spill: SpillFile) -> Any:
    """*value* with its large numeric arrays (also in a list, a dict, a Points or a text column) written to
    *spill*."""

    def put(leaf: Any) -> Any:
        big = (
            isinstance(leaf, np.ndarray)
            and leaf.dtype != object
            and leaf.nbytes >= SPILL_FROM
            and leaf.size > 0
        )
        return spill.put(leaf) if big else leaf

    return through(value, put)


def per_record(value: Any, records: int) -> bool:
    """Is *value* a numeric column of one value (or one fixed-size row) per record?"""
    return isinstance(value, np.ndarray) and value.dtype != object and value.shape[:1] == (records,)


class Mapper:
    """Maps what :func:`spilled` and :meth:`SpillFile.put_rows` wrote back into arrays, read-only (a write
    would raise: pages let go of are read again from the file, so a write kept in them would be lost)."""

    def __init__(self) -> None:
        self.mappings: list[mmap.mmap] = []
        #: each written array mapped once, however often it is named
        self._arrays: dict[Spilled, np.ndarray] = {}
        self._uncached: set[str] = set()
        #: Each array given back, by id: the array and where it is written (see :class:`Markers`).
        self.markers = Markers()

    def __call__(self, value: Any) -> Any:
        return through(value, self._leaf)

    def _leaf(self, leaf: Any) -> Any:
        if isinstance(leaf, RowField):
            return self.markers.noted(self._mapped(leaf.table)[leaf.name], leaf)
        if isinstance(leaf, Spilled):
            return self.markers.noted(self._mapped(leaf), leaf)
        return leaf

    def _mapped(self, where: Spilled) -> np.ndarray:
        found = self._arrays.get(where)
        if found is None:
            found = self._arrays[where] = self._map(where)
        return found

    def _map(self, where: Spilled) -> np.ndarray:
        count = math.prod(where.shape)
        with open(where.path, "rb") as file:
            if where.path not in self._uncached:
                self._uncached.add(where.path)
                _drop_cached_pages(file)
            mapping = mmap.mmap(file.fileno(), count * where.dtype.itemsize, access=mmap.ACCESS_READ,
                                offset=where.offset)  # fmt: skip
        if hasattr(mmap, "MADV_RANDOM"):
            mapping.madvise(mmap.MADV_RANDOM)  # a fault reads its page, no read-ahead around it
        self.mappings.append(mapping)
        return np.frombuffer(mapping, dtype=where.dtype, count=count).reshape(where.shape)


class Markers:
    """The arrays a :class:`Mapper` gave back, with where each is written: an object holding them is sent
    to yet another process as those places again (:meth:`placed`), not as their bytes, while the file
    is there (the receiver maps the same pages).  Each array is kept with its place, so an id is never
    taken for another array's."""

    def __init__(self) -> None:
        self._by_id: dict[int, tuple[np.ndarray, Spilled | RowField]] = {}

    def noted(self, array: np.ndarray, where: Spilled | RowField) -> np.ndarray:
        self._by_id[id(array)] = (array, where)
        return array

    def placed(self, value: Any) -> Any:
        """*value* with each array noted here (also in a list, a dict, a Points or a text column)
        replaced by its place in the file."""

        def place(leaf: Any) -> Any:
            found = self._by_id.get(id(leaf))
            return found[1] if found is not None and found[0] is leaf else leaf

        return through(value, place)

    def __bool__(self) -> bool:
        return bool(self._by_id)


def let_go(mappings: tuple[mmap.mmap, ...] | list[mmap.mmap]) -> None:
    """Drop the resident pages of *mappings* out of this process (nothing where the system has no such
    advice): the next lookup reads those it needs again, from the system's file cache."""
    if hasattr(mmap, "MADV_DONTNEED"):
        for mapping in mappings:
            mapping.madvise(mmap.MADV_DONTNEED)


def _drop_cached_pages(file: BinaryIO) -> None:
    """Write the file's cached pages out and drop them from the system's cache, so later faults read it
    a page at a time instead of mapping the large folios its writer left (nothing where the system has
    no such advice)."""
    if not hasattr(os, "posix_fadvise"):
        return
    try:
        os.fdatasync(file.fileno())
        os.posix_fadvise(file.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
    except OSError:  # a file system that cannot: the pages stay cached, lookups still answer
        pass
