"""A large book's duplicate scan is shared out to worker processes (its records prepared in chunks,
its pairs compared in batches): the scan must find exactly what one process finds, with the same
reasons, whether the workers are forked (the command line) or spawned (the app, which runs threads)."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest

from custui.core import parallel
from custui.core.dedupe import engine, index
from custui.core.dedupe.engine import value_codes
from tests.core import dedupe_benchmark


@pytest.fixture(scope="module")
def records():
    return dedupe_benchmark.build(300).records


def scan(records):
    built = index.Index(records)
    return built, [(m.a, m.b, m.score, m.reasons) for m in built.scan()]


@pytest.fixture
def shared_out(monkeypatch):
    """Workers from a few hundred records on: small chunks and batches, so several go to each."""
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 100)
    monkeypatch.setattr(engine, "CHUNK_RECORDS", 97)
    monkeypatch.setattr(index, "BATCH", 1_000)


def test_value_codes_are_the_same_in_every_process():
    """The workers code their share of the book: equal values must get equal codes everywhere
    (Python's own hash() of text changes from process to process)."""
    values = ["华创软件", "acme", ("12", "3"), "", None, "Ünïcödé", "n华创"]
    here = value_codes(values).tolist()
    code = f"from custui.core.dedupe.engine import value_codes; print(value_codes({values!r}).tolist())"
    root = Path(__file__).resolve().parents[2]
    there = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
    )
    assert there.stdout.strip() == str(here)
    assert here[3] == here[4] == -1 and len(set(here[:3] + here[5:])) == 5


def test_forked_workers_find_what_one_process_finds(records, monkeypatch, shared_out):
    with monkeypatch.context() as alone:
        alone.setattr(parallel, "workers_for", lambda count: 0)
        serial_index, serial = scan(records)
    assert parallel.can_fork() or sys.platform != "linux"
    shared_index, shared = scan(records)
    assert serial and shared == serial
    for name, codes in serial_index.features.codes.items():
        assert np.array_equal(shared_index.features.codes[name], codes), name
    assert np.array_equal(shared_index._hashes, serial_index._hashes)
    assert np.array_equal(shared_index._members, serial_index._members)
    assert np.array_equal(shared_index.features.compact, serial_index.features.compact)


def test_spawned_workers_find_what_one_process_finds(records, monkeypatch, shared_out):
    """With another thread running (as in the app) workers are spawned afresh, not forked: the
    features still come from them, and the pairs are compared on threads here."""
    with monkeypatch.context() as alone:
        alone.setattr(parallel, "workers_for", lambda count: 0)
        _, serial = scan(records)
    started: list[str] = []
    real_pooled = parallel._pooled

    def pooled(work, parts, workers):
        started.append(parallel._start_method())
        return real_pooled(work, parts, workers)

    monkeypatch.setattr(parallel, "_pooled", pooled)
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        _, shared = scan(records)
    finally:
        stop.set()
        other.join()
    assert started == ["spawn"]  # the features; no process pool compares pairs beside a thread
    assert shared == serial


def test_a_cancelled_scan_stops_its_workers(records, shared_out):
    import multiprocessing

    calls = iter(range(1_000))
    try:
        index.Index(records, cancelled=lambda: next(calls) >= 2)  # after the second chunk
    except index.ScanCancelled:  # checked while the traceback still holds the scan's frames
        assert multiprocessing.active_children() == []
    else:
        pytest.fail("the scan was not cancelled")


class _Miscounted:
    """A record source whose count is wrong (records added or deleted since it was asked)."""

    def __init__(self, records, count):
        self.records, self.count = records, count

    def __len__(self):
        return self.count

    def chunks(self, size):
        for start in range(0, len(self.records), size):
            yield self.records[start : start + size]

    def get(self, ids):
        wanted = set(ids)
        return [r for r in self.records if r.id in wanted]


@pytest.mark.parametrize("count", [1, 10_000])
def test_features_joined_in_place_whatever_the_source_said_it_holds(records, monkeypatch, count):
    """Chunks are written into arrays sized by the source's count and grown or cut as they come: a
    count too small or too large gives the very columns and blocking keys of a true one."""
    monkeypatch.setattr(engine, "CHUNK_RECORDS", 41)
    truth = engine.build_features(records, keys=index.block_keys)
    found = engine.build_features(_Miscounted(records, count), keys=index.block_keys)
    assert np.array_equal(found.ids, truth.ids) and np.array_equal(found.words, truth.words)
    assert found.kind.tolist() == truth.kind.tolist() and found.key.tolist() == truth.key.tolist()
    assert all(np.array_equal(found.codes[name], truth.codes[name]) for name in truth.codes)
    assert found.block_keys is not None and truth.block_keys is not None
    assert all(np.array_equal(a, b) for a, b in zip(found.block_keys, truth.block_keys))
    assert len(found.block_keys[0]) > len(records)  # several keys a record
