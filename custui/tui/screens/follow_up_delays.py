"""The rep's follow-up delay per channel: how far out "done + next" schedules the next one.

A small modal: one field per channel, ``enter`` or ``ctrl+s`` saves, ``esc``
cancels; a bad value is named under the fields and nothing is saved.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Grid, Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from custui.core.entries import FOLLOW_UP_DAYS, validate_follow_up_days
from custui.store.db import Store
from custui.store.settings import follow_up_days, save_follow_up_days
from custui.tui.actions import bindings

CHANNEL_LABELS = {
    "visit": "Visit 拜访", "call": "Call 电话", "meeting": "Meeting 会议", "email": "E-mail 邮件",
    "message": "Message 消息", "event": "Event 活动", "other": "Other 其他",
}  # fmt: skip


class FollowUpDelaysScreen(ModalScreen[dict[str, int] | None]):
    """Edit the days to the next follow-up per channel; dismisses with the saved days (None: cancelled)."""

    DEFAULT_CSS = """
    FollowUpDelaysScreen { align: center middle; }
    FollowUpDelaysScreen > Vertical {
        width: 62; height: auto; padding: 1 2; border: thick $primary; background: $panel;
    }
    FollowUpDelaysScreen Grid { grid-size: 2; grid-columns: 20 8; grid-rows: 1; height: auto; }
    FollowUpDelaysScreen .title { text-style: bold; }
    FollowUpDelaysScreen #delays-error { color: $text-error; height: auto; }
    FollowUpDelaysScreen #delays-help, FollowUpDelaysScreen #delays-keys { color: $text-muted; margin: 1 0; }
    """
    BINDINGS = bindings("delays")

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store

    def compose(self) -> ComposeResult:
        current = follow_up_days(self.store)
        with Vertical():
            yield Static("Follow-up delays (days)", classes="title", markup=False)
            yield Static("How far out n (done + next) puts the next one.", id="delays-help",
                         markup=False)  # fmt: skip
            with Grid():
                for channel in FOLLOW_UP_DAYS:
                    yield Label(CHANNEL_LABELS[channel], markup=False)
                    yield Input(
                        str(current[channel]),
                        type="integer",
                        max_length=3,
                        compact=True,
                        id=f"delay-{channel}",
                    )
            yield Static("", id="delays-error", markup=False)
            yield Static("↑/↓ field · enter save · esc cancel", id="delays-keys", markup=False)

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Input.Submitted)
    def action_save(self) -> None:
        raw = {
            channel: self.query_one(f"#delay-{channel}", Input).value for channel in FOLLOW_UP_DAYS
        }
        clean, errors = validate_follow_up_days(raw)
        if errors:
            self.query_one("#delays-error", Static).update("\n".join(e.message for e in errors))
            self.query_one(f"#delay-{errors[0].field}", Input).focus()
            return
        save_follow_up_days(self.store, clean)
        self.dismiss(clean)
