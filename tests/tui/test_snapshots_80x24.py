"""Every screen and dialog at the design size, 80x24, on a copy of the sample book.

Each is reached with the keys a rep presses from the customer list.  A clipped dialog, a cut title
or a column that no longer fits shows up here as a changed snapshot (update with --snapshot-update
after looking at the report).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from custui.store.db import Store
from custui.tui.app import CustuiApp
from tests.tui.conftest import AS_OF, settle

DESIGN_SIZE = (80, 24)

#: (snapshot name, keys from the customer list); "ctrl+p …" opens a palette command by its words.
SCREENS: list[tuple[str, tuple[str, ...]]] = [
    ("list", ()),
    ("list-delete-asks", ("d",)),
    ("list-copy", ("y",)),
    ("list-save-view", ("v",)),
    ("saved-views", ("f", *"tag:重点", "enter", "v", *"重点 VIP", "enter", "V")),
    ("customer-new", ("n",)),
    ("customer-edit", ("e",)),
    ("why-score", ("w",)),
    ("weights", ("W",)),
    ("brief", ("b",)),
    ("tags", ("t",)),
    ("customer", ("enter",)),
    ("entry-read", ("enter", "enter")),
    ("log-interaction", ("enter", "i")),
    ("add-order", ("enter", "o")),
    ("people", ("enter", "p")),
    ("person-new", ("enter", "p", "n")),
    ("followups", ("2",)),
    ("postpone", ("2", "p")),
    ("follow-up-delays", ("2", "s")),
    ("duplicates", ("3",)),
    ("merge-review", ("3", "enter")),
    ("merge-asks", ("3", "enter", "m")),
    ("not-duplicates", ("3", "D")),
    ("tag-manager", ("4",)),
    ("tag-rename", ("4", "r")),
    ("dashboard", ("5",)),
    ("pivot", ("5", "p")),
    ("help", ("question_mark",)),
    ("palette", ("ctrl+p",)),
    ("settings", ("ctrl+p", *"Settings", "enter")),
    ("industry-names", ("ctrl+p", *"Industry names", "enter")),
    ("imports", ("ctrl+p", *"Imports…", "enter")),
    ("money-owed", ("ctrl+p", *"Money owed", "enter")),
    ("owed-orders", ("ctrl+p", *"Money owed", "enter", "enter")),
    ("import-file", ("I",)),
]


@pytest.mark.parametrize(("name", "keys"), SCREENS, ids=[name for name, _ in SCREENS])
def test_every_screen_at_80_by_24(
    snap_compare, sample_store: Store, name: str, keys: tuple[str, ...]
) -> None:
    app = CustuiApp(sample_store, warm_up=False, as_of=AS_OF)

    async def reach(pilot) -> None:
        await settle(pilot)
        for key in keys:  # each key once the last one's work is done (3: the duplicate scan)
            await pilot.press(key)
            await settle(pilot)

    assert snap_compare(app, terminal_size=DESIGN_SIZE, run_before=reach)


IMPORT_CSV = (
    "公司,行业,联系人,手机,电子邮件,城市\n"
    "新锐材料有限公司,制造,李娜,13900001111,lina@xinrui.cn,苏州\n"
    "Lucas Farms Group Inc.,Agriculture,Emma Lucas,+1 313 966 1119,emma@lucasfarms.com,Detroit\n"
    "北京远兴网络科技,IT,赵六,12345,not-an-email,北京\n"
)


@pytest.mark.parametrize("step", ["columns", "review"])
def test_import_wizard_at_80_by_24(
    snap_compare, sample_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    (tmp_path / "leads.csv").write_text(IMPORT_CSV, encoding="utf-8")
    monkeypatch.chdir(
        tmp_path
    )  # the file is typed as a relative name: the snapshot holds no temp path
    app = CustuiApp(sample_store, warm_up=False, as_of=AS_OF)

    async def reach(pilot) -> None:
        await settle(pilot)
        await pilot.press("I")
        await settle(pilot)
        await pilot.press(*"leads.csv", "enter")
        await settle(pilot)
        if step == "review":
            await pilot.press("enter")
            await settle(pilot)

    assert snap_compare(app, terminal_size=DESIGN_SIZE, run_before=reach)


def test_the_unlock_screen_at_80_by_24(snap_compare, encrypted_book: Path) -> None:
    """An encrypted book starts here (issue 21): after one wrong passphrase, its message."""
    from custui.tui.app import BookOpener

    app = CustuiApp(BookOpener.of(encrypted_book), warm_up=False, as_of=AS_OF)

    async def reach(pilot) -> None:
        await settle(pilot)
        await pilot.press(*"not it", "enter")
        await settle(pilot)
        await pilot.press(*"typing")  # shown masked

    assert snap_compare(app, terminal_size=DESIGN_SIZE, run_before=reach)
