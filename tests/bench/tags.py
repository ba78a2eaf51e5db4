"""Bulk tagging on a copy of a bench file: ``python -m tests.bench.tags FILE [--customers 10000] [--repeat 5]``.

Times (medians, ms) adding one tag to *customers* customers of the list's
filter ``industry:制造`` — padded with other active customers to the size asked —
as one undoable change; its undo; removing it; and a merge of two tags that
each sit on half of them.  Each run starts from the same state (the change
is undone between runs), so every run writes the full count.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

from custui.store import tags
from custui.store.repo import ACTIVE
from tests.bench.book import median_ms, store_on_copy


def _timed_pair(do, undo, repeat: int) -> tuple[float, float]:
    done, undone = [], []
    for _ in range(repeat):
        start = time.perf_counter()
        change = do()
        done.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        undo(change)
        undone.append((time.perf_counter() - start) * 1000)
    return statistics.median(done), statistics.median(undone)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.tags")
    parser.add_argument("file")
    parser.add_argument("--customers", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    with store_on_copy(args.file) as store:
        ids = [r[0] for r in store.tuples(
            f"SELECT id FROM customers c WHERE {ACTIVE} ORDER BY (industry = '制造') DESC, id LIMIT ?", (args.customers,)
        )]  # fmt: skip
        tag = tags.create_tag(store, "bench重点", "potential")
        add_ms, undo_add_ms = _timed_pair(lambda: tags.add_tag(store, ids, tag),
                                          lambda c: tags.undo_change(store, c), args.repeat)  # fmt: skip
        tags.add_tag(store, ids, tag)
        remove_ms, _ = _timed_pair(lambda: tags.remove_tag(store, ids, tag),
                                   lambda c: tags.undo_change(store, c), args.repeat)  # fmt: skip
        other = tags.create_tag(store, "bench VIP", "potential")
        tags.remove_tag(store, ids[len(ids) // 2 :], tag)
        tags.add_tag(store, ids[len(ids) // 2 :], other)
        merge_ms, undo_merge_ms = _timed_pair(lambda: tags.merge_tags(store, [other], tag),
                                              lambda m: tags.undo_merge(store, m), args.repeat)  # fmt: skip
        list_ms = median_ms(lambda: tags.all_tags(store), args.repeat)
    print(json.dumps({"customers": len(ids), "add_ms": round(add_ms, 1), "undo_add_ms": round(undo_add_ms, 1),
                      "remove_ms": round(remove_ms, 1), "merge_ms": round(merge_ms, 1),
                      "undo_merge_ms": round(undo_merge_ms, 1), "all_tags_ms": round(list_ms, 1)}))  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
