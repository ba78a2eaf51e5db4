"""Is the book sound? ``custui --db DB check [--repair]`` runs :func:`check`, and :func:`repair` rebuilds
what can be rebuilt: the search indexes and the kept ranking.  Everything else is reported with what
to do, never changed behind the rep's back.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from custui.core.text import counted
from custui.store.db import Store

#: How many offending rows a finding names.
SHOWN = 5


@dataclass(frozen=True)
class Finding:
    """One check: its name, the problems found (none: sound), and whether ``repair`` fixes them."""

    name: str
    problems: tuple[str, ...] = ()
    repairable: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems


def check(store: Store) -> list[Finding]:
    """Every check, in order: SQLite's own, the links between rows, the search indexes, the settings,
    the kept ranking."""
    return [_integrity(store), _foreign_keys(store), _loose_links(store), _search_index(store), _tag_index(store),
            _settings(store), _kept_ranking(store)]  # fmt: skip


def repair(store: Store) -> list[str]:
    """Rebuild the search indexes and drop a damaged kept ranking (a backup is taken first); what was
    done, in words."""
    from custui.store import score_cache
    from custui.store.backup import backup_before
    from custui.store.search_index import bring_up_to_date

    findings = {f.name: f for f in check(store) if not f.ok and f.repairable}
    if not findings:
        return []
    backup_before(store, "repair")
    done = []
    if "search index" in findings or "tag search index" in findings:
        with store.transaction() as conn:
            conn.execute("DELETE FROM customer_fts")
            conn.execute("DELETE FROM tag_fts")
            conn.execute(
                "INSERT OR IGNORE INTO search_queue (customer_id) SELECT id FROM customers"
            )
            conn.execute("INSERT OR IGNORE INTO tag_search_queue (tag_id) SELECT id FROM tags")
        count = bring_up_to_date(store)
        done.append(f"search indexes rebuilt ({count:,} customers and tags)")
    if "kept ranking" in findings:
        score_cache.forget(store)
        done.append("kept ranking dropped (the next start scores the book)")
    return done


def _named(rows: list[tuple[Any, ...]], noun: str, rest: str) -> tuple[str, ...]:
    """One problem line, "2 customers indexed otherwise…: C00001, C00002", naming up to SHOWN rows."""
    if not rows:
        return ()
    names = ", ".join(str(r[0]) for r in rows[:SHOWN]) + (", …" if len(rows) > SHOWN else "")
    return (f"{counted(len(rows), noun)} {rest}: {names}",)


def _integrity(store: Store) -> Finding:
    rows = [r[0] for r in store.tuples("PRAGMA integrity_check")]
    problems = (
        () if rows == ["ok"] else (*rows[:SHOWN], "restore a backup: custui --db FILE backups")
    )
    return Finding("integrity", problems)


def _foreign_keys(store: Store) -> Finding:
    rows = store.tuples("PRAGMA foreign_key_check")
    problems = [
        f"{table} row {rowid} points to a missing {parent} row"
        for table, rowid, parent, _ in rows[:SHOWN]
    ]
    if len(rows) > SHOWN:
        problems.append(f"… {len(rows) - SHOWN:,} more")
    return Finding("foreign keys", tuple(problems))


def _loose_links(store: Store) -> Finding:
    """Links SQLite does not enforce: a customer merged into one that is gone, an entry with a person of
    another customer."""
    merged = store.tuples("SELECT c.code FROM customers c LEFT JOIN customers s ON s.id = c.merged_into "
                          "WHERE c.merged_into IS NOT NULL AND s.id IS NULL")  # fmt: skip
    people = store.tuples("SELECT i.id FROM interactions i JOIN contacts p ON p.id = i.contact_id "
                          "WHERE p.customer_id <> i.customer_id")  # fmt: skip
    return Finding("links", _named(merged, "customer", "merged into a customer that is gone")
                   + _named(people, "interaction", "with a person of another customer"))  # fmt: skip


def _search_index(store: Store) -> Finding:
    """Each customer's indexed words against its rows (customers still queued are not due yet)."""
    from custui.store.search_index import documents

    with store.lock:
        expected = {i: (doc, pinyin) for i, doc, pinyin in documents(store.conn)}
        indexed = {
            i: (doc, pinyin)
            for i, doc, pinyin in store.conn.execute("SELECT rowid, doc, pinyin FROM customer_fts")
        }
        queued = {r[0] for r in store.conn.execute("SELECT customer_id FROM search_queue")}
    stale = sorted(
        i for i, words in expected.items() if i not in queued and indexed.get(i) != words
    )
    extra = sorted(i for i in indexed if i not in expected)
    codes = dict(store.tuples("SELECT id, code FROM customers"))
    problems = _named([(codes[i],) for i in stale], "customer", "out of date in the search index")
    problems += _named(
        [(i,) for i in extra], "search index row", "left over from rows that are gone"
    )
    return Finding("search index", problems, repairable=True)


def _tag_index(store: Store) -> Finding:
    from custui.core.search_docs import tag_doc

    rows = store.tuples("SELECT t.id, t.name, f.doc FROM tags t LEFT JOIN tag_fts f ON f.rowid = t.id "
                        "WHERE t.id NOT IN (SELECT tag_id FROM tag_search_queue)")  # fmt: skip
    stale = [(name,) for _, name, doc in rows if doc != tag_doc(name)]
    return Finding(
        "tag search index", _named(stale, "tag", "out of date in the search index"), repairable=True
    )


def _settings(store: Store) -> Finding:
    from custui.store.db import StoreError
    from custui.store.scores import load_scoring_config

    problems = []
    for key, value in store.tuples("SELECT key, value FROM settings ORDER BY key"):
        try:
            json.loads(value)
        except (TypeError, ValueError):
            problems.append(
                f"setting {key!r} is not JSON: {str(value)[:40]!r}; set it again with custui config"
            )
    try:
        load_scoring_config(store)
    except StoreError as exc:
        problems.append(f"{exc} Set the weights again (W in the list) or custui config.")
    return Finding("settings", tuple(problems))


def _kept_ranking(store: Store) -> Finding:
    from custui.store import score_cache

    rows = store.tuples("SELECT format FROM score_cache")
    if (
        not rows
        or rows[0][0] != score_cache.FORMAT
        or score_cache.load(store) is not None
        or score_cache.outdated(store)
    ):
        return Finding(
            "kept ranking"
        )  # none, or one of another format or other inputs: replaced at the next scoring
    return Finding("kept ranking", ("the kept ranking cannot be read",), repairable=True)
