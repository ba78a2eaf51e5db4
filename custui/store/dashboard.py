"""What the dashboard reads besides the scored list: orders per month and follow-ups due.

Orders count when neither the order nor its customer is deleted or merged
away — the same orders the scores are computed from.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from custui.store import followups
from custui.store.db import Store
from custui.store.followups import FollowUpLoad

if TYPE_CHECKING:
    import pandas as pd

_MONTHLY_SQL = """
SELECT substr(o.ordered_at, 1, 7) AS month, count(*) AS orders, ifnull(sum(o.amount_base_minor), 0) AS amount_minor
FROM orders o INDEXED BY orders_scoring
WHERE o.deleted_at IS NULL AND o.ordered_at >= ? AND o.ordered_at < ?
  AND o.customer_id NOT IN (SELECT id FROM customers WHERE deleted_at IS NOT NULL OR merged_into IS NOT NULL)
GROUP BY month ORDER BY month
"""


def orders_by_month(store: Store, as_of: date, months: int = 24) -> pd.DataFrame:
    """Orders and their amount per month over the *months* up to *as_of* (core.dashboard.month_series)."""
    import pandas as pd

    from custui.core.dashboard import month_series

    start = (pd.Period(as_of, freq="M") - (months - 1)).start_time.date().isoformat()
    end = (pd.Period(as_of, freq="M") + 1).start_time.date().isoformat()
    rows = store.tuples(_MONTHLY_SQL, (start, end))
    monthly = pd.DataFrame(rows, columns=["month", "orders", "amount_minor"])
    return month_series(monthly, as_of, months)


def orders_by_month_on_own_connection(book: Store, as_of: date, months: int = 24) -> pd.DataFrame:
    """orders_by_month through a read-only connection of its own to *book* (with its key, when it is
    encrypted), so it can run beside the app's reads."""
    from custui.store.db import open_store

    store = open_store(book.path, read_only=True, create=False, key=book.key)
    try:
        return orders_by_month(store, as_of, months)
    finally:
        store.close()


def follow_up_load(store: Store, today: date) -> FollowUpLoad:
    return followups.summary(store, today)
