"""Payment 付款及时性: the share of orders paid by their due date (issue 22); not used by default.

The facts are the order features ``payment_due_n``, ``payment_on_time_n`` and
``payment_late_days`` (core.receivables.punctuality per order, summed): orders
with terms whose due day has passed and whose outcome is known.  The value is
the share paid on time × 100; the explanation also gives how late the late
ones were on average.  A customer with no order due yet gets the neutral value.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from custui.core.scoring.inputs.spec import ScoreInput, is_na, num, plural

if TYPE_CHECKING:
    from custui.core.scoring.config import ScoringConfig
    from custui.core.scoring.prepared import Prepared


def _facts(p: Prepared) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    return (
        p.order_int("payment_due_n"),
        p.order_int("payment_on_time_n"),
        p.order_int("payment_late_days"),
    )


def compute(p: Prepared) -> np.ndarray:
    """0–100 for every customer at once: share of due orders paid on time × 100; none due: neutral."""
    due, on_time, _ = _facts(p)
    with np.errstate(invalid="ignore", divide="ignore"):
        share = np.where(due > 0, on_time / np.where(due > 0, due, 1), np.nan)
    values: np.ndarray = np.where(np.isnan(share), p.neutral, share * 100.0)
    return values


def details(p: Prepared) -> dict[str, np.ndarray]:
    """The counts `w` puts in words: orders due, paid on time, and the days late over the late ones."""
    due, on_time, late_days = _facts(p)
    late = due - on_time
    with np.errstate(invalid="ignore", divide="ignore"):
        average = np.where(late > 0, late_days / np.where(late > 0, late, 1), np.nan)
    return {
        "payment_due_n": due,
        "payment_on_time_n": on_time,
        "payment_days_late": average,
    }


def explain(row: pd.Series, cfg: ScoringConfig) -> tuple[str, bool]:
    """The sentence `w` shows, and False when the neutral value stood in for a missing one."""
    due = 0 if is_na(row["payment_due_n"]) else int(row["payment_due_n"])
    if due == 0:
        return f"— (no order with terms due yet, counted {num(cfg.neutral)})", False
    on_time = int(row["payment_on_time_n"])
    text = f"{on_time} of {plural(due, 'order')} paid by the due date ({on_time / due:.0%})"
    if on_time < due:
        text += f", the late ones {row['payment_days_late']:.0f} days late on average"
    return text, True


INPUT = ScoreInput(
    key="payment",
    label_en="Payment",
    label_zh="付款及时性",
    dimension="relationship_stability",
    default_weight=0.0,
    how="share of orders with terms paid by their due date × 100 (unpaid past due counts as late); "
    "none due yet: neutral",
    compute=compute,
    explain=explain,
    detail_columns=("payment_due_n", "payment_on_time_n", "payment_days_late"),
    details=details,
)
