"""Worker processes die with the process that started them, even when it is killed outright.

A `custui import` of a large file checks its rows in worker processes.  Killed with SIGKILL, the import
runs no shutdown of its own; the workers must still end within a few seconds, not live on (~130 MB
each).  Linux only: the test reads /proc.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/stat").exists(), reason="reads processes from /proc (Linux)"
)

ROOT = Path(__file__).resolve().parents[1]


def children_of(pid: int) -> set[int]:
    """Live (not zombie) processes whose parent is *pid*."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            state, parent = _state_and_parent(int(entry.name))
            if parent == pid and state not in ("Z", "X"):
                found.add(int(entry.name))
    return found


def _state_and_parent(pid: int) -> tuple[str, int]:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return "X", -1
    fields = stat[stat.rindex(")") + 2 :].split()  # after "pid (name) "
    return fields[0], int(fields[1])


def alive(pids: set[int]) -> set[int]:
    return {pid for pid in pids if _state_and_parent(pid)[0] not in ("Z", "X")}


def wait_for(check, seconds: float):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.05)
    return check()


def big_csv(path: Path, rows: int) -> None:
    """A file as a rep might get one: companies with mainland phones, cities and e-mails."""
    lines = ["公司,手机,城市,电子邮件"]
    lines += [
        f"测试贸易{i}有限公司,139{i:08d},上海,sales{i}@example{i % 97}.cn" for i in range(rows)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def left_alive_after_kill(
    argv: list[str], cwd: Path, find_helpers: Callable[[subprocess.Popen], set[int]]
) -> set[int]:
    """Start *argv*, wait for the helper processes *find_helpers* names, SIGKILL the parent (no shutdown of
    its own runs) and give the helpers 5 s to end: those still alive (cleaned up before returning)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    parent = subprocess.Popen(
        argv, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    helpers: set[int] = set()
    try:
        helpers = find_helpers(parent)
        assert helpers, "the helpers never started"
        parent.send_signal(signal.SIGKILL)
        parent.wait(10)
        wait_for(lambda: not alive(helpers), 5)
        return alive(helpers)
    finally:
        if parent.poll() is None:
            parent.kill()
        for pid in alive(helpers):
            os.kill(pid, signal.SIGKILL)


def children_once_started(count: int, seconds: float) -> Callable[[subprocess.Popen], set[int]]:
    """The parent's children once at least *count* are running (then a moment for the rest)."""

    def find(parent: subprocess.Popen) -> set[int]:
        wait_for(lambda: len(children_of(parent.pid)) >= count, seconds)
        time.sleep(0.3)
        return children_of(parent.pid)

    return find


def test_a_killed_import_leaves_no_worker_behind(tmp_path: Path) -> None:
    source = tmp_path / "leads.csv"
    big_csv(source, 60_000)
    argv = [
        sys.executable,
        "-m",
        "custui",
        "--db",
        str(tmp_path / "book.db"),
        "import",
        str(source),
    ]
    assert left_alive_after_kill(argv, tmp_path, children_once_started(1, 60)) == set()


def test_a_worker_whose_parent_is_gone_ends_by_itself(tmp_path: Path) -> None:
    """The pool's own workers, started by a plain script that is then killed."""
    script = tmp_path / "busy.py"
    script.write_text(
        "import time\n"
        "from custui.core import parallel\n"
        "def work(chunk):\n"
        "    if chunk[0] >= parallel.WARM_UP:  # the warm-up chunk runs here, at once\n"
        "        time.sleep(60)\n"
        "    return len(chunk)\n"
        "if __name__ == '__main__':\n"
        "    for _ in parallel.map_chunks(work, list(range(400)), size=10, workers=2):\n"
        "        pass\n",
        encoding="utf-8",
    )
    assert (
        left_alive_after_kill([sys.executable, str(script)], tmp_path, children_once_started(2, 30))
        == set()
    )


def test_a_process_apart_ends_with_its_parent(tmp_path: Path) -> None:
    """A process started apart (the app's duplicate scan) by a parent that is then killed: it ends too,
    with the pool of workers it started."""
    script = tmp_path / "apart.py"
    script.write_text(
        "import time\n"
        "from custui.core import parallel\n"
        "def work(chunk):\n"
        "    if chunk[0] >= parallel.WARM_UP:\n"
        "        time.sleep(60)\n"
        "    return len(chunk)\n"
        "def pool():\n"
        "    for _ in parallel.map_chunks(work, list(range(400)), size=10, workers=2):\n"
        "        pass\n"
        "if __name__ == '__main__':\n"
        "    parallel.start_apart(pool)\n"
        "    time.sleep(60)\n",
        encoding="utf-8",
    )

    def apart_and_its_workers(parent: subprocess.Popen) -> set[int]:
        apart = children_once_started(1, 30)(parent)
        wait_for(lambda: sum(len(children_of(pid)) for pid in apart) >= 2, 30)
        time.sleep(0.3)
        workers = {w for pid in apart for w in children_of(pid)}
        assert len(workers) >= 2, "the process apart started no pool"
        return apart | workers

    assert (
        left_alive_after_kill([sys.executable, str(script)], tmp_path, apart_and_its_workers)
        == set()
    )


def test_off_linux_a_thread_watches_the_parent(tmp_path: Path) -> None:
    """Where there is no PR_SET_PDEATHSIG, the worker's own thread sees its parent go and ends it."""
    script = tmp_path / "watched.py"
    script.write_text(
        "import os, sys, time\n"
        "from custui.core import parallel\n"
        "parallel.PARENT_WATCH_EVERY = 0.05\n"
        "child = os.fork()\n"
        "if child == 0:\n"
        "    sys.platform = 'darwin'  # take the watching path\n"
        "    parallel._die_with(os.getppid())\n"
        "    time.sleep(60)\n"
        "    os._exit(0)\n"
        "print(child, flush=True)\n"
        "time.sleep(60)\n",
        encoding="utf-8",
    )

    def the_child(parent: subprocess.Popen) -> set[int]:
        assert parent.stdout is not None
        child = {int(parent.stdout.readline())}
        time.sleep(0.3)
        assert alive(child) == child  # watching, not gone yet
        return child

    assert left_alive_after_kill([sys.executable, str(script)], tmp_path, the_child) == set()


def _holds(pid: int, secret: bytes) -> bool:
    """Does *pid*'s command line or environment (what other programs may read) hold *secret*?"""
    found = False
    for part in ("cmdline", "environ"):
        with contextlib.suppress(OSError):
            found = found or secret in Path(f"/proc/{pid}/{part}").read_bytes()
    return found


def test_a_killed_import_into_an_encrypted_book_leaves_no_worker_and_a_readable_book(
    tmp_path: Path,
) -> None:
    """The same kill, on an encrypted book: no helper left, none shows the passphrase, and the book
    opens with it afterwards, intact (the import wrote all of itself or nothing)."""
    from custui.store.db import Key, open_store

    book, source = tmp_path / "book.db", tmp_path / "leads.csv"
    passphrase = "kill-test 口令 passphrase"
    # a new, empty book made encrypted (as the plain test's is new): an import into a book with
    # customers first matches the 60,000 rows against them, which takes ~45 s before any worker
    store = open_store(book, key=Key(passphrase))
    before = store.query("SELECT count(*) FROM customers")[0][0]
    store.close()
    big_csv(source, 60_000)
    argv = [sys.executable, "-m", "custui", "--db", str(book), "import", str(source)]
    shown: list[int] = []

    def helpers_showing_nothing(parent: subprocess.Popen) -> set[int]:
        helpers = children_once_started(1, 60)(parent)
        shown.extend(pid for pid in (parent.pid, *helpers) if _holds(pid, passphrase.encode()))
        return helpers

    os.environ["CUSTUI_PASSPHRASE"] = passphrase  # for the child only: popped below
    try:
        assert left_alive_after_kill(argv, tmp_path, helpers_showing_nothing) == set()
    finally:
        os.environ.pop("CUSTUI_PASSPHRASE", None)
    assert shown == []
    store = open_store(book, key=Key(passphrase))
    try:
        assert store.query("PRAGMA integrity_check")[0][0] == "ok"
        count = store.query("SELECT count(*) FROM customers")[0][0]
        assert count in (before, before + 60_000)  # all of the import or none of it
    finally:
        store.close()
    assert book.read_bytes()[:16] != b"SQLite format 3\x00"
