"""The columns of the call list (the export a rep works from), and ``--columns`` read against them.

Pure, so the command line can name the columns without loading pandas; the
store builds the list itself (store.call_list).
"""

from __future__ import annotations

#: Every column of the call list, in the order written.
COLUMNS = (
    "code", "name", "contact", "title", "phone", "email", "street", "postcode", "city", "region", "country",
    "score", "tier", "priority", "segment", "recency_days", "frequency", "monetary", "currency",
    "r_score", "f_score", "m_score", "churn", "churn_reason", "last_order", "last_contact",
    "next_action", "next_action_due", "industry", "tags",
)  # fmt: skip


def parse_columns(text: str | None) -> tuple[str, ...]:
    """``--columns a,b,c`` as column names, in that order; ValueError naming the valid ones."""
    if not text or not text.strip():
        return COLUMNS
    wanted = tuple(dict.fromkeys(c.strip().lower() for c in text.split(",") if c.strip()))
    unknown = [c for c in wanted if c not in COLUMNS]
    if unknown or not wanted:
        raise ValueError(
            f"unknown column {', '.join(unknown) or '(none given)'}; the columns are: {', '.join(COLUMNS)}"
        )
    return wanted
