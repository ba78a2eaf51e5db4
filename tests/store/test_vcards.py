"""vCards in and out: 3.0 and 4.0, CJK, folded lines, broken cards, fuzzing, and a lossless round trip."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from custui import cli
from custui.store import importer, repo
from custui.store.db import Store, open_store
from custui.store.formats.vcard import read_vcards
from custui.store.readers import ImportFileError, read_table

SAMPLE = Path(__file__).resolve().parents[2] / "sample.db"

CARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:张伟\r\nN:张;伟;;;\r\nORG:深圳市华创科技有限公司\r\nTITLE:采购经理\r\n"
    "TEL;TYPE=HOME:020-1234 5678\r\nTEL;TYPE=CELL:138 0013 8000\r\nEMAIL;TYPE=INTERNET:ZW@HuaChuang.cn\r\n"
    "ADR;TYPE=WORK:;;科技园路1号;深圳;广东;518000;中国\r\nNOTE:关注交期\\, 季度采购\\nsecond line that is long eno\r\n"
    " ugh to be folded\r\nCATEGORIES:重点,risk/付款慢\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Jane Doe\r\nTEL;VALUE=uri;TYPE=work:tel:+1-415-555-0100\r\nEMAIL:jane@example.com\r\n"
    "URL:https://jane.example\r\nEND:VCARD\r\n"
)


def test_cards_become_customer_rows() -> None:
    table = read_vcards(CARDS.encode(), "c.vcf")
    assert table.source == "UTF-8 vCard, 2 cards" and table.row_numbers == [1, 2]
    first, second = (dict(zip(table.headers, row)) for row in table.rows)
    assert (first["name"], first["kind"], first["contact_name"], first["contact_title"]) == (
        "深圳市华创科技有限公司", "company", "张伟", "采购经理")  # fmt: skip
    assert (
        first["phone"] == "138 0013 8000 / 020-1234 5678"
    )  # every number: the cell phone before the home one
    assert (first["street"], first["city"], first["region"]) == ("科技园路1号", "深圳", "广东")
    assert first["notes"] == "关注交期, 季度采购\nsecond line that is long enough to be folded"
    assert first["tags"] == "重点; risk/付款慢"
    assert (second["name"], second["kind"], second["phone"], second["website"]) == (
        "Jane Doe", "person", "+1-415-555-0100", "https://jane.example")  # fmt: skip


def test_a_broken_card_is_reported_by_number_and_the_rest_read() -> None:
    broken = CARDS.replace(
        "TITLE:采购经理\r\n", "TITLE:采购经理\r\nthis line has no colon at all\r\n"
    )
    unterminated = broken + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Half\r\n"
    table = read_vcards(unterminated.encode(), "c.vcf")
    assert [r[1] for r in table.rows] == ["Jane Doe"] or [r[1] for r in table.rows] == [
        "Jane Doe",
        "Half",
    ]
    assert (
        table.unreadable
        and table.unreadable[0].row == 1
        and "card 1 cannot be read" in table.unreadable[0].reason
    )


def test_files_without_cards_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="no vCards"):
        read_vcards(b"name,phone\nAcme,1\n", "x.vcf")
    with pytest.raises(ImportFileError, match="is empty"):
        read_vcards(b"", "x.vcf")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=60), st.integers(0, len(CARDS)))
def test_any_damage_reads_or_fails_with_our_error(junk: str, at: int) -> None:
    damaged = CARDS[:at] + junk + CARDS[at:]
    try:
        table = read_vcards(damaged.encode("utf-8", "surrogatepass"), "x.vcf")
    except (ImportFileError, UnicodeEncodeError):
        return
    assert all(len(row) == len(table.headers) for row in table.rows)


def test_export_then_import_into_an_empty_file_loses_no_field(tmp_path: Path) -> None:
    source = tmp_path / "sample.db"
    shutil.copy(SAMPLE, source)
    contacts = tmp_path / "contacts.vcf"
    assert cli.main(["--db", str(source), "export", str(contacts)]) == 0
    empty = open_store(tmp_path / "empty.db")
    report = importer.import_table(
        empty, read_table(contacts), "customers", today=__import__("datetime").date(2026, 11, 20)
    )
    assert report.rejected == []
    fields = (
        "code",
        "name",
        "kind",
        "contact_name",
        "contact_title",
        "phone_e164",
        "email",
        "website",
        "street",
        "postcode",
        "city",
        "region",
        "country",
        "notes",
    )  # fmt: skip  (phones travel as E.164: the number, not its spacing)
    before_store = open_store(source, read_only=True)

    def everyone(store: Store) -> dict[str, tuple]:
        """Each customer's fields and tags (the sample went through the form's validation, as an import does)."""
        rows = store.tuples(f"SELECT id, {', '.join(fields)} FROM ({repo.CUSTOMER_SELECT}) WHERE deleted_at IS NULL "
                            "AND merged_into IS NULL")  # fmt: skip
        out = {}
        for r in rows:
            values = dict(zip(fields, r[1:]))
            tags = tuple(
                sorted((t["category"], t["name"]) for t in repo.customer_tags(store, r[0]))
            )
            out[values["code"]] = (*(values[f] for f in fields), tags)
        return out

    before, after = everyone(before_store), everyone(empty)
    assert len(after) == len(before) == report.imported
    differing = [code for code in before if before[code] != after.get(code)]
    assert differing == [], [(before[c], after.get(c)) for c in differing[:3]]
    before_store.close()
    empty.close()


def _people(store: Store) -> dict[str, list[tuple]]:
    """Customer code -> its people as the customer screen lists them (primary first)."""
    out: dict[str, list[tuple]] = {}
    for code, *person in store.tuples(
        "SELECT c.code, p.name, p.title, p.phone_e164, p.email, p.is_primary FROM contacts p "
        "JOIN customers c ON c.id = p.customer_id WHERE p.deleted_at IS NULL AND c.deleted_at IS NULL "
        "AND c.merged_into IS NULL ORDER BY c.code, p.is_primary DESC, p.left_at IS NOT NULL, p.id"
    ):  # fmt: skip
        out.setdefault(code, []).append(tuple(person))
    return out


def test_one_card_per_person_and_every_person_comes_back_at_their_customer(tmp_path: Path) -> None:
    source = tmp_path / "sample.db"
    shutil.copy(SAMPLE, source)
    cards = tmp_path / "people.vcf"
    assert cli.main(["--db", str(source), "export", str(cards)]) == 0
    before_store = open_store(source, read_only=True)
    before = _people(before_store)
    (customers,) = before_store.tuples(
        "SELECT count(*) FROM customers WHERE deleted_at IS NULL AND merged_into IS NULL"
    )[0]
    before_store.close()
    text = cards.read_text(encoding="utf-8")
    with_people = sum(len(p) for p in before.values())
    assert text.count("BEGIN:VCARD") == with_people + (
        customers - len(before)
    )  # a customer without people: one card
    empty = open_store(tmp_path / "empty.db")
    report = importer.import_table(
        empty, read_table(cards), "customers", today=__import__("datetime").date(2026, 11, 20)
    )
    assert report.reading.rows == "people" and (report.customers, report.contacts) == (
        customers,
        with_people,
    )
    assert _people(empty) == before
    empty.close()


def test_another_programs_cards_of_one_org_become_one_customer_with_all_of_them(
    tmp_path: Path,
) -> None:
    """Cards as an iPhone writes them: each person with their ORG, no custui fields."""
    people = [("Sarah Miller", "Acme Inc.", "Buyer", "+1 415 555 0101", "sarah@acme.com"),
              ("Tom Baker", "ACME, Inc.", "Engineer", "+1 415 555 0102", "tom@acme.com"),
              ("Li Na", "Globex", "CEO", "+1 415 555 0103", "li@globex.com"),
              ("Jo Park", "", "", "+1 415 555 0104", "jo@gmail.com")]  # fmt: skip
    text = "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//iPhone OS 17.4//EN\r\nN:{n.split()[1]};{n.split()[0]};;;\r\n"
        f"FN:{n}\r\n" + (f"ORG:{org};\r\nTITLE:{title}\r\n" if org else "")
        + f"EMAIL;type=INTERNET;type=WORK;type=pref:{mail}\r\nTEL;type=CELL;type=VOICE;type=pref:{tel}\r\nEND:VCARD\r\n"
        for n, org, title, tel, mail in people
    )  # fmt: skip
    path = tmp_path / "iphone.vcf"
    path.write_text(text, encoding="utf-8")
    store = open_store(tmp_path / "book.db")
    report = importer.import_table(
        store, read_table(path), "customers", today=__import__("datetime").date(2026, 11, 20)
    )
    assert (report.rows, report.customers, report.contacts, report.rejected) == (4, 3, 4, [])
    rows = store.tuples("SELECT c.name, c.kind, c.email, p.name, p.title, p.email, p.is_primary FROM customers c "
                        "JOIN contacts p ON p.customer_id = c.id ORDER BY p.id")  # fmt: skip
    assert rows == [("Acme Inc.", "company", "sarah@acme.com", "Sarah Miller", "Buyer", "sarah@acme.com", 1),
                    ("Acme Inc.", "company", "sarah@acme.com", "Tom Baker", "Engineer", "tom@acme.com", 0),
                    ("Globex", "company", "li@globex.com", "Li Na", "CEO", "li@globex.com", 1),
                    ("Jo Park", "person", "jo@gmail.com", "Jo Park", None, "jo@gmail.com", 1)]  # fmt: skip
    store.close()
