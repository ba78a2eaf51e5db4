"""docs/schema.md, generated from the schema itself: ``python -m custui.store.schema_docs > docs/schema.md``.

Every table and column of a file at the current schema is listed, with its type and constraints as
SQLite reports them, and a sentence from :data:`TABLES` / :data:`COLUMNS`.  A test regenerates
the page and fails when it differs from the committed one, or when a table or column has no sentence
(or a sentence outlives its column).
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

#: What each table holds.
TABLES: dict[str, str] = {
    "customers": "One row per customer, company or person. Deleted and merged-away customers stay, marked.",
    "contacts": "The people at a customer: the primary one first (`is_primary`), former ones with `left_at`.",
    "interactions": "The timeline: visits, calls, meetings, e-mails, messages and events, with any next action.",
    "orders": "Orders, in minor units of their currency; `amount_base_minor` is the same in the base currency.",
    "tags": "Tags, each in one category.",
    "customer_tags": "Which customer carries which tag.",
    "not_duplicates": "Pairs the rep said are two customers: the duplicate finder never shows them again.",
    "merges": "Every merge, with what it takes to undo it exactly.",
    "settings": "The book's settings, one JSON value per key (`custui --db FILE config` lists them).",
    "imports": "Every finished import; rows it wrote carry its id in `import_id`.",
    "rates": "Exchange rates into the base currency, each valid from a day on.",
    "customer_fts": "The full-text search index of customers (FTS5), kept by custui from `search_queue`.",
    "tag_fts": "The full-text search index of tag names (FTS5), kept by custui from `tag_search_queue`.",
    "search_queue": "Customers whose search document must be written again (filled by plain-SQL triggers).",
    "tag_search_queue": "Tags whose search document must be written again (filled by plain-SQL triggers).",
    "book_changes": "One counter that plain-SQL triggers move on every write that scores or the list read.",
    "score_ranks": "The last ranking, one row per customer: what the list shows before it has scored.",
    "score_cache": "What the last ranking was made for, and the whole score frame (a cache: safe to delete).",
    "score_snapshots": "Score history: every scored customer's score, tier, segment and priority on each snapshot "
    "day (once a month, or `custui snapshot`); one snapshot per day.",
}

#: What each column means (table.column).
COLUMNS: dict[str, str] = {
    # customers
    "customers.id": "Row id.", "customers.code": "The customer's code, C00001…, unique.",
    "customers.name": "Company or person name, as typed.", "customers.kind": "`company` or `person`.",
    "customers.industry": "Industry, in the book's standard words.", "customers.size": "Head count.",
    "customers.region": "Province or state.", "customers.city": "City.", "customers.street": "Street and number.",
    "customers.postcode": "Postcode.", "customers.country": "ISO 3166 country code.",
    "customers.phone": "Phone(s) as typed.", "customers.phone_e164": "The phones understood, E.164, space-separated.",
    "customers.phone_invalid": "1 when a phone could not be understood (kept as typed).",
    "customers.email": "E-mail.", "customers.website": "Web site.", "customers.source": "Where the customer came from.",
    "customers.grade": "The rep's grade: `key`, `potential` or `normal`.",
    "customers.need_match": "Rating 1–5: how well the offer fits the need (a score input).",
    "customers.win_likelihood": "Rating 1–5: chance to win more business (a score input).",
    "customers.growth_potential": "Rating 1–5: room to grow (a score input).",
    "customers.strategic": "Rating 1–5: strategic importance (a score input).",
    "customers.notes": "Free notes.", "customers.created_at": "When entered (ISO 8601, UTC).",
    "customers.updated_at": "When last changed (ISO 8601, UTC).",
    "customers.row_version": "Counts saves: a second window's stale save is refused.",
    "customers.merged_into": "The customer this one was merged into.", "customers.deleted_at": "When deleted (undoable).",
    "customers.import_id": "The import that wrote the row.",
    # contacts
    "contacts.id": "Row id.", "contacts.customer_id": "The customer.", "contacts.name": "Name.",
    "contacts.title": "Title or role.", "contacts.phone": "Phone(s) as typed.",
    "contacts.phone_e164": "The phones understood, E.164.", "contacts.phone_invalid": "1 when a phone was not understood.",
    "contacts.email": "E-mail.", "contacts.im": "IM handle (WeChat…).", "contacts.notes": "Notes.",
    "contacts.is_primary": "1 for the customer's primary person.", "contacts.left_at": "Day the person left the company.",
    "contacts.created_at": "When entered.", "contacts.updated_at": "When last changed.",
    "contacts.row_version": "Counts saves.", "contacts.deleted_at": "When removed (undoable).",
    "contacts.import_id": "The import that wrote the row.",
    # interactions
    "interactions.id": "Row id.", "interactions.customer_id": "The customer.",
    "interactions.occurred_at": "When it happened (ISO 8601).",
    "interactions.channel": "`visit`, `call`, `meeting`, `email`, `message`, `event` or `other`.",
    "interactions.summary": "What was said or done.", "interactions.owner": "Who on our side.",
    "interactions.sentiment": "`positive`, `neutral` or `negative`.", "interactions.next_action": "What to do next.",
    "interactions.next_action_due": "When the next action is due (YYYY-MM-DD).",
    "interactions.done": "1 when the next action is done.", "interactions.created_at": "When entered.",
    "interactions.deleted_at": "When deleted (undoable).", "interactions.import_id": "The import that wrote the row.",
    "interactions.contact_id": "The person it was with.",
    # orders
    "orders.id": "Row id.", "orders.customer_id": "The customer.", "orders.ordered_at": "Order day (YYYY-MM-DD).",
    "orders.amount_minor": "Amount in minor units of `currency` (cents, fen).", "orders.currency": "ISO 4217 code.",
    "orders.product": "What was ordered.", "orders.margin_minor": "Margin in minor units of `currency`.",
    "orders.paid": "1 paid, 0 not, empty unknown.", "orders.created_at": "When entered.",
    "orders.due_on": "Day payment is due (YYYY-MM-DD): the order day plus the terms, or a day agreed.",
    "orders.paid_on": "Day it was paid (YYYY-MM-DD); empty while unpaid or when the day is not known.",
    "orders.deleted_at": "When deleted (undoable).", "orders.import_id": "The import that wrote the row.",
    "orders.amount_base_minor": "The amount in the base currency at the rate of its day (kept by triggers).",
    "orders.margin_base_minor": "The margin in the base currency (kept by triggers).",
    # tags
    "tags.id": "Row id.", "tags.name": "The tag.",
    "tags.category": "`industry`, `need`, `risk`, `potential` or `custom`.", "tags.color": "Display colour.",
    "customer_tags.customer_id": "The customer.", "customer_tags.tag_id": "The tag.",
    # merges and duplicates
    "not_duplicates.customer_a": "The smaller customer id.", "not_duplicates.customer_b": "The larger customer id.",
    "not_duplicates.decided_at": "When the rep said so.",
    "merges.id": "Row id.", "merges.survivor_id": "The customer kept.", "merges.merged_ids": "JSON list of the ids merged away.",
    "merges.undo": "JSON: everything needed to restore exactly.", "merges.merged_at": "When merged.",
    "merges.undone_at": "When undone.",
    # settings, imports, rates
    "settings.key": "Setting name.", "settings.value": "Its value, JSON.",
    "imports.id": "Row id.", "imports.kind": "`customers`, `interactions` or `orders`.", "imports.source": "The file.",
    "imports.rows": "Rows written.", "imports.imported_at": "When imported.", "imports.reverted_at": "When taken out.",
    "rates.currency": "ISO 4217 code.", "rates.valid_from": "First day the rate holds.",
    "rates.rate": "Units of the base currency per unit of `currency`.",
    # search
    "customer_fts.doc": "The customer's words, folded (simplified, lower case, CJK spaced).",
    "customer_fts.pinyin": "Pinyin of the Chinese name and people, full and initials.",
    "customer_fts.customer_fts": "FTS5's hidden column (MATCH target).", "customer_fts.rank": "FTS5's hidden rank.",
    "tag_fts.doc": "The tag's words, folded.", "tag_fts.pinyin": "Unused (empty).",
    "tag_fts.tag_fts": "FTS5's hidden column (MATCH target).", "tag_fts.rank": "FTS5's hidden rank.",
    "search_queue.customer_id": "A customer to index again.", "tag_search_queue.tag_id": "A tag to index again.",
    # scores kept
    "book_changes.id": "Always 1.", "book_changes.counter": "Writes so far.",
    "score_ranks.customer_id": "The customer.", "score_ranks.rank": "Place in the ranking, 1 first.",
    "score_ranks.score": "Score 0–100.", "score_ranks.tier": "Strategic, Core, Potential or Basic.",
    "score_ranks.priority": "S, A, B or C.", "score_ranks.segment_label": "The RFM segment.",
    "score_ranks.rfm_cell": "R, F and M scores, e.g. 545.", "score_ranks.last_contact": "Day of the last interaction.",
    "score_ranks.next_action_due": "Earliest open next action.",
    "score_cache.id": "Always 1.", "score_cache.format": "Version of the frame's layout.",
    "score_cache.as_of": "The day scored for.", "score_cache.settings": "The scoring settings used (JSON).",
    "score_cache.changes": "`book_changes.counter` when scored.", "score_cache.scored_at": "When scored.",
    "score_cache.meta": "Book statistics of the scoring (JSON).", "score_cache.frame": "The score frame, Arrow IPC.",
    "score_cache.ranked": "The ranked customer ids, int64 little-endian (NULL before v12).",
    "score_snapshots.day": "The day scored for (YYYY-MM-DD).", "score_snapshots.customer_id": "The customer.",
    "score_snapshots.score": "Score 0–100.", "score_snapshots.tier": "Strategic, Core, Potential or Basic.",
    "score_snapshots.segment": "The RFM segment, as the list shows it.", "score_snapshots.priority": "S, A, B or C.",
}  # fmt: skip

EXAMPLES = """\
## Examples

With [sqlite-utils](https://sqlite-utils.datasette.io/) (part of custui's own stack):

```
sqlite-utils tables book.db --counts
sqlite-utils rows book.db customers -c code -c name -c city --limit 5
sqlite-utils query book.db "select code, name, score, tier from score_ranks join customers on id = customer_id order by rank limit 10"
sqlite-utils insert book.db tags - --nl <<< '{"name": "展会", "category": "custom"}'
```

With [Datasette](https://datasette.io/): `datasette book.db` serves every table read-only in a browser.
Its SQL box takes the queries above. Writes from sqlite3, sqlite-utils, Datasette plugins or DB Browser
are welcome: triggers are plain SQL, and custui indexes what they changed the next time it opens the
file or searches it.
"""


def _tables(conn: sqlite3.Connection) -> list[str]:
    """The book's tables and FTS5 tables, without SQLite's and FTS5's own shadow tables."""
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    fts = [n for n in names if n.endswith("_fts")]
    shadow = {n for n in names for base in fts if n.startswith(base + "_")}
    return sorted(n for n in names if n not in shadow)


def columns(conn: sqlite3.Connection, table: str) -> list[tuple[str, str, str]]:
    """(name, type, constraints) of each column of *table*."""
    out = []
    for _, name, kind, notnull, default, pk, *_hidden in conn.execute(
        f"PRAGMA table_xinfo('{table}')"
    ):
        notes = (["primary key"] if pk else []) + (["not null"] if notnull and not pk else [])
        notes += [f"default {default}"] if default is not None else []
        out.append((name, kind or "", ", ".join(notes)))
    return out


def current_schema() -> dict[str, list[tuple[str, str, str]]]:
    """Every table of a file at the current schema, with its columns."""
    from custui.store.db import open_store

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "schema.db")
        try:
            return {table: columns(store.conn, table) for table in _tables(store.conn)}
        finally:
            store.close()


def page() -> str:
    """docs/schema.md."""
    from custui.store.schema import SCHEMA_VERSION

    schema = current_schema()
    lines = [
        "# The book's file",
        "",
        f"One SQLite file at schema {SCHEMA_VERSION} (`PRAGMA user_version`). Times are ISO 8601 text, money is",
        "integer minor units. This page is generated: `python -m custui.store.schema_docs > docs/schema.md`.",
        "",
    ]
    for table, cols in schema.items():
        lines += [f"## {table}", "", TABLES.get(table, ""), "", "| column | type | constraints | meaning |",
                  "|---|---|---|---|"]  # fmt: skip
        lines += [
            f"| {name} | {kind} | {notes} | {COLUMNS.get(f'{table}.{name}', '')} |"
            for name, kind, notes in cols
        ]
        lines.append("")
    return "\n".join(lines) + EXAMPLES


if __name__ == "__main__":
    print(page(), end="")
