"""The list a rep works from (the templates' 结果输出 target list): who to call, how, where, and why now.

Every active customer scored, in list order (score descending, then code),
with the contact, phone, e-mail and address next to the score, its inputs,
the last order and the next action.  ``custui export`` writes it, and so does
``x`` in the app for exactly what the list shows.  ``columns`` picks and
orders the columns (``--columns code,name,phone``; core.call_list names them).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from custui.core.call_list import COLUMNS, parse_columns
from custui.store.contacts import primary_sql
from custui.store.db import Store
from custui.store.repo import ACTIVE
from custui.store.scores import filter_ids, load_tags, score_book
from custui.store.settings import base_currency

if TYPE_CHECKING:
    from custui.core.scoring import ScoreResult, ScoringConfig

#: The customer's phone and e-mail, else its primary contact's (a company row often holds only the person's).
_CONTACT_SQL = f"""
SELECT c.id, {primary_sql("name")}, {primary_sql("title")},
       CASE WHEN trim(ifnull(c.phone, '')) <> '' THEN c.phone ELSE {primary_sql("phone")} END,
       CASE WHEN trim(ifnull(c.phone, '')) <> '' THEN c.phone_e164 ELSE {primary_sql("phone_e164")} END,
       CASE WHEN trim(ifnull(c.phone, '')) <> '' THEN c.phone_invalid ELSE {primary_sql("phone_invalid")} END,
       coalesce(c.email, {primary_sql("email")}), c.street, c.postcode, c.country
FROM customers c WHERE {ACTIVE}
"""
#: Each customer's open next action due first (SQLite takes the bare column from the min() row).
_NEXT_ACTION_SQL = """
SELECT customer_id, next_action, min(next_action_due) FROM interactions
WHERE done = 0 AND next_action_due IS NOT NULL AND deleted_at IS NULL
GROUP BY customer_id
"""


def money_text(minor: Iterable[int]) -> list[str]:
    """Integer minor units → exact decimal text with two places ("1234.50", "-0.05")."""
    return [format(Decimal(int(v)).scaleb(-2), "f") for v in minor]


def _day_objects(values: pd.Series) -> list[date | None]:
    days = values.to_numpy(dtype="datetime64[D]")
    missing = np.isnat(days)
    out = days.astype(object)
    out[missing] = None
    return list(out)


def _tag_text(index: pd.Index, tags: pd.Series | None) -> list[str]:
    if tags is None or len(tags) == 0:
        return [""] * len(index)
    return [
        "; ".join(t.split("/", 1)[-1] for t in v) if isinstance(v, tuple) else ""
        for v in tags.reindex(index)
    ]


def phone_text(raw: str | None, e164: str | None, invalid: int) -> str | None:
    """E.164 where every number was understood ("+86… / +1…"), else the cell as typed (nothing lost)."""
    if e164 and not invalid:
        return " / ".join(e164.split())
    return raw


def _contacts(store: Store, index: pd.Index) -> pd.DataFrame:
    rows = store.tuples(_CONTACT_SQL)
    frame = pd.DataFrame(
        [(r[0], r[1], r[2], phone_text(r[3], r[4], r[5]), *r[6:]) for r in rows],
        columns=["id", "contact", "title", "phone", "email", "street", "postcode", "country"],
    ).set_index("id")
    actions = pd.DataFrame(
        store.tuples(_NEXT_ACTION_SQL), columns=["id", "next_action", "due"]
    ).set_index("id")
    frame["next_action"] = actions["next_action"].reindex(frame.index)
    return frame.reindex(index)


def call_list(store: Store, result: ScoreResult, tags: pd.Series | None = None) -> pd.DataFrame:
    """COLUMNS for every customer of *result* (scored ``details=True``), in list order.

    ``monetary`` is exact text in the base currency's major units ("1234.50"), named by
    ``currency``; dates are ``datetime.date`` or None; tags are names joined by "; "; a missing
    text is pandas' missing value (the writers leave the cell blank)."""
    frame = result.frame
    customers = result.sources[0] if result.sources else None
    if customers is None or "code" not in getattr(customers, "columns", ()):
        raise ValueError("call_list needs a result scored with details=True")
    info = customers.reindex(frame.index)
    people = _contacts(store, frame.index)
    values = {
        "code": info["code"].to_numpy(dtype=object),
        "name": info["name"].to_numpy(dtype=object),
        **{
            c: people[c].to_numpy(dtype=object)
            for c in ("contact", "title", "phone", "email", "street", "postcode")
        },
        **{c: info[c].to_numpy(dtype=object) for c in ("city", "region")},
        "country": people["country"].to_numpy(dtype=object),
        "score": frame["score"].to_numpy(),
        "tier": frame["tier"].astype(str).to_numpy(dtype=object),
        "priority": frame["priority"].astype(str).to_numpy(dtype=object),
        "segment": frame["segment_label"].astype(str).to_numpy(dtype=object),
        "recency_days": frame["recency_days"].to_numpy(dtype=object, na_value=None),
        "frequency": frame["frequency"].to_numpy(),
        "monetary": money_text(frame["monetary_minor"].to_numpy()),
        "currency": base_currency(store),
        "r_score": frame["r_score"].to_numpy(),
        "f_score": frame["f_score"].to_numpy(),
        "m_score": frame["m_score"].to_numpy(),
        "churn": frame["churn"].to_numpy(dtype=bool),
        "churn_reason": frame["churn_reason"].to_numpy(dtype=object, na_value=None),
        "last_order": _day_objects(frame["last_order"]),
        "last_contact": _day_objects(frame["last_contact"]),
        "next_action": people["next_action"].to_numpy(dtype=object),
        "next_action_due": _day_objects(frame["next_action_due"]),
        "industry": info["industry"].to_numpy(dtype=object),
        "tags": _tag_text(frame.index, tags),
    }
    rows = pd.DataFrame(values, index=frame.index, columns=list(COLUMNS))
    order = np.lexsort((rows["code"].to_numpy(dtype=str), -rows["score"].to_numpy()))
    rows = rows.iloc[order]
    rows.attrs = {"decimal_columns": ("monetary",)}  # exact text; numbers in XLSX (store.io)
    return rows


def _picked(rows: pd.DataFrame, columns: Sequence[str]) -> pd.DataFrame:
    attrs = dict(rows.attrs)
    picked = rows[list(columns)]
    picked.attrs = {
        "decimal_columns": tuple(c for c in attrs.get("decimal_columns", ()) if c in columns)
    }
    return picked


def export_list(
    store: Store,
    path: str | Path,
    *,
    as_of: date | None = None,
    filter_expr: str | None = None,
    config: ScoringConfig | None = None,
    include_removed: bool = False,
    columns: Sequence[str] = COLUMNS,
    people: bool = False,
) -> int:
    """Score, filter and write the call list to *path* (.csv, .xlsx, or .vcf: the customers as phone
    contacts); returns rows written.  *people*: one row per person of the listed customers instead
    (store.people_export).

    Checks the file type and the filter (``core.query.FilterError``) before the work of scoring.
    Deleted and merged-away customers are left out unless *include_removed*: then they follow,
    unscored, and a ``status`` column says what each row is."""
    from custui.store import io

    kind = io.export_format(path, io.LIST_FORMATS)
    flt = None
    if filter_expr and filter_expr.strip():
        from custui.core import query

        flt = query.parse(filter_expr)
    result = score_book(store, as_of, config, details=True)
    tags = load_tags(store)
    rows = call_list(store, result, tags)
    if flt is not None:
        rows = rows[
            rows.index.isin(filter_ids(store, result, flt, tags))
        ]  # attrs (decimal columns) carry over
    if kind == ".vcf":
        return _export_vcards(store, [int(i) for i in rows.index], path)
    if people:
        from custui.store.people_export import people_rows

        return io.export_rows(people_rows(store, [int(i) for i in rows.index]), path)
    rows = _picked(rows, columns)
    if include_removed:
        rows = _with_removed(store, rows)
    return io.export_rows(rows, path)


def export_view(
    store: Store,
    path: str | Path,
    ids: Sequence[int],
    *,
    as_of: date | None = None,
    config: ScoringConfig | None = None,
    columns: Sequence[str] = COLUMNS,
) -> int:
    """Write exactly the customers *ids*, in that order (what the list shows: search, filter, sort), to
    .csv, .xlsx or .vcf; returns rows written."""
    from custui.store import io

    kind = io.export_format(path, io.LIST_FORMATS)
    if kind == ".vcf":
        return _export_vcards(store, list(ids), path)
    rows = call_list(store, score_book(store, as_of, config, details=True), load_tags(store))
    shown = rows.reindex([i for i in ids if i in rows.index])
    shown.attrs = rows.attrs
    return io.export_rows(_picked(shown, columns), path)


def _export_vcards(store: Store, ids: list[int], path: str | Path) -> int:
    from custui.core.tags import written
    from custui.store import io, repo
    from custui.store.contacts import people_of
    from custui.store.formats.vcard import write_vcards

    customers = repo.get_customers(store, ids)
    people = people_of(store, ids)
    for customer in customers:
        customer["tags"] = [written(t["category"], t["name"]) for t in customer["tags"]]
        customer["people"] = people.get(customer["id"], [])
    io.export_text(write_vcards(customers), path)
    return sum(max(len(c["people"]), 1) for c in customers)  # cards: one per person


def _with_removed(store: Store, rows: pd.DataFrame) -> pd.DataFrame:
    """*rows* with a status column, then one unscored row per deleted or merged-away customer."""
    removed = store.tuples(
        "SELECT c.code, c.name, c.deleted_at, s.code FROM customers c LEFT JOIN customers s ON s.id = c.merged_into "
        "WHERE c.deleted_at IS NOT NULL OR c.merged_into IS NOT NULL ORDER BY c.code"
    )
    attrs = dict(rows.attrs)
    rows = rows.assign(status="active")
    extra = pd.DataFrame(
        [
            {
                "code": code,
                "name": name,
                "status": f"merged into {into}" if into else f"deleted {str(deleted)[:10]}",
            }
            for code, name, deleted, into in removed
        ],
        columns=["code", "name", "status"],
    )
    extra = extra[[c for c in extra.columns if c in rows.columns]]
    combined = pd.concat([rows, extra], ignore_index=True) if len(extra) else rows
    combined.attrs = attrs
    return combined


__all__ = ["COLUMNS", "call_list", "export_list", "export_view", "money_text", "parse_columns"]
