"""The store feeds the scoring core: per-customer features read straight from SQLite.

``custui.core.scoring.features`` defines the feature frames (and computes them
from raw rows); this module produces *exactly the same frames* (tests compare
them frame for frame) without loading a million orders into pandas.  Measured
at 100k customers / 1M orders / 1M interactions on a 2-core VM, a full
re-score from the file (``score_book``) takes ~1.15 s, where reading the raw
orders alone would cost ~1.2 s.

* **Orders** — one ``GROUP BY customer_id`` pass over the partial covering
  index ``orders_scoring`` (schema V4): counts and window sums in SQL, plus
  ``group_concat(ordered_at)``, whose first ten characters per order numpy
  parses (bytes → day numbers, ~30 ms for 1M) for first/last order, distinct
  order days and the gap statistics.
* **Interactions** — only the rows that can change a feature: the sentiment
  window and open next actions go through ``interaction_features`` (~80k of
  1M rows); customers silent during the window get their latest contact from
  one index seek per customer (interactions_scoring_customer).
* **Packing** — each read returns *one* row: its columns ``group_concat``-ed
  into a few long strings that numpy splits.  Building 100k Python tuples
  would cost more than the query itself.
* **Two connections** — the order read runs on a second, read-only
  connection in a thread while this one reads customers and interactions
  (SQLite releases the GIL; ~0.25 s saved at 1M orders).  One packed row per
  read matters here too: with 100k rows the two threads would hand the GIL
  back and forth per row and gain nothing.
* Day tests compare ISO text (``ordered_at < '2026-01-01'``): for text that
  starts with ``YYYY-MM-DD`` this is the contract's "first ten characters"
  rule, and it keeps SQLite on the indexes.  A date that is not plain ISO
  sends the order read down the reference path (raw rows →
  ``order_features``), which names the offending order.  A malformed date
  whose text sorts after the as-of day is taken for a future order and
  ignored.

Only active customers (not deleted, not merged away) are scored; deleted
orders and interactions, and those of other customers, are left out.  Money
is each order's amount in the base currency (``amount_base_minor``, schema
v7); an order whose currency has no rate adds 0 (store.rates.unconverted
names them, so the screens can say so).

The work is split along its jobs in ``custui.store.scoring``: ``customers``
(customer and tag frames), ``orders`` (order features: the packed fast path
and its reference twin), ``days`` (ISO dates to day numbers), ``interactions``
(interaction features), ``packed`` (packed reads, the background read),
``settings`` (the saved scoring configuration), ``load`` (``load_scoring_inputs``,
``score_book``) and ``ranking`` (``filter_ids``, ``ranking_lines``).  This
module keeps every public name where callers import it from.
"""

from __future__ import annotations

from custui.store.scoring.customers import (
    ACTIVE,
    CONTACT_NAMES_SQL,
    DETAIL_COLUMNS,
    PHONE_STATUS_SQL,
    RATING_COLUMNS,
    load_customers,
    load_tags,
)
from custui.store.scoring.days import DAY_CHUNK, iso_day_numbers, leading_days
from custui.store.scoring.interactions import (
    LATEST_SQL,
    OPEN_SQL,
    WINDOW_SQL,
    load_interaction_features,
)
from custui.store.scoring.load import (
    ScoringInputs,
    load_scoring_inputs,
    load_scoring_rows,
    score_book,
)
from custui.store.scoring.orders import (
    ORDER_GROUPS_SQL,
    ORDER_PACKS,
    ORDER_SQL,
    _fast_order_features,
    _reference_order_features,
    load_order_features,
)
from custui.store.scoring.packed import PARALLEL_READS
from custui.store.scoring.ranking import filter_ids, ranking_lines
from custui.store.scoring.settings import (
    SCORING_KEY,
    ScoringSettingsError,
    load_scoring_config,
    save_scoring_config,
)

__all__ = [
    "ACTIVE",
    "CONTACT_NAMES_SQL",
    "DAY_CHUNK",
    "DETAIL_COLUMNS",
    "LATEST_SQL",
    "OPEN_SQL",
    "ORDER_GROUPS_SQL",
    "ORDER_PACKS",
    "ORDER_SQL",
    "PARALLEL_READS",
    "PHONE_STATUS_SQL",
    "RATING_COLUMNS",
    "SCORING_KEY",
    "WINDOW_SQL",
    "ScoringInputs",
    "ScoringSettingsError",
    "_fast_order_features",
    "_reference_order_features",
    "filter_ids",
    "iso_day_numbers",
    "leading_days",
    "load_customers",
    "load_interaction_features",
    "load_order_features",
    "load_scoring_config",
    "load_scoring_inputs",
    "load_scoring_rows",
    "load_tags",
    "ranking_lines",
    "save_scoring_config",
    "score_book",
]
