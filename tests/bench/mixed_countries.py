"""A mixed-country customer list, written the way other programs write one: ``python -m tests.bench.mixed_countries``.

Faker (its maintainers' formats, not ours) writes companies, people, phones and
addresses as they look in the US, the UK, Germany, Australia and China — phones
like ``206.269.0743x9150``, ``+44(0)115 4960914``, ``+49 (0) 9141 777631``,
``02 4177 7631`` and ``13891417776``.  Most rows carry a Country column (as a
name, "Deutschland", "UK" or a code); some carry none.  The file goes through
``custui import`` into a fresh book whose home region is CN, and the script
reports what a rep would see: rows imported and rejected, phones read, phones
kept as typed, and how often custui's reading agrees with libphonenumber's own
reading for the row's country (``agreement``: 1.0 means always).

    python -m tests.bench.mixed_countries [--rows 20000] [--out OUT.json]
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import sqlite3
import tempfile
import time
from pathlib import Path

#: (Faker locale, ISO region, how the Country column writes it, weight)
COUNTRIES = (
    ("en_US", "US", ("United States", "USA", "US"), 30),
    ("en_GB", "GB", ("United Kingdom", "UK", "GB"), 15),
    ("de_DE", "DE", ("Germany", "Deutschland", "DE"), 15),
    ("en_AU", "AU", ("Australia", "AU"), 10),
    ("zh_CN", "CN", ("中国", "China", "CN"), 30),
)
HEADERS = [
    "Company",
    "Contact",
    "Phone",
    "Email",
    "Street",
    "City",
    "State",
    "Postal Code",
    "Country",
]
NO_COUNTRY_SHARE = 0.1


def rows(count: int, seed: int = 11) -> list[tuple[str, list[str]]]:
    """(region, the row as the file holds it) for *count* customers."""
    from faker import Faker

    rng = random.Random(seed)
    fakers = {}
    for locale, region, _, _ in COUNTRIES:
        fake = Faker(locale)
        fake.seed_instance(seed)
        fakers[region] = fake
    out = []
    weights = [w for *_, w in COUNTRIES]
    for _ in range(count):
        locale, region, names, _ = rng.choices(COUNTRIES, weights)[0]
        fake = fakers[region]
        country = "" if rng.random() < NO_COUNTRY_SHARE else rng.choice(names)
        state = fake.administrative_unit() if hasattr(fake, "administrative_unit") else ""
        out.append((region, [fake.company(), fake.name(), fake.phone_number(), fake.email(), fake.street_address(),
                             fake.city(), state, fake.postcode(), country]))  # fmt: skip
    return out


def write_csv(path: Path, data: list[tuple[str, list[str]]]) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADERS)
    writer.writerows(row for _, row in data)
    path.write_text(buffer.getvalue(), encoding="utf-8")


def agreement(book: Path, data: list[tuple[str, list[str]]]) -> dict[str, float | int]:
    """How custui stored each phone, against libphonenumber read for the row's own country."""
    import phonenumbers as pn

    conn = sqlite3.connect(book)
    stored = conn.execute(
        "SELECT phone, phone_e164, phone_invalid, country FROM customers ORDER BY id"
    ).fetchall()
    conn.close()
    agree = valid = kept = with_country = 0
    for (region, row), (_phone, e164, invalid, country) in zip(data, stored):
        kept += invalid
        if not row[-1]:
            continue  # no country of its own: read for the home region, nothing to compare with
        with_country += 1
        assert country == region, (row, country)
        try:
            theirs = pn.parse(row[2], region)
        except pn.NumberParseException:
            continue
        if pn.is_valid_number(theirs):
            valid += 1
            agree += e164 == pn.format_number(theirs, pn.PhoneNumberFormat.E164)
    return {"with_country": with_country, "valid_for_their_country": valid, "agreement": round(agree / max(valid, 1), 4),
            "kept_as_typed": kept}  # fmt: skip


def run(count: int, folder: Path) -> dict[str, object]:
    from custui import cli

    data = rows(count)
    source, book = folder / "mixed.csv", folder / "book.db"
    write_csv(source, data)
    start = time.perf_counter()
    with io.StringIO() as out:
        import contextlib

        with contextlib.redirect_stdout(out):
            # one row per customer (Faker repeats company names across countries: each row is its own)
            code = cli.main(["--db", str(book), "import", str(source), "--rows", "customers"])
        report = out.getvalue()
    elapsed = time.perf_counter() - start
    conn = sqlite3.connect(book)
    (imported,) = conn.execute("SELECT count(*) FROM customers").fetchone()
    conn.close()
    return {"rows": count, "exit": code, "imported": imported, "rejected": count - imported,
            "import_s": round(elapsed, 2), **agreement(book, data),
            "report_head": report.splitlines()[:4]}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.mixed_countries")
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--out")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        result = run(args.rows, Path(tmp))
    print(json.dumps(result, ensure_ascii=False, indent=1))
    if args.out:
        Path(args.out).write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
