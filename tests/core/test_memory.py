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


LEFT_BEHIND = """
import sys
from pathlib import Path
import numpy as np
from custui.core.memory import keep_large_arrays_apart

def resident_mb():
    line = next(l for l in Path("/proc/self/status").read_text().splitlines() if l.startswith("VmRSS:"))
    return int(line.split()[1]) / 1024

if sys.argv[1] == "apart":
    assert keep_large_arrays_apart()
big = np.ones(4_000_000)  # a 32 MB block freed: glibc raises its bound for pages of their own
del big
before = resident_mb()
arrays, pins = [], []
for _ in range(200):  # 200 x 1 MB, each followed by a small block that stays
    arrays.append(np.ones(131_072))
    pins.append(bytes(2_000))
del arrays
print(resident_mb() - before)
"""


def left_behind_mb(mode: str) -> float:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", LEFT_BEHIND, mode], capture_output=True, text=True,
                          check=True)  # fmt: skip
    return float(done.stdout)


def test_large_arrays_get_pages_of_their_own_and_go_back_when_freed() -> None:
    """200 MB of arrays freed between blocks that stay: glibc's default keeps them resident (holes
    in its heap); with the threshold fixed they were pages of their own, returned when freed."""
    assert left_behind_mb("default") > 150
    assert left_behind_mb("apart") < 20
