"""An index sent to another process with its large arrays spilled to a file (issue 19 point 3).

The app keeps the index a duplicate scan made in its own process for the form's hints; its keys and value
codes (~50 MB at 100k) come back mapped from a file, so only the pages a lookup touches are in memory.
"""

from __future__ import annotations

import io
import pickle
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from custui.core.dedupe import Index, Record
from custui.core.dedupe import index as index_module
from custui.core.dedupe.index import dump_index
from tests.core import dedupe_benchmark


def mapped(array: np.ndarray) -> bool:
    base: object = array
    while isinstance(base, np.ndarray):
        if isinstance(base, np.memmap):
            return True
        base = base.base
    return False


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
    monkeypatch.setattr(index_module, "SPILL_FROM", 1)  # a small book's arrays spilled too
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
