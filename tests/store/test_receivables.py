"""Money owed in the book (issue 22): terms stored with orders, the owed report, marking paid and
undoing it, `custui owed`, and payment columns read from an import written the way Excel writes it."""

from __future__ import annotations

import csv
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from custui import cli
from custui.core.entries import validate_order
from custui.store import importer, timeline
from custui.store.db import Store, open_store
from custui.store.rates import set_rate
from custui.store.readers import read_csv_bytes
from custui.store.receivables import (
    OWED_COLUMNS,
    customer_owed,
    open_orders,
    owed_report,
    owed_rows,
    restore,
    set_paid,
)
from tests.conftest import add_customer

TODAY = date(2026, 11, 20)


def add_order(
    store: Store, customer: int, ordered: str, amount: str, terms: str = "", **raw: str
) -> int:
    clean, errors = validate_order(
        {"ordered_at": ordered, "amount": amount, "terms": terms, **raw}, TODAY
    )
    assert not errors, errors
    return timeline.add_order(store, customer, clean)


@pytest.fixture
def book(store: Store) -> tuple[Store, dict[str, int]]:
    ids = {code: add_customer(store, {"name": name, "code": code})
           for code, name in [("C00001", "华创科技"), ("C00002", "Acme"), ("C00003", "Bergmann")]}  # fmt: skip
    add_order(store, ids["C00001"], "2026-08-01", "1000", "30")  # due 08-31: 81 days overdue
    add_order(store, ids["C00001"], "2026-11-01", "500", "60")  # due 12-31: not yet
    add_order(store, ids["C00001"], "2026-10-01", "700", "paid 2026-10-20")  # paid
    add_order(store, ids["C00002"], "2026-05-01", "300", "2026-06-01")  # 172 days overdue
    add_order(store, ids["C00002"], "2026-11-01", "50")  # no terms, paid unknown: not owed
    add_order(store, ids["C00003"], "2026-10-01", "100", "30", currency="JPY")  # no rate
    return store, ids


def test_terms_are_stored_with_the_order(book) -> None:
    store, ids = book
    rows = store.tuples(
        "SELECT ordered_at, due_on, paid, paid_on FROM orders WHERE customer_id = ? ORDER BY id",
        (ids["C00001"],),
    )
    assert rows == [
        ("2026-08-01", "2026-08-31", 0, None),
        ("2026-11-01", "2026-12-31", 0, None),
        ("2026-10-01", None, 1, "2026-10-20"),
    ]


def test_a_day_paid_without_paid_is_refused_by_the_file_itself(book) -> None:
    store, _ = book
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute("UPDATE orders SET paid = 0, paid_on = '2026-11-01' WHERE id = 1")


def test_owed_report_most_overdue_first_and_says_what_is_left_out(book) -> None:
    store, ids = book
    report = owed_report(store, TODAY)
    assert [line.code for line in report.lines] == ["C00001", "C00002"]
    first = report.lines[0].owed
    assert (first.open_minor, first.overdue_minor, first.oldest_due) == (
        1500_00,
        1000_00,
        date(2026, 8, 31),
    )
    assert first.buckets == (0, 0, 1000_00, 0)  # 81 days
    assert report.lines[1].owed.buckets == (0, 0, 0, 300_00)
    assert report.left_out == {"JPY": 1}
    assert report.warnings() == [
        "1 open order in JPY has no rate and is left out of the money owed — set one with: custui config rate JPY RATE"
    ]
    set_rate(store, "JPY", "0.05")
    again = owed_report(store, TODAY)
    assert again.left_out == {} and [line.code for line in again.lines][-1] == "C00003"
    assert customer_owed(store, ids["C00003"], TODAY).open_minor == 5_00


def test_marking_paid_and_undoing_it(book) -> None:
    store, ids = book
    first = open_orders(store, ids["C00001"], TODAY)
    assert [o.due for o in first] == [date(2026, 8, 31), date(2026, 12, 31)]
    before = store.tuples(
        "SELECT paid, paid_on, due_on FROM orders WHERE id = ?", (first[0].order_id,)
    )
    undo = set_paid(store, first[0].order_id, TODAY)
    assert customer_owed(store, ids["C00001"], TODAY).overdue_minor == 0
    assert store.tuples(
        "SELECT paid, paid_on, due_on FROM orders WHERE id = ?", (first[0].order_id,)
    ) == [
        (1, "2026-11-20", "2026-08-31")  # the due day stays: paying late is remembered
    ]
    restore(store, undo)
    assert (
        store.tuples("SELECT paid, paid_on, due_on FROM orders WHERE id = ?", (first[0].order_id,))
        == before
    )
    assert customer_owed(store, ids["C00001"], TODAY).overdue_minor == 1000_00


def test_export_columns(book, tmp_path: Path) -> None:
    store, _ = book
    frame = owed_rows(owed_report(store, TODAY))
    assert tuple(frame.columns) == OWED_COLUMNS
    assert frame.iloc[0][["code", "owed", "overdue", "oldest_due", "61–90"]].tolist() == [
        "C00001", "1500.00", "1000.00", "2026-08-31", "1000.00",
    ]  # fmt: skip


# -- the command ---------------------------------------------------------------------------------


def test_owed_command_prints_and_exports(book, db_path: Path, tmp_path: Path, capsys) -> None:
    store, _ = book
    store.close()
    assert cli.main(["--db", str(db_path), "owed", "--as-of", "2026-11-20"]) == 0
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert lines[0].split() == ["code", "name", "owed", "overdue", "oldest_due"]
    assert lines[1].split() == ["C00001", "华创科技", "1,500.00", "1,000.00", "2026-08-31"]
    assert lines[2].split() == ["C00002", "Acme", "300.00", "300.00", "2026-06-01"]
    assert lines[3].startswith("2 customers owe 1,800.00 CNY, 1,300.00 overdue on 2026-11-20")
    assert "JPY has no rate" in captured.err
    for name in ("owed.csv", "owed.xlsx"):
        out = tmp_path / name
        assert (
            cli.main(["--db", str(db_path), "owed", "--as-of", "2026-11-20", "--export", str(out)])
            == 0
        )
        assert f"Wrote 2 customers who owe money to {out}" in capsys.readouterr().out
    with open(tmp_path / "owed.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == list(OWED_COLUMNS)
    assert rows[1][:5] == ["C00001", "华创科技", "1500.00", "1000.00", "2026-08-31"]
    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "owed.xlsx").active
    assert [c.value for c in sheet[1]][:5] == ["code", "name", "owed", "overdue", "oldest_due"]
    assert sheet["C2"].value == 1500


def test_owed_command_on_a_book_nobody_owes(db_path: Path, capsys) -> None:
    open_store(db_path).close()
    assert cli.main(["--db", str(db_path), "owed", "--as-of", "2026-11-20"]) == 0
    assert capsys.readouterr().out.strip() == "Nobody owes money on 2026-11-20."
    assert cli.main(["--db", str(db_path), "owed", "--export", "x.txt"]) == cli.EXIT_ERROR


# -- imports -------------------------------------------------------------------------------------

#: As Excel (Chinese locale) saves "CSV UTF-8": a byte order mark, CRLF line ends, days with slashes
#: and no leading zeros, amounts with thousands separators in quotes, 是/否 for paid.
EXCEL_CSV = (
    "\ufeff客户编号,日期,金额,付款状态,账期,到期日,付款日期\r\n"
    'C00001,2026/8/1,"12,800.00",否,30,,\r\n'
    'C00001,2026/9/3,"1,000.00",是,,2026/10/3,2026/10/9\r\n'
    "C00002,2026/10/31,500,否,月结60,,\r\n"
    "C00002,2026/11/2,80,是,,,\r\n"
    "C00002,2026/11/2,80,否,,,2026/11/5\r\n"
    "C00002,2026/11/2,80,,soon,,\r\n"
)
ENGLISH_CSV = (
    "Code,Date,Amount,Paid,Due,Terms,Paid on\r\n"
    "C00001,2026-10-01,100,no,2026-12-15,,\r\n"
    "C00001,2026-10-01,100,yes,,60,2026-11-10\r\n"
    "C00001,2026-10-01,100,2026-11-02,,,\r\n"
)


def test_import_reads_payment_columns_written_by_excel(book) -> None:
    store, ids = book
    table = read_csv_bytes(EXCEL_CSV.encode("utf-8"), "orders.csv")
    report = importer.import_table(store, table, "orders", today=TODAY)
    assert report.imported == 4
    reasons = {r.row: (r.field, r.reason) for r in report.rejected}
    assert reasons[6][1] == "Paid says no, but it was paid on 2026-11-05."
    assert reasons[7][0] == "terms" and reasons[7][1].startswith("Not terms: soon")
    rows = store.tuples(
        "SELECT customer_id, ordered_at, amount_minor, due_on, paid, paid_on FROM orders WHERE import_id IS NOT NULL "
        "ORDER BY id"
    )
    assert rows == [
        (ids["C00001"], "2026-08-01", 1280000, "2026-08-31", 0, None),
        (ids["C00001"], "2026-09-03", 100000, "2026-10-03", 1, "2026-10-09"),
        (ids["C00002"], "2026-10-31", 50000, "2026-12-30", 0, None),  # 60 days from 31 Oct
        (ids["C00002"], "2026-11-02", 8000, None, 1, None),
    ]


def test_import_reads_english_payment_headers(book) -> None:
    store, _ = book
    table = read_csv_bytes(ENGLISH_CSV.encode("utf-8"), "orders.csv")
    report = importer.import_table(store, table, "orders", today=TODAY)
    assert (report.imported, report.rejected) == (3, [])
    rows = store.tuples(
        "SELECT due_on, paid, paid_on FROM orders WHERE import_id IS NOT NULL ORDER BY id"
    )
    assert rows == [
        ("2026-12-15", 0, None),
        ("2026-11-30", 1, "2026-11-10"),
        (None, 1, "2026-11-02"),
    ]


# -- the migration -------------------------------------------------------------------------------


def test_v10_keeps_every_order_and_its_paid(tmp_path: Path) -> None:
    """A v9 book: the orders and their paid values come through; no terms are made up."""
    sql = (Path(__file__).parent / "old_books" / "v9.sql").read_text(encoding="utf-8")
    path = tmp_path / "v9.db"
    conn = sqlite3.connect(path)
    conn.executescript(sql)
    before = conn.execute("SELECT id, paid FROM orders ORDER BY id").fetchall()
    conn.close()
    assert before and {p for _, p in before} >= {0, 1}
    store = open_store(path)
    after = store.tuples("SELECT id, paid, due_on, paid_on FROM orders ORDER BY id")
    assert [(i, p) for i, p, _, _ in after] == before
    assert {(d, o) for _, _, d, o in after} == {(None, None)}
    # an unpaid order of before terms is owed, due on its order day
    unpaid = [i for i, p in before if p == 0]
    owed = owed_report(store, TODAY)
    assert sum(line.owed.open_orders for line in owed.lines) + sum(owed.left_out.values()) >= 1
    assert unpaid
    store.close()
