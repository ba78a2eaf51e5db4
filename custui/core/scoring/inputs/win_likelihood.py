"""Win likelihood 成交可能: the rep's 1–5 rating of the chance to win more (not used by default)."""

from custui.core.scoring.inputs._rating import rating_input

INPUT = rating_input(
    "win_likelihood", "win_likelihood", "Win likelihood", "成交可能",
    dimension="growth_potential", default_weight=0.0, letter="w",
)  # fmt: skip
