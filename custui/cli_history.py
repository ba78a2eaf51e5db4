"""Score history on the command line (issue 22):

* ``custui --db DB snapshot [--as-of DATE]`` keeps every scored customer's score, tier, segment and
  priority as of DATE (default today); a second snapshot of the same day replaces the first.
* ``custui --db DB movement FROM TO [--export FILE]`` prints the tier transition matrix between the
  latest snapshots on or before FROM and TO (a day, or YYYY-MM: its last day); ``--export`` writes one
  row per customer instead: code, name, tier_from, tier_to, score_from, score_to.
"""

from __future__ import annotations

import argparse
import calendar
import re
import sys
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from custui.cli import StoreContext
    from custui.core.movement import Movement

_MONTH = re.compile(r"(\d{4})-(\d{1,2})")


def add_snapshot_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--as-of", metavar="YYYY-MM-DD", help="the day scored for (default: today)")


def add_movement_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "day_from", metavar="FROM", help="a day (YYYY-MM-DD) or a month (YYYY-MM): the latest "
        "snapshot on or before it is used"
    )  # fmt: skip
    parser.add_argument("day_to", metavar="TO", help="the same, for the later side")
    parser.add_argument(
        "--export",
        metavar="FILE",
        help="write one row per customer to a .csv or .xlsx file instead: code, name, tier_from, "
        "tier_to, score_from, score_to",
    )


def run_snapshot(args: argparse.Namespace, store_context: StoreContext) -> int:
    from custui.cli import day_option
    from custui.core.text import counted
    from custui.store.history import KEPT, take_snapshot

    day = day_option(args.as_of) or date.today()
    with store_context(args) as store:
        snap = take_snapshot(store, day)
    how = "from the kept ranking" if snap.made_from == KEPT else "scored as of that day"
    print(f"Snapshot of {day.isoformat()}: {counted(snap.customers, 'customer')} ({how}).")
    return 0


def month_or_day(text: str, option: str) -> date:
    """*text* as the last day it covers: a day, or a month (YYYY-MM: its last day)."""
    from custui.cli import UsageError, day_option

    m = _MONTH.fullmatch(text.strip())
    if m:
        year, month = int(m[1]), int(m[2])
        if not 1 <= month <= 12:
            raise UsageError(f"{option}: not a month: {text} (use YYYY-MM or YYYY-MM-DD)")
        return date(year, month, calendar.monthrange(year, month)[1])
    day = day_option(text, option)
    if day is None:
        raise UsageError(f"{option}: give a day (YYYY-MM-DD) or a month (YYYY-MM)")
    return day


def run_movement(args: argparse.Namespace, store_context: StoreContext) -> int:
    from pathlib import Path

    from custui.cli import EXIT_ERROR, UsageError
    from custui.core.movement import movement
    from custui.store import history, io

    asked = month_or_day(args.day_from, "FROM"), month_or_day(args.day_to, "TO")
    if asked[0] > asked[1]:
        raise UsageError(f"FROM ({asked[0].isoformat()}) is after TO ({asked[1].isoformat()})")
    if args.export:
        io.export_format(Path(args.export))  # a wrong extension fails before any read
    with store_context(args) as store:
        days = [history.latest_on_or_before(store, day) for day in asked]
        if None in days:
            taken = history.snapshot_days(store)
            missing = asked[days.index(None)]
            first = (
                f"the earliest is {taken[0].isoformat()}" if taken else "none has been taken yet"
            )
            print(f"custui: no snapshot on or before {missing.isoformat()} ({first}; "
                  "'custui snapshot --as-of DATE' takes one).", file=sys.stderr)  # fmt: skip
            return EXIT_ERROR
        day_from, day_to = days[0], days[1]
        assert day_from is not None and day_to is not None
        print(_used(asked[0], day_from, "From") + "; " + _used(asked[1], day_to, "to") + ".")
        if args.export:
            rows = history.movement_rows(store, day_from, day_to)
            io.export_rows(rows, args.export)
            print(f"Wrote {len(rows):,} customer{'s' if len(rows) != 1 else ''} to {args.export}")
            return 0
        matrix = movement(history.tiers_on(store, day_from), history.tiers_on(store, day_to))
    print("\n".join(matrix_lines(matrix)))
    return 0


def _used(asked: date, found: date, side: str) -> str:
    if found == asked:
        return f"{side} the snapshot of {found.isoformat()}"
    return (
        f"{side} the snapshot of {found.isoformat()} (the latest on or before {asked.isoformat()})"
    )


def matrix_lines(matrix: Movement) -> list[str]:
    """The matrix as aligned lines: rows FROM, columns TO, with totals, then who moved how."""
    from custui.core.movement import LABELS
    from custui.core.text import text_table

    header = ("from \\ to", *LABELS, "total")
    table: list[tuple[str, ...]] = [header]
    for frm in LABELS:
        cells = [f"{matrix.count(frm, to):,}" for to in LABELS]
        table.append((frm, *cells, f"{matrix.row_total(frm):,}"))
    table.append(("total", *(f"{matrix.column_total(to):,}" for to in LABELS), f"{matrix.total:,}"))
    right = set(range(1, len(header)))
    lines = text_table(table, limits=(12, *([11] * (len(header) - 1))), right=right)
    ways = " · ".join(
        f"{way} {matrix.moved(way):,}" for way in ("up", "down", "same", "new", "gone")
    )
    lines.append(f"{matrix.both:,} customers scored at both dates; moved {ways}.")
    return lines
