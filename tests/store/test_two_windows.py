"""Two custui processes on one file: the second save of the same customer is refused, not lost."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from custui.store import repo
from custui.store.db import Store
from tests.conftest import add_customer

ROOT = Path(__file__).resolve().parents[2]


def other_window(db: Path, code: str, values: dict | None = None) -> None:
    """Another real process edits the customer and exits (as a second custui window would save)."""
    script = textwrap.dedent(f"""
        from custui.store import repo
        from custui.store.db import open_store
        store = open_store({str(db)!r})
        cid = store.tuples("SELECT id FROM customers WHERE code = ?", ({code!r},))[0][0]
        customer = repo.get_customer(store, cid)
        repo.update_customer(store, cid, {values or {"notes": "saved in the other window"}!r},
                             expected_version=customer["row_version"])
        store.close()
    """)
    subprocess.run([sys.executable, "-c", script], cwd=ROOT, check=True, timeout=60)


def test_second_save_of_the_same_customer_is_told_not_overwriting(store: Store) -> None:
    cid = add_customer(store, {"name": "华创科技", "code": "C00001"})
    opened = repo.get_customer(store, cid)  # this window opens the form
    other_window(store.path, "C00001")
    with pytest.raises(repo.EditConflict, match="changed elsewhere"):
        repo.update_customer(
            store, cid, {"notes": "saved here"}, expected_version=opened["row_version"]
        )
    assert repo.get_customer(store, cid)["notes"] == "saved in the other window"


def test_edits_of_another_window_are_seen_on_the_next_read(store: Store) -> None:
    cid = add_customer(store, {"name": "华创科技", "code": "C00001"})
    before = store.tuples("PRAGMA data_version")[0][0]
    other_window(store.path, "C00001")
    assert store.tuples("PRAGMA data_version")[0][0] != before  # what the app polls for
    assert repo.get_customer(store, cid)["notes"] == "saved in the other window"
    assert repo.search_ids(store, "other window") == {cid}
