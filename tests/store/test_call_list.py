"""The exported call list: who, how to reach them, where, the score in the base currency, what is next."""

from __future__ import annotations

import csv
import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pytest

from custui import cli, sample
from custui.store import call_list, repo, scores, timeline
from custui.store.db import Store, open_store
from custui.store.rates import set_rate
from tests.conftest import add_customer

ANCHOR = sample.ANCHOR


@pytest.fixture
def book(sample_file: Path, tmp_path: Path) -> Store:
    path = tmp_path / "book.db"
    shutil.copy(sample_file, path)
    store = open_store(path)
    yield store
    store.close()


def test_every_column_in_list_order_with_money_in_the_base_currency(book: Store) -> None:
    result = scores.score_book(book, ANCHOR, details=True)
    tags = scores.load_tags(book)
    rows = call_list.call_list(book, result, tags)
    assert list(rows.columns) == list(call_list.COLUMNS) and len(rows) == len(result)
    keys = list(zip((-rows["score"]).tolist(), rows["code"].tolist()))
    assert keys == sorted(keys)
    assert [Decimal(m) * 100 for m in rows["monetary"]] == result.frame.loc[
        rows.index, "monetary_minor"
    ].tolist()
    assert set(rows["currency"]) == {"CNY"}
    assert rows.attrs["decimal_columns"] == ("monetary",)
    tagged = int(next(i for i in rows.index if i in tags.index))
    assert rows.loc[tagged, "tags"] == "; ".join(t.split("/", 1)[1] for t in tags[tagged])
    assert all(isinstance(d, date) for d in rows["last_order"].dropna())
    stored = {
        r["code"]: r for r in map(dict, book.query(repo.CUSTOMER_SELECT))
    }  # with the primary contact
    pairs = {"contact": "contact_name", "title": "contact_title", "email": "email", "street": "street",
             "postcode": "postcode", "city": "city", "region": "region", "country": "country"}  # fmt: skip
    for row in rows.to_dict("records"):
        customer = stored[row["code"]]
        got = {c: None if pd.isna(row[c]) else row[c] for c in pairs}
        assert got == {c: customer[column] for c, column in pairs.items()}
    with pytest.raises(ValueError, match="details=True"):
        call_list.call_list(book, scores.score_book(book, ANCHOR), tags)


def test_a_phone_is_e164_where_understood_else_as_typed(book: Store) -> None:
    from custui.core.validate import validate_customer

    clean, _ = validate_customer(
        {"name": "Two Numbers", "phone": "138 0013 8000 / 021-6234 5678", "country": "CN"}
    )
    two = add_customer(book, clean)
    clean, _ = validate_customer(
        {"name": "Half Known", "phone": "138 0013 8000 / reception 12345", "country": "CN"}
    )
    half = add_customer(book, clean)
    rows = call_list.call_list(book, scores.score_book(book, ANCHOR, details=True))
    assert rows.loc[two, "phone"] == "+8613800138000 / +862162345678"
    assert rows.loc[half, "phone"] == "138 0013 8000 / reception 12345"  # nothing lost


def test_next_action_is_the_open_one_due_first(book: Store) -> None:
    customer = add_customer(book, {"name": "Follow Me"})
    for action, due in (("寄样品", "2026-12-10"), ("报价", "2026-12-01")):
        timeline.add_interaction(book, customer, {"occurred_at": "2026-11-19", "channel": "call", "summary": "s",
                                                  "next_action": action, "next_action_due": due})  # fmt: skip
    rows = call_list.call_list(book, scores.score_book(book, ANCHOR, details=True))
    assert (rows.loc[customer, "next_action"], rows.loc[customer, "next_action_due"]) == (
        "报价",
        date(2026, 12, 1),
    )


def test_columns_are_picked_and_ordered() -> None:
    assert call_list.parse_columns(None) == call_list.COLUMNS
    assert call_list.parse_columns(" phone, Name ,phone") == ("phone", "name")
    with pytest.raises(ValueError, match="unknown column fax; the columns are: code, name"):
        call_list.parse_columns("name,fax")


def test_money_text_is_exact() -> None:
    assert call_list.money_text([0, 5, -5, 123450, 10**15 + 1]) == [
        "0.00",
        "0.05",
        "-0.05",
        "1234.50",
        "10000000000000.01",
    ]


def test_export_columns_on_the_command_line(
    book: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "calls.csv"
    book.close()
    assert (
        cli.main(
            [
                "--db",
                str(book.path),
                "export",
                str(out),
                "--columns",
                "name,phone,country,monetary,currency",
            ]
        )
        == 0
    )
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["name", "phone", "country", "monetary", "currency"]
    assert {r[4] for r in rows[1:]} == {"CNY"}
    assert (
        cli.main(["--db", str(book.path), "export", str(out), "--columns", "name,fax"])
        == cli.EXIT_USAGE
    )
    assert "--columns: unknown column fax" in capsys.readouterr().err


def test_orders_without_a_rate_are_left_out_and_named(book: Store, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    customer = add_customer(book, {"name": "Tokyo Trading"})
    timeline.add_order(
        book,
        customer,
        {"ordered_at": "2026-11-01", "amount_minor": 1_000_000_00, "currency": "JPY"},
    )
    monetary = scores.score_book(book, ANCHOR).frame.loc[customer, "monetary_minor"]
    assert monetary == 0  # never counted 1:1
    book.close()
    out = tmp_path / "l.csv"
    assert cli.main(["--db", str(book.path), "export", str(out)]) == 0
    assert "1 order in JPY has no rate and is left out of the money" in capsys.readouterr().err
    store = open_store(book.path)
    set_rate(store, "JPY", "0.047")
    assert scores.score_book(store, ANCHOR).frame.loc[customer, "monetary_minor"] == 47_000_00
    store.close()
