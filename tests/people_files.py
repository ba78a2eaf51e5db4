"""Contact files as other programs write them, for the tests of importing people.

Each writer makes the file the way its program exports one — its header row,
its encoding, its habits (HubSpot writes the company as each rep typed it) —
with Faker's names and numbers, seeded so the files are the same every run.
The tests import them through the real import path (custui import, the
wizard), never by writing rows into the book themselves.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

#: HubSpot's contacts export (Contacts → Export, the default properties).
HUBSPOT_HEADERS = ["First Name", "Last Name", "Email", "Phone Number", "Company Name", "Job Title"]
#: (company names as the reps typed them, e-mail domain): 4 companies, 10 people each.
HUBSPOT_COMPANIES = (
    (("Acme Corp", "ACME Corporation", "Acme Corp."), "acme-corp.com"),
    (("Globex, Inc.", "Globex Inc"), "globex.com"),
    (("Initech LLC", "Initech"), "initech.io"),
    (("Umbrella Co., Ltd.", "Umbrella Ltd", "ＵＭＢＲＥＬＬＡ LTD"), "umbrella.co.uk"),
)
TITLES = ("Purchasing Manager", "Engineer", "CEO", "Buyer", "Office Manager")

#: Google Contacts' CSV export ("Google CSV", contacts.google.com → Export), the columns it always writes.
GOOGLE_HEADERS = ["First Name", "Middle Name", "Last Name", "Phonetic First Name", "Phonetic Middle Name",
                  "Phonetic Last Name", "Name Prefix", "Name Suffix", "Nickname", "File As", "Organization Name",
                  "Organization Title", "Organization Department", "Birthday", "Notes", "Photo", "Labels",
                  "E-mail 1 - Label", "E-mail 1 - Value", "Phone 1 - Label", "Phone 1 - Value"]  # fmt: skip


def _write(path: Path, headers: list[str], rows: list[list[str]], encoding: str = "utf-8") -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def _faker(locale: str, seed: int):
    from faker import Faker

    fake = Faker(locale)
    fake.seed_instance(seed)
    return fake


def hubspot_contacts(path: Path, seed: int = 16) -> Path:
    """40 people at 4 companies, one row each, the companies' rows interleaved (sorted by last name, as
    HubSpot's export of a view sorted by name comes)."""
    fake = _faker("en_US", seed)
    rows = []
    for n in range(40):
        names, domain = HUBSPOT_COMPANIES[n % 4]
        first, last = fake.unique.first_name(), fake.unique.last_name()
        rows.append([first, last, f"{first}.{last}@{domain}".lower(), f"+1 (415) 555-01{n:02d}",
                     names[n // 4 % len(names)], TITLES[n % len(TITLES)]])  # fmt: skip
    rows.sort(key=lambda r: (r[1], r[0]))
    return _write(path, HUBSPOT_HEADERS, rows)


def google_contacts(path: Path, seed: int = 17) -> Path:
    """Six people: three at Northwind, two at Contoso (Google writes the organisation as typed on the
    phone), one friend with no organisation; Google's labels, and "* myContacts" on everyone."""
    fake = _faker("en_US", seed)
    people = [("Northwind Traders", "northwind.com"), ("Contoso Ltd.", "contoso.com"), ("Northwind Traders", "northwind.com"),
              ("", ""), ("Contoso Ltd", "contoso.com"), ("northwind traders", "northwind.com")]  # fmt: skip
    rows = []
    for n, (organisation, domain) in enumerate(people):
        first, last = fake.unique.first_name(), fake.unique.last_name()
        email = (
            f"{first[0]}{last}@{domain}".lower() if domain else f"{first}.{last}@gmail.com".lower()
        )
        row = dict.fromkeys(GOOGLE_HEADERS, "")
        row.update({"First Name": first, "Last Name": last, "File As": f"{last}, {first}", "Organization Name": organisation,
                    "Organization Title": fake.job() if organisation else "", "Labels": "* myContacts ::: Suppliers" if domain else "* myContacts",
                    "E-mail 1 - Label": "* Work" if domain else "* Home", "E-mail 1 - Value": email,
                    "Phone 1 - Label": "Mobile", "Phone 1 - Value": f"+1 650-555-02{n:02d}"})  # fmt: skip
        rows.append(list(row.values()))
    return _write(path, GOOGLE_HEADERS, rows)


def chinese_contacts(path: Path, seed: int = 18) -> Path:
    """A 通讯录 saved by Excel in a Chinese locale (GB18030): 公司名称 as each colleague typed it
    (全称, 简称, 繁体), 联系人, 手机, 职位, 邮箱 — 9 people at 3 companies, and one 个人客户 without one."""
    fake = _faker("zh_CN", seed)
    companies = (("深圳市华创科技有限公司", "华创科技（深圳）", "深圳市華創科技有限公司"), ("新锐材料有限公司", "新銳材料有限公司", "新锐材料"),
                 ("上海恒通物流有限公司",) * 3)  # fmt: skip
    titles = ("采购经理", "工程师", "总经理")
    rows = []
    for n in range(9):
        rows.append([companies[n % 3][n // 3], fake.unique.name(), fake.phone_number(), titles[n // 3],
                     f"user{n}@example{n % 3}.cn"])  # fmt: skip
    rows.append(["", fake.unique.name(), fake.phone_number(), "", ""])
    return _write(path, ["公司名称", "联系人", "手机", "职位", "邮箱"], rows, encoding="gb18030")


def emails_only(path: Path) -> Path:
    """Names and e-mails, no company: three colleagues at acme.io, people at gmail/qq/163 who must stay
    apart, and one person alone at her own domain."""
    rows = [["Alice Moore", "alice@acme.io"], ["王芳", "3829105@qq.com"], ["Bob Stone", "bob@ACME.io"],
            ["Dan Reed", "dan.reed@gmail.com"], ["李强", "liqiang88@163.com"], ["Carol King", "carol@acme.io"],
            ["Eve Park", "eve.park@gmail.com"], ["赵敏", "zhaomin@163.com"], ["Frank Li", "frank@solo.dev"],
            ["周杰", "10293847@qq.com"]]  # fmt: skip
    return _write(path, ["Full Name", "E-mail Address"], rows)
