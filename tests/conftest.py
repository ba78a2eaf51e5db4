"""Shared fixtures: a fresh store on a real temp file for every test that asks."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
import textual._wait

from custui.store.db import (
    Store,
    create_private_file,
    migrate,
    open_store,
    register_functions,
)

# Pilot waits for the app to go idle after every key by sleeping 20 ms at a time and watching the
# process's CPU clock.  5 ms steps tell "idle" just as well on this machine and make the app tests 40 %
# faster (tests/tui: 160 s -> 96 s for two files); the waits on workers and events are unchanged.
textual._wait.SLEEP_GRANULARITY = 0.005


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "customers.db"


def old_file(path: Path, version: int) -> sqlite3.Connection:
    """A file at schema *version*, as an older custui left it (a plain connection: fill it, close it)."""
    create_private_file(path)
    conn = sqlite3.connect(path, isolation_level=None)
    register_functions(conn)
    migrate(conn, 0, version)
    return conn


def add_customer(store: Store, raw: Mapping[str, Any], *, region: str | None = None) -> int:
    """A customer entered as the form and the import enter one: validated (phones read for its own
    country, else *region*, else the book's home region), then saved.  Fixtures go through the product."""
    from custui.core.validate import validate_customer
    from custui.store import repo
    from custui.store.settings import home_region

    clean, errors = validate_customer(dict(raw), default_region=region or home_region(store))
    assert not errors, errors
    return repo.insert_customer(store, clean)


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    store = open_store(db_path)
    yield store
    store.close()


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real user data folder from a test."""
    monkeypatch.setenv("CUSTUI_DB", str(tmp_path / "default.db"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))


@pytest.fixture
def no_process(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """No process can start (a limit on processes reached: EAGAIN, as fork and spawn raise it); the
    names of the processes refused."""
    import errno
    from multiprocessing.process import BaseProcess

    refused: list[str] = []

    def start(process: BaseProcess) -> None:
        refused.append(process.name)
        raise OSError(errno.EAGAIN, "Resource temporarily unavailable")

    monkeypatch.setattr(BaseProcess, "start", start)
    return refused
