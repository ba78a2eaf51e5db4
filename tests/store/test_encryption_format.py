"""Encrypted books keep one format: SQLCipher 4 (issue 21).

``old_books/sqlcipher4-book.db`` was encrypted by custui's earlier driver (sqlcipher3-binary 0.6.0:
SQLCipher 4.12.0 on SQLite 3.51.1, commit 05b4530): ``custui sample --customers 30`` then
``encrypt_book`` with :data:`PASSPHRASE` (see ``old_books/README.md``).  Whatever opens encrypted
books now must open it, and must change its passphrase and decrypt it; and a book encrypted now
must be a file that SQLCipher's own settings open (cipher ``sqlcipher``, SQLCipher 4 defaults).
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from custui.store import backup, cipher, repo
from custui.store.db import SQLITE_HEADER, Key, StoreError, WrongPassphrase, open_store
from custui.store.encryption import change_passphrase, decrypt_book, encrypt_book

OLD_BOOK = Path(__file__).parent / "old_books" / "sqlcipher4-book.db"
PASSPHRASE = "correct horse 电池 'staple'"
#: the book's first customer, as ``custui sample`` wrote it
FIRST = ("C00001", "创越电力设备（杭州）股份有限公司")
CUSTOMERS = 32


@pytest.fixture
def old_book(tmp_path: Path) -> Path:
    """A copy of the book SQLCipher (sqlcipher3) encrypted: the committed file is never written."""
    path = tmp_path / "book.db"
    shutil.copy(OLD_BOOK, path)
    return path


def _first_customer(path: Path, key: Key | None) -> tuple[str, str, int]:
    """Opened as the app opens it: a book of an older schema is brought to today's (backed up first)."""
    store = open_store(path, key=key)
    try:
        row = repo.get_customer(store, 1)
        count = repo.count_active(store)
        assert 1 in repo.search_ids(store, "创越")  # the search index came along
    finally:
        store.close()
    return row["code"], row["name"], count


def test_the_committed_book_is_encrypted() -> None:
    data = OLD_BOOK.read_bytes()
    assert cipher.is_encrypted(OLD_BOOK) and SQLITE_HEADER not in data
    assert FIRST[1].encode() not in data


def test_a_book_sqlcipher_encrypted_opens_and_reads(old_book: Path) -> None:
    assert _first_customer(old_book, Key(PASSPHRASE)) == (*FIRST, CUSTOMERS)
    with pytest.raises(WrongPassphrase):
        open_store(old_book, key=Key("correct horse"))


def test_a_book_sqlcipher_encrypted_takes_a_new_passphrase(old_book: Path) -> None:
    new = Key("battery staple 新")
    change_passphrase(old_book, Key(PASSPHRASE), new, progress=lambda _: None)
    assert _first_customer(old_book, new) == (*FIRST, CUSTOMERS)
    with pytest.raises(WrongPassphrase):
        open_store(old_book, key=Key(PASSPHRASE))
    (taken,) = [b for b in backup.list_backups(old_book) if b.reason == "before-passwd"]
    backup.check_backup(taken.path, new)


def test_a_book_sqlcipher_encrypted_decrypts(old_book: Path) -> None:
    decrypt_book(old_book, Key(PASSPHRASE), progress=lambda _: None)
    data = old_book.read_bytes()
    assert data.startswith(SQLITE_HEADER)
    assert data[20] == 0  # no bytes reserved at the end of each page: a file as sqlite3 writes it
    with contextlib.closing(sqlite3.connect(old_book)) as conn:  # Python's own sqlite3 reads it
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT code, name FROM customers WHERE id = 1").fetchone() == FIRST
    assert _first_customer(old_book, None) == (*FIRST, CUSTOMERS)


def _sqlcipher4_reads(path: Path, passphrase: str) -> tuple[str, str]:
    """The first customer of *path* as SQLCipher 4's own settings read it, the passphrase given as
    such (the file's key derived from it and the file's salt as SQLCipher does, nothing custui kept)."""
    conn = cipher.module().connect(str(path))
    try:
        for pragma in cipher.SQLCIPHER4:
            conn.execute(pragma)
        conn.execute("PRAGMA key = '" + passphrase.replace("'", "''") + "'")
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        row = conn.execute("SELECT code, name FROM customers WHERE id = 1").fetchone()
    finally:
        conn.close()
    return row[0], row[1]


def test_a_book_encrypted_now_is_still_sqlcipher4(old_book: Path) -> None:
    decrypt_book(old_book, Key(PASSPHRASE), progress=lambda _: None)
    encrypt_book(old_book, Key("now 现在"), progress=lambda _: None)
    assert cipher.is_encrypted(old_book)
    assert _sqlcipher4_reads(old_book, "now 现在") == FIRST
    change_passphrase(old_book, Key("now 现在"), Key("later"), progress=lambda _: None)
    assert _sqlcipher4_reads(old_book, "later") == FIRST
    for taken in backup.list_backups(old_book):
        if cipher.is_encrypted(taken.path):
            assert _sqlcipher4_reads(taken.path, "later") == FIRST


def test_sqlcipher_itself_opens_a_book_encrypted_now(old_book: Path) -> None:
    sqlcipher3 = pytest.importorskip("sqlcipher3")
    decrypt_book(old_book, Key(PASSPHRASE), progress=lambda _: None)
    encrypt_book(old_book, Key(PASSPHRASE), progress=lambda _: None)
    conn = sqlcipher3.connect(str(old_book))
    try:
        conn.execute("PRAGMA key = '" + PASSPHRASE.replace("'", "''") + "'")
        assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []  # every page's HMAC
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT code, name FROM customers WHERE id = 1").fetchone() == FIRST
    finally:
        conn.close()


def test_without_the_codec_encrypted_books_are_refused_in_one_sentence(
    old_book: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where pysqlite3mc-binary has no wheel (CPython 3.14, not Linux x86-64) custui installs
    without it: plain books open, encrypted ones are refused plainly, nothing is written."""
    plain = tmp_path / "plain.db"
    shutil.copy(old_book, plain)
    decrypt_book(plain, Key(PASSPHRASE), progress=lambda _: None)
    monkeypatch.setattr(cipher, "_sqlcipher", None)
    assert not cipher.available()
    before = old_book.read_bytes()
    with pytest.raises(StoreError, match=r"^book\.db is encrypted: this custui has no encryption"):
        open_store(old_book, key=Key(PASSPHRASE))
    assert old_book.read_bytes() == before
    with pytest.raises(StoreError, match="cannot be encrypted here"):
        encrypt_book(plain, Key(PASSPHRASE), progress=lambda _: None)
    assert _first_customer(plain, None) == (*FIRST, CUSTOMERS)
