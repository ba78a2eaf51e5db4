"""custui.core.memory.give_back returns what a worker thread freed to the system (glibc's malloc_trim)."""

from __future__ import annotations

import platform
import threading
from pathlib import Path

from custui.core.memory import give_back


def resident_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


def test_memory_a_thread_freed_goes_back_to_the_system() -> None:
    assert platform.libc_ver()[0] == "glibc"  # the machines custui ships for (Linux x86-64 wheels)
    survivors: list[bytes] = []

    def work() -> None:
        # ~120 MB in a thread's own heap, then all but every 16th block freed: holes glibc keeps
        blocks = [bytes(1200) for _ in range(100_000)]
        survivors.extend(blocks[::16])

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    before = resident_mb()
    assert give_back()
    assert before - resident_mb() > 50, (before, resident_mb())
    assert len(survivors) == 6_250
