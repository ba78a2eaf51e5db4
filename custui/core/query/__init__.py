"""The list filter language: what the rep types → a structured :class:`Filter`.

Example::

    tier:core,strategic tag:重点 score>=70 industry:制造 last_order<90d churn:yes acme

Grammar
-------
A filter is words separated by spaces; every condition must hold (AND).

* ``field OP value[,value…]`` is a condition.  Operators: ``:`` ``=`` ``!=``
  ``>`` ``>=`` ``<`` ``<=`` (full-width ``：＝＞＜！`` and ``≥ ≤ ≠`` work too).
  A comma list (``,`` ``，`` ``、``) means *any of* (OR).  ``tier: core`` (space
  after the colon) is an error: the value belongs right after the operator.
  A comparison takes one value, so there ``100,000`` is one number.
* A leading ``-`` excludes: ``-tag:x`` keeps customers that do **not** match ``tag:x``.
  A free word cannot be excluded (``-acme`` is an error: write ``-name:acme``).
* ``"…"`` (or ``“…”``) quotes a value or words: ``industry:"IT 软件"``; inside
  quotes ``\\"`` is a quote and ``\\\\`` a backslash.  A word that starts with a
  quote is always plain text, so ``"http://x"`` searches for that text.
* Any other word is free text (:attr:`Filter.text`), searched by the store's
  full-text index over names, contacts, notes and tags.  :func:`apply` ignores it.
* Field names are case-insensitive and have a few Chinese aliases (``行业:制造``).
  An unknown Latin field name is an error (with the closest name suggested); an
  unknown Chinese word before a colon is plain text (``地址:深圳`` searches it).

Meaning of each operator by field kind (``Condition.op`` in brackets)
--------------------------------------------------------------------
==========  ======================================  ==============================
kind        ``:`` / ``=``                            ``!=``
==========  ======================================  ==============================
enum        one of (``in``; ``=`` is the same)      none of (``not_in``)
bool        is (``in``)                             is not (``not_in``)
tag         has any of (``in``)                     has none of (``not_in``)
text        ``:`` contains any of (``in``);         equals none of (``!=``)
            ``=`` equals one of (``=``)
number      equals one of (``in``)                  none of (``not_in``)
days        is exactly / keyword (``in``)           none of (``not_in``)
==========  ======================================  ==============================

``> >= < <=`` work on numbers, days and the ordered enums ``tier`` (basic <
potential < core < strategic) and ``priority`` (c < b < a < s); they take one value.

Text fields compare in :func:`custui.core.text.fold` form on both sides (NFKC,
case-folded, traditional → simplified), so ``industry:製造`` finds 制造.
``region:`` also knows China's seven macro-regions: ``region:华东`` matches
上海 江苏 浙江 安徽 福建 江西 山东 台湾 (and their pinyin names).

Missing data
------------
* ``last_order``, ``last_contact`` and ``recency`` treat "never" as infinitely
  long ago: never matches ``<``/``<=``/``=``, always matches ``>``/``>=``;
  ``last_order:never`` selects exactly the customers without orders.
* ``due`` (days until the earliest open next action; negative = overdue) never
  matches any comparison when there is no open next action; ``due:none`` selects those.
  ``due<=7d`` includes overdue actions; ``due:overdue`` is ``due<0d``; ``due:today`` is ``due:0d``.
* A negated condition is the exact complement: ``-industry:制造`` includes
  customers with no industry, ``-last_order<90d`` includes customers without orders.

Values held in a :class:`Condition`
-----------------------------------
enum: canonical key (``"core"``, ``"churn_risk"``); bool: ``True``/``False``;
number: ``int`` or ``float``; **monetary: integer minor units** (分/cents) — it is
typed in major units (``monetary>=100000``, ``1.2万``, ``100k``; :func:`validate.parse_money`)
and compared directly with ``monetary_minor``; days: ``int`` days (``2w`` → 14,
``3m`` → 90, ``1y`` → 365) or a keyword (``never``, ``none``, ``overdue``, ``today``);
text and tag: the typed string, stripped (tag categories normalised: ``风险/*`` → ``risk/*``).

Tags (:func:`apply`'s ``tags`` argument)
----------------------------------------
A ``pd.Series`` indexed by customer_id whose values are iterables of tags, each
tag either a ``(category, name)`` tuple or a ``"category/name"`` string (split at
the first ``/``; a string without ``/`` is a name with no category); ``None``/NaN
or an absent customer = no tags.  A long ``pd.DataFrame`` with columns
``customer_id, category, name`` (one row per tag, as SQL returns it) is accepted
too, and is the faster form.  Fastest is a :class:`TagTable` from
:func:`tag_table`: built (and folded) once, it serves every later filter.
Without ``tags``, a ``tags`` column of ``frame`` in the Series format is used.

``tag:`` values: ``重点`` a tag named so (folded, exact, any category);
``vip*`` names starting with vip; ``risk/*`` any tag of category risk;
``risk/付款慢`` (or ``risk/付*``) name within one category; ``*`` any tag
(``-tag:*`` = untagged).  Categories: industry need risk potential custom
(行业 需求 风险 潜力 自定义).

Modules
-------
``fields`` (the vocabulary: every field, its values and names — where a new field
goes; :class:`FilterError`), ``terms`` (:class:`Condition`, :class:`Filter` and their
canonical text), ``lexer`` (words, quotes, a condition's head, comma lists),
``parser`` (:func:`parse` and the value readers), ``describer`` (:func:`describe`)
and ``evaluator`` (:func:`apply`, :class:`TagTable`, :func:`tag_table`).

Pandas is imported only inside :func:`apply`, so the UI can parse as the rep types
without loading it.
"""

from custui.core.query.describer import describe
from custui.core.query.evaluator import TagTable, apply, tag_table
from custui.core.query.fields import (
    BOOL,
    COMPARISONS,
    DAYS,
    ENUM,
    FIELDS,
    MACRO_REGIONS,
    NUMBER,
    OPS,
    TAG,
    TAG_CATEGORIES,
    TEXT,
    FieldDef,
    FilterError,
    vocabulary,
)
from custui.core.query.parser import parse
from custui.core.query.terms import Condition, Filter

__all__ = [
    "BOOL",
    "COMPARISONS",
    "DAYS",
    "ENUM",
    "FIELDS",
    "MACRO_REGIONS",
    "NUMBER",
    "OPS",
    "TAG",
    "TAG_CATEGORIES",
    "TEXT",
    "Condition",
    "FieldDef",
    "Filter",
    "FilterError",
    "TagTable",
    "apply",
    "describe",
    "parse",
    "tag_table",
    "vocabulary",
]
