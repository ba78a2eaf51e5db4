"""The command palette finds customers too: ``ctrl+p`` then 盛和 (or shenghe, or a phone's last digits)
opens the customer, with the same search as ``/``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.command import Hit, Hits, Provider

from custui.core.text import display_safe

if TYPE_CHECKING:
    from custui.tui.app import CustuiApp

#: Customers offered for one query (the palette shows a screenful).
MOST = 8
#: Shorter queries look for commands only (one letter matches half the book).
SHORTEST = 2


class CustomerCommands(Provider):
    """ "Open C00277 盛和软件有限公司" for the customers the typed text finds."""

    async def search(self, query: str) -> Hits:
        text = query.strip()
        if len(text) < SHORTEST:
            return
        app: CustuiApp = self.app  # type: ignore[assignment]
        found = _customers(
            app, text
        )  # milliseconds (the search index), and no thread hop to reorder the list
        matcher = self.matcher(text)
        for rank, (customer_id, label) in enumerate(found):
            # ranked with the commands by the palette's own matcher ("acme" in "Acme Trading" beats the letters
            # of "Add a tag to the marked"); one found only by pinyin or digits comes after, in search order
            yield Hit(
                matcher.match(label) or 0.5 - rank * 0.001,
                matcher.highlight(label),
                lambda customer_id=customer_id: app.show_customer(customer_id),
                text=label,
                help="open the customer",
            )


def _customers(app: CustuiApp, text: str) -> list[tuple[int, str]]:
    from custui.store import repo

    ids = repo.list_ids(app.store, repo.ListQuery(text), limit=MOST)
    rows = repo.list_rows(app.store, ids)
    return [
        (i, display_safe(f"Open {rows[i]['code']} {rows[i]['name']}")) for i in ids if i in rows
    ]
