"""`custui agenda`: today's and overdue follow-ups, and every open one as an iCalendar file (RFC 5545)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar

from custui import cli
from custui.store.db import open_store
from custui.store.followups import due_by, open_ids
from custui.store.receivables import chase_rows

SAMPLE = Path(__file__).resolve().parents[1] / "sample.db"
TODAY = "2026-11-20"


@pytest.fixture
def book(tmp_path: Path) -> Path:
    path = tmp_path / "book.db"
    shutil.copy(SAMPLE, path)
    return path


def test_agenda_lists_today_and_overdue_with_the_number_to_call(
    book: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["--db", str(book), "agenda", "--as-of", TODAY]) == 0
    out = capsys.readouterr().out.splitlines()
    store = open_store(book, read_only=True)
    expected = due_by(store, date.fromisoformat(TODAY))
    chase = chase_rows(store, date.fromisoformat(TODAY))
    overdue = sum(1 for r in expected if r["days"] < 0)
    assert len(chase) > 0  # the sample has money overdue on that day
    assert out[-1] == (f"{overdue:,} overdue · {len(expected) - overdue:,} today · "
                       f"{len(chase)} payments to chase")  # fmt: skip
    assert len(out) == len(expected) + len(chase) + 2  # a header, a row each, the count
    first = min(expected + chase, key=lambda r: r["next_action_due"][:10])
    assert first["code"] in out[1] and f"{-first['days']}d overdue" in out[1]
    assert sum("chase payment" in line and "催款" in line for line in out) == len(chase)


def test_agenda_ics_is_a_calendar_of_every_open_follow_up(book: Path, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    ics = tmp_path / "followups.ics"
    assert cli.main(["--db", str(book), "agenda", "--as-of", TODAY, "--ics", str(ics)]) == 0
    calendar = Calendar.from_ical(ics.read_bytes())
    todos = calendar.walk("VTODO")
    store = open_store(book, read_only=True)
    rows = due_by(store, date.fromisoformat(TODAY), everything=True)
    chase = chase_rows(store, date.fromisoformat(TODAY))
    assert len(todos) == len(open_ids(store)) + len(chase) == len(rows) + len(chase) > len(chase)
    for row in chase:  # one per customer: next month's file updates it, never doubles it
        todo = next(t for t in todos if str(t["UID"]) == f"payment-{row['customer_id']}@custui")
        assert "chase payment" in str(todo["SUMMARY"]) and row["name"] in str(todo["SUMMARY"])
    assert len({str(t["UID"]) for t in todos}) == len(
        todos
    )  # one UID each: a re-import updates, never doubles
    by_uid = {str(t["UID"]): t for t in todos}
    for row in rows:
        todo = by_uid[f"followup-{row['id']}@custui"]
        assert todo.decoded("DUE") == date.fromisoformat(row["next_action_due"][:10])
        assert row["name"] in str(todo["SUMMARY"]) and row["code"] in str(todo["DESCRIPTION"])
        phone = row["person_phone"] or row["customer_phone"]
        if phone:
            assert phone in str(todo["DESCRIPTION"])
    assert (
        f"Wrote {len(rows)} open follow-ups and {len(chase)} payments to chase"
        in capsys.readouterr().out
    )
