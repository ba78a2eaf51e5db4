"""Opening the customer file safely: create, check, migrate, or refuse clearly.

Every refusal is a :class:`StoreError` whose message is one plain sentence; the
file is left exactly as it was.  New files are created with mode 0600 because
they hold personal data.

A book may be encrypted (an SQLCipher 4 file, :mod:`custui.store.cipher`): the same code serves both, and
:func:`connect` is the one way every part of custui opens a connection to a book, so each one
(threads' readers, backups, checks) gets the book's key.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from custui.core import search_docs
from custui.store import cipher
from custui.store.cipher import SQLITE_HEADER, Key
from custui.store.schema import (
    APPLICATION_ID,
    EARLY_V7_REPAIR,
    MIGRATIONS,
    SCHEMA_VERSION,
    is_early_v7,
)

if TYPE_CHECKING:
    import sqlite_utils

__all__ = ["SQLITE_HEADER", "Key"]

DEFAULT_BUSY_TIMEOUT_MS = 3000


class StoreError(Exception):
    """A problem with the database file, worded for the user."""


class NotADatabase(StoreError):
    pass


class NewerDatabase(StoreError):
    pass


class DatabaseLocked(StoreError):
    pass


class ReadOnlyDatabase(StoreError):
    pass


class DamagedDatabase(StoreError):
    pass


class PassphraseNeeded(StoreError):
    """The book is encrypted and no passphrase was given."""


class WrongPassphrase(StoreError):
    """The passphrase given does not open the book (nothing was read or written)."""


def is_writable(path: Path) -> bool:
    """Can this process write the file (and create its WAL beside it)?"""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def register_functions(conn: sqlite3.Connection) -> None:  # or a pysqlite3mc connection
    """SQL functions the search triggers call; needed on every connection."""
    conn.create_function("custui_doc", -1, search_docs.legacy_doc, deterministic=True)
    conn.create_function("custui_customer_doc", 13, search_docs.customer_doc, deterministic=True)
    conn.create_function("custui_pinyin", 2, search_docs.customer_pinyin, deterministic=True)


@dataclass
class Store:
    """An open customer file: one connection, guarded for use from worker threads."""

    path: Path
    conn: sqlite3.Connection
    read_only: bool = False
    lock: threading.RLock = field(default_factory=threading.RLock, repr=False)
    _db: sqlite_utils.Database | None = field(default=None, repr=False)
    #: The passphrase of an encrypted book (None: a plain one); every connection to it needs it.
    key: Key | None = field(default=None, repr=False)

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    def connect(self, *, read_only: bool = True, **options: Any) -> sqlite3.Connection:
        """Another connection to this book (read-only unless asked), with its key: for a thread's reads
        or a backup.  The caller closes it."""
        return connect(self.path, key=self.key, read_only=read_only, **options)

    @property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils over the same connection (imported lazily: it pulls in pandas)."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One user action = one transaction; nested calls become savepoints."""
        if self.read_only:
            raise ReadOnlyDatabase(f"{self.path.name} is open read-only: changes cannot be saved.")
        with self.lock:
            if self.conn.in_transaction:
                self.conn.execute("SAVEPOINT custui")
                try:
                    yield self.conn
                except BaseException:
                    self.conn.execute("ROLLBACK TO custui")
                    self.conn.execute("RELEASE custui")
                    raise
                self.conn.execute("RELEASE custui")
                return
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except cipher.OperationalError as exc:
                raise _classify(exc, self.path) from exc
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    def query(self, sql: str, params: Any = ()) -> list[sqlite3.Row]:
        with self.lock:
            return self.conn.execute(sql, params).fetchall()

    def tuples(self, sql: str, params: Any = ()) -> list[tuple[Any, ...]]:
        """Like :meth:`query` but plain tuples: no ``sqlite3.Row`` per row, for bulk reads."""
        with self.lock:
            cursor = self.conn.cursor()
            cursor.row_factory = None
            try:
                return cursor.execute(sql, params).fetchall()
            finally:
                cursor.close()

    def close(self) -> None:
        with self.lock:
            self.conn.close()


def inserted_id(cursor: sqlite3.Cursor) -> int:
    """The rowid of the row an INSERT on *cursor* just made (sqlite3 types ``lastrowid`` optional:
    None only before any INSERT)."""
    rowid = cursor.lastrowid
    assert rowid is not None, "no INSERT ran on this cursor"
    return int(rowid)


def _classify(exc: Exception, path: Path) -> StoreError:
    message = str(exc).lower()
    if "locked" in message or "busy" in message:
        return DatabaseLocked(f"{path} is locked by another program; close it and try again.")
    if "readonly" in message or "read-only" in message:
        return ReadOnlyDatabase(f"{path} cannot be written (read-only file or folder).")
    if "not a database" in message or "malformed" in message or "corrupt" in message:
        return DamagedDatabase(f"{path} is damaged ({exc}); restore it from a backup.")
    return StoreError(f"{path}: {exc}")


def check_header(path: Path) -> None:
    """Refuse a folder or a file that is neither an SQLite file nor an encrypted book."""
    if path.is_dir():
        raise NotADatabase(f"{path} is a folder, not a custui database file.")
    with path.open("rb") as fh:
        head = fh.read(len(SQLITE_HEADER))
    if head and head != SQLITE_HEADER and not cipher.is_encrypted(path):
        raise NotADatabase(f"{path} is not a custui database (not an SQLite file).")


def connect(
    path: Path,
    *,
    key: Key | None = None,
    read_only: bool = False,
    immutable: bool = False,
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
    rows: bool = False,
    functions: bool = False,
    isolation_level: str | None = "",
    check_same_thread: bool = True,
    codec: bool = False,
) -> sqlite3.Connection:
    """A connection to the book at *path*: Python's sqlite3 for a plain one, the codec's driver
    (:func:`cipher.module`) keyed with *key* for an encrypted one (:class:`WrongPassphrase` when the
    key does not open it: nothing is read or written then).  *rows*: ``Row`` results; *functions*:
    the search triggers' functions; *immutable* (with *read_only*): a file nobody writes, read
    without locks or -wal/-shm files; *codec*: the codec's driver for a plain book too (one that is
    to be copied encrypted)."""
    mode = "ro" if read_only else "rw"
    uri = f"{Path(path).resolve().as_uri()}?mode={mode}{'&immutable=1' if immutable else ''}"
    options: dict[str, Any] = {
        "uri": True,
        "timeout": busy_timeout_ms / 1000,
        "isolation_level": isolation_level,
        "check_same_thread": check_same_thread,
    }
    conn: sqlite3.Connection  # or pysqlite3mc's, which behaves the same
    if key is None and not codec:
        conn = sqlite3.connect(uri, **options)
        if rows:
            conn.row_factory = sqlite3.Row
    else:
        if not cipher.available():  # no wheel of pysqlite3mc-binary for this Python or machine
            what = "is encrypted" if key is not None else "cannot be encrypted here"
            raise StoreError(
                f"{Path(path).name} {what}: this custui has no encryption "
                "(pip install pysqlite3mc-binary: Linux x86-64, Python 3.11-3.13)."
            )
        sqlcipher = cipher.module()
        salt = cipher.salt_of(Path(path))
        conn = _keyed(sqlcipher, uri, options, key, salt, Path(path))
        if rows:
            conn.row_factory = sqlcipher.Row
        _quiet_pandas()
    if functions:
        register_functions(conn)
    return conn


def _keyed(
    sqlcipher: Any,
    uri: str,
    options: dict[str, Any],
    key: Key | None,
    salt: bytes | None,
    path: Path,
) -> sqlite3.Connection:
    """A connection of the codec's driver set to SQLCipher 4's format and keyed with *key* (None:
    none, a plain file): by the key derived once for the file's *salt*, else (a new file, or one
    made with other settings) by the passphrase, which the codec derives from."""
    literals: list[str | None] = [None]
    if key is not None:
        literals = [key.literal()] if salt is None else [key.raw_literal(salt), key.literal()]
    for n, literal in enumerate(literals, 1):
        conn: sqlite3.Connection = sqlcipher.connect(uri, **options)
        try:
            for pragma in cipher.SQLCIPHER4:
                conn.execute(pragma)
            if literal is not None:
                conn.execute(f"PRAGMA key = {literal}")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the key is tried here
            conn.execute("PRAGMA temp_store = MEMORY")  # sorts and temp tables never reach the disk
        except cipher.Error as exc:
            conn.close()
            if not cipher.is_wrong_key(exc):
                raise _classify(exc, path) from None
            if n == len(literals):
                raise WrongPassphrase(
                    f"Wrong passphrase for {path.name} (nothing was changed)."
                ) from None
            continue
        return conn
    raise AssertionError("unreachable")  # pragma: no cover


def _quiet_pandas() -> None:
    """pandas reads a pysqlite3mc connection as it reads sqlite3's (the same DB-API), but warns that
    it is not sqlite3's: that line would end up on the rep's terminal."""
    import warnings

    warnings.filterwarnings(
        "ignore", message="pandas only supports SQLAlchemy connectable", category=UserWarning
    )


def create_private_file(path: Path) -> None:
    """An empty file only this user can read and write (0600), made at *path*; FileExistsError if there."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)  # umask may have masked bits off; make it exactly 0600


def _connect(
    path: Path, read_only: bool, busy_timeout_ms: int, key: Key | None
) -> sqlite3.Connection:
    return connect(path, key=key, read_only=read_only, busy_timeout_ms=busy_timeout_ms, rows=True,
                   functions=True, isolation_level=None, check_same_thread=False)  # fmt: skip


def _check_identity(conn: sqlite3.Connection, path: Path) -> int:
    version: int = conn.execute("PRAGMA user_version").fetchone()[0]
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id not in (0, APPLICATION_ID):
        raise NotADatabase(f"{path} is an SQLite file of another program, not a custui database.")
    if app_id == 0 and version == 0:
        tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[
            0
        ]
        if tables:
            raise NotADatabase(
                f"{path} is an SQLite file of another program, not a custui database."
            )
    if version > SCHEMA_VERSION:
        raise NewerDatabase(
            f"{path} was written by a newer custui (schema {version}, this one knows {SCHEMA_VERSION}); "
            "update custui to open it."
        )
    return version


def migrate(conn: sqlite3.Connection, from_version: int, to_version: int = SCHEMA_VERSION) -> None:
    """Apply migrations from_version → to_version in one transaction.  A book written as v7 before
    people landed in v7 (schema.is_early_v7) is first brought to the final v7, in that transaction."""
    if from_version >= to_version:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        if from_version == 7 and is_early_v7(conn):
            for statement in _statements(EARLY_V7_REPAIR):
                conn.execute(statement)
        for step in range(from_version, to_version):
            migration = MIGRATIONS[step]
            for statement in _statements(migration.sql):
                conn.execute(statement)
            if migration.after is not None:
                migration.after(conn)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {to_version}")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _statements(script: str) -> list[str]:
    """Split a migration script into complete statements (triggers included)."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            if current.strip():
                statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements


def open_store(
    path: str | os.PathLike[str],
    *,
    read_only: bool = False,
    create: bool = True,
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
    key: Key | None = None,
) -> Store:
    """Open (creating if allowed) and migrate the customer file at *path*.

    An encrypted book needs its *key* (:class:`PassphraseNeeded` without one,
    :class:`WrongPassphrase` with a wrong one).  A new file made with a *key* is encrypted from
    its first page; a plain book opens plain whatever *key* says.

    Raises a :class:`StoreError` subclass with a one-line message on any problem.
    """
    path = Path(path).expanduser()
    if not path.exists():
        if read_only or not create:
            raise StoreError(f"{path} does not exist.")
        create_private_file(path)
    check_header(path)
    if cipher.is_encrypted(path):
        if key is None:
            raise PassphraseNeeded(
                f"{path.name} is encrypted: its passphrase is needed to open it."
            )
    elif path.stat().st_size > 0:
        key = None  # a plain book stays plain: encrypting it is `custui encrypt`
    if not read_only and not is_writable(path):
        read_only = True
    try:
        conn = _connect(path, read_only, busy_timeout_ms, key)
    except cipher.Error as exc:
        raise _classify(exc, path) from exc
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        version = _check_identity(conn, path)
        if version < SCHEMA_VERSION:
            if read_only:
                raise ReadOnlyDatabase(
                    f"{path} needs an upgrade to schema {SCHEMA_VERSION} but is read-only; "
                    "open a writable copy."
                )
            if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
            if version > 0:  # a file with data: keep a copy of it as it was
                from custui.store.backup import take_backup

                take_backup(conn, path, "migration", key=key)
            migrate(conn, version)
        conn.execute("PRAGMA foreign_keys = ON")
        store = Store(path=path, conn=conn, read_only=read_only, key=key)
        from custui.store.search_index import bring_up_to_date
        from custui.store.settings import ensure_home_settings

        ensure_home_settings(store)
        bring_up_to_date(store)  # what other programs changed since: searchable again
    except StoreError:
        conn.close()
        raise
    except cipher.Error as exc:
        conn.close()
        raise _classify(exc, path) from exc
    return store
