"""The custui Textual application: screens, global keys, and the open store.

An encrypted book (issue 21) may start locked: the app is given a :class:`BookOpener` instead of a
store, shows the unlock screen, and starts its session (the list, the warm-up, the daily backup, the
poll for outside changes) once the store is open.  It locks again after the ``auto-lock`` minutes
without a key or a click, or at ``ctrl+l``: every screen closes, the store closes, and what the app
held about customers is dropped.  Screens never see a missing store: none is shown while locked.
"""

from __future__ import annotations

import asyncio
import os
import threading
import time
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import events, on
from textual.app import App, SystemCommand
from textual.screen import ModalScreen, Screen
from textual.timer import Timer

from custui.core.memory import resume_collection
from custui.store.db import Key, Store, StoreError
from custui.tui.actions import BY_ID, bindings, keys_of
from custui.tui.keymap import Keymap, read_keymap
from custui.tui.sections import BY_ID as SECTIONS_BY_ID

if TYPE_CHECKING:
    from custui.core.dedupe import Index
    from custui.store.book import Book
    from custui.store.dupes import DuplicateGroup
from custui.tui.palette import CustomerCommands
from custui.tui.screens.base import AppScreen
from custui.tui.screens.customer_list import CustomerListScreen
from custui.tui.screens.unlock import TRIES, UnlockScreen
from custui.tui.widgets.lazy_table import LazyTable

#: Benchmark hook: when set to a file path, the app writes ``time.time()`` there
#: once the customer list has drawn its first page of rows, then exits.
EXIT_AFTER_FIRST_PAINT = "CUSTUI_EXIT_AFTER_FIRST_PAINT"


#: How often the app looks for changes another window made to the file (PRAGMA data_version).
OUTSIDE_POLL_SECONDS = 2.0
#: The auto-lock looks at the idle time at least this often (a changed setting applies within it).
AUTO_LOCK_RECHECK_SECONDS = 30.0
#: What the unlock screen says after "Lock now".
LOCKED_NOW = "Locked: the book is closed until its passphrase opens it again."
#: Worker groups that write or run long: a lock waits until they end (an import is never cut).
LOCK_WAITS_FOR = frozenset({"import-run", "export", "backup", "history"})


class BookLocked(StoreError):
    """The app's book is locked: there is no store (a screen never asks while it is)."""


@dataclass(frozen=True)
class BookOpener:
    """How the app opens an encrypted book itself, behind its unlock screen: the book's *path*, and
    *open*, which opens it with a key (:class:`~custui.store.db.WrongPassphrase` when it does not).
    It never holds the key."""

    path: Path
    open: Callable[[Key], Store]

    @classmethod
    def of(cls, path: Path, *, read_only: bool = False) -> BookOpener:
        from custui.store.db import open_store

        def opened(key: Key) -> Store:
            return open_store(path, read_only=read_only, key=key)

        return cls(path, opened)


class CustuiApp(App[None]):
    """A keyboard-driven CRM over one open :class:`Store` (or a locked book's :class:`BookOpener`)."""

    TITLE = "custui"
    CSS_PATH = "custui.tcss"
    COMMANDS = App.COMMANDS | {CustomerCommands}  # ctrl+p finds customers as well as commands
    BINDINGS = bindings("app")

    def __init__(
        self,
        store: Store | BookOpener,
        *,
        warm_up: bool = True,
        as_of: date | None = None,
        debug: bool = False,
        keymap: Path | None = None,
        auto_lock_seconds: float | None = None,
    ) -> None:
        super().__init__()
        if isinstance(store, BookOpener):
            self._store: Store | None = None
            self.opener = store
        else:
            self._store = store
            self.opener = BookOpener.of(store.path, read_only=store.read_only)
        if self._store is None or self._store.encrypted:
            # Textual's devtools console logs every event, a typed passphrase's included: an
            # encrypted book is never shown to it
            self.devtools = None
            self._devtools_redirector = None
        #: the store this app opened itself (after an unlock): closed when the app ends
        self._own_store: Store | None = None
        #: idle seconds before an encrypted book locks (None: the book's auto-lock setting; 0: never)
        self._auto_lock_seconds = auto_lock_seconds
        #: "Lock now" while an import or export runs: the reason to lock with once it ends
        self._lock_pending: str | None = None
        self._auto_lock_minutes = 0
        self._auto_lock_timer: Timer | None = None
        self._poll_timer: Timer | None = None
        self._last_input = time.monotonic()
        #: set while the book is locked (the unlock screen shows): what a test waits on
        self.locked = asyncio.Event()
        #: counts the unlocked sessions: a thread that started in an earlier one keeps nothing
        self._session = 0
        #: the rep's own keys (keymap.toml; *keymap* None: every key as shipped), applied on mount
        self.keymap = read_keymap(keymap) if keymap is not None else Keymap()
        #: --debug: an unexpected error prints Textual's full traceback (locals: customer data) instead of a report
        self.full_tracebacks = debug
        #: the date scores are computed for (None: today, read when scoring runs)
        self.as_of = as_of
        self._warm_up = warm_up
        self._first_paint_file = os.environ.get(EXIT_AFTER_FIRST_PAINT) or None
        self._duplicates: tuple[object, list[DuplicateGroup], dict[int, str]] | None = None
        self._hint_index: tuple[object, Index] | None = None
        self._hint_index_lock = threading.Lock()
        self._hint_index_rebuilding = False

    def _fatal_error(self) -> None:
        """An unexpected error: a short message and a crash report without customer data (custui.crash);
        with --debug, Textual's own traceback with its local variables."""
        from custui.crash import current_error, short_message, write_report

        error = self._exception or current_error()
        if error is None:
            super()._fatal_error()
            return
        if self.full_tracebacks:
            self._debug_traceback(error)
            return
        self.bell()
        try:
            report: Path | None = write_report(error)
        except OSError:
            report = None
        self._exit_renderables.append(
            Text(short_message(error, report))
        )  # the report's path on a line of its own
        self._close_messages_no_wait()

    def _debug_traceback(self, error: BaseException) -> None:
        """--debug: Textual's traceback with local variables, those that hold a passphrase hidden."""
        from rich.segment import Segments

        from custui.crash import debug_traceback
        from custui.store.cipher import secrets_in_memory

        secrets = secrets_in_memory()
        if self.screen_stack and isinstance(self.screen, UnlockScreen):
            secrets.append(self.screen.box.value)  # typed, not yet a key
        traceback = debug_traceback(error, [s for s in secrets if s])
        self.bell()
        self._exit_renderables.append(
            Segments(self.console.render(traceback, self.console.options))
        )
        self._close_messages_no_wait()

    @property
    def store(self) -> Store:
        """The open book (:class:`BookLocked` while it is locked: no screen that shows asks then)."""
        if self._store is None:
            raise BookLocked(f"{self.opener.path.name} is locked.")
        return self._store

    @property
    def is_locked(self) -> bool:
        return self._store is None

    @property
    def today(self) -> date:
        """The day entries default to and follow-ups count from: *as_of* when set."""
        return self.as_of or date.today()

    def on_mount(self) -> None:
        self._apply_keymap()
        if self._store is None:
            self.locked.set()
            self.push_screen(UnlockScreen(self.opener))
            self.call_after_refresh(resume_collection)
        else:
            # after the app's start-up batch, in which Textual drops every frame: the list's first
            # frame (its rows included) is then written as it is drawn, not ~45 ms later
            self.call_later(self._start_session)

    def on_unmount(self) -> None:
        self.close_book()

    def _start_session(self) -> None:
        """The book is open: the customer list, the poll for outside changes, the warm-up and the
        daily backup, and the auto-lock's clock."""
        self._session += 1
        if isinstance(self.screen, UnlockScreen):
            self.switch_screen(CustomerListScreen())
        else:
            self.push_screen(CustomerListScreen())
        self._outside_version = self._data_version()
        self._poll_timer = self.set_interval(OUTSIDE_POLL_SECONDS, self._check_outside_changes)
        # warm up once the first rows are drawn (or after a moment on an empty file):
        # a thread importing modules competes for the GIL with the first paint
        self.set_timer(1.0, self._start_warm_up)
        self._last_input = time.monotonic()
        self._arm_auto_lock(0.0)

    # -- locking (issue 21) ------------------------------------------------------------

    def unlocked(self, store: Store) -> None:
        """The unlock screen opened the book: its session starts (the customer list, fresh)."""
        if self._store is not None or not self.is_running or self._exit:
            store.close()  # quitting, or opened twice: this one is not needed
            return
        self._store = self._own_store = store
        self.locked.clear()
        self._start_session()

    def give_up_unlocking(self, path: Path) -> None:
        """The third wrong passphrase: quit, with a line on the terminal."""
        self.exit(
            return_code=1,
            message=Text(f"custui: {TRIES} wrong passphrases for {path.name}; it stays locked."),
        )

    async def on_event(self, event: events.Event) -> None:
        """Every key, click and mouse move restarts the auto-lock's idle time."""
        if isinstance(event, events.Key | events.MouseEvent | events.Paste):
            self._last_input = time.monotonic()
        await super().on_event(event)

    def _auto_lock_limit(self) -> float | None:
        """Idle seconds before the book locks; None: never (a plain book, or the setting is 0)."""
        store = self._store
        if store is None or not store.encrypted:
            return None
        if self._auto_lock_seconds is not None:
            return self._auto_lock_seconds or None
        if store.lock.acquire(blocking=False):  # a worker writing: the last value read stands
            try:
                from custui.store.config import auto_lock_minutes

                self._auto_lock_minutes = auto_lock_minutes(store)
            finally:
                store.lock.release()
        return self._auto_lock_minutes * 60.0 or None

    def set_auto_lock(self, seconds: float | None) -> None:
        """Lock after *seconds* without a key or a click, from now on (None: the book's ``auto-lock``
        setting; 0: never)."""
        self._auto_lock_seconds = seconds
        if self._store is not None:
            self._arm_auto_lock(0.0)

    def _arm_auto_lock(self, delay: float) -> None:
        if self._auto_lock_timer is not None:
            self._auto_lock_timer.stop()
        # never 0: Textual's timer divides by it
        self._auto_lock_timer = self.set_timer(max(delay, 0.05), self._check_idle, name="auto-lock")

    def _check_idle(self) -> None:
        """Lock when idle long enough; else look again when it will be (or within a while)."""
        self._auto_lock_timer = None
        if self._store is None or not self._store.encrypted:
            return
        if self._lock_pending is not None:
            if not self.lock(self._lock_pending):
                self._arm_auto_lock(1.0)
            return
        limit = self._auto_lock_limit()
        delay = AUTO_LOCK_RECHECK_SECONDS
        if limit is not None:
            idle = time.monotonic() - self._last_input
            if idle < limit:
                delay = min(delay, limit - idle)
            elif self.lock(f"Locked after {_duration(limit)} without a key or a click."):
                return
            else:
                delay = 1.0  # an import, export or backup is running: lock once it ends
        self._arm_auto_lock(delay)

    def action_lock_now(self) -> None:
        """`ctrl+l` / palette "Lock now": lock an encrypted book at once."""
        store = self._store
        if store is None:
            return
        if not store.encrypted:
            self.notify(
                f"{store.path.name} is not encrypted: there is no passphrase to lock it with "
                "(custui encrypt encrypts it).",
                severity="warning",
                markup=False,
            )
        elif not self.lock(LOCKED_NOW):
            self.notify("Locking as soon as the import, export or backup in progress ends.")
            self._lock_pending = LOCKED_NOW
            self._arm_auto_lock(1.0)

    def _lock_must_wait(self) -> bool:
        return any(w.group in LOCK_WAITS_FOR and not w.is_finished for w in self.workers)

    def lock(self, reason: str = "") -> bool:
        """Lock the book: close every screen above the base, close the store (its connections hold
        the key), drop the key and what the app holds about customers, and show the unlock screen.
        False (nothing done) while an import or export runs, or a worker holds the store."""
        store = self._store
        if store is None:
            return True
        if self._lock_must_wait() or not store.lock.acquire(blocking=False):
            return False
        try:
            self._session += 1  # a thread still running keeps nothing it makes from now on
            for timer in (self._poll_timer, self._auto_lock_timer):
                if timer is not None:
                    timer.stop()
            self._poll_timer = self._auto_lock_timer = None
            self._store = self._own_store = None
            self._duplicates = None
            self._hint_index = None
            self._lock_pending = None
            store.close()
            store.key = None
            store._db = None
        finally:
            store.lock.release()
        AppScreen.forget_all()
        while len(self.screen_stack) > 2:
            self.pop_screen()
        self.switch_screen(UnlockScreen(self.opener, reason=reason))
        _forget_drawn_text()
        self.locked.set()
        return True

    def close_book(self) -> None:
        """Close the store this app opened itself (a store it was given is its caller's to close)."""
        store, self._own_store = self._own_store, None
        if store is not None:
            store.close()

    def _start_warm_up(self) -> None:
        """The first rows are drawn, or a second has passed: the garbage collector held while the app
        started collects again (custui.core.memory), and the warm-up and the daily backup start."""
        resume_collection()
        if self._warm_up:
            self._warm_up = False
            self.run_worker(
                self._import_heavy_modules, thread=True, group="warm-up", exit_on_error=False
            )
            self.run_worker(self._daily_backup, thread=True, group="backup", exit_on_error=False)

    def _daily_backup(self) -> None:
        from custui.store.backup import daily_backup
        from custui.store.db import StoreError

        try:
            daily_backup(self.store)
        except StoreError as exc:
            self.call_from_thread(self.notify, str(exc), severity="warning", markup=False)

    def _import_heavy_modules(self) -> None:
        """Load what the first save needs (pinyin for the search index, validators)."""
        from custui.core import (
            text,
            validate,  # noqa: F401
        )

        text.pinyin_document("预热")
        text.fold("預熱")

    # -- first rows drawn: warm up; benchmark hook (python -m tests.bench) ---------

    @on(LazyTable.PageLoaded)
    def _first_rows_loaded(self, event: LazyTable.PageLoaded) -> None:
        """Start the warm-up; with CUSTUI_EXIT_AFTER_FIRST_PAINT set, stamp the time and exit.

        Never fires on an empty list (no page is ever loaded).
        """
        self.call_after_refresh(self._start_warm_up)
        if self._first_paint_file is None or not isinstance(self.screen, CustomerListScreen):
            return
        path, self._first_paint_file = self._first_paint_file, None
        self.call_after_refresh(self._exit_after_first_paint, path)

    def _exit_after_first_paint(self, path: str) -> None:
        Path(path).write_text(repr(time.time()), encoding="utf-8")
        self.exit()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Screen switches (1-5) wait while a dialog is open: its keys (colour 1…8) are its own.  While
        the book is locked, none of the app's own commands runs (they all need the book)."""
        if self._store is None and action in _NEEDS_THE_BOOK:
            return False
        return not (action == "section_show" and isinstance(self.screen, ModalScreen))

    # -- keys: the registry (custui.tui.actions) and the rep's keymap.toml --------------------

    def _apply_keymap(self) -> None:
        """The keymap's usable lines rebind their actions; each problem is named in a message."""
        if self.keymap.keys:
            self.set_keymap(self.keymap.keys)
            if "app.palette" in self.keymap.keys:  # the footer shows the palette's key by this name
                self.COMMAND_PALETTE_BINDING = self._keymap["app.palette"].split(",")[0]  # type: ignore[misc]
        if self.keymap.problems:
            self.notify(
                "\n".join(self.keymap.problems),
                title="Your keymap",
                severity="warning",
                timeout=15,
                markup=False,
            )

    def keys_of(self, action_id: str) -> str:
        """The keys an action has in this app (the rep's keymap, else the default)."""
        return keys_of(BY_ID[action_id], self.keymap.keys)

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Every command of the registry active on the screen is also a palette command: "English 中文",
        its keys, its id (what keymap.toml rebinds) and its help."""
        from custui.tui.keys_doc import keys_plain, plain

        seen: set[str] = set()
        for active in screen.active_bindings.values():
            action = BY_ID.get(active.binding.id or "")
            if action is None or not action.palette or not active.enabled or action.id in seen:
                continue
            seen.add(action.id)
            yield SystemCommand(
                action.words,
                f"{keys_plain(self.keys_of(action.id))} · {action.id} · {plain(action.help)}",
                lambda node=active.node, action=action.action: self.call_later(
                    node.run_action, action
                ),
            )
        if isinstance(screen, CustomerListScreen):
            from custui.store.settings import saved_views

            for view in saved_views(self.store):
                yield SystemCommand(
                    f"View: {view.name}",
                    f"filter {view.filter or '—'} · search {view.search or '—'} · sort {view.sort}",
                    lambda view=view: screen.apply_view(view),
                )
        yield SystemCommand("Settings… 设置", "Every setting with its meaning: home region, base currency and rates, "
                            "follow-up delays, scoring, backups", self.action_settings_show)  # fmt: skip
        yield SystemCommand("Industry names… 行业名称", "Your own words for industries, read as the standard names on import",
                            self.action_industry_names_show)  # fmt: skip
        yield SystemCommand("Imports… 导入记录", "Past imports with their row counts: revert one as a whole, or undo that",
                            self.action_imports_show)  # fmt: skip
        yield SystemCommand("Money owed… 应收款", "Customers with unpaid orders, most overdue first, and the aging "
                            "buckets (0–30, 31–60, 61–90, 90+ days); mark an order paid", self.action_owed_show)  # fmt: skip
        yield from super().get_system_commands(screen)

    # -- navigation -------------------------------------------------------------

    def open_customer(
        self, customer_id: int | None, *, on_saved: Callable[[int | None], None]
    ) -> None:
        """Open the customer form (a new customer when *customer_id* is None)."""
        if customer_id is None and not self.check_writable():
            return
        from custui.tui.screens.customer_form import CustomerFormScreen

        self.push_screen(CustomerFormScreen(self.store, customer_id), on_saved)

    def show_customer(self, customer_id: int) -> None:
        """The customer screen, over the list (the palette's "Open C00277 …")."""
        self.action_customers_show()
        if isinstance(self.screen, CustomerListScreen):
            self.screen.open_customer(customer_id)

    def show_briefing(self, customer_id: int, book: Book | None) -> None:
        """`b`: the one-screen brief before a visit (score and why from *book* when scored)."""
        from custui.store.briefing import brief
        from custui.store.repo import NotFound
        from custui.tui.screens.briefing import BriefingScreen

        try:
            facts = brief(self.store, customer_id, self.today)
        except NotFound as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        explanation = (
            book.explain(customer_id)
            if book is not None and customer_id in book.frame.index
            else None
        )
        self.push_screen(BriefingScreen(facts, explanation))

    def check_writable(self) -> bool:
        if self.store.read_only:
            self.notify("This file is open read-only: nothing can be saved.", severity="warning")
            return False
        return True

    def action_customers_show(self) -> None:
        while len(self.screen_stack) > 2:
            self.pop_screen()

    def show_customers(
        self, name: str, filter_expr: str, *, back: Callable[[], None] | None = None
    ) -> None:
        """Back to the customer list, filtered to *filter_expr* (a tag's customers, a pivot cell); *back*
        is what esc on that list does after clearing the filter (return to the pivot)."""
        from custui.store.settings import SavedView

        self.action_customers_show()
        if isinstance(self.screen, CustomerListScreen):
            self.screen.apply_view(SavedView(name, filter=filter_expr))
            self.screen.back_action = back

    def action_section_show(self, section_id: str) -> None:
        """A digit key: that top-level screen (custui.tui.sections) on top of the list, unless it shows."""
        screen_type = SECTIONS_BY_ID[section_id].screen_class()
        if screen_type is None:
            self.action_customers_show()
            return
        if isinstance(self.screen, screen_type):
            return
        self.action_customers_show()
        self.push_screen(screen_type())

    def action_settings_show(self) -> None:
        """Palette "Settings…": every setting, its value and meaning; the exchange rates."""
        from custui.tui.screens.settings import SettingsScreen

        self.push_screen(SettingsScreen())

    def action_industry_names_show(self) -> None:
        from custui.tui.screens.industry_names import IndustryNamesScreen

        self.push_screen(IndustryNamesScreen())

    def action_imports_show(self) -> None:
        """Palette "Imports…": past imports, revert one, undo a revert."""
        from custui.tui.screens.imports import ImportsScreen

        self.push_screen(ImportsScreen())

    def action_owed_show(self) -> None:
        """Palette "Money owed…": who owes what; an order marked paid there (p, u undoes)."""
        from custui.tui.screens.owed import OwedScreen

        self.push_screen(OwedScreen())

    def action_import_show(self) -> None:
        """`I` / palette "Import…": the import wizard over the current screen."""
        from custui.tui.screens.import_wizard import ImportWizardScreen

        if not isinstance(self.screen, ImportWizardScreen):
            self.push_screen(ImportWizardScreen())

    # -- what changed in the file -------------------------------------------------

    def data_stamp(self) -> object:
        """Changes whenever the file does: a write here (total_changes) or by another program (data_version)."""
        with self.store.lock:
            return (
                self.store.conn.total_changes,
                self.store.conn.execute("PRAGMA data_version").fetchone()[0],
            )

    def _data_version(self) -> int | None:
        """PRAGMA data_version, or None while a worker holds the store (an import writing for
        seconds): the poll must never make the screen wait."""
        if not self.store.lock.acquire(blocking=False):
            return None
        try:
            return int(self.store.conn.execute("PRAGMA data_version").fetchone()[0])
        finally:
            self.store.lock.release()

    def written_apart(self) -> None:
        """The file was written by a process of this app's own (an import apart): not another program's
        change.  Called while holding the store, so the watch did not see it first."""
        version = self._data_version()
        if version is not None:
            self._outside_version = version

    def _check_outside_changes(self) -> None:
        """Another window (or program) wrote the file: show its changes here too.  Not while quitting:
        the timer can tick as Textual takes the screens apart, their widgets already gone."""
        if not self.is_running:
            return
        version = self._data_version()
        if version is None or version == self._outside_version:
            return
        self._outside_version = version
        for screen in self.screen_stack:
            if (
                isinstance(screen, AppScreen) and screen.is_mounted
            ):  # one still composing reads it fresh
                screen.file_changed()
        self.notify("The file was changed in another window; the list now shows it.")

    def customers_changed(self, changed: Collection[int] | None = None) -> None:
        """Customers were merged, restored or edited elsewhere: the list re-reads and re-scores (only the
        customers *changed*, when the caller knows which)."""
        for screen in self.screen_stack:
            if isinstance(screen, CustomerListScreen):
                screen.data_changed(keep_cursor_on=screen.table.current_row_id(), changed=changed)

    def cached_duplicates(self) -> tuple[list[DuplicateGroup], dict[int, str]] | None:
        """The last scan's groups and names, if the file has not changed since."""
        if self._duplicates is None or self._duplicates[0] != self.data_stamp():
            return None
        return self._duplicates[1], self._duplicates[2]

    def hint_index(self) -> Index:
        """The duplicate index behind the form's "probably exists already" hints.

        Call from a worker thread: the first call builds it (seconds at 100k
        customers).  When the file has changed since, the old index answers at
        once while a fresh one is built in the background.
        """
        from custui.core.memory import give_back
        from custui.store.dupes import build_index_apart

        session = self._session
        with self._hint_index_lock:
            if self._hint_index is None:
                stamp = self.data_stamp()
                # a large book's index is built in a process of its own: its working memory goes with it
                built = (stamp, build_index_apart(self.store))
                give_back()
                if session != self._session:  # locked meanwhile: this index is not kept
                    return built[1]
                self._hint_index = built
            stamp, index = self._hint_index
            if stamp != self.data_stamp() and not self._hint_index_rebuilding:
                self._hint_index_rebuilding = True
                threading.Thread(
                    target=self._rebuild_hint_index, name="custui-hint-index", daemon=True
                ).start()
            return index

    def adopt_hint_index(self, stamp: object, index: Index) -> None:
        """A duplicate scan's fitted index becomes the hints' index, if the file has not changed since."""
        if self._store is None:  # locked meanwhile: kept nowhere
            return
        with self._hint_index_lock:
            if stamp == self.data_stamp():
                self._hint_index = (stamp, index)

    def ready_hint_index(self) -> Index | None:
        """The hint index if one is built (never builds: safe on the UI thread)."""
        with self._hint_index_lock:
            return self._hint_index[1] if self._hint_index is not None else None

    def _rebuild_hint_index(self) -> None:
        from custui.core.memory import give_back
        from custui.store.dupes import build_index_apart

        session = self._session
        try:
            stamp = self.data_stamp()
            fresh = build_index_apart(self.store)
            with self._hint_index_lock:
                if session == self._session:  # not locked meanwhile
                    self._hint_index = (stamp, fresh)
        except Exception as exc:  # noqa: BLE001 - the stale index keeps answering; the next change retries
            self.log.warning(f"rebuilding the duplicate-hint index failed: {exc!r}")
        finally:
            self._hint_index_rebuilding = False
            give_back()

    def remember_duplicates(
        self, stamp: object, groups: list[DuplicateGroup], names: dict[int, str]
    ) -> None:
        if self._store is not None:  # not kept when it arrives after a lock
            self._duplicates = (stamp, list(groups), dict(names))

    def action_quit_home(self) -> None:
        if isinstance(self.screen, CustomerListScreen):
            self.exit()
        else:
            self.action_customers_show()

    def action_help_show(self) -> None:
        from custui.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(getattr(self.screen, "HELP_SECTION", None)))


#: The app's own actions, which all need the open book: none runs while it is locked.
_NEEDS_THE_BOOK = frozenset(
    {"command_palette", "help_show", "section_show", "import_show", "quit_home", "lock_now"}
)


def _forget_drawn_text() -> None:
    """Empty Rich's caches of text it measured and cut while drawing: they keep the last thousand or
    so pieces of the screen, customer names among them (a dimmed list behind a dialog is cut into
    pieces).  Only the caches this Rich has: their names are its own, not a promise."""
    from rich import cells, segment

    for cache in (
        getattr(segment.Segment, "_split_cells", None),
        getattr(cells, "cached_cell_len", None),
    ):
        clear = getattr(cache, "cache_clear", None)
        if clear is not None:
            clear()


def _duration(seconds: float) -> str:
    minutes = round(seconds / 60)
    if minutes >= 1:
        return f"{minutes} minute{'s' if minutes != 1 else ''}"
    return f"{seconds:g} seconds"


def help_text(
    first: str | None = None,
    keymap: Mapping[str, str] | None = None,
    keymap_file: Path | None = None,
) -> str:
    """The key reference (Markdown: help.md with the registry's key tables, with *keymap*'s keys);
    with *first*, the section whose heading starts with it comes first (the keys of the screen `?` was
    pressed on), then the rest as written."""
    from custui.tui.keys_doc import help_markdown

    text = help_markdown(keymap, keymap_file)
    if not first:
        return text
    head, *sections = text.split("\n## ")
    chosen = [s for s in sections if s.startswith(first)]
    if not chosen:
        return text
    rest = [s for s in sections if s is not chosen[0]]
    return "\n## ".join([f"## {chosen[0].rstrip()}\n\n{head.rstrip()}", *rest])
