"""One duplicate group side by side: pick the surviving value of each field, merge.

Rows are the customer fields, columns the group's customers; the "Keeps"
column is what the merged customer will hold.  ``←``/``→`` step the value of
the field under the cursor through the customers' distinct values
(core.merge.step); the cell it comes from is marked.  Fields whose values
differ are flagged.  Tags are always the union; every interaction and order
moves to the survivor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import DataTable, Static

from custui.core.merge import MERGE_FIELDS, default_plan, differences, is_empty, step
from custui.core.model import FIELDS_BY_NAME
from custui.core.text import counted, display_safe
from custui.tui.actions import bindings
from custui.tui.widgets.footer import KeyFooter

if TYPE_CHECKING:
    from custui.core.merge import MergePlan
    from custui.store.db import Store
    from custui.store.dupes import DuplicateGroup

#: Widest a value cell gets (notes are cut; the full text is in the preview line).
VALUE_WIDTH = 30
#: Narrowest a value cell gets on a small terminal, and the field names' width there.
MIN_VALUE_WIDTH, NARROW_FIELD_WIDTH = 10, 16


def column_widths(screen_width: int, customers: int) -> tuple[int, int]:
    """(field name cells, value cells) so that "Keeps" and every customer's column fit *screen_width*
    (each DataTable column adds 2 cells of padding; 2 more for the scroll bar)."""
    values = (customers + 1) * (VALUE_WIDTH + 2)
    field = max(NARROW_FIELD_WIDTH, min(30, screen_width - 4 - values))
    room = screen_width - 2 - (field + 2)
    return field, max(MIN_VALUE_WIDTH, min(VALUE_WIDTH, room // (customers + 1) - 2))


CHOSEN = "▶ "


def _shown(value: Any) -> str:
    return "" if is_empty(value) else display_safe(str(value)).replace("\n", " ⏎ ")


def _cut(text: str, width: int = VALUE_WIDTH) -> str:
    from custui.core.text import fit_cells

    return fit_cells(text, width).rstrip()


class MergeReviewScreen(Screen["tuple[str, int | None] | None"]):
    """Dismisses with ("merged", merge id), ("dismissed", None) or None (back, nothing done)."""

    #: The start of this screen's heading in help.md: `?` shows that section first.
    HELP_SECTION = "Merge review"
    BINDING_GROUP_TITLE = "Merge review"
    BINDINGS = bindings("merge")

    def __init__(self, store: Store, group: DuplicateGroup) -> None:
        super().__init__()
        from custui.store.dupes import group_customers

        self.store = store
        self.group = group
        self.customers = group_customers(store, group.ids)
        self.plan: MergePlan = default_plan(self.customers)
        self.differing = set(differences(self.customers))
        self.fields = [
            f for f in MERGE_FIELDS if any(not is_empty(c.get(f)) for c in self.customers)
        ]

    def compose(self) -> ComposeResult:
        n = len(self.customers)
        title = f"Merge {n} customers · {self.group.score:.0f} % likely one: " + " · ".join(
            self.group.reasons
        )
        yield Static(display_safe(title), id="merge-title", markup=False)
        yield DataTable(id="compare", cursor_type="row", zebra_stripes=True)
        yield Static("", id="merge-detail", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        self.field_width, self.value_width = column_widths(self.app.size.width, len(self.customers))
        table = self.query_one("#compare", DataTable)
        table.add_column("Field", key="field")
        table.add_column("Keeps", key="keeps")
        for customer in self.customers:
            survivor = customer["id"] == self.plan.survivor_id
            role = (
                ("survivor" if survivor else "merged")
                if self.value_width >= 17
                else ("keeps" if survivor else "")
            )
            header = (
                f"{display_safe(customer['code'])} ({role})"
                if role
                else display_safe(customer["code"])
            )
            table.add_column(Text(header), key=str(customer["id"]))
        for name in self.fields:
            table.add_row(*self._cells(name), key=name)
        table.add_row(*self._tag_cells(), key="tags")
        table.add_row(*self._people_cells(), key="people")
        table.add_row(*self._history_cells(), key="history")
        table.focus()
        self._show_detail()

    # -- cells ------------------------------------------------------------------

    def _label(self, name: str) -> Text:
        label = FIELDS_BY_NAME[name].label
        if name in self.differing:
            return Text(_cut(f"≠ {label}", self.field_width), style="bold")
        return Text(_cut(label, self.field_width))

    def _cells(self, name: str) -> list[Text]:
        source = self.plan.sources.get(name)
        cells = [
            self._label(name),
            Text(_cut(_shown(self.plan.values.get(name)), self.value_width), style="bold"),
        ]
        for customer in self.customers:
            text = _cut(_shown(customer.get(name)), self.value_width - len(CHOSEN))
            if customer["id"] == source and name in self.differing:
                cells.append(Text(CHOSEN + text, style="bold reverse"))
            else:
                cells.append(Text(text, style="" if name in self.differing else "dim"))
        return cells

    def _summary_row(self, label: str, per_customer: list[str], merged: str) -> list[Text]:
        """A row that is not a choice: what the merged customer gets, and each customer's part."""
        width = self.value_width
        return ([Text(_cut(label, self.field_width)), Text(_cut(merged, width), style="bold")]
                + [Text(_cut(part, width)) for part in per_customer])  # fmt: skip

    def _tag_cells(self) -> list[Text]:
        names = [[t["name"] for t in c.get("tags", [])] for c in self.customers]
        union = list(dict.fromkeys(n for ns in names for n in ns))
        shown = [" ".join(f"#{display_safe(n)}" for n in ns) for ns in [*names, union]]
        return self._summary_row("Tags (all kept)", shown[:-1], shown[-1])

    def _people_cells(self) -> list[Text]:
        """Each customer's people, and the merged list: everyone, one person entered twice once."""
        from custui.core.contacts import same_people

        survivor_first = sorted(self.customers, key=lambda c: c["id"] != self.plan.survivor_id)
        everyone = [p for c in survivor_first for p in c.get("people", [])]
        merged = [everyone[g[0]]["name"] for g in same_people(everyone)]
        shown = [
            ", ".join(display_safe(p["name"]) for p in c.get("people", [])) for c in self.customers
        ]
        return self._summary_row(
            "People (one each)", shown, ", ".join(display_safe(n) for n in merged)
        )

    def _history_cells(self) -> list[Text]:
        parts = [(c["n_interactions"], c["n_orders"]) for c in self.customers]
        total = (sum(i for i, _ in parts), sum(o for _, o in parts))
        shown = [f"{counted(i, 'interaction')}, {counted(o, 'order')}" for i, o in [*parts, total]]
        return self._summary_row("History (all moves)", shown[:-1], shown[-1])

    def _refresh_row(self, name: str) -> None:
        table = self.query_one("#compare", DataTable)
        keys = ["field", "keeps", *(str(c["id"]) for c in self.customers)]
        for key, cell in zip(keys, self._cells(name)):
            table.update_cell(name, key, cell)
        self._show_detail()

    def _current_field(self) -> str | None:
        table = self.query_one("#compare", DataTable)
        if table.row_count == 0:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return key if key in self.fields else None

    def _show_detail(self) -> None:
        name = self._current_field()
        detail = self.query_one("#merge-detail", Static)
        if name is None:
            detail.update(
                "Tags and people of every customer are kept (one person entered twice becomes one); "
                "every interaction and order moves to the survivor."
            )
            return
        value = _shown(self.plan.values.get(name)) or "(empty)"
        code = next(
            (c["code"] for c in self.customers if c["id"] == self.plan.sources.get(name)), ""
        )
        hint = "  ←/→ picks another customer's value" if name in self.differing else ""
        detail.update(
            f"{FIELDS_BY_NAME[name].label}: {value[:400]}  — from {display_safe(code)}{hint}"
        )

    def on_data_table_row_highlighted(self) -> None:
        self._show_detail()

    # -- actions ----------------------------------------------------------------

    def action_pick(self, direction: int) -> None:
        name = self._current_field()
        if name is None or name not in self.differing:
            return
        self.plan = step(self.plan, name, self.customers, direction)
        self._refresh_row(name)

    def action_merge(self) -> None:
        """Asks first ("Merge 2 customers into C00277 …?"): one key, y, and u undoes it after."""
        from custui.tui.screens.confirm import ConfirmScreen

        if not self.app.check_writable():  # type: ignore[attr-defined]
            return
        survivor = next(c for c in self.customers if c["id"] == self.plan.survivor_id)
        history = (
            sum(c["n_interactions"] for c in self.customers),
            sum(c["n_orders"] for c in self.customers),
        )
        question = (f"Merge {len(self.customers)} customers into {survivor['code']} {self.plan.values.get('name') or ''}? "
                    f"{counted(history[0], 'interaction')} and {counted(history[1], 'order')} move to it; "
                    "u undoes the merge.")  # fmt: skip
        self.app.push_screen(ConfirmScreen(display_safe(question), yes="Merge", no="Keep reviewing"),
                             lambda yes: self._merge() if yes else None)  # fmt: skip

    def _merge(self) -> None:
        from custui.store.db import StoreError
        from custui.store.merge import merge

        try:
            merge_id = merge(self.store, self.plan)
        except StoreError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        self.dismiss(("merged", merge_id))

    def action_dismiss_group(self) -> None:
        from custui.store.merge import mark_group_not_duplicates

        if not self.app.check_writable():  # type: ignore[attr-defined]
            return
        mark_group_not_duplicates(self.store, self.group.ids)
        self.dismiss(("dismissed", None))

    def action_back(self) -> None:
        self.dismiss(None)
