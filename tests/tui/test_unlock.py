"""The unlock screen and the auto-lock of an encrypted book (issue 21), driven with real keys.

The books are the sample book encrypted as `custui encrypt` does (tests/tui/conftest.py).
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from textual.widgets import Input, Static
from textual.worker import WorkerFailed

from custui import cli, cli_crypt
from custui.store import cipher
from custui.store.config import AUTO_LOCK_DEFAULT, auto_lock_minutes, change
from custui.store.db import Key, Store, StoreError, open_store
from custui.tui.app import LOCKED_NOW, BookOpener, CustuiApp
from custui.tui.screens.customer_detail import CustomerDetailScreen
from custui.tui.screens.customer_list import CustomerListScreen
from custui.tui.screens.unlock import UnlockScreen
from tests.tui.conftest import AS_OF, PASSPHRASE, settle

KEY = Key(PASSPHRASE)


def _files(path: Path) -> dict[str, bytes]:
    """Every file beside the book, with its bytes (a -wal or -shm appearing is a write too)."""
    return {p.name: p.read_bytes() for p in sorted(path.parent.rglob("*")) if p.is_file()}


def _status(app: CustuiApp) -> str:
    return str(app.screen.query_one("#unlock-status", Static).render())


async def _type(pilot, text: str) -> None:
    await pilot.press(*text, "enter")
    await settle(pilot)


def locked_app(path: Path, **options: object) -> CustuiApp:
    return CustuiApp(BookOpener.of(path), warm_up=False, as_of=AS_OF, **options)  # type: ignore[arg-type]


async def test_a_wrong_passphrase_is_refused_and_writes_nothing_then_the_right_one_opens(
    encrypted_book: Path,
) -> None:
    before = _files(encrypted_book)
    app = locked_app(encrypted_book)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, UnlockScreen) and app.is_locked
        assert "sample.db is encrypted" in str(
            app.screen.query_one("#unlock-what", Static).render()
        )
        box = app.screen.query_one("#unlock-input", Input)
        assert box.password and app.focused is box

        await _type(pilot, "not the passphrase")
        assert _status(app) == "Wrong passphrase (try 2 of 3)"
        assert box.value == "" and not box.disabled  # emptied after each try
        assert isinstance(app.screen, UnlockScreen) and app.is_locked
        assert _files(encrypted_book) == before  # nothing written, not even a -wal
        with pytest.raises(StoreError):
            app.store  # noqa: B018 - no store while locked

        await _type(pilot, PASSPHRASE)
        assert isinstance(app.screen, CustomerListScreen)
        assert len(app.screen_stack) == 2  # the list is the base again, as on a plain book
        assert app.store.encrypted and not app.is_locked and not app.locked.is_set()
        assert app.screen.table.row_count == 336
        store = app.store
    with pytest.raises(cipher.Error):  # the store the app opened, it closed
        store.conn.execute("SELECT 1")


async def test_three_wrong_passphrases_quit_with_a_message(encrypted_book: Path) -> None:
    before = _files(encrypted_book)
    app = locked_app(encrypted_book)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await _type(pilot, "one")
        await _type(pilot, "two")
        assert _status(app) == "Wrong passphrase (try 3 of 3)"
        await pilot.press(*"three", "enter")
        while not app._exit:  # the key is tried in a thread
            await pilot.pause(0.02)
        assert [str(r) for r in app._exit_renderables] == [
            "custui: 3 wrong passphrases for sample.db; it stays locked."
        ]
    assert app.return_code == 1
    assert _files(encrypted_book) == before


async def test_an_empty_try_is_not_counted(encrypted_book: Path) -> None:
    app = locked_app(encrypted_book)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await _type(pilot, "")
        assert _status(app) == "Type the passphrase, then enter."
        assert app.screen.wrong == 0


async def test_nothing_of_the_app_runs_while_locked(encrypted_book: Path) -> None:
    """The palette (which finds customers), the screens 1-5, help and import all need the book."""
    app = locked_app(encrypted_book)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.screen.set_focus(None)  # not typing into the box: the app's keys would be next
        for key in ("ctrl+p", "2", "5", "question_mark", "I", "ctrl+l", "q"):
            await pilot.press(key)
            await settle(pilot)
            assert isinstance(app.screen, UnlockScreen), key
        assert app.is_running
        await pilot.press("escape")  # esc quits
        await settle(pilot)
    assert app.return_code == 0


async def test_idle_time_locks_and_drops_what_the_app_held(encrypted_book: Path) -> None:
    store = open_store(encrypted_book, key=Key(PASSPHRASE))
    app = CustuiApp(store, warm_up=False, as_of=AS_OF, auto_lock_seconds=0)  # 0: never, to start
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        listed = app.screen
        assert isinstance(listed, CustomerListScreen) and listed.book is not None
        await pilot.press("enter")  # a customer open above the list
        await settle(pilot)
        detail = app.screen
        assert isinstance(detail, CustomerDetailScreen) and detail.book is not None

        app.set_auto_lock(0.5)
        await asyncio.wait_for(app.locked.wait(), timeout=30)
        await settle(pilot)
        assert isinstance(app.screen, UnlockScreen) and len(app.screen_stack) == 2
        assert not any(isinstance(s, CustomerListScreen | CustomerDetailScreen)
                       for s in app.screen_stack)  # fmt: skip
        assert _status(app) == "Locked after 0.5 seconds without a key or a click."
        assert app.is_locked and app._hint_index is None and app._duplicates is None
        with pytest.raises(cipher.Error):  # closed: its connection held the key
            store.conn.execute("SELECT 1")
        assert store.key is None
        # what the closed screens held about customers is dropped (Textual lets the screens go later)
        assert listed.book is None and listed._newest_book is None and not listed.is_attached
        assert detail.book is None

        app.set_auto_lock(0)  # not again while the list scores with no key pressed
        await _type(pilot, PASSPHRASE)
        assert isinstance(app.screen, CustomerListScreen) and app.screen.table.row_count == 336
        assert app.store is not store and app.store.encrypted


def _holding(names: set[str]) -> set[int]:
    """The ids of the objects in memory that hold customer data: a scored book, a frame, or a
    list, tuple, set or dict with a customer's name in it."""
    import gc

    import pandas as pd

    from custui.core.dedupe import Record
    from custui.core.scoring import ScoreResult
    from custui.store.book import Book

    gc.collect()
    found = set()
    for obj in gc.get_objects():
        if isinstance(obj, Book | ScoreResult | pd.DataFrame) or (
            isinstance(obj, Record) and obj.name in names  # a draft the form's hints compared
        ):
            found.add(id(obj))
        elif isinstance(obj, list | tuple | set | frozenset | dict):
            values = obj.values() if isinstance(obj, dict) else obj
            if any(isinstance(v, str) and v in names for v in values):
                found.add(id(obj))
    return found


def _open_app(path: Path, *, warm_up: bool) -> tuple[CustuiApp, set[str], set[int]]:
    """An app on the encrypted book, the customers' names, and what held them before the app."""
    store = open_store(path, key=Key(PASSPHRASE))
    names = {name for (name,) in store.tuples("SELECT name FROM customers")}
    before = _holding(names) | {id(names)}
    return CustuiApp(store, warm_up=warm_up, as_of=AS_OF, auto_lock_seconds=0), names, before


async def _lock_leaves_nothing(pilot, names: set[str], before: set[int]) -> None:
    await pilot.press("ctrl+l")
    await settle(pilot)
    assert isinstance(pilot.app.screen, UnlockScreen)
    assert _holding(names) - before == set()


async def test_a_lock_leaves_no_customer_in_memory(encrypted_book: Path) -> None:
    """After a lock nothing the app read about customers is left in memory: not on the screens it
    closed (Textual keeps some a while for their finished workers), nor in its warm-up's indexes."""
    app, names, before = _open_app(encrypted_book, warm_up=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for key in ("2", "escape", "4", "escape", "3", "escape", "enter", "escape"):
            await pilot.press(
                key
            )  # a customer, the dashboard, follow-ups, duplicates: opened, closed
            await settle(pilot)
        typed = sorted(names)[0]  # a customer's name typed in a new form: its hints look it up
        await pilot.press("n")
        await settle(pilot)
        await pilot.press(*typed)
        await settle(pilot)
        assert app.screen.hints  # the form did compare the draft
        await pilot.press("escape", "y")
        await settle(pilot)
        for key in ("5", "p"):  # locked with the dashboard's pivot open over it
            await pilot.press(key)
            await settle(pilot)
        assert type(app.screen).__name__ == "PivotScreen"
        await _lock_leaves_nothing(pilot, names, before)


#: Screens a lock can find open, and the keys from the list that open them.
OPEN_AT_LOCK = {
    "customer": ("enter",),
    "people": ("enter", "p"),
    "entry": ("enter", "enter"),
    "edit form": ("e",),
    "why this score": ("w",),
    "weights": ("W",),
    "follow-ups": ("2",),
    "duplicates": ("3",),
    "merge review": ("3", "enter"),
    "tags": ("4",),
    "pivot": ("5", "p"),
}


@pytest.mark.parametrize("screen", list(OPEN_AT_LOCK))
async def test_a_lock_from_any_screen_leaves_no_customer_in_memory(
    encrypted_book: Path, screen: str
) -> None:
    """Whatever screen is open when the book locks, nothing it read about customers stays."""
    app, names, before = _open_app(encrypted_book, warm_up=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        base = app.screen
        for key in OPEN_AT_LOCK[screen]:
            await pilot.press(key)
            await settle(pilot)
        assert app.screen is not base  # the screen did open
        await _lock_leaves_nothing(pilot, names, before)


async def test_ctrl_l_locks_at_once_and_the_list_opens_fresh(encrypted_book: Path) -> None:
    store = open_store(encrypted_book, key=Key(PASSPHRASE))
    app = CustuiApp(store, warm_up=False, as_of=AS_OF, auto_lock_seconds=0)  # 0: never by itself
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            first = app.screen
            await pilot.press("2")  # the follow-ups, above the list
            await settle(pilot)
            await pilot.press("ctrl+l")
            await settle(pilot)
            assert isinstance(app.screen, UnlockScreen) and app.locked.is_set()
            assert _status(app) == LOCKED_NOW and len(app.screen_stack) == 2
            await _type(pilot, PASSPHRASE)
            assert isinstance(app.screen, CustomerListScreen) and app.screen is not first
    finally:
        store.close()


async def test_lock_now_is_a_palette_command(encrypted_book: Path) -> None:
    store = open_store(encrypted_book, key=Key(PASSPHRASE))
    app = CustuiApp(store, warm_up=False, as_of=AS_OF)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await pilot.press("ctrl+p", *"Lock now 锁定")
            await settle(pilot)
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, UnlockScreen)
    finally:
        store.close()


async def test_a_plain_book_never_locks(book_store: Store) -> None:
    app = CustuiApp(book_store, warm_up=False, as_of=AS_OF, auto_lock_seconds=0.05)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+l")
        await asyncio.sleep(0.2)  # four times the idle time: had it armed, it would have locked
        await settle(pilot)
        assert isinstance(app.screen, CustomerListScreen) and not app.is_locked
        assert any("is not encrypted" in n.message for n in app._notifications)
        assert app._auto_lock_timer is None


def test_the_auto_lock_setting(encrypted_book: Path) -> None:
    store = open_store(encrypted_book, key=KEY)
    try:
        assert auto_lock_minutes(store) == AUTO_LOCK_DEFAULT == 15
        assert change(store, "auto-lock", "5") == "5 minutes"
        assert change(store, "auto-lock", "1 minute") == "1 minute"
        assert change(store, "auto-lock", "0") == "0 (never)" and auto_lock_minutes(store) == 0
        with pytest.raises(StoreError, match="from 0 to 1440"):
            change(store, "auto-lock", "-3")
    finally:
        store.close()


def test_the_app_reads_the_auto_lock_setting(encrypted_book: Path) -> None:
    store = open_store(encrypted_book, key=KEY)
    try:
        change(store, "auto-lock", "2")
        assert CustuiApp(store)._auto_lock_limit() == 120.0
        change(store, "auto-lock", "0")
        assert CustuiApp(store)._auto_lock_limit() is None
    finally:
        store.close()


def test_the_command_line_starts_an_encrypted_book_on_the_unlock_screen(
    encrypted_book: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[bool, Path]] = []

    def run(self: CustuiApp) -> None:
        seen.append((self.is_locked, self.opener.path))

    monkeypatch.setattr(CustuiApp, "run", run)
    monkeypatch.delenv("CUSTUI_PASSPHRASE", raising=False)
    monkeypatch.setattr(cli_crypt, "on_terminal", lambda: True)
    assert cli.main([str(encrypted_book)]) == 0
    assert seen == [(True, encrypted_book)]  # no prompt on the terminal: the app asks

    monkeypatch.setenv("CUSTUI_PASSPHRASE", PASSPHRASE)  # a script's passphrase opens it at once
    assert cli.main([str(encrypted_book)]) == 0
    assert seen[-1] == (False, encrypted_book)
    assert cipher.is_encrypted(encrypted_book)


async def test_a_debug_traceback_hides_the_passphrase(encrypted_book: Path) -> None:
    """--debug shows Textual's traceback with local variables; whatever holds the passphrase (the
    SQL literal below, as `PRAGMA key` takes it) is hidden there, the rest is shown."""
    from rich.console import Console

    from custui.crash import HIDDEN

    def crashing_open(key: Key) -> Store:
        literal, customer = key.literal(), "深圳华强电子"
        raise RuntimeError(f"cannot open {customer} with {literal}")

    app = locked_app(encrypted_book, debug=True)
    app.opener = BookOpener(encrypted_book, crashing_open)
    shown: list[object] = []
    app._print_error_renderables = lambda: shown.extend(app._exit_renderables)  # type: ignore[method-assign]
    assert app.devtools is None  # Textual's console logs every event: never an encrypted book's
    with pytest.raises(WorkerFailed):  # the unlock's thread: the app stops on it
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await _type(pilot, PASSPHRASE)
    console = Console(record=True, width=200)
    for renderable in shown:
        console.print(renderable)
    text = console.export_text()
    assert "crashing_open" in text and "深圳华强电子" in text  # the traceback and its locals
    assert HIDDEN in text
    assert PASSPHRASE not in text and PASSPHRASE[:6] not in text
