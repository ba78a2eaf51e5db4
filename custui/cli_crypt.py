"""Passphrases on the command line, and `custui encrypt` / `decrypt` / `passwd` (issue 21).

A passphrase comes from the terminal (``getpass``: not echoed) or, for scripts, from
``CUSTUI_PASSPHRASE`` (the book's) and ``CUSTUI_NEW_PASSPHRASE`` (the new one of ``encrypt`` and
``passwd``).  Either variable is taken out of the environment as soon as it is read, so no program
custui starts inherits it.  Without a terminal or the variable, a command on an encrypted book
refuses in one line.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from custui.store.db import Key

PASSPHRASE_ENV = "CUSTUI_PASSPHRASE"
NEW_PASSPHRASE_ENV = "CUSTUI_NEW_PASSPHRASE"
#: Tries at a terminal before giving up.
TRIES = 3

NO_RECOVERY = (
    "custui encrypts {name} with a passphrase of your choice. There is no recovery: if the "
    "passphrase is forgotten, the customers in it are lost for good, and nobody (not custui, "
    "not its makers) can open it. Write it down and keep it somewhere safe."
)


def on_terminal() -> bool:
    return sys.stdin.isatty()


def _ask(prompt: str) -> str:
    import getpass

    return getpass.getpass(prompt)


def take_from_environment(name: str) -> str | None:
    """The value of *name*, taken out of the environment (children started later do not get it)."""
    if name not in os.environ:
        return None
    _scrub_process_environment(name)  # first: unsetenv below drops the C pointer to those bytes
    return os.environ.pop(name)


def _scrub_process_environment(name: str) -> None:
    """Blank *name*'s value in the C environment block too (what /proc/<pid>/environ shows, and what
    a forked helper inherits); os.environ.pop leaves the original bytes there."""
    if sys.platform != "linux":
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None)
        environ = ctypes.POINTER(ctypes.c_void_p).in_dll(libc, "environ")
        prefix = name.encode() + b"="
        i = 0
        while environ[i]:
            address = environ[i]
            text = ctypes.string_at(address)
            if text.startswith(prefix):
                ctypes.memset(address + len(prefix), ord("x"), len(text) - len(prefix))
            i += 1
    except (OSError, ValueError, AttributeError):  # no libc environ here: the pop above is all
        pass


def obtain_passphrase(path: Path) -> Key | None:
    """The key of the book at *path*: None for a plain book; for an encrypted one, from
    CUSTUI_PASSPHRASE, else asked on the terminal (up to 3 tries), checked against the book.
    PassphraseNeeded when there is neither; WrongPassphrase when it does not open the book.

    The one place the command line gets a passphrase; the app takes it here only from
    CUSTUI_PASSPHRASE, and otherwise asks on its unlock screen (custui.tui.screens.unlock)."""
    from custui.store import cipher
    from custui.store.db import PassphraseNeeded, WrongPassphrase, connect

    path = Path(path).expanduser()
    if not cipher.is_encrypted(path):
        return None
    given = take_from_environment(PASSPHRASE_ENV)
    if given is None and not on_terminal():
        raise PassphraseNeeded(
            f"{path.name} is encrypted: give its passphrase on a terminal, or in {PASSPHRASE_ENV}."
        )
    tries = 1 if given is not None else TRIES
    for attempt in range(1, tries + 1):
        text = given if given is not None else _ask(f"Passphrase for {path.name}: ")
        if not text:
            raise PassphraseNeeded(f"{path.name} is encrypted: no passphrase was given.")
        key = Key(text)
        try:
            connect(path, key=key, read_only=True).close()
        except WrongPassphrase:
            if attempt == tries:
                raise
            print(f"Wrong passphrase for {path.name}; try again.", file=sys.stderr)
            continue
        return key
    raise AssertionError("unreachable")  # pragma: no cover


def new_passphrase(path: Path, *, say: Callable[[str], None] = print) -> Key:
    """A new passphrase for the book at *path*: CUSTUI_NEW_PASSPHRASE, else asked twice on the
    terminal.  UsageError when there is neither, when the two differ, or when it is empty."""
    from custui.cli import UsageError

    given = take_from_environment(NEW_PASSPHRASE_ENV)
    if given is None:
        if not on_terminal():
            raise UsageError(
                f"a new passphrase is asked on a terminal; for a script, set {NEW_PASSPHRASE_ENV}"
            )
        given = _ask(f"New passphrase for {path.name}: ")
        if given and _ask("The same again: ") != given:
            raise UsageError("the two passphrases differ; nothing was changed")
    if not given:
        raise UsageError("an empty passphrase encrypts nothing; nothing was changed")
    try:
        return Key(given)
    except ValueError as exc:
        raise UsageError(f"{exc}; nothing was changed") from None


# --------------------------------------------------------------------------- the commands


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """encrypt, decrypt and passwd take no arguments of their own."""


def _existing(path: Path) -> Path:
    from custui.store.db import StoreError

    if not path.is_file():
        raise StoreError(f"{path} does not exist.")
    return path


def run_encrypt(args: argparse.Namespace, db_path: Path) -> int:
    from custui.store import cipher
    from custui.store.db import StoreError
    from custui.store.encryption import encrypt_book

    path = _existing(db_path)
    if cipher.is_encrypted(path):
        raise StoreError(f"{path.name} is encrypted already; custui passwd changes its passphrase.")
    print(NO_RECOVERY.format(name=path.name))
    key = new_passphrase(path)
    backup = encrypt_book(path, key)
    print(f"Encrypted {path}. Every command and the app now ask for its passphrase.")
    print(f"Its backup from before (encrypted too) is {backup}.")
    return 0


def run_decrypt(args: argparse.Namespace, db_path: Path) -> int:
    from custui.store import cipher
    from custui.store.db import StoreError
    from custui.store.encryption import decrypt_book

    path = _existing(db_path)
    if not cipher.is_encrypted(path):
        raise StoreError(f"{path.name} is not encrypted.")
    key = obtain_passphrase(path)
    assert key is not None
    backup = decrypt_book(path, key)
    print(f"Decrypted {path}: it is a plain SQLite file again, readable by anyone with the file.")
    print(f"Its backup from before (plain too now) is {backup}.")
    return 0


def run_passwd(args: argparse.Namespace, db_path: Path) -> int:
    from custui.store import cipher
    from custui.store.db import StoreError
    from custui.store.encryption import change_passphrase

    path = _existing(db_path)
    if not cipher.is_encrypted(path):
        raise StoreError(f"{path.name} is not encrypted; custui encrypt encrypts it.")
    old = obtain_passphrase(path)
    assert old is not None
    print(NO_RECOVERY.format(name=path.name).split(". ", 1)[1])
    new = new_passphrase(path)
    change_passphrase(path, old, new)
    print(f"Changed the passphrase of {path}; the old one no longer opens it.")
    return 0
