"""docs/schema.md is generated from the schema: it fails here the moment they drift apart."""

from __future__ import annotations

import shlex
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from custui.store import schema_docs

ROOT = Path(__file__).resolve().parents[2]
REGENERATE = "regenerate it: python -m custui.store.schema_docs > docs/schema.md"


def test_the_committed_page_is_what_the_schema_gives() -> None:
    assert (ROOT / "docs" / "schema.md").read_text(encoding="utf-8") == schema_docs.page(), (
        REGENERATE
    )


def test_every_table_and_column_is_described_and_nothing_else() -> None:
    schema = schema_docs.current_schema()
    columns = {f"{table}.{name}" for table, cols in schema.items() for name, _, _ in cols}
    assert sorted(set(schema) ^ set(schema_docs.TABLES)) == []
    assert sorted(columns ^ set(schema_docs.COLUMNS)) == []


def test_the_sqlite_utils_examples_run(tmp_path: Path) -> None:
    book = tmp_path / "book.db"
    shutil.copy(ROOT / "sample.db", book)
    commands = [
        line.split(None, 1)[1]
        for line in schema_docs.EXAMPLES.splitlines()
        if line.startswith("sqlite-utils ")
    ]
    assert len(commands) == 4
    for command in commands:
        args, stdin = command.replace("book.db", str(book)), None
        if " <<< " in args:
            args, stdin = args.split(" <<< ")
            stdin = stdin.strip("'")
        done = subprocess.run([sys.executable, "-m", "sqlite_utils", *shlex.split(args)], input=stdin,
                              capture_output=True, text=True, timeout=60, check=False)  # fmt: skip
        assert done.returncode == 0, (command, done.stderr)
    with sqlite3.connect(
        book
    ) as conn:  # the tag written by sqlite-utils is there, and queued for the search
        assert conn.execute("SELECT count(*) FROM tags WHERE name = '展会'").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM tag_search_queue").fetchone()[0] == 1
