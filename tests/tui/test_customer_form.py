"""The customer form driven with real keys: validate, save, edit, cancel, conflict, delete."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input, Static

from custui.core.model import CUSTOMER_FIELDS
from custui.store import db as store_db
from custui.store import repo
from custui.store.db import Store, open_store
from custui.tui.app import CustuiApp
from custui.tui.screens.confirm import ConfirmScreen
from custui.tui.screens.customer_form import FORM_ORDER, CustomerFormScreen
from custui.tui.screens.customer_list import CustomerListScreen
from tests.conftest import add_customer
from tests.tui.conftest import post_burst, settle

SIZE = (120, 40)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = open_store(tmp_path / "t.db")
    yield store
    store.close()


@pytest.fixture
def app(store: Store) -> CustuiApp:
    return CustuiApp(store, warm_up=False)


@pytest.fixture
def notes(app: CustuiApp, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every notification text the app shows, in order."""
    seen: list[str] = []
    original = app.notify

    def notify(message: str, **kwargs: Any) -> None:
        seen.append(str(message))
        original(message, **kwargs)

    monkeypatch.setattr(app, "notify", notify)
    return seen


# -- helpers --------------------------------------------------------------------


def rows(store: Store) -> list[dict[str, Any]]:
    return [dict(r) for r in store.query("SELECT * FROM customers ORDER BY id")]


def form(app: CustuiApp) -> CustomerFormScreen:
    assert isinstance(app.screen, CustomerFormScreen), f"expected the form, got {app.screen!r}"
    return app.screen


def error(app: CustuiApp, name: str) -> str:
    """The message shown under a field ('' when hidden)."""
    label = app.screen.query_one(f"#error-{name}", Static)
    return str(label.render()) if label.has_class("-shown") and label.display else ""


def field_value(app: CustuiApp, name: str) -> str:
    return app.screen.query_one(f"#field-{name}", Input).value


def focused_id(app: CustuiApp) -> str | None:
    return app.focused.id if app.focused is not None else None


async def new_form(pilot) -> None:
    """From the list as it opens, `n`: the new-customer form."""
    await settle(pilot)
    await pilot.press("n")
    await settle(pilot)


async def tab_to(pilot, name: str) -> None:
    """Press tab until the field has focus (real keys, like a user would)."""
    for _ in range(len(CUSTOMER_FIELDS) + 2):
        if focused_id(pilot.app) == f"field-{name}":
            return
        await pilot.press("tab")
    raise AssertionError(f"tab never reached field-{name}; focus is on {focused_id(pilot.app)}")


def list_text(app: CustuiApp) -> str:
    table = app.screen.table
    return "\n".join(table.render_line(y).text for y in range(min(table.row_count, 10)))


async def open_first(pilot) -> None:
    """From the list, open the customer under the cursor with e (edit)."""
    await settle(pilot)
    await pilot.press("e")
    await settle(pilot)
    form(pilot.app)


@pytest.fixture
def bergmann(store: Store) -> int:
    return add_customer(
        store,
        {
            "code": "C00001",
            "name": "Bergmann GmbH",
            "kind": "company",
            "industry": "Logistics",
            "email": "j.gross@bergmann.de",
            "need_match": 3,
        },
    )


# -- 1. new customer ------------------------------------------------------------


async def test_new_customer_with_keys_only(app: CustuiApp, store: Store, notes: list[str]) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await new_form(pilot)
        screen = form(app)
        assert str(screen.query_one("#form-title", Static).render()).startswith("New customer")
        assert focused_id(app) == "field-name"

        # q and 1 are app keys elsewhere; in a text field they are just letters
        await pilot.press(*"Acme 1 quality")
        await tab_to(pilot, "phone")
        await pilot.press(*"138 0013 8000")
        await tab_to(pilot, "email")
        await pilot.press(*"acme@")
        await pilot.press("ctrl+s")
        await settle(pilot)

        assert form(app) is screen
        assert "Not a valid e-mail address" in error(app, "email")
        assert error(app, "name") == "" and error(app, "phone") == ""
        assert focused_id(app) == "field-email"
        assert notes[-1] == "1 field needs attention"
        assert rows(store) == []

        # fixing it clears the message while typing, before saving
        await pilot.press(*"acme.com")
        assert error(app, "email") == ""
        await pilot.press("ctrl+s")
        await settle(pilot)

        assert isinstance(app.screen, CustomerListScreen)
        [row] = rows(store)
        assert row["name"] == "Acme 1 quality"
        assert row["phone"] == "138 0013 8000"
        assert row["phone_e164"] == "+8613800138000"
        assert row["kind"] == "company"  # the default
        assert row["code"] == "C00001"  # blank code: next free one
        assert notes[-1] == "Saved Acme 1 quality"
        assert app.screen.table.row_ids == [row["id"]]
        assert "Acme 1 quality" in list_text(app)


async def test_a_phone_not_understood_is_marked_kept_and_never_blocks_saving(
    app: CustuiApp, store: Store, notes: list[str]
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await new_form(pilot)
        await pilot.press(*"Acme Inc")
        await tab_to(pilot, "phone")
        await pilot.press(*"(415) 555-0134")  # a US number, in a book whose home region is CN
        await tab_to(pilot, "email")
        assert (
            error(app, "phone") == ""
        )  # it is a valid Chinese number: read as one, without a country
        await tab_to(pilot, "country")
        await pilot.press(*"United States")
        await tab_to(pilot, "grade")
        await tab_to(pilot, "phone")
        await pilot.press("ctrl+u", *"call the front desk")
        await tab_to(pilot, "email")
        label = app.screen.query_one("#error-phone", Static)
        assert "Not understood as a phone number for US" in error(app, "phone") and label.has_class(
            "-warning"
        )
        assert not app.screen.query_one("#field-phone", Input).has_class("-invalid")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, CustomerListScreen)
        [row] = rows(store)
        assert (row["phone"], row["phone_e164"], row["phone_invalid"], row["country"]) == (
            "call the front desk", None, 1, "US")  # fmt: skip
        assert notes[-1] == "Saved Acme Inc (phone kept as typed: not understood)"


async def test_the_country_typed_decides_how_the_phone_reads(app: CustuiApp, store: Store) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await new_form(pilot)
        await pilot.press(*"Acme Inc")
        await tab_to(pilot, "phone")
        await pilot.press(*"(415) 555-0134")
        await tab_to(pilot, "country")
        await pilot.press(*"美国")
        await pilot.press("ctrl+s")
        await settle(pilot)
        [row] = rows(store)
        assert (row["phone_e164"], row["country"]) == ("+14155550134", "US")


async def test_first_field_focused_and_tab_follows_visual_order(app: CustuiApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await new_form(pilot)
        seen = [focused_id(app)]
        for _ in range(len(CUSTOMER_FIELDS) - 1):
            await pilot.press("tab")
            seen.append(focused_id(app))
        assert seen == [f"field-{name}" for name in FORM_ORDER]
        assert sorted(FORM_ORDER) == sorted(
            spec.name for spec in CUSTOMER_FIELDS
        )  # every field, once
        assert seen[1] == "field-phone"  # phone is one tab from the name
        await pilot.press(*["shift+tab"] * (len(CUSTOMER_FIELDS) - 1))
        assert focused_id(app) == "field-name"


@pytest.mark.parametrize(("width", "columns"), [(120, 2), (100, 1)])
async def test_two_columns_only_when_wide(store: Store, width: int, columns: int) -> None:
    app = CustuiApp(store, warm_up=False)
    async with app.run_test(size=(width, 40)) as pilot:
        await new_form(pilot)
        name_box = app.screen.query_one("#box-name").region
        phone_box = app.screen.query_one("#box-phone").region
        if columns == 2:
            assert phone_box.y == name_box.y and phone_box.x > name_box.x
        else:
            assert phone_box.x == name_box.x and phone_box.y == name_box.y + 1  # one line per field
        # each field that looks for duplicates has its own spot for the hints, inside its box
        for name in ("name", "phone", "email"):
            assert app.screen.query_one(f"#hints-{name}").parent.parent is app.screen.query_one(
                f"#box-{name}"
            )


# -- 2. several invalid fields ----------------------------------------------------


async def test_several_invalid_fields_show_every_message_and_save_nothing(
    app: CustuiApp, store: Store, notes: list[str]
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await new_form(pilot)
        await pilot.press(*"Zeta Ltd")
        await tab_to(pilot, "email")
        await pilot.press(*"zeta@@example")
        await pilot.press("tab")  # leaving the field checks it
        assert "Not a valid e-mail address" in error(app, "email")
        await tab_to(pilot, "need_match")
        await pilot.press("7")
        assert error(app, "need_match") == ""  # not shown before it is left or saved
        await pilot.press("ctrl+s")
        await settle(pilot)

        form(app)
        assert "Not a valid e-mail address" in error(app, "email")
        assert error(app, "need_match") == "Need match must be a whole number from 1 to 5."
        shown = [spec.name for spec in CUSTOMER_FIELDS if error(app, spec.name)]
        assert shown == ["email", "need_match"]
        assert focused_id(app) == "field-email"  # the first invalid field
        assert notes[-1] == "2 fields need attention"
        assert rows(store) == []


async def test_required_name_checked_on_leaving_it(app: CustuiApp, store: Store) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await new_form(pilot)
        await pilot.press("tab")
        assert error(app, "name") == "Name is required."
        await pilot.press("shift+tab", *"X")
        assert error(app, "name") == ""
        assert rows(store) == []


async def test_taken_code_is_shown_on_the_code_field(
    app: CustuiApp, store: Store, bergmann: int, notes: list[str]
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await new_form(pilot)
        await pilot.press(*"Other Co")
        await tab_to(pilot, "code")
        await pilot.press(*"c00001")
        await pilot.press("ctrl+s")
        await settle(pilot)
        form(app)
        assert "already used" in error(app, "code")
        assert focused_id(app) == "field-code"
        assert len(rows(store)) == 1


# -- 3. edit ------------------------------------------------------------------------


async def test_edit_existing_customer(
    app: CustuiApp, store: Store, bergmann: int, notes: list[str]
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        screen = form(app)
        assert (
            str(screen.query_one("#form-title", Static).render()) == "Edit C00001 · Bergmann GmbH"
        )
        assert field_value(app, "industry") == "Logistics"
        await tab_to(pilot, "industry")
        await pilot.press(*"Robotics")  # the field's text is selected on entry: typing replaces it
        # the drop-down works from the keyboard too: open, move, pick
        await pilot.press("shift+tab")
        assert focused_id(app) == "field-kind"
        await pilot.press("enter", "down", "enter")
        await pilot.press("ctrl+s")
        await settle(pilot)

        assert isinstance(app.screen, CustomerListScreen)
        row = repo.get_customer(store, bergmann)
        assert row["industry"] == "Robotics"
        assert row["kind"] == "person"
        assert row["email"] == "j.gross@bergmann.de"  # untouched fields keep their values
        assert row["need_match"] == 3
        assert row["row_version"] == 2
        assert notes[-1] == "Saved Bergmann GmbH"
        assert (
            app.screen.table.row_for(0)["industry"] == "Robotics"
        )  # the list re-read the row (the column shows from 160)


# -- 4. cancel ------------------------------------------------------------------------


async def test_escape_asks_only_when_something_changed(
    app: CustuiApp, store: Store, bergmann: int
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        await tab_to(pilot, "industry")
        await pilot.press(*"Shipping")
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        assert app.screen.question == "Discard your changes to Bergmann GmbH?"

        await pilot.press("n")  # keep editing
        await settle(pilot)
        form(app)
        assert field_value(app, "industry") == "Shipping"

        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await settle(pilot)
        assert isinstance(app.screen, CustomerListScreen)
        row = repo.get_customer(store, bergmann)
        assert row["industry"] == "Logistics"
        assert row["row_version"] == 1

        # nothing changed: escape leaves at once
        await pilot.press("e")
        await settle(pilot)
        form(app)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, CustomerListScreen)

        # a new, untouched form too
        await pilot.press("n")
        await settle(pilot)
        form(app)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, CustomerListScreen)
        assert len(rows(store)) == 1


async def test_app_keys_q_and_1_do_not_drop_changes(
    app: CustuiApp, store: Store, bergmann: int
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        await tab_to(pilot, "industry")
        await pilot.press(*"Shipping")
        await tab_to(pilot, "grade")  # a drop-down: letters are not typed into it
        for key in ("q", "1"):
            await pilot.press(key)
            await settle(pilot)
            assert isinstance(app.screen, ConfirmScreen)
            await pilot.press("n")
            await settle(pilot)
            form(app)
        assert field_value(app, "industry") == "Shipping"


# -- 5. conflict ------------------------------------------------------------------------


async def test_edit_conflict_keeps_the_form_and_the_other_value(
    app: CustuiApp, store: Store, bergmann: int, notes: list[str]
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        await tab_to(pilot, "industry")
        await pilot.press(*"Robotics")
        # someone else saves first
        repo.update_customer(store, bergmann, {"industry": "Aerospace"})
        await pilot.press("ctrl+s")
        await settle(pilot)

        form(app)  # still open, edits kept
        assert field_value(app, "industry") == "Robotics"
        banner = app.screen.query_one("#form-message", Static)
        assert banner.has_class("-shown")
        assert "changed elsewhere" in str(banner.render())
        assert "changed elsewhere" in notes[-1]
        row = repo.get_customer(store, bergmann)
        assert row["industry"] == "Aerospace"
        assert row["row_version"] == 2


# -- 6. delete --------------------------------------------------------------------------


async def test_ctrl_d_deletes_after_confirm(
    app: CustuiApp, store: Store, bergmann: int, notes: list[str]
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        await pilot.press("ctrl+d")  # priority: not "delete right" in the focused input
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await settle(pilot)
        form(app)
        assert field_value(app, "name") == "Bergmann GmbH"
        assert repo.get_customer(store, bergmann)["deleted_at"] is None

        await pilot.press("ctrl+d")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert isinstance(app.screen, CustomerListScreen)
        assert repo.get_customer(store, bergmann)["deleted_at"] is not None
        assert notes[-1] == "Deleted Bergmann GmbH. Press u in the list to undo."
        assert app.screen.table.row_count == 0


async def test_ctrl_d_on_a_new_customer_is_plain_editing(app: CustuiApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await new_form(pilot)
        await pilot.press(*"Ab", "home", "ctrl+d")
        await settle(pilot)
        form(app)
        assert field_value(app, "name") == "b"
        assert app.screen.check_action("customer_delete", ()) is False  # hidden from the footer too


# -- 7. markup stays literal --------------------------------------------------------------


async def test_markup_looking_name_is_saved_and_shown_literally(
    app: CustuiApp, store: Store
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await new_form(pilot)
        await pilot.press(*"[bold red]x[/]")
        await tab_to(pilot, "website")
        await pilot.press(*"[b]1")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "[b]1" in error(app, "website")  # echoed literally in the message
        await pilot.press("ctrl+u")
        await pilot.press("ctrl+s")
        await settle(pilot)

        assert isinstance(app.screen, CustomerListScreen)
        [row] = rows(store)
        assert row["name"] == "[bold red]x[/]"
        assert "[bold red]x[/]" in list_text(app)

        await pilot.press("e")
        await settle(pilot)
        title = str(form(app).query_one("#form-title", Static).render())
        assert title == "Edit C00001 · [bold red]x[/]"
        assert field_value(app, "name") == "[bold red]x[/]"


# -- read-only ------------------------------------------------------------------------------


async def test_read_only_file_cannot_save(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "ro.db"
    writable = open_store(path)
    customer_id = add_customer(writable, {"code": "C00001", "name": "Bergmann GmbH"})
    writable.close()
    monkeypatch.setattr(store_db, "is_writable", lambda p: False)
    store = open_store(path)
    app = CustuiApp(store, warm_up=False)
    seen: list[str] = []
    original = app.notify
    monkeypatch.setattr(
        app, "notify", lambda message, **kw: (seen.append(str(message)), original(message, **kw))
    )
    async with app.run_test(size=SIZE) as pilot:
        await open_first(pilot)
        assert "read-only" in str(app.screen.query_one("#form-state", Static).render())
        await tab_to(pilot, "industry")
        await pilot.press(*"Robotics", "ctrl+s")
        await settle(pilot)
        form(app)
        assert "read-only" in seen[-1]
        assert repo.get_customer(store, customer_id)["industry"] is None
    store.close()


async def test_keys_typed_in_a_burst_after_tab_land_in_the_next_field(app: CustuiApp) -> None:
    """A fast typist's "A<tab>B" arrives at once: B belongs to the second field."""
    async with app.run_test(size=(120, 40)) as pilot:
        await new_form(pilot)
        post_burst(app, [("A", "A"), ("tab", "\t"), ("B", "B")])
        await settle(pilot)
        assert app.screen.query_one("#field-name", Input).value == "A"
        assert app.screen.query_one("#field-phone", Input).value == "B"


async def test_delete_from_the_form_is_undone_from_the_list(
    app: CustuiApp, store: Store, bergmann: int
) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        await pilot.press("ctrl+d", "y")
        await settle(pilot)
        assert repo.get_customer(store, bergmann)["deleted_at"] is not None
        await pilot.press("u")
        await settle(pilot)
        assert repo.get_customer(store, bergmann)["deleted_at"] is None


# -- a probable duplicate is asked about once, on save -----------------------------


@pytest.fixture
def shenghe(store: Store) -> int:
    return add_customer(
        store,
        {"name": "盛和软件有限公司", "kind": "company", "phone": "138 0013 8000", "city": "杭州"},
    )


async def test_saving_a_probable_duplicate_asks_once(
    app: CustuiApp, store: Store, shenghe: int
) -> None:
    """The same-phone hint is off-screen while the cursor is in Phone: save asks "probably C… 盛和软件" —
    keep editing, open it, or save anyway (then not asked again)."""
    from custui.tui.screens.choice import ChoiceScreen

    async with app.run_test(size=(80, 24)) as pilot:
        await new_form(pilot)
        await pilot.press(*"盛和软件")
        await tab_to(pilot, "phone")
        await pilot.press(*"13800138000")
        await settle(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceScreen) and "盛和软件有限公司" in app.screen.title_text
        await pilot.press("e")  # keep editing: nothing saved
        await settle(pilot)
        form(app)
        assert len(rows(store)) == 1
        await pilot.press("ctrl+s", "s")  # asked again, "save anyway"
        await settle(pilot)
        assert len(rows(store)) == 2 and isinstance(app.screen, CustomerListScreen)


async def test_open_the_probable_duplicate_instead_of_saving(
    app: CustuiApp, store: Store, shenghe: int
) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await new_form(pilot)
        await pilot.press(*"盛和软件有限公司")
        await settle(pilot)
        await pilot.press("ctrl+s", "o")
        await settle(pilot)
        assert isinstance(app.screen, CustomerFormScreen) and app.screen.customer_id == shenghe
        assert len(rows(store)) == 1


async def test_a_customer_unlike_any_other_is_saved_without_a_question(
    app: CustuiApp, store: Store, shenghe: int
) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await new_form(pilot)
        await pilot.press(*"Bergmann GmbH")
        await settle(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert len(rows(store)) == 2 and isinstance(app.screen, CustomerListScreen)
