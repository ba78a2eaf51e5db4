"""Need match 需求匹配: the rep's 1–5 rating of how well the offer fits the need."""

from custui.core.scoring.inputs._rating import rating_input

INPUT = rating_input(
    "need_match", "need_match", "Need match", "需求匹配",
    dimension="growth_potential", default_weight=25.0, letter="n",
)  # fmt: skip
