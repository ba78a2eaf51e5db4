"""custui.core.memory: what a worker thread freed goes back to the system (glibc's malloc_trim), large
arrays get pages of their own, and the collector held at start runs again once the first frame is drawn."""

from __future__ import annotations

import platform
import threading
from pathlib import Path

import pytest

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


COLLECTOR = """
import gc
from custui.core import memory

memory.resume_collection()  # never paused: nothing to do
print(gc.isenabled(), gc.get_freeze_count())
memory.pause_collection()
print(gc.isenabled())
memory.resume_collection()
print(gc.isenabled(), gc.get_freeze_count() > 0)
"""

APP_RESUMES = """
import asyncio, gc, sys
from custui.core.memory import pause_collection

pause_collection()  # as `custui FILE` does before importing the app
from custui.store.db import open_store
from pathlib import Path
from custui.tui.app import BookOpener, CustuiApp
from tests.tui.conftest import settle


async def main():
    book = open_store(sys.argv[1]) if sys.argv[2] == "plain" else BookOpener.of(Path(sys.argv[1]))
    app = CustuiApp(book, warm_up=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        print(gc.isenabled(), gc.get_freeze_count() > 0)


asyncio.run(main())
"""


def _child(script: str, *args: str) -> list[str]:
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).parents[2]
    done = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True,
                          check=True, cwd=root)  # fmt: skip
    return done.stdout.split("\n")[:-1]


def test_the_collector_held_at_start_collects_again_with_the_start_frozen() -> None:
    assert _child(COLLECTOR) == ["True 0", "False", "True True"]


@pytest.mark.parametrize("book", ["plain", "locked"])
def test_the_app_lets_the_collector_run_again_once_its_first_frame_is_drawn(
    tmp_path, book: str
) -> None:
    """`custui FILE` holds the collector from before its imports to the first frame (the list's first
    rows, or the unlock screen of an encrypted book): the app must let it run again, or the rep's
    session would never collect a cycle."""
    from custui import sample
    from custui.store.db import Key
    from custui.store.encryption import encrypt_book

    path = tmp_path / "book.db"
    sample.generate(path, customers=30)
    if book == "locked":
        encrypt_book(path, Key("correct horse"), progress=lambda _: None)
    assert _child(APP_RESUMES, str(path), book) == ["True True"]
