"""Weights, tier bounds and RFM rules, with the ranking re-ordering live as you type.

The screen only collects numbers: core.scoring validates them (weights must
add up to 100 %) and re-ranks; the caller saves the accepted config.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping

from rich.console import JustifyMethod
from rich.table import Table
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from custui.core.scoring import (
    DEFAULT_CONFIG,
    DIMENSION_LABELS,
    INPUTS,
    Band,
    ConfigError,
    MeasureRule,
    ScoreResult,
    ScoringConfig,
    TierBounds,
    rerank,
)
from custui.core.text import display_safe
from custui.tui.actions import bindings
from custui.tui.widgets.footer import KeyFooter

PREVIEW_ROWS = 15
TIER_FIELDS = ("strategic", "core", "potential")
#: R/F/M rule fields: (config attribute, label, what a band bound means)
MEASURE_FIELDS = (
    ("recency", "R  days since last order", "at most"),
    ("frequency", "F  orders in the window", "at least"),
    ("monetary", "M  amount in minor units", "at least"),
)
RULE_HELP = "quintile, or bands bound=score: R 30=5 90=3 · F 10=5 5=3 (others score 1)"


def parse_rule(text: str, label: str) -> MeasureRule:
    """'quintile' or 'bound=score bound=score …' (first matching band wins; others score 1)."""
    words = text.replace(",", " ").split()
    if not words or words == ["quintile"]:
        return MeasureRule()
    bands = []
    for word in words:
        bound, sep, score = word.partition("=")
        if not sep or not bound.strip().isdigit() or not score.strip().isdigit():
            raise ConfigError(f"{label}: write 'quintile' or bands like 30=5 90=3 (got '{word}').")
        bands.append(Band(int(bound), int(score)))
    return MeasureRule("thresholds", tuple(bands), 1)


def rule_text(rule: MeasureRule) -> str:
    if rule.method != "thresholds":
        return "quintile"
    return " ".join(f"{band.bound}={band.score}" for band in rule.bands)


def _fmt(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def weight_rows(config: ScoringConfig) -> list[tuple[str, list[tuple[str, float]]]]:
    """(dimension, [(input, weight %)]) rows of the editor: each dimension's inputs in the config,
    then the registered inputs that sit in that dimension by default and that the config does not
    use yet, at 0 % (an input added to the registry shows up here, ready to be given a weight)."""
    used = {i.key for d in config.dimensions for i in d.inputs}
    return [
        (
            d.key,
            [(i.key, i.weight) for i in d.inputs]
            + [(k, 0.0) for k, spec in INPUTS.items() if spec.dimension == d.key and k not in used],
        )
        for d in config.dimensions
    ]


def config_from_fields(base: ScoringConfig, values: Mapping[str, str]) -> ScoringConfig:
    """Build a validated config from the editor's fields; ConfigError in plain words."""

    def number(key: str, label: str) -> float:
        text = values[key].strip().rstrip("%").strip()
        try:
            return float(text)
        except ValueError:
            raise ConfigError(f"{label}: '{values[key]}' is not a number.") from None

    dimensions = {d.key: number(f"dim-{d.key}", DIMENSION_LABELS[d.key]) for d in base.dimensions}
    used = {i.key for d in base.dimensions for i in d.inputs}
    inputs = {
        dim: {
            key: weight
            for key, _ in rows
            # an input the config does not use yet joins it only once given a weight
            if (weight := number(f"in-{dim}-{key}", INPUTS[key].label)) or key in used
        }
        for dim, rows in weight_rows(base)
    }
    tiers = TierBounds(*(number(f"tier-{t}", f"{t.title()} tier bound") for t in TIER_FIELDS))
    rules = {
        key: parse_rule(values[f"rule-{key}"], label.split()[0]) for key, label, _ in MEASURE_FIELDS
    }
    config = dataclasses.replace(
        base.with_weights(dimensions, inputs),
        tiers=tiers,
        recency=rules["recency"],
        frequency=rules["frequency"],
        monetary=rules["monetary"],
    )
    return config.validate()


def field_values(config: ScoringConfig) -> dict[str, str]:
    """The editor's field texts for *config*."""
    values = {f"dim-{d.key}": _fmt(d.weight) for d in config.dimensions}
    values.update(
        {
            f"in-{dim}-{key}": _fmt(weight)
            for dim, rows in weight_rows(config)
            for key, weight in rows
        }
    )
    values.update({f"tier-{t}": _fmt(getattr(config.tiers, t)) for t in TIER_FIELDS})
    values.update({f"rule-{key}": rule_text(getattr(config, key)) for key, _, _ in MEASURE_FIELDS})
    return values


#: Narrower than this (cells), the preview leaves out tier and priority so the names can be read.
TIER_COLUMNS_FROM = 60


def preview_table(
    before: ScoreResult, after: ScoreResult, name_of: Callable[[int], str], width: int = 80
) -> Table:
    """Top customers under the edited weights, with how far each moved; the customer's name comes before
    tier and priority, which a narrow preview leaves out."""
    old_rank = {cid: rank for rank, cid in enumerate(before.frame.index, start=1)}
    wide = width >= TIER_COLUMNS_FROM
    table = Table(expand=True, show_edge=False, pad_edge=False)
    columns: tuple[tuple[str, JustifyMethod], ...] = (
        ("#", "right"),
        ("±", "right"),
        ("Customer", "left"),
        ("Score", "right"),
    )
    for title, justify in columns + ((("Tier", "left"), ("Pri", "left")) if wide else ()):
        table.add_column(
            title, justify=justify, no_wrap=True, ratio=1 if title == "Customer" else None
        )
    head = after.frame.head(PREVIEW_ROWS)
    for rank, (cid, row) in enumerate(head.iterrows(), start=1):
        moved = old_rank.get(cid, rank) - rank
        move = (
            Text(f"▲{moved}", style="green")
            if moved > 0
            else Text(f"▼{-moved}", style="red")
            if moved < 0
            else Text("·")
        )
        cells = [
            Text(str(rank)),
            move,
            Text(display_safe(name_of(int(cid)))),
            Text(f"{row['score']:.1f}"),
        ]
        if wide:
            cells += [Text(str(row["tier"])), Text(str(row["priority"]))]
        table.add_row(*cells)
    return table


class ScoringSettingsScreen(ModalScreen[ScoringConfig | None]):
    """Edit weights and tier bounds; dismisses with the accepted config, or None."""

    DEFAULT_CSS = """
    ScoringSettingsScreen { align: center middle; }
    ScoringSettingsScreen > Vertical {
        width: 96%; height: 94%; border: thick $primary; background: $panel;
    }
    ScoringSettingsScreen #fields { width: 1fr; padding: 0 1; }
    ScoringSettingsScreen #preview-box { width: 1fr; padding: 0 1; border-left: solid $primary; }
    ScoringSettingsScreen .heading { text-style: bold; color: $accent; margin-top: 1; }
    ScoringSettingsScreen .row { height: 1; }
    ScoringSettingsScreen .row.-dimension { margin-top: 1; }
    ScoringSettingsScreen .row.-dimension Label { text-style: bold; }
    ScoringSettingsScreen .row Label { width: 1fr; margin-right: 1; }
    ScoringSettingsScreen .row Input { width: 10; }
    ScoringSettingsScreen .row.-wide Input { width: 24; }
    ScoringSettingsScreen .hint { color: $text-muted; }
    ScoringSettingsScreen #verdict { height: auto; padding: 0 1; }
    ScoringSettingsScreen #verdict.-error { color: $text-error; text-style: bold; }
    ScoringSettingsScreen #verdict.-ok { color: $text-success; }
    """
    BINDINGS = bindings("scoring")

    def __init__(self, result: ScoreResult, name_of: Callable[[int], str]) -> None:
        super().__init__()
        self.config = result.config  # the settings edited
        #: the ranking the preview re-ranks, and the customers' names: dropped when the screen closes
        self._ranking: tuple[ScoreResult, Callable[[int], str]] | None = (result, name_of)
        self.candidate: ScoringConfig | None = result.config

    def on_unmount(self) -> None:
        """Closed (a lock closes it too): the ranking and the names go now, not whenever Textual lets
        the screen itself go (its preview worker may hold it a while)."""
        self._ranking = None

    def compose(self) -> ComposeResult:
        values = field_values(self.config)
        with Vertical():
            yield Static(
                "Scoring weights 评分权重 — each level adds up to 100 %", classes="heading"
            )
            with Horizontal():
                with VerticalScroll(id="fields"):
                    for dim, rows in weight_rows(self.config):
                        yield from self._row(
                            f"dim-{dim}", DIMENSION_LABELS[dim], values, classes="-dimension"
                        )
                        for key, _ in rows:
                            yield from self._row(
                                f"in-{dim}-{key}", f"  {INPUTS[key].label}", values
                            )
                    yield Static("Tier bounds 分级下限 (score ≥)", classes="heading")
                    for tier in TIER_FIELDS:
                        yield from self._row(f"tier-{tier}", f"  {tier.title()}", values)
                    yield Static("RFM scores 1–5 · RFM 评分规则", classes="heading")
                    yield Static(RULE_HELP, classes="hint", markup=False)
                    for key, label, _ in MEASURE_FIELDS:
                        yield from self._row(f"rule-{key}", f"  {label}", values, wide=True)
                with VerticalScroll(id="preview-box"):
                    yield Static("", id="verdict", markup=False)
                    yield Static("", id="ranking-preview")
            yield KeyFooter()

    @staticmethod
    def _row(
        field_id: str,
        label: str,
        values: Mapping[str, str],
        classes: str = "",
        *,
        wide: bool = False,
    ) -> ComposeResult:
        with Horizontal(classes=f"row {classes} {'-wide' if wide else ''}".strip()):
            yield Label(label, markup=False)
            restrict = r"[a-z0-9=, ]*" if wide else r"[0-9.%]*"
            yield Input(values[field_id], id=field_id, compact=True, restrict=restrict)

    def on_mount(self) -> None:
        self.set_focus(self.query(Input).first())
        self._refresh_preview()

    def _values(self) -> dict[str, str]:
        return {field.id: field.value for field in self.query(Input) if field.id}

    @on(Input.Changed)
    def _changed(self) -> None:
        self._refresh_preview()

    def _refresh_preview(self) -> None:
        verdict = self.query_one("#verdict", Static)
        try:
            self.candidate = config_from_fields(self.config, self._values())
        except ConfigError as error:
            self.candidate = None
            verdict.update(f"Not saved: {error}")
            verdict.set_classes("-error")
            return
        verdict.update("Weights add up. The ranking below follows them; ctrl+s keeps them.")
        verdict.set_classes("-ok")
        self._rerank(self.candidate, self._preview_width())

    def on_resize(self) -> None:
        if self.candidate is not None:
            self._rerank(self.candidate, self._preview_width())

    def _preview_width(self) -> int:
        return self.query_one("#preview-box").scrollable_content_region.width

    @work(thread=True, exclusive=True, group="scoring-preview")
    def _rerank(self, config: ScoringConfig, width: int) -> None:
        if self._ranking is None:  # closed
            return
        result, name_of = self._ranking
        try:
            after = rerank(result, config)
        except ValueError:  # a kept ranking (no source frames) and more than weights changed
            message = (
                "This change scores the book again when saved (ctrl+s); no preview until then."
            )
            self.app.call_from_thread(self.query_one("#ranking-preview", Static).update, message)
            return
        table = preview_table(result, after, name_of, width)
        self.app.call_from_thread(self.query_one("#ranking-preview", Static).update, table)

    def action_settings_save(self) -> None:
        if self.candidate is None:
            self.notify("Fix the weights first: each level must add up to 100 %.", severity="error")
            return
        self.dismiss(self.candidate)

    def action_settings_reset(self) -> None:
        defaults = field_values(DEFAULT_CONFIG)
        for field in self.query(Input):
            field.value = defaults.get(field.id or "", "0")

    def action_settings_cancel(self) -> None:
        self.dismiss(None)
