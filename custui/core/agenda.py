"""Open follow-ups as a calendar (RFC 5545): one to-do per next action, for the rep's own calendar app.

Each to-do is due on the follow-up's day (a DATE, no time: the rep's calendar shows it on that day in
its own time zone), names the customer and the number to call, and keeps one UID per follow-up so a
calendar that imports the file again updates its to-dos instead of doubling them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any, cast

from icalendar import Calendar, Todo

#: Identifies this program in the file (PRODID, RFC 5545 §3.7.3).
PRODID = "-//custui//agenda//EN"


def follow_up_todo(row: Mapping[str, Any], stamp: datetime) -> Todo:
    """One open follow-up (a row of store.followups.rows) as a VTODO."""
    todo = Todo()
    payment = int(row["id"]) < 0  # a "chase payment" row: one per customer (id −customer id)
    todo.add(
        "uid", f"payment-{row['customer_id']}@custui" if payment else f"followup-{row['id']}@custui"
    )
    todo.add("dtstamp", stamp)
    due = date.fromisoformat(str(row["next_action_due"])[:10])
    todo.add("due", due)
    todo.add("summary", f"{row['next_action'] or 'Follow up'} · {row['name']}")
    phone = row.get("person_phone") or row.get("customer_phone")
    who = " · ".join(str(x) for x in (row.get("person"), phone) if x)
    lines = [
        f"{row['code']} {row['name']}",
        who,
        f"Last: {row['summary']}" if row.get("summary") else "",
    ]
    todo.add("description", "\n".join(line for line in lines if line))
    todo.add("status", "NEEDS-ACTION")
    return todo


def agenda_calendar(rows: Iterable[Mapping[str, Any]], stamp: datetime) -> bytes:
    """An iCalendar file of the follow-ups *rows*, stamped *stamp* (UTC)."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "custui follow-ups")
    for row in rows:
        calendar.add_component(follow_up_todo(row, stamp))
    return cast(bytes, calendar.to_ical())  # Component.to_ical has no return annotation
