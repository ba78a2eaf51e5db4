"""The people at a customer, by keys: `p` on the customer screen, the contact form, `i` with a person."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, Input, Static

from custui.core.contacts import validate_contact
from custui.store import contacts, repo
from custui.store.db import Store
from custui.tui.app import CustuiApp
from custui.tui.screens.confirm import ConfirmScreen
from custui.tui.screens.contact_form import ContactFormScreen
from custui.tui.screens.customer_detail import CustomerDetailScreen
from custui.tui.screens.entry_form import EntryFormScreen
from custui.tui.screens.entry_view import EntryViewScreen
from custui.tui.screens.people import PeopleScreen
from custui.tui.widgets.lazy_table import LazyTable
from tests.tui.conftest import AS_OF, code_ids, press_to, settle

SIZE = (80, 24)
SMALL = (60, 20)


def add_person(store: Store, customer_id: int, **raw: str) -> int:
    """A person entered as the contact form enters one (validated, then saved)."""
    clean, errors = validate_contact(raw, region="CN", today=AS_OF)
    assert not errors, errors
    return contacts.add_contact(store, customer_id, clean)


@pytest.fixture
def team(book_store: Store) -> dict[str, int]:
    """C00001 (primary 张伟) gets two colleagues: 李娜 (engineer) and 王强, who left in March."""
    me = code_ids(book_store)["C00001"]
    return {
        "customer": me,
        "张伟": contacts.list_contacts(book_store, me)[0]["id"],
        "李娜": add_person(
            book_store,
            me,
            name="李娜",
            title="工程师",
            phone="139 0000 1111",
            email="lina@huachuang.cn",
            notes="负责选型，周二下午方便",
        ),
        "王强": add_person(
            book_store, me, name="王强", title="厂长", im="wq_wx", left_at="2026-03-01"
        ),
    }


def people_names(store: Store, customer_id: int) -> list[str]:
    return [p["name"] for p in contacts.list_contacts(store, customer_id)]


async def open_customer(pilot, code: str = "C00001") -> CustomerDetailScreen:
    await settle(pilot)
    await pilot.press(
        "slash", *code, "enter"
    )  # the search runs in a worker: wait before opening the row
    return await press_to(pilot, "enter", screen=CustomerDetailScreen)


async def open_people(pilot, code: str = "C00001") -> PeopleScreen:
    await open_customer(pilot, code)
    return await press_to(pilot, "p", screen=PeopleScreen)


def table_text(dialog: PeopleScreen) -> list[str]:
    table = dialog.query_one(DataTable)
    return [" ".join(str(c) for c in table.get_row_at(n)) for n in range(table.row_count)]


def detail_people(pilot) -> str:
    detail = next(s for s in pilot.app.screen_stack if isinstance(s, CustomerDetailScreen))
    return str(detail.query_one("#detail-people", Static).render())


async def test_the_customer_screen_lists_its_people_primary_first_those_who_left_dimmed(
    app: CustuiApp, team: dict[str, int]
) -> None:
    async with app.run_test(size=(120, 36)) as pilot:
        await open_customer(pilot)
        people = pilot.app.screen.query_one("#detail-people", Static)
        lines = str(people.render()).splitlines()
        assert lines == ["★ 张伟 · 采购经理", "  李娜 · 工程师 · +8613900001111 · lina@huachuang.cn",
                         "  王强 · 厂长 · wq_wx · left 2026-03-01"]  # fmt: skip
        rendered = people.render()
        assert any(
            "dim" in str(span.style)
            for span in rendered.spans
            if "王强" in rendered.plain[span.start : span.end]
        )


async def test_a_short_terminal_shows_two_lines_of_people(
    app: CustuiApp, team: dict[str, int]
) -> None:
    async with app.run_test(size=SMALL) as pilot:
        await open_people(pilot)
        assert detail_people(pilot).splitlines() == ["★ 张伟 · 采购经理", "  +2 more · p people"]


async def test_add_a_person_by_keys(
    app: CustuiApp, book_store: Store, team: dict[str, int]
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_people(pilot)
        form = await press_to(pilot, "n", screen=ContactFormScreen)
        assert pilot.app.focused is form.query_one("#contact-name")
        await pilot.press(*"陈静", "tab", *"财务经理", "tab", *"021-5555 0000", "tab", *"CJ@Huachuang.cn", "tab",
                          *"chenjing_wx", "tab", *"管付款", "ctrl+s")  # fmt: skip
        await settle(pilot)
        assert pilot.app.screen is dialog
        stored = next(
            p for p in contacts.list_contacts(book_store, team["customer"]) if p["name"] == "陈静"
        )
        assert (
            stored["title"],
            stored["phone_e164"],
            stored["email"],
            stored["im"],
            stored["notes"],
        ) == ("财务经理", "+862155550000", "cj@huachuang.cn", "chenjing_wx", "管付款")
        assert not stored["is_primary"] and stored["left_at"] is None
        assert any("陈静" in row for row in table_text(dialog))
        assert dialog.current()["name"] == "陈静"  # the cursor is on the one added
        assert "+3 more" in detail_people(pilot)  # the customer screen behind shows it at once


async def test_the_contact_form_says_what_is_wrong_under_each_field(
    app: CustuiApp, book_store: Store, team: dict[str, int]
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await open_people(pilot)
        form = await press_to(pilot, "n", screen=ContactFormScreen)

        def message(name: str) -> str:
            return str(form.query_one(f"#contact-error-{name}", Static).render())

        await pilot.press("tab")  # leaving the empty name says so
        await settle(pilot)
        assert "required" in message("name")
        await pilot.press("tab", *"12345", "tab", *"bad@", "tab")
        await settle(pilot)
        assert "kept as typed" in message("phone") and form.query_one(
            "#contact-error-phone"
        ).has_class("-warning")
        assert "e-mail" in message("email").lower()
        await pilot.press("tab", "tab", *"2099-01-01", "ctrl+s")
        await settle(pilot)
        assert pilot.app.screen is form
        assert "future" in message("left_at")
        assert pilot.app.focused is form.query_one("#contact-name")  # the first field in need
        await pilot.press(*"周敏")
        await settle(pilot)
        assert message("name") == ""  # fixed as typed
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(pilot.app.screen, ConfirmScreen)
        await pilot.press("y")
        await settle(pilot)
        assert isinstance(pilot.app.screen, PeopleScreen)
        assert "周敏" not in people_names(book_store, team["customer"])


async def test_edit_a_person_with_enter_and_e(
    app: CustuiApp, book_store: Store, team: dict[str, int]
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_people(pilot)
        await pilot.press("down")
        form = await press_to(pilot, "enter", screen=ContactFormScreen)
        assert form.values()["name"] == "李娜" and form.values()["phone"] == "139 0000 1111"
        form.query_one("#contact-title").focus()
        await pilot.press("ctrl+u", *"技术总监", "ctrl+s")
        await settle(pilot)
        assert pilot.app.screen is dialog
        assert contacts.get_contact(book_store, team["李娜"])["title"] == "技术总监"
        form = await press_to(pilot, "e", screen=ContactFormScreen)
        assert form.values()["title"] == "技术总监"
        await pilot.press("escape")  # nothing typed: no question
        await settle(pilot)
        assert pilot.app.screen is dialog


async def test_an_edit_over_another_windows_save_is_refused_and_kept(
    app: CustuiApp, book_store: Store, team: dict[str, int]
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await open_people(pilot)
        await pilot.press("down")
        form = await press_to(pilot, "e", screen=ContactFormScreen)
        contacts.update_contact(book_store, team["李娜"], {"title": "总工"})  # another window
        form.query_one("#contact-title").focus()
        await pilot.press("ctrl+u", *"技术总监", "ctrl+s")
        await settle(pilot)
        assert pilot.app.screen is form and form.values()["title"] == "技术总监"
        assert "changed elsewhere" in str(form.query_one("#form-message", Static).render())
        assert contacts.get_contact(book_store, team["李娜"])["title"] == "总工"


async def test_mark_the_primary_contact(
    app: CustuiApp, book_store: Store, team: dict[str, int]
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_people(pilot)
        await pilot.press("down", "asterisk")
        await settle(pilot)
        assert contacts.get_contact(book_store, team["李娜"])["is_primary"] == 1
        assert table_text(dialog)[0].startswith("★ 李娜")
        assert detail_people(pilot).startswith("★ 李娜 · 工程师")
        assert (
            repo.get_customer(book_store, team["customer"])["contact_name"] == "李娜"
        )  # list, brief, call list
        await pilot.press("down", "m")  # 张伟, now second: m does the same
        await settle(pilot)
        assert contacts.get_contact(book_store, team["张伟"])["is_primary"] == 1
        await pilot.press("ctrl+end", "asterisk")  # 王强 left: refused
        await settle(pilot)
        assert dialog.current()["name"] == "王强"
        await settle(pilot)
        assert contacts.get_contact(book_store, team["王强"])["is_primary"] == 0
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("escape")  # back on the list, the preview names the primary contact
        await settle(pilot)
        assert "张伟" in str(pilot.app.screen.query_one("#preview", Static).render())


async def test_mark_left_and_back_keeps_the_history(
    app: CustuiApp, book_store: Store, team: dict[str, int]
) -> None:
    from custui.store import timeline

    me = team["customer"]
    timeline.add_interaction(book_store, me, {"occurred_at": "2026-11-01", "channel": "visit", "summary": "看样机",
                                              "contact_id": team["李娜"]})  # fmt: skip
    async with app.run_test(size=(100, 32)) as pilot:
        dialog = await open_people(pilot)
        await pilot.press("down", "l")
        await settle(pilot)
        assert contacts.get_contact(book_store, team["李娜"])["left_at"] == AS_OF.isoformat()
        assert [row.split()[0] for row in table_text(dialog)] == [
            "★",
            "李娜",
            "王强",
        ]  # those who left after
        assert "left 2026-11-20" in table_text(dialog)[1]
        assert "left 2026-11-20" in detail_people(pilot)
        await pilot.press("escape")
        await settle(pilot)
        row = pilot.app.screen.query_one("#timeline", LazyTable).row_for(0)
        assert row is not None and row["summary"] == "李娜 · 看样机"  # who left keeps their history
        await press_to(pilot, "p", screen=PeopleScreen)
        await pilot.press("home", "down", "l")  # 李娜 again: back
        await settle(pilot)
        assert contacts.get_contact(book_store, team["李娜"])["left_at"] is None


async def test_remove_a_person_and_undo(
    app: CustuiApp, book_store: Store, team: dict[str, int]
) -> None:
    me = team["customer"]
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_people(pilot)
        await pilot.press("d")  # the primary contact
        await settle(pilot)
        assert people_names(book_store, me) == ["李娜", "王强"]
        assert contacts.get_contact(book_store, team["李娜"])["is_primary"] == 1  # took over
        assert len(table_text(dialog)) == 2
        await pilot.press("u")
        await settle(pilot)
        assert people_names(book_store, me) == ["张伟", "李娜", "王强"]
        assert contacts.get_contact(book_store, team["张伟"])["is_primary"] == 1
        await pilot.press("ctrl+end", "delete")
        await settle(pilot)
        assert people_names(book_store, me) == ["张伟", "李娜"]
        await pilot.press("escape")  # undo still works after closing and opening again
        await settle(pilot)
        await press_to(pilot, "p", screen=PeopleScreen)
        await pilot.press("u")
        await settle(pilot)
        assert people_names(book_store, me) == ["张伟", "李娜", "王强"]
        await pilot.press("u")
        await settle(pilot)
        assert people_names(book_store, me) == ["张伟", "李娜", "王强"]  # nothing more to undo


async def test_a_customer_without_people_adds_the_first_as_primary(
    app: CustuiApp, book_store: Store
) -> None:
    me = code_ids(book_store)["C00006"]
    contacts.remove_contact(book_store, contacts.list_contacts(book_store, me)[0]["id"])
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_people(pilot, "C00006")
        assert "Nobody yet" in str(dialog.query_one("#dialog-empty", Static).render())
        assert "No people yet" in detail_people(pilot)
        await press_to(pilot, "n", screen=ContactFormScreen)
        await pilot.press(*"Sarah Miller", "ctrl+s")
        await settle(pilot)
        assert [(p["name"], p["is_primary"]) for p in contacts.list_contacts(book_store, me)] == [
            ("Sarah Miller", 1)
        ]


async def test_log_an_interaction_with_a_chosen_person(
    app: CustuiApp, book_store: Store, team: dict[str, int]
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await open_people(pilot)
        await pilot.press("escape")
        form = await press_to(pilot, "i", screen=EntryFormScreen)
        choice = form.query_one("#entry-contact_id")
        assert choice.value == str(team["张伟"])  # the primary contact to start with
        assert choice.labels == {
            str(team["张伟"]): "张伟",
            str(team["李娜"]): "李娜",
        }  # 王强 left: not offered
        await pilot.press("tab", "tab", *"技术交流", "tab", "tab", "tab", "tab", "tab", "2")
        assert pilot.app.focused is choice and choice.value == str(team["李娜"])
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(pilot.app.screen, CustomerDetailScreen)  # 2 picked a person, not a screen
        stored = book_store.query("SELECT contact_id FROM interactions WHERE summary = '技术交流'")
        assert [r[0] for r in stored] == [team["李娜"]]
        top = pilot.app.screen.query_one("#timeline", LazyTable).row_for(0)
        assert top is not None and (top["summary"], top["with"]) == ("李娜 · 技术交流", "李娜")

        # editing it later keeps the person, even after they left
        contacts.update_contact(book_store, team["李娜"], {"left_at": "2026-11-19"})
        await press_to(pilot, "enter", screen=EntryViewScreen)  # read first: "With 联系人  李娜"
        assert "李娜" in str(pilot.app.screen.query_one("#entry-body", Static).render())
        form = await press_to(pilot, "e", screen=EntryFormScreen)
        assert form.values()["contact_id"] == str(team["李娜"])
        assert form.query_one("#entry-contact_id").labels[str(team["李娜"])] == "李娜 (left)"
        await pilot.press("escape")
        await settle(pilot)

        # space: nobody in particular
        form = await press_to(pilot, "i", screen=EntryFormScreen)
        await pilot.press("tab", "tab", *"群发邮件")
        form.query_one("#entry-contact_id").focus()
        await pilot.press("space", "ctrl+s")
        await settle(pilot)
        stored = book_store.query("SELECT contact_id FROM interactions WHERE summary = '群发邮件'")
        assert [r[0] for r in stored] == [None]


async def test_no_key_of_these_screens_eats_a_character_typed_into_a_field(
    app: CustuiApp, book_store: Store, team: dict[str, int]
) -> None:
    typed = "npedumlixobt1234q*?/+-= abc"
    async with app.run_test(size=SIZE) as pilot:
        await open_people(pilot)
        form = await press_to(pilot, "n", screen=ContactFormScreen)
        await pilot.press(*typed)
        assert form.query_one("#contact-name", Input).value == typed
        await pilot.press("tab", *typed)
        assert form.query_one("#contact-title", Input).value == typed
        await pilot.press("escape", "y")
        await settle(pilot)
        await pilot.press("escape")
        form = await press_to(pilot, "i", screen=EntryFormScreen)
        await pilot.press("tab", "tab", *typed)
        assert form.query_one("#entry-summary", Input).value == typed


def test_people_dialog_snapshot(snap_compare, app: CustuiApp, team: dict[str, int]) -> None:
    async def people(pilot) -> None:
        await open_people(pilot)
        await pilot.press("down")

    assert snap_compare(app, terminal_size=SIZE, run_before=people)


def test_customer_screen_with_people_snapshot(
    snap_compare, app: CustuiApp, team: dict[str, int]
) -> None:
    async def detail(pilot) -> None:
        await open_customer(pilot)

    assert snap_compare(app, terminal_size=(100, 32), run_before=detail)


def test_contact_form_snapshot_on_a_small_terminal(
    snap_compare, app: CustuiApp, team: dict[str, int]
) -> None:
    async def form(pilot) -> None:
        await open_people(pilot)
        await pilot.press("n", "tab", *"工程师", "tab", *"12345", "tab")
        await settle(pilot)

    assert snap_compare(app, terminal_size=SMALL, run_before=form)


async def test_the_brief_names_the_primary_contact_and_who_each_contact_was_with(
    app: CustuiApp, book_store: Store, team: dict[str, int]
) -> None:
    from custui.store import timeline
    from custui.tui.screens.briefing import BriefingScreen

    contacts.set_primary(book_store, team["李娜"])
    timeline.add_interaction(book_store, team["customer"], {"occurred_at": "2026-11-02", "channel": "call",
                                                            "summary": "确认样机", "contact_id": team["张伟"]})  # fmt: skip
    async with app.run_test(size=(120, 36)) as pilot:
        await open_customer(pilot)
        brief = await press_to(pilot, "b", screen=BriefingScreen)
        text = str(brief.query_one("#brief", Static).render())
        assert "★ 李娜 · 工程师 · +8613900001111 · lina@huachuang.cn" in text
        assert (
            "also: 张伟 (采购经理)" in text and "王强" not in text
        )  # who left is not offered for a visit
        assert "确认样机 (with 张伟)" in text
