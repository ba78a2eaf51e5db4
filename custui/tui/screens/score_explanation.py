"""Why a customer has the score it has: RFM, dimensions, inputs, points that add up."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from custui.core.scoring import Explanation
from custui.core.text import display_safe
from custui.tui.actions import bindings
from custui.tui.widgets.footer import KeyFooter


def _num(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


#: Narrower than this (cells inside the dialog), each input's words go on a line of their own under its name.
WORDS_COLUMN_FROM = 96


def explanation_table(explanation: Explanation, width: int = 120) -> Table:
    """Dimension → input → value → points; the last row is the total shown in the list.  Below
    :data:`WORDS_COLUMN_FROM` cells the input in words sits under the input's name, not in a column of
    its own (at 80 columns that column was 6 cells wide: "last / order / 18 / days")."""
    wide = width >= WORDS_COLUMN_FROM
    table = Table(expand=True, show_edge=False, pad_edge=False)
    table.add_column("Part" if wide else "Part · input in words", ratio=None if wide else 1)
    table.add_column("Weight", justify="right")
    if wide:
        table.add_column("Input in words", ratio=1)
    table.add_column("Value /100", justify="right")
    table.add_column("Points", justify="right")

    def row(part: Text, weight: str, words: Text, value: str, points: Text) -> None:
        if wide:
            table.add_row(part, Text(weight), words, Text(value), points)
        else:
            cell = part if not words.plain else Text.assemble(part, "\n    ", words)
            table.add_row(cell, Text(weight), Text(value), points)

    for dimension in explanation.dimensions:
        row(
            Text(dimension.label, style="bold"),
            f"{_num(dimension.weight)} %",
            Text(""),
            "",
            Text(f"{dimension.points:.1f}", style="bold"),
        )
        for item in dimension.inputs:
            words = Text(item.raw, style="" if item.rated else "italic")
            row(
                Text(f"  {item.label}"),
                f"{_num(item.share)} %",
                words,
                _num(round(item.value, 1)),
                Text(f"{item.points:.1f}"),
            )
    table.add_section()
    row(
        Text("Total", style="bold"),
        "100 %",
        Text(""),
        "",
        Text(f"{explanation.total:.1f}", style="bold"),
    )
    return table


def summary_text(explanation: Explanation, name: str) -> Text:
    text = Text()
    text.append(display_safe(name), style="bold")
    text.append(
        f"\nScore {explanation.score:.1f} · {explanation.tier} · priority {explanation.priority}"
        f" · {explanation.segment_label} ({explanation.group_label}) · RFM {explanation.rfm_cell}\n"
    )
    for measure in explanation.rfm:
        text.append(f"  {measure.text}\n")
    if explanation.churn:
        text.append(f"Churn risk: {explanation.churn_reason}\n", style="bold")
    return text


class ScoreExplanationScreen(ModalScreen[None]):
    """`w` on the list: the breakdown behind the highlighted customer's score."""

    DEFAULT_CSS = """
    ScoreExplanationScreen { align: center middle; }
    ScoreExplanationScreen > VerticalScroll {
        width: 95%; max-width: 120; height: 90%;
        border: thick $primary; background: $panel; padding: 0 1;
    }
    ScoreExplanationScreen #summary { margin-bottom: 1; }
    """
    BINDINGS = bindings("explanation")

    def __init__(self, explanation: Explanation, name: str) -> None:
        super().__init__()
        self.explanation = explanation
        self.customer_name = name

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(summary_text(self.explanation, self.customer_name), id="summary")
            yield Static(id="breakdown")
        yield KeyFooter()

    def on_resize(self) -> None:
        inside = self.query_one(VerticalScroll).scrollable_content_region.width
        self.query_one("#breakdown", Static).update(explanation_table(self.explanation, inside))

    def action_close(self) -> None:
        self.dismiss(None)
