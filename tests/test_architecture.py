"""Layering and start-up rules of DESIGN.md, checked in fresh interpreters."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import custui.core


def imported_after(statement: str) -> set[str]:
    code = f"import sys; {statement}; print('\\n'.join(sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return set(result.stdout.split())


def test_core_imports_no_ui_and_no_sql() -> None:
    modules = [f"custui.core.{m.name}" for m in pkgutil.iter_modules(custui.core.__path__)]
    assert "custui.core.validate" in modules
    loaded = imported_after("; ".join(f"import {m}" for m in modules))
    forbidden = {"textual", "sqlite3", "sqlite_utils", "custui.store", "custui.tui"}
    assert not forbidden & loaded


def test_store_does_not_import_textual() -> None:
    loaded = imported_after("import custui.store.repo, custui.store.db, custui.store.search")
    assert "textual" not in loaded
    assert "custui.tui" not in loaded


def test_first_screen_does_not_wait_for_heavy_modules() -> None:
    """pandas (~0.45 s) and friends load in a worker after the first frame."""
    loaded = imported_after("import custui.cli, custui.tui.app")
    assert not {"pandas", "sqlite_utils", "pypinyin", "faker", "rapidfuzz", "phonenumbers"} & loaded


def test_a_customer_import_does_not_load_the_scoring_stack(tmp_path) -> None:
    """Reading, checking and writing rows needs no pandas (~0.75 s with scoring): commands stay quick."""
    source = tmp_path / "people.csv"
    source.write_text("name,phone,country\nAcme,(415) 555-0134,US\n", encoding="utf-8")
    loaded = imported_after(
        f"from custui import cli; cli.main(['--db', {str(tmp_path / 'book.db')!r}, 'import', {str(source)!r}])"
    )
    assert "custui.store.import_existing" not in loaded  # an empty book has nothing to look up
    assert not {"pandas", "custui.core.scoring", "custui.store.scores"} & loaded
