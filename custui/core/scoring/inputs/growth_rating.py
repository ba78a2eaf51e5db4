"""Growth rating 成长潜力评分: the rep's 1–5 rating of the customer's room to grow."""

from custui.core.scoring.inputs._rating import rating_input

INPUT = rating_input(
    "growth_rating", "growth_potential", "Growth rating", "成长潜力评分",
    dimension="growth_potential", default_weight=50.0, letter="g",
)  # fmt: skip
