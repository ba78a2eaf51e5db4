"""Backups of the customer file: consistent copies beside it, rotated, listed and restored.

A backup is made with SQLite's online backup API, so it is a consistent copy
even while the file is in use (WAL included), into a temporary file that is
renamed into place only when complete: a crash mid-backup leaves no half
backup.  Backups live in ``<name>-backups/`` beside the file (mode 0700, each
backup 0600: they hold the same personal data).

When: before a merge, an import, a migration, a restore, a bulk tag change,
a tag merge or delete, a customer delete — unless a backup younger than
``backup_min_minutes`` (default 5; 0 = always) exists, so a burst of edits
on a large file does not copy it each time (in-session undo covers those) —
and once a day on opening the file.  The newest ``backup_keep`` (default 10)
are kept.

A backup of an encrypted book is encrypted with the same key: the backup API copies its pages
between two connections of the codec's driver keyed alike (each file its own salt), so no plain
page is ever written.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from custui.store import cipher
from custui.store.db import (
    DamagedDatabase,
    Key,
    Store,
    StoreError,
    check_header,
    connect,
    create_private_file,
)

#: What a failed copy raises: either SQLite's errors, or the file system's.
_COPY_ERRORS: tuple[type[Exception], ...] = (*cipher.Error, OSError)

DEFAULT_KEEP = 10
DEFAULT_MIN_MINUTES = 5
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<reason>[a-z-]+)\.db$")


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: datetime
    reason: str
    size: int


def backups_dir(db_path: Path) -> Path:
    return db_path.parent / f"{db_path.stem}-backups"


def list_backups(db_path: Path) -> list[Backup]:
    """This file's backups, newest first."""
    folder = backups_dir(Path(db_path))
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("*.db"):
        m = _NAME.match(path.name)
        if m is None or m["stem"] != Path(db_path).stem:
            continue
        taken = datetime.strptime(m["stamp"], _STAMP)
        stat = path.stat()
        found.append((taken, stat.st_mtime_ns, Backup(path, taken, m["reason"], stat.st_size)))
    return [b for *_, b in sorted(found, key=lambda f: f[:2], reverse=True)]


def copy_database(source: sqlite3.Connection, target: Path, *, key: Key | None = None) -> None:
    """A consistent copy of *source* at *target* (0600), written beside it and renamed in; encrypted
    with *key* (that of *source*'s book, which then is a connection opened with it)."""
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    create_private_file(partial)
    try:
        copy = connect(partial, key=key)
        try:
            source.backup(copy)
        finally:
            copy.close()
        os.chmod(partial, 0o600)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _setting(conn: sqlite3.Connection, key: str, default: int) -> int:
    with contextlib.suppress(*cipher.Error, ValueError, TypeError):
        row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        if row is not None:
            return max(int(row[0]), 0)
    return default


def take_backup(
    conn: sqlite3.Connection,
    db_path: Path,
    reason: str,
    *,
    now: datetime | None = None,
    key: Key | None = None,
) -> Path:
    """Back up the file behind *conn* now (encrypted with *key*, the book's: pass it for an encrypted
    book); rotate old backups; return the new backup's path."""
    db_path = Path(db_path)
    folder = backups_dir(db_path)
    folder.mkdir(mode=0o700, exist_ok=True)
    os.chmod(folder, 0o700)
    stamp = (now or datetime.now()).strftime(_STAMP)
    target = folder / f"{db_path.stem}-{stamp}-{reason}.db"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{db_path.stem}-{stamp}-{n}-{reason}.db"
    try:
        copy_database(conn, target, key=key)
    except _COPY_ERRORS as exc:
        raise StoreError(
            f"Could not back up {db_path.name} to {folder}: {exc}; nothing was changed."
        ) from exc
    keep = max(_setting(conn, "backup_keep", DEFAULT_KEEP), 1)
    for old in list_backups(db_path)[keep:]:
        old.path.unlink(missing_ok=True)
    return target


def backup_before(store: Store, reason: str, *, now: datetime | None = None) -> Path | None:
    """Back up before a destructive or bulk change, unless a recent backup exists (or the file is read-only)."""
    if store.read_only:
        return None
    now = now or datetime.now()
    with store.lock:
        minutes = _setting(store.conn, "backup_min_minutes", DEFAULT_MIN_MINUTES)
        newest = next(iter(list_backups(store.path)), None)
        if newest is not None and minutes and now - newest.taken < timedelta(minutes=minutes):
            return None
        return take_backup(store.conn, store.path, reason, now=now, key=store.key)


def daily_backup(store: Store, *, now: datetime | None = None) -> Path | None:
    """The once-a-day backup on opening the file (none if one was taken today).

    Reads through a connection of its own, so the app's queries do not wait
    for the copy (WAL lets readers run side by side).
    """
    if store.read_only:
        return None
    now = now or datetime.now()
    newest = next(iter(list_backups(store.path)), None)
    if newest is not None and newest.taken.date() == now.date():
        return None
    conn = store.connect(read_only=True)
    try:
        if conn.execute("SELECT count(*) FROM customers").fetchone()[0] == 0:
            return None  # nothing to lose yet
        return take_backup(conn, store.path, "daily", now=now, key=store.key)
    finally:
        conn.close()


def _open_backup(path: Path, key: Key | None) -> sqlite3.Connection:
    """A backup is never written: immutable means no locks and no -wal/-shm files beside it.  An
    encrypted one opens with *key* (WrongPassphrase otherwise)."""
    return connect(path.expanduser(), key=key if cipher.is_encrypted(path) else None,
                   read_only=True, immutable=True)  # fmt: skip


def check_backup(path: Path, key: Key | None = None) -> None:
    """Refuse (StoreError) a file that is not an intact custui database this custui can open (an
    encrypted one with *key*: the key of the book it is restored into)."""
    from custui.store.schema import APPLICATION_ID, SCHEMA_VERSION

    path = Path(path).expanduser()
    if not path.is_file():
        raise StoreError(f"{path} does not exist.")
    check_header(path)
    if cipher.is_encrypted(path) and key is None:
        raise StoreError(
            f"{path.name} is encrypted: it can be restored only into a book with the same passphrase."
        )
    try:
        conn = _open_backup(path, key)
        try:
            app_id, version = (
                conn.execute(f"PRAGMA {p}").fetchone()[0]
                for p in ("application_id", "user_version")
            )
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            conn.close()
    except cipher.Error as exc:
        raise DamagedDatabase(f"{path} is damaged ({exc}); choose another backup.") from None
    if app_id != APPLICATION_ID:
        raise StoreError(f"{path} is not a custui database.")
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path} was written by a newer custui (schema {version}); update custui first."
        )
    if result != "ok":
        raise DamagedDatabase(f"{path} is damaged ({result}); choose another backup.")


def restore(db_path: Path, backup_path: Path, key: Key | None = None) -> Path:
    """Replace the file's contents with *backup_path*'s; returns the backup taken of the current file
    first.  An encrypted book needs its *key*; its backups are encrypted with it, and a plain backup
    (from before it was encrypted) is encrypted with it on the way in."""
    from custui.store.db import WrongPassphrase, open_store

    backup_path = Path(backup_path).expanduser()
    key = key if cipher.is_encrypted(Path(db_path).expanduser()) else None
    try:
        check_backup(backup_path, key)
    except WrongPassphrase:
        raise StoreError(
            f"{backup_path.name} is encrypted with another passphrase than the book's (an older one?); "
            "nothing was changed."
        ) from None
    store = open_store(db_path, create=False, key=key)
    try:
        with store.lock:
            safety = take_backup(store.conn, store.path, "before-restore", key=store.key)
            if store.key is not None and not cipher.is_encrypted(backup_path):
                _restore_plain_into_encrypted(store, backup_path)
            else:
                with contextlib.closing(_open_backup(backup_path, store.key)) as source:
                    source.backup(store.conn)
    finally:
        store.close()
    return safety


def _restore_plain_into_encrypted(store: Store, backup_path: Path) -> None:
    """A plain backup goes into an encrypted book through an encrypted copy beside the book (the
    codec copies pages only between files encrypted alike); the copy is removed afterwards."""
    from custui.store.encryption import export_copy

    copy = store.path.with_name(f".{store.path.name}.restoring")
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
    try:
        export_copy(backup_path, None, copy, store.key)
        with contextlib.closing(connect(copy, key=store.key, read_only=True)) as source:
            source.backup(store.conn)
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{copy}{suffix}").unlink(missing_ok=True)
