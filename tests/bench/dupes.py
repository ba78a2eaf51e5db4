"""Duplicate detection timings on one file, in this process.

    python -m tests.bench.dupes FILE OUT.json [--repeat N]

* full scan: ``store.dupes.scan`` — read the customers, build the blocking
  index, score the candidate pairs (what `3` and ``custui dupes`` run);
* as-you-type: ``Index.candidates_for`` for every prefix of 30 existing
  names (typed character by character, with one typo in the middle), as the
  form asks on each key; median and slowest per key;
* peak memory of one scan: the peak resident size of a fresh process that
  opens the file and scans it once (``--scan-peak FILE`` is that process), and of the
  largest of its worker processes (forked: most of their pages are the scanning process's).

``python -m tests.bench`` runs it in a fresh process per size; the quality
(precision / recall) benchmark is ``tests/core/dedupe_benchmark.py``.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from custui.core.dedupe import Record
from custui.store import dupes
from custui.store.db import open_store

TYPED_NAMES = 30


def typed_prefixes(name: str, rnd: random.Random) -> list[str]:
    """What the form holds after each key while *name* is typed, with one wrong character."""
    chars = list(name)
    if len(chars) > 4:
        chars[len(chars) // 2] = rnd.choice("的一是了我不人在他有这个上们来到")
    return ["".join(chars[: n + 1]) for n in range(len(chars))]


def scan_peak_mb(file: str) -> tuple[float, float]:
    """Peak resident MB of a fresh process that scans *file* once (imports, the file's pages and all),
    and of its largest worker."""
    done = subprocess.run([sys.executable, "-m", "tests.bench.dupes", "--scan-peak", file],
                          check=True, capture_output=True, text=True)  # fmt: skip
    scanner, worker = done.stdout.split()
    return float(scanner), float(worker)


def main(argv: list[str] | None = None) -> int:
    if argv is None:
        argv = sys.argv[1:]
    if argv[:1] == ["--scan-peak"]:
        store = open_store(argv[1], read_only=True)
        dupes.scan(store)
        store.close()
        print(
            resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,  # KiB on Linux
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        )
        return 0
    parser = argparse.ArgumentParser(prog="python -m tests.bench.dupes")
    parser.add_argument("file")
    parser.add_argument("out")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    peak_mb, worker_peak_mb = scan_peak_mb(args.file)
    store = open_store(args.file, read_only=True)
    scans, pairs = [], 0
    for _ in range(args.repeat):
        start = time.perf_counter()
        pairs = len(dupes.scan(store))
        scans.append(time.perf_counter() - start)
    start = time.perf_counter()
    index = dupes.build_index(store)
    index_s = time.perf_counter() - start
    rnd = random.Random(7)
    records = dupes.load_records(store)
    names = [r.name for r in rnd.sample(records, min(TYPED_NAMES, len(records)))]
    del records
    keys = []
    for name in names:
        for typed in typed_prefixes(name, rnd):
            start = time.perf_counter()
            index.candidates_for(Record(0, typed), limit=3)
            keys.append((time.perf_counter() - start) * 1000)
    result = {
        "scan_s": statistics.median(scans), "scan_runs": scans, "scan_peak_mb": round(peak_mb),
        "scan_worker_peak_mb": round(worker_peak_mb), "pairs": pairs,
        "index_s": index_s,
        "hint_ms": statistics.median(keys), "hint_max_ms": max(keys), "hint_keys": len(keys),
    }  # fmt: skip
    Path(args.out).write_text(json.dumps(result), encoding="utf-8")
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
