"""custui benchmark: ``python -m tests.bench [--sizes 1000,10000,100000] [--repeat 5] [--keep DIR]``.

For each size (customers; each gets 10 interactions and 10 orders, so 100k means 1M of each) it makes or
reuses a synthetic file (tests/bench/synth.py, cached in DIR), then measures,
each in a fresh process so one size's memory never leaks into another's:

* cold start: ``python -c "...CustuiApp(open_store(FILE)).run(headless=True)"``
  with ``CUSTUI_EXIT_AFTER_FIRST_PAINT`` set, from just before ``Popen`` to the
  app's own timestamp once the first page of rows is drawn; peak RSS of that
  process from ``os.wait4``;
* duplicates (tests/bench/dupes.py): a full scan, and the form's as-you-type
  hint per key;
* a customer with 5,000 timeline entries (tests/bench/timeline.py);
* in-app timings (tests/bench/interactive.py): search as you type, opening a
  customer, page down, and the store queries behind them.

Progress goes to stderr; stdout gets one Markdown table of medians, ready to
paste into an issue note.  Not part of the pytest run.  What a person sees in a real terminal
(tmux), beside a bare Textual app, is ``python -m tests.bench.terminal`` (tests/bench/terminal.py).
An encrypted book against the same plain one (open, score, search) is ``python -m
tests.bench.encrypted`` (tests/bench/encrypted.py).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tests.bench import synth
from tests.bench.interactive import QUERIES, SCROLL_KEYS

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_KEEP = Path("/tmp/custui-bench")
CHILD_TIMEOUT = 600
COLD_START_CODE = (
    "import sys; from custui.store.db import open_store; from custui.tui.app import CustuiApp; "
    "CustuiApp(open_store(sys.argv[1])).run(headless=True, size=(120, 40))"
)
EXIT_AFTER_FIRST_PAINT = "CUSTUI_EXIT_AFTER_FIRST_PAINT"  # custui.tui.app reads it
TARGETS = {
    "cold": "< 1500",
    "rss": "< 400",
    "search": "< 100",
    "rescore": "< 1500",
    "dupes": "< 10 s",
    "dupes_rss": "< 400",
    "hint": "< 50 ms",
    "history": "< 100 ms",
}
RESCORE_CODE = (
    "import json, statistics, sys, time\n"
    "from custui.store.db import open_store\n"
    "from custui.store.scores import score_book\n"
    "store = open_store(sys.argv[1])\n"
    "score_book(store)  # warm-up\n"
    "runs = []\n"
    "for _ in range(int(sys.argv[3])):\n"
    "    t = time.perf_counter(); score_book(store); runs.append((time.perf_counter() - t) * 1000)\n"
    "open(sys.argv[2], 'w').write(json.dumps({'ms': statistics.median(runs), 'runs': runs}))\n"
)


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def child_env(keep: Path, **extra: str) -> dict[str, str]:
    """The children's environment: bytecode cached under *keep*, as an installed app has it.

    (Sandboxes often set PYTHONDONTWRITEBYTECODE, which would make every cold
    start recompile custui; a pip-installed custui ships compiled.)
    """
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONDONTWRITEBYTECODE", EXIT_AFTER_FIRST_PAINT)
    }
    env["PYTHONPYCACHEPREFIX"] = str(keep / "pycache")
    env.update(extra)
    return env


def run_child(
    argv: list[str], env: dict[str, str], timeout: float = CHILD_TIMEOUT
) -> tuple[int, float, str]:
    """Run *argv*; returns (exit code, peak RSS in MB of that child alone, stderr)."""
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(
            argv, env=env, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err
        )
        deadline = time.monotonic() + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.005)
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    return proc.returncode, usage.ru_maxrss / 1024, stderr  # ru_maxrss is KiB on Linux


def cold_start(path: Path, keep: Path) -> tuple[float, float]:
    """(ms from launch to first rows drawn, peak RSS MB) of one fresh app process."""
    with tempfile.TemporaryDirectory() as tmp:
        stamp_file = Path(tmp) / "first-paint"
        env = child_env(keep, **{EXIT_AFTER_FIRST_PAINT: str(stamp_file)})
        started = time.time()
        code, rss, stderr = run_child(
            [sys.executable, "-c", COLD_START_CODE, str(path)], env, timeout=120
        )
        if code != 0 or not stamp_file.exists():
            raise RuntimeError(f"cold start failed (exit {code}): {stderr.strip()[-2000:]}")
        return (float(stamp_file.read_text()) - started) * 1000, rss


def interactive(path: Path, repeat: int, keep: Path) -> tuple[dict[str, Any], float]:
    env = child_env(keep)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.json"
        argv = [
            sys.executable,
            "-m",
            "tests.bench.interactive",
            str(path),
            str(out),
            "--repeat",
            str(repeat),
        ]
        code, rss, stderr = run_child(argv, env)
        if code != 0 or not out.exists():
            raise RuntimeError(f"in-app benchmark failed (exit {code}): {stderr.strip()[-3000:]}")
        return json.loads(out.read_text(encoding="utf-8")), rss


def rescore(path: Path, repeat: int, keep: Path) -> tuple[dict[str, Any], float]:
    """Median full re-score (features read from the file + score) in a fresh process."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "rescore.json"
        argv = [sys.executable, "-c", RESCORE_CODE, str(path), str(out), str(repeat)]
        code, rss, stderr = run_child(argv, child_env(keep))
        if code != 0 or not out.exists():
            raise RuntimeError(f"re-score benchmark failed (exit {code}): {stderr.strip()[-2000:]}")
        return json.loads(out.read_text()), rss


def dedupe(path: Path, repeat: int, keep: Path) -> tuple[dict[str, Any], float]:
    """Full duplicate scan and as-you-type hint timings (tests/bench/dupes.py) in a fresh process."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "dupes.json"
        argv = [
            sys.executable,
            "-m",
            "tests.bench.dupes",
            str(path),
            str(out),
            "--repeat",
            str(repeat),
        ]
        code, rss, stderr = run_child(argv, child_env(keep))
        if code != 0 or not out.exists():
            raise RuntimeError(
                f"duplicate benchmark failed (exit {code}): {stderr.strip()[-2000:]}"
            )
        return json.loads(out.read_text()), rss


def long_history(path: Path, keep: Path) -> dict[str, Any]:
    """A customer with 5,000 timeline entries (tests/bench/timeline.py) in a fresh process."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "timeline.json"
        argv = [sys.executable, "-m", "tests.bench.timeline", str(path), str(out)]
        code, _rss, stderr = run_child(argv, child_env(keep))
        if code != 0 or not out.exists():
            raise RuntimeError(f"timeline benchmark failed (exit {code}): {stderr.strip()[-2000:]}")
        return json.loads(out.read_text())


def bench_size(size: int, repeat: int, keep: Path, seed: int) -> dict[str, Any]:
    log(f"[{size:,}] preparing the file in {keep} …")
    path, summary, reused = synth.cached_file(keep, size, seed=seed)
    log(
        f"[{size:,}] {'reused' if reused else 'generated'} {path} ({summary.seconds_total:.1f} s to generate)"
    )
    cold_start(path, keep)  # unmeasured: fills the bytecode cache and the OS page cache
    colds, rsses = [], []
    for run in range(repeat):
        ms, rss = cold_start(path, keep)
        colds.append(ms)
        rsses.append(rss)
        log(f"[{size:,}] cold start {run + 1}/{repeat}: {ms:.0f} ms, {rss:.0f} MB")
    log(f"[{size:,}] full re-score ({repeat} repeats) …")
    rescored, rescore_rss = rescore(path, repeat, keep)
    log(f"[{size:,}] duplicate scan ({repeat} repeats) …")
    dupes, dupes_rss = dedupe(path, repeat, keep)
    log(f"[{size:,}] a customer with 5,000 timeline entries …")
    history = long_history(path, keep)
    log(f"[{size:,}] in-app timings ({repeat} repeats) …")
    app, app_rss = interactive(path, repeat, keep)
    return {
        "size": size,
        "path": str(path),
        "summary": summary,
        "reused": reused,
        "cold_ms": statistics.median(colds),
        "cold_runs": colds,
        "cold_rss": statistics.median(rsses),
        "app": app["app"],
        "store": app["store"],
        "app_rss": app_rss,
        "rescore": rescored,
        "rescore_rss": rescore_rss,
        "dupes": dupes,
        "dupes_rss": dupes_rss,
        "history": history,
    }


# -- the table -----------------------------------------------------------------------------


def fmt(value: float | None, digits: int = 0) -> str:
    if value is None:
        return "–"
    return f"{value:,.{digits}f}"


def fmt_ms(value: float | None) -> str:
    if value is None:
        return "–"
    return fmt(value, 1 if value < 10 else 0)


def slowest(entries: dict[str, dict[str, Any]], key: str, prefixes: list[str]) -> tuple[str, float]:
    prefix = max(prefixes, key=lambda p: entries[p][key])
    return prefix, entries[prefix][key]


def table(results: list[dict[str, Any]], repeat: int) -> str:
    sizes = [r["size"] for r in results]
    show_target = 100_000 in sizes
    header = (
        ["measure (median of runs)"]
        + [f"{s:,}" for s in sizes]
        + (["target @100k"] if show_target else [])
    )
    rows: list[list[str]] = []

    def row(label: str, cells: list[str], target: str = "") -> None:
        rows.append([label] + cells + ([target] if show_target else []))

    all_prefixes = [q[:i] for q in QUERIES for i in range(1, len(q) + 1)]

    row(
        "cold start → first rows drawn (ms)",
        [fmt(r["cold_ms"]) for r in results],
        TARGETS["cold"] + " ms",
    )
    row(
        "peak RSS, cold-start process (MB)",
        [fmt(r["cold_rss"]) for r in results],
        TARGETS["rss"] + " MB",
    )
    row(
        "search key → result count drawn (ms), median of all keys",
        [
            fmt_ms(statistics.median(r["app"]["keys"][p]["count_ms"] for p in all_prefixes))
            for r in results
        ],
        TARGETS["search"] + " ms",
    )
    row(
        "search key → first rows drawn (ms), median of all keys",
        [
            fmt_ms(statistics.median(r["app"]["keys"][p]["rows_ms"] for p in all_prefixes))
            for r in results
        ],
    )
    cells = []
    for r in results:
        prefix, value = slowest(r["app"]["keys"], "rows_ms", all_prefixes)
        cells.append(f"{fmt_ms(value)} `{prefix}`")
    row("search key → first rows drawn (ms), slowest key", cells, TARGETS["search"] + " ms")
    row(
        "search query in store (ms), median of all prefixes",
        [
            fmt_ms(statistics.median(r["store"]["prefix"][p]["ms"] for p in all_prefixes))
            for r in results
        ],
    )
    cells = []
    for r in results:
        prefix, value = slowest(r["store"]["prefix"], "ms", all_prefixes)
        cells.append(f"{fmt_ms(value)} `{prefix}` ({r['store']['prefix'][prefix]['rows']:,} rows)")
    row("search query in store (ms), slowest prefix", cells)
    for query in QUERIES:
        prefixes = [query[:i] for i in range(1, len(query) + 1)]
        cells = []
        for r in results:
            key_prefix, key_ms = slowest(r["app"]["keys"], "rows_ms", prefixes)
            store_prefix, store_ms = slowest(r["store"]["prefix"], "ms", prefixes)
            hits = r["store"]["prefix"][query]["rows"]
            cells.append(
                f"{fmt_ms(key_ms)} `{key_prefix}` / {fmt_ms(store_ms)} `{store_prefix}` · {hits:,} hits"
            )
        row(f"↳ typing `{query}`: slowest key → rows / slowest store query (ms)", cells)
    row(
        "startup queries in store: all ids / count active (ms)",
        [
            f"{fmt_ms(r['store']['list_all_ms'])} / {fmt_ms(r['store']['count_active_ms'])}"
            for r in results
        ],
    )
    open_cells = []
    for r in results:
        a = r["app"]
        if a.get("open_ms") is None:
            open_cells.append(f"store only: {fmt_ms(r['store']['get_customer_ms'])}")
        else:
            open_cells.append(
                f"{fmt_ms(a['open_ms'])} / {fmt_ms(a['open_drawn_ms'])} (1st {fmt_ms(a['open_first_ms'])})"
            )
    row("open customer: e → form populated / drawn (ms)", open_cells)
    row(
        f"page down ×{SCROLL_KEYS}: CPU ms per key (Pilot no-op key)",
        [
            f"{fmt_ms(r['app']['pagedown_cpu_ms'])} ({fmt_ms(r['app']['noop_key_cpu_ms'])})"
            for r in results
        ],
    )
    row(
        "peak RSS, app after search/open/scroll (MB)",
        [fmt(r["app_rss"]) for r in results],
        TARGETS["rss"] + " MB",
    )
    row(
        "full re-score from the file: score_book (ms)",
        [fmt(r["rescore"]["ms"]) for r in results],
        TARGETS["rescore"] + " ms",
    )
    row("peak RSS, re-score process (MB)", [fmt(r["rescore_rss"]) for r in results])
    row(
        "duplicate scan, whole file: read + index + score pairs (s)",
        [f"{fmt(r['dupes']['scan_s'], 1)} ({r['dupes']['pairs']:,} pairs)" for r in results],
        TARGETS["dupes"],
    )
    row(
        "duplicate index build for the form's hints (s)",
        [fmt(r["dupes"]["index_s"], 1) for r in results],
    )
    row(
        "as-you-type duplicate hint per key (ms): median / slowest",
        [f"{fmt_ms(r['dupes']['hint_ms'])} / {fmt_ms(r['dupes']['hint_max_ms'])}" for r in results],
        TARGETS["hint"],
    )
    row(
        "peak RSS, one duplicate scan in a fresh process (MB)",
        [fmt(r["dupes"]["scan_peak_mb"]) for r in results],
        TARGETS["dupes_rss"] + " MB",
    )
    row(
        "↳ its largest worker process (MB; forked, most pages shared)",
        [fmt(r["dupes"].get("scan_worker_peak_mb", 0)) for r in results],
    )
    row(
        "peak RSS, the bench's dupes process: 3 scans + the hint index (MB)",
        [fmt(r["dupes_rss"]) for r in results],
    )
    row(
        "open a customer with 5,000 entries: all keys + first page (ms)",
        [fmt_ms(r["history"]["open_ms"]) for r in results],
        TARGETS["history"],
    )
    row(
        "↳ a page 4,000 entries deep / the brief (ms)",
        [
            f"{fmt_ms(r['history']['deep_page_ms'])} / {fmt_ms(r['history']['brief_ms'])}"
            for r in results
        ],
    )
    row("file size (MB)", [fmt(r["summary"].bytes / 2**20, 1) for r in results])

    lines = [
        "| " + " | ".join(header) + " |",
        "|" + "|".join(["---"] + ["---:"] * (len(header) - 1)) + "|",
    ]
    lines += ["| " + " | ".join(cells) + " |" for cells in rows]
    return "\n".join(lines)


def machine() -> str:
    import sqlite3

    import textual

    import custui

    return (
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs · Python {platform.python_version()} · "
        f"SQLite {sqlite3.sqlite_version} · Textual {textual.__version__} · custui {custui.__version__}"
    )


def parse_sizes(text: str) -> list[int]:
    sizes = [int(part.replace("_", "")) for part in text.split(",") if part.strip()]
    if not sizes or any(s <= 0 for s in sizes):
        raise argparse.ArgumentTypeError("sizes must be positive whole numbers, e.g. 1000,10000")
    return sizes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.bench", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument(
        "--sizes",
        type=parse_sizes,
        default=[1000, 10000, 100000],
        help="customers per file, comma-separated (default: 1000,10000,100000)",
    )
    parser.add_argument(
        "--repeat", type=int, default=5, help="runs per measurement; the table shows medians"
    )
    parser.add_argument(
        "--keep",
        type=Path,
        default=DEFAULT_KEEP,
        help=f"folder where generated files are cached and reused (default: {DEFAULT_KEEP})",
    )
    parser.add_argument("--seed", type=int, default=synth.DEFAULT_SEED, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.keep = args.keep.expanduser().resolve()
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    command = "python -m tests.bench " + " ".join(
        shlex.quote(a) for a in (sys.argv[1:] if argv is None else argv)
    )

    results = [bench_size(size, args.repeat, args.keep, args.seed) for size in args.sizes]

    print(f"custui benchmark · {machine()}")
    print(
        f"`{command.strip()}` · medians of {args.repeat} runs · headless 120×40 · bytecode cached · "
        f"generator {synth.stamp()} · files in {args.keep}"
    )
    print()
    print(table(results, args.repeat))
    print()
    for r in results:
        s = r["summary"]
        print(
            f"- {s.customers:,} customers, {s.interactions:,} interactions, {s.orders:,} orders, "
            f"{s.customer_tags:,} tag links: generated in {s.seconds_total:.1f} s (customers + FTS triggers "
            f"{s.seconds_customers:.1f} s, tags {s.seconds_tags:.1f} s, interactions {s.seconds_interactions:.1f} s, "
            f"orders {s.seconds_orders:.1f} s){' — reused from cache' if r['reused'] else ''}"
        )
    print(
        '- Search: keys typed one at a time, each waited for; "count drawn" = the screen refresh after the '
        'list applied the new ids; "first rows drawn" = the refresh after the first page of rows arrived. '
        "Cells `x` name the prefix typed. Open: 1st = first open in the process."
    )
    print(
        "- Page down: CPU time of the whole process (event loop + page-fetch threads) per key, "
        "excluding Pilot's idle waits; the no-op key is an unbound key through the same Pilot path."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
