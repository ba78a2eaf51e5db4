"""The list tables' column layout: what fits, and never wider than the room it is given."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from custui.tui.widgets.lazy_table import SQUEEZED_WIDTH, Column, layout

columns = st.lists(
    st.builds(Column, key=st.text(min_size=1, max_size=3), label=st.just(""),
              width=st.integers(1, 20), flex=st.integers(0, 3), drop=st.integers(0, 4)),
    min_size=1, max_size=8,
)  # fmt: skip


@given(columns, st.integers(1, 300))
def test_the_columns_shown_fit_and_none_is_squeezed_unless_they_must_be(
    table: list[Column], total: int
) -> None:
    shown = layout(table, total)
    assert all(width >= min(column.width, SQUEEZED_WIDTH) for column, width in shown)
    assert [c for c, _ in shown] == [c for c in table if any(c is s for s, _ in shown)]
    floor = sum((min(c.width, SQUEEZED_WIDTH) if c.flex else c.width) + 1 for c, _ in shown)
    if floor <= total:  # they fit with the flex columns squeezed: they do fit
        assert sum(width + 1 for _, width in shown) <= total
    if sum(c.width + 1 for c, _ in shown) <= total:  # their own widths fit: none is squeezed
        assert all(width >= column.width for column, width in shown)
    if len(shown) < len(table):  # a column went only because the rest did not fit
        assert sum(c.width + 1 for c in table) > total


def test_a_flex_column_held_at_its_width_leaves_the_rest_to_the_others() -> None:
    """The timeline at 80 columns: Summary (flex 3) and Next (flex 2, at least 14) share 30 cells."""
    summary, upcoming = Column("s", "", width=12, flex=3), Column("n", "", width=14, flex=2)
    fixed = [Column(k, "", width=w) for k, w in (("d", 10), ("w", 12), ("m", 10), ("u", 10))]
    table = [*fixed[:2], summary, fixed[2], upcoming, fixed[3]]
    shown = {c.key: width for c, width in layout(table, 78)}
    assert shown["n"] == 14 and shown["s"] == 30 - 14
    assert sum(shown.values()) + len(shown) <= 78
