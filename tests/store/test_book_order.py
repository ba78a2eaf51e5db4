"""store.book_order: the list's order moved by binary search equals the order sorted again."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from custui.store.book_order import MANY, Order


@settings(max_examples=200, deadline=None)
@given(
    values=st.lists(st.sampled_from([0.0, 12.5, 12.5, 40.0, 99.9]), min_size=0, max_size=60),
    moved=st.lists(st.integers(0, 80), max_size=12, unique=True),
    new_values=st.lists(st.sampled_from([0.0, 12.5, 40.0, 100.0]), min_size=12, max_size=12),
    gone=st.lists(st.integers(0, 80), max_size=5),
    descending=st.booleans(),
)
def test_moved_equals_sorted_again(values, moved, new_values, gone, descending) -> None:
    """Some customers re-valued (a few new ones among them), some gone, with many ties."""
    book = dict(enumerate(values))
    order = Order.of(
        np.array(list(book), dtype=np.int64), np.array(list(book.values())), descending
    )
    assert order is not None
    moved = [i for i in moved if i not in gone]
    book.update(zip(moved, new_values))
    for i in gone:
        book.pop(i, None)
    ids = np.array(moved, dtype=np.int64)
    after = order.moved(
        np.array([*gone, *moved]), ids, np.array(new_values[: len(ids)]), descending
    )
    again = Order.of(
        np.array(list(book), dtype=np.int64), np.array(list(book.values())), descending
    )
    assert after is not None and again is not None
    assert after.id_list() == again.id_list()


def test_a_crowd_moved_at_once_is_sorted_in() -> None:
    n = 3 * MANY
    values = np.arange(n, dtype=np.float64) % 7
    order = Order.of(np.arange(n), values, True)
    assert order is not None
    moved = np.arange(0, n, 2)
    after = order.moved(moved, moved, values[moved] + 3, True)
    values[moved] += 3
    again = Order.of(np.arange(n), values, True)
    assert after is not None and again is not None and after.id_list() == again.id_list()


def test_columns_it_cannot_keep() -> None:
    assert Order.of(np.arange(3), np.array([1.0, np.nan, 2.0]), True) is None
    assert Order.of(np.arange(2), np.array(["a", "b"], dtype=object), False) is None
