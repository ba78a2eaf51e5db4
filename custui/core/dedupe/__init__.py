"""Duplicate customers: normalise, block, score, cluster (pure; no UI, no SQL).

* :func:`company_key` / :func:`person_key` reduce a name to what identifies
  it: NFKC (full-width → half-width), casefold, simplified Chinese, legal forms
  (Co., Ltd. / 有限公司 / GmbH …), regions (广州… / …（广州） / Shanghai …),
  branches (深圳店, "- Seattle"), abbreviations (Intl, Mfg, Tech, &) and, for
  people, word order, titles and nicknames.
* :mod:`.linkage` is a Fellegi–Sunter model: each field of a pair compared into a level (exact,
  fuzzy bands, different; missing is neutral), each level weighed by m / u — u counted on random
  pairs of the book, m by EM on its candidate pairs, no labels — exact names and cities by how
  common they are; a match probability with reasons that carry their factors ("same e-mail ×900").
  No parameter is fitted to a labelled set; :data:`DEFAULT_THRESHOLD` (50 %: more likely one
  customer than two) is a rule, not a tuned number.
* :class:`Index` blocks the customers (phone, e-mail, web site, one-typo name keys, pinyin, name
  words, street words and house numbers where the customer is, sorted neighbourhoods on name and
  street), fits the model to them, scans a few dozen candidate pairs per customer with
  ``rapidfuzz.process.cpdist``, and answers the as-you-type check (:meth:`Index.candidates_for`) by
  the same model.  :func:`score_pair` scores two records seen without their book.
* :func:`find_duplicates` scans; :func:`clusters` groups the matches (union-find).

numpy and rapidfuzz load when the engine is first used, not on import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from custui.core.dedupe.model import (
    DEFAULT_THRESHOLD,
    SUGGEST_THRESHOLD,
    Match,
    NameKey,
    Record,
    ScanCancelled,
)

if TYPE_CHECKING:
    from custui.core.dedupe.index import Index, clusters, find_duplicates, score_pair
    from custui.core.dedupe.keys import company_key, person_key
    from custui.core.dedupe.linkage import LinkageModel

__all__ = [
    "DEFAULT_THRESHOLD",
    "SUGGEST_THRESHOLD",
    "Index",
    "LinkageModel",
    "Match",
    "NameKey",
    "Record",
    "ScanCancelled",
    "clusters",
    "company_key",
    "find_duplicates",
    "person_key",
    "score_pair",
]

_LAZY = {
    "Index": "custui.core.dedupe.index",
    "clusters": "custui.core.dedupe.index",
    "find_duplicates": "custui.core.dedupe.index",
    "score_pair": "custui.core.dedupe.index",
    "LinkageModel": "custui.core.dedupe.linkage",
    "company_key": "custui.core.dedupe.keys",
    "person_key": "custui.core.dedupe.keys",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
