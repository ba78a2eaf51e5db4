"""What a person sees, timed in a real terminal: ``python -m tests.bench.terminal FILE [FILE…]``.

Each program runs in a fresh tmux window (160x48 unless ``--size``) and the screen is read every
10 ms, as a person would look at it:

* **bare Textual** — an app that draws one line: the floor any Textual app stands on, timed in the
  same run as the reference, each of its runs just before one of custui's (on a busy machine the
  ratio then compares runs made under the same load);
* **first rows** — from starting ``custui FILE`` until a customer row is on screen;
* **scored ranking** — until the title says "scored as of …" and not "updating…" (the ranking is
  what the rep opened it for): with the ranking the last run kept in the file (nothing changed
  since), and cold, the kept ranking removed first (a first start, or a file changed by another
  program: every customer scored).

Medians of ``--repeat`` runs (3).  With ``--day`` the app also goes through a day's use, keys sent
to the terminal as a person types them — scroll, search, the duplicates scan, the new-customer form
with its hints, the dashboard, an import of 10,000 rows and back to the list, the new customers
ranked with the others — and the app process's peak resident memory
(VmHWM) is reported; with ``--trace LOG`` the app runs through tests/bench/trace_app.py, which logs its
memory and the code it runs every 0.1 s (``LOG-FILE.log``), to find what made a peak.  Needs tmux; not
part of the pytest run.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

POLL = 0.01
ROOT = Path(__file__).resolve().parents[2]
#: Seconds the app runs on after scoring, to keep its ranking in the file (~0.7 s at 100k).
SETTLE = 5.0
TIMEOUT = 300.0
SESSION = f"custui-bench-terminal-{os.getpid()}"  # two benches may run at once
BARE_APP = (
    "from textual.app import App\n"
    "from textual.widgets import Static\n"
    "class Bare(App):\n"
    "    def compose(self):\n"
    "        yield Static('bare textual app ready')\n"
    "Bare().run()\n"
)


def has_rows(text: str) -> bool:
    """The customer list's header is on screen with a row under it."""
    lines = text.splitlines()
    at = next((i for i, line in enumerate(lines) if "Name 客户" in line), None)
    return at is not None and at + 1 < len(lines) and lines[at + 1].strip() != ""


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], check=True, capture_output=True, text=True).stdout


def screen() -> str:
    return tmux("capture-pane", "-p", "-t", SESSION)


def start(command: str, size: tuple[int, int]) -> float:
    """Start *command* in a fresh tmux session of *size*; the time it was started."""
    subprocess.run(
        ["tmux", "kill-session", "-t", SESSION], capture_output=True, check=False
    )  # none yet: fine
    # started in the repository, where ``python -m tests.bench.trace_app`` finds its module
    new = ["tmux", "new-session", "-d", "-s", SESSION, "-x", str(size[0]), "-y", str(size[1]),
           "-c", str(ROOT), f"exec {command}"]  # fmt: skip
    for _attempt in range(5):
        started = time.perf_counter()
        # the server of the session just killed may still be exiting: "server exited unexpectedly"
        if subprocess.run(new, capture_output=True, check=False).returncode == 0:
            return started
        time.sleep(0.5)
    tmux(*new[1:])  # the last try says why
    return time.perf_counter()


def wait_for(seen: Callable[[str], bool], what: str, timeout: float = TIMEOUT) -> float:
    """Seconds (perf_counter) when the screen first satisfied *seen*."""
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        if seen(screen()):
            return time.perf_counter()
        time.sleep(POLL)
    raise TimeoutError(f"{what} never appeared; the screen:\n{screen()}")


def stop() -> None:
    subprocess.run(
        ["tmux", "kill-session", "-t", SESSION], capture_output=True, check=False
    )  # none yet: fine


def pane_pid() -> int:
    return int(tmux("display-message", "-p", "-t", SESSION, "#{pane_pid}").strip())


def peak_mb(pid: int) -> float:
    """The process's peak resident memory so far (VmHWM), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM")


#: Programs run as installed ones do: Python may keep their compiled modules (an environment that
#: forbids it, as this machine's shell does, would have custui compile ~40 modules at every start,
#: ~50 ms, while Textual's own were compiled by pip at install).
PYTHON = f"env -u PYTHONDONTWRITEBYTECODE {shlex.quote(sys.executable)}"


def custui_command(file: Path, trace: Path | None = None) -> str:
    """The app on *file*; with *trace*, run through tests/bench/trace_app.py, which logs its memory there."""
    if trace is None:
        return f"{PYTHON} -m custui {shlex.quote(str(file))}"
    return f"{PYTHON} -m tests.bench.trace_app {shlex.quote(str(trace))} {shlex.quote(str(file))}"


def time_bare(size: tuple[int, int], script: Path) -> float:
    started = start(f"{PYTHON} {shlex.quote(str(script))}", size)
    shown = wait_for(lambda s: "bare textual app ready" in s, "the bare app")
    stop()
    return shown - started


def copy_book(source: Path, target: Path) -> None:
    """A consistent copy of a book (its write-ahead log included), through SQLite's backup."""
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)


def is_ranked(text: str) -> bool:
    """The list shows a ranking that holds for the file as it is (not a kept one being re-scored)."""
    return "scored as of" in text and "updating" not in text


def forget_kept_ranking(file: Path) -> None:
    """Remove the ranking the app keeps in the file (plain sqlite3, as another program would)."""
    import sqlite3

    with sqlite3.connect(file) as conn:
        conn.execute("DELETE FROM score_cache")
        conn.execute("DELETE FROM score_ranks")
    conn.close()


def time_custui(file: Path, size: tuple[int, int], *, settle: float = 0.0) -> tuple[float, float]:
    """(first rows, scored ranking) in seconds from the start; the app runs *settle* seconds more (to
    keep its ranking in the file)."""
    started = start(custui_command(file), size)
    rows = wait_for(has_rows, "the first customer rows")
    scored = wait_for(is_ranked, "the scored ranking")
    time.sleep(settle)
    stop()
    return rows - started, scored - started


def send(*keys: str, literal: str | None = None) -> None:
    if keys:
        tmux("send-keys", "-t", SESSION, *keys)
    if literal is not None:
        tmux("send-keys", "-t", SESSION, "-l", literal)
    if "Escape" in keys:
        time.sleep(0.6)  # else the terminal reads escape and the next key as alt+key


def import_file(folder: Path, rows: int) -> Path:
    """A trade-fair list of *rows* companies as a rep gets one (UTF-8 CSV, Chinese headers)."""
    path = folder / "leads-10k.csv"
    lines = ["公司,联系人,手机,城市,电子邮件"]
    lines += [
        f"展会客户{i}贸易有限公司,王{i % 97},137{i:08d},杭州,lead{i}@fair{i % 31}.cn"
        for i in range(rows)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def existing_name(book: Path) -> str:
    """The name of a company *book* holds (the lowest code): typed in the new-customer form, whose kind
    is a company unless changed (a person of the same name is weaker evidence: no hint on its own)."""
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(f"file:{book}?mode=ro", uri=True)) as conn:
        row = conn.execute(
            "SELECT name FROM customers WHERE deleted_at IS NULL AND kind = 'company' "
            "ORDER BY code LIMIT 1"
        ).fetchone()
    return str(row[0])


def active_customers(book: Path) -> int:
    """How many customers *book* lists (neither deleted nor merged away)."""
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(f"file:{book}?mode=ro", uri=True)) as conn:
        row = conn.execute(
            "SELECT count(*) FROM customers WHERE deleted_at IS NULL AND merged_into IS NULL"
        ).fetchone()
    return int(row[0])


def day_of_use(
    file: Path, size: tuple[int, int], folder: Path, trace: Path | None = None
) -> dict[str, float]:
    """The day's use on a copy of *file*; peak MB of the app process after each step (with *trace*, the
    app's memory and running code every 0.1 s logged there)."""
    copy = folder / f"day-{file.name}"
    copy_book(file, copy)
    leads = import_file(folder, 10_000)
    start(custui_command(copy, trace), size)
    try:
        return _day_steps(copy, leads)
    finally:
        stop()  # a step that timed out leaves no app running


def _day_steps(copy: Path, leads: Path) -> dict[str, float]:
    pid = pane_pid()
    wait_for(is_ranked, "the scored ranking")
    peaks: dict[str, float] = {"start": peak_mb(pid)}
    send(*["PageDown"] * 10)
    time.sleep(1)
    peaks["scroll"] = peak_mb(pid)
    send("/", literal="科技")
    time.sleep(2)
    send("Enter")  # to the list
    time.sleep(0.5)
    send("Escape")  # the search cleared
    peaks["search"] = peak_mb(pid)
    send("3")
    wait_for(lambda s: "to review" in s or "No likely duplicates" in s, "the duplicate queue")
    peaks["duplicates scan"] = peak_mb(pid)
    send("1")
    time.sleep(0.5)
    send("n")
    time.sleep(1)
    send(literal=existing_name(copy))  # a customer the book holds: the form warns while typing
    wait_for(lambda s: "Probably exists already" in s, "the form's hint")
    send("Escape")
    time.sleep(0.5)
    send("y")  # discard the draft
    time.sleep(0.5)
    peaks["new-customer form with hints"] = peak_mb(pid)
    send("5")
    # its numbers drawn (the count's "scored as of" comes with them), and a moment for what follows
    wait_for(lambda s: "Tiers" in s and "scored as of" in s, "the dashboard's numbers")
    time.sleep(1)
    peaks["dashboard"] = peak_mb(pid)
    send("1")
    time.sleep(0.5)
    send("I")
    time.sleep(1)
    send(literal=str(leads))
    # the path typed in full before enter (an enter sent straight after it once cut it short)
    wait_for(lambda s: leads.name in s, "the path typed")
    send("Enter")
    wait_for(lambda s: "step 2 of 4" in s, "the import's columns")
    send("p")  # one row per customer: the leads are companies
    time.sleep(0.5)
    send("Enter")
    wait_for(lambda s: "step 3 of 4" in s and " rows fine" in s, "the import's check")
    send("A")  # add every row the book seems to hold already
    time.sleep(0.5)
    send("Enter")
    wait_for(lambda s: "Imported " in s, "the import's result", timeout=600)
    peaks["import of 10,000 rows"] = peak_mb(pid)
    send("Enter")  # back to the list: the new customers listed and ranked with the others
    listed = f"{active_customers(copy):,} customers"
    wait_for(
        lambda s: listed in s and is_ranked(s), "the list with the imported customers", timeout=600
    )
    time.sleep(1)
    peaks["list with the imported rows"] = peak_mb(pid)
    return peaks


def _listed(seconds: list[float]) -> str:
    return ", ".join(f"{x:.2f}" for x in seconds)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.terminal")
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--size", default="160x48")
    parser.add_argument(
        "--day", action="store_true", help="also the day's use, with the peak memory"
    )
    parser.add_argument("--out", type=Path)
    parser.add_argument(
        "--trace",
        type=Path,
        help="with --day: log the app's memory and running code every 0.1 s to TRACE-FILE.log",
    )
    args = parser.parse_args(argv)
    size = tuple(int(x) for x in args.size.split("x"))
    assert len(size) == 2
    results: dict[str, object] = {"size": args.size}
    with tempfile.TemporaryDirectory() as tmp:
        bare_script = Path(tmp) / "bare.py"
        bare_script.write_text(BARE_APP, encoding="utf-8")
        bare: list[float] = []
        for original in args.files:
            file = (
                Path(tmp) / original.name
            )  # the app keeps its ranking in the file: never in the one given
            copy_book(original, file)
            cold = []
            for _ in range(args.repeat):
                forget_kept_ranking(file)
                cold.append(time_custui(file, size)[1])
            time_custui(file, size, settle=SETTLE)  # scores, and keeps the ranking in the file
            runs, its_bare = [], []
            for _ in range(args.repeat):
                its_bare.append(time_bare(size, bare_script))
                runs.append(time_custui(file, size))
            bare += its_bare
            rows, scored = (
                statistics.median(r[0] for r in runs),
                statistics.median(r[1] for r in runs),
            )
            bare_s = statistics.median(its_bare)
            print(f"bare Textual app beside {file.name}: {bare_s:.2f} s (runs {_listed(its_bare)})")
            results[file.name] = entry = {
                "bare_s": bare_s,
                "first_rows_s": rows,
                "scored_s": scored,
                "runs": runs,
                "scored_cold_s": statistics.median(cold),
                "cold_runs": cold,
            }
            print(
                f"{file.name}: first rows {rows:.2f} s ({rows / bare_s:.2f}x bare), "
                f"scored ranking {scored:.2f} s ({scored / bare_s:.2f}x bare) with the kept ranking, "
                f"{statistics.median(cold):.2f} s cold ({statistics.median(cold) / bare_s:.1f}x bare)"
            )
            if args.day:
                trace = args.trace and args.trace.with_name(f"{args.trace.name}-{file.stem}.log")
                entry["day_peak_mb"] = peaks = day_of_use(file, size, Path(tmp), trace)
                print(
                    f"{file.name}: peak MB of the app through the day: "
                    + ", ".join(f"{step} {mb:.0f}" for step, mb in peaks.items())
                )
    results["bare_s"] = statistics.median(bare)
    if args.out:
        args.out.write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    os.environ.pop("CUSTUI_EXIT_AFTER_FIRST_PAINT", None)
    raise SystemExit(main())
