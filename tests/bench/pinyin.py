"""Pinyin cost: the tables' memory, the first call, and names per second.

    python -m tests.bench.pinyin FILE [--names 100000] [--repeat 5] [--pandas]

* memory, in a fresh process: resident size (VmRSS, after ``gc.collect`` and glibc's ``malloc_trim``)
  just before and just after the first ``pinyin_syllables`` call loads the tables, and how far the peak
  (VmHWM) rose above the first figure while they loaded; ``--pandas`` imports pandas first, as the app
  has by then;
* warm-up: that first call's time (loading the tables), in the same fresh process;
* speed: ``pinyin_syllables`` over *--names* distinct Han runs, its caches emptied before each
  repeat; median of *--repeat*.  The runs are the Han parts of FILE's customer and contact names
  (e.g. ``custui sample --out FILE --customers 20000``), and, to reach *--names*, the first half of one
  glued to the second half of another (seeded), so they read like company names.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

_HAN_RUN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]+")


def han_runs(path: Path, count: int, seed: int = 19) -> list[str]:
    """*count* distinct Han runs from the names in *path*, glued halves when there are too few."""
    with sqlite3.connect(path) as db:
        names = [
            r[0]
            for r in db.execute("SELECT name FROM customers UNION ALL SELECT name FROM contacts")
        ]
    runs = sorted({run for name in names if name for run in _HAN_RUN.findall(name) if len(run) > 1})
    seen = set(runs)
    rnd = random.Random(seed)
    while len(runs) < count:
        a, b = rnd.choice(runs), rnd.choice(runs)
        glued = a[: len(a) // 2] + b[len(b) // 2 :]
        if glued not in seen:
            seen.add(glued)
            runs.append(glued)
    return runs[:count]


def _status(field: str) -> float:
    """A VmRSS/VmHWM figure of this process in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no {field}")


def _settled_rss() -> float:
    import gc

    from custui.core.memory import give_back

    gc.collect()
    give_back()
    return _status("VmRSS")


def memory_probe(with_pandas: bool) -> dict[str, float]:
    """In this (fresh) process: RSS before and after the tables load, the peak's rise, the load's time."""
    if with_pandas:
        import pandas  # noqa: F401  (the app has it loaded by then)
    from custui.core import text

    before = _settled_rss()
    hwm_before = _status("VmHWM")
    started = time.perf_counter()
    text.pinyin_syllables("预热")
    warm_up = time.perf_counter() - started
    peak = _status("VmHWM")
    after = _settled_rss()
    return {
        "rss_before_mb": round(before, 1),
        "rss_after_mb": round(after, 1),
        "tables_mb": round(after - before, 1),
        "peak_rise_mb": round(peak - before, 1),  # an earlier peak above *before* would mask it:
        "earlier_peak_above_mb": round(hwm_before - before, 1),  # this says by how much
        "warm_up_s": round(warm_up, 3),
    }


def speed(runs: list[str], repeat: int) -> float:
    """Median seconds for pinyin_syllables over *runs* with cold per-run caches (tables loaded)."""
    from custui.core import text

    text.pinyin_syllables("预热")
    times = []
    for _ in range(repeat):
        text._pinyin_of_run.cache_clear()
        text._word_syllables.cache_clear()
        started = time.perf_counter()
        for run in runs:
            text.pinyin_syllables(run)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", type=Path, nargs="?")
    parser.add_argument("--names", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--pandas", action="store_true")
    parser.add_argument("--memory-probe", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.memory_probe:
        print(json.dumps(memory_probe(args.pandas)))
        return
    probe = [sys.executable, "-m", "tests.bench.pinyin", "--memory-probe"]
    probes = [
        json.loads(
            subprocess.run(
                probe + (["--pandas"] if args.pandas else []),
                check=True,
                capture_output=True,
                text=True,
            ).stdout
        )
        for _ in range(args.repeat)
    ]
    result: dict[str, object] = {
        key: statistics.median(float(p[key]) for p in probes) for key in probes[0]
    }
    if args.file is not None:
        runs = han_runs(args.file, args.names)
        result["names"] = len(runs)
        result["speed_s"] = round(speed(runs, args.repeat), 3)
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
