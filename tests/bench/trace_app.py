"""custui with its memory traced: ``python -m tests.bench.trace_app LOG [custui arguments…]``.

A thread in the app writes a line to *LOG* every 0.1 s: seconds since start, resident, anonymous and
file-backed memory, the peak so far (MB, from /proc/self/status), and the custui frames each other
thread is running (innermost first).  The day bench runs the app so with ``--trace LOG``
(tests/bench/terminal.py): a peak in its table is then found in the log, with the code that made it.
Linux only (reads /proc); not part of the pytest run.
"""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

FIELDS = {"VmRSS": "rss", "RssAnon": "anon", "RssFile": "file", "VmHWM": "hwm"}
EVERY = 0.1
#: custui frames shown per thread, innermost first
DEPTH = 4


def memory() -> dict[str, int]:
    """This process's memory in MB, by :data:`FIELDS`' names."""
    found: dict[str, int] = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in FIELDS:
            found[FIELDS[key]] = int(value.split()[0]) // 1024
    return found


def custui_frames() -> str:
    """Each other thread's innermost custui frames: ``[thread] file:function:line < …``."""
    names = {t.ident: t.name for t in threading.enumerate()}
    shown = []
    for ident, frame in sys._current_frames().items():
        if ident == threading.get_ident():
            continue
        stack = []
        while frame is not None and len(stack) < DEPTH:
            path = frame.f_code.co_filename
            if "/custui/" in path:
                where = path.rsplit("/custui/", 1)[1]
                stack.append(f"{where}:{frame.f_code.co_name}:{frame.f_lineno}")
            frame = frame.f_back
        if stack:
            shown.append(f"[{names.get(ident, ident)}] " + " < ".join(stack))
    return " | ".join(shown)


def trace(log: Path) -> None:
    started = time.perf_counter()
    with log.open("w", encoding="utf-8") as out:
        while True:
            mb = memory()
            figures = " ".join(f"{name} {mb.get(name, 0):4d}" for name in FIELDS.values())
            out.write(f"{time.perf_counter() - started:7.1f} {figures} {custui_frames()}\n")
            out.flush()
            time.sleep(EVERY)


def main(argv: list[str]) -> int:
    from custui.cli import main as custui

    log, arguments = Path(argv[0]), argv[1:]
    threading.Thread(target=trace, args=(log,), daemon=True, name="memory-trace").start()
    sys.argv = ["custui", *arguments]
    return custui(arguments)


if __name__ == "__main__":  # not when a worker process of the app imports this module
    raise SystemExit(main(sys.argv[1:]))
