"""The list's frame after customers came, went or changed (store.book_patch), made without the old and
the new frame whole side by side."""

from __future__ import annotations

import gc
import weakref

import numpy as np
import pandas as pd
import pytest

from custui.core.frame_arrays import framed
from custui.store.book_patch import PendingFrame, patched


def base_frame() -> pd.DataFrame:
    ids = pd.Index(np.arange(1, 7, dtype=np.int64), name="customer_id")
    arrays = {
        "name": np.array(["甲", "乙", "Acme", "Globex", "丙", "Initech"], dtype=object),
        "score": np.array([90.5, 70.0, 55.5, 40.0, 12.0, 88.0]),
        "tier": pd.Categorical(["S", "A", "B", "C", "C", "S"], categories=["S", "A", "B", "C"]),
        "due": pd.array([1, None, 3, None, 5, 6], dtype="Int64"),
    }
    return framed(arrays, ids, pd.Index(list(arrays)))


def pending(base: pd.DataFrame) -> PendingFrame:
    added = pd.DataFrame(
        {"name": ["新客户"], "score": [33.0], "tier": pd.Categorical(["C"], categories=["S", "A", "B", "C"]),
         "due": pd.array([None], dtype="Int64")},
        index=pd.Index([9], name="customer_id"),
    )  # fmt: skip
    changed = pd.DataFrame({"score": [91.0, 10.0]}, index=pd.Index([2, 9], name="customer_id"))
    return PendingFrame(base, np.array([3]), added, (changed,))


def test_a_pending_frame_made_is_the_frame_patched() -> None:
    base = base_frame()
    expected = patched(base, np.array([3]), pending(base).added, *pending(base).changes)
    made = pending(base_frame()).made()
    pd.testing.assert_frame_equal(made, expected)
    assert made.index.tolist() == [1, 2, 4, 5, 6, 9]
    assert made.loc[2, "score"] == 91.0 and made.loc[9, "name"] == "新客户"


def _memory_of(array: np.ndarray) -> np.ndarray:
    """The array that owns *array*'s memory (a view of a view… of it): alive while any view is."""
    while isinstance(array.base, np.ndarray):
        array = array.base
    return array


def test_making_it_lets_go_of_each_old_column_and_spends_it() -> None:
    """Nothing else holds the old frame (the book it came from is gone): its columns go as the new ones
    are made, and the pending frame cannot be read again."""
    base = base_frame()
    old_score = weakref.ref(_memory_of(base["score"].to_numpy()))
    frame = pending(base)
    del base
    gc.collect()
    assert old_score() is not None  # held by the pending frame
    made = frame.made()
    gc.collect()
    assert old_score() is None and len(made) == 6
    with pytest.raises(RuntimeError, match="after it was made"):
        frame.rows([1])
    with pytest.raises(RuntimeError, match="after it was made"):
        frame.then(np.array([1]), made.iloc[:0], ())
