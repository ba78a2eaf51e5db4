"""An index sent to another process with its large arrays spilled to a file (issue 19 point 3).

The app keeps the index a duplicate scan made in its own process for the form's hints; its keys and value
codes (~50 MB at 100k) come back mapped from a file, so only the pages a lookup touches are in memory.
"""

from __future__ import annotations

import io
import mmap
import pickle
import re
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from custui.core.dedupe import Index, Record
from custui.core.dedupe import spill as spill_module
from custui.core.dedupe.engine import TEXT_COLUMNS
from custui.core.dedupe.index import dump_index
from custui.core.dedupe.texts import TextColumn
from tests.core import dedupe_benchmark


def mapping_of(array: np.ndarray) -> mmap.mmap | None:
    base: object = array
    while isinstance(base, np.ndarray):
        base = base.base
    return base.obj if isinstance(base, memoryview) and isinstance(base.obj, mmap.mmap) else None


def mapped(array: np.ndarray) -> bool:
    return mapping_of(array) is not None


@pytest.fixture(scope="module")
def built() -> tuple[Index, list[Record]]:
    bench = dedupe_benchmark.build(150, seed=3, hard=False)
    index = Index(bench.records)
    index.scan()
    return index, bench.records


def test_a_spilled_index_maps_its_arrays_and_answers_as_the_one_it_came_from(
    built: tuple[Index, list[Record]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index, records = built
    monkeypatch.setattr(spill_module, "SPILL_FROM", 1)  # a small book's arrays spilled too
    spill = tmp_path / "index.bin"
    spill.write_bytes(b"")
    sent, whole = io.BytesIO(), io.BytesIO()
    dump_index(index, sent, spill_to=spill)
    dump_index(index, whole)
    assert len(sent.getvalue()) < len(whole.getvalue()) / 2  # the arrays went to the file
    back: Index = pickle.loads(sent.getvalue())
    spill.unlink()  # the mappings outlive the file's name
    back.attach(index.features.source)
    assert mapped(back._hashes) and mapped(back._rare_members) and mapped(back.features.ids)
    assert all(mapped(codes) for codes in back.features.codes.values())
    assert mapped(back.features.points.code)
    assert not mapped(index._hashes)  # the sender keeps its own
    # a record's values side by side: a lookup's few hundred records are as many pages, not that many
    # pages of each of ~30 columns
    table = mapping_of(back.features.ids)
    assert table is not None and table is not mapping_of(back._hashes)
    assert all(mapping_of(codes) is table for codes in back.features.codes.values())
    words = back.features.words
    assert mapping_of(words) is table and words.shape == (len(records), 4)
    # the names, contacts, addresses and cities as UTF-8 in the file, a record's next to each other
    texts = back.features.compact
    assert isinstance(texts, TextColumn) and mapped(texts.texts.data)
    assert mapping_of(texts.texts.starts) is table and mapping_of(texts.texts.lengths) is table
    for name in TEXT_COLUMNS:
        column = getattr(back.features, name)
        assert isinstance(column, TextColumn) and column.texts.data is texts.texts.data
        assert column[:].tolist() == getattr(index.features, name).tolist()
    for record in records[:40]:
        for draft in (replace(record, id=0), replace(record, id=0, name=record.name[:3])):
            assert back.candidates_for(draft, same_name=True) == index.candidates_for(
                draft, same_name=True
            )
    a, b = records[0].id, records[1].id
    assert back.pair(a, b) == index.pair(a, b)
    kept: Index = pickle.loads(whole.getvalue())  # not spilled: every array travels in the pickle
    kept.attach(index.features.source)
    assert not mapped(kept._hashes)
    draft = replace(records[5], id=0)
    assert kept.candidates_for(draft) == index.candidates_for(draft)


def sent_spilled(
    index: Index, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, Index]:
    """*index* sent as a scan apart sends it, every array spilled (a small book's too): the spill
    file, and the index read back."""
    monkeypatch.setattr(spill_module, "SPILL_FROM", 1)
    spill = tmp_path / "index.bin"
    spill.write_bytes(b"")
    sent = io.BytesIO()
    dump_index(index, sent, spill_to=spill)
    back: Index = pickle.loads(sent.getvalue())
    return spill, back


def resident_kb_of(path: Path) -> int:
    """This process's resident KB in its mappings of *path* (deleted or not), from /proc/self/smaps."""
    total, inside = 0, False
    for line in Path("/proc/self/smaps").read_text().splitlines():
        if re.match(r"[0-9a-f]+-[0-9a-f]+ ", line):  # a mapping's first line: its range … its file
            inside = str(path) in line
        elif inside and line.startswith("Rss:"):
            total += int(line.split()[1])
    return total


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/smaps")
def test_an_index_lets_go_of_the_pages_its_lookups_touched(
    built: tuple[Index, list[Record]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 100k the form's first lookups left ~40 MB of the mapped arrays resident, and an import's
    check all of them: let go, they leave memory and the answers stay the same."""
    index, records = built
    spill, back = sent_spilled(index, tmp_path, monkeypatch)
    back.attach(index.features.source)
    drafts = [replace(record, id=0) for record in records[:40]]
    before = [back.candidates_for(draft, same_name=True) for draft in drafts]
    assert resident_kb_of(spill) > 0
    back.let_go_of_pages()
    assert resident_kb_of(spill) == 0
    assert [back.candidates_for(draft, same_name=True) for draft in drafts] == before
    assert resident_kb_of(spill) > 0
    index.let_go_of_pages()  # an index that maps nothing: nothing to do


def test_a_mapped_index_is_sent_on_as_the_places_of_its_arrays(
    built: tuple[Index, list[Record]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app hands the index it keeps to the process that checks an import: while its file is there,
    the index travels as places in that file (~1.2 MB at 100k beside its 52 MB), and the other process
    maps the same pages."""
    index, records = built
    _spill, back = sent_spilled(index, tmp_path, monkeypatch)
    whole = io.BytesIO()
    dump_index(index, whole)
    again = pickle.dumps(back, protocol=pickle.HIGHEST_PROTOCOL)
    assert len(again) < len(whole.getvalue()) / 3  # places, not the arrays
    on: Index = pickle.loads(again)
    on.attach(index.features.source)
    assert mapped(on._hashes) and mapped(on.features.ids) and mapped(on.features.compact.texts.data)
    assert mapping_of(on._hashes) is not mapping_of(back._hashes)  # its own mapping of the file
    for record in records[:20]:
        draft = replace(record, id=0)
        assert on.candidates_for(draft, same_name=True) == index.candidates_for(
            draft, same_name=True
        )
