"""Encryption at rest in SQLCipher 4 files: telling an encrypted book, holding its key, naming its errors.

An encrypted book is an SQLCipher 4 file: every page, the first included, is encrypted (AES-256,
HMAC-SHA512 per page, the key derived with PBKDF2-HMAC-SHA512), so its first 16 bytes (a random
salt) are not SQLite's header.  That tells the two apart without the key.
Plain books are opened with Python's own :mod:`sqlite3` exactly as before; encrypted ones with
:mod:`pysqlite3mc` (the ``pysqlite3mc-binary`` wheel: SQLite3 Multiple Ciphers, SQLite with its
codecs, FTS5 included), set to SQLCipher 4's format on every connection (:data:`SQLCIPHER4`).
Books encrypted by custui's first driver, SQLCipher itself (``sqlcipher3-binary``), are the same
files and open unchanged; a book encrypted now opens with SQLCipher.  The driver changed because
SQLCipher's build ran the search's FTS5 queries 1.4-1.9x slower than Python's sqlite3, on plain
files too, where SQLite3 Multiple Ciphers runs them as fast (issue 21; ``tests/bench/encrypted.py``).
Its connections behave like sqlite3's but raise their own exception classes: catch
:data:`Error` (and the like) here, which names both.

The wheel is built for Linux x86-64, CPython 3.6-3.13 (as sqlcipher3-binary was for Linux x86-64
only); where it does not install, plain books still open and encrypted ones are refused in one
sentence (:func:`available`).

The passphrase lives in memory only, in a :class:`Key`: never in argv, the environment of
children, a log, an exception's message or a crash report.  A Key does not show itself
(``repr`` hides it) and refuses to be pickled, so it cannot travel to a spawned worker by mistake.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import urllib.parse
import weakref
from pathlib import Path
from typing import Any

SQLITE_HEADER = b"SQLite format 3\x00"
#: SQLCipher 4's key derivation rounds (its default; a file made otherwise still opens, more slowly).
KDF_ITER = 256_000
#: What a connection runs, before its key, to read and write SQLCipher 4 files with SQLCipher 4's
#: own settings (page size, KDF, HMAC): the format of every encrypted book.
SQLCIPHER4: tuple[str, ...] = ("PRAGMA cipher = 'sqlcipher'", "PRAGMA legacy = 4")
#: The same, as URI parameters of a file name (``VACUUM INTO`` a new encrypted file).
SQLCIPHER4_URI = "cipher=sqlcipher&legacy=4"

try:  # the wheel ships SQLite3 Multiple Ciphers; without it plain books still open, encrypted ones are refused
    import pysqlite3mc.dbapi2 as _sqlcipher
except ImportError:  # pragma: no cover - pysqlite3mc-binary is a dependency where it has a wheel
    _sqlcipher = None

Error: tuple[type[Exception], ...] = (sqlite3.Error,)
DatabaseError: tuple[type[Exception], ...] = (sqlite3.DatabaseError,)
OperationalError: tuple[type[Exception], ...] = (sqlite3.OperationalError,)
IntegrityError: tuple[type[Exception], ...] = (sqlite3.IntegrityError,)
if _sqlcipher is not None:
    Error += (_sqlcipher.Error,)
    DatabaseError += (_sqlcipher.DatabaseError,)
    OperationalError += (_sqlcipher.OperationalError,)
    IntegrityError += (_sqlcipher.IntegrityError,)


def available() -> bool:
    """Can this custui open (and write) encrypted books?"""
    return _sqlcipher is not None


def module() -> Any:
    """The :mod:`pysqlite3mc.dbapi2` module (its ``connect`` and ``Row``); each connection runs
    :data:`SQLCIPHER4` before its key."""
    if _sqlcipher is None:  # pragma: no cover - pysqlite3mc-binary is a dependency
        raise RuntimeError("pysqlite3mc-binary is not installed")
    return _sqlcipher


def versions() -> tuple[str, str]:
    """(the codec's name and version, the SQLite version it is built on)."""
    conn = module().connect(":memory:")
    try:
        codec = conn.execute("SELECT sqlite3mc_version()").fetchone()[0]
        lite = conn.execute("SELECT sqlite_version()").fetchone()[0]
    finally:
        conn.close()
    return str(codec), str(lite)


class Key:
    """A book's passphrase, held in memory for the connections to that book; shown nowhere."""

    __slots__ = ("__weakref__", "_derived", "_secret")

    def __init__(self, passphrase: str) -> None:
        if not passphrase:
            raise ValueError("an empty passphrase encrypts nothing")
        if "\x00" in passphrase:
            raise ValueError("a passphrase cannot hold a NUL character")
        self._secret = passphrase
        self._derived: dict[bytes, bytes] = {}
        _LIVE_KEYS.add(self)

    def __repr__(self) -> str:
        return "Key(hidden)"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Key) and other._secret == self._secret

    def __hash__(self) -> int:
        return hash(Key)

    def __reduce__(self) -> Any:
        raise TypeError("a passphrase is never pickled (it stays in this process's memory)")

    def literal(self) -> str:
        """The passphrase as an SQL string literal, for ``PRAGMA key``: the codec derives the
        file's key from it and the file's salt (PBKDF2, ~0.1 s, for each connection)."""
        return "'" + self._secret.replace("'", "''") + "'"

    def raw_literal(self, salt: bytes) -> str:
        """The key of a file with *salt*, derived here once as SQLCipher 4 derives it (PBKDF2-HMAC-
        SHA512, 256,000 rounds, 32 bytes) and kept: later connections to the book skip the
        derivation (``PRAGMA key = "x'…'"``), so a thread's reader opens as fast as on a plain book."""
        return f"\"x'{self._derive(salt).hex()}'\""

    def new_file_uri(self) -> str:
        """URI parameters that make a new file (``VACUUM INTO``) an SQLCipher 4 book under this
        passphrase: a fresh salt and the key derived from it, given raw with the salt (``x'key
        salt'``), which the file takes as its own.  The key is kept, so opening the new file
        derives nothing; the passphrase itself is not in the URI."""
        salt = os.urandom(16)
        return raw_key_uri(f"x'{self._derive(salt).hex()}{salt.hex()}'")

    def _derive(self, salt: bytes) -> bytes:
        derived = self._derived.get(salt)
        if derived is None:
            derived = hashlib.pbkdf2_hmac("sha512", self._secret.encode(), salt, KDF_ITER, 32)
            self._derived[salt] = derived
        return derived


def raw_key_uri(literal: str) -> str:
    """URI parameters keying a file in SQLCipher 4's format with the raw key *literal* (``x'…'``)."""
    return f"{SQLCIPHER4_URI}&key={urllib.parse.quote(literal, safe='')}"


#: every Key this process holds: what a --debug traceback must not show (see secrets_in_memory)
_LIVE_KEYS: weakref.WeakSet[Key] = weakref.WeakSet()


def secrets_in_memory() -> list[str]:
    """The text of every passphrase this process holds, and of the keys derived from them: what a
    traceback with local variables hides (custui.crash.debug_traceback)."""
    found: list[str] = []
    for key in list(_LIVE_KEYS):
        found.append(key._secret)
        found += [derived.hex() for derived in key._derived.values()]
    return found


def is_encrypted(path: Path) -> bool:
    """Is the file at *path* an encrypted book?  Told without the key: its first 16 bytes are not
    SQLite's header, and its size is whole pages (a short or odd-sized file is no database at all)."""
    try:
        with Path(path).open("rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
            size = fh.seek(0, 2)
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return False
    return len(head) == len(SQLITE_HEADER) and head != SQLITE_HEADER and size % 512 == 0


def salt_of(path: Path) -> bytes | None:
    """The salt of the encrypted book at *path* (its first 16 bytes); None for a plain or new file."""
    if not is_encrypted(path):
        return None
    with Path(path).open("rb") as fh:
        return fh.read(len(SQLITE_HEADER))


def is_wrong_key(exc: BaseException) -> bool:
    """Does *exc* (from the first read after ``PRAGMA key``) mean the key does not open the file?"""
    return isinstance(exc, DatabaseError) and "not a database" in str(exc).lower()
