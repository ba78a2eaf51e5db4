"""An import checked and written in a process of its own (issue 19 point 3): the same report, the same
rows written, and a cancel or a failure there leaves nothing behind."""

from __future__ import annotations

import multiprocessing
import threading
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from custui.store import import_apart
from custui.store.db import Store, StoreError, open_store
from custui.store.dupes import build_index_apart
from custui.store.importer import Decision, ImportCancelled, ImportReport
from custui.store.readers import read_csv_bytes
from tests.bench.terminal import copy_book
from tests.conftest import add_customer
from tests.store.test_import_existing import CSV as EXISTING_ROWS

TODAY = date(2026, 11, 20)

#: the existing-customer test's rows, and two more: one without a company name, one odd phone
CSV = EXISTING_ROWS + ",,没有名字,,,,\n,Bad Phone GmbH,Kurt,+49 30 1,,Berlin,\n"


@pytest.fixture
def book(store: Store) -> dict[str, int]:
    return {
        "华创": add_customer(store, {"name": "华创科技有限公司", "code": "C00001", "city": "深圳",
                                             "phone": "138 1234 5678", "contact_name": "王伟"}),
        "Acme": add_customer(store, {"name": "Acme Trading Co., Ltd.", "code": "C00002"}),
        "Globex": add_customer(store, {"name": "Globex Corporation", "code": "C00003", "email": "Hank@Globex.com"}),
    }  # fmt: skip


def _table():  # type: ignore[no-untyped-def]
    return read_csv_bytes(CSV.encode("utf-8"), "leads.csv")


def copy_of(store: Store, path: Path) -> Store:
    copy_book(store.path, path)
    return open_store(path)


def write(
    target: Store, *, decisions: dict[int, Decision] | None = None, **how: Any
) -> ImportReport:
    """The leads imported into *target* (as the wizard does), as *how* says (apart, cancel)."""
    return import_apart.write(target, _table(), "customers", today=TODAY, source_name="leads.csv",
                              decisions=decisions or {}, **how)  # fmt: skip


def test_a_check_apart_finds_what_a_check_here_finds(store: Store, book: dict[str, int]) -> None:
    """The app's index goes to the check's process as places in its file, and the same rows come back."""
    index = build_index_apart(store, apart_from=0)  # mapped, as the app keeps it at 100k
    steps: list[str] = []
    here = import_apart.check(store, _table(), "customers", today=TODAY, index=lambda: index)
    apart = import_apart.check(store, _table(), "customers", today=TODAY, index=lambda: index,
                               progress=lambda step, done, total: steps.append(step), apart=True)  # fmt: skip
    assert apart == here
    report, existing = apart
    assert report.rejected_rows == [3] and report.customers == 5  # C00002 is taken
    assert {e.customer_id for e in existing} == set(book.values())
    assert steps[0] == "check" and steps[-1] == "existing"
    assert multiprocessing.active_children() == []


def test_a_write_apart_writes_what_a_write_here_writes(
    store: Store, book: dict[str, int], tmp_path: Path
) -> None:
    other = copy_of(store, tmp_path / "other.db")
    decisions = {3: ("skip", book["Acme"])}
    here = write(store, decisions=decisions)
    apart = write(other, decisions=decisions, apart=True)
    assert apart == here and apart.written and apart.skipped == 1
    rows = "SELECT code, name, phone_e164, email, city, import_id FROM customers ORDER BY code"
    people = "SELECT customer_id, name, phone_e164 FROM contacts ORDER BY customer_id, name"
    assert (
        other.tuples(rows) == store.tuples(rows) and len(store.tuples(rows)) == 3 + apart.customers
    )
    assert other.tuples(people) == store.tuples(people)
    other.close()


def test_a_cancelled_write_apart_writes_nothing_and_leaves_no_process(
    store: Store, book: dict[str, int]
) -> None:
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(ImportCancelled, match="nothing was written"):
        write(store, cancel=cancel, apart=True)
    assert store.tuples("SELECT count(*) FROM customers") == [(3,)]
    assert multiprocessing.active_children() == []


def test_a_failure_apart_is_raised_here_as_it_was_there(
    store: Store, book: dict[str, int], tmp_path: Path
) -> None:
    """The process's own error, of its own type: the wizard words a file problem as it always has."""
    moved = copy_of(store, tmp_path / "gone.db")
    moved.path.unlink()  # the process finds no file to write
    with pytest.raises(StoreError):
        write(moved, apart=True)
    moved.close()


def test_small_imports_into_small_books_stay_here(
    store: Store, book: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not import_apart.goes_apart(store, _table())
    monkeypatch.setattr(import_apart, "APART_ROWS", 5)
    assert import_apart.goes_apart(store, _table())
    monkeypatch.setattr(import_apart, "APART_ROWS", 100)
    monkeypatch.setattr(import_apart, "APART_BOOK", 3)
    assert import_apart.goes_apart(store, _table())


def test_where_no_process_can_start_the_import_is_checked_and_written_here(
    store: Store, book: dict[str, int], tmp_path: Path, no_process: list[str]
) -> None:
    """A limit on processes reached: the same check and the same rows written, in this process."""
    other = copy_of(store, tmp_path / "other.db")
    index = build_index_apart(store)
    here = import_apart.check(store, _table(), "customers", today=TODAY, index=lambda: index)
    assert not no_process
    apart = import_apart.check(
        store, _table(), "customers", today=TODAY, index=lambda: index, apart=True
    )
    assert apart == here and len(no_process) == 1
    assert write(other, apart=True) == write(store) and len(no_process) == 2
    rows = "SELECT code, name, phone_e164, email, city FROM customers ORDER BY code"
    assert other.tuples(rows) == store.tuples(rows)
    other.close()
