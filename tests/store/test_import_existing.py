"""Rows that are probably customers already: found by the duplicate core, then merged, skipped or added."""

from __future__ import annotations

from datetime import date

import pytest

from custui.store import import_existing, importer, repo
from custui.store import merge as store_merge
from custui.store.db import Store, StoreError
from custui.store.dupes import build_index
from custui.store.imports import revert_import
from custui.store.readers import read_csv_bytes
from tests.conftest import add_customer

TODAY = date(2026, 11, 20)

CSV = """客户编号,客户名称,联系人,电话,邮箱,城市,备注
,深圳市华创科技有限公司,王伟,13812345678,,深圳,新的备注
C00002,Acme Trading,John,,,,
,完全不同的公司,赵六,13900001111,,,
,Globex Ltd,Hank,,hank@globex.com,,
"""


@pytest.fixture
def book(store: Store) -> dict[str, int]:
    ids = {
        "华创": add_customer(store, {"name": "华创科技有限公司", "code": "C00001", "city": "深圳",
                                             "phone": "138 1234 5678", "contact_name": "王伟"}),
        "Acme": add_customer(store, {"name": "Acme Trading Co., Ltd.", "code": "C00002", "notes": "keep"}),
        "Globex": add_customer(store, {"name": "Globex Corporation", "code": "C00003", "email": "Hank@Globex.com"}),
    }  # fmt: skip
    with (
        store.transaction() as conn
    ):  # entered long before the import (not in the same second: no tie)
        conn.execute(
            "UPDATE customers SET created_at = '2025-01-01T00:00:00+00:00', updated_at = '2025-01-01T00:00:00+00:00'"
        )
    return ids


def _table():
    return read_csv_bytes(CSV.encode("utf-8"), "t.csv")


def test_rows_like_existing_customers_are_found_with_reasons(store: Store, book) -> None:
    found = import_existing.find_existing(store, _table(), build_index(store))
    assert [(e.row, e.customer_id) for e in found] == [
        (2, book["华创"]),
        (3, book["Acme"]),
        (5, book["Globex"]),
    ]
    assert found[1].reasons == ("same code",) and found[1].score == 100.0
    assert found[0].code == "C00001" and found[0].name == "华创科技有限公司" and found[0].reasons


def test_merge_skip_and_add_per_row_and_revert_puts_the_customers_back(store: Store, book) -> None:
    before = {cid: repo.get_customer(store, cid) for cid in book.values()}
    decisions = {
        2: ("merge", book["华创"]),
        3: ("merge", book["Acme"]),
        5: ("skip", book["Globex"]),
    }
    report = importer.import_table(store, _table(), "customers", today=TODAY, decisions=decisions)
    assert (report.imported, report.merged, report.skipped, report.rejected) == (3, 2, 1, [])
    huachuang = repo.get_customer(store, book["华创"])
    assert (
        huachuang["code"] == "C00001" and huachuang["notes"] == "新的备注"
    )  # the file's values win where it has them
    assert (
        repo.get_customer(store, book["Acme"])["notes"] == "keep"
    )  # and the book keeps what the file lacks
    active = store.tuples(
        "SELECT name FROM customers WHERE merged_into IS NULL AND deleted_at IS NULL ORDER BY id"
    )
    # the file's "Acme Trading" is a shorter variant of the book's name, which stays
    assert [r[0] for r in active] == [
        "深圳市华创科技有限公司",
        "Acme Trading Co., Ltd.",
        "Globex Corporation",
        "完全不同的公司",
    ]
    store_merge.undo_merge(
        store
    )  # the last merge is an ordinary one: undo works on the duplicates screen

    revert_import(store, report.import_id)
    for cid, row in before.items():
        assert {
            k: v
            for k, v in repo.get_customer(store, cid).items()
            if k not in ("updated_at", "row_version")
        } == {k: v for k, v in row.items() if k not in ("updated_at", "row_version")}
    assert store.tuples(
        "SELECT count(*) FROM customers WHERE deleted_at IS NULL AND merged_into IS NULL"
    ) == [(3,)]


def test_a_merge_into_a_customer_gone_since_the_check_writes_nothing(store: Store, book) -> None:
    repo.delete_customer(store, book["华创"])
    with pytest.raises(StoreError):
        importer.import_table(
            store, _table(), "customers", today=TODAY, decisions={2: ("merge", book["华创"])}
        )
    assert store.tuples("SELECT count(*) FROM customers") == [(3,)]


def test_the_check_lets_go_of_the_pages_of_a_mapped_index(
    store: Store, book, tmp_path, monkeypatch
) -> None:
    """An index the scan's process sent maps its arrays from a file; a chunk's lookups make most of its
    pages resident (~30 MB at 100k): the check lets them go chunk by chunk."""
    import io
    import pickle
    import re
    from pathlib import Path

    import numpy as np

    from custui.core.dedupe import index as index_module
    from custui.core.dedupe import spill as spill_module
    from custui.store.dupes import BookRecords

    monkeypatch.setattr(spill_module, "SPILL_FROM", 1)  # a small book's arrays spilled too
    spill, sent = tmp_path / "index.bin", io.BytesIO()
    spill.write_bytes(b"")
    index_module.dump_index(build_index(store), sent, spill_to=spill)
    mapped = pickle.loads(sent.getvalue())
    mapped.attach(BookRecords(store))
    starts = {
        np.frombuffer(m, dtype=np.uint8).__array_interface__["data"][0] for m in mapped._mappings
    }
    assert starts

    def resident_kb() -> int:
        total, inside = 0, False
        for line in Path("/proc/self/smaps").read_text().splitlines():
            if m := re.match(r"([0-9a-f]+)-[0-9a-f]+ ", line):
                inside = int(m[1], 16) in starts
            elif inside and line.startswith("Rss:"):
                total += int(line.split()[1])
        return total

    found = import_existing.find_existing(store, _table(), mapped)
    assert found == import_existing.find_existing(store, _table(), build_index(store))
    assert resident_kb() == 0
