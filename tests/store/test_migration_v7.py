"""Schema v7 on a real file of the previous version: addresses in parts, phones re-readable, money converted.

The v6 file is filled the way custui 0.1 (schema v6) left books: one-line
addresses, every phone read as Chinese — "(415) 555-0134" stored as
+864155550134 — and orders in CNY and USD added as one currency.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from custui import cli
from custui.store import repo, schema, scores
from custui.store.db import open_store
from custui.store.rates import set_rate, unconverted
from custui.store.schema import SCHEMA_VERSION
from custui.store.settings import base_currency, guessed, home_region
from tests.conftest import old_file

STAMP = "2025-01-01T00:00:00+00:00"
#: (code, name, address, city, phone, phone_e164 as schema v6 stored it, contact_name, contact_title)
OLD_CUSTOMERS = (
    ("C00001", "Bergmann GmbH", "Hauptstraße 5, 80331 München, Germany", None, "089 1234567", "+86891234567",
     "Jürgen Groß", "Einkaufsleiter"),
    ("C00002", "Acme Corp", "1 Market St, San Francisco, CA 94105, USA", "San Francisco", "(415) 555-0134",
     "+864155550134", "John Smith", None),
    ("C00003", "华创科技有限公司", "广东省深圳市南山区科技园路1号", "深圳", "138 0013 8000", "+8613800138000", "张伟",
     "采购经理"),
    ("C00004", "No Address Ltd", None, None, None, None, None, "采购部"),
)  # fmt: skip


@pytest.fixture
def v6_file(tmp_path: Path) -> Path:
    path = tmp_path / "old.db"
    conn = old_file(path, 6)
    for code, name, address, city, phone, e164, contact, title in OLD_CUSTOMERS:
        conn.execute(
            "INSERT INTO customers (code, name, address, city, phone, phone_e164, contact_name, contact_title, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (code, name, address, city, phone, e164, contact, title, STAMP, STAMP),
        )
    for customer, currency, amount in (
        (1, "CNY", 100_000_00),
        (2, "USD", 880_00),
        (3, "CNY", 5_000_00),
    ):
        conn.execute(
            "INSERT INTO orders (customer_id, ordered_at, amount_minor, currency, created_at) VALUES (?, ?, ?, ?, ?)",
            (customer, "2026-10-01", amount, currency, STAMP),
        )
    conn.close()
    return path


@pytest.mark.parametrize("in_workers", [False, True], ids=["here", "in-workers"])
def test_addresses_split_where_certain_and_become_searchable(
    v6_file: Path, in_workers: bool, monkeypatch
) -> None:
    if in_workers:  # a big book's addresses are taken apart and re-indexed in worker processes
        from custui.core import parallel

        monkeypatch.setattr(parallel, "PARALLEL_FROM", 1)
        monkeypatch.setattr(parallel, "WARM_UP", 1)
        monkeypatch.setattr(schema, "V7_CHUNK", 2)
    store = open_store(v6_file)
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    rows = {r["code"]: dict(r) for r in store.query("SELECT * FROM customers")}
    parts = ("street", "postcode", "city", "region", "country")
    assert [rows["C00001"][p] for p in parts] == ["Hauptstraße 5", "80331", "München", None, "DE"]
    assert [rows["C00002"][p] for p in parts] == [
        "1 Market St",
        "94105",
        "San Francisco",
        "CA",
        "US",
    ]
    assert [rows["C00003"][p] for p in parts] == [
        "广东省深圳市南山区科技园路1号",
        None,
        "深圳",
        None,
        None,
    ]
    assert [rows["C00004"][p] for p in parts] == [None, None, None, None, None]
    for query, code in (("Hauptstraße", "C00001"), ("80331", "C00001"), ("Germany", "C00001"), ("德国", "C00001"),
                        ("科技园路", "C00003"), ("market", "C00002")):  # fmt: skip
        found = repo.list_ids(store, repo.ListQuery(search=query))
        assert [rows[c]["id"] for c in rows if rows[c]["id"] in found] == [rows[code]["id"]], query
    store.close()


def test_the_one_contact_of_each_customer_becomes_its_primary_person(v6_file: Path) -> None:
    store = open_store(v6_file)
    people = store.tuples("SELECT c.code, p.name, p.title, p.is_primary FROM contacts p JOIN customers c "
                          "ON c.id = p.customer_id ORDER BY c.code")  # fmt: skip
    assert people == [("C00001", "Jürgen Groß", "Einkaufsleiter", 1), ("C00002", "John Smith", None, 1),
                      ("C00003", "张伟", "采购经理", 1), ("C00004", "采购部", "采购部", 1)]  # fmt: skip
    assert "contact_name" not in {r[1] for r in store.tuples("PRAGMA table_info(customers)")}
    huachuang = store.query("SELECT id FROM customers WHERE code = 'C00003'")[0][0]
    for query in ("张伟", "zhangwei", "zw", "采购经理"):
        assert repo.list_ids(store, repo.ListQuery(search=query)) == [huachuang], query
    assert repo.get_customer(store, huachuang)["contact_name"] == "张伟"
    store.close()


def test_first_open_guesses_home_region_and_currency_and_says_so(
    v6_file: Path, monkeypatch
) -> None:
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    store = open_store(v6_file)
    assert (home_region(store), base_currency(store)) == ("US", "USD")
    assert guessed(store) == {
        "region": "the locale LANG=en_US.UTF-8",
        "currency": "the home region US",
    }
    # the old book's CNY orders now need a rate, and say so rather than count 1:1
    assert [(u.currency, u.orders) for u in unconverted(store)] == [("CNY", 2)]
    store.close()


def test_usd_orders_count_at_their_rate_never_one_to_one(v6_file: Path, monkeypatch) -> None:
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    store = open_store(v6_file)
    assert base_currency(store) == "CNY"
    money = scores.score_book(store).frame["monetary_minor"]
    acme = store.query("SELECT id FROM customers WHERE code = 'C00002'")[0][0]
    assert money[acme] == 0 and [(u.currency, u.orders) for u in unconverted(store)] == [("USD", 1)]
    set_rate(store, "USD", "7.10")
    assert scores.score_book(store).frame["monetary_minor"][acme] == 6_248_00
    assert unconverted(store) == []
    store.close()


def test_phones_damaged_by_the_chinese_default_come_back(v6_file: Path, capsys) -> None:
    open_store(v6_file).close()
    assert cli.main(["--db", str(v6_file), "config", "region", "US"]) == 0
    assert cli.main(["--db", str(v6_file), "fix-phones", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert (
        "+864155550134" in out and "+14155550134" in out and "Dry run: 2 phones would change" in out
    )
    assert cli.main(["--db", str(v6_file), "fix-phones"]) == 0
    store = open_store(v6_file)
    phones = dict(store.tuples("SELECT code, phone_e164 FROM customers"))
    assert phones == {
        "C00001": "+49891234567",
        "C00002": "+14155550134",
        "C00003": "+8613800138000",
        "C00004": None,
    }
    assert (
        dict(store.tuples("SELECT code, phone FROM customers"))["C00002"] == "(415) 555-0134"
    )  # as typed, always
    store.close()
