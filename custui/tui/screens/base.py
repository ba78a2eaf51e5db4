"""What every full screen of custui shares: the app typed as CustuiApp, and the title bar."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Static

if TYPE_CHECKING:
    from custui.tui.app import CustuiApp

ResultT = TypeVar("ResultT")
HeldT = TypeVar("HeldT")


def held_weakly(obj: HeldT | None) -> Callable[[], HeldT | None]:
    """*obj* as a worker's argument, without keeping it alive: Textual keeps a finished worker, its
    arguments with it, while a closed screen's messages refer to it, and a lock must let go of every
    customer.  The worker calls the result; None once the screen that held *obj* dropped it."""
    if obj is None:
        return lambda: None
    return weakref.ref(obj)


class HandedOver(Generic[HeldT]):
    """*value* as a worker's argument the worker takes once: Textual keeps a finished worker and its
    arguments, so what the rep typed (a draft has no weak reference) would outlive a lock."""

    __slots__ = ("_value",)

    def __init__(self, value: HeldT) -> None:
        self._value: HeldT | None = value

    def take(self) -> HeldT | None:
        """The value, once; None after (the holder then keeps nothing)."""
        value, self._value = self._value, None
        return value


class AppScreen(Screen[ResultT]):
    """A custui screen: ``self.custui`` is the app with its store; ``title_bar`` the line on top."""

    #: The start of this screen's heading in help.md: `?` shows that section first.
    HELP_SECTION: str | None = None

    #: every custui screen still in memory, closed ones too: Textual keeps a closed screen while a
    #: finished worker or a pending message refers to it, and a lock must empty those as well
    _alive: weakref.WeakSet[AppScreen[Any]] = weakref.WeakSet()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        AppScreen._alive.add(self)

    @classmethod
    def forget_all(cls) -> None:
        """The book locks: every custui screen in memory, open or closed, drops its customers."""
        for screen in list(cls._alive):
            screen.forget()

    @property
    def custui(self) -> CustuiApp:
        return self.app  # type: ignore[return-value]

    def file_changed(self) -> None:
        """The file changed in another window: show it again (screens that show data override this)."""

    def on_unmount(self) -> None:
        """Closed: what it holds itself goes now (its widgets are already gone: their rows go with
        them).  A closed screen waits for the cycle collector, and a book it holds (~130 MB at 100k)
        would wait with it, beside the list's next one."""
        self.forget()

    def forget(self) -> None:
        """The book locks and this screen closes: drop the customers it holds now (Textual may keep a
        closed screen a while).  Its tables' rows go here; screens that hold more extend this."""
        from custui.tui.widgets.lazy_table import LazyTable

        for table in self.query(LazyTable):
            table.forget()

    @staticmethod
    def title_bar(title: str = "", count: str = "") -> Horizontal:
        """The title (left) and a count or state (right); update them through ``#title`` / ``#count``."""
        return Horizontal(
            Static(title, id="title", markup=False),
            Static(count, id="count", markup=False),
            id="title-bar",
        )
