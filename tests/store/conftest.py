"""Fixtures of the store tests."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from custui import sample
from custui.store.db import Store, open_store


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small sample book (60 customers), made once per module: tests work on copies of it."""
    path = tmp_path_factory.mktemp("sample") / "sample.db"
    sample.generate(path, customers=60)
    return path


@pytest.fixture
def sample_copy(sample_file: Path, tmp_path: Path) -> Iterator[Store]:
    """A copy of the small sample book, open (each test writes its own copy)."""
    path = tmp_path / "book.db"
    shutil.copy(sample_file, path)
    store = open_store(path)
    yield store
    store.close()
