"""What the rep types → the customers it finds, through the FTS5 indexes.

A customer matches a typed piece when its own document (customer_fts) or the
name of one of its tags (tag_fts) does; it matches the search when it
matches every piece.
"""

from __future__ import annotations

from custui.core import text


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _clause(piece: str) -> str:
    if text.has_cjk(piece):
        return f"doc : {_quoted(text.space_cjk(piece).strip())}"
    if piece.isascii() and piece.isalpha():
        return f"(doc : {_quoted(piece)} * OR pinyin : {_quoted(piece)} *)"
    return f"doc : {_quoted(piece)} *"


def match_clauses(query: str) -> list[str]:
    """One FTS5 MATCH expression per typed piece; a customer matches when every piece does (AND).

    A run of Chinese characters is a phrase of those characters (traditional
    folded to simplified); any other word is a prefix of a word in the record or
    of the pinyin of a Chinese name or contact.  Punctuation separates pieces,
    so "john@acme" needs both "john…" and "acme…".
    """
    return [_clause(piece) for piece in text.word_pieces(text.fold(query))]


#: The customers matching one typed piece: by their own document, and by the name of a tag.
PIECE_QUERIES = (
    "SELECT rowid FROM customer_fts WHERE customer_fts MATCH ?",
    "SELECT customer_id FROM customer_tags WHERE tag_id IN (SELECT rowid FROM tag_fts WHERE tag_fts MATCH ?)",
)
_PIECE_IDS = " UNION ".join(PIECE_QUERIES)


def matching_ids(query: str) -> tuple[str, tuple[str, ...]] | None:
    """(SQL selecting the ids of every customer matching *query*, its parameters); None if nothing searchable."""
    clauses = match_clauses(query)
    if not clauses:
        return None
    sql = " INTERSECT ".join(f"SELECT * FROM ({_PIECE_IDS})" for _ in clauses)
    return sql, tuple(c for clause in clauses for c in (clause, clause))
