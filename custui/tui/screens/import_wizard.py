"""The import wizard (`I`, palette "Import…"): file → columns → check → decide → import.

1. File: its path (→ completes names in the folder), the sheet of a workbook,
   and what the rows are (c customers, i interactions, o orders).
2. Columns: the first rows as read, each column headed by the field it will
   fill; ←/→ pick a column, `f` reads it as another field (or none), `k`
   changes the kind.  A customer file says whether it reads one row per
   customer or one row per person (the rows of one company becoming one
   customer with all its people), and `p` switches.  A file that reads two ways (Windows-1252 or GB18030…)
   says so, and `e` shows it in the other reading; the check and the import
   use the one shown.  Nothing is written yet.
3. Check (a worker, esc cancels): every row is validated as the forms would,
   and customer rows are looked up in the book with the duplicate core.
4. Decide: rows that probably are customers already — `m` merge into it,
   `s` skip, `a` add (capitals: every row) — and the rejected rows, which stay
   out (fix the file and `r` re-reads it).  `enter` imports.
5. Import (a worker with a progress bar, esc cancels: nothing is written),
   then the report.  The import lands whole, after a backup, and can be
   reverted as a whole (`custui revert-import N`).
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.suggester import Suggester
from textual.widgets import ContentSwitcher, DataTable, Input, ProgressBar, Static

from custui.core import columns
from custui.core.text import counted, display_safe, fit_cells
from custui.tui.actions import bindings
from custui.tui.screens.base import AppScreen
from custui.tui.widgets.footer import KeyFooter
from custui.tui.widgets.key_choice import KeyChoice

if TYPE_CHECKING:
    from custui.core.people_rows import Reading
    from custui.store.import_existing import Existing
    from custui.store.importer import ImportReport, Rejection
    from custui.store.readers import Table

PREVIEW_ROWS = 8
PREVIEW_WIDTH = 16  # cells of a preview column: six fit 120 columns
SHOWN_REJECTIONS = 12
KIND_KEYS = {"c": "customers", "i": "interactions", "o": "orders"}
ACTION_LABELS = {"add": "Add as new", "skip": "Skip", "merge": "Merge into it"}
#: The working step's label as the check moves on (store.import_apart's steps).
STEP_LABELS = {"existing": "Looking for customers already in the book…"}


def _rows(count: int) -> str:
    return counted(count, "row")


def _problem_lines(title: str, problems: Sequence[Rejection], more_hint: str) -> list[str]:
    """A title and "Row n · field: reason" lines, the first SHOWN_REJECTIONS of them; [] when none."""
    if not problems:
        return []
    lines = [
        title,
        *(
            f"Row {r.row} · {r.field}: {display_safe(r.reason)}"
            for r in problems[:SHOWN_REJECTIONS]
        ),
    ]
    if len(problems) > SHOWN_REJECTIONS:
        lines.append(f"… and {len(problems) - SHOWN_REJECTIONS:,} more {more_hint}".rstrip())
    return lines


def _read(path: Path, sheet: str | None, encoding: str | None) -> tuple[Table, list[str]]:
    """The table in *encoding* (else detected), and no readings; a file that reads two ways in the
    likelier one, and both readings."""
    from custui.store.readers import AmbiguousEncoding, read_table

    try:
        return read_table(path, sheet=sheet, encoding=encoding), []
    except AmbiguousEncoding as exc:
        return read_table(path, sheet=sheet, encoding=exc.candidates[0]), exc.candidates


class PathSuggester(Suggester):
    """Completes a path with the first importable file or folder that starts like it."""

    def __init__(self) -> None:
        super().__init__(use_cache=False, case_sensitive=True)

    async def get_suggestion(self, value: str) -> str | None:
        from custui.store.formats import extensions

        importable = extensions()
        folder, _, start = value.rpartition(os.sep)
        base = Path(os.path.expanduser(folder or "."))
        try:
            names = sorted(
                entry.name + (os.sep if entry.is_dir() else "") for entry in os.scandir(base)
            )
        except OSError:
            return None
        for name in names:
            if (
                name.startswith(start)
                and not name.startswith(".")
                and (name.endswith(os.sep) or name.lower().endswith(importable))
            ):
                return f"{folder}{os.sep if folder else ''}{name}"
        return None


@dataclass
class WizardState:
    """What the rep has chosen so far."""

    path: Path | None = None
    sheet: str | None = None
    kind: str = "customers"
    table: Table | None = None
    encoding: str | None = (
        None  # the reading chosen for a file that reads two ways (a Python codec)
    )
    readings: list[str] = field(default_factory=list)  # the two readings of such a file, else empty
    overrides: dict[int, str | None] = field(
        default_factory=dict
    )  # column -> field (None: not read)
    rows: str | None = (
        None  # the rep's reading of a customer file (core.people_rows.ROWS); None: the file's own
    )
    checked: ImportReport | None = None  # the dry run's report
    existing: list[Existing] = field(
        default_factory=list
    )  # rows that probably are customers already
    decisions: dict[int, str] = field(default_factory=dict)  # row -> add | skip | merge

    @property
    def file_path(self) -> Path:
        """The file to import (chosen in step 1)."""
        assert self.path is not None, "no file chosen yet"
        return self.path

    @property
    def read_table(self) -> Table:
        """The file as read (from step 2 on)."""
        assert self.table is not None, "the file is not read yet"
        return self.table

    @property
    def check_report(self) -> ImportReport:
        """The dry run's report (from step 3's review on)."""
        assert self.checked is not None, "the rows are not checked yet"
        return self.checked


class ImportWizardScreen(AppScreen[bool]):
    """Dismisses with True when something was imported."""

    HELP_SECTION = "Import ("

    BINDING_GROUP_TITLE = "Import"
    DEFAULT_CSS = """
    ImportWizardScreen #steps { height: 1fr; padding: 0 1; }
    ImportWizardScreen .label { margin-top: 1; color: $text-muted; }
    ImportWizardScreen .hint { color: $text-muted; height: auto; }
    ImportWizardScreen .problem { color: $error; height: auto; }
    ImportWizardScreen #reading { color: $warning; height: auto; margin-bottom: 1; }
    ImportWizardScreen Input { width: 1fr; max-width: 100; }
    ImportWizardScreen #wiz-preview { height: 12; }
    ImportWizardScreen #existing { height: auto; max-height: 1fr; }
    ImportWizardScreen #source-info, ImportWizardScreen #review-summary { height: auto; margin-bottom: 1; }
    ImportWizardScreen #progress { margin: 1 0; }
    ImportWizardScreen #report { height: auto; }
    """
    BINDINGS = bindings("import")
    #: which actions each step offers (the footer and palette show only those)
    STEP_ACTIONS = {
        "file": {"back", "next"},
        "preview": {
            "back",
            "next",
            "map_column",
            "change_kind",
            "reread",
            "switch_reading",
            "switch_rows",
        },
        "working": {"back"},
        "review": {"back", "next", "decide", "decide_all", "reread"},
        "done": {"back", "next"},
    }

    def __init__(self, start_path: str = "") -> None:
        super().__init__()
        self.state = WizardState()
        self.step = "file"
        self.start_path = start_path
        self.cancel = threading.Event()
        self.imported = False
        self._counts = (0, 1)  # rows done, rows in all: written by the workers, shown by a timer
        self._step_shown = ""  # the step whose label the working screen shows

    def on_mount(self) -> None:
        self.set_interval(0.2, self._show_progress)

    # -- layout -----------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield self.title_bar("Import", "1 File · 2 Columns · 3 Check · 4 Import")
        with ContentSwitcher(initial="step-file", id="steps"):
            with Vertical(id="step-file"):
                yield Static("File to import (CSV, XLSX or vCard) — → completes:", classes="label")
                yield Input(
                    self.start_path,
                    placeholder="~/Downloads/customers.xlsx",
                    id="path",
                    suggester=PathSuggester(),
                )
                yield Static("Sheet of a workbook (blank: the first):", classes="label")
                yield Input(placeholder="Sheet1", id="sheet")
                yield Static("The rows are:", classes="label")
                yield KeyChoice(KIND_KEYS, value="customers", id="kind")
                yield Static("", id="file-problem", classes="problem")
                yield Static("enter: read the file · esc: close", classes="hint")
            with Vertical(id="step-preview"):
                yield Static("", id="source-info", markup=False)
                yield Static("", id="reading", markup=False)
                yield Static("", id="rows-reading", markup=False)
                yield DataTable(
                    id="wiz-preview", cursor_type="column", zebra_stripes=True, header_height=2
                )
                yield Static("", id="mapping-problem", classes="problem")
                yield Static("←/→ column · f read it as another field · k kind · p rows per customer/person · enter check "
                             "every row · r re-read · esc back", classes="hint")  # fmt: skip
            with Vertical(id="step-working"):
                yield Static("", id="working-label", markup=False)
                yield ProgressBar(total=1, show_eta=False, id="progress")
                yield Static("esc cancels: nothing is written", classes="hint")
            with Vertical(id="step-review"):
                yield Static("", id="review-summary", markup=False)
                yield DataTable(id="existing", cursor_type="row", zebra_stripes=True)
                yield Static("", id="rejections", markup=False)
                yield Static(
                    "m merge into it · s skip · a add (M S A: every row) · enter import · r re-read · esc back",
                    classes="hint",
                )
            with Vertical(id="step-done"):
                yield Static("", id="report", markup=False)
                yield Static("enter or esc: back to the list", classes="hint")
        yield KeyFooter()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in {"back", "next", "map_column", "change_kind", "reread", "switch_reading", "switch_rows", "decide",
                      "decide_all"}:  # fmt: skip
            if action not in self.STEP_ACTIONS[self.step]:
                return False
            if (
                action.startswith("decide") or action == "switch_rows"
            ) and self.state.kind != "customers":
                return False
            if action == "switch_reading" and not self.state.readings:
                return False
        return True

    def _go(self, step: str) -> None:
        self.step = step
        self.query_one("#steps", ContentSwitcher).current = f"step-{step}"
        number, name = {"file": (1, "File"), "preview": (2, "Columns"), "working": (3, "Check"),
                        "review": (3, "Check"), "done": (4, "Import")}[step]  # fmt: skip
        self.query_one("#count", Static).update(f"step {number} of 4 · {name}")
        focus = {"file": "#path", "preview": "#wiz-preview", "review": "#existing"}.get(step)
        if focus:
            self.query_one(focus).focus()
        self.refresh_bindings()

    # -- step 1: the file ------------------------------------------------------------

    def _read_file(self) -> None:
        raw = self.query_one("#path", Input).value.strip().strip("'\"")
        problem = self.query_one("#file-problem", Static)
        if not raw:
            problem.update("Type the path of the file to import.")
            return
        self.state.path = Path(os.path.expanduser(raw))
        self.state.sheet = self.query_one("#sheet", Input).value.strip() or None
        self.state.kind = self.query_one("#kind", KeyChoice).value or "customers"
        self.state.overrides, self.state.rows = {}, None
        self.state.encoding, self.state.readings = None, []
        problem.update("Reading…")
        self._load_table()

    @work(thread=True, exclusive=True, group="import-read")
    def _load_table(self) -> None:
        from custui.store.db import StoreError

        try:
            table, readings = _read(self.state.file_path, self.state.sheet, self.state.encoding)
        except (StoreError, OSError) as exc:
            message = (
                str(exc)
                if isinstance(exc, StoreError)
                else f"Cannot open {self.state.path}: {exc.strerror or exc}."
            )
            self.app.call_from_thread(self.query_one("#file-problem", Static).update, message)
            return
        self.app.call_from_thread(self._show_preview, table, readings)

    def _show_preview(self, table: Table, readings: list[str]) -> None:
        if readings:
            self.state.readings, self.state.encoding = readings, readings[0]
        self.state.table = table
        # another reading (or a fixed file) may have fewer columns: forget choices for ones that are gone
        self.state.overrides = {
            i: f for i, f in self.state.overrides.items() if i < len(table.headers)
        }
        self.query_one("#file-problem", Static).update("")
        self._go("preview")
        self._fill_preview()

    # -- step 2: columns -------------------------------------------------------------

    def _mapping(self) -> columns.ColumnMap:
        return columns.map_headers(
            self.state.read_table.headers, self.state.kind, dict(self.state.overrides)
        )

    def _reading(self) -> Reading | None:
        """How the rows read (store.importer.reading_for, as the command line asks): the rep's choice, else
        the file's own; None for interactions and orders."""
        from custui.store.importer import reading_for

        state = self.state
        return reading_for(state.read_table, state.kind, state.overrides, chosen=state.rows)

    def _fill_preview(self) -> None:
        table = self.state.read_table
        mapping = self._mapping()
        preview = self.query_one("#wiz-preview", DataTable)
        cursor = preview.cursor_column
        preview.clear(columns=True)
        for index, header in enumerate(table.headers):
            target = mapping.fields.get(index)
            label = Text(
                fit_cells(display_safe(header) or f"column {index + 1}", PREVIEW_WIDTH) + "\n"
            )
            label.append(
                f"→ {columns.label(target)}" if target else "→ (not read)",
                style="bold" if target else "dim",
            )
            preview.add_column(label, key=str(index))
        for row in table.rows[:PREVIEW_ROWS]:
            preview.add_row(
                *(
                    fit_cells(display_safe("" if cell is None else cell), PREVIEW_WIDTH)
                    for cell in row
                )
            )
        preview.move_cursor(column=min(cursor, max(len(table.headers) - 1, 0)))
        rows = len(table.rows) + len(table.unreadable)
        self.query_one("#source-info", Static).update(
            f"{self.state.file_path.name} · {table.source} · {_rows(rows)} · as {self.state.kind}"
            + (f" · first {PREVIEW_ROWS} shown" if rows > PREVIEW_ROWS else "")
        )
        self._show_readings()
        self._show_rows_reading()
        problem = ""
        if mapping.missing:
            problem = (
                "No column is read as: "
                + ", ".join(columns.label(f) for f in mapping.missing)
                + " — press f on the column that holds it."
            )
        self.query_one("#mapping-problem", Static).update(problem)

    def _show_readings(self) -> None:
        from custui.store.readers import encoding_label

        readings = [encoding_label(codec) for codec in self.state.readings]
        line = self.query_one("#reading", Static)
        line.update(
            f"This file reads two ways: {' or '.join(readings)} — press e to switch"
            if readings
            else ""
        )
        line.display = bool(readings)

    def _show_rows_reading(self) -> None:
        from custui.core.people_rows import ROW_WORDS

        reading = self._reading()
        line = self.query_one("#rows-reading", Static)
        line.display = reading is not None
        if reading is not None:
            other = next(r for r in ROW_WORDS if r != reading.rows)
            line.update(
                f"Read as {ROW_WORDS[reading.rows]} ({reading.why}) — p: {ROW_WORDS[other]}"
            )

    def action_switch_rows(self) -> None:
        """One row per customer ↔ one row per person: the check and the import read the file so."""
        reading = self._reading()
        if reading is not None:
            self.state.rows = "customers" if reading.rows == "people" else "people"
            self._show_rows_reading()

    def action_switch_reading(self) -> None:
        """Read the file in its other encoding: the preview shows it, the check and the import use it."""
        readings, current = self.state.readings, self.state.encoding
        assert current is not None  # chosen with the readings
        self.state.encoding = readings[(readings.index(current) + 1) % len(readings)]
        self._load_table()

    def action_map_column(self) -> None:
        from custui.tui.screens.choice import ChoiceScreen

        if self.step != "preview":
            self._go("preview")
            self._fill_preview()
            return
        index = self.query_one("#wiz-preview", DataTable).cursor_column
        fields = list(columns.HEADERS[self.state.kind])
        keys = "abcdeghijklmnopqrstuvwxyz123456789"  # no f: it opened this; 0 is "not read"
        choices = {"0": ""} | {keys[n]: f for n, f in enumerate(fields[: len(keys)])}
        labels = {"0": "not read"} | {k: f"{columns.label(f)}" for k, f in choices.items() if f}
        header = display_safe(self.state.read_table.headers[index]) or f"column {index + 1}"

        def chosen(value: str | None) -> None:
            if value is None:
                return
            self.state.overrides = {
                i: f for i, f in self.state.overrides.items() if not (value and f == value)
            }
            self.state.overrides[index] = value or None
            self._fill_preview()

        self.app.push_screen(ChoiceScreen(f"Read column “{header}” as:", choices, labels), chosen)

    def action_change_kind(self) -> None:
        from custui.tui.screens.choice import ChoiceScreen

        def chosen(value: str | None) -> None:
            if value and value != self.state.kind:
                self.state.kind, self.state.overrides, self.state.rows = value, {}, None
                self._fill_preview()

        self.app.push_screen(ChoiceScreen("The rows are:", KIND_KEYS), chosen)

    def action_reread(self) -> None:
        self._load_table()

    # -- step 3: check ----------------------------------------------------------------

    def _start_check(self) -> None:
        if self._mapping().missing:
            self.notify(
                "Say which columns hold the missing fields first (f on a column).",
                severity="warning",
            )
            return
        self.cancel = threading.Event()
        self._working("Checking every row…")
        self._check()

    def _working(self, label: str) -> None:
        self.query_one("#working-label", Static).update(label)
        self._counts = (0, max(len(self.state.read_table.rows), 1))
        self._go("working")
        self._show_progress()

    def _progress(self, done: int, total: int) -> None:
        """From the worker: just note it (the import holds the store while it writes, so a blocking
        call into the screen could wait on it); a timer shows it."""
        self._counts = (done, total)

    def _show_progress(self) -> None:
        if self.step != "working":
            return
        done, total = self._counts
        self.query_one("#progress", ProgressBar).update(total=max(total, 1), progress=done)

    def _stepped(self, step: str, done: int, total: int) -> None:
        """From the worker: the rows done of a step; a new step's label shown once."""
        if step != self._step_shown:
            self._step_shown = step
            label = STEP_LABELS.get(step)
            if label is not None:
                self.app.call_from_thread(self._working, label)
        self._progress(done, total)

    @work(thread=True, exclusive=True, group="import-run")
    def _check(self) -> None:
        from custui.core.memory import give_back
        from custui.store import import_apart, importer

        state, app = self.state, self.custui
        self._step_shown = "check"
        try:
            report, existing = import_apart.check(
                app.store, state.read_table, state.kind, today=app.today, index=app.hint_index,
                overrides=state.overrides, reading=self._reading(), progress=self._stepped, cancel=self.cancel,
                apart=import_apart.goes_apart(app.store, state.read_table),
            )  # fmt: skip
        except importer.ImportCancelled:
            app.call_from_thread(self._cancelled, "preview")
            return
        except Exception as exc:  # noqa: BLE001 - a surprise must not take the app down: say so, stay on the columns
            app.call_from_thread(self._failed, f"The check stopped: {exc}", "preview")
            return
        give_back()  # what reading and matching the file left behind (custui.core.memory)
        app.call_from_thread(self._show_review, report, existing)

    def _cancelled(self, step: str) -> None:
        self.notify("Cancelled; nothing was written.")
        self._go(step)

    def _show_review(self, report: ImportReport, existing: list[Existing]) -> None:
        state = self.state
        state.checked, state.existing = report, existing
        state.decisions = {e.row: "skip" for e in existing}
        self._go("review")
        self._fill_existing()
        lines = _problem_lines(
            "Rejected:", report.rejected, "(custui import --dry-run --rejects FILE lists them all)"
        )
        lines += _problem_lines("Kept as written, not understood (filter phone:invalid finds them later):",
                                report.warnings, "")  # fmt: skip
        self.query_one("#rejections", Static).update("\n".join(lines))

    def _show_summary(self) -> None:
        state, report = self.state, self.state.check_report
        bad = len(report.rejected_rows)
        lines = [
            f"{report.rows - bad:,} of {_rows(report.rows)} fine; {bad:,} rejected (left out: fix the file and press r)."
        ]
        if report.reading is not None:
            lines.append(report.reading_line(written=False) + ".")
        kept = len({w.row for w in report.warnings})
        if kept:
            keeps = "keeps" if kept == 1 else "keep"
            lines.append(
                f"{_rows(kept)} {keeps} a phone or country as written: not understood, but nothing is lost."
            )
        if state.kind == "customers":
            counts = {a: sum(1 for d in state.decisions.values() if d == a) for a in ACTION_LABELS}
            looks = "looks" if len(state.existing) == 1 else "look"
            lines.append(f"{_rows(len(state.existing))} {looks} like customers already in the book: "
                         f"{counts['merge']:,} to merge, {counts['skip']:,} to skip, {counts['add']:,} to add.")  # fmt: skip
        self.query_one("#review-summary", Static).update("\n".join(lines))

    def _fill_existing(self) -> None:
        state = self.state
        table = self.query_one("#existing", DataTable)
        row_at = table.cursor_row
        table.clear(columns=True)
        table.display = bool(state.existing)
        if state.existing:
            table.add_column("Row")
            table.add_column("Do", key="do")
            table.add_columns("In the file", "Already in the book", "Score", "Why")
            for e in state.existing:
                table.add_row(
                    str(e.row), ACTION_LABELS[state.decisions[e.row]], fit_cells(display_safe(e.file_name), 28),
                    fit_cells(display_safe(f"{e.code} {e.name}"), 30), f"{e.score:.0f}",
                    fit_cells(display_safe("; ".join(e.reasons[:2])), 30), key=str(e.row),
                )  # fmt: skip
            table.move_cursor(row=min(row_at, len(state.existing) - 1))
        self._show_summary()

    def action_decide(self, action: str) -> None:
        """One row's decision: its cell and the counts change, the cursor moves on (no rebuild per key)."""
        table = self.query_one("#existing", DataTable)
        if not self.state.existing:
            return
        row = self.state.existing[table.cursor_row].row
        self.state.decisions[row] = action
        table.update_cell(str(row), "do", ACTION_LABELS[action])
        self._show_summary()
        if table.cursor_row < len(self.state.existing) - 1:
            table.move_cursor(row=table.cursor_row + 1)

    def action_decide_all(self, action: str) -> None:
        self.state.decisions = {e.row: action for e in self.state.existing}
        self._fill_existing()

    # -- step 4: import -----------------------------------------------------------------

    def _start_import(self) -> None:
        if not self.custui.check_writable():
            return
        self.cancel = threading.Event()
        self._working("Importing…")
        self._import()

    @work(thread=True, exclusive=True, group="import-run")
    def _import(self) -> None:
        from custui.core.memory import give_back
        from custui.store import import_apart, importer
        from custui.store.db import StoreError

        state, app = self.state, self.custui
        ids = {e.row: e.customer_id for e in state.existing}
        decisions: dict[int, importer.Decision] = {
            row: (action, ids[row]) for row, action in state.decisions.items() if action != "add"
        }
        self._step_shown = "write"
        apart = import_apart.goes_apart(app.store, state.read_table)
        try:
            # held while another process writes: the app's watch for other programs' changes waits
            with app.store.lock if apart else contextlib.nullcontext():
                try:
                    report = import_apart.write(
                        app.store, state.read_table, state.kind, today=app.today, overrides=state.overrides,
                        progress=self._stepped, cancel=self.cancel, source_name=state.file_path.name,
                        decisions=decisions, reading=self._reading(), apart=apart,
                    )  # fmt: skip
                finally:
                    if apart:
                        app.written_apart()
        except importer.ImportCancelled:
            app.call_from_thread(self._cancelled, "review")
            return
        except StoreError as exc:
            app.call_from_thread(self._failed, str(exc), "review")
            return
        except Exception as exc:  # noqa: BLE001 - the transaction rolled back: nothing was written
            app.call_from_thread(
                self._failed, f"The import stopped and wrote nothing: {exc}", "review"
            )
            return
        give_back()
        app.call_from_thread(self._show_report, report)

    def _failed(self, message: str, step: str) -> None:
        self.notify(message, severity="error", markup=False, timeout=10)
        self._go(step)

    def _show_report(self, report: ImportReport) -> None:
        self.imported = report.written
        lines = [f"Imported {report.imported:,} {report.kind} from {self.state.file_path.name}"
                 + (f" (import {report.import_id}; custui revert-import {report.import_id} takes it out again)." if report.import_id else ".")]  # fmt: skip
        if report.reading is not None and report.written:
            lines.append(report.reading_line(written=True) + ".")
        if report.merged or report.skipped:
            lines.append(
                f"Already in the book: {report.merged:,} merged into their customer, {report.skipped:,} skipped."
            )
        if report.rejected_rows:
            lines.append(f"Left out: {_rows(len(report.rejected_rows))} rejected.")
        self.query_one("#report", Static).update("\n".join(lines))
        self._go("done")
        if report.written:
            from custui.store.imports import touched_customers

            touched = (
                touched_customers(self.custui.store, report.import_id)
                if report.import_id is not None
                else None
            )
            self.custui.customers_changed(touched)  # only they are scored again

    # -- moving between steps ---------------------------------------------------------------

    def action_next(self) -> None:
        if self.step == "file":
            self._read_file()
        elif self.step == "preview":
            self._start_check()
        elif self.step == "review":
            self._start_import()
        elif self.step == "done":
            self.dismiss(self.imported)

    def action_back(self) -> None:
        if self.step == "working":
            self.cancel.set()
        elif self.step in ("file", "done"):
            self.dismiss(self.imported)
        elif self.step == "preview":
            self._go("file")
        elif self.step == "review":
            self._go("preview")
            self._fill_preview()
