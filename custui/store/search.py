"""Turn what the rep types into an FTS5 MATCH expression over customer_fts."""

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


def match_expression(query: str) -> str | None:
    """FTS5 query for *query*, or None when there is nothing searchable in it.

    Every typed piece must match (AND).  A run of Chinese characters is a
    phrase of those characters (traditional folded to simplified); any other
    word is a prefix of a word in the record or of the pinyin of a Chinese
    name or contact.  Punctuation separates pieces, so "john@acme" needs
    both "john…" and "acme…".
    """
    clauses = [_clause(piece) for piece in text.WORD_PIECE.findall(text.fold(query))]
    return " AND ".join(clauses) if clauses else None
