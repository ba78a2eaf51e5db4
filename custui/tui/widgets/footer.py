"""Textual's footer, drawn after the first rows and rebuilt once for a burst of binding changes.

Textual's Footer rebuilds all its keys (a widget each, styled one by one) every time the screen's
bindings change, and they change several times while a screen opens (mount, focus, the first
rows): five rebuilds of ~30 keys before the list's first rows, a third of the time from its
compose to its first frame.  This footer merges the rebuilds asked for before a refresh into one,
and a footer made with ``wait=True`` draws nothing until :meth:`draw` (the list calls it once its
first rows are on screen): the rows come first, the keys a moment later.
"""

from __future__ import annotations

from typing import Any

from textual.screen import Screen
from textual.widgets import Footer


class KeyFooter(Footer):
    """A Footer whose rebuilds wait for the next refresh and are merged into one."""

    def __init__(self, *, wait: bool = False, **options: Any) -> None:
        super().__init__(**options)
        #: True until draw(): binding changes are noted, not drawn
        self._waiting = wait
        self._rebuild_pending = False

    def bindings_changed(self, screen: Screen[Any]) -> None:
        self._bindings_ready = not self._waiting
        if self._waiting or not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen and not self._rebuild_pending:
            self._rebuild_pending = True
            self.call_after_refresh(self._rebuild)

    def draw(self) -> None:
        """Stop waiting: show the keys (once; later calls do nothing)."""
        if self._waiting:
            self._waiting = False
            self.bindings_changed(self.screen)

    async def _rebuild(self) -> None:
        self._rebuild_pending = False
        with self._context():  # the keys bind to this footer, whoever asked for the rebuild
            await self.recompose()
