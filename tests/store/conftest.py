"""Fixtures of the store tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from custui import sample


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small sample book (60 customers), made once per module: tests work on copies of it."""
    path = tmp_path_factory.mktemp("sample") / "sample.db"
    sample.generate(path, customers=60)
    return path
