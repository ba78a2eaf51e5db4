"""The bulk path of a customer import: worker processes, triggers and indexes off while writing,
cancel.  Whatever path a file takes, the book must end up the same."""

from __future__ import annotations

import csv
import io
import threading
from datetime import date
from pathlib import Path

import pytest

from custui.core import parallel
from custui.store import importer
from custui.store.db import open_store
from custui.store.readers import read_csv_bytes
from custui.store.search_index import documents

TODAY = date(2026, 11, 20)
NAMES = [
    "深圳市华创科技有限公司",
    "Acme Trading Co., Ltd.",
    "重庆银行",
    "北京远辰软件",
    "杭州盛和物流",
]


def _csv(rows: int) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["客户编号", "客户名称", "联系人", "电话", "邮箱", "所属行业", "标签"])
    for n in range(rows):
        code = f"X{n:03d}" if n % 4 == 0 else ""  # most rows numbered by the importer
        phone = "12345" if n % 9 == 5 else f"138{n:08d}"  # some not understood: kept, warned about
        email = "not-an-email" if n % 9 == 5 else f"p{n}@example.cn"  # rejected
        code = "X000" if n == 30 else code  # a duplicate code, rejected
        writer.writerow(
            [code, f"{NAMES[n % 5]} {n}", f"王伟{n}", phone, email, "机加工", "重点;risk/付款慢"]
        )
    return out.getvalue().encode("utf-8")


def _book(path: Path) -> dict[str, object]:
    store = open_store(path)
    try:
        tables = {
            "customers": store.tuples("SELECT code, name, phone_e164, email, industry FROM customers ORDER BY id"),
            "contacts": store.tuples("SELECT customer_id, name, title, is_primary FROM contacts ORDER BY id"),
            "fts": store.tuples("SELECT rowid, doc, pinyin FROM customer_fts ORDER BY rowid"),
            "tags": store.tuples("SELECT c.code, t.category, t.name FROM customer_tags ct JOIN customers c ON c.id = ct.customer_id "
                                 "JOIN tags t ON t.id = ct.tag_id ORDER BY 1, 2, 3"),
            "schema": store.tuples("SELECT type, name, sql FROM sqlite_master ORDER BY name"),
        }  # fmt: skip
    finally:
        store.close()
    return tables


def _import(path: Path, data: bytes, **kwargs) -> importer.ImportReport:
    store = open_store(path)
    try:
        return importer.import_table(
            store, read_csv_bytes(data, "t.csv"), "customers", today=TODAY, **kwargs
        )
    finally:
        store.close()


def test_worker_processes_and_index_rebuilds_give_the_same_book(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    data = _csv(60)
    serial = _import(tmp_path / "serial.db", data)
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 10)
    monkeypatch.setattr(importer, "_CHUNK_ROWS", 7)
    monkeypatch.setattr(importer, "_REBUILD_INDEXES_FROM", 10)
    bulk = _import(tmp_path / "bulk.db", data)
    assert (bulk.imported, bulk.rejected, bulk.warnings) == (
        serial.imported,
        serial.rejected,
        serial.warnings,
    )
    assert bulk.imported == 52 and bulk.rejected_rows == [7, 16, 25, 32, 34, 43, 52, 61]
    assert _book(tmp_path / "bulk.db") == _book(tmp_path / "serial.db")


def test_the_triggers_view_agrees_with_the_bulk_search_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 10)
    monkeypatch.setattr(importer, "_CHUNK_ROWS", 7)
    _import(tmp_path / "b.db", _csv(40))
    store = open_store(tmp_path / "b.db")
    try:
        assert store.tuples(
            "SELECT rowid, doc, pinyin FROM customer_fts ORDER BY rowid"
        ) == documents(store.conn)
    finally:
        store.close()


def test_cancel_while_checking_writes_nothing_and_leaves_the_schema_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(importer, "_CHUNK_ROWS", 5)
    monkeypatch.setattr(importer, "_PROGRESS_EVERY", 5)
    monkeypatch.setattr(importer, "_REBUILD_INDEXES_FROM", 10)
    before = _book(tmp_path / "c.db")
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        if done >= 20:
            cancel.set()  # as the wizard's esc does, from another thread

    with pytest.raises(importer.ImportCancelled, match="nothing was written"):
        _import(tmp_path / "c.db", _csv(60), progress=progress, cancel=cancel)
    assert _book(tmp_path / "c.db") == before
