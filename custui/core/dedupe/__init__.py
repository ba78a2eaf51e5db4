"""Duplicate customers: normalise, block, score, cluster (pure; no UI, no SQL).

* :func:`company_key` / :func:`person_key` reduce a name to what identifies
  it: NFKC (full-width → half-width), casefold, simplified Chinese, legal forms
  (Co., Ltd. / 有限公司 / GmbH …), regions (广州… / …（广州） / Shanghai …),
  branches (深圳店, "- Seattle"), abbreviations (Intl, Mfg, Tech, &) and, for
  people, word order, titles and nicknames.
* :func:`score_pair` combines per-field evidence into one 0–100 score with
  reasons ("same phone", "name 93 % alike after removing 'Co., Ltd.'");
  conflicting evidence (another city, branch, Jr/Sr, a different phone and
  e-mail) lowers it.  :data:`DEFAULT_THRESHOLD` is tuned on the labelled
  benchmark in ``tests/core/dedupe_benchmark.py`` for precision first.
* :class:`Index` blocks the customers (phone, e-mail, web site, one-typo name
  keys, pinyin, sorted neighbourhood) so a scan scores a few candidate pairs
  per customer with ``rapidfuzz.process.cpdist``; it also answers the
  as-you-type check (:meth:`Index.candidates_for`).
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
    from custui.core.dedupe.engine import Weights
    from custui.core.dedupe.index import Index, clusters, find_duplicates, score_pair
    from custui.core.dedupe.keys import company_key, person_key

__all__ = [
    "DEFAULT_THRESHOLD",
    "SUGGEST_THRESHOLD",
    "Index",
    "Match",
    "NameKey",
    "Record",
    "ScanCancelled",
    "Weights",
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
    "Weights": "custui.core.dedupe.engine",
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
