"""An index's text columns kept as UTF-8 bytes instead of one Python string per value (issue 19 point 3).

At 100k customers the names (key, compact, order), contacts, addresses and cities of a duplicate index are
~600k strings, ~25 MB of objects in the app that keeps the index for the form's hints.  :class:`Texts`
holds them as one array of bytes, a record's values one after another (each ended by NUL), so the
index sent to the app maps them from its spill file (:mod:`.spill`) with its other arrays: a lookup
reads the pages of the few hundred records it compares, and :class:`TextColumn` gives them back as the
same strings, as an object array, which is all the matcher asks of a column.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain
from typing import Any

import numpy as np

_END = "\x00"
#: A lone surrogate (a file's undecodable byte kept as written) travels as it is.
_ODD = "surrogatepass"


@dataclass(frozen=True, eq=False)
class Texts:
    """Text columns of the same records: record *i*'s values start at byte *starts*[i] of *data*, column
    *k*'s value taking *lengths*[i, k] bytes, each value followed by a NUL."""

    names: tuple[str, ...]
    data: np.ndarray  # uint8
    starts: np.ndarray  # int64, one per record
    lengths: np.ndarray  # int32, (records, columns)
    #: The values :meth:`rows` decoded last, by their records' positions (a copy starts without).
    _last: dict[str, tuple[np.ndarray, np.ndarray]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    @classmethod
    def of(cls, columns: Mapping[str, Sequence[str]]) -> Texts | None:
        """*columns* (of as many strings each) as UTF-8; None when a value holds a NUL (it would end
        early: such columns are kept as they are)."""
        names = tuple(columns)
        encoded = [[value.encode(errors=_ODD) for value in columns[name]] for name in names]
        if any(b"\0" in value for column in encoded for value in column):
            return None
        records = len(encoded[0]) if encoded else 0
        lengths = np.array(
            [np.fromiter(map(len, column), dtype=np.int32, count=records) for column in encoded],
            dtype=np.int32,
        ).T.reshape(records, len(names))
        sizes = lengths.sum(axis=1, dtype=np.int64) + len(names)
        starts = np.zeros(records, dtype=np.int64)
        np.cumsum(sizes[:-1], out=starts[1:])
        joined = b"\0".join(chain.from_iterable(zip(*encoded)))
        data = np.frombuffer(joined + b"\0" if records and names else b"", dtype=np.uint8)
        return cls(names, data, starts, np.ascontiguousarray(lengths))

    def __len__(self) -> int:
        return len(self.starts)

    def column(self, name: str) -> TextColumn:
        return TextColumn(self, self.names.index(name))

    def take(self, k: int, positions: np.ndarray) -> np.ndarray:
        """Column *k*'s values of the records at *positions*, as an object array of strings."""
        return self.rows(positions)[:, k]

    def rows(self, positions: np.ndarray) -> np.ndarray:
        """Every column's values of the records at *positions*: an object array (records, columns).

        A lookup reads several columns of the same few hundred records (in order), then of some of
        them: the last such records' values are kept, and what they hold is not decoded again."""
        held = self._last.get("rows")
        if held is not None and len(positions):
            kept, values = held
            if len(kept) == len(positions) and (kept == positions).all():
                return values
            at = np.minimum(np.searchsorted(kept, positions), len(kept) - 1)
            if (kept[at] == positions).all():
                return values[at]
        values = self._decoded(positions)
        if len(positions) > 1 and (positions[1:] > positions[:-1]).all():
            self._last["rows"] = (positions.copy(), values)  # replaced whole: threads may read it
        return values

    def one(self, k: int, position: int) -> str:
        """Column *k*'s value of the record at *position*."""
        lengths = self.lengths[position]
        begin = int(self.starts[position]) + int(lengths[:k].sum()) + k
        return self.data[begin : begin + int(lengths[k])].tobytes().decode(errors=_ODD)

    def _decoded(self, positions: np.ndarray) -> np.ndarray:
        columns = len(self.names)
        sizes = self.lengths[positions].sum(axis=1, dtype=np.int64) + columns  # with their NULs
        ends = np.cumsum(sizes)
        begin = self.starts[positions]
        at = np.repeat(begin - ends + sizes, sizes) + np.arange(int(ends[-1]) if len(ends) else 0)
        values = self.data[at].tobytes().decode(errors=_ODD).split(_END)[:-1]
        out = np.empty((len(positions), columns), dtype=object)
        out.flat[:] = values
        return out


@dataclass(frozen=True, eq=False)
class TextColumn:
    """One column of a :class:`Texts`, read as the object array of strings it stands for: an integer gives
    a string, an array of positions, a mask or a slice gives an object array."""

    texts: Texts
    k: int

    def __len__(self) -> int:
        return len(self.texts)

    def __getitem__(self, at: Any) -> Any:
        if isinstance(at, (int, np.integer)):
            return self.texts.one(self.k, int(at))
        if isinstance(at, slice):
            return self.texts.take(self.k, np.arange(len(self))[at])
        positions = np.asarray(at)
        if positions.dtype == bool:
            positions = np.flatnonzero(positions)
        return self.texts.take(self.k, positions.astype(np.int64, copy=False))

    def __iter__(self) -> Iterator[str]:
        return iter(self[:].tolist())
