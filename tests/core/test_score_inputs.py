"""A score input is one spec in one file: a toy input, registered by the fixture alone, shows up
everywhere (issue 20 point 9) — the config's weights, the score, the explanation, the store's
loader and the weights screen — with nothing else edited."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from custui.core.scoring import (
    DEFAULT_CONFIG,
    INPUTS,
    ScoringConfig,
    explain,
    order_features,
    points_frame,
    rerank,
    score,
)
from custui.core.scoring.config import ConfigError
from custui.core.scoring.inputs import (
    ScoreInput,
    detail_columns,
    rating_columns,
    register,
    unregister,
)
from custui.core.scoring.inputs.spec import is_na, num
from custui.core.scoring.prepared import Prepared
from custui.core.scoring.scorer import result_columns

AS_OF = date(2024, 6, 30)


def _compute(p: Prepared) -> np.ndarray:
    raw, rated = p.rating("toy_rating")
    values: np.ndarray = np.where(rated, (5 - raw) * 25.0, p.neutral)  # 1 is best: 100
    return values


def _details(p: Prepared) -> dict[str, np.ndarray]:
    return {"toy_orders": p.freq * 10}


def _explain(row: pd.Series, cfg: ScoringConfig) -> tuple[str, bool]:
    if is_na(row["toy_rating"]):
        return (
            f"— (no toy rating, counted {num(cfg.neutral)}; {row['toy_orders']} toy orders)",
            False,
        )
    return f"toy rated {int(row['toy_rating'])}, {row['toy_orders']} toy orders", True


TOY = ScoreInput(
    key="toy",
    label_en="Toy",
    label_zh="玩具",
    dimension="growth_potential",
    default_weight=0.0,
    how="(5 − toy rating)×25",
    compute=_compute,
    explain=_explain,
    columns=("toy_rating",),
    detail_columns=("toy_orders",),
    details=_details,
)

#: Growth potential 30 % of the score; the toy 20 % of it: 6 % of the whole score.
WEIGHTS = {
    "growth_potential": {
        "growth_rating": 40.0,
        "need_match": 20.0,
        "spend_trend": 20.0,
        "toy": 20.0,
    }
}


@pytest.fixture
def toy() -> Iterator[ScoreInput]:
    register(TOY)
    yield TOY
    unregister(TOY.key)


def _book() -> tuple[pd.DataFrame, pd.DataFrame]:
    customers = pd.DataFrame(
        {
            "id": [1, 2, 3],
            "growth_potential": pd.array([3, None, 5], dtype="Int64"),
            "toy_rating": pd.array([1, 4, None], dtype="Int64"),
        }
    )
    orders = pd.DataFrame(
        {
            "customer_id": [1, 1, 2],
            "ordered_at": ["2024-06-01", "2024-05-01", "2024-01-10"],
            "amount_minor": [10_000, 5_000, 2_000],
        }
    )
    return customers, order_features(orders, AS_OF)


def test_the_registry_holds_the_inputs_in_display_order() -> None:
    assert list(INPUTS)[:3] == ["recency", "frequency", "monetary"]
    assert all(isinstance(spec, ScoreInput) for spec in INPUTS.values())
    assert "toy" not in INPUTS and "toy_rating" not in rating_columns()
    with pytest.raises(ValueError, match="twice"):
        register(INPUTS["recency"])


def test_the_toy_is_in_the_config(toy: ScoreInput) -> None:
    assert INPUTS["toy"] is toy and rating_columns()[-1] == "toy_rating"
    assert detail_columns()[-1:] == ("toy_orders",)
    assert ScoringConfig() == DEFAULT_CONFIG  # default weight 0: offered, not used
    config = DEFAULT_CONFIG.with_weights(inputs=WEIGHTS).validate()
    assert config.weights()["growth_potential"]["inputs"]["toy"] == 20.0
    assert config.input_weights()["toy"] == pytest.approx(6.0)
    assert ScoringConfig.from_json(config.to_json()) == config  # saved and read back
    bad = DEFAULT_CONFIG.with_weights(inputs={"growth_potential": {"toy": 20.0}})
    with pytest.raises(ConfigError, match="add up to 120 %"):
        bad.validate()
    with pytest.raises(ConfigError, match="Unknown input 'toy2'"):
        DEFAULT_CONFIG.with_weights(inputs={"growth_potential": {"toy2": 1.0}})


def test_the_toy_is_scored_and_weighted(toy: ScoreInput) -> None:
    customers, of = _book()
    plain = score(customers, of, None, AS_OF)
    assert list(plain.frame.columns) == list(result_columns())
    assert (
        points_frame(plain)["pts_toy"].eq(0).all()
    )  # registered at 0 %: the scores are those without it
    assert plain.frame.loc[[1, 2, 3], "in_toy"].tolist() == [100.0, 25.0, 50.0]
    assert plain.frame.loc[[1, 2, 3], "toy_orders"].tolist() == [20, 10, 0]

    config = DEFAULT_CONFIG.with_weights(inputs=WEIGHTS).validate()
    result = score(customers, of, None, AS_OF, config)
    f = result.frame
    points = points_frame(result)
    # 6 % of the score × value/100: 6.0, 1.5, 3.0 points
    assert points.loc[[1, 2, 3], "pts_toy"].tolist() == [6.0, 1.5, 3.0]
    pts = points[[f"pts_{k}" for k in INPUTS]].sum(axis=1).round(1)
    assert (pts == f["score"]).all()
    dims = points[[c for c in points.columns if c.startswith("dim_")]].sum(axis=1).round(1)
    assert (dims == f["score"]).all()
    # re-ranking from the kept values weighs it the same way
    again = rerank(plain, config)
    pd.testing.assert_frame_equal(again.frame, f)


def test_the_toy_is_explained(toy: ScoreInput) -> None:
    customers, of = _book()
    config = DEFAULT_CONFIG.with_weights(inputs=WEIGHTS).validate()
    result = score(customers, of, None, AS_OF, config)
    one = explain(result, 1)
    item = next(i for d in one.dimensions for i in d.inputs if i.key == "toy")
    assert (item.label, item.raw, item.rated, item.points) == (
        "Toy 玩具", "toy rated 1, 20 toy orders", True, 6.0,
    )  # fmt: skip
    assert "  Toy 玩具 20 %: toy rated 1, 20 toy orders · 100/100 → 6.0" in one.lines()
    assert one.total == one.score
    three = explain(result, 3)
    item = next(i for d in three.dimensions for i in d.inputs if i.key == "toy")
    assert not item.rated and item.raw.startswith("— (no toy rating, counted 50")


def test_the_store_loads_the_toy_column(toy: ScoreInput, tmp_path: Path) -> None:
    from custui.store.db import open_store
    from custui.store.scores import load_customers, score_book
    from tests.conftest import add_customer

    store = open_store(tmp_path / "book.db")
    try:
        first = add_customer(store, {"name": "甲公司"})
        second = add_customer(store, {"name": "乙公司"})
        with store.transaction() as conn:
            conn.execute("ALTER TABLE customers ADD COLUMN toy_rating INTEGER")
            conn.execute("UPDATE customers SET toy_rating = 2 WHERE id = ?", (first,))
            conn.execute("UPDATE customers SET toy_rating = 9 WHERE id = ?", (second,))
        for details in (False, True):
            loaded = load_customers(store, details=details)
            assert loaded["toy_rating"].tolist() == [2, pd.NA]  # 9 is no rating
        config = DEFAULT_CONFIG.with_weights(inputs=WEIGHTS).validate()
        result = score_book(store, AS_OF, config)
        assert result.frame.loc[[first, second], "in_toy"].tolist() == [75.0, 50.0]
        assert points_frame(result).loc[first, "pts_toy"] == 4.5
    finally:
        store.close()


async def test_the_weights_screen_lists_the_toy(toy: ScoreInput) -> None:
    from textual.app import App
    from textual.widgets import Input, Label

    from custui.tui.screens.scoring_settings import (
        ScoringSettingsScreen,
        config_from_fields,
        field_values,
    )

    customers, of = _book()
    result = score(customers, of, None, AS_OF)
    values = field_values(DEFAULT_CONFIG)
    assert values["in-growth_potential-toy"] == "0"
    assert config_from_fields(DEFAULT_CONFIG, values) == DEFAULT_CONFIG  # left at 0: not added
    edited = {
        **values,
        **{f"in-growth_potential-{k}": str(w) for k, w in WEIGHTS["growth_potential"].items()},
    }
    assert config_from_fields(DEFAULT_CONFIG, edited) == DEFAULT_CONFIG.with_weights(inputs=WEIGHTS)

    class Host(App[None]):
        def on_mount(self) -> None:
            self.push_screen(ScoringSettingsScreen(result, str))

    app = Host()
    async with app.run_test(size=(120, 60)) as pilot:
        await pilot.pause()
        ids = [field.id for field in app.screen.query(Input)]
        labels = [str(label.render()) for label in app.screen.query(Label)]
    assert "in-growth_potential-toy" in ids
    assert ids.index("in-growth_potential-toy") < ids.index("dim-relationship_stability")
    assert "  Toy 玩具" in labels
