"""Nothing leaves the machine: every command and the app run with the network cut off; files are private."""

from __future__ import annotations

import shutil
import socket
import stat
from pathlib import Path

import pytest

from custui import cli
from tests.conftest import add_customer

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Any attempt to open a network connection (or resolve a name) is recorded and fails."""
    attempts: list[str] = []

    def refuse(*args, **kwargs):
        attempts.append(repr(args[:2]))
        raise OSError("network use in a test of an offline tool")

    for name in ("create_connection", "getaddrinfo", "gethostbyname"):
        monkeypatch.setattr(socket, name, refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket.socket, "sendto", refuse)
    return attempts


def test_every_command_works_offline(
    no_network: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "book.db"
    shutil.copy(ROOT / "sample.db", db)
    source = tmp_path / "calls.csv"
    source.write_text("code,date,channel,summary\nC00001,2026-11-01,call,x\n", encoding="utf-8")
    commands = [
        ["sample", "--out", str(tmp_path / "s.db"), "--customers", "30"],
        ["--db", str(db), "score", "--top", "3"],
        ["--db", str(db), "export", str(tmp_path / "out.xlsx")],
        ["--db", str(db), "dupes"],
        ["--db", str(db), "import", str(source), "--kind", "interactions"],
        ["--db", str(db), "backups"],
    ]
    for argv in commands:
        assert cli.main(argv) == 0, (argv, capsys.readouterr())
    assert no_network == []


async def test_the_app_works_offline(no_network: list[str], tmp_path: Path) -> None:
    """The app with its warm-up and daily backup, through four screens and a search: no connection."""
    from custui.store.backup import list_backups
    from custui.store.db import open_store
    from custui.tui.app import CustuiApp
    from custui.tui.screens.customer_list import CustomerListScreen
    from tests.tui.conftest import settle

    db = tmp_path / "book.db"
    shutil.copy(ROOT / "sample.db", db)
    store = open_store(db)
    app = CustuiApp(store)
    async with app.run_test(size=(120, 30)) as pilot:
        for _ in range(500):  # the warm-up starts once the first rows are drawn
            if not app._warm_up:
                break
            await pilot.pause(0.01)
        await app.workers.wait_for_complete()
        assert not app._warm_up and list_backups(db), "the warm-up and the daily backup ran"
        for keys in (("enter",), ("escape", "2"), ("1", "4"), ("1", "slash", *"keji")):
            await pilot.press(*keys)
            await settle(pilot)
        assert isinstance(app.screen, CustomerListScreen) and app.screen.table.row_count > 0
    store.close()
    assert no_network == []


def test_files_holding_customer_data_are_private(tmp_path: Path) -> None:
    from custui.store import backup
    from custui.store.db import open_store

    store = open_store(tmp_path / "new.db")
    add_customer(store, {"name": "华创"})
    taken = backup.take_backup(store.conn, store.path, "test")
    store.close()
    export = tmp_path / "list.csv"
    assert cli.main(["--db", str(tmp_path / "new.db"), "export", str(export)]) == 0
    for path, wanted in [
        (tmp_path / "new.db", 0o600),
        (taken, 0o600),
        (taken.parent, 0o700),
        (export, 0o600),
    ]:
        assert stat.S_IMODE(path.stat().st_mode) == wanted, path
