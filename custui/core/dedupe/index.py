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

Measured on the 2-core development machine with the benchmark generator
(``tests/core/dedupe_benchmark.py``) scaled up: ``find_duplicates`` takes
0.8–1.1 s for 10k customers and 11–13 s for 100k (≈ 16 candidate pairs per
customer; two thirds of the time is building the name keys); ``Index`` builds
in 0.6 s / 8 s; :meth:`Index.candidates_for` answers a keystroke in 0.5 ms
(median, p99 0.9 ms) at 100k; a cancelled scan stops within a few hundredths of
a second.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence

import numpy as np

from rapidfuzz import fuzz, process

from custui.core.dedupe.engine import (
    WEIGHTS,
    Codes,
    Features,
    Prepared,
    Weights,
    build_features,
    evaluate,
    reasons_for,
)
from custui.core.dedupe.keys import typed_prefix
from custui.core.dedupe.model import DEFAULT_THRESHOLD, SUGGEST_THRESHOLD, Match, Record, ScanCancelled
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
BATCH = 100_000
#: Most records one draft key may bring in during the as-you-type check.
DRAFT_KEY_CAP = 400
#: Most records whose key starts with the draft's (typing is not finished yet).
DRAFT_PREFIX_CAP = 60


def _min_deletion_length(compact: str) -> int:
    return 3 if has_cjk(compact) else 5


def block_keys(compact: str, pinyin: str, phone: str | None, email: str | None, website: str | None,
               points: Iterable[str] = ()) -> list[str]:  # fmt: skip
    """The blocking keys of one record (see the module docstring); *points*: its people's phones and
    e-mails too (the customer's own come as *phone* and *email*)."""
    keys: list[str] = []
    for point in dict.fromkeys((phone, email, *points)):
        if point:
            keys.append(("e" if "@" in point else "p") + point)
    if website:
        keys.append("w" + website)
    if compact:
        head = compact[:DELETION_SPAN]
        keys.append("n" + head[: DELETION_SPAN - 1])
        if len(compact) >= _min_deletion_length(compact):
            cut = DELETION_SPAN - 1
            keys.extend("n" + (head[:i] + head[i + 1 :])[:cut] for i in range(len(head)))
    if pinyin and pinyin != compact:
        keys.append("y" + pinyin)
    return keys


def _record_keys(features: Features, i: int) -> list[str]:
    p = features.prepared[i]
    return block_keys(p.key.compact, p.key.pinyin, p.phone, p.email, p.website, p.points)


def _pairs_in_groups(hashes: np.ndarray, members: np.ndarray, rank: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """All pairs within groups of equal hash (neighbours within BLOCK_WINDOW for large groups)."""
    if len(hashes) == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    order = np.lexsort((rank[members], hashes))
    h, r = hashes[order], members[order]
    keep = np.ones(len(h), dtype=bool)
    keep[1:] = (h[1:] != h[:-1]) | (r[1:] != r[:-1])
    h, r = h[keep], r[keep]
    new = np.ones(len(h), dtype=bool)
    new[1:] = h[1:] != h[:-1]
    group = np.cumsum(new) - 1
    starts = np.flatnonzero(new)
    sizes = np.diff(np.append(starts, len(h)))
    size_of = sizes[group]
    idx = np.flatnonzero(size_of > 1)
    out_a: list[np.ndarray] = []
    out_b: list[np.ndarray] = []
    max_offset = int(min(max(BLOCK_CAP - 1, BLOCK_WINDOW), sizes.max() - 1)) if len(sizes) else 0
    for d in range(1, max_offset + 1):
        idx = idx[idx + d < len(h)]
        ok = group[idx] == group[idx + d]
        if d > BLOCK_WINDOW:
            ok &= size_of[idx] <= BLOCK_CAP
        idx_ok = idx[ok]
        out_a.append(r[idx_ok])
        out_b.append(r[idx_ok + d])
        idx = idx[size_of[idx] > d]
    if not out_a:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    return np.concatenate(out_a), np.concatenate(out_b)


def _canonical(a: np.ndarray, b: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    lo, hi = np.minimum(a, b).astype(np.int64), np.maximum(a, b).astype(np.int64)
    keep = lo != hi
    code = np.sort(lo[keep] * n + hi[keep])
    if len(code):
        code = code[np.concatenate(([True], code[1:] != code[:-1]))]
    return code // n, code % n


class Index:
    """Keys and blocks of existing customers, built once, for scans and the as-you-type check.

    Building costs a few seconds at 100k customers (run it in a worker);
    :meth:`candidates_for` then answers in a few milliseconds.
    """

    def __init__(
        self,
        records: Sequence[Record],
        *,
        weights: Weights = WEIGHTS,
        progress: Callable[[float], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> None:
        self.records = list(records)
        self.weights = weights
        self._codes = Codes()
        feature_progress = (lambda f: progress(0.85 * f)) if progress else None
        self.features = build_features(
            self.records, self._codes, grow=True, progress=feature_progress, cancelled=cancelled
        )
        n = len(self.records)
        self._position = {r.id: i for i, r in enumerate(self.records)}
        # name order: for sorted neighbourhoods, for large groups and for prefix lookups
        compact = self.features.compact
        prepared = self.features.prepared
        by_name = sorted(range(n), key=lambda i: (compact[i], prepared[i].city or "", prepared[i].phone or ""))
        self._rank = np.empty(n, dtype=np.int64)
        self._rank[by_name] = np.arange(n)
        self._sorted_names = [compact[i] for i in by_name]
        self._sorted_index = np.array(by_name, dtype=np.int64)
        if cancelled is not None and cancelled():
            raise ScanCancelled
        hashes: list[int] = []
        members: list[int] = []
        for i in range(n):
            keys = _record_keys(self.features, i)
            hashes.extend(map(hash, keys))
            members.extend([i] * len(keys))
        h = np.array(hashes, dtype=np.int64)
        m = np.array(members, dtype=np.int64)
        order = np.argsort(h, kind="stable")
        self._hashes, self._members = h[order], m[order]
        self._pairs: tuple[np.ndarray, np.ndarray] | None = None
        if progress:
            progress(1.0)

    def __len__(self) -> int:
        return len(self.records)

    # ------------------------------------------------------------------ blocking

    def candidate_pairs(self) -> tuple[np.ndarray, np.ndarray]:
        """Positions (i < j) of every candidate pair the blocks produce (computed once)."""
        if self._pairs is None:
            n = len(self.records)
            a, b = _pairs_in_groups(self._hashes, self._members, self._rank)
            parts_a, parts_b = [a], [b]
            for order in (self._sorted_index, self._reverse_order()):
                for d in range(1, SORTED_WINDOW + 1):
                    parts_a.append(order[:-d])
                    parts_b.append(order[d:])
            self._pairs = _canonical(np.concatenate(parts_a), np.concatenate(parts_b), max(n, 1))
        return self._pairs

    def _reverse_order(self) -> np.ndarray:
        backwards = [c[::-1] for c in self.features.compact]
        return np.array(sorted(range(len(backwards)), key=backwards.__getitem__), dtype=np.int64)

    def blocked_id_pairs(self) -> set[tuple[int, int]]:
        """Candidate pairs as (smaller id, larger id), for measuring blocking recall."""
        a, b = self.candidate_pairs()
        ids = self.features.ids
        ia, ib = ids[a], ids[b]
        return set(zip(np.minimum(ia, ib).tolist(), np.maximum(ia, ib).tolist()))

    # ------------------------------------------------------------------ scan

    def scan(
        self,
        *,
        threshold: float = DEFAULT_THRESHOLD,
        progress: Callable[[float], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        not_duplicates: Iterable[tuple[int, int]] = frozenset(),
    ) -> list[Match]:
        """Every pair scoring ≥ *threshold*, strongest first; raises :class:`ScanCancelled`."""
        a, b = self.candidate_pairs()
        dismissed = {(min(x, y), max(x, y)) for x, y in not_duplicates}
        ids = self.features.ids
        found: list[Match] = []
        total = max(len(a), 1)
        for start in range(0, len(a), BATCH):
            if cancelled is not None and cancelled():
                raise ScanCancelled
            ia, ib = a[start : start + BATCH], b[start : start + BATCH]
            ev = evaluate(self.features, ia, self.features, ib, weights=self.weights)
            for k in np.flatnonzero(ev["score"] >= threshold).tolist():
                i, j = int(ia[k]), int(ib[k])
                id_i, id_j = int(ids[i]), int(ids[j])
                pair = (min(id_i, id_j), max(id_i, id_j))
                if pair in dismissed:
                    continue
                pi, pj = self.features.prepared[i], self.features.prepared[j]
                if id_j < id_i:
                    pi, pj = pj, pi
                found.append(Match(pair[0], pair[1], float(ev["score"][k]), reasons_for(pi, pj, ev, k, self.weights)))
            if progress is not None:
                progress(min(1.0, (start + BATCH) / total))
        if cancelled is not None and cancelled():
            raise ScanCancelled
        found.sort(key=lambda m: (-m.score, m.a, m.b))
        if progress is not None:
            progress(1.0)
        return found

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
        return sim * (0.75 + 0.25 * share)

    def candidates_for(
        self, draft: Record, limit: int = 5, threshold: float = SUGGEST_THRESHOLD
    ) -> list[Match]:
        """Existing customers that look like *draft*, best first (``Match.a`` is the draft's id).

        The draft may be half typed: customers whose name starts like the
        draft's are considered and scored on the part typed so far, discounted
        by how much is still missing (a legal form being typed, "…有限" or
        "…Co", is ignored).  A customer with the same phone or e-mail is shown
        whatever its score; one with the draft's own id (an edit) is left out.
        """
        features = build_features([draft], self._codes, grow=False)
        p = features.prepared[0]
        keys = block_keys(p.key.compact, p.key.pinyin, p.phone, p.email, p.website, p.points)
        q = np.array([hash(k) for k in keys], dtype=np.int64)
        lo = np.searchsorted(self._hashes, q, "left")
        hi = np.minimum(np.searchsorted(self._hashes, q, "right"), lo + DRAFT_KEY_CAP)
        parts = [self._members[x:y] for x, y in zip(lo.tolist(), hi.tolist()) if y > x]
        compact = typed_prefix(p.key, draft.name or "")
        if compact and len(compact) >= (2 if has_cjk(compact) else 3):
            at = bisect.bisect_left(self._sorted_names, compact)
            stop = at
            while (stop < len(self._sorted_names) and stop - at < DRAFT_PREFIX_CAP
                   and self._sorted_names[stop].startswith(compact)):
                stop += 1
            parts.append(self._sorted_index[max(0, at - SORTED_WINDOW) : max(stop, at + SORTED_WINDOW)])
        if not parts:
            return []
        found = np.unique(np.concatenate(parts))
        found = found[self.features.ids[found] != draft.id]
        if len(found) == 0:
            return []
        zeros = np.zeros(len(found), dtype=np.int64)
        ev = evaluate(features, zeros, self.features, found, weights=self.weights, workers=1,
                      typed_similarity=self._typed_similarity(p, found))
        scores = ev["score"]
        shown = (scores >= threshold) | ev["phone_same"] | ev["email_same"] | ev["people_same"]
        order = np.lexsort((self.features.ids[found], -scores))
        order = order[shown[order]]
        out: list[Match] = []
        for k in order[: max(limit, 0)].tolist():
            other = self.features.prepared[int(found[k])]
            out.append(Match(draft.id, other.record.id, float(scores[k]), reasons_for(p, other, ev, k, self.weights)))
        return out


# --------------------------------------------------------------------------- module API


def score_pair(a: Record, b: Record, *, weights: Weights = WEIGHTS) -> Match:
    """One 0–100 score with reasons for two records (symmetric: the order does not matter)."""
    features = build_features([a, b], Codes())
    ev = evaluate(features, np.array([0]), features, np.array([1]), weights=weights, workers=1)
    return Match(a.id, b.id, float(ev["score"][0]), reasons_for(features.prepared[0], features.prepared[1], ev, 0, weights))


def find_duplicates(
    records: Sequence[Record],
    *,
    threshold: float = DEFAULT_THRESHOLD,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    not_duplicates: Iterable[tuple[int, int]] = frozenset(),
    weights: Weights = WEIGHTS,
) -> list[Match]:
    """Pairs of *records* scoring ≥ *threshold*, strongest first (``a < b``), dismissed pairs left out.

    *progress* receives 0..1; when *cancelled* returns True the scan stops at
    the next checkpoint and raises :class:`ScanCancelled` (nothing partial is
    returned: a half scan would silently miss duplicates).
    """
    index = Index(records, weights=weights, progress=(lambda f: progress(0.6 * f)) if progress else None,
                  cancelled=cancelled)
    return index.scan(
        threshold=threshold, cancelled=cancelled, not_duplicates=not_duplicates,
        progress=(lambda f: progress(0.6 + 0.4 * f)) if progress else None,
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
