"""The ranked home list on the sample book: sort, filter, explain, re-weight, saved views."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Static

from custui.store.db import Store
from custui.store.scores import load_scoring_config
from custui.store.settings import saved_views
from custui.tui.app import CustuiApp
from custui.tui.screens.customer_list import CustomerListScreen
from custui.tui.screens.score_explanation import ScoreExplanationScreen
from custui.tui.screens.scoring_settings import ScoringSettingsScreen
from tests.tui.conftest import AS_OF, screen_lines, settle


@pytest.fixture
def app(sample_store: Store) -> CustuiApp:
    return CustuiApp(sample_store, warm_up=False, as_of=AS_OF)


def screen(app: CustuiApp) -> CustomerListScreen:
    assert isinstance(app.screen, CustomerListScreen)
    return app.screen


def shown_scores(app: CustuiApp) -> list[float]:
    book = screen(app).book
    return [float(book.frame.at[i, "score"]) for i in screen(app).table.row_ids]


async def test_list_is_ranked_by_score_once_scored(app: CustuiApp) -> None:
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        book = screen(app).book
        assert book is not None and len(book) == screen(app).table.row_count
        scores = shown_scores(app)
        assert scores == sorted(scores, reverse=True)
        first = screen(app).table.render_line(0).text
        top = book.frame.loc[book.result.frame.index[0]]  # the ranking is the result's order
        assert top["code"] in first and f"{top['score']:.1f}" in first and top["tier"] in first


async def test_sort_by_the_column_under_the_cursor_and_reverse(app: CustuiApp) -> None:
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("right")  # Score → Tier
        await pilot.press("s")
        await settle(pilot)
        book = screen(app).book
        ranks = [book.frame.at[i, "tier_rank"] for i in screen(app).table.row_ids]
        assert ranks == sorted(ranks)
        await pilot.press("s")
        await settle(pilot)
        ranks = [book.frame.at[i, "tier_rank"] for i in screen(app).table.row_ids]
        assert ranks == sorted(ranks, reverse=True)


async def test_filter_narrows_and_the_count_is_right(app: CustuiApp) -> None:
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("f", *"tier:core score>=75")
        await settle(pilot)
        frame = screen(app).book.frame
        expected = frame[(frame["tier"] == "Core") & (frame["score"] >= 75)]
        assert set(screen(app).table.row_ids) == set(expected.index)
        count = str(screen(app).query_one("#count", Static).render())
        assert count.startswith(f"{len(expected)} of {len(frame)} match")
        scores = shown_scores(app)
        assert scores == sorted(scores, reverse=True)


async def test_malformed_filter_is_explained_and_keeps_the_list(app: CustuiApp) -> None:
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("f", *"tier:core")
        await settle(pilot)
        before = list(screen(app).table.row_ids)
        await pilot.press("x")  # tier:corex
        await settle(pilot)
        error = str(screen(app).query_one("#filter-error", Static).render())
        assert "tier is one of" in error
        assert list(screen(app).table.row_ids) == before
        await pilot.press("home", "delete", "delete", "delete", "delete", *"teir")
        await settle(pilot)
        assert "did you mean tier" in str(screen(app).query_one("#filter-error", Static).render())
        await pilot.press("escape")
        await settle(pilot)
        assert str(screen(app).query_one("#filter-error", Static).render()) == ""


async def test_filter_and_search_combine(app: CustuiApp) -> None:
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"keji")
        await settle(pilot)
        searched = set(screen(app).table.row_ids)
        await pilot.press("enter", "f", *"tier:core")
        await settle(pilot)
        frame = screen(app).book.frame
        assert set(screen(app).table.row_ids) == {
            i for i in searched if frame.at[i, "tier"] == "Core"
        }


async def test_explanation_adds_up_to_the_score_shown(app: CustuiApp) -> None:
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("down", "down", "w")
        await settle(pilot)
        assert isinstance(app.screen, ScoreExplanationScreen)
        explanation = app.screen.explanation
        row_id = screen_list(app).table.current_row_id()
        shown = float(screen_list(app).book.frame.at[row_id, "score"])
        assert explanation.customer_id == row_id
        assert explanation.total == shown == explanation.score
        points = sum(i.points for d in explanation.dimensions for i in d.inputs)
        assert round(points, 1) == shown
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, CustomerListScreen)


def screen_list(app: CustuiApp) -> CustomerListScreen:
    return next(s for s in app.screen_stack if isinstance(s, CustomerListScreen))


async def set_field(pilot, field_id: str, value: str) -> None:
    field = pilot.app.screen.query_one(f"#{field_id}", Input)
    pilot.app.screen.set_focus(field)
    await pilot.press("end", *["backspace"] * len(field.value), *value)
    await settle(pilot)
    assert field.value == value


async def test_weights_must_add_up_and_then_re_rank_live(
    app: CustuiApp, sample_store: Store
) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        before = list(screen(app).table.row_ids)
        await pilot.press("W")
        await settle(pilot)
        assert isinstance(app.screen, ScoringSettingsScreen)
        await set_field(pilot, "dim-current_value", "70")
        verdict = str(app.screen.query_one("#verdict", Static).render())
        assert "Not saved" in verdict and "100" in verdict
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ScoringSettingsScreen)  # refused
        await set_field(pilot, "dim-growth_potential", "0")
        assert "Weights add up" in str(app.screen.query_one("#verdict", Static).render())
        await settle(
            pilot
        )  # live: the preview re-ranks under the new weights before anything is saved
        shown = "\n".join(screen_lines(app))
        assert "▲" in shown or "▼" in shown  # customers moved up or down in the editor's preview
        assert load_scoring_config(sample_store).weights()["current_value"]["weight"] != 70
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, CustomerListScreen)
        saved = load_scoring_config(sample_store)
        assert saved.weights()["current_value"]["weight"] == 70
        assert screen(app).book.config == saved
        after = list(screen(app).table.row_ids)
        assert after != before
        scores = shown_scores(app)
        assert scores == sorted(scores, reverse=True)


async def test_saved_view_is_recalled_from_the_palette(app: CustuiApp, sample_store: Store) -> None:
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("f", *"churn:yes", "enter")
        await settle(pilot)
        churned = list(screen(app).table.row_ids)
        await pilot.press("v", *"流失 watch", "enter")
        await settle(pilot)
        assert [v.name for v in saved_views(sample_store)] == ["流失 watch"]
        await pilot.press("escape")
        await settle(pilot)
        assert screen(app).table.row_count == len(screen(app).book)
        await pilot.press("ctrl+p", *"View: ")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot)
        assert screen(app).query_one("#filter", Input).value == "churn:yes"
        assert list(screen(app).table.row_ids) == churned


async def test_saved_views_are_shown_deleted_and_brought_back_with_v(
    app: CustuiApp, sample_store: Store
) -> None:
    from custui.store.settings import SavedView, save_view
    from custui.tui.screens.saved_views import SavedViewsScreen

    save_view(sample_store, SavedView("流失 watch", filter="churn:yes"))
    save_view(sample_store, SavedView("Top", filter="tier:strategic,core"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("V")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, SavedViewsScreen)
        assert [v.name for v in dialog.views] == ["Top", "流失 watch"]
        await pilot.press("d")  # Top: deleted at once, u brings it back
        await settle(pilot)
        assert [v.name for v in saved_views(sample_store)] == ["流失 watch"]
        await pilot.press("u")
        await settle(pilot)
        assert [v.filter for v in saved_views(sample_store)] == ["tier:strategic,core", "churn:yes"]
        await pilot.press("down", "enter")  # 流失 watch: the list shows it
        await settle(pilot)
        assert isinstance(app.screen, CustomerListScreen)
        assert screen(app).query_one("#filter", Input).value == "churn:yes"
        await pilot.press("V", "d", "escape")  # deleted for good once the dialog closes
        await settle(pilot)
        assert [v.name for v in saved_views(sample_store)] == ["流失 watch"]


async def test_rfm_thresholds_replace_quintiles(app: CustuiApp, sample_store: Store) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("W")
        await settle(pilot)
        await set_field(pilot, "rule-recency", "30=5 90=3")
        assert "Weights add up" in str(app.screen.query_one("#verdict", Static).render())
        await set_field(pilot, "rule-frequency", "10=5 5")
        assert "bands like 30=5" in str(app.screen.query_one("#verdict", Static).render())
        await set_field(pilot, "rule-frequency", "quintile")
        await pilot.press("ctrl+s")
        await settle(pilot)
        saved = load_scoring_config(sample_store)
        assert saved.recency.method == "thresholds"
        assert [(b.bound, b.score) for b in saved.recency.bands] == [(30, 5), (90, 3)]
        frame = screen(app).book.frame
        recent = frame[frame["recency_days"].notna() & (frame["recency_days"] <= 30)]
        middle = frame[(frame["recency_days"] > 30) & (frame["recency_days"] <= 90)]
        assert set(recent["r_score"]) == {5} and set(middle["r_score"]) == {3}


async def test_x_exports_exactly_the_rows_shown_in_their_order(
    app: CustuiApp, tmp_path: Path
) -> None:
    import csv

    target = tmp_path / "view.csv"
    async with app.run_test(size=(140, 36)) as pilot:
        await settle(pilot)
        await pilot.press("f", *"tier:core", "enter")
        await settle(pilot)
        shown = [screen(app).book.frame.at[i, "code"] for i in screen(app).table.row_ids]
        await pilot.press("x")
        await settle(pilot)
        field = app.screen.query_one("#prompt-input", Input)
        field.value = str(target)
        await pilot.press("enter")
        await settle(pilot)
    with target.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        rows = list(reader)
    assert [r["code"] for r in rows] == shown
    assert 0 < len(shown) < 336
    from custui.core.call_list import COLUMNS

    assert reader.fieldnames == list(COLUMNS)  # the same call list as custui export
    assert all(r["currency"] == "CNY" for r in rows) and any(
        r["phone"].startswith("'+86") for r in rows
    )  # never a formula


async def test_why_and_weights_are_readable_at_80_columns(app: CustuiApp) -> None:
    """`w` keeps each input's words on one line (not "last / order / 18 / days"), `W` shows the
    customers' names in its ranking preview (not "…")."""
    import re

    from tests.tui.conftest import screen_lines

    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("w")
        await settle(pilot)
        assert isinstance(app.screen, ScoreExplanationScreen)
        text = "\n".join(screen_lines(app))
        assert re.search(r"last order \d+ days ago", text), text
        await pilot.press("escape", "W")
        await settle(pilot)
        assert isinstance(app.screen, ScoringSettingsScreen)
        named = [line for line in screen_lines(app) if re.search(r"C\d{5} \S\S", line)]
        assert len(named) >= 5, screen_lines(app)


async def test_weights_labels_keep_a_gap_from_their_values_at_60_columns(app: CustuiApp) -> None:
    """At 60 columns the weights dialog read "Current value40"."""
    import re

    from tests.tui.conftest import screen_lines

    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await pilot.press("W")
        await settle(pilot)
        line = next(line for line in screen_lines(app) if "Current" in line)
        assert re.search(r"\D\s+40\b", line) and not re.search(r"[^\s\d]40\b", line), line
