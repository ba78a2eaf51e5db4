"""An unexpected error in the app: a short message, and a crash report that names no customer."""

from __future__ import annotations

import pytest

from custui import crash
from custui.store.db import Store
from custui.tui.app import CustuiApp
from custui.tui.screens.customer_list import CustomerListScreen
from tests.conftest import add_customer
from tests.tui.conftest import AS_OF, settle

SECRET = "盛和机密客户 13812345678"


@pytest.fixture
def failing(store: Store, monkeypatch) -> Store:
    """A book with a customer whose name must never leave it, and a list whose `n` fails with it."""
    add_customer(store, {"name": "盛和机密客户", "phone": "13812345678"})
    customer = {"name": SECRET}

    def broken(self) -> None:
        notes = customer["name"]  # a local holding customer data, as real code has
        raise KeyError(notes)

    monkeypatch.setattr(CustomerListScreen, "action_customer_new", broken)
    return store


async def test_a_crash_writes_a_report_without_customer_data(
    failing: Store, tmp_path, monkeypatch, capsys
) -> None:
    monkeypatch.setattr(crash, "crash_folder", lambda: tmp_path / "crashes")
    app = CustuiApp(failing, warm_up=False, as_of=AS_OF)
    with pytest.raises(KeyError):
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await pilot.press("n")
            await settle(pilot)
    (report,) = (tmp_path / "crashes").iterdir()
    text = report.read_text(encoding="utf-8")
    assert "builtins.KeyError" in text and "in broken" in text and "custui " in text
    assert "盛和" not in text and "13812345678" not in text
    assert oct(report.stat().st_mode & 0o777) == "0o600"
    shown = capsys.readouterr().err  # what the terminal shows as the app stops
    message = " ".join(shown.split())
    assert "unexpected KeyError" in message and "--debug" in message
    assert str(report) in "".join(shown.split())  # on its own line (a narrow terminal may wrap it)
    assert "盛和" not in message and "Traceback" not in message


async def test_debug_keeps_the_full_traceback(
    failing: Store, tmp_path, monkeypatch, capsys
) -> None:
    monkeypatch.setattr(crash, "crash_folder", lambda: tmp_path / "crashes")
    app = CustuiApp(failing, warm_up=False, as_of=AS_OF, debug=True)
    with pytest.raises(KeyError):
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await pilot.press("n")
            await settle(pilot)
    assert not (tmp_path / "crashes").exists()
    shown = capsys.readouterr().err
    assert (
        "Traceback" in shown and "盛和机密客户" in shown
    )  # Textual's own traceback, locals and all


def test_a_thread_workers_crash_is_reported_where_it_was_raised() -> None:
    """Textual wraps a thread worker's error in a WorkerFailed it never raises: the report and the
    --debug traceback follow it to the frames of the worker's own code."""
    from textual.worker import WorkerFailed

    def in_the_thread() -> None:
        raise KeyError(SECRET)

    try:
        in_the_thread()
    except KeyError as exc:
        wrapped = WorkerFailed(exc)
    report = crash.report_text(wrapped)
    assert "builtins.KeyError" in report and "in in_the_thread" in report
    assert "盛和" not in report
