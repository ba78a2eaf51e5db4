"""custui.store.importer on a real file: rows checked like the forms, good ones in one transaction."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from custui.core import merge as merge_core
from custui.store import importer, repo
from custui.store import merge as store_merge
from custui.store.db import Store
from custui.store.readers import read_csv_bytes
from custui.store.search_index import documents
from tests.conftest import add_customer

TODAY = date(2026, 11, 20)


def _table(text: str):
    return read_csv_bytes(text.encode("utf-8"), "t.csv")


@pytest.fixture
def people(store: Store) -> dict[str, int]:
    ids = {code: add_customer(store, {"name": name, "code": code})
           for code, name in [("C00001", "华创科技"), ("C00002", "Acme"), ("C00003", "旧客户"), ("C00004", "Dup")]}  # fmt: skip
    repo.delete_customer(store, ids["C00003"])
    customers = [repo.get_customer(store, ids["C00002"]), repo.get_customer(store, ids["C00004"])]
    store_merge.merge(
        store, merge_core.default_plan(customers)
    )  # C00004 merged into C00002 (the older one)
    return ids


def _count(store: Store, table: str) -> int:
    return store.query(f"SELECT count(*) FROM {table}")[0][0]


INTERACTIONS = """客户编号,日期,方式,跟进内容,跟进人,态度,下一步,下次跟进
C00001,2026-11-01,电话,问了报价,张伟,积极,发报价,2026-11-25
c00002,2026/11/2,拜访,上门演示,李娜,一般,,
C00004,2026年11月3日,微信,合并后的客户,,,,
C99999,2026-11-03,call,nobody,,,,
C00003,2026-11-03,call,deleted one,,,,
C00001,,传真,hm,,,,
C00001,2026-11-04,email,,,,,2026-12-01
"""


def test_interactions_land_on_their_customers_and_bad_rows_are_reported(
    store: Store, people: dict[str, int]
) -> None:
    report = importer.import_table(store, _table(INTERACTIONS), "interactions", today=TODAY)
    assert (report.rows, report.imported, report.written) == (7, 3, True)
    assert report.rejected_rows == [5, 6, 7, 8]
    reasons = {(r.row, r.field): r.reason for r in report.rejected}
    assert reasons[(5, "customer code")] == "No customer has code C99999."
    assert reasons[(6, "customer code")] == "Customer C00003 is deleted."
    assert "传真" in reasons[(7, "channel")] and reasons[(7, "date")] == "Date is required."
    assert reasons[(8, "summary")] == "Summary is required."
    rows = store.query("SELECT customer_id, occurred_at, channel, owner, sentiment, next_action_due FROM interactions "
                       "ORDER BY occurred_at")  # fmt: skip
    assert [tuple(r) for r in rows] == [
        (people["C00001"], "2026-11-01", "call", "张伟", "positive", "2026-11-25"),
        (people["C00002"], "2026-11-02", "visit", "李娜", "neutral", None),
        (
            people["C00002"],
            "2026-11-03",
            "message",
            None,
            None,
            None,
        ),  # C00004 was merged into C00002
    ]


def test_strict_and_dry_run_write_nothing(store: Store, people: dict[str, int]) -> None:
    strict = importer.import_table(
        store, _table(INTERACTIONS), "interactions", today=TODAY, strict=True
    )
    dry = importer.import_table(
        store, _table(INTERACTIONS), "interactions", today=TODAY, dry_run=True
    )
    assert not strict.written and not dry.written and strict.imported == dry.imported == 0
    assert len(dry.rejected_rows) == 4
    assert _count(store, "interactions") == 0


def test_orders_keep_money_exact(store: Store, people: dict[str, int]) -> None:
    text = 'code,order date,金额,产品,币种\nC00001,2026-10-01,"¥1,234.50",阀门,\nC00001,2026-10-02,1.2万,泵,usd\nC00001,2026-10-03,-5,x,\n'
    report = importer.import_table(store, _table(text), "orders", today=TODAY)
    assert report.imported == 2 and report.rejected_rows == [4]
    rows = store.query("SELECT amount_minor, currency, product FROM orders ORDER BY ordered_at")
    assert [tuple(r) for r in rows] == [(123450, "CNY", "阀门"), (1200000, "USD", "泵")]


def test_customers_are_validated_and_numbered(store: Store, people: dict[str, int]) -> None:
    text = ("客户名称,客户编号,电话,邮箱,规模\n"
            "新客户甲,,138 0013 8000,A@Example.COM,250\n"
            "Dup code,c00001,,,\n"
            "Own code,X-9,,,\n"
            "Same in file,x-9,,,\n"
            ",,,,\n"
            "Bad mail,,,not-a-mail,\n"
            "新客户乙,,,,\n")  # fmt: skip
    report = importer.import_table(store, _table(text), "customers", today=TODAY)
    assert report.imported == 3
    assert report.rejected_rows == [3, 5, 7]
    rows = store.query("SELECT code, name, kind, phone_e164, email, size, row_version FROM customers "
                       "WHERE id > ? ORDER BY id", (max(people.values()),))  # fmt: skip
    assert [tuple(r) for r in rows] == [
        ("C00005", "新客户甲", "company", "+8613800138000", "a@example.com", 250, 1),
        ("X-9", "Own code", "company", None, None, None, 1),
        ("C00006", "新客户乙", "company", None, None, None, 1),
    ]
    assert repo.search_ids(store, "新客户") == set(_ids_named(store, "新客户"))


def _ids_named(store: Store, prefix: str) -> set[int]:
    return {
        r[0] for r in store.query("SELECT id FROM customers WHERE name LIKE ?", (prefix + "%",))
    }


def test_missing_required_columns_stop_before_any_row(store: Store, people: dict[str, int]) -> None:
    with pytest.raises(importer.MissingColumns, match=r"no column for: date .*; channel"):
        importer.import_table(
            store, _table("客户编号,内容\nC00001,x\n"), "interactions", today=TODAY
        )


def test_ragged_rows_are_rejected_whole(store: Store, people: dict[str, int]) -> None:
    report = importer.import_table(
        store, _table("name,city\nA,深圳\nB,上海,extra\n"), "customers", today=TODAY
    )
    assert report.imported == 1 and report.rejected_rows == [3] and report.rows == 2
    assert "3 cells but the header has 2" in report.rejected[0].reason


def test_a_failure_midway_writes_nothing(
    store: Store, people: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The write is one transaction: an error on the last row leaves no earlier row behind."""
    text = "code,date,channel,summary\n" + "".join(
        f"C00001,2026-11-{d:02d},call,s{d}\n" for d in range(1, 29)
    )
    original = store.conn.executemany

    class Boom(Exception):
        pass

    def exploding(sql, rows):  # a full disk on the way in
        rows = list(rows)
        original(sql, rows[:-1])
        raise Boom

    monkeypatch.setattr(store, "conn", _Proxy(store.conn, executemany=exploding))
    with pytest.raises(Boom):
        importer.import_table(store, _table(text), "interactions", today=TODAY)
    monkeypatch.undo()
    assert _count(store, "interactions") == 0


class _Proxy:
    """A connection whose executemany is replaced; everything else passes through."""

    def __init__(self, conn, **replaced):
        self._conn, self._replaced = conn, replaced

    def __getattr__(self, name):
        return self._replaced.get(name) or getattr(self._conn, name)


def test_progress_is_reported(store: Store, people: dict[str, int]) -> None:
    seen: list[tuple[int, int]] = []
    text = "name\n" + "".join(f"客户{n}\n" for n in range(4_500))
    importer.import_table(
        store, _table(text), "customers", today=TODAY, progress=lambda d, t: seen.append((d, t))
    )
    assert seen == [(2000, 4500), (4000, 4500), (4500, 4500)]


def test_import_from_an_xlsx_file(store: Store, people: dict[str, int], tmp_path: Path) -> None:
    from datetime import datetime

    from openpyxl import Workbook

    from custui.store.readers import read_table

    book = Workbook()
    book.active.append(["客户编号", "下单日期", "订单金额", "产品"])
    book.active.append(["C00001", datetime(2026, 9, 1), 880.25, "法兰"])
    book.save(tmp_path / "o.xlsx")
    report = importer.import_table(store, read_table(tmp_path / "o.xlsx"), "orders", today=TODAY)
    assert report.imported == 1
    assert tuple(store.query("SELECT ordered_at, amount_minor FROM orders")[0]) == (
        "2026-09-01",
        88025,
    )


def test_revert_takes_out_exactly_what_the_import_wrote_and_undo_brings_it_back(
    store: Store, people
) -> None:
    from custui.store import imports

    first = importer.import_table(
        store, _table("name\n甲\n乙\n丙\n"), "customers", today=TODAY, source_name="a.csv"
    )
    second = importer.import_table(
        store, _table("name\n丁\n"), "customers", today=TODAY, source_name="b.csv"
    )
    ids = dict(store.tuples("SELECT name, id FROM customers WHERE import_id IS NOT NULL"))
    repo.delete_customer(
        store, ids["乙"]
    )  # deleted by hand before the revert: must stay deleted after the undo
    listed = imports.list_imports(store)
    assert [(r.id, r.source, r.rows, r.live) for r in listed] == [(second.import_id, "b.csv", 1, 1),
                                                                   (first.import_id, "a.csv", 3, 2)]  # fmt: skip
    assert imports.revert_import(store, first.import_id) == 2
    active = {r[0] for r in store.tuples("SELECT name FROM customers WHERE deleted_at IS NULL")}
    assert not {"甲", "乙", "丙"} & active and "丁" in active
    assert imports.undo_revert(store, first.import_id) == 2
    active = {r[0] for r in store.tuples("SELECT name FROM customers WHERE deleted_at IS NULL")}
    assert {"甲", "丙", "丁"} <= active and "乙" not in active


def test_industries_are_mapped_to_the_standard_list_with_the_reps_synonyms(
    store: Store, people
) -> None:
    from custui.store.settings import INDUSTRY_SYNONYMS_KEY, put_setting

    put_setting(store, INDUSTRY_SYNONYMS_KEY, {"机加工": "制造 Manufacturing"})
    text = "客户名称,所属行业\n甲,制造业\n乙,Retail\n丙,机加工\n丁,养蜂\n"
    importer.import_table(store, _table(text), "customers", today=TODAY)
    rows = dict(store.tuples("SELECT name, industry FROM customers WHERE import_id IS NOT NULL"))
    assert rows == {
        "甲": "制造 Manufacturing",
        "乙": "零售 Retail",
        "丙": "制造 Manufacturing",
        "丁": "养蜂",
    }


def test_bulk_written_search_rows_equal_what_the_triggers_would_index(store: Store, people) -> None:
    csv = ("客户名称,联系人,电话,邮箱,城市,备注,标签\n"
           "深圳市華創科技有限公司,王伟,13812345678,Wang@Example.cn,深圳,\"交期紧，价格敏感。\",重点\n"
           "Acme Trading Co.,John Smith,+1 415 555 0100,john@acme.com,San Francisco,,\n"
           "重庆银行,,,,,,\n")  # fmt: skip
    report = importer.import_table(store, _table(csv), "customers", today=TODAY)
    assert report.imported == 3
    stored = store.tuples("SELECT f.rowid, f.doc, f.pinyin FROM customer_fts f JOIN customers c ON c.id = f.rowid "
                          "WHERE c.import_id = ? ORDER BY f.rowid", (report.import_id,))  # fmt: skip
    expected = documents(store.conn, [r[0] for r in stored])
    assert len(stored) == 3 and stored == expected
    assert "customers_search_queue_insert" in {
        r[0] for r in store.tuples("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    }
    assert [
        r[0]
        for r in store.tuples("SELECT rowid FROM customer_fts WHERE customer_fts MATCH 'cqyh*'")
    ] == [stored[2][0]]


def test_a_code_the_book_or_the_file_already_has_is_rejected_in_any_case(
    store: Store, people: dict[str, int]
) -> None:
    """A code taken by a customer, a deleted or merged one, one another program wrote in lower case, or
    an earlier row of the file: the row is rejected, saying why; the others are imported."""
    other = add_customer(store, {"name": "外部系统客户"})
    with store.transaction() as conn:  # another program wrote this code, lower case
        conn.execute("UPDATE customers SET code = 'c00777' WHERE id = ?", (other,))
    text = (
        "code,name\nc00001,甲\nC00003,乙\nC00004,丙\nC00777,丁\nC00900,戊\nc00900,己\nC00901,庚\n"
    )
    report = importer.import_table(store, _table(text), "customers", today=TODAY)
    rejected = {r.row: r.reason for r in report.rejected}
    assert sorted(rejected) == [2, 3, 4, 5, 7]
    assert all("already used by another customer" in reason for reason in rejected.values())
    assert report.imported == 2
    codes = {r[0] for r in store.tuples("SELECT code FROM customers WHERE name IN ('戊', '庚')")}
    assert codes == {"C00900", "C00901"}
