"""The light types of duplicate detection (no numpy, no rapidfuzz)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

#: Pairs at least this likely (match probability in %) are reported as duplicates: more likely one
#: customer than two.  Chosen by that rule, not on a benchmark (they move little between 40 and 80).
DEFAULT_THRESHOLD: float = 50.0
#: The as-you-type check shows existing customers from one chance in four on: a hint is cheap, and
#: the pairs a rule holds at 1:2 (another branch, a name that differs) are worth a look while typing.
SUGGEST_THRESHOLD: float = 25.0


@dataclass(frozen=True, slots=True)
class Record:
    """What duplicate detection reads of one customer.

    ``phone_e164`` should be E.164 ("+8613800138000"; the first of several
    counts); anything else counts by its digits, so a draft should read what
    was typed for its region first (``core.validate.read_phone_cell``).
    """

    id: int
    name: str
    kind: str = "company"
    contact_name: str | None = None
    phone_e164: str | None = None
    email: str | None = None
    city: str | None = None
    region: str | None = None
    address: str | None = None  # the street (number and name)
    website: str | None = None
    postcode: str | None = None
    #: The phones (E.164) and e-mails of the customer's people, each with whose it is: ("+86…", "张伟").
    people: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Match:
    """Two customers that look like one, with a 0–100 score and the reasons, strongest first."""

    a: int
    b: int
    score: float
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class NameKey:
    """A name reduced to what identifies it, plus what was set aside on the way.

    ``key`` is the normalised core (Latin tokens joined by one space, Chinese
    without spaces); ``removed`` holds the pieces taken off as written (after
    NFKC and simplified Chinese) for the reason text; ``region``, ``branch``,
    ``qualifier``, ``numbers``, ``legal`` and ``generation`` are compared as
    separate evidence (a different branch or Jr/Sr is a conflict, not a typo).
    """

    key: str
    removed: tuple[str, ...] = ()
    expanded: tuple[str, ...] = ()
    region: str | None = None
    branch: str | None = None
    qualifier: str | None = None
    legal: str | None = None
    numbers: tuple[str, ...] = ()
    generation: str | None = None
    pinyin: str = ""

    @property
    def compact(self) -> str:
        """The key without spaces ("blue ridge" and "blueridge" meet here)."""
        return self.key.replace(" ", "")


class ScanCancelled(Exception):
    """Raised by a scan when its ``cancelled()`` callback returned True; nothing partial is returned."""


class RecordSource(Protocol):
    """Where an index reads its records: a chunk at a time while it is built, then only the few whose
    reasons are worded (so 100k records are never all held; the store reads them from the file)."""

    def __len__(self) -> int: ...

    def chunks(self, size: int) -> Iterator[Sequence[Record]]:
        """Every record, *size* at a time, in a fixed order."""
        ...

    def get(self, ids: Sequence[int]) -> list[Record]:
        """The records of *ids* (any order; an id no longer there is left out)."""
        ...


class RecordList:
    """A list of records as a :class:`RecordSource` (tests, drafts, a small book)."""

    def __init__(self, records: Sequence[Record]) -> None:
        self.records = records
        self._by_id: dict[int, Record] | None = None

    def __len__(self) -> int:
        return len(self.records)

    def chunks(self, size: int) -> Iterator[Sequence[Record]]:
        for start in range(0, len(self.records), size):
            yield self.records[start : start + size]

    def get(self, ids: Sequence[int]) -> list[Record]:
        if self._by_id is None:
            self._by_id = {r.id: r for r in self.records}
        return [self._by_id[i] for i in ids if i in self._by_id]
