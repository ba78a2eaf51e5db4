"""Encrypted books (issue 21): SQLCipher at rest, the same store code, everything derived encrypted.

Books are made by the product (``custui sample``, then ``custui encrypt``), never by raw inserts.
"""

from __future__ import annotations

import pickle
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from custui import cli, sample
from custui.store import backup, cipher
from custui.store.db import (
    SQLITE_HEADER,
    Key,
    PassphraseNeeded,
    StoreError,
    WrongPassphrase,
    connect,
    open_store,
)
from custui.store.encryption import change_passphrase, decrypt_book, encrypt_book

PASSPHRASE = "correct horse 电池 'staple'"
KEY = Key(PASSPHRASE)


@pytest.fixture(scope="module")
def plain_book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("crypt") / "plain.db"
    sample.generate(path, customers=60)
    return path


@pytest.fixture(scope="module")
def names(plain_book: Path) -> tuple[str, str]:
    """A Chinese and a Latin customer name the book holds."""
    store = open_store(plain_book, read_only=True)
    try:
        found = [r[0] for r in store.tuples("SELECT name FROM customers ORDER BY id")]
    finally:
        store.close()
    cjk = next(n for n in found if any("\u4e00" <= ch <= "\u9fff" for ch in n))
    latin = next(n for n in found if n.isascii() and len(n) > 6)
    return cjk, latin


@pytest.fixture(scope="module")
def encrypted_template(plain_book: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("crypt-template")
    path = folder / "book.db"
    shutil.copy(plain_book, path)
    encrypt_book(path, KEY, progress=lambda _: None)
    shutil.rmtree(backup.backups_dir(path))
    return path


@pytest.fixture
def book(encrypted_template: Path, tmp_path: Path) -> Path:
    """A copy of the encrypted sample book (each test its own)."""
    path = tmp_path / "book.db"
    shutil.copy(encrypted_template, path)
    return path


def _everything(path: Path, key: Key | None) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (shadow tables of the search indexes included)."""
    conn = connect(path, key=key, read_only=True)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND rootpage > 0 ORDER BY name")]  # fmt: skip
        return {
            t: sorted((tuple(r) for r in conn.execute(f'SELECT * FROM "{t}"')), key=repr)
            for t in tables
        }
    finally:
        conn.close()


def _holds_plain(data: bytes, words: tuple[str, ...]) -> list[str]:
    return [w for w in words if w.encode("utf-8") in data or w.encode("utf-16-le") in data]


def _files(path: Path) -> Iterator[Path]:
    yield from (p for p in path.parent.rglob("*") if p.is_file())


# --------------------------------------------------------------------------- at rest


def test_an_encrypted_book_shows_no_customer_and_no_header(
    plain_book: Path, book: Path, names: tuple[str, str]
) -> None:
    assert _holds_plain(plain_book.read_bytes(), names) == list(names)  # the words are findable
    data = book.read_bytes()
    assert not data.startswith(SQLITE_HEADER) and SQLITE_HEADER not in data
    assert _holds_plain(data, names) == []
    assert cipher.is_encrypted(book) and not cipher.is_encrypted(plain_book)
    assert book.stat().st_mode & 0o777 == 0o600


def test_it_opens_with_its_passphrase_and_holds_every_row(plain_book: Path, book: Path) -> None:
    assert _everything(book, KEY) == _everything(plain_book, None)
    store = open_store(book, key=KEY)
    try:
        assert store.encrypted and "hidden" in repr(store.key)
        assert store.query("PRAGMA journal_mode")[0][0] == "wal"
    finally:
        store.close()


def test_a_wrong_or_missing_passphrase_is_refused_and_nothing_changes(book: Path) -> None:
    before = book.read_bytes()
    with pytest.raises(WrongPassphrase) as info:
        open_store(book, key=Key("wrong"))
    assert str(info.value) == "Wrong passphrase for book.db (nothing was changed)."
    with pytest.raises(PassphraseNeeded):
        open_store(book)
    with pytest.raises(WrongPassphrase):
        open_store(book, key=Key("wrong"), read_only=True)
    assert book.read_bytes() == before
    assert sorted(p.name for p in book.parent.iterdir()) == ["book.db"]  # no -wal, no -shm


def test_a_file_that_is_no_database_is_still_named_so(tmp_path: Path) -> None:
    junk = tmp_path / "notes.db"
    junk.write_text("precious notes")
    with pytest.raises(StoreError, match="not a custui database"):
        open_store(junk, key=KEY)


def test_encrypt_then_decrypt_gives_back_every_row(plain_book: Path, tmp_path: Path) -> None:
    path = tmp_path / "round.db"
    shutil.copy(plain_book, path)
    encrypt_book(path, KEY, progress=lambda _: None)
    assert cipher.is_encrypted(path)
    decrypt_book(path, KEY, progress=lambda _: None)
    assert path.read_bytes().startswith(SQLITE_HEADER)
    assert _everything(path, None) == _everything(plain_book, None)
    assert path.stat().st_mode & 0o777 == 0o600
    for b in backup.list_backups(path):  # the backups followed the book back to plain
        assert b.path.read_bytes().startswith(SQLITE_HEADER)
    store = open_store(path)
    try:
        assert not store.encrypted and store.query("PRAGMA user_version")[0][0] > 0
    finally:
        store.close()


def test_encrypt_refuses_while_another_program_has_the_book_open(
    book: Path, tmp_path: Path
) -> None:
    plain = tmp_path / "open.db"
    decrypt_book(book, KEY, progress=lambda _: None)
    shutil.move(book, plain)
    other = open_store(plain)
    try:
        before = plain.read_bytes()
        with pytest.raises(StoreError, match="open in another program"):
            encrypt_book(plain, KEY, progress=lambda _: None)
        assert plain.read_bytes() == before and not cipher.is_encrypted(plain)
    finally:
        other.close()


def test_passwd_the_old_passphrase_fails_and_the_new_one_works(book: Path) -> None:
    new = Key("a new one")
    change_passphrase(book, KEY, new, progress=lambda _: None)
    with pytest.raises(WrongPassphrase):
        open_store(book, key=KEY)
    store = open_store(book, key=new)
    try:
        assert store.query("SELECT count(*) FROM customers")[0][0] > 0
    finally:
        store.close()
    backups = backup.list_backups(book)
    assert [b.reason for b in backups] == ["before-passwd"]
    backup.check_backup(backups[0].path, new)  # under the new passphrase too


# --------------------------------------------------------------------------- derived files


def test_backups_of_an_encrypted_book_are_encrypted_and_restore_works(
    book: Path, names: tuple[str, str]
) -> None:
    from custui.store import repo
    from custui.store.settings import put_setting

    store = open_store(book, key=KEY)
    try:
        put_setting(store, "backup_min_minutes", 0)
        first = store.query("SELECT id, name FROM customers ORDER BY id LIMIT 1")[0]
        repo.delete_customer(store, first["id"])  # backs up first
        tomorrow = datetime.now() + timedelta(days=1)
        assert backup.daily_backup(store, now=tomorrow) is not None  # a connection of its own
    finally:
        store.close()
    taken = backup.list_backups(book)
    assert {b.reason for b in taken} == {"delete", "daily"}
    for b in taken:
        data = b.path.read_bytes()
        assert cipher.is_encrypted(b.path) and _holds_plain(data, names) == []
        assert b.path.stat().st_mode & 0o777 == 0o600
    before_delete = next(b for b in taken if b.reason == "delete")
    safety = backup.restore(book, before_delete.path, KEY)
    assert cipher.is_encrypted(safety) and cipher.is_encrypted(book)
    store = open_store(book, key=KEY)
    try:
        row = store.query("SELECT deleted_at FROM customers WHERE id = ?", (first["id"],))[0]
        assert row["deleted_at"] is None  # back as it was
    finally:
        store.close()


def test_a_plain_backup_restores_into_an_encrypted_book_encrypted(
    plain_book: Path, book: Path
) -> None:
    backup.restore(book, plain_book, KEY)
    assert cipher.is_encrypted(book)
    assert _everything(book, KEY)["customers"] == _everything(plain_book, None)["customers"]
    assert not list(book.parent.glob(".*restoring*"))


def test_a_backup_under_another_passphrase_is_refused_plainly(book: Path, tmp_path: Path) -> None:
    other = tmp_path / "other" / "book.db"
    other.parent.mkdir()
    shutil.copy(book, other)
    change_passphrase(other, KEY, Key("other"), progress=lambda _: None)
    with pytest.raises(StoreError, match="another passphrase"):
        backup.restore(book, other, KEY)
    plain = tmp_path / "plain.db"
    shutil.copy(book, plain)
    decrypt_book(plain, KEY, progress=lambda _: None)
    with pytest.raises(StoreError, match="encrypted"):
        backup.restore(plain, book, None)


def test_the_passphrase_is_never_pickled_nor_shown() -> None:
    key = Key("hunter2-secret")
    assert "hunter2" not in repr(key) and "hunter2" not in str(key)
    with pytest.raises(TypeError):
        pickle.dumps(key)


def test_the_passphrase_is_not_in_a_crash_report(book: Path) -> None:
    from custui import crash

    def fails_with_the_key_at_hand(passphrase: str) -> None:
        store = open_store(book, key=Key(passphrase))
        try:
            raise RuntimeError(f"something broke near {passphrase}")
        finally:
            store.close()

    try:
        fails_with_the_key_at_hand(PASSPHRASE)
    except RuntimeError as exc:
        report = crash.report_text(exc)
    try:
        open_store(book, key=Key(PASSPHRASE + "x"))
    except WrongPassphrase as exc:
        assert PASSPHRASE not in str(exc)
        report += crash.report_text(exc)
    assert "RuntimeError" in report and "WrongPassphrase" in report
    assert "horse" not in report and "staple" not in report


# --------------------------------------------------------------------------- features on it


def test_scoring_search_and_the_dashboard_work_on_an_encrypted_book(
    book: Path, plain_book: Path
) -> None:
    from datetime import date

    from custui.store import dashboard, repo, scores

    plain, encrypted = open_store(plain_book, read_only=True), open_store(book, key=KEY)
    try:
        as_of = date(2026, 6, 1)
        a, b = (
            scores.score_book(plain, as_of),
            scores.score_book(encrypted, as_of),
        )  # a thread's reader too
        assert list(a.frame.index) == list(b.frame.index)
        for text in ("科技", "keji", "kj"):
            assert repo.search_ids(encrypted, text) == repo.search_ids(plain, text) != set()
        months = dashboard.orders_by_month_on_own_connection(encrypted, as_of)
        assert months.equals(dashboard.orders_by_month_on_own_connection(plain, as_of))
    finally:
        plain.close()
        encrypted.close()


# --------------------------------------------------------------------------- the command line


def run(argv: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        passphrase: str | None = PASSPHRASE, new: str | None = None) -> tuple[int, str, str]:  # fmt: skip
    if passphrase is not None:
        monkeypatch.setenv("CUSTUI_PASSPHRASE", passphrase)
    if new is not None:
        monkeypatch.setenv("CUSTUI_NEW_PASSPHRASE", new)
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_encrypt_says_there_is_no_recovery_and_backs_up_first(
    plain_book: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch, names: tuple[str, str],
) -> None:  # fmt: skip
    path = tmp_path / "book.db"
    shutil.copy(plain_book, path)
    code, out, err = run(["--db", str(path), "encrypt"], capsys, monkeypatch, None, PASSPHRASE)
    assert code == 0, err
    assert "no recovery" in out and "before-encrypt" in out
    assert cipher.is_encrypted(path)
    (taken,) = backup.list_backups(path)
    assert taken.reason == "before-encrypt" and cipher.is_encrypted(taken.path)
    for file in _files(path):  # not a plain page of the customers left in the folder
        assert _holds_plain(file.read_bytes(), names) == [], file
    assert "CUSTUI_NEW_PASSPHRASE" not in __import__("os").environ  # taken out for children
    code, _, err = run(["--db", str(path), "encrypt"], capsys, monkeypatch, None, PASSPHRASE)
    assert code == 1 and "encrypted already" in err


def test_cli_asks_twice_on_a_terminal(
    plain_book: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from custui import cli_crypt

    path = tmp_path / "book.db"
    shutil.copy(plain_book, path)
    answers = iter(["one", "two"])
    monkeypatch.setattr(cli_crypt, "on_terminal", lambda: True)
    monkeypatch.setattr(cli_crypt, "_ask", lambda prompt: next(answers))
    code, _, err = run(["--db", str(path), "encrypt"], capsys, monkeypatch, None)
    assert code == cli.EXIT_USAGE and "differ" in err and not cipher.is_encrypted(path)
    answers = iter(["same", "same", "same"])
    assert run(["--db", str(path), "encrypt"], capsys, monkeypatch, None)[0] == 0
    code, out, _ = run(["--db", str(path), "find", "科技"], capsys, monkeypatch, None)  # asked once
    assert code == 0 and out


def test_cli_refuses_in_one_line_without_or_with_a_wrong_passphrase(
    book: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = book.read_bytes()
    for passphrase, says in (
        (None, "CUSTUI_PASSPHRASE"),
        ("wrong", "Wrong passphrase for book.db"),
    ):
        for command in (["score"], ["check"], ["find", "科技"], ["export", "x.csv"], []):
            monkeypatch.delenv("CUSTUI_PASSPHRASE", raising=False)
            code, out, err = run(["--db", str(book), *command], capsys, monkeypatch, passphrase)
            assert code == 1 and out == "", command
            assert err.startswith("custui: ") and says in err and len(err.splitlines()) == 1
            assert "Traceback" not in err
    assert book.read_bytes() == before
    assert sorted(p.name for p in book.parent.iterdir()) == ["book.db"]


def test_cli_commands_work_on_an_encrypted_book(
    book: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run(["--db", str(book), "score", "--top", "3"], capsys, monkeypatch)
    assert code == 0 and "Top 3" in out, err
    code, out, err = run(["--db", str(book), "check"], capsys, monkeypatch)
    assert code == 0 and "PROBLEM" not in out, out + err
    for text in ("科技", "keji"):
        code, out, _ = run(["--db", str(book), "find", text], capsys, monkeypatch)
        assert code == 0 and len(out.splitlines()) > 1
    target = tmp_path / "list.csv"
    code, out, err = run(["--db", str(book), "export", str(target)], capsys, monkeypatch)
    assert code == 0 and err.count("not encrypted") == 1
    assert target.read_bytes().count(b",") > 10  # an export is plain by nature


def test_cli_backups_restore_decrypt_and_passwd(
    book: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run(["--db", str(book), "passwd"], capsys, monkeypatch, PASSPHRASE, "新的 one")
    assert code == 0, err
    code, out, _ = run(["--db", str(book), "backups"], capsys, monkeypatch)
    assert code == 0 and "before-passwd" in out and "encrypted" in out
    code, _, err = run(["--db", str(book), "score"], capsys, monkeypatch, PASSPHRASE)
    assert code == 1 and "Wrong passphrase" in err
    code, out, err = run(
        ["--db", str(book), "restore", "1", "--yes"], capsys, monkeypatch, "新的 one"
    )
    assert code == 0 and "Restored" in out, err
    code, out, err = run(["--db", str(book), "decrypt"], capsys, monkeypatch, "新的 one")
    assert code == 0 and "plain" in out, err
    assert book.read_bytes().startswith(SQLITE_HEADER)
    code, out, _ = run(["--db", str(book), "score", "--top", "1"], capsys, monkeypatch, None)
    assert code == 0 and "Top 1" in out
    assert sqlite3.connect(book).execute("SELECT count(*) FROM customers").fetchone()[0] > 0
