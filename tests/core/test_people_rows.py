"""custui.core.people_rows and core.free_mail: which reading a file takes, the person on a row, grouping."""

from __future__ import annotations

import pytest

from custui.core.free_mail import company_domain, is_free_mail
from custui.core.people_rows import choose_reading, group_rows, person_name, split_person


@pytest.mark.parametrize(("fields", "options", "rows"), [
    ({"name", "first_name", "last_name", "email"}, {}, "people"),
    ({"contact_name", "phone"}, {}, "people"),
    ({"code", "name", "contact_name"}, {}, "customers"),
    ({"name", "phone", "email"}, {}, "customers"),
    ({"name", "contact_name"}, {"adds_all": True}, "customers"),
    ({"name", "contact_name"}, {"chosen": "customers"}, "customers"),
    ({"code", "name"}, {"chosen": "people"}, "people"),
    ({"code", "name", "contact_name"}, {"per_person": True}, "people"),
])  # fmt: skip
def test_the_reading(fields: set[str], options: dict, rows: str) -> None:
    assert choose_reading(fields, **options).rows == rows


def test_a_reading_says_what_it_made() -> None:
    reading = choose_reading({"contact_name"})
    assert reading.line(40, 4, 40) == ("Read as one row per person (person-name columns, no customer code column): "
                                       "40 rows → 4 customers, 40 contacts")  # fmt: skip
    assert choose_reading({"code"}).line(1, 1, 0) == ("Read as one row per customer (it has a customer code column): "
                                                      "1 row → 1 customer, 0 contacts")  # fmt: skip


@pytest.mark.parametrize(("first", "last", "name"), [("John", "Smith", "John Smith"), ("伟", "张", "张伟"),
                                                     ("", "Smith", "Smith"), ("Ann", None, "Ann")])  # fmt: skip
def test_person_names(first, last, name) -> None:
    assert person_name(first, last) == name


def test_a_person_row_keeps_its_phone_and_email_and_a_row_without_a_company_is_the_persons() -> (
    None
):
    customer, person = split_person({"first_name": "Ann", "last_name": "Lee", "phone": "1", "contact_phone": "2",
                                     "email": "a@x.com", "name": ""}, "people")  # fmt: skip
    assert person == {"name": "Ann Lee", "title": "", "phone": "1 / 2", "email": "a@x.com"}
    assert (customer["name"], customer["kind"], customer["phone"], customer["email"]) == (
        "Ann Lee",
        "person",
        "",
        "",
    )
    customer, person = split_person(
        {"name": "Acme", "contact_name": "Bo", "phone": "1", "contact_phone": "2"}, "customers"
    )
    assert (customer["phone"], person["phone"], person["email"]) == ("1", "2", "")
    customer, person = split_person(
        {"name": "Acme", "phone": "", "contact_phone": "2"}, "customers"
    )
    assert (customer["phone"], person) == ("2", None)  # a mobile without a person is the customer's


@pytest.mark.parametrize("domain", ["gmail.com", "QQ.com", "163.com", "126.com", "outlook.com", "hotmail.fr",
                                    "yahoo.co.jp", "yahoo.com", "icloud.com", "foxmail.com", "sina.com"])  # fmt: skip
def test_free_mail_domains(domain: str) -> None:
    assert is_free_mail(domain) and company_domain(f"x@{domain}") is None


def test_company_domains() -> None:
    assert company_domain("Li@Acme.COM") == "acme.com" and not is_free_mail("outlookbooks.com")


def _row(name: str, email: str, **extra) -> dict:
    return {"name": name, "kind": extra.pop("kind", "company"), "contacts": [{"name": email.split("@")[0], "email": email}],
            **extra}  # fmt: skip


def test_rows_group_by_folded_company_name_then_code_and_persons_stay_alone() -> None:
    rows = [(2, _row("Acme Corp", "a@acme.com")), (3, _row("Bo", "bo@gmail.com", kind="person")),
            (4, _row("ACME Corporation", "b@acme.com", notes="met at expo")), (5, _row("Bo", "bo@gmail.com", kind="person")),
            (6, _row("Acme Corp", "c@acme.com", code="K1")), (7, _row("Other", "d@acme.com", code="k1"))]  # fmt: skip
    groups = group_rows(rows, by_domain=False)
    assert [g.rows for g in groups] == [(2, 4), (3,), (5,), (6, 7)]
    assert groups[0].clean["name"] == "Acme Corp" and groups[0].clean["notes"] == "met at expo"
    assert [p["email"] for p in groups[0].clean["contacts"]] == ["a@acme.com", "b@acme.com"]


def test_without_a_company_column_rows_group_by_a_shared_company_domain_only() -> None:
    rows = [(2, _row("A", "a@acme.com", kind="person")), (3, _row("B", "b@gmail.com", kind="person")),
            (4, _row("C", "c@acme.com", kind="person")), (5, _row("D", "d@gmail.com", kind="person")),
            (6, _row("E", "e@solo.dev", kind="person"))]  # fmt: skip
    groups = group_rows(rows, by_domain=True)
    assert [g.rows for g in groups] == [(2, 4), (3,), (5,), (6,)]
    assert (groups[0].clean["name"], groups[0].clean["kind"], groups[0].clean["website"]) == (
        "acme.com",
        "company",
        "acme.com",
    )
    assert groups[3].clean["name"] == "E"


def test_one_person_on_two_rows_is_one_contact() -> None:
    rows = [(2, _row("Acme", "ann@acme.com")), (3, _row("Acme", "ann@acme.com"))]
    rows[1][1]["contacts"][0]["title"] = "CEO"
    (group,) = group_rows(rows, by_domain=False)
    assert group.clean["contacts"] == [
        {"name": "ann", "email": "ann@acme.com", "title": "CEO", "phone_e164": None}
    ]
