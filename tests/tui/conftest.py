"""Fixtures for driving the real app headless."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from textual.widgets import Input, TextArea
from textual.worker import WorkerCancelled

from custui.store import repo
from custui.store.db import Store, open_store
from custui.tui.app import CustuiApp
from tests.conftest import add_customer

#: A small, fixed book used by the list tests and snapshots.
BOOK = (
    {
        "code": "C00001",
        "name": "深圳市华创科技有限公司",
        "industry": "制造",
        "region": "广东",
        "city": "深圳",
        "country": "CN",
        "contact_name": "张伟",
        "contact_title": "采购经理",
        "phone": "138 0013 8000",
        "email": "zhangwei@huachuang.cn",
        "notes": "关注交期，季度采购",
    },
    {
        "code": "C00002",
        "name": "廣州華創科技集團",
        "industry": "制造",
        "region": "广东",
        "city": "广州",
        "contact_name": "李娜",
        "phone": "020-8888 1234",
    },
    {
        "code": "C00003",
        "name": "Acme Trading Co., Ltd.",
        "industry": "Retail",
        "region": "California",
        "city": "San Francisco",
        "country": "US",
        "contact_name": "John Smith",
        "phone": "(415) 555-0134",
        "email": "john.smith@acme.com",
        "notes": "Prefers calls before 10am",
    },
    {
        "code": "C00004",
        "name": "Bergmann GmbH",
        "industry": "Logistics",
        "region": "Bayern",
        "city": "München",
        "country": "DE",
        "contact_name": "Jürgen Groß",
        "email": "j.gross@bergmann.de",
    },
    {
        "code": "C00005",
        "name": "[bold red]Markup[/] Ltd",
        "industry": "IT",
        "contact_name": "\x1b[31mEsc\x1b[0m",
        "notes": "Looks like markup; must show literally",
    },
    {
        "code": "C00006",
        "name": "上海明远贸易股份有限公司",
        "industry": "贸易",
        "region": "上海",
        "city": "上海",
        "contact_name": "王芳",
        "phone": "139 1234 5678",
    },
)


def fill(store: Store) -> dict[str, int]:
    ids = {values["code"]: add_customer(store, values) for values in BOOK}
    tag = repo.ensure_tag(store, "重点", "potential")
    repo.set_customer_tags(
        store, ids["C00001"], [tag, repo.ensure_tag(store, "制造业", "industry")]
    )
    repo.set_customer_tags(store, ids["C00003"], [tag])
    return ids


@pytest.fixture(autouse=True)
def _steady_cursors(monkeypatch: pytest.MonkeyPatch) -> None:
    """A blinking cursor makes snapshots depend on timing: keep it shown."""
    monkeypatch.setattr(Input, "_toggle_cursor", lambda self: None)
    monkeypatch.setattr(TextArea, "_toggle_cursor_blink_visible", lambda self: None)


def code_ids(store: Store) -> dict[str, int]:
    """Every customer's id by code (the fixed book's and any a test added)."""
    return {
        code: customer_id for customer_id, code in store.tuples("SELECT id, code FROM customers")
    }


SAMPLE = Path(__file__).resolve().parents[2] / "sample.db"


@pytest.fixture
def sample_store(tmp_path: Path) -> Iterator[Store]:
    """A copy of the bundled sample.db (336 customers), open."""
    path = tmp_path / "sample.db"
    shutil.copy(SAMPLE, path)
    store = open_store(path)
    yield store
    store.close()


#: The passphrase of the encrypted books of the app's tests (issue 21).
PASSPHRASE = "horse 电池 staple"


@pytest.fixture(scope="session")
def encrypted_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample book, encrypted as `custui encrypt` does (made once)."""
    from custui.store import backup
    from custui.store.db import Key
    from custui.store.encryption import encrypt_book

    path = tmp_path_factory.mktemp("encrypted") / "sample.db"
    shutil.copy(SAMPLE, path)
    encrypt_book(path, Key(PASSPHRASE), progress=lambda _: None)
    shutil.rmtree(backup.backups_dir(path))
    return path


@pytest.fixture
def encrypted_book(encrypted_template: Path, tmp_path: Path) -> Path:
    """A copy of the encrypted sample book (each test its own), not open."""
    path = tmp_path / "sample.db"
    shutil.copy(encrypted_template, path)
    return path


@pytest.fixture
def book_store(tmp_path: Path) -> Iterator[Store]:
    store = open_store(tmp_path / "book.db")
    fill(store)
    yield store
    store.close()


#: Scores in tests and snapshots are computed as of this fixed day.
AS_OF = date(2026, 11, 20)


@pytest.fixture
def app(book_store: Store) -> CustuiApp:
    return CustuiApp(book_store, warm_up=False, as_of=AS_OF)


def post_burst(app: CustuiApp, keys: list[tuple[str, str]]) -> None:
    """Queue (key, character) presses at once, as a fast typist's keys arrive."""
    from textual import events

    for key, char in keys:
        app.post_message(events.Key(key, char))


async def settle(pilot) -> None:
    """Wait until workers (list queries, page loads) are done and the screen is idle.  An exclusive
    worker replaced by a newer one (a hint lookup per key) ends cancelled: the wait goes on."""
    for _ in range(3):
        await pilot.pause()
        for _attempt in range(10):
            try:
                await pilot.app.workers.wait_for_complete()
                break
            except WorkerCancelled:
                continue
    await pilot.pause()


async def press_to(pilot, *keys: str, screen: type):
    """Settle, press *keys*, settle; the app must then show a *screen* (returned)."""
    await settle(pilot)
    await pilot.press(*keys)
    await settle(pilot)
    shown = pilot.app.screen
    assert isinstance(shown, screen), shown
    return shown


def screen_lines(app) -> list[str]:
    """The terminal's lines as the rep sees them (every layer composed, dialogs on top)."""
    return [strip.text for strip in app.screen._compositor.render_strips()]
