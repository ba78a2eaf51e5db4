"""`custui --db DB find TEXT… [--json]`: the customers the list's `/` search finds, best scored first."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from custui.cli import StoreContext
    from custui.store.db import Store

#: What each customer found is printed with (and the JSON keys).
FIELDS = ("code", "name", "contact", "phone", "score", "tier")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "text",
        nargs="+",
        help="what you would type after / in the list: 科技, 科技集團, keji, kj, 138…",
    )
    parser.add_argument(
        "--as-of", metavar="YYYY-MM-DD", help="score as of this day (default: today)"
    )
    parser.add_argument(
        "--json", action="store_true", help="print a JSON list of objects instead of a table"
    )


def run(args: argparse.Namespace, store_context: StoreContext) -> int:
    """Exit status 0 when some customer matches, 1 when none does (as grep)."""
    from custui.cli import EXIT_ERROR, EXIT_OK, day_option
    from custui.core.text import display_safe, text_table

    as_of = day_option(args.as_of) or date.today()
    search = " ".join(args.text)
    with store_context(args) as store:
        found = matches(store, search, as_of)
    if args.json:
        print(json.dumps(found, ensure_ascii=False, indent=1))
    elif found:
        table: list[tuple[str, ...]] = [("Code", "Name", "Contact", "Phone", "Score", "Tier")]
        table += [tuple(display_safe("" if row[f] is None else f"{row[f]:.1f}" if f == "score" else str(row[f]))
                        for f in FIELDS) for row in found]  # fmt: skip
        print("\n".join(text_table(table, limits=(8, 32, 12, 18, 5, 9), right={4})))
    else:
        print(f"No customer matches {search!r}.")
    return EXIT_OK if found else EXIT_ERROR


def matches(store: Store, search: str, as_of: date) -> list[dict[str, Any]]:
    """The active customers *search* finds (the list's search), best score first: *FIELDS* of each.
    Scores come from the ranking kept in the file when it holds for *as_of*, else the book is scored."""
    from custui.store import repo, score_cache

    ids = repo.list_ids(store, repo.ListQuery(search=search))
    if not ids:
        return []
    rows = repo.list_rows(store, ids)
    kept = score_cache.kept(store, as_of)
    if kept is not None and kept.fresh:
        scored = score_cache.ranked_rows(store, ids)
    else:
        from custui.store.scores import score_book

        frame = score_book(store, as_of).frame
        scored = {int(i): {"score": float(frame.at[i, "score"]), "tier": str(frame.at[i, "tier"])}
                  for i in ids if i in frame.index}  # fmt: skip
    found = [{"code": rows[i]["code"], "name": rows[i]["name"], "contact": rows[i]["contact_name"],
              "phone": rows[i]["phone"], "score": scored.get(i, {}).get("score"), "tier": scored.get(i, {}).get("tier")}
             for i in ids]  # fmt: skip
    return sorted(
        found, key=lambda row: (row["score"] is None, -(row["score"] or 0.0), row["code"])
    )
