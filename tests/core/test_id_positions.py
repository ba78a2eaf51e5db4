"""Rows found by id without pandas' lookup table: the same answers as pandas, no table left behind."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from custui.core.id_positions import IdLookup, inner_joined, unique_ids

unique_id_lists = st.lists(st.integers(-(2**40), 2**40), unique=True, max_size=60)


def has_lookup_table(index: pd.Index) -> bool:
    """pandas built (and keeps) the hash table of *index*'s keys (~4 MB at 105k rows)."""
    return "_engine" in index._cache and index._engine.is_mapping_populated


@given(
    ids=unique_id_lists, wanted=st.lists(st.integers(-(2**40), 2**40), max_size=30), data=st.data()
)
def test_positions_are_pandas_own(ids: list[int], wanted: list[int], data: st.DataObject) -> None:
    """Sorted or not, ids there or not: the positions ``get_indexer`` gives."""
    wanted += data.draw(st.lists(st.sampled_from(ids), max_size=10)) if ids else []
    index = pd.Index(ids, dtype=np.int64)
    found = IdLookup.of(index).positions(np.array(wanted, dtype=np.int64))
    assert not has_lookup_table(index)
    assert found.tolist() == pd.Index(ids, dtype=np.int64).get_indexer(wanted).tolist()


def test_a_lookup_needs_unique_integer_ids() -> None:
    with pytest.raises(ValueError, match="unique"):
        IdLookup.of(pd.Index([3, 1, 3]))
    with pytest.raises(ValueError, match="integers"):
        IdLookup.of(pd.Index(["a", "b"]))
    with pytest.raises(ValueError, match="whole numbers"):
        IdLookup.of(pd.Index([1.5, 2.0]))
    # ids pandas' own lookup matches, held in another type: found the same
    for held in (pd.Index([3, 1, 2], dtype=object), pd.Index([3.0, 1.0, 2.0])):
        assert IdLookup.of(held).positions(np.array([2, 3, 9])).tolist() == [2, 0, -1]
    assert IdLookup.of(pd.Index([], dtype=object)).positions(np.array([1, 2])).tolist() == [-1, -1]


@given(st.lists(st.integers(0, 20), max_size=30))
def test_unique_ids_is_pandas_is_unique(ids: list[int]) -> None:
    index = pd.Index(ids, dtype=np.int64)
    assert unique_ids(index) == pd.Index(ids, dtype=np.int64).is_unique
    assert not has_lookup_table(index)


def frames(left_ids: list[int], right_ids: list[int]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A display-like frame and a score-like one (each dtype the book joins), on those ids."""
    n, m = len(left_ids), len(right_ids)
    left = pd.DataFrame(
        {"name": pd.array([f"客户{i}" for i in left_ids], dtype="string"),
         "tags": pd.Series([(f"t{i}",) for i in left_ids], dtype=object),
         "size": np.arange(n, dtype=np.float64)},
        index=pd.Index(left_ids, dtype=np.int64, name="customer_id"),
    )  # fmt: skip
    right = pd.DataFrame(
        {"score": np.linspace(0, 100, m),
         "tier": pd.Categorical(["Core" if i % 2 else "Basic" for i in right_ids]),
         "due": pd.array([i if i % 3 else None for i in right_ids], dtype="Int64"),
         "last": pd.to_datetime(["2026-01-01"] * m).astype("datetime64[s]")},
        index=pd.Index(right_ids, dtype=np.int64, name="customer_id"),
    )  # fmt: skip
    return left, right


@given(ids=unique_id_lists, data=st.data())
def test_inner_joined_is_pandas_join(ids: list[int], data: st.DataObject) -> None:
    """In the left frame's order, only ids on both sides, every dtype as pandas' join keeps it; and
    neither index keeps a lookup table."""
    left_ids = data.draw(st.permutations(ids))
    right_ids = (
        data.draw(st.permutations(ids)) if data.draw(st.booleans()) else ids[: len(ids) // 2]
    )
    left, right = frames(left_ids, right_ids)
    joined = inner_joined(left, right, ["tier", "score", "due"])
    assert not has_lookup_table(left.index) and not has_lookup_table(right.index)
    expected = frames(left_ids, right_ids)[0].join(
        frames(left_ids, right_ids)[1][["tier", "score", "due"]], how="inner"
    )
    pd.testing.assert_frame_equal(joined, expected)


def test_inner_joined_shares_the_left_columns_when_every_row_joins() -> None:
    left, right = frames([3, 1, 2], [1, 2, 3])
    joined = inner_joined(left, right)
    assert np.shares_memory(joined["size"].to_numpy(), left["size"].to_numpy())
    with pytest.raises(ValueError, match="both sides"):
        inner_joined(left, left)
    # an empty book's display has no id type of its own: the ids come out integers all the same
    empty = left.iloc[:0].set_axis(pd.Index([], dtype=object, name="customer_id"))
    assert inner_joined(empty, right).index.dtype == np.int64
