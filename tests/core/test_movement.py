"""The tier transition matrix, a customer's direction, a cell's members and the sparkline."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from custui.core import movement as mv
from custui.core.movement import LABELS, NOT_SCORED, TIERS, Movement


def test_the_tiers_are_the_scorings_own() -> None:
    from custui.core.scoring.config import TIERS as SCORING_TIERS

    assert TIERS == SCORING_TIERS


def test_directions() -> None:
    assert mv.direction("Basic", "Core") == "up"
    assert mv.direction("Strategic", "Potential") == "down"
    assert mv.direction("Core", "Core") == "same"
    assert mv.direction(None, "Basic") == "new"
    assert mv.direction("Basic", None) == "gone"
    assert mv.direction("nonsense", "Core") == "new"  # an unknown tier is not scored


def test_a_small_matrix_counts_each_customer_once() -> None:
    before = {1: "Core", 2: "Core", 3: "Basic", 4: "Strategic"}
    after = {1: "Strategic", 2: "Core", 3: "Basic", 5: "Potential"}
    m = mv.movement(before, after)
    assert m.count("Core", "Strategic") == 1 and m.count("Core", "Core") == 1
    assert m.count("Strategic", NOT_SCORED) == 1 and m.count(NOT_SCORED, "Potential") == 1
    assert m.row_total("Core") == 2 and m.column_total("Basic") == 1
    assert m.total == 5 and m.both == 3
    assert (m.moved("up"), m.moved("down"), m.moved("same"), m.moved("new"), m.moved("gone")) == (
        1, 0, 2, 1, 1,
    )  # fmt: skip
    assert mv.members(before, after, "Core", "") == [1, 2]
    assert mv.members(before, after, "", "Potential") == [5]
    assert mv.members(before, after, "Core", "Strategic") == [1]
    assert mv.directions(before, after) == {1: "up", 2: "same", 3: "same", 5: "new"}


tier = st.sampled_from([*TIERS, None])
side = st.dictionaries(st.integers(1, 60), tier, max_size=60)


@given(side, side)
def test_the_totals_are_honest(before: dict[int, str | None], after: dict[int, str | None]) -> None:
    m: Movement = mv.movement(before, after)
    scored_before = {i for i, t in before.items() if t is not None}
    scored_after = {i for i, t in after.items() if t is not None}
    # the tier×tier cells are exactly the customers scored at both dates
    assert m.both == len(scored_before & scored_after)
    # every row total is its tier's count at FROM, every column total at TO, and everyone once
    for label in TIERS:
        assert m.row_total(label) == sum(1 for t in before.values() if t == label)
        assert m.column_total(label) == sum(1 for t in after.values() if t == label)
    assert m.total == len(scored_before | scored_after)
    assert sum(m.row_total(label) for label in LABELS) == m.total
    assert sum(m.column_total(label) for label in LABELS) == m.total
    assert sum(m.moved(way) for way in mv.DIRECTIONS) == m.total
    for frm in LABELS:
        for to in LABELS:
            assert len(mv.members(before, after, frm, to)) == m.count(frm, to)


def test_the_sparkline_is_one_block_per_score_on_a_fixed_scale() -> None:
    assert mv.sparkline([0, 50, 100]) == "▁▅█"
    assert mv.sparkline([None, 20.0, float("nan"), 120]) == " ▂ █"
    assert mv.sparkline([]) == ""
