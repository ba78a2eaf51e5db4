"""Text columns kept as UTF-8 (an index sent to the app maps them instead of holding ~600k strings)."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from custui.core.dedupe.texts import TextColumn, Texts

texts_without_nul = st.text(alphabet=st.characters(blacklist_characters="\x00"), max_size=12)


@st.composite
def columns(draw: st.DrawFn) -> dict[str, list[str]]:
    records = draw(st.integers(0, 30))
    names = draw(st.lists(st.sampled_from(["key", "compact", "city", "address"]), min_size=1,
                          max_size=4, unique=True))  # fmt: skip
    return {
        name: draw(st.lists(texts_without_nul, min_size=records, max_size=records))
        for name in names
    }


@given(columns(), st.data())
def test_a_column_gives_back_the_very_strings_it_was_made_of(
    values: dict[str, list[str]], data: st.DataObject
) -> None:
    texts = Texts.of(values)
    assert texts is not None
    records = len(next(iter(values.values())))
    positions = data.draw(
        st.lists(st.integers(0, max(records - 1, 0)), max_size=40 if records else 0)
    )
    for name, strings in values.items():
        column = texts.column(name)
        assert len(column) == records
        assert list(column) == strings
        taken = column[np.array(positions, dtype=np.int64)]
        assert taken.dtype == object and taken.tolist() == [strings[p] for p in positions]
        mask = np.array([i % 2 == 0 for i in range(records)], dtype=bool)
        assert column[mask].tolist() == strings[::2]
        assert column[1:3].tolist() == strings[1:3]
        for p in positions[:3]:
            assert column[p] == strings[p] and column[np.int32(p)] == strings[p]


def test_chinese_and_empty_values_side_by_side() -> None:
    texts = Texts.of({"key": ["盛和软件", "", "acme"], "city": ["上海", "Zürich", ""]})
    assert texts is not None
    city: TextColumn = texts.column("city")
    assert city[np.array([2, 1, 0, 1])].tolist() == ["", "Zürich", "上海", "Zürich"]
    assert (city[np.arange(3)] != "").tolist() == [True, True, False]


def test_a_value_holding_a_nul_keeps_the_columns_as_they_are() -> None:
    assert Texts.of({"key": ["a\x00b", "c"]}) is None
