"""custui.store.followups on a real file: which next actions are open, in what order, done/undo."""

from __future__ import annotations

from datetime import date

import pytest

from custui.store import followups, repo
from custui.store.db import Store
from tests.conftest import add_customer

TODAY = date(2026, 11, 20)


@pytest.fixture
def actions(store: Store) -> dict[str, int]:
    a = add_customer(store, {"name": "华创科技"})
    b = add_customer(store, {"name": "Acme"})
    gone = add_customer(store, {"name": "Gone Ltd"})
    ids = {}
    rows = [
        ("later", a, "2026-11-25", 0, None), ("overdue", b, "2026-11-01", 0, None),
        ("today", a, "2026-11-20T15:00:00+08:00", 0, None), ("done", a, "2026-11-02", 1, None),
        ("deleted", b, "2026-11-03", 0, "2026-11-04"), ("of_gone", gone, "2026-11-05", 0, None),
    ]  # fmt: skip
    with store.transaction() as conn:
        for key, customer, due, done, deleted in rows:
            ids[key] = int(
                conn.execute(
                    "INSERT INTO interactions (customer_id, occurred_at, channel, summary, next_action, next_action_due, "
                    "done, created_at, deleted_at) VALUES (?, '2026-10-01', 'call', 'x', ?, ?, ?, 'x', ?)",
                    (customer, f"do {key}", due, done, deleted),
                ).lastrowid
            )
        conn.execute(
            "INSERT INTO interactions (customer_id, occurred_at, channel, summary, created_at) "
            "VALUES (?, '2026-10-01', 'call', 'no action', 'x')",
            (a,),
        )
    repo.delete_customer(store, gone)
    return ids


def test_open_follow_ups_overdue_first(store: Store, actions: dict[str, int]) -> None:
    assert followups.open_ids(store) == [actions["overdue"], actions["today"], actions["later"]]
    assert followups.summary(store, TODAY) == followups.FollowUpLoad(
        3, 1, 1, 2
    )  # today and in 5 days are within a week
    rows = followups.rows(store, followups.open_ids(store), TODAY)
    assert [rows[actions[k]]["when"] for k in ("overdue", "today", "later")] == [
        "overdue",
        "today",
        "later",
    ]
    assert [rows[actions[k]]["days"] for k in ("overdue", "today", "later")] == [-19, 0, 5]
    assert (
        rows[actions["later"]]["name"] == "华创科技"
        and rows[actions["later"]]["next_action"] == "do later"
    )


def test_done_and_undo(store: Store, actions: dict[str, int]) -> None:
    followups.set_done(store, actions["overdue"])
    assert actions["overdue"] not in followups.open_ids(store)
    assert followups.summary(store, TODAY) == followups.FollowUpLoad(2, 0, 1, 2)
    followups.set_done(store, actions["overdue"], done=False)
    assert followups.open_ids(store)[0] == actions["overdue"]


def test_when_edges() -> None:
    assert followups.when("2026-11-19", TODAY) == "overdue"
    assert followups.when("2026-11-20T23:59:00", TODAY) == "today"
    assert followups.when("2026-11-21", TODAY) == "later"
    assert followups.when(None, TODAY) == "later"
