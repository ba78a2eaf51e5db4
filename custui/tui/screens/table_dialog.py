"""A small modal list: a title, a table, a line for when it is empty, a key hint; esc closes."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

from custui.tui.actions import bindings
from custui.tui.keys_doc import HintParts, hint_line
from custui.tui.widgets.footer import KeyFooter

if TYPE_CHECKING:
    from rich.text import Text

    from custui.tui.app import CustuiApp


class TableDialog(ModalScreen[None]):
    """Subclasses set TITLE_TEXT and HINT and fill ``self.table`` (``show_empty`` when there is nothing)."""

    TITLE_TEXT = ""
    #: The key hint under the table: (action id, what it does) pairs, shown with the keys in effect.
    HINT: HintParts = ()
    DEFAULT_CSS = """
    TableDialog { align: center middle; }
    TableDialog > Vertical { width: 96; max-width: 100%; height: auto; max-height: 90%;
                             border: thick $primary; background: $panel; padding: 0 1; }
    TableDialog .title { text-style: bold; margin-bottom: 1; }
    TableDialog DataTable { height: auto; max-height: 20; }
    TableDialog .hint { color: $text-muted; margin-top: 1; }
    """
    BINDINGS = bindings("dialog")

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self.TITLE_TEXT, classes="title", markup=False)
            yield DataTable(cursor_type="row", zebra_stripes=True)
            yield Static("", id="dialog-empty", markup=False)
            yield Static(
                hint_line(self.HINT, self.custui.keymap.keys), classes="hint", markup=False
            )
        yield KeyFooter()

    @property
    def custui(self) -> CustuiApp:
        """The app with its store (``self.app`` is typed as any App)."""
        return cast("CustuiApp", self.app)

    @property
    def table(self) -> DataTable[str | Text]:
        return self.query_one(DataTable)

    def show_empty(self, message: str) -> None:
        """*message* under the table ("" once there are rows)."""
        self.query_one("#dialog-empty", Static).update(message)

    def action_close(self) -> None:
        self.dismiss(None)
