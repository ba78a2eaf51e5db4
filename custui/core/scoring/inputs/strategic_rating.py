"""Strategic rating 战略价值评分: the rep's 1–5 rating of the customer's strategic value."""

from custui.core.scoring.inputs._rating import rating_input

INPUT = rating_input(
    "strategic_rating", "strategic", "Strategic rating", "战略价值评分",
    dimension="strategic_importance", default_weight=100.0, letter="s",
)  # fmt: skip
