"""`custui --db DB agenda [--all] [--ics FILE]`: today's and overdue follow-ups, overdue payments among
them ("chase payment"); every open one as a calendar."""

from __future__ import annotations

import argparse
from datetime import UTC
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from custui.cli import StoreContext


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--all", action="store_true", help="list every open follow-up, not only today's and overdue"
    )
    parser.add_argument(
        "--as-of", metavar="YYYY-MM-DD", help="the day taken as today (default: today)"
    )
    parser.add_argument("--ics", metavar="FILE",
                        help="also write every open follow-up to FILE as an iCalendar file (one to-do each) for "
                             "the calendar on your phone or laptop")  # fmt: skip


def run(args: argparse.Namespace, store_context: StoreContext) -> int:
    from datetime import date, datetime
    from pathlib import Path

    from custui.cli import day_option
    from custui.core.text import counted, display_safe, text_table
    from custui.store.followups import due_by
    from custui.store.receivables import chase_rows

    today = day_option(args.as_of) or date.today()
    with store_context(args) as store:
        chase = chase_rows(store, today)  # overdue payments: "chase payment 催款", one per customer

        def with_chase(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
            return sorted(rows + chase, key=lambda r: str(r["next_action_due"])[:10])  # stable

        shown = with_chase(due_by(store, today, everything=args.all))
        everything = with_chase(due_by(store, today, everything=True)) if args.ics else []
    if shown:
        table: list[tuple[str, ...]] = [("Due", "When", "Code", "Customer", "Next action", "Phone")]
        for row in shown:
            days = row["days"]
            when = (
                "today"
                if days == 0
                else f"{-days}d overdue"
                if days is not None and days < 0
                else f"in {days}d"
            )
            phone = row.get("person_phone") or row.get("customer_phone") or ""
            table.append(tuple(display_safe(x) for x in (row["next_action_due"][:10], when, row["code"], row["name"],
                                                          row["next_action"] or "", phone)))  # fmt: skip
        print("\n".join(text_table(table, limits=(10, 14, 8, 24, 30, 18))))
    follow_ups = [r for r in shown if r["id"] > 0]  # the payments to chase are counted apart
    overdue = sum(1 for r in follow_ups if r["days"] is not None and r["days"] < 0)
    today_count = sum(1 for r in follow_ups if r["days"] == 0)
    print(
        f"{overdue:,} overdue · {today_count:,} today"
        + (f" · {counted(len(follow_ups), 'open follow-up')}" if args.all else "")
        + (f" · {counted(len(chase), 'payment')} to chase" if chase else "")
    )
    if args.ics:
        from custui.core.agenda import agenda_calendar

        path = Path(args.ics).expanduser()
        path.write_bytes(agenda_calendar(everything, datetime.now(UTC)))
        print(
            f"Wrote {counted(len(everything) - len(chase), 'open follow-up')}"
            + (f" and {counted(len(chase), 'payment')} to chase" if chase else "")
            + f" to {path} (iCalendar: import it in your calendar)."
        )
    return 0
