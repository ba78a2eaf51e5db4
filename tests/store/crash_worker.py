"""Child process for test_crash: open a file and repeat one write operation until killed.

    python -m tests.store.crash_worker import|merge|bulk-tag DB

Prints "ready" once set up; from then on it only writes, so a SIGKILL lands
inside a transaction (or a backup) most of the time.
"""

from __future__ import annotations

import sys
from datetime import date

from custui.core import merge as merge_core
from custui.store import importer, repo, tags
from custui.store import merge as store_merge
from custui.store.db import open_store
from custui.store.readers import read_csv_bytes
from custui.store.settings import put_setting

IMPORT_ROWS = 300


def main(operation: str, path: str) -> None:
    store = open_store(path)
    put_setting(
        store, "backup_min_minutes", 0
    )  # back up before every operation: kills land in backups too
    ids = [r[0] for r in store.tuples("SELECT id FROM customers ORDER BY id")]
    if operation == "import":
        csv = "code,date,channel,summary\n" + "".join(
            f"C00001,2026-01-01,call,第{n}次\n" for n in range(IMPORT_ROWS)
        )
        table = read_csv_bytes(csv.encode(), "x.csv")

        def step() -> None:
            importer.import_table(store, table, "interactions", today=date(2026, 1, 2))
    elif operation == "merge":
        merge_core.default_plan(
            [repo.get_customer(store, i) for i in ids[:2]]
        )  # loads the name folding first

        def step() -> None:
            plan = merge_core.default_plan([repo.get_customer(store, i) for i in ids[:2]])
            merge_id = store_merge.merge(store, plan)
            store_merge.undo_merge(store, merge_id)
    else:
        tag = tags.create_tag(store, "crash", "custom")

        def step() -> None:
            tags.add_tag(store, ids, tag)
            tags.remove_tag(store, ids, tag)

    print("ready", flush=True)
    while True:
        step()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
