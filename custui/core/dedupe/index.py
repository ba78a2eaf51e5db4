"""Blocking, the scan, the as-you-type check and clusters.

Blocking (never all pairs): every record emits a few keys —

* ``p`` phone (E.164), ``e`` e-mail, ``w`` web site;
* ``n`` its compact name key and every one-character deletion of it
  (the symmetric-deletion trick: two names one typo apart, including a swap
  of neighbours, always share one of these), limited to the first 24
  characters so long names stay cheap;
* ``y`` its pinyin (华创 / 华闯, 张伟 / "Wei Zhang");

records sharing a key become candidate pairs.  A key shared by more than
:data:`BLOCK_CAP` records (a switchboard number, 张伟 at 100k customers) is
not expanded to all its pairs but to neighbours within :data:`BLOCK_WINDOW`
after sorting by name, city and phone; a global sorted neighbourhood on the
name key adds pairs that differ by more than one character.  Keys are hashed
to int64 and grouped with numpy, so the work grows with the number of keys
(≈ name length per record), not with the square of the records.

Nothing is held per record but columns: the index reads its records a chunk at a time from a
:class:`~custui.core.dedupe.model.RecordSource` and re-reads only those whose reasons it words; the
candidate pairs are held as int32 positions and, once compared, as their level pattern (an int32 each,
see :class:`~custui.core.dedupe.linkage.PatternedPairs`).  Batches of pairs are compared on a thread per
core.

Measured on the 2-core development machine on the 105k bench book
(``python -m tests.bench.dupes FILE OUT.json``): a full scan (read, index, ≈ 23 candidate pairs per
customer, the EM fit, scoring) takes ~11 s and peaks at ~0.28 GB in a fresh process;
:meth:`Index.candidates_for` answers a keystroke in ~1.8 ms (median).  Memory: the blocks' pair codes
are dealt into buckets and made distinct one at a time, chunks are written into columns in place,
and the C heap's free pages are handed back between phases (:func:`custui.core.memory.give_back`);
the pairs and their patterns are let go after a scan, so an index kept for the form's hints holds
only the columns, the keys and the sort orders.
"""

from __future__ import annotations

import bisect
import copy
import dataclasses
import mmap
import os
import pickle
import threading
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np
from rapidfuzz import fuzz, process

from custui.core.dedupe.engine import (
    TEXT_COLUMNS,
    Features,
    Prepared,
    TextArray,
    build_features,
    compare,
    reasons_for,
    value_codes,
)
from custui.core.dedupe.keys import typed_prefix
from custui.core.dedupe.linkage import (
    TF_FIELDS,
    U_SAMPLE,
    Comparison,
    LinkageModel,
    PatternedPairs,
    estimate,
    estimate_u,
    frequencies,
)
from custui.core.dedupe.model import (
    DEFAULT_THRESHOLD,
    SUGGEST_THRESHOLD,
    Match,
    Record,
    RecordSource,
    ScanCancelled,
)
from custui.core.dedupe.spill import Mapper, Markers, SpillFile, let_go, per_record, spilled
from custui.core.dedupe.texts import Texts
from custui.core.memory import give_back
from custui.core.parallel import can_fork, map_stream, workers_for
from custui.core.text import has_cjk

#: Groups larger than this are paired with their sorted neighbours only.
BLOCK_CAP = 40
#: How many sorted neighbours each member of a large group is paired with.
BLOCK_WINDOW = 8
#: Sorted-neighbourhood window over all name keys.
SORTED_WINDOW = 3
#: Deletion keys cover this many leading characters of a name key.
DELETION_SPAN = 24
#: Pairs scored per batch of a scan (progress and cancellation are checked between batches).
BATCH = 25_000
#: Batches compared between two returns of the freed heap to the system (see core.memory).
GIVE_BACK_EVERY = 8
#: Threads comparing batches of pairs at once (one per core, at most four).
COMPARE_THREADS = min(4, os.cpu_count() or 1)
#: Pairs whose reasons are worded per read of their records.
REASON_BATCH = 500
#: Name words shorter than this are no blocking key of their own.
MIN_TOKEN = 3
#: Most records one draft key may bring in during the as-you-type check.
DRAFT_KEY_CAP = 400
#: Most records whose key starts with the draft's (typing is not finished yet).
DRAFT_PREFIX_CAP = 60


def _min_deletion_length(compact: str) -> int:
    return 3 if has_cjk(compact) else 5


def block_keys(p: Prepared) -> tuple[list[str], list[str]]:
    """The blocking keys of one prepared record (see the module docstring): keys whose large groups are
    paired with sorted neighbours, and keys only worth pairing while rare (larger groups are dropped)."""
    keys: list[str] = []
    for point in dict.fromkeys((p.phone, p.email, *p.points)):
        if point:
            keys.append(("e" if "@" in point else "p") + point)
    if p.website:
        keys.append("w" + p.website)
    compact = p.key.compact
    if compact:
        head = compact[:DELETION_SPAN]
        keys.append("n" + head[: DELETION_SPAN - 1])
        if len(compact) >= _min_deletion_length(compact):
            cut = DELETION_SPAN - 1
            keys.extend("n" + (head[:i] + head[i + 1 :])[:cut] for i in range(len(head)))
    # the pinyin and the typed word order of a name meet other names' keys: 康淑兰 / Kang Shulan
    for other in (p.key.pinyin, p.order.replace(" ", "")):
        if other and other != compact:
            keys.append("n" + other[: DELETION_SPAN - 1])
    words = (
        [w for w in dict.fromkeys(p.key.key.split()) if len(w) >= MIN_TOKEN]
        if " " in p.key.key
        else []
    )
    street = [w for w in dict.fromkeys(p.address.split()) if len(w) >= MIN_TOKEN][:3]
    rare = [f"t{word}" for word in words]
    # a name word, a street word or the house number where the customer is; a name word on a street
    for place in dict.fromkeys(x for x in (p.postcode, p.city) if x):
        rare += [f"t{word}|{place}" for word in words]
        rare += [f"s{word}|{place}" for word in street]
        if p.address_number:
            rare.append(f"a{p.address_number}|{place}")
    rare += [f"t{word}|s{other}" for word in words for other in street]
    if p.address_number:
        rare += [f"a{p.address_number}|s{other}" for other in street]
    if p.address:
        rare.append(f"s{p.address.replace(' ', '')}|{p.address_number}")
    return keys, rare


def _pair_codes(a: np.ndarray, b: np.ndarray, n: int) -> np.ndarray:
    """Pairs (a, b) as sorted, distinct codes ``lo * n + hi`` (lo < hi; a record with itself dropped):
    one int64 per pair instead of two, and duplicates gone as early as possible."""
    lo, hi = np.minimum(a, b).astype(np.int64), np.maximum(a, b).astype(np.int64)
    keep = lo != hi
    return _distinct(lo[keep] * n + hi[keep])


def _distinct(codes: np.ndarray) -> np.ndarray:
    """Sorted distinct values (np.unique hashes int64 arrays in NumPy 2, several times slower than this)."""
    codes = np.sort(codes)
    if len(codes):
        codes = codes[np.concatenate(([True], codes[1:] != codes[:-1]))]
    return codes


#: Buckets of pair codes made distinct one at a time (by their first record) while pairs are gathered.
PAIR_BUCKETS = 16


class _Buckets:
    """Pair codes dealt into :data:`PAIR_BUCKETS` buckets by their first record (``code // n``), so the
    codes of every block are sorted and made distinct a bucket at a time."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.bounds = np.linspace(0, n, PAIR_BUCKETS + 1).astype(np.int64)[1:-1] * n
        self.parts: list[list[np.ndarray]] = [[] for _ in range(PAIR_BUCKETS)]

    def add(self, codes: np.ndarray) -> None:
        """*codes*, sorted (as :func:`_pair_codes` gives them), dealt out."""
        cuts = np.searchsorted(codes, self.bounds).tolist()
        for bucket, (start, stop) in enumerate(zip([0, *cuts], [*cuts, len(codes)])):
            if stop > start:
                self.parts[bucket].append(codes[start:stop].copy())

    def distinct(self) -> np.ndarray:
        """Every code dealt, sorted and distinct, written into one array as each bucket is done (the
        bucket let go), then cut to its length in place: never the buckets and their join at once."""
        out = np.empty(sum(len(p) for parts in self.parts for p in parts), np.int64)
        used = 0
        for bucket in range(PAIR_BUCKETS):
            parts, self.parts[bucket] = self.parts[bucket], []
            if parts:
                codes = np.concatenate(parts)
                del parts
                codes = _distinct(codes)
                out[used : used + len(codes)] = codes
                used += len(codes)
                del codes
        out.resize(used, refcheck=False)
        return out


#: Blocking keys paired per slice (whole groups of equal hash at a time).
GROUP_SLICE = 250_000


def _group_slices(hashes: np.ndarray, size: int = GROUP_SLICE) -> list[tuple[int, int]]:
    """(start, stop) slices of sorted *hashes* of about *size* each, never cutting a group of equal
    hashes."""
    slices: list[tuple[int, int]] = []
    start = 0
    while start < len(hashes):
        stop = start + size
        if stop < len(hashes):
            cut = int(np.searchsorted(hashes, hashes[stop], "left"))  # where stop's group starts
            stop = cut if cut > start else int(np.searchsorted(hashes, hashes[stop], "right"))
        stop = min(stop, len(hashes))
        slices.append((start, stop))
        start = stop
    return slices


def _split_codes(codes: np.ndarray, n: int, block: int = 1 << 20) -> tuple[np.ndarray, np.ndarray]:
    """Pair codes as their two positions (int32), a block at a time (no int64 copy of them all)."""
    a, b = np.empty(len(codes), np.int32), np.empty(len(codes), np.int32)
    for start in range(0, len(codes), block):
        lo, hi = np.divmod(codes[start : start + block], n)
        a[start : start + block], b[start : start + block] = lo, hi
    return a, b


def _pairs_in_groups(
    hashes: np.ndarray, members: np.ndarray, rank: np.ndarray, *, window: int = BLOCK_WINDOW
) -> np.ndarray:
    """Codes (see :func:`_pair_codes`) of all pairs within groups of equal hash (neighbours within
    *window* for groups over BLOCK_CAP)."""
    n = len(rank)
    if len(hashes) == 0:
        return np.zeros(0, np.int64)
    order = np.lexsort((rank[members], hashes))
    h, r = hashes[order], members[order]
    del order
    keep = np.ones(len(h), dtype=bool)
    keep[1:] = (h[1:] != h[:-1]) | (r[1:] != r[:-1])
    h, r = h[keep], r[keep]
    new = np.ones(len(h), dtype=bool)
    new[1:] = h[1:] != h[:-1]
    del h, keep
    group = (np.cumsum(new) - 1).astype(np.int32)
    starts = np.flatnonzero(new)
    sizes = np.diff(np.append(starts, len(r))).astype(np.int32)
    size_of = sizes[group]
    idx = np.flatnonzero(size_of > 1)
    codes: list[np.ndarray] = []
    max_offset = int(min(max(BLOCK_CAP - 1, window), sizes.max() - 1)) if len(sizes) else 0
    for d in range(1, max_offset + 1):
        idx = idx[idx + d < len(r)]
        ok = group[idx] == group[idx + d]
        if d > window:
            ok &= size_of[idx] <= BLOCK_CAP
        idx_ok = idx[ok]
        codes.append(_pair_codes(r[idx_ok], r[idx_ok + d], n))
        idx = idx[size_of[idx] > d]
    return _distinct(np.concatenate(codes)) if codes else np.zeros(0, np.int64)


@dataclass(frozen=True)
class Evidence:
    """A pair's match with the book's prior log2 odds, each field's log2 factor, and whether a rule held
    it at :data:`.linkage.CAPPED_LOG2_ODDS` (names that differ, another branch)."""

    match: Match
    prior_log2_odds: float
    factors: dict[str, float]
    capped: bool


def _sorted_keys(codes: np.ndarray, members: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    order = np.argsort(codes, kind="stable")
    return codes[order], members[order].astype(
        np.int32
    )  # positions fit 32 bits: a quarter less to hold


class Index:
    """Keys and blocks of existing customers, built once, for scans and the as-you-type check.

    Building costs a few seconds at 100k customers (run it in a worker);
    :meth:`candidates_for` then answers in a few milliseconds.
    """

    def __init__(
        self,
        records: Sequence[Record] | RecordSource,
        *,
        progress: Callable[[float], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> None:
        feature_progress = (lambda f: progress(0.85 * f)) if progress else None
        self.features = build_features(
            records, progress=feature_progress, cancelled=cancelled, keys=block_keys
        )
        assert self.features.block_keys is not None
        common_codes, common_members, rare_codes, rare_members = self.features.block_keys
        self.features.block_keys = None
        n = len(self.features)
        # positions in id order (no dict of 100k ints); positions fit 32 bits: half the bytes of int64
        self._by_id = np.argsort(self.features.ids, kind="stable").astype(np.int32)
        # name order: for sorted neighbourhoods, for large groups and for prefix lookups
        sort_columns, self.features.sort_columns = self.features.sort_columns, {}
        compact, city = self.features.compact, self.features.city
        phone = sort_columns.get("phone", np.full(n, "", dtype=object))
        by_name = sorted(range(n), key=lambda i: (compact[i], city[i], phone[i]))
        self._rank = np.empty(n, dtype=np.int32)
        self._rank[by_name] = np.arange(n, dtype=np.int32)
        self._sorted_index = np.array(by_name, dtype=np.int32)
        del by_name
        # the other sorted neighbourhoods, as positions: the text they sort on is not kept
        self._orders = [self._reverse_order(), *self._place_orders(sort_columns.get("postcode"))]
        del sort_columns
        if cancelled is not None and cancelled():
            raise ScanCancelled
        self._hashes, self._members = _sorted_keys(common_codes, common_members)
        del common_codes, common_members
        self._rare_hashes, self._rare_members = _sorted_keys(rare_codes, rare_members)
        del rare_codes, rare_members
        give_back()  # what reading and joining the chunks and sorting the keys made and let go
        self._pairs: np.ndarray | None = None  # the candidate pairs' codes, while a scan needs them
        self._compared: PatternedPairs | None = None
        self._fit_lock = threading.Lock()
        self._mappings: tuple[mmap.mmap, ...] = ()  # arrays mapped from a spill file
        self._markers: Markers | None = None  # … and where each is written (see __getstate__)
        self.fitted = False
        self.model = self._with_book(LinkageModel.start())  # until fit() has run
        if progress:
            progress(1.0)

    def __getstate__(self) -> dict[str, Any]:
        """What another process needs to answer with this index (a scan run apart sends it back): its
        columns, keys, orders and fitted model; not its record source (a connection: see :meth:`attach`),
        the records it worded, a scan's pairs or its lock."""
        state = dict(self.__dict__)
        features = copy.copy(self.features)
        features.source, features._prepared = _NoRecords(), {}
        state.update(features=features, _pairs=None, _compared=None, _fit_lock=None, _mappings=(),
                     _markers=None)  # fmt: skip
        if _SPILL is not None:  # dump_index(…, spill_to=…): the large arrays go to that file
            _spill_features(features, _SPILL)
            for name, value in state.items():
                if name != "features":
                    state[name] = spilled(value, _SPILL)
        elif self._markers:  # mapped from a file still there: sent as their places in it again
            for name, value in vars(features).items():
                setattr(features, name, self._markers.placed(value))
            for name, value in state.items():
                if name != "features":
                    state[name] = self._markers.placed(value)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        mapper = Mapper()
        self.__dict__.update({name: mapper(value) for name, value in state.items()})
        self._fit_lock = threading.Lock()
        for name, value in vars(self.features).items():
            setattr(self.features, name, mapper(value))
        self._mappings = tuple(mapper.mappings)
        self._markers = mapper.markers

    def let_go_of_pages(self) -> None:
        """Drop the pages of the arrays mapped from a spill file (see :func:`dump_index` and
        :mod:`.spill`) out of this process: the next lookup reads the pages it needs again, from the
        system's file cache.  Nothing where the index maps nothing."""
        let_go(self._mappings)

    def attach(self, source: RecordSource) -> None:
        """Read the records whose reasons are worded from *source* (an index that came from another
        process has none)."""
        self.features.source = source

    def _with_book(self, model: LinkageModel) -> LinkageModel:
        """*model* over this book: its prior scaled to the book's size, exact names and cities weighed by
        their frequency here."""
        codes = self.features.codes
        counts = {"name": frequencies(codes["compact"]), "city": frequencies(codes["city"])}
        return model.for_book(counts, len(self.features))

    def __len__(self) -> int:
        return len(self.features)

    def position(self, customer_id: int) -> int:
        """Where customer *customer_id* is in this index (KeyError when it is not)."""
        ids = self.features.ids
        at = int(np.searchsorted(ids, customer_id, sorter=self._by_id))
        if at >= len(ids) or ids[self._by_id[at]] != customer_id:
            raise KeyError(customer_id)
        return int(self._by_id[at])

    # ------------------------------------------------------------------ blocking

    def candidate_pairs(self) -> tuple[np.ndarray, np.ndarray]:
        """Positions (i < j, int32) of every candidate pair the blocks produce, in the order of
        ``i * n + j`` (computed once, and again after a scan let them go)."""
        return _split_codes(self._pair_codes(), max(len(self.features), 1))

    def _pair_codes(self) -> np.ndarray:
        """The candidate pairs as sorted codes ``i * n + j`` (8 bytes a pair, as two int32 positions
        would be, without making both), computed once and let go after a scan."""
        if self._pairs is None:
            self._pairs = self._candidate_codes()
            give_back()  # the blocks' codes, dealt out and made distinct
        return self._pairs

    def _candidate_codes(self) -> np.ndarray:
        """Sorted distinct codes (see :func:`_pair_codes`) of every candidate pair.  Each block's codes are
        dealt into buckets by their first record as they are made (the block's own array let go), and the
        buckets are sorted and made distinct one at a time: never several copies of millions of codes."""
        n = max(len(self.features), 1)
        buckets = _Buckets(n)
        for hashes, members, window in (
            (self._hashes, self._members, BLOCK_WINDOW),
            (self._rare_hashes, self._rare_members, 0),
        ):
            # the keys are sorted by hash: a slice of whole groups at a time bounds the work arrays
            for start, stop in _group_slices(hashes):
                buckets.add(
                    _pairs_in_groups(
                        hashes[start:stop], members[start:stop], self._rank, window=window
                    )
                )
        for order in (self._sorted_index, *self._orders):
            for d in range(1, SORTED_WINDOW + 1):
                buckets.add(_pair_codes(order[:-d], order[d:], n))
        return buckets.distinct()

    def _place_orders(self, postcode: np.ndarray | None) -> list[np.ndarray]:
        """Records with an address sorted by street (without house numbers), and records with a postcode
        or city sorted by it, then by name: typos in the name and the street meet their neighbours."""
        f = self.features
        if postcode is None:
            postcode = np.full(len(f), "", dtype=object)
        streets = [(address.replace(" ", ""), i) for i, address in enumerate(f.address) if address]
        places = [
            (code or city, compact, i)
            for i, (code, city, compact) in enumerate(zip(postcode, f.city, f.compact))
            if code or city
        ]
        return [
            np.array([t[-1] for t in sorted(rows)], dtype=np.int32)
            for rows in (streets, places)
            if len(rows) > 1
        ]

    def _reverse_order(self) -> np.ndarray:
        backwards = [c[::-1] for c in self.features.compact]
        return np.array(sorted(range(len(backwards)), key=backwards.__getitem__), dtype=np.int32)

    def blocked_id_pairs(self) -> set[tuple[int, int]]:
        """Candidate pairs as (smaller id, larger id), for measuring blocking recall."""
        a, b = self.candidate_pairs()
        ids = self.features.ids
        ia, ib = ids[a], ids[b]
        return set(zip(np.minimum(ia, ib).tolist(), np.maximum(ia, ib).tolist()))

    # ------------------------------------------------------------------ scan

    # ------------------------------------------------------------------ the model

    def _batches(
        self,
        count: int,
        pairs: Callable[[int, int], tuple[np.ndarray, np.ndarray]],
        cancelled: Callable[[], bool] | None,
        progress: Callable[[float], None] | None,
    ) -> Iterator[Comparison]:
        """The pairs (a, b) compared a batch at a time, in order (progress and cancellation between
        batches).  A large book's batches run in worker processes where they can be forked (no other
        thread runs: the command line), which see the features without a copy; else on a thread per
        core (numpy and rapidfuzz let go of the GIL for part of the work)."""
        total = max(count, 1)
        starts = range(0, count, BATCH)
        slices = (pairs(start, min(start + BATCH, count)) for start in starts)
        workers = workers_for(len(self.features)) if can_fork() and len(starts) > 2 else 0
        results = self._forked(slices, workers) if workers else self._threaded(slices, len(starts))
        try:
            for start, batch in zip(starts, results):
                if cancelled is not None and cancelled():
                    raise ScanCancelled
                yield batch
                del batch
                if start // BATCH % GIVE_BACK_EVERY == GIVE_BACK_EVERY - 1:
                    give_back()  # the batches done: each thread's heap holds what it freed
                if progress is not None:
                    progress(min(1.0, (start + BATCH) / total))
        finally:
            results.close()  # stops the workers when left early

    def _forked(
        self, slices: Iterator[tuple[np.ndarray, np.ndarray]], workers: int
    ) -> Generator[Comparison, None, None]:
        global _FORKED
        _FORKED = self.features
        try:
            yield from map_stream(_compare_forked, slices, workers=workers)
        finally:
            _FORKED = None

    def _threaded(
        self, slices: Iterator[tuple[np.ndarray, np.ndarray]], count: int
    ) -> Generator[Comparison, None, None]:
        threads = max(1, min(COMPARE_THREADS, count))

        def one(pairs: tuple[np.ndarray, np.ndarray]) -> Comparison:
            return compare(self.features, pairs[0], self.features, pairs[1], workers=1)

        if threads == 1:
            yield from map(one, slices)
            return
        with ThreadPoolExecutor(threads) as pool:
            pending: deque[Future[Comparison]] = deque()
            for pairs in slices:
                pending.append(pool.submit(one, pairs))
                if len(pending) > threads:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()

    def _compare_all(
        self,
        a: np.ndarray,
        b: np.ndarray,
        cancelled: Callable[[], bool] | None,
        progress: Callable[[float], None] | None,
    ) -> Comparison:
        """The pairs (a, b) compared, levels only (a few hundred thousand random pairs)."""
        parts = [Comparison(c.levels, c.pair_class, c.agreed, np.zeros(0, dtype=np.float32))
                 for c in self._batches(len(a), lambda i, j: (a[i:j], b[i:j]), cancelled, progress)]  # fmt: skip
        return Comparison.joined(parts) if parts else compare(self.features, a, self.features, b)

    def fit(
        self,
        *,
        progress: Callable[[float], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> LinkageModel:
        """Fit the model to this book: u on random pairs, then m and the prior by EM on the candidate
        pairs (no labels).  Done once, by the first :meth:`scan` or :meth:`candidates_for` (thread-safe)."""
        with self._fit_lock:
            if not self.fitted:
                self._fit(progress, cancelled)
            return self.model

    def _fit(
        self, progress: Callable[[float], None] | None, cancelled: Callable[[], bool] | None
    ) -> None:
        n = len(self.features)
        total = n * (n - 1) // 2
        if n < 3:
            self.fitted = True
            return
        ra, rb = _random_pairs(n, min(U_SAMPLE, total))
        u = estimate_u(
            self._compare_all(ra, rb, cancelled, progress and (lambda f: progress(0.3 * f)))
        )
        del ra, rb
        give_back()  # the random pairs' batches
        compared = self._compare_candidates(
            cancelled, progress and (lambda f: progress(0.3 + 0.5 * f))
        )
        start = LinkageModel(LinkageModel.start().m, u, 1.0 / max(n, 2)).for_book(
            self.model.frequencies, n
        )
        self.model = estimate(start, compared, total)
        give_back()  # the batches of compared pairs
        self._compared, self.fitted = compared, True

    def _compare_candidates(
        self, cancelled: Callable[[], bool] | None, progress: Callable[[float], None] | None
    ) -> PatternedPairs:
        """Every candidate pair compared, held as level patterns (~5 bytes a pair): EM fits the
        patterns, the scan scores them."""
        codes, n = self._pair_codes(), max(len(self.features), 1)
        values = {
            f: self.model.frequencies[f].codes for f in TF_FIELDS if f in self.model.frequencies
        }
        return PatternedPairs.of(
            self._batches(
                len(codes), lambda i, j: _split_codes(codes[i:j], n), cancelled, progress
            ),
            count=len(codes),
            values=values if len(values) == len(TF_FIELDS) else None,
        )

    # ------------------------------------------------------------------ scan

    def scan(
        self,
        *,
        threshold: float = DEFAULT_THRESHOLD,
        progress: Callable[[float], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        not_duplicates: Iterable[tuple[int, int]] = frozenset(),
    ) -> list[Match]:
        """Every pair whose match probability (in %) is ≥ *threshold*, strongest first, the model fitted to
        this book first; raises :class:`ScanCancelled`."""
        if not self.fitted:
            self.fit(progress=progress and (lambda f: progress(0.9 * f)), cancelled=cancelled)
        elif self._compared is None and len(self.features) >= 3:  # an earlier scan let them go
            self._compared = self._compare_candidates(
                cancelled, progress and (lambda f: progress(0.9 * f))
            )
        try:
            return self._scan(threshold, progress, cancelled, not_duplicates)
        finally:
            # the pairs and their patterns only serve a scan: an index kept for the form's hints
            # holds neither (a later scan makes them again)
            self._pairs, self._compared = None, None
            give_back()

    def _scan(
        self,
        threshold: float,
        progress: Callable[[float], None] | None,
        cancelled: Callable[[], bool] | None,
        not_duplicates: Iterable[tuple[int, int]],
    ) -> list[Match]:
        codes = self._pair_codes()
        if self._compared is not None:
            rough = self._compared.chances(self.model)  # float32: millions of pairs
        else:  # fewer than three records
            a, b = self.candidate_pairs()
            rough = (
                self.model.chances(compare(self.features, a, self.features, b))
                if len(a)
                else np.zeros(0)
            )
        # the pairs near or over the threshold, then their exact (float64) chance, as pair() gives it
        near = np.flatnonzero(rough >= (threshold - 0.1) / 100.0)
        del rough
        a, b = _split_codes(codes[near], max(len(self.features), 1))  # those pairs' positions
        del near
        c = compare(self.features, a, self.features, b)
        factors, exact = self.model.probability(c)
        chance = 100.0 * exact
        shown = np.flatnonzero(np.round(chance, 1) >= threshold)
        chance = chance[shown]
        c, factors = c.part(shown), {f: v[shown] for f, v in factors.items()}
        dismissed = {(min(x, y), max(x, y)) for x, y in not_duplicates}
        ids = self.features.ids
        found: list[Match] = []
        if len(shown):
            ia, ib = a[shown], b[shown]
            for k in range(len(shown)):
                if k % REASON_BATCH == 0:  # the records to word, read a batch at a time
                    self.features.prefetch(
                        np.concatenate(
                            (ia[k : k + REASON_BATCH], ib[k : k + REASON_BATCH])
                        ).tolist()
                    )
                i, j = int(ia[k]), int(ib[k])
                pair = (min(int(ids[i]), int(ids[j])), max(int(ids[i]), int(ids[j])))
                if pair in dismissed:
                    continue
                pi, pj = self.features.prepared(i), self.features.prepared(j)
                if ids[j] < ids[i]:
                    pi, pj = pj, pi
                found.append(
                    Match(
                        pair[0],
                        pair[1],
                        round(float(chance[k]), 1),
                        reasons_for(pi, pj, c, factors, k),
                    )
                )
        if cancelled is not None and cancelled():
            raise ScanCancelled
        found.sort(key=lambda m: (-m.score, m.a, m.b))
        if progress is not None:
            progress(1.0)
        return found

    def pair(self, a: int, b: int) -> Match:
        """The match probability (in %) and reasons of two customers of this book (by id), by its model."""
        return self.evidence(a, b).match

    def evidence(self, a: int, b: int) -> Evidence:
        """:meth:`pair`, with the numbers behind it."""
        self.fit()
        i, j = self.position(a), self.position(b)
        c = compare(self.features, np.array([i]), self.features, np.array([j]), workers=1)
        factors, chance = self.model.probability(c)
        pa, pb = self.features.prepared(i), self.features.prepared(j)
        match = Match(a, b, round(float(100.0 * chance[0]), 1), reasons_for(pa, pb, c, factors, 0))
        return Evidence(match, self.model.prior_log2_odds, {f: float(v[0]) for f, v in factors.items()},
                        bool(self.model.capped(c)[0]))  # fmt: skip

    # ------------------------------------------------------------------ as you type

    def _typed_similarity(self, draft: Prepared, found: np.ndarray) -> np.ndarray | None:
        """Similarity of a half-typed name to the same-length start of each candidate's key.

        ratio(typed, start) × (0.75 + 0.25 × typed share): "永美科" against 永美科技 is 94,
        the full name 100.
        """
        typed = typed_prefix(draft.key, draft.record.name or "")
        if len(typed) < (2 if has_cjk(typed) else 3):
            return None
        starts = [c[: len(typed)] for c in self.features.compact[found]]
        sim = process.cdist([typed], starts, scorer=fuzz.ratio, workers=1)[0].astype(np.float64)
        lengths = np.array([max(len(c), 1) for c in self.features.compact[found]], dtype=np.float64)
        share = np.minimum(1.0, len(typed) / lengths)
        weighed: np.ndarray = sim * (0.75 + 0.25 * share)
        return weighed

    def candidates_for(
        self,
        draft: Record,
        limit: int = 5,
        threshold: float = SUGGEST_THRESHOLD,
        *,
        same_name: bool = False,
    ) -> list[Match]:
        """Existing customers that look like *draft*, best first (``Match.a`` is the draft's id).

        The draft may be half typed: customers whose name starts like the
        draft's are considered and scored on the part typed so far, discounted
        by how much is still missing (a legal form being typed, "…有限" or
        "…Co", is ignored).  A customer with the same phone or e-mail is shown
        whatever its score, and with *same_name* (the form's hints) so is one of the same name: a name
        alone says little about two records of a book, but a rep typing it wants to see it; one with the
        draft's own id (an edit) is left out.
        """
        self.fit()
        features = build_features([draft])
        p = features.prepared(0)
        keys, rare = block_keys(p)
        q = value_codes(keys)
        lo = np.searchsorted(self._hashes, q, "left")
        hi = np.minimum(np.searchsorted(self._hashes, q, "right"), lo + DRAFT_KEY_CAP)
        parts = [self._members[x:y] for x, y in zip(lo.tolist(), hi.tolist()) if y > x]
        q = value_codes(rare)
        lo, hi = (
            np.searchsorted(self._rare_hashes, q, "left"),
            np.searchsorted(self._rare_hashes, q, "right"),
        )
        parts += [
            self._rare_members[x:y]
            for x, y in zip(lo.tolist(), hi.tolist())
            if 0 < y - x <= BLOCK_CAP
        ]
        compact = typed_prefix(p.key, draft.name or "")
        if compact and len(compact) >= (2 if has_cjk(compact) else 3):
            names = _InOrder(self.features.compact, self._sorted_index)
            at = bisect.bisect_left(names, compact)
            stop = at
            while (
                stop < len(names)
                and stop - at < DRAFT_PREFIX_CAP
                and names[stop].startswith(compact)
            ):
                stop += 1
            parts.append(
                self._sorted_index[max(0, at - SORTED_WINDOW) : max(stop, at + SORTED_WINDOW)]
            )
        if not parts:
            return []
        found = np.unique(np.concatenate(parts))
        found = found[self.features.ids[found] != draft.id]
        if len(found) == 0:
            return []
        zeros = np.zeros(len(found), dtype=np.int64)
        c = compare(
            features,
            zeros,
            self.features,
            found,
            workers=1,
            typed_similarity=self._typed_similarity(p, found),
        )
        factors, chance = self.model.probability(c)
        scores = np.round(100.0 * chance, 1)
        shown = (scores >= threshold) | (c.levels["phone"] == 0) | (c.levels["email"] == 0)
        if same_name:
            shown |= c.levels["name"] == 0
        order = np.lexsort((self.features.ids[found], -scores))
        order = order[shown[order]]
        out: list[Match] = []
        self.features.prefetch(found[order[: max(limit, 0)]].tolist())
        for k in order[: max(limit, 0)].tolist():
            other = self.features.prepared(int(found[k]))
            out.append(
                Match(
                    draft.id,
                    other.record.id,
                    float(scores[k]),
                    reasons_for(p, other, c, factors, k),
                )
            )
        return out


def dump_index(index: Index, out: BinaryIO, *, spill_to: Path | None = None) -> None:
    """*index* pickled into *out* for another process.  With *spill_to* (a file of this user's on disk, that
    the receiving process deletes once it has read the index), its large numeric arrays — the keys, the
    value codes, the orders, ~50 MB at 100k — are written there instead, and the index read back maps
    them from that file: only the pages its lookups touch are read into memory, and the system can drop
    them again as it drops any file's cached pages."""
    global _SPILL
    if spill_to is None:
        pickle.dump(index, out, protocol=pickle.HIGHEST_PROTOCOL)
        return
    with spill_to.open("r+b") as spill:
        _SPILL = SpillFile(spill_to, spill)
        try:
            pickle.dump(index, out, protocol=pickle.HIGHEST_PROTOCOL)
        finally:
            _SPILL = None


#: Set while :func:`dump_index` spills (in the process that sends an index).
_SPILL: SpillFile | None = None


def _spill_features(features: Features, spill: SpillFile) -> None:
    """*features* (a copy being pickled) with its per-record columns and value codes written to *spill* as
    one table of rows, and its other large arrays each on their own."""
    records = len(features)
    columns = {name: value for name, value in vars(features).items() if per_record(value, records)}
    codes = {name: value for name, value in features.codes.items() if per_record(value, records)}
    texts = Texts.of({name: getattr(features, name) for name in TEXT_COLUMNS})
    if texts is not None:  # the strings as UTF-8, a record's next to each other
        columns.update({"texts:starts": texts.starts, "texts:lengths": texts.lengths})
    fields = spill.put_rows(
        {**columns, **{f"codes:{name}": value for name, value in codes.items()}}
    )
    if texts is not None:
        # their places in the table of rows written (the receiver maps them back: spill.Mapper)
        places: dict[str, Any] = {
            name: fields.get(f"texts:{name}", getattr(texts, name))
            for name in ("starts", "lengths")
        }
        places["data"] = spilled(texts.data, spill)  # once, for every column
        texts = dataclasses.replace(texts, **places)
        for name in TEXT_COLUMNS:
            setattr(features, name, texts.column(name))
    for name, value in vars(features).items():
        if name in ("source", "_prepared", "block_keys", "sort_columns"):
            continue
        if name == "codes":
            value = {k: fields.get(f"codes:{k}", v) for k, v in value.items()}
        setattr(features, name, spilled(fields.get(name, value), spill))


class _InOrder:
    """A text column read in a sort order: what bisect needs to find a typed prefix among the names."""

    def __init__(self, column: TextArray, order: np.ndarray) -> None:
        self.column, self.order = column, order

    def __len__(self) -> int:
        return len(self.order)

    def __getitem__(self, at: int) -> str:
        return str(self.column[int(self.order[at])])


class _NoRecords:
    """The record source of an index sent to another process, until :meth:`Index.attach` gives it one."""

    def __len__(self) -> int:
        return 0

    def chunks(self, size: int) -> Iterator[Sequence[Record]]:
        return iter(())

    def get(self, ids: Sequence[int]) -> list[Record]:
        raise RuntimeError("this index has no records to read: Index.attach gives it its book")


#: The features forked compare workers read (set while a pool of them works).
_FORKED: Features | None = None


def _compare_forked(pairs: tuple[np.ndarray, np.ndarray]) -> Comparison:
    """One batch of pairs compared in a forked worker, on the features it was forked with."""
    assert _FORKED is not None
    return compare(_FORKED, pairs[0], _FORKED, pairs[1], workers=1)


def _random_pairs(n: int, count: int, seed: int = 20240601) -> tuple[np.ndarray, np.ndarray]:
    """*count* distinct random pairs of positions (every pair when there are no more than that)."""
    total = n * (n - 1) // 2
    if count >= total:
        a, b = np.triu_indices(n, 1)
        return a.astype(np.int64), b.astype(np.int64)
    rng = np.random.default_rng(seed)
    a = rng.integers(0, n, size=int(count * 1.1) + 10)
    b = rng.integers(0, n, size=len(a))
    keep = a != b
    return a[keep][:count].astype(np.int64), b[keep][:count].astype(np.int64)


# --------------------------------------------------------------------------- module API


def score_pair(a: Record, b: Record, *, model: LinkageModel | None = None) -> Match:
    """The match probability (in %) with reasons for two records, by *model* (a book's fitted model, whose
    value counts are not used here; default: the starting model, as for a pair seen without its book).
    Symmetric: the order does not matter."""
    model = (
        LinkageModel(model.m, model.u, model.prior) if model is not None else LinkageModel.start()
    )
    features = build_features([a, b])
    c = compare(features, np.array([0]), features, np.array([1]), workers=1)
    factors, chance = model.probability(c)
    return Match(
        a.id,
        b.id,
        round(float(100.0 * chance[0]), 1),
        reasons_for(features.prepared(0), features.prepared(1), c, factors, 0),
    )


def find_duplicates(
    records: Sequence[Record],
    *,
    threshold: float = DEFAULT_THRESHOLD,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    not_duplicates: Iterable[tuple[int, int]] = frozenset(),
) -> list[Match]:
    """Pairs of *records* whose match probability (in %) is ≥ *threshold*, strongest first (``a < b``),
    dismissed pairs left out; the model is fitted to *records* first.

    *progress* receives 0..1; when *cancelled* returns True the scan stops at
    the next checkpoint and raises :class:`ScanCancelled` (nothing partial is
    returned: a half scan would silently miss duplicates).
    """
    index = Index(
        records, progress=(lambda f: progress(0.3 * f)) if progress else None, cancelled=cancelled
    )
    return index.scan(
        threshold=threshold,
        cancelled=cancelled,
        not_duplicates=not_duplicates,
        progress=(lambda f: progress(0.3 + 0.7 * f)) if progress else None,
    )


def clusters(matches: Iterable[Match]) -> list[list[int]]:
    """Groups of ids linked by matches (union-find, so links are transitive).

    Each group is sorted by id; groups are ordered by their strongest pair, then by smallest id.
    """
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        parent.setdefault(x, x)
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    best: dict[int, float] = {}
    matches = list(matches)
    for m in matches:
        ra, rb = find(m.a), find(m.b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    for m in matches:
        root = find(m.a)
        best[root] = max(best.get(root, -1.0), m.score)
    groups: dict[int, list[int]] = {}
    for x in list(parent):
        groups.setdefault(find(x), []).append(x)
    ordered = sorted(groups.items(), key=lambda kv: (-best.get(kv[0], 0.0), min(kv[1])))
    return [sorted(members) for _, members in ordered]
