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
        #: True until draw(): binding changes draw nothing (draw() then shows the keys in effect)
        self._waiting = wait
        self._rebuild_pending = False

    def bindings_changed(self, screen: Screen[Any]) -> None:
        if self._waiting:
            return
        self._bindings_ready = True
        if screen.app.app_focus and screen is self.screen:
            self._rebuild_soon()

    def draw(self) -> None:
        """Stop waiting: show the keys (once; later calls do nothing)."""
        if self._waiting:
            self._waiting, self._bindings_ready = False, True
            self._rebuild_soon()

    def _rebuild_soon(self) -> None:
        """Rebuild after the next refresh, once however often it is asked for before then."""
        if self.is_attached and not self._rebuild_pending:
            self._rebuild_pending = True
            self.call_after_refresh(self._rebuild)

    async def _rebuild(self) -> None:
        self._rebuild_pending = False
        with self._context():  # the keys bind to this footer, whoever asked for the rebuild
            await self.recompose()
