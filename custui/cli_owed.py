"""`custui --db DB owed [--as-of DATE] [--export FILE]`: the customers who owe money, most overdue first."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from custui.cli import StoreContext


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--as-of", metavar="YYYY-MM-DD", help="the day taken as today (default: today)"
    )
    parser.add_argument(
        "--export",
        metavar="FILE",
        help="write the list to a .csv or .xlsx file instead (with the overdue amount per aging "
        "bucket: 0–30, 31–60, 61–90, 90+ days)",
    )


def run(args: argparse.Namespace, store_context: StoreContext) -> int:
    from datetime import date
    from pathlib import Path

    from custui.cli import day_option
    from custui.core.receivables import BUCKET_LABELS, totals
    from custui.core.text import counted, display_safe, text_table
    from custui.core.validate import format_money
    from custui.store import io
    from custui.store.receivables import owed_report, owed_rows
    from custui.store.settings import base_currency

    today = day_option(args.as_of) or date.today()
    if args.export:
        io.export_format(Path(args.export))  # a wrong extension fails before any read
    with store_context(args) as store:
        report = owed_report(store, today)
        base = base_currency(store)
        if args.export:
            io.export_rows(owed_rows(report), args.export)
    if args.export:
        print(f"Wrote {counted(len(report.lines), 'customer')} who owe money to {args.export}")
    elif not report.lines:
        print(f"Nobody owes money on {today.isoformat()}.")
    else:
        table: list[tuple[str, ...]] = [("code", "name", "owed", "overdue", "oldest_due")]
        for line in report.lines:
            o = line.owed
            due = o.oldest_due.isoformat() if o.oldest_due else ""
            table.append(tuple(display_safe(x) for x in (line.code, line.name, format_money(o.open_minor),
                                                          format_money(o.overdue_minor), due)))  # fmt: skip
        print("\n".join(text_table(table, limits=(12, 28, 16, 16, 10), right={2, 3})))
        total = totals(line.owed for line in report.lines)
        buckets = " · ".join(
            f"{label} {format_money(total.buckets[i])}" for i, label in enumerate(BUCKET_LABELS)
        )
        print(
            f"{counted(len(report.lines), 'customer')} owe {format_money(total.open_minor)} {base}, "
            f"{format_money(total.overdue_minor)} overdue on {today.isoformat()} (days overdue: {buckets})"
        )
    for warning in report.warnings():
        print(f"Warning: {warning}", file=sys.stderr)
    return 0
