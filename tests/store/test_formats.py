"""custui.store.formats: the registry of import formats, a format added in one file, and no import cycle."""

from __future__ import annotations

import ast
import asyncio
import json
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from custui import cli
from custui.store import formats, readers
from custui.store.formats.base import (
    ImportFileError,
    Reader,
    ReadOptions,
    Table,
    records_table,
)

CUSTUI = Path(__file__).resolve().parents[2] / "custui"
#: The modules that read import files: none of them may be on an import cycle.
FORMAT_MODULES = (
    "custui.store.readers",
    "custui.store.formats",
    "custui.store.formats.base",
    "custui.store.formats.text",
    "custui.store.formats.csv",
    "custui.store.formats.xlsx",
    "custui.store.formats.vcard",
)


# -- a toy format, registered for one test only ---------------------------------------


def _read_json(data: bytes, name: str, options: ReadOptions) -> Table:
    """A JSON list of objects, one a row; the header is the first object's keys."""
    try:
        records = json.loads(data)
        headers = list(records[0])
    except (ValueError, IndexError, TypeError, KeyError):
        raise ImportFileError(f"{name} is not a JSON list of objects.") from None
    rows = ([record.get(h) for h in headers] for record in records)
    return records_table(iter([headers, *rows]), "JSON", name)


TOY = Reader("JSON", (".json",), "a list of objects, one a row", _read_json)


@pytest.fixture
def toy_format(monkeypatch: pytest.MonkeyPatch) -> Iterator[Reader]:
    """The registry with the toy format appended (monkeypatch takes it out again)."""
    monkeypatch.setattr(formats, "FORMATS", (*formats.FORMATS, TOY))
    yield TOY


def _json_file(tmp_path: Path) -> Path:
    path = tmp_path / "leads.json"
    records = [
        {"name": "新锐材料有限公司", "phone": "13800138000"},
        {"name": "Acme Ltd", "phone": ""},
    ]
    path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_registered_format_is_read_imported_offered_and_named(
    toy_format: Reader, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _json_file(tmp_path)
    for read_table in (formats.read_table, readers.read_table):
        table = read_table(path)
        assert table.headers == ["name", "phone"] and table.source == "JSON"
        assert table.rows == [["新锐材料有限公司", "13800138000"], ["Acme Ltd", None]]
    assert formats.reader_for(path) is toy_format

    db = tmp_path / "book.db"
    assert cli.main(["--db", str(db), "import", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"from {path} (JSON)" in out and "Imported 2 customers." in out
    with sqlite3.connect(db) as conn:
        names = {name for (name,) in conn.execute("SELECT name FROM customers")}
    assert names == {"新锐材料有限公司", "Acme Ltd"}

    with pytest.raises(ImportFileError) as refused:
        formats.read_table(_touch(tmp_path / "x.pdf"))
    assert str(refused.value) == "Import reads .csv, .xlsx, .vcf or .json files (got .pdf)."

    with pytest.raises(SystemExit):
        cli.main(["import", "--help"])
    assert "JSON (.json): a list of objects, one a row" in capsys.readouterr().out.replace(
        "\n", " "
    )

    from custui.tui.screens.import_wizard import PathSuggester

    assert asyncio.run(PathSuggester().get_suggestion(str(tmp_path / "le"))) == str(path)


def _touch(path: Path) -> Path:
    path.write_bytes(b"%PDF")
    return path


def test_without_it_the_extension_is_refused_by_the_registered_names(tmp_path: Path) -> None:
    assert TOY not in formats.FORMATS
    with pytest.raises(ImportFileError) as refused:
        readers.read_table(_json_file(tmp_path))
    assert str(refused.value) == "Import reads .csv, .xlsx or .vcf files (got .json)."
    with pytest.raises(ImportFileError) as bare:
        readers.read_table(_touch(tmp_path / "README"))
    assert str(bare.value) == "Import reads .csv, .xlsx or .vcf files (got no extension)."


def test_every_extension_has_one_reader() -> None:
    every = formats.extensions()
    assert len(every) == len(set(every))
    assert all(e.startswith(".") and e == e.lower() for e in every)
    assert set(every) == {".csv", ".txt", ".tsv", ".xlsx", ".xlsm", ".vcf"}


# -- no import cycle ----------------------------------------------------------------------


def _import_graph(root: Path) -> dict[str, set[str]]:
    """custui module → the custui modules it names in any import statement (at the top, inside a
    function or under TYPE_CHECKING alike).  ``from package import module`` counts as the module."""
    modules = {}
    for path in root.rglob("*.py"):
        parts = path.relative_to(root.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        modules[name] = path
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        named: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                named.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = package.rsplit(".", node.level - 1)[0] if node.level else ""
                source = ".".join(p for p in (base, node.module or "") if p)
                for alias in node.names:
                    inner = f"{source}.{alias.name}"
                    named.add(inner if inner in modules else source)
        graph[name] = {m for m in named if m in modules and m != name}
    return graph


def _cycle_through(module: str, graph: dict[str, set[str]]) -> list[str] | None:
    """An import chain from *module* back to itself, or None."""
    stack = [(module, [module])]
    seen: set[str] = set()
    while stack:
        current, chain = stack.pop()
        for nxt in sorted(graph.get(current, ())):
            if nxt == module:
                return [*chain, module]
            if nxt not in seen:
                seen.add(nxt)
                stack.append((nxt, [*chain, nxt]))
    return None


def test_no_format_module_is_on_an_import_cycle() -> None:
    graph = _import_graph(CUSTUI)
    assert set(FORMAT_MODULES) <= set(graph)
    cycles = {m: _cycle_through(m, graph) for m in FORMAT_MODULES}
    assert {m: c for m, c in cycles.items() if c} == {}
    # the format modules import the shared pieces, never the registry or the front door
    for name in ("csv", "xlsx", "vcard", "text", "base"):
        assert not graph[f"custui.store.formats.{name}"] & {
            "custui.store.formats",
            "custui.store.readers",
        }


@pytest.mark.parametrize("module", FORMAT_MODULES)
def test_each_format_module_imports_first_in_a_fresh_interpreter(module: str) -> None:
    code = f"import {module}, custui.store.formats as f; assert [r.name for r in f.FORMATS]"
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=CUSTUI.parent, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
