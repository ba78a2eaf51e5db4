"""The import wizard driven with keys only: file, columns, check, decide, import, report."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from custui.core import parallel
from custui.store import import_apart, importer
from custui.tui.app import CustuiApp
from custui.tui.screens.choice import ChoiceScreen
from custui.tui.screens.customer_list import CustomerListScreen
from custui.tui.screens.import_wizard import ImportWizardScreen
from tests.tui.conftest import code_ids, press_to, settle

CSV = (
    "公司,联系人,手机,电子邮件,城市,备忘\n"
    "深圳华创科技有限公司,张伟,13800138000,zhangwei@huachuang.cn,深圳,新的采购负责人\n"
    "新锐材料有限公司,李娜,13900001111,lina@xinrui.cn,苏州,展会认识\n"
    "坏数据公司,赵六,12345,not-an-email,北京,\n"
)


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "new-customers.csv"
    path.write_text(CSV, encoding="utf-8")
    return path


async def open_preview(pilot, source: Path) -> ImportWizardScreen:
    wizard = await press_to(pilot, "I", screen=ImportWizardScreen)
    await pilot.press(*str(source))
    await pilot.press("enter")
    await settle(pilot)
    assert wizard.step == "preview"
    return wizard


async def read_column_as(pilot, column: int, field: str) -> None:
    """Cursor to *column*, f, then the key the dialog shows for *field*."""
    await pilot.press("home", *["right"] * column, "f")
    await settle(pilot)
    dialog = pilot.app.screen
    assert isinstance(dialog, ChoiceScreen)
    key = next(k for k, v in dialog.choices.items() if v == field)
    await pilot.press(key)
    await settle(pilot)


async def test_import_with_keys_only_merges_adds_and_reports(app: CustuiApp, source: Path) -> None:
    store = app.store
    before = code_ids(store)
    async with app.run_test(size=(120, 36)) as pilot:
        wizard = await open_preview(pilot, source)
        assert wizard.state.table.headers[5] == "备忘"
        assert (
            "备忘" in wizard._mapping().ignored
        )  # an unknown header is not read until the rep says so
        await read_column_as(pilot, 5, "notes")
        assert wizard._mapping().fields[5] == "notes"

        await pilot.press("enter")  # check every row
        await settle(pilot)
        assert wizard.step == "review"
        assert wizard.state.checked.rejected_rows == [4]
        assert [(e.row, e.customer_id) for e in wizard.state.existing] == [(2, before["C00001"])]
        assert wizard.state.decisions == {
            2: "skip"
        }  # nothing changes an existing customer unless the rep says so
        await pilot.press("m")
        assert wizard.state.decisions == {2: "merge"}

        await pilot.press("enter")  # import
        await settle(pilot)
        assert wizard.step == "done"
        report = str(wizard.query_one("#report").render())
        assert (
            "Imported 2 customers" in report and "1 merged" in report and "1 row rejected" in report
        )
        await press_to(pilot, "enter", screen=CustomerListScreen)

    after = code_ids(store)
    assert len(after) == len(before) + 2  # the new one, and the merged-away row kept for undo
    merged = store.query("SELECT id, merged_into FROM customers WHERE merged_into IS NOT NULL")
    assert [r["merged_into"] for r in merged] == [
        before["C00001"]
    ]  # as the duplicates screen merges: u undoes it there
    assert store.tuples("SELECT survivor_id FROM merges WHERE undone_at IS NULL") == [
        (before["C00001"],)
    ]
    assert store.tuples("SELECT count(*) FROM customers WHERE name = '新锐材料有限公司'") == [(1,)]
    assert store.tuples("SELECT count(*) FROM customers WHERE name = '坏数据公司'") == [(0,)]
    assert store.tuples("SELECT kind, source, rows FROM imports") == [
        ("customers", "new-customers.csv", 2)
    ]


@pytest.mark.parametrize("processes", ["start", "refused"])
async def test_a_large_import_is_checked_and_written_apart_and_the_list_takes_it_as_its_own(
    app: CustuiApp,
    source: Path,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
    processes: str,
) -> None:
    """A file this large (here: any) is checked and written by a process of its own (here, the same,
    where none can start); the list shows the new customers, and the app does not take its own import
    for another program's change."""
    refused = request.getfixturevalue("no_process") if processes == "refused" else []
    monkeypatch.setattr(import_apart, "APART_ROWS", 1)
    notices: list[str] = []
    monkeypatch.setattr(app, "notify", lambda message, **kw: notices.append(str(message)))
    spawned: list[object] = []
    start_apart = parallel.start_apart
    monkeypatch.setattr(parallel, "start_apart", lambda *a: spawned.append(a[0]) or start_apart(*a))
    store = app.store
    before = code_ids(store)
    async with app.run_test(size=(120, 36)) as pilot:
        wizard = await open_preview(pilot, source)
        await pilot.press("enter")  # check every row, apart
        await settle(pilot)
        assert wizard.step == "review" and wizard.state.checked.rejected_rows == [4]
        assert [(e.row, e.customer_id) for e in wizard.state.existing] == [(2, before["C00001"])]
        await pilot.press("A", "enter")  # add them all, import apart
        await settle(pilot)
        assert wizard.step == "done"
        assert "Imported 2 customers" in str(wizard.query_one("#report").render())
        listing = await press_to(pilot, "enter", screen=CustomerListScreen)
        app._check_outside_changes()  # the watch's next tick
        await settle(pilot)
        assert listing.book is not None and len(listing.book) == len(before) + 2
    assert [f.__name__ for f in spawned] == ["_check_here", "_write_here"]  # type: ignore[attr-defined]
    assert len(refused) == (2 if processes == "refused" else 0)
    assert len(code_ids(store)) == len(before) + 2
    assert not [n for n in notices if "another window" in n]


async def test_an_unreadable_file_is_explained_on_the_first_step(
    app: CustuiApp, tmp_path: Path
) -> None:
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    async with app.run_test(size=(120, 36)) as pilot:
        wizard = await press_to(pilot, "I", screen=ImportWizardScreen)
        await pilot.press(*str(tmp_path / "missing.csv"), "enter")
        await settle(pilot)
        assert "does not exist" in str(wizard.query_one("#file-problem").render())
        await pilot.press("ctrl+u", *str(binary), "enter")
        await settle(pilot)
        assert wizard.step == "file"
        assert (
            "not a text table" in str(wizard.query_one("#file-problem").render()).lower()
            or "binary" in str(wizard.query_one("#file-problem").render()).lower()
        )


async def test_esc_cancels_a_running_check_and_writes_nothing(
    app: CustuiApp, source: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = threading.Event()
    real = importer.import_table

    def slow_import(*args, cancel: threading.Event, **kwargs):
        started.set()
        assert cancel.wait(5), "esc should set the cancel event"
        return real(*args, cancel=cancel, **kwargs)  # the importer notices it and stops

    monkeypatch.setattr(importer, "import_table", slow_import)
    async with app.run_test(size=(120, 36)) as pilot:
        wizard = await open_preview(pilot, source)
        await pilot.press("enter")
        await pilot.pause()
        assert started.wait(5) and wizard.step == "working"
        await pilot.press("escape")
        await settle(pilot)
        assert wizard.step == "preview"
    assert app.store.tuples("SELECT count(*) FROM imports") == [(0,)]


def test_preview_snapshot(snap_compare, app: CustuiApp, source: Path) -> None:
    async def preview(pilot) -> None:
        await open_preview(pilot, source)
        await read_column_as(pilot, 5, "notes")
        await settle(pilot)

    assert snap_compare(app, terminal_size=(120, 30), run_before=preview)


async def test_imports_from_the_palette_revert_and_undo_with_keys(
    app: CustuiApp, source: Path
) -> None:
    from datetime import date

    from custui.store.readers import read_table
    from custui.tui.screens.imports import ImportsScreen

    report = importer.import_table(
        app.store, read_table(source), "customers", today=date(2026, 11, 20)
    )
    live = "SELECT count(*) FROM customers WHERE deleted_at IS NULL"
    before = app.store.tuples(live)[0][0]
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"Imports", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ImportsScreen)
        assert app.screen.records[0].id == report.import_id and app.screen.records[0].live == 2
        await pilot.press("r", "y")
        await settle(pilot)
        assert app.store.tuples(live)[0][0] == before - 2
        assert app.screen.records[0].reverted_at
        await pilot.press("u")
        await settle(pilot)
        assert app.store.tuples(live)[0][0] == before
        await press_to(pilot, "escape", screen=CustomerListScreen)


async def test_the_file_poll_never_waits_for_a_long_write(app: CustuiApp) -> None:
    """An import holds the store for seconds; the 2 s poll for other windows' changes must not
    freeze the screen waiting for it (it once deadlocked with the wizard's progress updates)."""
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        held, release = threading.Event(), threading.Event()

        def long_write() -> None:
            with app.store.lock:
                held.set()
                release.wait(5)

        writer = threading.Thread(target=long_write)
        writer.start()
        assert held.wait(5)
        try:
            assert app._data_version() is None  # answers at once instead of blocking
            app._check_outside_changes()
        finally:
            release.set()
            writer.join()
        assert app._data_version() is not None


async def test_industry_names_from_the_palette_add_and_remove_with_keys(app: CustuiApp) -> None:
    from custui.store.settings import industry_synonyms
    from custui.tui.screens.industry_names import IndustryNamesScreen

    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"Industry names", "enter")
        await settle(pilot)
        assert isinstance(app.screen, IndustryNamesScreen)
        await pilot.press("n", *"机加工", "enter")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ChoiceScreen)
        await pilot.press(next(k for k, v in dialog.choices.items() if v == "制造 Manufacturing"))
        await settle(pilot)
        assert industry_synonyms(app.store) == {"机加工": "制造 Manufacturing"}
        await pilot.press("d")
        await settle(pilot)
        assert industry_synonyms(app.store) == {}


async def test_a_file_that_reads_two_ways_shows_each_and_imports_the_one_chosen(
    app: CustuiApp, tmp_path: Path
) -> None:
    from textual.widgets import Input

    from tests.store.encoded import AMBIGUOUS

    source = tmp_path / "suomi-see-each-reading.csv"  # typed into the path: its e's must stay there
    source.write_bytes(AMBIGUOUS)
    async with app.run_test(size=(80, 24)) as pilot:
        wizard = await open_preview(pilot, source)
        assert wizard.query_one("#path", Input).value == str(source)
        line = str(wizard.query_one("#reading").render())
        assert line in ("This file reads two ways: Windows-1252 or GB18030 — press e to switch",
                        "This file reads two ways: GB18030 or Windows-1252 — press e to switch")  # fmt: skip
        names = {wizard.state.encoding: wizard.state.table.rows[0][0]}
        await pilot.press("e")
        await settle(pilot)
        names[wizard.state.encoding] = wizard.state.table.rows[0][0]
        assert names == {"cp1252": "Sillanpää Oy", "gb18030": "Sillanp滗 Oy"}
        if wizard.state.encoding != "cp1252":
            await pilot.press("e")
            await settle(pilot)
        assert "Windows-1252 CSV" in str(wizard.query_one("#source-info").render())

        await pilot.press("enter")  # check every row, in the reading shown
        await settle(pilot)
        assert wizard.step == "review" and not wizard.state.checked.rejected_rows
        await pilot.press("enter")  # import
        await settle(pilot)
        assert wizard.step == "done"
    assert app.store.tuples("SELECT city FROM customers WHERE name = 'Sillanpää Oy'") == [
        ("Pyhtää",)
    ]
    assert app.store.tuples("SELECT count(*) FROM customers WHERE name LIKE 'Sillanp滗%'") == [(0,)]


async def test_e_does_nothing_for_a_file_that_reads_one_way(app: CustuiApp, source: Path) -> None:
    async with app.run_test(size=(120, 36)) as pilot:
        wizard = await open_preview(pilot, source)
        assert not wizard.query_one("#reading").display
        assert not wizard.check_action("switch_reading", ())
        table = wizard.state.table
        await pilot.press("e")
        await settle(pilot)
        assert (
            wizard.step == "preview"
            and wizard.state.table is table
            and wizard.state.encoding is None
        )


@pytest.mark.parametrize("presses", [0, 1, 2])
async def test_the_rep_chooses_how_the_rows_read_with_p(
    app: CustuiApp, tmp_path: Path, presses: int
) -> None:
    """A HubSpot export of 40 people: one row per person by itself (4 customers), p reads one row per
    customer (40), p again back; the check, the import and the report all use the reading shown."""
    from tests import people_files

    source = people_files.hubspot_contacts(tmp_path / "hubspot-contacts.csv")
    store = app.store
    live = "SELECT count(*) FROM customers WHERE deleted_at IS NULL AND merged_into IS NULL"
    before = store.tuples(live)[0][0]
    per_person = presses % 2 == 0
    async with app.run_test(size=(120, 36)) as pilot:
        wizard = await open_preview(pilot, source)
        line = wizard.query_one("#rows-reading")
        assert "Read as one row per person (person-name columns, no customer code column) — p: one row per customer" in str(
            line.render())  # fmt: skip
        for _ in range(presses):
            await pilot.press("p")
            await settle(pilot)
        words = "one row per person" if per_person else "one row per customer"
        assert f"Read as {words}" in str(line.render()) and (
            "as chosen" in str(line.render())
        ) == bool(presses)

        await pilot.press("enter")  # check every row
        await settle(pilot)
        assert wizard.step == "review"
        made = "4 customers, 40 contacts" if per_person else "40 customers, 40 contacts"
        assert f"40 rows → would be {made}" in str(wizard.query_one("#review-summary").render())

        await pilot.press(
            "A", "enter"
        )  # add every row, even one like a customer of the book; import
        await settle(pilot)
        assert wizard.step == "done"
        report = str(wizard.query_one("#report").render())
        assert (
            f"Imported {4 if per_person else 40} customers" in report
            and f"40 rows → {made}." in report
        )
        await press_to(pilot, "enter", screen=CustomerListScreen)
    assert store.tuples(live)[0][0] == before + (4 if per_person else 40)
    assert store.tuples("SELECT count(*) FROM contacts WHERE import_id IS NOT NULL") == [(40,)]


async def test_p_is_offered_for_customer_files_only(app: CustuiApp, tmp_path: Path) -> None:
    calls = tmp_path / "calls.csv"
    calls.write_text("客户编号,日期,方式,内容\nC00001,2026-11-01,电话,问价\n", encoding="utf-8")
    async with app.run_test(size=(120, 36)) as pilot:
        wizard = await open_preview(pilot, calls)
        assert wizard.check_action("switch_rows", ()) is True  # read as customers at first
        wizard.state.kind = "interactions"
        wizard._fill_preview()
        assert wizard.check_action("switch_rows", ()) is False
        assert not wizard.query_one("#rows-reading").display
