"""The unlock screen of an encrypted book (issue 21): the app starts here, and returns here on lock.

It asks for the passphrase in a masked box.  The key is tried in a thread (deriving the file's
key from it, PBKDF2 as SQLCipher 4 does, takes ~0.1 s) while the screen says "unlocking…"; a wrong one is refused with the
try it was, and nothing is written; the third wrong one quits custui with a line on the terminal.
The right one hands the open store to the app, which shows the customer list.

The passphrase is in the box only while it is typed: each try empties it, and what the thread
gets is a :class:`~custui.store.cipher.Key`, which shows itself nowhere (logs, messages, crash
reports).  This screen never touches the app's store: there is none while it shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Static

from custui.core.text import display_safe
from custui.store.cipher import Key
from custui.tui.actions import bindings
from custui.tui.screens.base import AppScreen
from custui.tui.widgets.footer import KeyFooter

if TYPE_CHECKING:
    from custui.store.db import Store
    from custui.tui.app import BookOpener

#: Wrong passphrases before custui quits (as the command line's prompt allows).
TRIES = 3


class UnlockScreen(AppScreen[None]):
    """The passphrase of an encrypted book: a masked box, one line on what happens, the outcome."""

    HELP_SECTION = "Unlock"
    BINDINGS = bindings("unlock")

    DEFAULT_CSS = """
    UnlockScreen { align: center middle; }
    UnlockScreen > #unlock-box {
        width: 64; max-width: 100%; height: auto; padding: 1 2; border: thick $primary;
        background: $panel;
    }
    UnlockScreen #unlock-what { text-style: bold; }
    UnlockScreen #unlock-input { margin: 1 0; }
    UnlockScreen #unlock-hint { color: $text-muted; }
    UnlockScreen #unlock-status { margin-top: 1; }
    UnlockScreen #unlock-status.-wrong { color: $error; text-style: bold; }
    """

    def __init__(self, opener: BookOpener, *, reason: str = "") -> None:
        super().__init__()
        self.opener = opener
        #: why it shows, when the app locked ("Locked after 15 minutes without a key.")
        self.reason = reason
        #: wrong passphrases so far
        self.wrong = 0

    def compose(self) -> ComposeResult:
        name = display_safe(self.opener.path.name)
        with Vertical(id="unlock-box"):
            yield Static(f"{name} is encrypted", id="unlock-what", markup=False)
            yield Input(password=True, placeholder="passphrase", id="unlock-input")
            yield Static(
                "enter opens it · esc quits · the passphrase is never saved",
                id="unlock-hint",
                markup=False,
            )
            yield Static(self.reason, id="unlock-status", markup=False)
        yield KeyFooter()

    @property
    def box(self) -> Input:
        return self.query_one("#unlock-input", Input)

    def on_mount(self) -> None:
        self.box.focus()

    def _say(self, text: str, *, wrong: bool = False) -> None:
        status = self.query_one("#unlock-status", Static)
        status.update(text)
        status.set_class(wrong, "-wrong")

    @on(Input.Submitted, "#unlock-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        text, event.value = event.value, ""
        self.box.clear()
        if not text:
            self._say("Type the passphrase, then enter.")
            return
        try:
            key = Key(text)
        except ValueError:  # a NUL character: no passphrase of a book holds one
            self._wrong()
            return
        del text
        self.box.disabled = True
        self._say("unlocking…")
        self.run_worker(
            lambda: self._try(key), thread=True, exclusive=True, group="unlock", exit_on_error=True
        )

    def _try(self, key: Key) -> None:
        """In a thread: open the book with *key* (the derivation takes ~0.1 s)."""
        from custui.store.db import StoreError, WrongPassphrase

        try:
            store = self.opener.open(key)
        except WrongPassphrase:
            self.app.call_from_thread(self._wrong)
        except (StoreError, OSError) as exc:  # locked by another program, damaged, gone: said as is
            self.app.call_from_thread(self._failed, str(exc))
        else:
            self.app.call_from_thread(self._opened, store)

    def _wrong(self) -> None:
        self.wrong += 1
        if self.wrong >= TRIES:
            self.custui.give_up_unlocking(self.opener.path)
            return
        self._ready()
        self._say(f"Wrong passphrase (try {self.wrong + 1} of {TRIES})", wrong=True)

    def _failed(self, message: str) -> None:
        self._ready()
        self._say(message, wrong=True)

    def _ready(self) -> None:
        self.box.disabled = False
        self.box.focus()

    def _opened(self, store: Store) -> None:
        self.custui.unlocked(store)

    def action_quit(self) -> None:
        self.app.exit()
