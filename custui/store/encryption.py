"""Encrypting a book, decrypting it, changing its passphrase (`custui encrypt`/`decrypt`/`passwd`).

Each one backs the book up first, then writes the new file beside it with SQLite's ``VACUUM INTO``
(the new file's cipher, SQLCipher 4, and key in its URI: SQLite3 Multiple Ciphers encrypts it page
by page as it is written; a decrypted copy is written encrypted under a throwaway key and then
decrypted in place with ``PRAGMA rekey = ''``, which also gives back the bytes SQLCipher keeps at
the end of each page), checks that it opens with the new key and holds the same rows, table by
table, and only then renames it over the book (0600): a crash or a failed check leaves the book as
it was.  ``passwd`` writes the new file the same way (with a new salt).  The book's backups follow
it: after ``encrypt`` they are encrypted with the same key, after ``decrypt`` plain, after
``passwd`` under the new passphrase — so no plain copy of the customers stays beside an encrypted
book, and ``restore`` keeps working.

Nothing else may have the book open meanwhile (another custui would go on writing to the file
that was replaced): that is checked first, and refused in one sentence.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

from custui.store import cipher
from custui.store.backup import list_backups, take_backup
from custui.store.db import (
    DatabaseLocked,
    Key,
    Store,
    StoreError,
    WrongPassphrase,
    connect,
    create_private_file,
    open_store,
)


def encrypt_book(path: Path, key: Key, *, progress: Callable[[str], None] = print) -> Path:
    """Encrypt the plain book at *path* with *key*; returns the (plain) backup taken first, which
    is encrypted too by the time this returns, with the book's other backups."""
    path = Path(path).expanduser()
    if cipher.is_encrypted(path):
        raise StoreError(f"{path.name} is encrypted already; custui passwd changes its passphrase.")
    store = open_store(path, create=False)
    try:
        backup = _backup_alone(store, "before-encrypt")
        _rewrite(store, key)
    finally:
        store.close()
    _follow(path, None, key, progress)
    return backup


def decrypt_book(path: Path, key: Key, *, progress: Callable[[str], None] = print) -> Path:
    """Write the encrypted book at *path* back as a plain SQLite file; returns the backup taken first."""
    path = Path(path).expanduser()
    if not cipher.is_encrypted(path):
        raise StoreError(f"{path.name} is not encrypted.")
    store = open_store(path, create=False, key=key)
    try:
        backup = _backup_alone(store, "before-decrypt")
        _rewrite(store, None)
    finally:
        store.close()
    _follow(path, key, None, progress)
    return backup


def change_passphrase(
    path: Path, old: Key, new: Key, *, progress: Callable[[str], None] = print
) -> Path:
    """Re-encrypt the book at *path* from *old* to *new* (a new copy, checked, renamed in); returns
    the backup taken first."""
    path = Path(path).expanduser()
    if not cipher.is_encrypted(path):
        raise StoreError(f"{path.name} is not encrypted; custui encrypt encrypts it.")
    store = open_store(path, create=False, key=old)
    try:
        backup = _backup_alone(store, "before-passwd")
        _rewrite(store, new)
    finally:
        store.close()
    _follow(path, old, new, progress)
    return backup


# --------------------------------------------------------------------------- the steps


def _backup_alone(store: Store, reason: str) -> Path:
    """Refuse when another program has the book open; back it up (with its own key)."""
    if store.read_only:
        raise StoreError(f"{store.path} cannot be written (read-only file or folder).")
    with store.lock:
        conn = store.conn
        if str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
            _leave_wal(conn, store.path)
            conn.execute("PRAGMA journal_mode = WAL")
        return take_backup(conn, store.path, reason, key=store.key)


def _leave_wal(conn: sqlite3.Connection, path: Path) -> None:
    """Take the book out of WAL mode, which SQLite does only when no other connection has it open:
    DatabaseLocked when another program (another custui?) has it."""
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
    except cipher.OperationalError:
        raise DatabaseLocked(
            f"{path.name} is open in another program (custui?); close it and try again."
        ) from None


def _rewrite(store: Store, key: Key | None) -> None:
    """Replace the book behind *store* by a copy of it encrypted with *key* (None: plain), checked
    first.  The store is closed first: the copy is read, checked and renamed in while a connection of
    the codec's driver keeps other writers out until the new file is in place (two SQLite libraries
    in one process must not hold the same file: POSIX locks are per process)."""
    path, old = store.path, store.key
    store.close()
    partial = path.with_name(f".{path.name}.rewrite")
    _discard(partial)
    try:
        with _exported(path, old, partial, key) as counts:
            verify_copy(partial, key, counts, name=path.name)
            os.chmod(partial, 0o600)
            os.replace(partial, path)
    except BaseException:
        _discard(partial)
        raise


def export_copy(source: Path, source_key: Key | None, target: Path, target_key: Key | None) -> None:
    """Write the book at *source* (opened with *source_key*) to a new file *target* (0600) encrypted
    with *target_key* (None: plain), and check it holds the same rows."""
    with _exported(source, source_key, target, target_key) as counts:
        verify_copy(target, target_key, counts, name=source.name)


@contextlib.contextmanager
def _exported(
    source: Path, source_key: Key | None, target: Path, target_key: Key | None
) -> Iterator[dict[str, int]]:
    """Write the book at *source* to a new file *target* (0600) with ``VACUUM INTO``, encrypted
    with *target_key* (None: plain), with the source's journal mode (``VACUUM INTO`` keeps its
    schema version and application id, not its WAL).  Yields the source's row counts, table by
    table, while it holds the source's write lock (nobody writes to it until the block is done)."""
    create_private_file(target)
    conn = _open_source(source, source_key)
    with contextlib.ExitStack() as restore_wal:
        restore_wal.callback(conn.close)
        journal = str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower()
        if journal == "wal":
            # out of WAL: nothing beside the file while it is replaced
            _leave_wal(conn, source)
            inode = source.stat().st_ino
            restore_wal.callback(
                lambda: source.stat().st_ino == inode and conn.execute("PRAGMA journal_mode = WAL")
            )
        # held until the copy is checked and in place; the copy is written through a second
        # connection (VACUUM INTO runs outside a transaction), which only reads
        conn.execute("BEGIN IMMEDIATE")
        try:
            plain_key: str | None = None
            if target_key is None:  # written under a throwaway key, then decrypted in place
                plain_key = f"x'{os.urandom(48).hex()}'"
                params = cipher.raw_key_uri(plain_key)
            else:
                params = target_key.new_file_uri()
            uri = f"{target.resolve().as_uri()}?{params}"
            with contextlib.closing(_open_source(source, source_key)) as copier:
                copier.execute("VACUUM INTO ?", (uri,))
            if plain_key is not None:
                _decrypt_in_place(target, plain_key)
            if journal == "wal":
                with contextlib.closing(connect(target, key=target_key)) as copy:
                    copy.execute("PRAGMA journal_mode = WAL")
            yield _row_counts(conn)
        finally:
            conn.execute("ROLLBACK")


def _open_source(source: Path, key: Key | None) -> sqlite3.Connection:
    """A connection of the codec's driver to the book at *source* (plain too), keyed with *key*."""
    try:
        return connect(source, key=key, codec=True, isolation_level=None, functions=True)
    except WrongPassphrase:
        raise
    except StoreError as exc:
        raise StoreError(f"Cannot read {source.name}: {exc}.") from None
    except cipher.Error as exc:
        raise StoreError(f"Cannot read {source.name}: {exc}.") from None


def _decrypt_in_place(target: Path, literal: str) -> None:
    """Decrypt the new file *target*, encrypted under the raw key *literal*, in place."""
    driver = cipher.module()
    conn = driver.connect(str(target), isolation_level=None)
    try:
        for pragma in cipher.SQLCIPHER4:
            conn.execute(pragma)
        conn.execute(f'PRAGMA key = "{literal}"')
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA rekey = ''")
    finally:
        conn.close()


def verify_copy(target: Path, target_key: Key | None, counts: dict[str, int], *, name: str) -> None:
    """StoreError unless *target* opens with *target_key*, is intact and holds *counts* rows, table
    by table."""
    # read-write, though it only reads: a read-only connection would leave -wal/-shm beside the copy
    with contextlib.closing(connect(target, key=target_key)) as conn:
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            raise StoreError(f"The new copy of {name} did not check out ({result}); nothing was changed.")  # fmt: skip
        found = _row_counts(conn)
    if found != counts:
        differ = sorted(t for t in counts.keys() | found.keys() if counts.get(t) != found.get(t))
        raise StoreError(f"The new copy of {name} does not hold the same rows ({', '.join(differ)}); nothing was changed.")  # fmt: skip


def _row_counts(conn: sqlite3.Connection) -> dict[str, int]:
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND rootpage > 0 ORDER BY name")]  # fmt: skip
    return {t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in tables}


def _follow(path: Path, old: Key | None, new: Key | None, progress: Callable[[str], None]) -> None:
    """Bring the book's backups under *new* (None: plain) from *old*, each checked and renamed in."""
    moved = 0
    for backup in list_backups(path):
        encrypted = cipher.is_encrypted(backup.path)
        if (new is None and not encrypted) or (new is not None and encrypted and old is None):
            continue  # already as the book is (or encrypted with a key we do not hold)
        partial = backup.path.with_name(f".{backup.path.name}.rewrite")
        _discard(partial)
        source_key = old if encrypted else None
        try:
            export_copy(backup.path, source_key, partial, new)
            os.chmod(partial, 0o600)
            os.replace(partial, backup.path)
        except StoreError:
            _discard(partial)
            progress(f"Left {backup.path.name} as it was: it does not open with that passphrase.")
            continue
        except BaseException:
            _discard(partial)
            raise
        moved += 1
    if moved:
        how = (
            "plain" if new is None else "encrypted with the new passphrase" if old else "encrypted"
        )
        progress(
            f"{moved} backup{'s' if moved != 1 else ''} in {path.stem}-backups/ now {how} too."
        )


def _discard(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
