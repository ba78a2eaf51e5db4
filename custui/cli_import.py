"""`custui --db DB import FILE [--kind customers|interactions|orders]`: read, check, write, report.

The report says where the file was read from (encoding, delimiter or sheet),
which column became which field, which columns were ignored, how many rows
went in, and each rejected row with its number, field and reason.  Progress
goes to stderr on a terminal only, so a piped run prints just the report.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from custui.core.columns import KINDS
from custui.core.people_rows import ROWS

if TYPE_CHECKING:
    import pandas as pd

    from custui.cli import StoreContext
    from custui.core.people_rows import Reading
    from custui.store.db import Store
    from custui.store.import_existing import Existing
    from custui.store.importer import ImportReport, Rejection
    from custui.store.readers import Table

SHOWN_REJECTIONS = 30
EXIT_REJECTED = 1


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from custui.store import formats

    readers = formats.FORMATS
    parser.epilog = f"Formats: {formats.described()}."
    parser.add_argument(
        "file", metavar="FILE",
        help=f"a {formats.either(r.extensions[0] for r in readers)} file; headers in English or Chinese",
    )  # fmt: skip
    parser.add_argument(
        "--kind", choices=KINDS, default="customers", help="what the rows are (default: customers)"
    )
    parser.add_argument(
        "--sheet", metavar="NAME",
        help=f"{formats.either(r.name for r in readers if r.sheets)} sheet by name or number (default: the first)",
    )  # fmt: skip
    parser.add_argument(
        "--encoding",
        metavar="NAME",
        help=f"read a {formats.either(r.name for r in readers if r.encodings)} file in this encoding (cp1252, "
        "gb18030, big5, shift_jis, utf-8, utf-16…), not the one detected; needed when it reads two ways",
    )
    parser.add_argument("--dry-run", action="store_true", help="check every row, write nothing")
    parser.add_argument(
        "--strict", action="store_true", help="write nothing if any row is rejected"
    )
    parser.add_argument(
        "--existing", choices=("skip", "merge", "add"), default="skip",
        help="customer rows that probably are customers already (duplicate check or same code): skip them "
        "(default; each is listed with its match), merge them into the existing customer (the file's values "
        "win; undo on the duplicates screen), or add them anyway",
    )  # fmt: skip
    parser.add_argument(
        "--region", metavar="XX",
        help="read phones without a country code, on rows without a country of their own, as this country's "
        "(ISO code or name; default: the home region, see custui config)",
    )  # fmt: skip
    parser.add_argument(
        "--rows", choices=ROWS,
        help="customers: one row per customer (never grouped); people: one row per person, the rows of one "
        "company becoming one customer with all its people.  Default: people for a file with person-name "
        "columns and no customer code column (and not --existing add), else customers; the report says which",
    )  # fmt: skip
    parser.add_argument(
        "--rejects", metavar="FILE", help="write the rejected rows and their problems to .csv/.xlsx"
    )


def run(args: argparse.Namespace, store_context: StoreContext) -> int:
    from custui.cli import UsageError
    from custui.store import importer, io, readers

    if args.rejects:
        io.export_format(Path(args.rejects))  # a wrong extension fails before any work
    region = _region(args.region)
    table = readers.read_table(args.file, sheet=args.sheet, encoding=args.encoding)
    if args.rows and args.kind != "customers":
        raise UsageError(f"--rows is for customer files; {args.kind} are one row each")
    with store_context(args) as store:
        try:
            reading = importer.reading_for(
                table, args.kind, chosen=args.rows, adds_all=args.existing == "add"
            )
            existing = _existing(store, table, args, region, reading)
            report = importer.import_table(
                store, table, args.kind, today=date.today(), strict=args.strict, dry_run=args.dry_run,
                progress=_progress_printer(writes=not args.dry_run), source_name=Path(args.file).name,
                decisions={e.row: (args.existing, e.customer_id) for e in existing}, region=region, reading=reading,
            )  # fmt: skip
        except importer.MissingColumns as exc:
            raise UsageError(str(exc)) from None
    print("\n".join(report_lines(report, args, existing)))
    if args.rejects and report.rejected:
        count = io.export_rows(rejected_rows_frame(table, report), args.rejects)
        print(f"Wrote the {count:,} rejected row{'s' if count != 1 else ''} to {args.rejects}.")
    return EXIT_REJECTED if report.rejected else 0


def _region(text: str | None) -> str | None:
    if not text:
        return None
    from custui.cli import UsageError
    from custui.core.regions import country_code

    code = country_code(text)
    if code is None:
        raise UsageError(f"--region: not a country: {text!r} (an ISO code such as US, or a name)")
    return code


def _existing(
    store: Store,
    table: Table,
    args: argparse.Namespace,
    region: str | None,
    reading: Reading | None,
) -> list[Existing]:
    """--existing skip|merge: the rows that probably are customers already (store.import_existing)."""
    if args.kind != "customers" or args.existing == "add":
        return []
    from custui.store.repo import count_active

    if count_active(store) == 0:  # nothing to find in an empty book: no index to build
        return []
    from custui.store.dupes import build_index
    from custui.store.import_existing import find_existing

    return find_existing(store, table, build_index(store), region=region, reading=reading)


def _progress_printer(*, writes: bool) -> Callable[[int, int], None] | None:
    """Progress on a terminal's stderr (None when piped): rows checked, then that the writing runs."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        end = ("; writing the good ones…\n" if writes else "\n") if done == total else ""
        print(f"\rChecking rows: {done:,} / {total:,}", end=end, file=sys.stderr, flush=True)

    return show


def _plural(count: int, word: str) -> str:
    singular = word[:-1] if word.endswith("s") else word
    return f"{count:,} {singular if count == 1 else word}"


def report_lines(
    report: ImportReport, args: argparse.Namespace, existing: Sequence[Existing] = ()
) -> list[str]:
    from custui.core.columns import label
    from custui.core.text import display_safe

    lines = [f"Read {_plural(report.rows, 'rows')} from {args.file} ({report.source})."]
    lines.append(
        "Columns: "
        + ", ".join(f"{display_safe(h)} → {label(f)}" for h, f in report.mapping.items())
    )
    if report.ignored:
        lines.append("Ignored columns: " + ", ".join(display_safe(h) for h in report.ignored))
    bad = len(report.rejected_rows)
    if report.reading is not None:
        lines.append(
            report.reading_line(written=not args.dry_run and not (args.strict and bad)) + "."
        )
    if args.dry_run:
        would = report.customers if report.reading is not None else report.rows - bad
        lines.append(
            f"Dry run: {_plural(would, report.kind)} would be imported; nothing was written."
        )
    elif args.strict and bad:
        lines.append(f"Nothing was imported: {_plural(bad, 'rows')} rejected and --strict is on.")
    else:
        lines.append(f"Imported {_plural(report.imported, report.kind)}.")
    if existing:
        lines += _existing_lines(report, args, existing)
    if report.warnings:
        lines.append(f"Kept as written, not understood ({_plural(len(report.warnings), 'rows')}; "
                     "custui export --filter phone:invalid lists the phones):")  # fmt: skip
        lines += _problem_table(report.warnings, args)
    if bad:
        lines.append(f"Rejected {_plural(bad, 'rows')}:")
        lines += _problem_table(
            report.rejected, args, hint="" if args.rejects else " (--rejects FILE writes them all)"
        )
    return lines


def _problem_table(
    problems: Sequence[Rejection], args: argparse.Namespace, hint: str = ""
) -> list[str]:
    """Row · field · problem, the first SHOWN_REJECTIONS of them."""
    from custui.core.text import display_safe, text_table

    table = [("Row", "Field", "Problem")]
    table += [(str(r.row), r.field, display_safe(r.reason)) for r in problems[:SHOWN_REJECTIONS]]
    lines = text_table(table, limits=(7, 16, 100), right={0})
    if len(problems) > SHOWN_REJECTIONS:
        lines.append(f"… and {_plural(len(problems) - SHOWN_REJECTIONS, 'more')}{hint}.")
    return lines


def _existing_lines(
    report: ImportReport, args: argparse.Namespace, existing: Sequence[Existing]
) -> list[str]:
    """The rows that probably were customers already, each with its match and why."""
    from custui.core.text import display_safe, text_table

    done = {"skip": "skipped", "merge": "merged into their customer"}[args.existing]
    done = f"would be {done}" if args.dry_run else done
    lines = [
        f"Already in the book, {done} ({_plural(len(existing), 'rows')}; --existing add adds them anyway):"
    ]
    table = [("Row", "In the file", "Already", "Score", "Why")]
    for e in existing[:SHOWN_REJECTIONS]:
        table.append((str(e.row), display_safe(e.file_name), display_safe(f"{e.code} {e.name}"), f"{e.score:.0f}",
                      display_safe("; ".join(e.reasons[:3]))))  # fmt: skip
    lines += text_table(table, limits=(7, 28, 34, 5, 60), right={0, 3})
    if len(existing) > SHOWN_REJECTIONS:
        lines.append(f"… and {_plural(len(existing) - SHOWN_REJECTIONS, 'more')}.")
    return lines


def rejected_rows_frame(table: Table, report: ImportReport) -> pd.DataFrame:
    """The rejected rows as they were in the file, plus 'row' and 'problem' columns: fix and re-import."""
    import pandas as pd

    problems: dict[int, list[str]] = {}
    for r in report.rejected:
        problems.setdefault(r.row, []).append(f"{r.field}: {r.reason}")
    by_number = dict(zip(table.row_numbers, table.rows))
    headers = _unique(table.headers)
    records = []
    for number in report.rejected_rows:
        cells = by_number.get(number, [None] * len(headers))
        records.append(
            [number, *("" if c is None else c for c in cells), "; ".join(problems[number])]
        )
    return pd.DataFrame(records, columns=["row", *headers, "problem"])


def _unique(headers: Sequence[str]) -> list[str]:
    seen: dict[str, int] = {}
    result = []
    for n, header in enumerate(headers):
        name = header or f"column {n + 1}"
        seen[name] = seen.get(name, 0) + 1
        result.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return result


def add_revert_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "number", type=int, metavar="N", help="the import's number (custui imports lists them)"
    )
    parser.add_argument("--undo", action="store_true", help="bring back what the revert took out")


def run_imports(args: argparse.Namespace, store_context: StoreContext) -> int:
    from custui.core.text import display_safe, text_table
    from custui.store.imports import list_imports

    with store_context(args) as store:
        records = list_imports(store)
    if not records:
        print("No imports yet.")
        return 0
    table = [("N", "Imported", "Kind", "Rows", "Still in", "Reverted", "From")]
    for r in records:
        table.append((str(r.id), r.imported_at[:16].replace("T", " "), r.kind, f"{r.rows:,}", f"{r.live:,}",
                      (r.reverted_at or "")[:10], display_safe(r.source)))  # fmt: skip
    print("\n".join(text_table(table, limits=(5, 16, 12, 9, 9, 10, 60), right={0, 3, 4})))
    return 0


def run_revert(args: argparse.Namespace, store_context: StoreContext) -> int:
    from custui.store.imports import revert_import, undo_revert

    with store_context(args) as store:
        if args.undo:
            count = undo_revert(store, args.number)
            print(f"Import {args.number} is back: {_plural(count, 'rows')} restored.")
        else:
            count = revert_import(store, args.number)
            print(f"Reverted import {args.number}: {_plural(count, 'rows')} taken out "
                  f"(custui revert-import {args.number} --undo brings them back).")  # fmt: skip
    return 0
