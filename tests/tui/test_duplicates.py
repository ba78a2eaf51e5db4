"""The duplicate queue (`3`), the side-by-side merge review, and the form's hints — real keys."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from textual.widgets import DataTable, Static

from custui.store import repo
from custui.store.db import Store
from custui.tui.app import CustuiApp
from custui.tui.screens.customer_form import CustomerFormScreen
from custui.tui.screens.duplicates import DuplicatesScreen
from custui.tui.screens.merge_review import MergeReviewScreen
from tests.conftest import add_customer
from tests.tui.conftest import code_ids, settle

SIZE = (120, 36)

#: Planted near-duplicates of the fixed book: C00001 in traditional characters with the
#: same mobile written differently, and C00003 with another legal suffix and e-mail case.
PLANTED = (
    {"code": "C00007", "name": "深圳華創科技有限公司", "city": "深圳", "contact_name": "张伟",
     "phone": "13800138000", "notes": "展会名片录入"},
    {"code": "C00008", "name": "ACME Trading Ltd", "city": "San Francisco", "industry": "Wholesale",
     "email": "john.smith@acme.com", "contact_name": "John Smith"},
)  # fmt: skip


def history(store: Store, customer_id: int, n: int) -> None:
    with store.transaction() as conn:
        for k in range(n):
            conn.execute(
                "INSERT INTO interactions (customer_id, occurred_at, channel, summary, created_at) "
                "VALUES (?, ?, 'call', '回访', ?)",
                (
                    customer_id,
                    f"2026-10-{k + 1:02d}T09:00:00+08:00",
                    f"2026-10-{k + 1:02d}T09:00:00+08:00",
                ),
            )
            conn.execute(
                "INSERT INTO orders (customer_id, ordered_at, amount_minor, created_at) VALUES (?, ?, ?, ?)",
                (
                    customer_id,
                    f"2026-10-{k + 1:02d}",
                    1000_00 * (k + 1),
                    f"2026-10-{k + 1:02d}T00:00:00+00:00",
                ),
            )


@pytest.fixture
def planted(book_store: Store) -> dict[str, int]:
    """The fixed book plus PLANTED, typed in after it (so their values are the newest), and history."""
    for values in PLANTED:
        add_customer(book_store, values)
    later = (datetime.now(UTC) + timedelta(hours=1)).isoformat(timespec="seconds")
    with book_store.transaction() as conn:
        conn.execute(
            "UPDATE customers SET created_at = ?, updated_at = ? WHERE code IN ('C00007', 'C00008')",
            (later, later),
        )
    ids = code_ids(book_store)
    history(book_store, ids["C00003"], 3)
    history(book_store, ids["C00008"], 2)
    return ids


def counts(store: Store) -> tuple[int, int]:
    return tuple(store.query(f"SELECT count(*) FROM {t}")[0][0] for t in ("interactions", "orders"))  # type: ignore[return-value]


async def open_queue(pilot) -> DuplicatesScreen:
    await settle(pilot)
    await pilot.press("3")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, DuplicatesScreen)
    return screen


def codes_of(store: Store, group) -> set[str]:
    return {repo.get_customer(store, i)["code"] for i in group.ids}


async def test_queue_lists_planted_groups_strongest_first(
    app: CustuiApp,
    book_store: Store,
    planted: dict[str, int],
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_queue(pilot)
        groups = [codes_of(book_store, g) for g in screen.groups]
        assert {"C00001", "C00007"} in groups and {"C00003", "C00008"} in groups
        assert [g.score for g in screen.groups] == sorted(
            (g.score for g in screen.groups), reverse=True
        )
        assert screen.query_one("#groups", DataTable).row_count == len(screen.groups)
        assert "to review" in str(screen.query_one("#count", Static).render())
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(pilot.app.screen, DuplicatesScreen)
        # coming back without changes reuses the scan
        cached = pilot.app.cached_duplicates()
        assert cached is not None and [g.ids for g in cached[0]] == [g.ids for g in screen.groups]


async def review_acme(pilot, store: Store) -> MergeReviewScreen:
    screen = await open_queue(pilot)
    row = next(n for n, g in enumerate(screen.groups) if codes_of(store, g) == {"C00003", "C00008"})
    for _ in range(row):
        await pilot.press("down")
    await pilot.press("enter")
    await settle(pilot)
    review = pilot.app.screen
    assert isinstance(review, MergeReviewScreen)
    return review


async def test_pick_fields_merge_and_undo(
    app: CustuiApp, book_store: Store, planted: dict[str, int]
) -> None:
    ids = planted
    before = counts(book_store)
    async with app.run_test(size=SIZE) as pilot:
        review = await review_acme(pilot, book_store)
        assert review.plan.survivor_id == ids["C00003"]
        # the newer "ACME Trading Ltd" is a shorter variant of the older name, which stays by default
        assert review.plan.values["name"] == "Acme Trading Co., Ltd."
        assert "name" in review.differing and "industry" in review.differing
        await pilot.press("right")  # cursor on the first row, Name: take the other customer's
        assert review.plan.values["name"] == "ACME Trading Ltd"
        assert review.plan.sources["name"] == ids["C00008"]
        await pilot.press("left")  # and back
        assert review.plan.values["name"] == "Acme Trading Co., Ltd."
        industry_row = review.fields.index("industry")
        for _ in range(industry_row):
            await pilot.press("down")
        await pilot.press("left")
        assert review.plan.values["industry"] in {"Retail", "Wholesale"}
        chosen_industry = review.plan.values["industry"]
        detail = str(review.query_one("#merge-detail", Static).render())
        assert chosen_industry in detail
        await pilot.press("m")  # asks first: n keeps reviewing, nothing merged
        await settle(pilot)
        assert "Merge 2 customers into C00003" in str(
            pilot.app.screen.query_one(".question", Static).render()
        )
        await pilot.press("n")
        await settle(pilot)
        assert (
            pilot.app.screen is review
            and repo.get_customer(book_store, ids["C00008"])["merged_into"] is None
        )
        await pilot.press("m", "y")
        await settle(pilot)
        queue = pilot.app.screen
        assert isinstance(queue, DuplicatesScreen)
        assert all(codes_of(book_store, g) != {"C00003", "C00008"} for g in queue.groups)
        survivor = repo.get_customer(book_store, ids["C00003"])
        assert (survivor["name"], survivor["industry"]) == (
            "Acme Trading Co., Ltd.",
            chosen_industry,
        )
        assert repo.get_customer(book_store, ids["C00008"])["merged_into"] == ids["C00003"]
        moved = book_store.query(
            "SELECT count(*) FROM orders WHERE customer_id = ?", (ids["C00003"],)
        )[0][0]
        assert moved == 5 and counts(book_store) == before

        await pilot.press("u")
        await settle(pilot)
        assert repo.get_customer(book_store, ids["C00008"])["merged_into"] is None
        assert repo.get_customer(book_store, ids["C00003"])["name"] == "Acme Trading Co., Ltd."
        assert any(codes_of(book_store, g) == {"C00003", "C00008"} for g in queue.groups)
        mine = book_store.query(
            "SELECT count(*) FROM orders WHERE customer_id = ?", (ids["C00008"],)
        )[0][0]
        assert mine == 2 and counts(book_store) == before


async def test_merged_customer_leaves_the_list(
    app: CustuiApp, book_store: Store, planted: dict[str, int]
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await review_acme(pilot, book_store)
        await pilot.press("m", "y")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        shown = pilot.app.screen.table.row_ids  # type: ignore[attr-defined]
        assert planted["C00008"] not in shown and planted["C00003"] in shown


async def test_not_duplicates_from_review_and_from_queue(
    app: CustuiApp,
    book_store: Store,
    planted: dict[str, int],
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await review_acme(pilot, book_store)
        await pilot.press("n")
        await settle(pilot)
        queue = pilot.app.screen
        assert all(codes_of(book_store, g) != {"C00003", "C00008"} for g in queue.groups)
        remaining = len(queue.groups)
        await pilot.press("n")  # the highlighted group, straight from the queue
        await settle(pilot)
        assert len(queue.groups) == remaining - 1
        await pilot.press("r")
        await settle(pilot)
        assert len(queue.groups) == remaining - 1  # dismissed pairs never come back
    assert len(book_store.query("SELECT * FROM not_duplicates")) >= 2


async def test_a_pair_marked_not_duplicates_is_taken_back_with_D(
    app: CustuiApp,
    book_store: Store,
    planted: dict[str, int],
) -> None:
    from custui.tui.screens.not_duplicates import NotDuplicatesScreen

    async with app.run_test(size=SIZE) as pilot:
        await review_acme(pilot, book_store)
        await pilot.press("n")  # a wrong decision
        await settle(pilot)
        queue = pilot.app.screen
        assert all(codes_of(book_store, g) != {"C00003", "C00008"} for g in queue.groups)
        await pilot.press("D")
        await settle(pilot)
        dialog = pilot.app.screen
        assert isinstance(dialog, NotDuplicatesScreen) and dialog.table.row_count == 1
        assert "C00003" in str(dialog.table.get_row_at(0)) and "C00008" in str(
            dialog.table.get_row_at(0)
        )
        await pilot.press("d")
        await settle(pilot)
        assert dialog.table.row_count == 0 and "No pair" in str(
            dialog.query_one("#dialog-empty", Static).render()
        )
        await pilot.press("escape")
        await settle(pilot)
        assert pilot.app.screen is queue
        assert {"C00003", "C00008"} in [
            codes_of(book_store, g) for g in queue.groups
        ]  # back at once
        assert book_store.query("SELECT * FROM not_duplicates") == []
        await pilot.press("r")
        await settle(pilot)
        assert {"C00003", "C00008"} in [
            codes_of(book_store, g) for g in queue.groups
        ]  # and in scans


async def test_escape_cancels_a_running_scan(
    app: CustuiApp,
    planted: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import threading

    from custui.store import dupes

    release = threading.Event()

    def slow_scan(store, **kwargs):
        cancelled = kwargs["cancelled"]
        while not cancelled():
            release.wait(0.01)
        from custui.core.dedupe import ScanCancelled

        raise ScanCancelled

    monkeypatch.setattr(dupes, "scan_with_index", slow_scan)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("3")
        await pilot.pause()
        screen = pilot.app.screen
        assert screen.scanning and screen.query_one("#scan-progress").display
        await pilot.press("escape")
        await settle(pilot)
        assert not screen.scanning and pilot.app.screen is screen
        assert "cancelled" in str(screen.query_one("#group-detail", Static).render())


async def new_customer_form(pilot) -> CustomerFormScreen:
    await settle(pilot)
    await pilot.press("n")
    await settle(pilot)
    form = pilot.app.screen
    assert isinstance(form, CustomerFormScreen)
    assert form.hint_text == ""
    return form


async def test_form_hints_while_typing_and_open_existing(
    app: CustuiApp,
    book_store: Store,
    planted: dict[str, int],
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        form = await new_customer_form(pilot)
        await pilot.press(*"上海明远")
        await settle(pilot)
        assert "上海明远贸易股份有限公司" in form.hint_text
        assert form.query_one("#hints-name").display  # under the field being typed
        assert form.hints[0].b == planted["C00006"]
        await pilot.press("ctrl+o")
        await settle(pilot)
        existing = pilot.app.screen
        assert (
            isinstance(existing, CustomerFormScreen) and existing.customer_id == planted["C00006"]
        )
        await pilot.press("escape")
        await settle(pilot)
        assert (
            pilot.app.screen is form and form.raw_value("name") == "上海明远"
        )  # the draft is untouched
        for _ in range(4):
            await pilot.press("backspace")
        await settle(pilot)
        assert form.hint_text == "" and form.hints == []


async def test_same_phone_is_hinted_whatever_the_name(
    app: CustuiApp,
    book_store: Store,
    planted: dict[str, int],
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        form = await new_customer_form(pilot)
        form.query_one("#field-phone").focus()
        await pilot.press(*"139-1234-5678")
        await settle(pilot)
        assert [m.b for m in form.hints] == [planted["C00006"]]
        assert "same phone" in form.hint_text
        # shown under Phone, where the cursor is, not under the name off-screen
        assert form.query_one("#hints-phone").display and not form.query_one("#hints-name").display


# -- snapshots -----------------------------------------------------------------


def test_duplicate_queue_snapshot(snap_compare, app: CustuiApp, planted: dict[str, int]) -> None:
    async def queue(pilot) -> None:
        await open_queue(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=queue)


def test_merge_review_snapshot(
    snap_compare, app: CustuiApp, book_store: Store, planted: dict[str, int]
) -> None:
    async def review(pilot) -> None:
        await review_acme(pilot, book_store)
        await pilot.press("right")
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=review)


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_merge_review_shows_every_customer_at_the_design_size(
    app: CustuiApp,
    book_store: Store,
    planted: dict[str, int],
    size: tuple[int, int],
) -> None:
    """At 80 columns the review showed the survivor only: every customer's column is on screen now."""
    from tests.tui.conftest import screen_lines

    async with app.run_test(size=size) as pilot:
        await review_acme(pilot, book_store)
        text = "\n".join(screen_lines(pilot.app))
        assert "C00003" in text and "C00008" in text and "Keeps" in text
        header = next(line for line in screen_lines(pilot.app) if "Keeps" in line)
        assert header.index("C00003") < size[0] and header.index("C00008") < size[0]
