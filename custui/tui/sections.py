"""The top-level screens a digit key reaches: 1 customers, 2 follow-ups, 3 duplicates, 4 tags, 5 dashboard.

To add a top-level screen:

1. write the screen in ``custui/tui/screens/NAME.py`` (an ``AppScreen``; see ``followups.py`` for a
   small one), with ``HELP_SECTION`` naming its heading in ``help.md``;
2. add one :class:`Section` line to :data:`SECTIONS` below.

Nothing else: the key binding, the palette command, the `?` help row and the README key table are
made from the line (``custui.tui.actions``), and the app opens the screen on top of the customer list
(``CustuiApp.action_section_show``), importing its module only when it is first shown.  The digit
keys wait while a dialog is open, where a digit is the dialog's own (a colour, a person).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Section:
    """One top-level screen and the key that shows it."""

    #: The action id is ``app.<id>`` (what keymap.toml rebinds).
    id: str
    key: str
    #: ``module:Class`` under ``custui.tui.screens``; empty for the customer list (the home screen).
    screen: str
    #: The palette's name and the footer's word, in English and Chinese.
    label: str
    label_zh: str
    #: The `?` help row.
    help: str
    #: The palette's longer English name.
    title: str

    @property
    def action_id(self) -> str:
        return f"app.{self.id}"

    def screen_class(self) -> type[Any] | None:
        """The screen's class, its module imported now (None: the customer list, always below)."""
        if not self.screen:
            return None
        module, name = self.screen.split(":")
        found: type[Any] = getattr(importlib.import_module(f"custui.tui.screens.{module}"), name)
        return found


# fmt: off
SECTIONS: tuple[Section, ...] = (
    Section("customers", "1", "", "Customers", "客户列表",
            "customers", "Go to the customer list"),
    Section("followups", "2", "followups:FollowUpsScreen", "Follow-ups", "跟进",
            "follow-ups: open next actions of every customer, overdue first",
            "Open next actions of every customer, overdue first"),
    Section("duplicates", "3", "duplicates:DuplicatesScreen", "Duplicates", "重复客户",
            "duplicates: review likely duplicate customers",
            "Review likely duplicate customers"),
    Section("tags", "4", "tag_manager:TagManagerScreen", "Tags", "标签",
            "tags: rename, merge, recolour, delete",
            "Manage tags: rename, merge, recolour, delete"),
    Section("dashboard", "5", "dashboard:DashboardScreen", "Dashboard", "仪表盘",
            "dashboard: tiers, segments, orders per month, follow-ups, churn risks, top 10",
            "The book at a glance: tiers, segments, orders per month, churn risks"),
)
# fmt: on

BY_ID: dict[str, Section] = {section.id: section for section in SECTIONS}
