"""One registry of keys (custui.tui.actions): every binding comes from it, the help and the README
agree with it, and a rep's keymap.toml rebinds its actions by id (issue 20 point 5)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from pathlib import Path

import pytest
from textual.binding import Binding
from textual.widgets import Input, Static

import custui.tui
from custui.store.db import Store
from custui.tui import keys_doc
from custui.tui.actions import ACTIONS, BY_ID, KEYS, PLACES, Action, Note, bindings
from custui.tui.app import CustuiApp, help_text
from custui.tui.keymap import key_problem, parse_keymap, read_keymap
from custui.tui.screens.customer_list import CustomerListScreen
from tests.tui.conftest import AS_OF, settle

TUI = Path(custui.tui.__file__).parent


def _owner(place: str) -> type:
    module, name = PLACES[place].owner.split(":")
    return getattr(importlib.import_module(module), name)


def _classes_with_bindings() -> list[type]:
    """Every class in custui.tui (the app, screens, widgets) that declares BINDINGS itself."""
    names = ["custui.tui.app"] + [
        f"{package.__name__}.{info.name}"
        for package in (
            importlib.import_module("custui.tui.screens"),
            importlib.import_module("custui.tui.widgets"),
        )
        for info in pkgutil.iter_modules(package.__path__)
    ]
    found = []
    for name in names:
        for _, owner in inspect.getmembers(importlib.import_module(name), inspect.isclass):
            if owner.__module__ == name and "BINDINGS" in owner.__dict__:
                found.append(owner)
    return found


def _normalized(keys: str) -> set[str]:
    from textual.keys import _character_to_key

    return {
        _character_to_key(k) if len(k) == 1 else k for k in (k.strip() for k in keys.split(","))
    }


# -- the registry is the only place keys are bound ------------------------------------------------


def test_every_binding_of_every_class_comes_from_the_registry() -> None:
    classes = _classes_with_bindings()
    owners = {_owner(place): place for place in PLACES}
    assert set(classes) == set(owners), "a class binds keys without a Place in custui.tui.actions"
    for owner in classes:
        declared = owner.__dict__["BINDINGS"]
        assert all(isinstance(binding, Binding) and binding.id for binding in declared), owner
        assert declared == bindings(owners[owner]), (
            f"{owner.__name__}.BINDINGS is not bindings(...)"
        )
        for binding in declared:
            assert binding == BY_ID[binding.id].binding()


def test_binding_is_written_only_in_the_registry() -> None:
    """`grep -rn "Binding(" custui/tui` finds only actions.py."""
    writers = sorted(
        str(path.relative_to(TUI))
        for path in TUI.rglob("*.py")
        if "Binding(" in path.read_text(encoding="utf-8")
    )
    assert writers == ["actions.py"]


def test_each_action_id_is_unique_and_names_its_screen() -> None:
    ids = [action.id for action in ACTIONS]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})
    for action in ACTIONS:
        assert re.fullmatch(r"[a-z-]+\.[a-z-]+", action.id), action.id
        assert action.screen in PLACES, action.id
        prefix = action.id.split(".")[0]
        # a widget's action is named for the screen it serves (the tag editor's current tags)
        assert prefix == action.screen or action.screen in PLACES[prefix].parts, action.id
        assert action.label and action.label_zh and action.help, action.id


def test_every_action_runs_a_method_of_its_screen_or_the_app() -> None:
    for action in ACTIONS:
        namespace, _, name = action.action.partition("(")[0].rpartition(".")
        if namespace == "app":
            owner = CustuiApp
        elif namespace == "screen":  # a widget's action that its screen carries out
            owner = _owner(next(p for p in PLACES.values() if action.screen in p.parts).name)
        else:
            assert not namespace, action.action
            owner = _owner(action.screen)
        assert callable(getattr(owner, f"action_{name}", None)), (
            f"{action.id}: {owner.__name__} has no action_{name}"
        )


#: Keys a screen shares with a widget on it on purpose: the widget's check_action disables its own
#: action there (LazyTable: openable=False on the timeline; sortable=False and markable=False on the
#: follow-ups), so the screen's binding is the one that runs.
SHARED_ON_PURPOSE = {
    ("customer", "table"): {"enter"},
    ("followups", "table"): {"s", "space"},
}


def test_no_two_actions_of_a_screen_share_a_key() -> None:
    for name, place in PLACES.items():
        own: dict[str, str] = {}
        for action in (a for a in ACTIONS if a.screen == name):
            for key in _normalized(action.keys):
                assert key not in own, f"{key} is both {own[key]} and {action.id}"
                own[key] = action.id
        for part in place.parts:
            part_keys = set().union(*(_normalized(a.keys) for a in ACTIONS if a.screen == part))
            shared = part_keys & set(own)
            assert shared == SHARED_ON_PURPOSE.get((name, part), set()), (name, part, shared)
        # inherited bindings (a TableDialog's esc) are replaced by the screen's own, never doubled
        merged = _owner(name)._merge_bindings().key_to_bindings
        assert all(len(found) == 1 for found in merged.values()), name


def test_notes_name_actions_of_a_widget_on_their_screen() -> None:
    for entry in KEYS:
        if isinstance(entry, Note):
            assert bool(entry.keys) != bool(entry.uses), entry
            for action_id in entry.uses:
                assert BY_ID[action_id].screen in {entry.screen, *PLACES[entry.screen].parts}, entry


# -- the help and the README ----------------------------------------------------------------------


def test_the_help_has_a_table_for_every_place_and_every_action() -> None:
    marked = keys_doc.marked_places()
    assert set(marked) <= set(PLACES), set(marked) - set(PLACES)
    assert set(PLACES) <= set(marked), (
        f"help.md has no keys: marker for {set(PLACES) - set(marked)}"
    )
    text = help_text()
    for action in ACTIONS:
        assert f"| {keys_doc.keys_markdown(action.keys)} | {action.help}" in text.replace(
            "\\|", "|"
        )
    assert "<!--" not in text


def test_the_known_disagreements_are_gone() -> None:
    """The tag editor's keys are d, delete and x; h and l are documented; five screens, not four."""
    text = help_text()
    assert "| `d` / `delete` / `x` | take the highlighted current tag off" in text
    assert "(or `h` `l`)" in text and "| `←` / `h` |" in text
    assert all(f"| `{n}` |" in text for n in "12345")
    assert "1-4" not in inspect.getsource(CustuiApp)


def test_the_readme_key_table_agrees_with_the_registry() -> None:
    readme = keys_doc.README.read_text(encoding="utf-8")
    assert keys_doc.readme_with_table(readme) == readme, (
        "README.md's key table disagrees with custui/tui/actions.py: "
        "run python -m custui.tui.keys_doc"
    )


def test_the_keys_doc_check_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    assert keys_doc.main(["--check"]) == 0
    assert capsys.readouterr().out == ""


# -- keymap.toml ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "fine"),
    [
        ("ctrl+f", True),
        ("f2", True),
        ("?", True),
        ("question_mark", True),
        ("slash", True),
        ("enter", True),
        ("shift+tab", True),
        ("G", True),
        ("ctlr+f", False),
        ("ctrl+F", False),
        ("esc", False),
        ("solidus", False),
        ("", False),
    ],
)
def test_key_names_are_checked(key: str, fine: bool) -> None:
    assert (key_problem(key) is None) is fine, key_problem(key)


def test_a_keymap_keeps_its_good_lines_and_names_the_others() -> None:
    keymap = parse_keymap(
        {
            "list.search": "ctrl+f",
            "list.serch": "ctrl+g",
            "list.new": "ctlr+n",
            "followups.done": ["d", "x"],
            "list.edit": 5,
        }
    )
    assert keymap.keys == {"list.search": "ctrl+f", "followups.done": "d,x"}
    problems = "\n".join(keymap.problems)
    assert "no action has the id 'list.serch' (did you mean 'list.search'?)" in problems
    assert "'list.new' keeps its keys: 'ctlr' in 'ctlr+n' is not a modifier" in problems
    assert "'list.edit' needs keys as text" in problems
    assert len(keymap.problems) == 3


def test_a_rebound_key_that_another_action_has_is_named() -> None:
    keymap = parse_keymap({"list.search": "f"})
    assert keymap.keys == {"list.search": "f"}
    assert keymap.problems == [
        "keymap.toml: f of 'list.search' is also the key of 'list.filter'; 'list.search' has it now."
    ]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ('[keymap]\n"list.search" = ctrl+f\n', "not valid TOML"),
        ('"list.search" = "ctrl+f"\n', "has no [keymap] table"),
        ('keymap = "ctrl+f"\n', "keymap is not a table"),
    ],
)
def test_a_broken_keymap_file_is_named_and_changes_nothing(
    tmp_path: Path, text: str, problem: str
) -> None:
    path = tmp_path / "keymap.toml"
    path.write_text(text, encoding="utf-8")
    keymap = read_keymap(path)
    assert keymap.keys == {}
    assert len(keymap.problems) == 1 and problem in keymap.problems[0]
    assert str(path) in keymap.problems[0]


def test_an_unreadable_or_missing_keymap_file(tmp_path: Path) -> None:
    assert read_keymap(tmp_path / "none.toml").problems == []
    (tmp_path / "dir.toml").mkdir()
    unreadable = read_keymap(tmp_path / "dir.toml")
    assert unreadable.keys == {} and "cannot be read" in unreadable.problems[0]
    (tmp_path / "latin1.toml").write_bytes(b'[keymap]\n"list.search" = "\xe9"\n')
    assert "cannot be read" in read_keymap(tmp_path / "latin1.toml").problems[0]


def test_the_cli_reads_the_keymap_from_the_config_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    from custui.tui.keymap import KEYMAP_ENV, keymap_path

    monkeypatch.delenv(KEYMAP_ENV, raising=False)
    assert keymap_path().name == "keymap.toml" and "custui" in keymap_path().parts
    monkeypatch.setenv(KEYMAP_ENV, "/tmp/elsewhere.toml")
    assert keymap_path() == Path("/tmp/elsewhere.toml")


def _focused_id(app: CustuiApp) -> str | None:
    return app.focused.id if app.focused is not None else None


async def test_a_keymap_rebinds_an_action(tmp_path: Path, book_store: Store) -> None:
    """ctrl+f searches and / no longer does; the help, the palette and the footer say ctrl+f."""
    path = tmp_path / "keymap.toml"
    path.write_text('[keymap]\n"list.search" = "ctrl+f"\n', encoding="utf-8")
    app = CustuiApp(book_store, warm_up=False, as_of=AS_OF, keymap=path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, CustomerListScreen)
        assert not list(app._notifications)
        await pilot.press("slash")
        await settle(pilot)
        assert _focused_id(app) != "search"
        await pilot.press("ctrl+f")
        await settle(pilot)
        assert _focused_id(app) == "search"
        await pilot.press(*"keji")
        await settle(pilot)
        assert app.screen.query_one("#search", Input).value == "keji"
        assert app.screen.table.row_count == 2

        commands = {c.title: c.help for c in app.get_system_commands(app.screen)}
        assert commands["Search customers 搜索"].startswith("ctrl+f · list.search · ")
        assert "| `ctrl+f` | search as you type" in help_text("Customer list", app.keymap.keys)
        footer_keys = {
            binding.action: key for key, (_, binding, *_rest) in app.screen.active_bindings.items()
        }
        assert footer_keys["search_focus"] == "ctrl+f"
        assert app.screen.query_one("#search", Input).placeholder.startswith("ctrl+f search name")


async def test_a_dialog_hint_shows_the_keys_in_effect(tmp_path: Path, book_store: Store) -> None:
    from custui.tui.screens.settings import SettingsScreen

    path = tmp_path / "keymap.toml"
    path.write_text('[keymap]\n"settings.rate" = "ctrl+n"\n', encoding="utf-8")
    app = CustuiApp(book_store, warm_up=False, as_of=AS_OF, keymap=path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        app.action_settings_show()
        await settle(pilot)
        assert isinstance(app.screen, SettingsScreen)
        hint = str(app.screen.query_one(".hint", Static).render())
        assert hint == "enter change · ctrl+n set a rate · d remove a rate · esc close"


async def test_a_broken_keymap_starts_with_a_message_and_the_default_keys(
    tmp_path: Path, book_store: Store
) -> None:
    path = tmp_path / "keymap.toml"
    path.write_text('[keymap]\n"list.search" = "ctrl+f"\n"list.search" = "x"\n', encoding="utf-8")
    app = CustuiApp(book_store, warm_up=False, as_of=AS_OF, keymap=path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, CustomerListScreen)
        messages = [str(n.message) for n in app._notifications]
        assert any("not valid TOML" in m and str(path) in m for m in messages), messages
        await pilot.press("slash")
        await settle(pilot)
        assert _focused_id(app) == "search"


async def test_an_unknown_id_is_named_and_the_rest_applies(
    tmp_path: Path, book_store: Store
) -> None:
    path = tmp_path / "keymap.toml"
    path.write_text('[keymap]\n"list.nope" = "ctrl+g"\n"app.help" = "f2"\n', encoding="utf-8")
    app = CustuiApp(book_store, warm_up=False, as_of=AS_OF, keymap=path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        messages = [str(n.message) for n in app._notifications]
        assert any("no action has the id 'list.nope'" in m for m in messages), messages
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, CustomerListScreen)  # ? is no longer the help
        await pilot.press("f2")
        await settle(pilot)
        assert type(app.screen).__name__ == "HelpScreen"


def test_the_palette_words_are_english_and_chinese() -> None:
    for action in ACTIONS:
        assert isinstance(action, Action)
        assert action.words == f"{action.name} {action.label_zh}"
        assert re.search(r"[\u4e00-\u9fff]", action.label_zh), action.id
        assert not action.name.endswith(action.label_zh), action.id  # said once, by label_zh


async def test_f1_on_the_customer_form_shows_its_keys_first(app: CustuiApp) -> None:
    from custui.tui.screens.customer_form import CustomerFormScreen
    from custui.tui.screens.help import HelpScreen

    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, CustomerFormScreen)
        await pilot.press("f1")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        assert help_text(app.screen.first).startswith("## Customer form")


async def test_the_palette_key_itself_can_move(tmp_path: Path, book_store: Store) -> None:
    from textual.command import CommandPalette

    path = tmp_path / "keymap.toml"
    path.write_text('[keymap]\n"app.palette" = "ctrl+k"\n', encoding="utf-8")
    app = CustuiApp(book_store, warm_up=False, as_of=AS_OF, keymap=path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.COMMAND_PALETTE_BINDING == "ctrl+k"  # the footer's palette key
        await pilot.press("ctrl+k")
        await settle(pilot)
        assert CommandPalette.is_open(app)
