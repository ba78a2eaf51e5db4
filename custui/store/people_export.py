"""The people of a list of customers, one row each: ``custui export FILE --contacts``.

For a mailing tool, a phone or another CRM that wants people, not companies:
each person of each customer (primary first, those who left after those still
there, with the day they left), next to the customer's code and name.  Phones
are E.164 where every number was understood, else as typed (nothing lost).
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from custui.store.call_list import phone_text
from custui.store.contacts import people_of
from custui.store.db import Store
from custui.store.repo import codes_and_names

#: The columns, in order.
PEOPLE_COLUMNS = ("code", "customer", "contact", "title", "phone", "email", "primary", "left")


def people_rows(store: Store, ids: Sequence[int]) -> pd.DataFrame:
    """One row per person of the customers *ids*, in that order."""
    names = codes_and_names(store, ids)
    people = people_of(store, list(ids))
    records = [
        (*names[i], p["name"], p["title"], phone_text(p["phone"], p["phone_e164"], p["phone_invalid"]), p["email"],
         bool(p["is_primary"]), p["left_at"])
        for i in ids if i in names for p in people.get(i, ())
    ]  # fmt: skip
    return pd.DataFrame.from_records(records, columns=list(PEOPLE_COLUMNS))
