"""`b`: the one-screen brief before a visit — who, score and why, last contacts,
open next actions, orders this year against last year, tags."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from custui.core.addresses import one_line
from custui.core.text import display_safe
from custui.tui.actions import bindings
from custui.tui.screens.customer_detail import CHANNELS, SENTIMENTS, money
from custui.tui.screens.people import person_text
from custui.tui.widgets.footer import KeyFooter

if TYPE_CHECKING:
    from custui.core.scoring import Explanation
    from custui.store.briefing import Brief, OrderTotals
    from custui.store.timeline import Entry

#: How many of the score's inputs the brief names (the biggest contributions).
TOP_INPUTS = 3


def _totals(totals: OrderTotals) -> str:
    if not totals.count:
        return "no orders"
    missing = ", ".join(f"{n} in {c}" for c, n in sorted(totals.unconverted.items()))
    left_out = f" (not counted, no rate: {missing})" if missing else ""
    return f"{totals.count} order{'s' if totals.count != 1 else ''} · {money(totals.base_minor, totals.currency)}{left_out}"


#: How many colleagues of the primary contact the brief names.
OTHERS = 5


def _people(people: list[dict[str, Any]], line: Callable[[str], None]) -> None:
    """The primary contact in full (name, title, phone, e-mail, IM), then the others still there by name."""
    primary = next((p for p in people if p["is_primary"]), None)
    line(person_text(primary).plain if primary is not None else "no contact on file")
    others = [f"{p['name']} ({p['title']})" if p["title"] else p["name"]
              for p in people if not p["left_at"] and p is not primary]  # fmt: skip
    if others:
        more = f" +{len(others) - OTHERS}" if len(others) > OTHERS else ""
        line(f"  also: {', '.join(others[:OTHERS])}{more}")


def _with(entry: Entry) -> str:
    return (
        f"{entry.summary or ''} (with {entry.contact_name})"
        if entry.contact_name
        else entry.summary or ""
    )


def brief_text(brief: Brief, explanation: Explanation | None) -> Text:
    """The brief as one Rich Text (every value made display-safe)."""
    c = brief.customer
    out = Text()

    def heading(title: str) -> None:
        out.append(f"\n{title}\n", style="bold underline")

    def line(text: str, style: str = "") -> None:
        out.append(display_safe(text) + "\n", style=style)

    out.append(display_safe(f"{c['code']} · {c['name']}") + "\n", style="bold")
    _people(brief.people, line)
    if c.get("phone") or c.get("email"):
        line(" · ".join(str(v) for v in (c.get("phone"), c.get("email")) if v))
    line(" · ".join(str(v) for v in (c.get("industry"), one_line(c)) if v))
    if explanation is not None:
        heading("Score")
        line(f"{explanation.score:.1f} · {explanation.tier} · priority {explanation.priority} · "
             f"{explanation.segment_label} · RFM {explanation.rfm_cell}")  # fmt: skip
        inputs = sorted(
            (i for d in explanation.dimensions for i in d.inputs), key=lambda i: -i.points
        )
        for item in inputs[:TOP_INPUTS]:
            line(f"  + {item.points:.1f}  {item.label}: {item.raw}")
        if explanation.churn:
            line(f"  churn risk: {explanation.churn_reason}", "bold")
    heading("Last contacts")
    for entry in brief.last_interactions:
        mood = SENTIMENTS.get(entry.sentiment or "", "")
        line(f"  {entry.at[:10]}  {CHANNELS.get(entry.channel or '', entry.channel or '')}  {_with(entry)}"
             f"{'  ' + mood if mood else ''}{'  — ' + entry.owner if entry.owner else ''}")  # fmt: skip
    if not brief.last_interactions:
        line("  none yet")
    heading("Open next actions")
    for entry in brief.open_actions:
        line(f"  due {(entry.next_action_due or '')[:10]}  {entry.next_action or ''}")
    if not brief.open_actions:
        line("  none")
    heading("Orders")
    line(f"  this year: {_totals(brief.this_year)}")
    line(
        f"  last year, same period: {_totals(brief.last_year_to_date)} · whole year: {_totals(brief.last_year)}"
    )
    tags = " ".join(f"#{t['name']}" for t in c.get("tags", []))
    if tags:
        heading("Tags")
        line(f"  {tags}")
    notes = (c.get("notes") or "").strip()
    if notes:
        heading("Notes")
        line("  " + notes[:400])
    return out


class BriefingScreen(ModalScreen[None]):
    """The brief in a modal; esc / b closes it."""

    DEFAULT_CSS = """
    BriefingScreen { align: center middle; }
    BriefingScreen > VerticalScroll {
        width: 95%; max-width: 110; height: auto; max-height: 95%;
        border: thick $primary; background: $panel; padding: 0 1;
    }
    """
    BINDINGS = bindings("briefing")

    def __init__(self, brief: Brief, explanation: Explanation | None) -> None:
        super().__init__()
        self.brief = brief
        self.explanation = explanation

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(brief_text(self.brief, self.explanation), id="brief")
        yield KeyFooter()

    def action_close(self) -> None:
        self.dismiss(None)
