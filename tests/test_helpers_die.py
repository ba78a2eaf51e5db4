"""Worker processes die with the process that started them, even when it is killed outright.

A `custui import` of a large file checks its rows in worker processes.  Killed with SIGKILL, the import
runs no shutdown of its own; the workers must still end within a few seconds, not live on (~130 MB
each).  Linux only: the test reads /proc.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc (Linux)")

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
    lines += [f"测试贸易{i}有限公司,139{i:08d},上海,sales{i}@example{i % 97}.cn" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_a_killed_import_leaves_no_worker_behind(tmp_path: Path) -> None:
    source = tmp_path / "leads.csv"
    big_csv(source, 60_000)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    importer = subprocess.Popen([sys.executable, "-m", "custui", "--db", str(tmp_path / "book.db"), "import", str(source)],
                                cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    workers: set[int] = set()
    try:
        workers = wait_for(lambda: children_of(importer.pid), 60)
        assert workers, "the import never started its workers"
        time.sleep(0.3)  # let them all start
        workers = children_of(importer.pid)
        importer.send_signal(signal.SIGKILL)
        importer.wait(10)
        wait_for(lambda: not alive(workers), 5)
        assert alive(workers) == set(), f"workers still running after their parent was killed: {alive(workers)}"
    finally:
        if importer.poll() is None:
            importer.kill()
        for pid in alive(workers):
            os.kill(pid, signal.SIGKILL)


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
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    parent = subprocess.Popen([sys.executable, str(script)], cwd=tmp_path, env=env)
    workers: set[int] = set()
    try:
        workers = wait_for(lambda: children_of(parent.pid) if len(children_of(parent.pid)) >= 2 else set(), 30)
        assert len(workers) >= 2, children_of(parent.pid)
        parent.send_signal(signal.SIGKILL)
        parent.wait(10)
        wait_for(lambda: not alive(workers), 5)
        assert alive(workers) == set()
    finally:
        if parent.poll() is None:
            parent.kill()
        for pid in alive(workers):
            os.kill(pid, signal.SIGKILL)


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
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    parent = subprocess.Popen([sys.executable, str(script)], cwd=tmp_path, env=env, stdout=subprocess.PIPE, text=True)
    child: set[int] = set()
    try:
        assert parent.stdout is not None
        child = {int(parent.stdout.readline())}
        time.sleep(0.3)
        assert alive(child) == child  # watching, not gone yet
        parent.send_signal(signal.SIGKILL)
        parent.wait(10)
        wait_for(lambda: not alive(child), 5)
        assert alive(child) == set()
    finally:
        if parent.poll() is None:
            parent.kill()
        for pid in alive(child):
            os.kill(pid, signal.SIGKILL)
