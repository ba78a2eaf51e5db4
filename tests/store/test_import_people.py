"""Files of people through `custui import`: rows of one company become one customer with all its people."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from custui import cli
from custui.store.db import open_store
from tests import people_files


@pytest.fixture
def book(tmp_path: Path) -> Path:
    path = tmp_path / "book.db"
    open_store(path).close()
    return path


def _import(book: Path, source: Path, *options: str, capsys) -> tuple[int, str]:
    code = cli.main(["--db", str(book), "import", str(source), *options])
    return code, capsys.readouterr().out


def _people_by_customer(book: Path) -> dict[str, list[tuple]]:
    """Customer name -> its people (name, title, e-mail, primary), primary first; live ones only."""
    store = open_store(book, read_only=True)
    try:
        rows = store.tuples(
            "SELECT c.name, p.name, p.title, p.email, p.is_primary FROM customers c JOIN contacts p ON p.customer_id = c.id "
            "WHERE c.deleted_at IS NULL AND c.merged_into IS NULL AND p.deleted_at IS NULL "
            "ORDER BY c.id, p.is_primary DESC, p.id"
        )  # fmt: skip
        out: dict[str, list[tuple]] = {}
        for customer, *person in rows:
            out.setdefault(customer, []).append(tuple(person))
        (customers,) = store.tuples("SELECT count(*) FROM customers WHERE deleted_at IS NULL")[0]
        assert customers == len(out) or customers > len(
            out
        )  # customers without people have no rows here
        return out
    finally:
        store.close()


def _file_rows(path: Path, encoding: str = "utf-8") -> list[dict[str, str]]:
    with path.open(encoding=encoding, newline="") as handle:
        return list(csv.DictReader(handle))


def test_a_hubspot_export_of_40_people_becomes_4_customers_with_all_their_people(
    book: Path, tmp_path: Path, capsys
) -> None:
    source = people_files.hubspot_contacts(tmp_path / "hubspot-contacts.csv")
    code, out = _import(book, source, capsys=capsys)
    assert code == 0, out
    assert ("Read as one row per person (person-name columns, no customer code column): "
            "40 rows → 4 customers, 40 contacts.") in out  # fmt: skip
    assert "Imported 4 customers." in out and "Ignored columns" not in out
    people = _people_by_customer(book)
    rows = _file_rows(source)
    # each company under the name its first row gives it, whatever the other rows wrote (ACME Corporation…)
    first_names = list(dict.fromkeys(r["Company Name"] for r in rows if True))
    assert list(people) == [n for n in first_names if n in people] and len(people) == 4
    assert sorted(len(p) for p in people.values()) == [10, 10, 10, 10]
    everyone = {(p[0], p[2]) for persons in people.values() for p in persons}
    assert everyone == {(f"{r['First Name']} {r['Last Name']}", r["Email"]) for r in rows}
    for persons in people.values():
        assert [p[3] for p in persons] == [1] + [
            0
        ] * 9  # the first row's person is the primary contact
        assert len({p[2].rpartition("@")[2] for p in persons}) == 1  # colleagues only
    store = open_store(book, read_only=True)
    # the customer's own e-mail and phone: its first person's (it has none of its own in a contact export)
    assert store.tuples("SELECT count(*) FROM customers c JOIN contacts p ON p.customer_id = c.id AND p.is_primary = 1 "
                        "WHERE c.email = p.email AND c.phone_e164 = p.phone_e164")[0][0] == 4  # fmt: skip
    store.close()


def test_different_names_stay_apart_even_at_one_domain(book: Path, tmp_path: Path, capsys) -> None:
    source = tmp_path / "two-at-one-domain.csv"
    source.write_text("First Name,Last Name,Email,Company Name\nAnn,Lee,ann@globex.com,Globex Inc.\n"
                      "Ben,Ode,ben@globex.com,Globex Research\nCid,Park,cid@globex.com,GLOBEX INC\n", encoding="utf-8")  # fmt: skip
    code, out = _import(book, source, capsys=capsys)
    assert code == 0 and "3 rows → 2 customers, 3 contacts" in out
    assert {k: [p[0] for p in v] for k, v in _people_by_customer(book).items()} == {
        "Globex Inc.": ["Ann Lee", "Cid Park"], "Globex Research": ["Ben Ode"]}  # fmt: skip


def test_google_contacts_group_by_organisation_and_a_friend_is_a_person_customer(
    book: Path, tmp_path: Path, capsys
) -> None:
    source = people_files.google_contacts(tmp_path / "contacts.csv")
    code, out = _import(book, source, capsys=capsys)
    assert code == 0, out
    assert "6 rows → 3 customers, 6 contacts" in out and "Kept as written" not in out
    people = _people_by_customer(book)
    assert [len(people[n]) for n in ("Northwind Traders", "Contoso Ltd.")] == [3, 2]
    friend = next(r for r in _file_rows(source) if not r["Organization Name"])
    name = f"{friend['First Name']} {friend['Last Name']}"
    assert people[name] == [(name, None, friend["E-mail 1 - Value"], 1)]
    store = open_store(book, read_only=True)
    assert store.tuples("SELECT kind FROM customers WHERE name = ?", (name,)) == [("person",)]
    # Google's own group "* myContacts" is no label of the rep's; "Suppliers" is
    assert store.tuples(
        "SELECT DISTINCT t.name FROM tags t JOIN customer_tags ct ON ct.tag_id = t.id"
    ) == [("Suppliers",)]
    store.close()


def test_a_chinese_excel_file_groups_full_short_and_traditional_company_names(
    book: Path, tmp_path: Path, capsys
) -> None:
    source = people_files.chinese_contacts(tmp_path / "通讯录.csv")
    code, out = _import(book, source, capsys=capsys)
    assert code == 0, out
    assert "联系人 → contact, 手机 → mobile, 职位 → title" in out
    assert "10 rows → 4 customers, 10 contacts" in out
    people = _people_by_customer(book)
    assert [len(p) for p in people.values()] == [3, 3, 3, 1]
    rows = _file_rows(source, "gb18030")
    assert [p[1] for p in people["深圳市华创科技有限公司"]] == ["采购经理", "工程师", "总经理"]
    store = open_store(book, read_only=True)
    mobiles = dict(store.tuples("SELECT name, phone FROM contacts"))
    assert mobiles == {r["联系人"]: r["手机"] for r in rows}  # 手机 is the person's
    lone = rows[-1]["联系人"]
    assert store.tuples("SELECT kind, phone FROM customers WHERE name = ?", (lone,)) == [
        ("person", rows[-1]["手机"])
    ]
    store.close()


def test_free_mail_never_groups_and_a_shared_company_domain_does(
    book: Path, tmp_path: Path, capsys
) -> None:
    source = people_files.emails_only(tmp_path / "emails.csv")
    code, out = _import(book, source, capsys=capsys)
    assert code == 0 and "10 rows → 8 customers, 10 contacts" in out
    people = _people_by_customer(book)
    assert [p[0] for p in people["acme.io"]] == ["Alice Moore", "Bob Stone", "Carol King"]
    alone = {name: persons for name, persons in people.items() if name != "acme.io"}
    assert all(
        len(p) == 1 and p[0][0] == name for name, p in alone.items()
    )  # gmail, qq, 163, solo.dev: one each
    store = open_store(book, read_only=True)
    assert store.tuples("SELECT kind, website FROM customers WHERE name = 'acme.io'") == [
        ("company", "acme.io")
    ]
    assert {k for (k,) in store.tuples("SELECT kind FROM customers WHERE name <> 'acme.io'")} == {
        "person"
    }
    store.close()


def _with_codes(tmp_path: Path) -> Path:
    """The HubSpot file with a customer code column: every row its own customer."""
    rows = _file_rows(people_files.hubspot_contacts(tmp_path / "h.csv"))
    path = tmp_path / "with-codes.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Customer Code", *people_files.HUBSPOT_HEADERS])
        writer.writerows([f"K{n:03d}", *r.values()] for n, r in enumerate(rows))
    return path


def test_a_customer_code_column_means_one_row_per_customer(
    book: Path, tmp_path: Path, capsys
) -> None:
    code, out = _import(book, _with_codes(tmp_path), capsys=capsys)
    assert code == 0
    assert (
        "Read as one row per customer (it has a customer code column): 40 rows → 40 customers, 40 contacts."
        in out
    )
    store = open_store(book, read_only=True)
    assert store.tuples("SELECT count(DISTINCT customer_id), count(*) FROM contacts") == [(40, 40)]
    store.close()


def test_rows_overrides_the_reading_both_ways(book: Path, tmp_path: Path, capsys) -> None:
    hubspot = people_files.hubspot_contacts(tmp_path / "h.csv")
    code, out = _import(book, hubspot, "--rows", "customers", "--dry-run", capsys=capsys)
    assert (
        code == 0
        and "Read as one row per customer (as chosen): 40 rows → would be 40 customers, 40 contacts."
        in out
    )
    assert "Dry run: 40 customers would be imported" in out

    code, out = _import(book, hubspot, "--existing", "add", "--dry-run", capsys=capsys)
    assert "Read as one row per customer (--existing add merges nothing)" in out

    code, out = _import(book, hubspot, "--existing", "add", "--rows", "people", capsys=capsys)
    assert (
        code == 0
        and "Read as one row per person (as chosen): 40 rows → 4 customers, 40 contacts." in out
    )


def test_rows_is_refused_for_interactions(book: Path, tmp_path: Path, capsys) -> None:
    source = tmp_path / "i.csv"
    source.write_text("code,date,channel,summary\nC00001,2026-01-01,call,x\n", encoding="utf-8")
    assert (
        cli.main(
            ["--db", str(book), "import", str(source), "--kind", "interactions", "--rows", "people"]
        )
        == 2
    )
    assert "--rows is for customer files" in capsys.readouterr().err


def test_a_bad_row_is_rejected_alone_and_its_colleagues_still_come_in(
    book: Path, tmp_path: Path, capsys
) -> None:
    source = people_files.hubspot_contacts(tmp_path / "h.csv")
    text = source.read_text(encoding="utf-8").splitlines()
    broken = text[5].split(",")
    broken[2] = "not-an-email"
    text[5] = ",".join(broken)
    source.write_text("\n".join(text) + "\n", encoding="utf-8")
    rejects = tmp_path / "rejects.csv"
    code, out = _import(book, source, "--rejects", str(rejects), capsys=capsys)
    assert code == 1
    assert "39 rows → 4 customers, 39 contacts" not in out  # the report counts every row read
    assert "40 rows → 4 customers, 39 contacts" in out
    assert "  6  email" in out  # its row number and field, as for any customer file
    assert [r["problem"][:6] for r in _file_rows(rejects, "utf-8-sig")] == ["email:"]
    assert sum(len(p) for p in _people_by_customer(book).values()) == 39


def test_rows_already_in_the_book_are_looked_up_once_per_company(
    book: Path, tmp_path: Path, capsys
) -> None:
    source = people_files.hubspot_contacts(tmp_path / "h.csv")
    first = _file_rows(source)[0]
    small = tmp_path / "one.csv"
    small.write_text(
        "Company Name,Email\n" + f"{first['Company Name']},{first['Email']}\n", encoding="utf-8"
    )
    _import(book, small, "--rows", "customers", capsys=capsys)
    code, out = _import(book, source, "--dry-run", capsys=capsys)
    assert code == 0
    assert (
        "Already in the book, would be skipped (1 row;" in out
        and "Dry run: 3 customers would be imported" in out
    )

    code, out = _import(book, source, "--existing", "merge", capsys=capsys)
    assert "merged into their customer (1 row;" in out
    people = _people_by_customer(book)
    assert (
        len(people[first["Company Name"]]) == 10
    )  # the company's people joined the customer already there


def test_reverting_an_import_removes_the_people_it_added_and_undo_brings_them_back(
    book: Path, tmp_path: Path, capsys
) -> None:
    _import(book, people_files.hubspot_contacts(tmp_path / "h.csv"), capsys=capsys)
    live = "SELECT count(*) FROM contacts WHERE deleted_at IS NULL"

    def count() -> int:
        store = open_store(book, read_only=True)
        try:
            return store.tuples(live)[0][0]
        finally:
            store.close()

    assert count() == 40
    assert cli.main(["--db", str(book), "revert-import", "1"]) == 0
    assert "4 rows taken out" in capsys.readouterr().out
    assert count() == 0
    assert cli.main(["--db", str(book), "revert-import", "1", "--undo"]) == 0
    assert count() == 40


def test_a_file_of_people_without_a_company_column_needs_no_name_column(
    book: Path, tmp_path: Path, capsys
) -> None:
    source = tmp_path / "people.csv"
    source.write_text("姓,名,手机\n张,伟,13800138000\n李,娜,13900139000\n", encoding="utf-8")
    code, out = _import(book, source, capsys=capsys)
    assert code == 0 and "2 rows → 2 customers, 2 contacts" in out
    assert _people_by_customer(book) == {
        "张伟": [("张伟", None, None, 1)],
        "李娜": [("李娜", None, None, 1)],
    }


def test_export_contacts_writes_one_row_per_person(book: Path, tmp_path: Path, capsys) -> None:
    _import(book, people_files.hubspot_contacts(tmp_path / "h.csv"), capsys=capsys)
    store = open_store(book)
    from custui.store.contacts import list_contacts, update_contact

    acme = store.tuples("SELECT id, code, name FROM customers ORDER BY id LIMIT 1")[0]
    leaver = list_contacts(store, acme[0])[-1]
    update_contact(store, leaver["id"], {"left_at": "2026-10-31"})
    store.close()
    out = tmp_path / "people.csv"
    assert cli.main(["--db", str(book), "export", str(out), "--contacts"]) == 0
    assert capsys.readouterr().out.strip() == f"Exported 40 contacts to {out}"
    rows = _file_rows(out, "utf-8-sig")
    assert list(rows[0]) == [
        "code",
        "customer",
        "contact",
        "title",
        "phone",
        "email",
        "primary",
        "left",
    ]
    mine = [r for r in rows if r["code"] == acme[1]]
    assert len(mine) == 10 and {r["customer"] for r in mine} == {acme[2]}
    assert [r["primary"] for r in mine] == ["TRUE"] + ["FALSE"] * 9
    assert mine[-1]["contact"] == leaver["name"] and mine[-1]["left"] == "2026-10-31"
    # E.164, not "+1 (415) 555-0100" (the quote: a spreadsheet must not read "+1…" as a formula)
    assert all(r["phone"].startswith("'+1415555") for r in rows)
    source = {f"{r['First Name']} {r['Last Name']}": r for r in _file_rows(tmp_path / "h.csv")}
    assert all(
        source[r["contact"]]["Email"] == r["email"]
        and source[r["contact"]]["Job Title"] == r["title"]
        for r in rows
    )
    assert cli.main(["--db", str(book), "export", str(out), "--contacts", "--columns", "code"]) == 2
