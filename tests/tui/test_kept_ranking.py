"""The list opens on the ranking kept in the file: drawn at once, not scored again when nothing changed,
labelled and re-scored when something did, and the cursor stays on its customer through the swap."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from textual.widgets import Static

from custui.core.entries import validate_order
from custui.store import score_cache
from custui.store.book import Book
from custui.store.db import Store
from custui.store.scores import score_book
from custui.store.timeline import add_order
from custui.tui.app import CustuiApp
from custui.tui.screens.customer_list import CustomerListScreen
from custui.tui.screens.score_explanation import ScoreExplanationScreen
from custui.tui.widgets.lazy_table import LazyTable
from tests.tui.conftest import AS_OF, settle


def keep_ranking(store: Store) -> list[int]:
    """Score the book and keep the ranking, as the app does after scoring; its order."""
    changes, settings = score_cache.change_count(store), score_cache.saved_settings(store)
    result = score_book(store, AS_OF)
    score_cache.save(store, result, changes, settings)
    return [int(i) for i in result.frame.index]


def order(store: Store, customer_id: int, amount: str) -> None:
    """An order entered as the order form enters one (validated, then stored)."""
    values, errors = validate_order(
        {"ordered_at": "2026-11-19", "amount": amount, "currency": "CNY"}, AS_OF
    )
    assert not errors, errors
    add_order(store, customer_id, values)


def title(app: CustuiApp) -> str:
    return str(app.screen.query_one("#count", Static).render())


def forbid_whole_book_scoring(monkeypatch) -> None:
    """Book.load (scoring the whole book) fails the test if anything calls it."""

    def no_scoring(*args, **kwargs):
        raise AssertionError("nothing here needs the whole book scored")

    monkeypatch.setattr(Book, "load", classmethod(no_scoring))


def list_screen(app: CustuiApp) -> CustomerListScreen:
    assert isinstance(app.screen, CustomerListScreen)
    return app.screen


async def test_a_fresh_kept_ranking_is_shown_and_nothing_is_scored(
    sample_store: Store, monkeypatch
) -> None:
    ranking = keep_ranking(sample_store)

    forbid_whole_book_scoring(monkeypatch)
    app = CustuiApp(sample_store, warm_up=False, as_of=AS_OF)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = list_screen(app)
        assert screen.table.row_ids == ranking
        assert (
            screen.book is not None
            and "scored as of 2026-11-20" in title(app)
            and "updating" not in title(app)
        )
        await pilot.press("w")  # the kept frame explains a score as the scored one does
        await settle(pilot)
        assert isinstance(app.screen, ScoreExplanationScreen)


@pytest.mark.parametrize("days_later", [0, 1], ids=["same day", "the next day"])
async def test_an_unchanged_rankings_first_rows_are_in_the_first_frame(
    sample_store: Store, monkeypatch, days_later: int
) -> None:
    """Nothing written since the ranking was kept (whatever the day): the list reads its order and first
    page as it mounts, so no frame is drawn without rows and no worker is asked for them."""
    ranking = keep_ranking(sample_store)
    asked: list[int] = []
    ask = LazyTable._request_page

    def recorded(table: LazyTable, page: int) -> None:
        asked.append(page)
        ask(table, page)

    monkeypatch.setattr(LazyTable, "_request_page", recorded)
    app = CustuiApp(sample_store, warm_up=False, as_of=AS_OF + timedelta(days=days_later))
    async with app.run_test(size=(100, 30)) as pilot:
        screen = list_screen(app)  # before any pause: no worker has run
        assert screen.table.row_ids[:3] == ranking[:3]
        assert asked == [] and screen.table.row_for(0) is not None
        await settle(pilot)
        assert screen.table.current_row_id() is not None


async def test_a_stale_ranking_is_labelled_then_replaced_and_the_cursor_keeps_its_customer(
    sample_store: Store, monkeypatch
) -> None:
    ranking = keep_ranking(sample_store)
    last = ranking[-1]
    order(sample_store, last, "900000")
    scoring_may_finish = threading.Event()
    real_load = Book.load.__func__

    def slow_load(cls, *args, **kwargs):
        scoring_may_finish.wait(timeout=30)
        return real_load(cls, *args, **kwargs)

    monkeypatch.setattr(Book, "load", classmethod(slow_load))
    app = CustuiApp(sample_store, warm_up=False, as_of=AS_OF)
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(50):  # the kept ranking, while the new one is computed
            await pilot.pause(0.05)
            if list_screen(app).book is not None:
                break
        screen = list_screen(app)
        assert screen.table.row_ids == ranking
        assert "scored as of 2026-11-20 · updating…" in " ".join(title(app).split())
        await pilot.press("end", "up")  # below where the new order takes its customer
        chosen = screen.table.current_row_id()
        assert chosen == ranking[-2]
        scoring_may_finish.set()
        await settle(pilot)
        assert "updating" not in title(app)
        assert screen.table.row_ids.index(last) < len(ranking) - 50  # the big order moved it up
        assert screen.table.current_row_id() == chosen  # … and the cursor stayed on its customer
        assert (
            screen.table.row_ids.index(chosen) == len(ranking) - 1
        )  # one down: the cursor followed it


@pytest.mark.parametrize("kept_before", [False, True], ids=["first start", "after a change"])
async def test_scoring_keeps_its_ranking_for_the_next_start(
    sample_store: Store, kept_before: bool
) -> None:
    if kept_before:
        last = keep_ranking(sample_store)[-1]
        order(sample_store, last, "10")
    assert score_cache.kept(sample_store, AS_OF) in (
        None,
        score_cache.KeptRanking(AS_OF, fresh=False),
    )
    app = CustuiApp(sample_store, warm_up=False, as_of=AS_OF)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert score_cache.kept(sample_store, AS_OF) == score_cache.KeptRanking(AS_OF, fresh=True)
        assert score_cache.ranked_ids(sample_store) == list_screen(app).table.row_ids


async def test_a_new_days_ranking_leaves_an_untouched_cursor_on_its_customer(
    sample_store: Store, monkeypatch
) -> None:
    """Scored for another day (here the month before: its recency reorders the top), the customer the rep
    is looking at stays under the cursor."""
    ranking = keep_ranking(sample_store)
    app = CustuiApp(sample_store, warm_up=False, as_of=AS_OF - timedelta(days=30))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = list_screen(app)
        assert screen.table.row_ids[0] != ranking[0]  # the top moved
        assert screen.table.current_row_id() == ranking[0]  # the cursor did not
        assert "scored as of 2026-10-21" in title(app)


async def test_edits_after_a_start_on_the_kept_ranking_never_score_the_whole_book(
    sample_store: Store, monkeypatch
) -> None:
    """A fresh kept ranking reads its inputs in the background, so an edit re-scores its customer
    alone; a form closed without saving re-scores nothing.  (At 100k a whole-book score held a second
    scored book, ~350 MB, beside the first.)"""
    keep_ranking(sample_store)

    forbid_whole_book_scoring(monkeypatch)
    app = CustuiApp(sample_store, warm_up=False, as_of=AS_OF)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = list_screen(app)
        kept_book = screen.book
        assert kept_book is not None and kept_book.result.kept_inputs() is not None
        await pilot.press("n")  # a new customer, typed, then discarded
        await settle(pilot)
        await pilot.press(*"Draft Co")
        await pilot.press("escape", "y")
        await settle(pilot)
        assert list_screen(app).book is kept_book  # nothing was re-read or scored
        top = screen.table.current_row_id()
        assert top is not None
        await pilot.press("e")  # an edit that is saved
        await settle(pilot)
        form = app.screen
        form.editor("name").value = "Renamed In Place Ltd"
        await pilot.press("ctrl+s")
        await settle(pilot)
        book = list_screen(app).book
        assert book is not None and book is not kept_book
        assert book.rows([top])[top]["name"] == "Renamed In Place Ltd"


async def test_a_new_days_ranking_shares_the_customers_columns_it_already_holds(
    sample_store: Store, monkeypatch
) -> None:
    """Nothing changed since the kept ranking, only the day: the new ranking is scored, but the list's
    customer columns are the kept book's, not read again (a second copy at 100k is ~170 MB)."""
    keep_ranking(sample_store)
    given: list[object] = []
    load = Book.load.__func__  # type: ignore[attr-defined]

    def recording(cls, *args, **kwargs):
        given.append(kwargs.get("display"))
        return load(cls, *args, **kwargs)

    monkeypatch.setattr(Book, "load", classmethod(recording))
    app = CustuiApp(sample_store, warm_up=False, as_of=AS_OF + timedelta(days=1))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        book = list_screen(app).book
        assert book is not None and "scored as of 2026-11-21" in title(app)
        assert len(given) == 1 and given[0] is not None and book.display is given[0]
        top = int(book.frame.index[0])
    order(sample_store, top, "10")  # a change: the next start reads the customers again
    given.clear()
    app = CustuiApp(sample_store, warm_up=False, as_of=AS_OF + timedelta(days=2))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert given == [None]


async def test_a_customer_added_before_the_kept_book_is_ready_is_listed(
    sample_store: Store, monkeypatch
) -> None:
    """The list opens on a fresh kept ranking; a customer added before its book is built is listed
    at once: the order read again no longer takes the ranking for the whole book."""
    from tests.conftest import add_customer

    ranking = keep_ranking(sample_store)
    book_may_come = threading.Event()
    real_load = score_cache.load

    def slow_load(store):
        book_may_come.wait(timeout=30)
        return real_load(store)

    monkeypatch.setattr(score_cache, "load", slow_load)
    app = CustuiApp(sample_store, warm_up=False, as_of=AS_OF)
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(50):
            await pilot.pause(0.05)
            if list_screen(app).table.row_ids:
                break
        screen = list_screen(app)
        assert screen.book is None and screen.table.row_ids == ranking
        new = add_customer(sample_store, {"name": "Nordlicht Handel GmbH", "kind": "company"})
        screen.data_changed(keep_cursor_on=None, changed=[new])
        for _ in range(50):
            await pilot.pause(0.05)
            if new in screen.table.row_ids:
                break
        assert screen.table.row_ids == [*ranking, new]
        book_may_come.set()
        await settle(pilot)


async def test_rows_read_again_are_drawn_as_they_were_until_they_arrive(
    sample_store: Store, monkeypatch
) -> None:
    """The list re-lists its rows (the scored book replacing the kept ranking, a re-sort): each row stays
    drawn as it was until its page is read again, never a flash of "…"; a lock forgets them too."""
    keep_ranking(sample_store)
    app = CustuiApp(sample_store, warm_up=False, as_of=AS_OF)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        table = list_screen(app).table
        first, first_id = table.row_for(0), table.row_ids[0]
        assert first is not None and first["code"] in table.render_line(0).text
        may_read = threading.Event()
        read = table._fetch

        def held(ids):
            may_read.wait(timeout=30)
            return read(ids)

        monkeypatch.setattr(table, "_fetch", held)
        try:
            list_screen(app).reload()
            await pilot.pause(0.3)
            assert table.row_for(0) is None  # its page is being read again …
            assert first["code"] in table.render_line(0).text  # … and it is drawn as it was
            table.forget()
            table.set_rows([first_id])
            assert first["code"] not in table.render_line(0).text
            assert "…" in table.render_line(0).text
        finally:
            may_read.set()
        await settle(pilot)


async def test_the_list_mounts_after_the_apps_start_up_batch(
    sample_store: Store, monkeypatch
) -> None:
    """Textual drops every frame drawn inside the app's start-up batch: a list mounted there had its
    first frame (rows included) thrown away and drawn again ~45 ms later, in a real terminal."""
    keep_ranking(sample_store)
    batches: list[int] = []
    mount = CustomerListScreen.on_mount

    def recorded(screen: CustomerListScreen) -> None:
        batches.append(screen.app._batch_count)
        mount(screen)

    monkeypatch.setattr(CustomerListScreen, "on_mount", recorded)
    app = CustuiApp(sample_store, warm_up=False, as_of=AS_OF)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert batches == [0]


async def test_quitting_gives_up_the_kept_books_read(sample_store: Store, monkeypatch) -> None:
    """The app waited, quitting, for the list's background read of its text columns (~2 s at 100k right
    after a start): that read now stops at its next chunk once the app's workers are cancelled."""
    import time

    from custui.store import book as book_module

    keep_ranking(sample_store)
    monkeypatch.setattr(book_module, "DISPLAY_CHUNK", 10)  # 34 chunks for the sample's customers
    packed: list[int] = []
    pack = book_module._packed

    def slow(chunk):
        packed.append(len(chunk))
        time.sleep(0.05)
        return pack(chunk)

    monkeypatch.setattr(book_module, "_packed", slow)
    app = CustuiApp(sample_store, warm_up=False, as_of=AS_OF)
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(100):
            await pilot.pause(0.02)
            if packed:
                break
        assert packed  # the read has begun
    at_exit = len(packed)
    time.sleep(
        2.0
    )  # the whole read takes ~1.7 s: had it gone on, every chunk would be packed by now
    assert len(packed) <= at_exit + 1, (at_exit, len(packed))
