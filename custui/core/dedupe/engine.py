"""Per-record features and the field comparisons of record pairs (one implementation for scans,
drafts and pairs).

A :class:`Features` table holds, for a list of records, the name keys as numpy object arrays
(for ``rapidfuzz.process.cpdist``) and every other field as an integer code (a hash of the value,
-1 missing; see :func:`value_codes`), so a million candidate pairs are compared with a handful of
C-level passes.  :func:`compare` turns pairs into the levels of :mod:`.linkage` (exact, fuzzy
bands, different, missing); the model there weighs them; :func:`reasons_for` words the
factors of the pairs that are shown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import numpy as np
from rapidfuzz import fuzz, process
from xxhash import xxh3_64_intdigest

from custui.core.dedupe.keys import (
    address_key,
    cjk_person_words,
    email_domain,
    email_key,
    name_key,
    nfkc,
    person_key,
    phone_key,
    place_in_address,
    place_key,
    website_key,
)
from custui.core.dedupe.linkage import CAPPED_LOG2_ODDS, FIELDS, LEVELS, Comparison, factor_text
from custui.core.dedupe.model import NameKey, Record, RecordList, RecordSource, ScanCancelled
from custui.core.dedupe.places import CITY_PROVINCE, place_of
from custui.core.dedupe.texts import TextColumn
from custui.core.text import has_cjk, to_simplified

KINDS = {"company": 0, "person": 1}


#: Value codes are 63-bit hashes: equal values get equal codes, no table is kept (a value → number
#: dictionary per field cost ~200 MB at 100k customers).  They are xxHash digests of the UTF-8 text,
#: the same in every process and run (Python's own ``hash`` of text is not), so worker processes can
#: code their share of a book.
_CODE_MASK = (1 << 63) - 1


def code_of(value: str | tuple[str, ...]) -> int:
    """The code of one present value (text, or a tuple of texts)."""
    text = value if isinstance(value, str) else "\x1f".join(value)
    return xxh3_64_intdigest(text.encode("utf-8", "surrogatepass")) & _CODE_MASK


def value_codes(values: Sequence[Any]) -> np.ndarray:
    """A code per value (-1 for a missing one): compared for equality only."""
    return np.fromiter(
        (-1 if value is None or value == "" or value == () else code_of(value) for value in values),
        dtype=np.int64,
        count=len(values),
    )


@dataclass(slots=True)
class Prepared:
    """What one record looks like to the matcher (kept for the reason text)."""

    record: Record
    kind: int
    key: NameKey
    order: str  # name words in typed order (persons), else the key
    phone: str | None
    email: str | None
    website: str | None
    mail_domain: str | None
    province: str | None  # from the city/region fields, else from the name
    city: str | None
    name_province: str | None
    name_city: str | None
    contact: str
    address: str
    address_number: str
    postcode: str | None
    #: Every phone and e-mail of the customer and its people → whose it is ("" for the customer's own).
    points: dict[str, str] = field(default_factory=dict)


def _points(record: Record, phone: str | None, email: str | None) -> dict[str, str]:
    points = {k: "" for k in (phone, email) if k}
    for value, who in record.people:
        key = phone_key(value) if value.startswith("+") else email_key(value)
        if key:
            points.setdefault(key, who)
    return points


def prepare(record: Record) -> Prepared:
    kind = KINDS.get((record.kind or "company").strip().casefold(), 2)
    key = name_key(record.name, "person" if kind == 1 else "company")
    order = key.key
    if kind == 1 and not has_cjk(record.name or ""):
        order = " ".join(
            w for w in nfkc(record.name).casefold().replace(".", " ").replace(",", " ").split()
        )
    email = email_key(record.email)
    website = website_key(record.website)
    province, city = place_key(record.city, record.region)
    if city is None and record.address:
        address_province, city = place_in_address(record.address)
        province = province or address_province
    name_province, name_city = place_of(key.region) if key.region else (None, None)
    if province is None and city in CITY_PROVINCE:
        province = CITY_PROVINCE[city]
    contact = person_key(record.contact_name).compact if record.contact_name else ""
    address, number = address_key(record.address)
    phone = phone_key(record.phone_e164)
    return Prepared(
        record=record,
        kind=kind,
        key=key,
        order=order,
        phone=phone,
        email=email,
        website=website,
        mail_domain=email_domain(email),
        province=province or name_province,
        city=city or name_city,
        name_province=name_province,
        name_city=name_city,
        contact=contact,
        address=address,
        address_number=number,
        postcode=_postcode(record.postcode),
        points=_points(record, phone, email),
    )


def _postcode(value: str | None) -> str | None:
    """A postcode compared without spaces and case ("SW1A 2AA" = "sw1a2aa")."""
    text = "".join(nfkc(value).split()).casefold() if value else ""
    return text or None


def shared_point(
    pa: Prepared, pb: Prepared, *, mail: bool | None = None
) -> tuple[str, str, str] | None:
    """A phone or e-mail (only e-mails when *mail*, only phones when not) the two share through their
    people (not customer to customer: that is "same phone"): (the value, whose at a, whose at b)."""
    if not (pa.record.people or pb.record.people) or not pa.points or not pb.points:
        return None
    for value, who in pa.points.items():
        other = pb.points.get(value)
        if other is not None and (who or other) and (mail is None or mail == ("@" in value)):
            return value, who, other
    return None


@dataclass(frozen=True)
class Points:
    """Every record's phones and e-mails (its own and its people's) as codes in one flat array:
    record i's are ``code[start[i]:start[i + 1]]``; ``person`` marks a person's, ``mail`` an e-mail."""

    start: np.ndarray
    code: np.ndarray
    person: np.ndarray
    mail: np.ndarray

    @classmethod
    def of(cls, prepared: Sequence[Prepared]) -> Points:
        values = [value for p in prepared for value in p.points]
        person = np.array([bool(who) for p in prepared for who in p.points.values()], dtype=bool)
        start = np.zeros(len(prepared) + 1, dtype=np.int64)
        np.cumsum([len(p.points) for p in prepared], out=start[1:])
        mail = np.array(["@" in v for v in values], dtype=bool)
        return cls(start, value_codes(values), person, mail)

    @classmethod
    def joined(cls, parts: Sequence[Points]) -> Points:
        """The points of consecutive chunks of records as one."""
        if len(parts) == 1:
            return parts[0]
        offsets = np.cumsum([0] + [p.start[-1] for p in parts[:-1]])
        start = np.concatenate(
            [parts[0].start[:1]] + [p.start[1:] + o for p, o in zip(parts, offsets)]
        )
        return cls(
            start,
            *(np.concatenate([getattr(p, f) for p in parts]) for f in ("code", "person", "mail")),
        )

    def has_people(self, rows: np.ndarray) -> np.ndarray:
        """Per row: some phone or e-mail of its people is known.  A lookup's few hundred rows read only
        their own points (a count over the whole book read every record's: a whole pass, and its pages
        of a mapped index, for each keystroke); a scan's batch of pairs counts once over all."""
        known: np.ndarray
        if len(rows) * 8 < len(self.start):
            owner, at = self.expand(rows)
            known = np.bincount(owner[self.person[at]], minlength=len(rows)) > 0
        else:
            with_person = np.concatenate(([0], np.cumsum(self.person)))
            known = with_person[self.start[rows + 1]] > with_person[self.start[rows]]
        return known

    def expand(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(position in *rows*, entry) for every point of every row."""
        counts = self.start[rows + 1] - self.start[rows]
        owner = np.repeat(np.arange(len(rows)), counts)
        first = np.repeat(self.start[rows] - (np.cumsum(counts) - counts), counts)
        return owner, first + np.arange(int(counts.sum()))


def shared_points(
    pa: Points, ia: np.ndarray, pb: Points, ib: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Per pair: the two share a phone, an e-mail, through at least one side's people (vectorised
    :func:`shared_point`)."""
    phone, mail = np.zeros(len(ia), dtype=bool), np.zeros(len(ia), dtype=bool)
    rows = np.flatnonzero(pa.has_people(ia) | pb.has_people(ib))
    if len(rows) == 0:
        return phone, mail
    (owner_a, at_a), (owner_b, at_b) = pa.expand(ia[rows]), pb.expand(ib[rows])
    code = np.concatenate((pa.code[at_a], pb.code[at_b])).astype(np.int64)
    owner = np.concatenate((owner_a, owner_b))
    person = np.concatenate((pa.person[at_a], pb.person[at_b]))
    is_mail = np.concatenate((pa.mail[at_a], pb.mail[at_b]))
    known = code >= 0
    code, owner, person, is_mail = code[known], owner[known], person[known], is_mail[known]
    key = owner * (int(code.max(initial=0)) + 1) + code
    order = np.argsort(key, kind="stable")
    key, owner, person, is_mail = key[order], owner[order], person[order], is_mail[order]
    both = np.flatnonzero((key[1:] == key[:-1]) & (person[1:] | person[:-1]))
    hit = rows[owner[both]]
    phone[hit[~is_mail[both]]] = True
    mail[hit[is_mail[both]]] = True
    return phone, mail


#: A text column of :class:`Features`.
TextArray = np.ndarray | TextColumn


@dataclass
class Features:
    """Column-wise features of a list of records (see module docstring).

    No :class:`Prepared` object is kept per record (at 100k customers they cost ~150 MB): the few
    records whose reasons are worded are prepared again, on demand, by :meth:`prepared`.
    """

    source: RecordSource
    ids: np.ndarray
    kind: np.ndarray
    # the text columns: object arrays of strings, or in an index sent to another process their UTF-8 bytes
    key: TextArray
    compact: TextArray
    order: TextArray
    contact: TextArray
    address: TextArray
    city: TextArray  # the city as compared (for "city alike": Eaton / Eatin)
    words: np.ndarray  # (records, MAX_WORDS) codes of the name's words (-1 padding)
    spaced: np.ndarray  # the key has several words (token order matters)
    ordered: np.ndarray  # the typed word order differs from the key (people)
    cjk: np.ndarray  # the name is written in Chinese
    length: np.ndarray  # characters of the compact key
    street_words: np.ndarray  # the street has several words
    points: Points  # every phone and e-mail of the record and its people
    codes: dict[str, np.ndarray] = field(default_factory=dict)
    #: When :func:`build_features` was asked for them: the blocking keys' codes and their records'
    #: positions, then the rare keys' (the index takes them and lets them go).
    block_keys: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None = field(
        default=None, repr=False
    )
    #: Text columns only sort orders read: ``phone`` (the phone key, "" when none: a tie-break of the
    #: name order) and ``postcode`` (as compared, "" when none); the index takes them and lets them go.
    sort_columns: dict[str, np.ndarray] = field(default_factory=dict, repr=False)
    _prepared: dict[int, Prepared] = field(default_factory=dict, repr=False)

    def __len__(self) -> int:
        return len(self.ids)

    def prepared(self, i: int) -> Prepared:
        """Record *i* as the matcher sees it (read and prepared again: only shown pairs need it)."""
        found = self._prepared.get(i)
        if found is None:
            self.prefetch([i])
            found = self._prepared[i]
        return found

    def prefetch(self, positions: Iterable[int]) -> None:
        """Read and prepare the records at *positions* at once (one read of the source, not one each)."""
        wanted = [i for i in dict.fromkeys(int(p) for p in positions) if i not in self._prepared]
        if not wanted:
            return
        if len(self._prepared) + len(wanted) > PREPARED_CACHE:
            self._prepared.clear()
        found = {r.id: r for r in self.source.get([int(self.ids[i]) for i in wanted])}
        for i in wanted:
            # a record gone from the file since the index was built is worded by its id alone
            self._prepared[i] = prepare(found.get(int(self.ids[i])) or Record(int(self.ids[i]), ""))


#: Records kept prepared for wording reasons (preparing one again takes ~50 µs).
PREPARED_CACHE = 2_000


#: Name words compared one by one (a person's given and family names, a company's first words).
MAX_WORDS = 4


def name_words(p: Prepared) -> tuple[str, ...]:
    """The words of a name, compared one by one: a person's in pinyin when written in Chinese (孙凤英 →
    sun, fengying, to meet "Fengying Sun"), a Chinese company's none (its characters are not words)."""
    if has_cjk(p.key.key):
        return cjk_person_words(p.key.compact) if p.kind == 1 else ()
    return tuple(dict.fromkeys(w for w in p.key.key.split() if len(w) > 1))[:MAX_WORDS]


def _anagram(compact: str) -> str:
    """The sorted characters of a short Chinese key ("" otherwise)."""
    return "".join(sorted(compact)) if 2 < len(compact) <= 8 and has_cjk(compact) else ""


_CODED = (
    "compact",
    "pinyin",
    "anagram",
    "phone",
    "email",
    "domain_web",
    "domain_mail",
    "city",
    "province",
    "name_city",
    "name_province",
    "branch",
    "numbers",
    "generation",
    "legal",
    "qualifier",
    "address_number",
    "postcode",
    "contact",
    "address",
)


#: Blocking keys of one prepared record: keys whose large groups are paired with sorted neighbours,
#: and keys only worth pairing while rare (see :func:`.index.block_keys`).
KeyMaker = Callable[[Prepared], tuple[list[str], list[str]]]


@dataclass
class ChunkFeatures:
    """The features of one chunk of records, as a worker process sends them back: its kept columns as
    text, every other field coded, and (when asked) the code and chunk position of each blocking key."""

    ids: np.ndarray
    columns: dict[str, list[Any]]
    codes: dict[str, np.ndarray]
    kind: np.ndarray
    words: np.ndarray
    points: Points
    keys: (
        tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None
    )  # codes, members; rare codes, members


def features_of_chunk(records: list[Record], keys: KeyMaker | None = None) -> ChunkFeatures:
    """:class:`ChunkFeatures` of *records* (module level: it runs in worker processes)."""
    chunk = [prepare(r) for r in records]
    values = _columns_of(chunk)
    pool: dict[str, str] = {}  # equal texts as one string: pickled (and unpickled) once
    found = None
    if keys is not None:
        common: tuple[list[str], list[int]] = ([], [])
        rare: tuple[list[str], list[int]] = ([], [])
        for i, p in enumerate(chunk):
            for made, (texts, members) in zip(keys(p), (common, rare)):
                texts += made
                members += [i] * len(made)
        found = (value_codes(common[0]), np.array(common[1], dtype=np.int32),
                 value_codes(rare[0]), np.array(rare[1], dtype=np.int32))  # fmt: skip
    return ChunkFeatures(
        ids=np.array([r.id for r in records], dtype=np.int64),
        columns={name: _shared(values[name], pool) for name in _KEPT},
        codes={name: value_codes(values[name]) for name in _CODED},
        kind=np.array([p.kind for p in chunk], dtype=np.int8),
        words=_word_codes(chunk),
        points=Points.of(chunk),
        keys=found,
    )


def _shared(values: list[str | None], pool: dict[str, str]) -> list[str]:
    """*values* ("" for none), each equal text the one string of *pool*."""
    return [pool.setdefault(v, v) if v else "" for v in values]


#: Records per chunk of :func:`build_features` (read, prepared and handed to a worker at once).
CHUNK_RECORDS = 2000


def build_features(
    records: Sequence[Record] | RecordSource,
    *,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    keys: KeyMaker | None = None,
) -> Features:
    """The features of *records*, prepared a chunk at a time, in worker processes for a large book;
    with *keys* (a module-level function), the blocking keys of each record too
    (:attr:`Features.keys`)."""
    from custui.core.parallel import map_stream, workers_for

    source: RecordSource = RecordList(records) if isinstance(records, Sequence) else records
    n = len(
        source
    )  # for progress and the number of workers only: the chunks say how many there are
    joiner = _Joiner(source, n, with_keys=keys is not None)
    work = partial(features_of_chunk, keys=keys)
    with closing(map_stream(work, source.chunks(CHUNK_RECORDS), workers=workers_for(n))) as results:
        for part in results:
            if cancelled is not None and cancelled():
                raise ScanCancelled  # closing the results stops the workers
            joiner.add(part)
            del part  # a chunk's lists and arrays go as soon as they are taken in
            if progress is not None:
                progress(min(1.0, joiner.records / max(n, 1)))
    return joiner.features()


class _Growing:
    """An array filled a chunk at a time in place: grown (``ndarray.resize``: realloc, the data moved
    only when it must) when a chunk does not fit, cut to its length at the end.  No list of the
    chunks' arrays is kept and joined: that held each column twice."""

    def __init__(self, dtype: Any, width: int = 0) -> None:
        self.data = np.empty((0, width) if width else 0, dtype=dtype)
        self.used = 0

    def add(self, values: np.ndarray, expected: int) -> None:
        """*values* appended; *expected* is how many rows the whole column should come to."""
        stop = self.used + len(values)
        if stop > len(self.data):
            rows = max(stop, expected, len(self.data) + len(self.data) // 2)
            self.data.resize((rows, *self.data.shape[1:]), refcheck=False)
        self.data[self.used : stop] = values
        self.used = stop

    def done(self) -> np.ndarray:
        data, self.data = self.data, np.empty((0, *self.data.shape[1:]), dtype=self.data.dtype)
        if len(data) != self.used:
            data.resize((self.used, *data.shape[1:]), refcheck=False)
        return data


class _Joiner:
    """Consecutive chunks' features taken in one at a time (each chunk let go once taken: the columns'
    strings are kept, the arrays written in place), then one :class:`Features` (the blocking keys'
    members as positions in it)."""

    def __init__(self, source: RecordSource, expected: int, *, with_keys: bool) -> None:
        self.source = source
        self.expected = expected  # records the source said it holds (more or fewer may come)
        self.with_keys = with_keys
        self.records = 0
        self.columns: dict[str, list[Any]] = {name: [] for name in _KEPT}
        self.arrays: dict[str, _Growing] = {
            "ids": _Growing(np.int64), "kind": _Growing(np.int8),
            "words": _Growing(np.int64, MAX_WORDS), **{name: _Growing(np.int64) for name in _CODED},
        }  # fmt: skip
        self.points: list[Points] = []
        self.keys = (_Growing(np.int64), _Growing(np.int32), _Growing(np.int64), _Growing(np.int32))
        #: Columns whose values repeat a lot (a street, a contact, a city): each value's one string.
        self.pools: dict[str, dict[str, str]] = {
            name: {} for name in ("contact", "address", "city")
        }

    def add(self, part: ChunkFeatures) -> None:
        for name, values in self.columns.items():
            pool = self.pools.get(name)
            if pool is None:
                values += part.columns[name]
            else:  # one string per distinct value, not one per record
                values += [pool.setdefault(v, v) for v in part.columns[name]]
        records = self.records + len(part.ids)
        expected = max(self.expected, records)
        for name, column in self.arrays.items():
            found = getattr(part, name) if name in ("ids", "kind", "words") else part.codes[name]
            column.add(found, expected)
        self.points.append(part.points)
        if self.with_keys and part.keys is not None:
            for k, (found, column) in enumerate(zip(part.keys, self.keys)):
                # as many keys a record as so far, a little over; members (odd k) move by the offset
                guess = (column.used + len(found)) * expected // max(records, 1) * 21 // 20
                column.add(found + np.int32(self.records) if k % 2 else found, guess)
        self.records = records

    def _array(self, name: str) -> np.ndarray:
        return self.arrays.pop(name).done()

    def _column(self, name: str) -> np.ndarray:
        return _object_column(self.columns.pop(name))

    def features(self) -> Features:
        self.pools.clear()
        key, compact, order, address = (
            self._column(name) for name in ("key", "compact", "order", "address")
        )
        n = len(key)
        features = Features(
            source=self.source, ids=self._array("ids"), kind=self._array("kind"),
            key=key, compact=compact, order=order, contact=self._column("contact"), address=address,
            city=self._column("city"), words=self._array("words"),
            spaced=np.fromiter((" " in k for k in key), dtype=bool, count=n),
            ordered=np.fromiter((o != k for o, k in zip(order, key)), dtype=bool, count=n),
            cjk=np.fromiter((has_cjk(c) for c in compact), dtype=bool, count=n),
            length=np.fromiter(map(len, compact), dtype=np.int32, count=n),
            street_words=np.fromiter((" " in a for a in address), dtype=bool, count=n),
            points=Points.joined(self.points) if self.points else Points.of([]),
        )  # fmt: skip
        self.points = []
        features.sort_columns = {name: self._column(name) for name in _SORT_ONLY}
        for name in _CODED:
            features.codes[name] = self._array(name)
        if self.with_keys:
            codes, members, rare_codes, rare_members = (column.done() for column in self.keys)
            features.block_keys = (codes, members, rare_codes, rare_members)
        return features


def _object_column(values: list[Any]) -> np.ndarray:
    arr = np.empty(len(values), dtype=object)
    arr[:] = values
    return arr


#: Columns also kept as strings (compared by similarity, or an order's tie-break), beside their codes.
_KEPT = ("key", "order", "compact", "contact", "address", "city", "phone", "postcode")
#: … of which only the index's sort orders read these (it takes them and lets them go).
_SORT_ONLY = ("phone", "postcode")
#: The text columns a :class:`Features` keeps (compared by similarity).
TEXT_COLUMNS = tuple(name for name in _KEPT if name not in _SORT_ONLY)


def _columns_of(chunk: Sequence[Prepared]) -> dict[str, list[Any]]:
    """Each column's values for a chunk of prepared records."""
    return {
        "key": [p.key.key for p in chunk],
        "order": [p.order for p in chunk],
        # the key itself when it has no space: one string for both columns, not two equal ones
        "compact": [p.key.key if " " not in p.key.key else p.key.compact for p in chunk],
        "pinyin": [p.key.pinyin for p in chunk],
        "anagram": [_anagram(p.key.compact) for p in chunk],
        "phone": [p.phone for p in chunk],
        "email": [p.email for p in chunk],
        # web sites and mail domains share one table so acme.com ↔ sales@acme.com compare
        "domain_web": [p.website for p in chunk],
        "domain_mail": [p.mail_domain for p in chunk],
        "city": [p.city for p in chunk],
        "province": [p.province for p in chunk],
        "name_city": [p.name_city for p in chunk],
        "name_province": [p.name_province for p in chunk],
        "branch": [p.key.branch for p in chunk],
        "numbers": [p.key.numbers for p in chunk],
        "generation": [p.key.generation for p in chunk],
        "legal": [p.key.legal for p in chunk],
        "qualifier": [p.key.qualifier for p in chunk],
        "address_number": [p.address_number for p in chunk],
        "postcode": [p.postcode for p in chunk],
        "contact": [p.contact for p in chunk],
        "address": [p.address for p in chunk],
    }


def _word_codes(prepared: Sequence[Prepared]) -> np.ndarray:
    words = [name_words(p) for p in prepared]
    flat = value_codes([w for ws in words for w in ws])
    out = np.full((len(prepared), MAX_WORDS), -1, dtype=np.int64)
    at = 0
    for i, ws in enumerate(words):
        out[i, : len(ws)] = flat[at : at + len(ws)]
        at += len(ws)
    return out


# --------------------------------------------------------------------------- comparing


def _same(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    same: np.ndarray = (a == b) & (a >= 0)
    return same


def _differ(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    differ: np.ndarray = (a != b) & (a != -1) & (b != -1)
    return differ


def _both(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    both: np.ndarray = (a != -1) & (b != -1)
    return both


def _levels(present: np.ndarray, *conditions: np.ndarray) -> np.ndarray:
    """-1 where not *present*, else the index of the first condition that holds (the last level when none)."""
    out = np.where(present, len(conditions), -1).astype(np.int8)
    for level in range(len(conditions) - 1, -1, -1):
        out = np.where(present & conditions[level], level, out).astype(np.int8)
    return out


#: A rapidfuzz scorer (fuzz.ratio, fuzz.token_sort_ratio…): two strings to a 0–100 similarity.
Scorer = Callable[..., float]

#: Similarity given to two names that read the same in pinyin (华创 / 华闯, 张伟 / Zhang Wei) and to
#: two short Chinese names with the same characters in another order (王海燕 / 王燕海).
PINYIN_SIMILARITY = 92.0
ANAGRAM_SIMILARITY = 85.0


def _name_similarity(
    fa: Features,
    ia: np.ndarray,
    fb: Features,
    ib: np.ndarray,
    A: Mapping[str, np.ndarray],
    B: Mapping[str, np.ndarray],
    workers: int,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    same_compact = _same(A["compact"], B["compact"])
    sim = _sim(fa.compact[ia], fb.compact[ib], fuzz.ratio, workers)
    # word order only matters for keys of several words; typed order only for people
    for mask, column, scorer in (
        (fa.spaced[ia] | fb.spaced[ib], "key", fuzz.token_sort_ratio),
        (fa.ordered[ia] | fb.ordered[ib], "order", fuzz.ratio),
    ):
        if mask.any():
            sub_a, sub_b = ia[mask], ib[mask]
            sim[mask] = np.maximum(
                sim[mask],
                _sim(getattr(fa, column)[sub_a], getattr(fb, column)[sub_b], scorer, workers),
            )
    pinyin_same = _same(A["pinyin"], B["pinyin"]) & ~same_compact
    sim = np.where(pinyin_same, np.maximum(sim, PINYIN_SIMILARITY), sim)
    anagram = _same(A["anagram"], B["anagram"]) & ~same_compact
    sim = np.where(anagram, np.maximum(sim, ANAGRAM_SIMILARITY), sim)
    return sim, same_compact, pinyin_same, anagram


def _shared_words(wa: np.ndarray, wb: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per pair: every word of the shorter name is a word of the other ("white" / "evangelia white"),
    and at least one word is shared (a given or family name)."""
    shared = np.zeros(len(wa), dtype=np.int8)
    for i in range(wa.shape[1]):
        shared += ((wa[:, i : i + 1] == wb) & (wa[:, i : i + 1] >= 0)).any(axis=1)
    shorter = np.minimum((wa >= 0).sum(axis=1), (wb >= 0).sum(axis=1))
    return (shared > 0) & (shared == shorter), shared > 0


#: Most similarity of two company names whose first words differ (Torres Industrial / Fox Industrial):
#: a company is told by its first word, and the shared generic rest makes the two look alike.
DISTINCT_FIRST_WORDS = 59.0


def _distinct_first_words(fa: Features, ia: np.ndarray, fb: Features, ib: np.ndarray, sim: np.ndarray,
                          workers: int) -> np.ndarray:  # fmt: skip
    """Company names of several Latin words that are alike but whose first words differ (< 50 % alike)
    and appear nowhere in the other name."""
    wa, wb = fa.words[ia], fb.words[ib]
    mask = ((sim >= 60) & (fa.kind[ia] == 0) & (fb.kind[ib] == 0) & fa.spaced[ia] & fb.spaced[ib]
            & ~fa.cjk[ia] & ~fb.cjk[ib] & (wa[:, 0] >= 0) & (wb[:, 0] >= 0)
            & ~(wa[:, :1] == wb).any(axis=1) & ~(wb[:, :1] == wa).any(axis=1))  # fmt: skip
    out = np.zeros(len(ia), dtype=bool)
    if mask.any():
        out[mask] = (
            _sim(
                _first_words(fa.key[ia[mask]]), _first_words(fb.key[ib[mask]]), fuzz.ratio, workers
            )
            < 50
        )
    return out


def _first_words(keys: np.ndarray) -> np.ndarray:
    """Each key's first word (made for the few pairs that need it, not kept per record)."""
    return _object_column([k.split(" ", 1)[0] for k in keys.tolist()])


def _cjk_within(
    fa: Features, ia: np.ndarray, fb: Features, ib: np.ndarray, sim: np.ndarray
) -> np.ndarray:
    """Chinese company names, one inside the other (盛和 / 盛和软件), among the pairs not already alike."""
    # one inside the other needs two lengths (the same length would be the same name)
    mask = ((sim < 85) & (fa.kind[ia] == 0) & (fb.kind[ib] == 0) & fa.cjk[ia] & fb.cjk[ib]
            & (fa.length[ia] != fb.length[ib]))  # fmt: skip
    out = np.zeros(len(ia), dtype=bool)
    if mask.any():
        pairs = zip(fa.compact[ia[mask]].tolist(), fb.compact[ib[mask]].tolist())
        out[mask] = [x in y or y in x for x, y in pairs]
    return out


def _sim(
    a: np.ndarray, b: np.ndarray, scorer: Scorer, workers: int, cutoff: float = 0
) -> np.ndarray:
    if len(a) == 0:
        return np.zeros(0, dtype=np.float64)
    return process.cpdist(a, b, scorer=scorer, workers=workers, score_cutoff=cutoff).astype(
        np.float64
    )


def _masked_sim(column_a: np.ndarray, column_b: np.ndarray, mask: np.ndarray, workers: int, *, cutoff: float,
                words: tuple[np.ndarray, np.ndarray] | None = None) -> np.ndarray:  # fmt: skip
    """Similarity where *mask* holds (0 elsewhere, and below *cutoff*: the lowest level that tells
    anything, so rapidfuzz may stop early); with *words* (each side's "has several words"), word order
    and extra words forgiven too (token_set_ratio, which equals ratio when neither side has several)."""
    out = np.zeros(len(mask), dtype=np.float64)
    if mask.any():
        a, b = column_a[mask], column_b[mask]
        sim = _sim(a, b, fuzz.ratio, workers, cutoff)
        if words is not None:
            several = words[0][mask] | words[1][mask]
            if several.any():
                sim[several] = np.maximum(
                    sim[several],
                    _sim(a[several], b[several], fuzz.token_set_ratio, workers, cutoff),
                )
        out[mask] = sim
    return out


def compare(
    fa: Features,
    ia: np.ndarray,
    fb: Features,
    ib: np.ndarray,
    *,
    workers: int = -1,
    typed_similarity: np.ndarray | None = None,
) -> Comparison:
    """The pairs (fa[ia[k]], fb[ib[k]]) compared field by field into the levels of :data:`.linkage.LEVELS`.

    *typed_similarity* (as-you-type only) is a name similarity for a half-typed name; where it beats
    the full comparison it is used and ``details["typed"]`` is set.
    """
    workers = workers if len(ia) > 20_000 else 1
    A = {k: v[ia] for k, v in fa.codes.items()}
    B = {k: v[ib] for k, v in fb.codes.items()}
    sim, same_compact, pinyin_same, anagram = _name_similarity(fa, ia, fb, ib, A, B, workers)
    typed = np.zeros(len(ia), dtype=bool)
    if typed_similarity is not None:
        typed = typed_similarity > sim
        sim = np.maximum(sim, typed_similarity)
    named = _both(A["compact"], B["compact"])
    sim[~named] = 0.0
    within, common_word = _shared_words(fa.words[ia], fb.words[ib])
    cjk_within = _cjk_within(fa, ia, fb, ib, sim)
    sim = np.where(
        _distinct_first_words(fa, ia, fb, ib, sim, workers),
        np.minimum(sim, DISTINCT_FIRST_WORDS),
        sim,
    )

    people_phone, people_mail = shared_points(fa.points, ia, fb.points, ib)
    phone_same = _same(A["phone"], B["phone"]) | people_phone
    email_same = _same(A["email"], B["email"]) | people_mail
    domain_same = (
        _same(A["domain_web"], B["domain_web"]) | _same(A["domain_mail"], B["domain_mail"])
        | _same(A["domain_web"], B["domain_mail"]) | _same(A["domain_mail"], B["domain_web"])
    )  # fmt: skip
    streets = _both(A["address"], B["address"])
    street_sim = _masked_sim(
        fa.address[ia],
        fb.address[ib],
        streets,
        workers,
        cutoff=70,
        words=(fa.street_words[ia], fb.street_words[ib]),
    )
    cities = (fa.city[ia] != "") & (fb.city[ib] != "")
    city_sim = _masked_sim(
        fa.city[ia], fb.city[ib], cities & _differ(A["city"], B["city"]), workers, cutoff=85
    )
    name_city_diff = _differ(A["name_city"], B["name_city"]) | _differ(
        A["name_province"], B["name_province"]
    )
    # a person's contact is mostly the person: only companies' contacts are compared
    contacts = _both(A["contact"], B["contact"]) & (fa.kind[ia] == 0) & (fb.kind[ib] == 0)
    contact_sim = _masked_sim(fa.contact[ia], fb.contact[ib], contacts, workers, cutoff=75)
    kind_diff = fa.kind[ia] != fb.kind[ib]
    flags = {
        "branch_diff": _differ(A["branch"], B["branch"]), "numbers_diff": _differ(A["numbers"], B["numbers"]),
        "generation_diff": _differ(A["generation"], B["generation"]),
        "qualifier_diff": _differ(A["qualifier"], B["qualifier"]), "legal_diff": _differ(A["legal"], B["legal"]),
        "branch_one": (A["branch"] == -1) != (B["branch"] == -1),
    }  # fmt: skip
    conflict = (
        flags["branch_diff"]
        | flags["numbers_diff"]
        | flags["generation_diff"]
        | flags["qualifier_diff"]
        | flags["branch_one"]
    )
    everyone = np.ones(len(ia), dtype=bool)
    people = (fa.kind[ia] == 1) & (fb.kind[ib] == 1)
    street_same, alike = street_sim >= 95, street_sim >= 85
    numbers_same = _same(A["address_number"], B["address_number"])
    no_number_a, no_number_b = A["address_number"] == -1, B["address_number"] == -1
    numbers_agree = numbers_same | (no_number_a & no_number_b)
    number_missing = no_number_a != no_number_b
    numbers_differ = _differ(A["address_number"], B["address_number"])
    located = _both(A["address"], B["address"]) | _both(A["address_number"], B["address_number"])
    website_same = _same(A["domain_web"], B["domain_web"])
    postcode_same = _same(A["postcode"], B["postcode"])
    city_same = _same(A["city"], B["city"]) & ~name_city_diff
    levels = {
        "name": _levels(named, same_compact, sim >= 92, sim >= 85, within | cjk_within, sim >= 75,
                        common_word & people, sim >= 60),
        "phone": _levels(phone_same | _differ(A["phone"], B["phone"]), phone_same),
        # a mail domain that is the shared web site says nothing the web site has not said
        "email": _levels((email_same | domain_same | _differ(A["email"], B["email"])) & ~(website_same & ~email_same),
                         email_same, domain_same),
        "website": _levels(_both(A["domain_web"], B["domain_web"]), website_same),
        # street and house number judged together: one street with another number is a neighbour
        "address": _levels(located, street_same & numbers_agree, alike & numbers_agree, alike & number_missing,
                           alike & numbers_differ, street_sim >= 70, numbers_same),
        # an agreement a stronger one implies is not counted twice: the city of the same postcode, the
        # region of the same city or postcode
        "postcode": _levels(_both(A["postcode"], B["postcode"]), postcode_same),
        "city": _levels(((_both(A["city"], B["city"]) & cities) | name_city_diff) & ~(postcode_same & city_same),
                        city_same, (city_sim >= 85) & ~name_city_diff),
        "region": _levels(_both(A["province"], B["province"]) & ~city_same & ~postcode_same,
                          _same(A["province"], B["province"])),
        "contact": _levels(contacts, contact_sim >= 90, contact_sim >= 75),
        "form": _levels(everyone, ~kind_diff & ~conflict & ~flags["legal_diff"], ~kind_diff & ~conflict, ~kind_diff),
    }  # fmt: skip
    agreed = {
        "name": np.where(levels["name"] == 0, A["compact"], -1),
        "city": np.where(levels["city"] == 0, A["city"], -1),
    }
    details = {"pinyin_same": pinyin_same, "anagram": anagram, "typed": typed, "street_similarity": street_sim,
               "city_similarity": city_sim, "contact_similarity": contact_sim, "people_phone": people_phone,
               "people_mail": people_mail, "name_city_diff": name_city_diff, **flags}  # fmt: skip
    return Comparison(levels, people.astype(np.int8), agreed, sim, details)


# --------------------------------------------------------------------------- reasons

#: The highest probability (in %) of a pair whose names differ or whose branches do.
CAP = 100.0 / (1.0 + 2.0**-CAPPED_LOG2_ODDS)


def _quote(pieces: Sequence[str]) -> str:
    return ", ".join(f"'{p}'" for p in pieces)


def _has_fullwidth(text: str) -> bool:
    """Full-width letters or digits (ＡＣＭＥ, １３８); full-width brackets are normal in Chinese."""
    return any(
        "\uff10" <= ch <= "\uff19" or "\uff21" <= ch <= "\uff3a" or "\uff41" <= ch <= "\uff5a"
        for ch in text
    )


def name_reason(
    pa: Prepared, pb: Prepared, similarity: float, pinyin_same: bool, anagram: bool = False
) -> str:
    """How the two names compare, in words: "name 93 % alike after removing 'Co., Ltd.'"."""
    a, b = pa.record.name or "", pb.record.name or ""
    if a == b:
        return "same name"
    ka, kb = pa.key, pb.key
    notes: list[str] = []
    if _has_fullwidth(a) != _has_fullwidth(b) or (_has_fullwidth(a) and nfkc(a) != nfkc(b)):
        notes.append("full-width ↔ half-width")
    if has_cjk(a + b) and (to_simplified(a) != a) != (to_simplified(b) != b):
        notes.append("traditional ↔ simplified")
    if nfkc(a).casefold() == nfkc(b).casefold() and nfkc(a) != nfkc(b) and not notes:
        notes.append("upper/lower case")
    removed = [p for p in ka.removed if p not in kb.removed] + [
        p for p in kb.removed if p not in ka.removed
    ]
    expanded = list(dict.fromkeys(ka.expanded + kb.expanded))
    same_person_reordered = (
        pa.kind == 1 and pb.kind == 1 and ka.key == kb.key and pa.order != pb.order
    )
    if (
        same_person_reordered
        and " " in ka.key
        and (
            sorted(pa.order.split()) != pa.order.split()
            or sorted(pb.order.split()) != pb.order.split()
        )
    ):
        notes.append("given and family name swapped")
    if ka.compact == kb.compact and ka.key != kb.key:
        notes.append("spacing")
    tail = ""
    if removed:
        tail += f" after removing {_quote(removed)}"
    if expanded:
        tail += (
            (" and" if removed else "")
            + " reading "
            + ", ".join(e.replace(" → ", " as ") for e in expanded)
        )
    if notes:
        tail += f" ({', '.join(notes)})"
    if ka.compact == kb.compact and ka.compact:
        return "same name" + tail
    if pinyin_same and similarity >= 90:
        return f"names read the same in pinyin ({ka.pinyin})" + tail
    if anagram and similarity <= 85 and sorted(ka.compact) == sorted(kb.compact):
        return "same characters in another order" + tail
    return f"name {similarity:.0f} % alike" + tail


def _place(p: Prepared, name_only: bool = False) -> str:
    if name_only:
        return p.name_city or p.name_province or "?"
    return p.city or p.province or p.name_city or p.name_province or "?"


def _field_text(name: str, level: int, pa: Prepared, pb: Prepared, c: Comparison, k: int) -> str:
    """One field's comparison in words (without its factor)."""
    d = c.details
    sim = float(c.name_similarity[k])
    if name == "name":
        if d["typed"][k] and level > 0:
            return f"name starts the same ({sim:.0f} % so far)"
        if level == len(LEVELS["name"]) - 1:
            return f"names differ ({sim:.0f} % alike: {CAP:.0f} % at most)"
        return name_reason(pa, pb, sim, bool(d["pinyin_same"][k]), bool(d["anagram"][k]))
    if (
        name in ("phone", "email")
        and level == 0
        and (d["people_phone"][k] if name == "phone" else d["people_mail"][k])
    ):
        _value, who_a, who_b = shared_point(pa, pb, mail=name == "email") or ("", "", "")
        whose = " / ".join(dict.fromkeys(w for w in (who_a, who_b) if w))
        return f"same {'e-mail' if name == 'email' else 'phone'} ({whose})"
    if name == "address" and level in (1, 4):
        return (
            f"address {d['street_similarity'][k]:.0f} % alike"
            if level == 1
            else f"street {d['street_similarity'][k]:.0f} % alike"
        )
    if name == "address" and level == 3:
        return f"same street, other number ({pa.address_number} / {pb.address_number})"
    if name == "city":
        if level == 0:
            return f"same city {_place(pa)}"
        if level == 1:
            return f"city alike ({_place(pa)} / {_place(pb)})"
        return f"different cities ({_place(pa, bool(d['name_city_diff'][k]))} / {_place(pb, bool(d['name_city_diff'][k]))})"
    if name == "region" and level == 1:
        return f"different regions ({pa.province} / {pb.province})"
    if name == "contact" and level == 0:
        return f"same contact {pa.record.contact_name}"
    if name == "form" and level == 1:
        return f"different legal forms ({pa.key.legal} / {pb.key.legal})"
    if name == "form" and level == 2:
        for flag, what, a, b in (("branch_diff", "branches", pa.key.branch, pb.key.branch),
                                 ("numbers_diff", "numbers", " ".join(pa.key.numbers), " ".join(pb.key.numbers)),
                                 ("generation_diff", "generations", pa.key.generation, pb.key.generation),
                                 ("qualifier_diff", "qualifiers", pa.key.qualifier, pb.key.qualifier)):  # fmt: skip
            if d[flag][k]:
                return f"different {what} ({a} / {b}: {CAP:.0f} % at most)"
        return f"only one is a branch ({pa.key.branch or pb.key.branch}: {CAP:.0f} % at most)"
    return LEVELS[name][level]


def reasons_for(
    pa: Prepared, pb: Prepared, c: Comparison, factors: Mapping[str, np.ndarray], k: int
) -> tuple[str, ...]:
    """Pair *k*'s evidence in words, each with its Bayes factor, strongest for first, then against:
    "same e-mail ×900", "name 91 % alike ×35", "different phones ×0.04".  Factors near 1 are left out."""
    said = []
    for name in FIELDS:
        level = int(c.levels[name][k])
        factor = float(factors[name][k])
        if level < 0 or abs(factor) < 0.5:
            continue
        said.append((factor, f"{_field_text(name, level, pa, pb, c, k)} {factor_text(factor)}"))
    said.sort(key=lambda t: -t[0])
    return tuple(text for _, text in said)
