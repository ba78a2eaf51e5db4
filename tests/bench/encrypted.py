"""An encrypted book against the same plain one (issue 21: within 1.3x):

    python -m tests.bench.encrypted [--customers 320,10000] [--repeat 5]

For each size a sample book (``custui sample``: 320 is its default size) is written to a temporary
folder and a copy encrypted (``custui encrypt``).  In this process, medians of ``--repeat`` runs:

* open: ``open_store`` as the command line does it, the passphrase's one key derivation included
  (PBKDF2, ~0.1 s: the price of a passphrase, paid once a session), and again with the derived key
  kept (what every later connection costs: a thread's reader, a backup);
* score: ``scores.score_book`` (the list's ranking; its second connection is keyed too);
* search: ``repo.search_ids`` for 科技, keji and kj (FTS5 over the index).

Prints one Markdown table, with the ratio encrypted / plain.  Not part of the pytest run.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from custui import sample
from custui.store import cipher, repo, scores
from custui.store.db import Key, open_store
from custui.store.encryption import encrypt_book

PASSPHRASE = "bench passphrase 口令"
SEARCHES = ("科技", "keji", "kj")
AS_OF = date(2026, 6, 1)


def median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def measure(path: Path, key: Key | None, runs: int) -> dict[str, float]:
    def open_fresh() -> None:  # a Key made now derives the file's key once, as a new session does
        open_store(path, key=None if key is None else Key(PASSPHRASE)).close()

    def open_derived() -> None:
        open_store(path, key=key).close()

    store = open_store(path, key=key)
    try:
        scores.score_book(store, AS_OF)  # warm: imports, caches, the search index up to date
        for text in SEARCHES:
            repo.search_ids(store, text)
        row = {
            "open": median_ms(open_fresh, runs),
            "open (key kept)": median_ms(open_derived, runs),
            "score": median_ms(lambda: scores.score_book(store, AS_OF), runs),
            "search": median_ms(lambda: [repo.search_ids(store, t) for t in SEARCHES], runs),
        }
    finally:
        store.close()
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.encrypted", description=__doc__)
    parser.add_argument("--customers", default=f"{sample.DEFAULT_CUSTOMERS},10000")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    cipher_version, sqlite_version = cipher.versions()
    print(
        f"SQLCipher {cipher_version} on SQLite {sqlite_version}; medians of {args.repeat} runs, ms\n"
    )
    print("| customers | measure | plain | encrypted | ratio |")
    print("|---:|---|---:|---:|---:|")
    for size in (int(s) for s in args.customers.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            plain = Path(tmp) / "plain.db"
            print(f"writing a {size:,}-customer sample…", file=sys.stderr)
            sample.generate(plain, customers=size)
            encrypted = Path(tmp) / "encrypted.db"
            shutil.copy(plain, encrypted)
            key = Key(PASSPHRASE)
            encrypt_book(encrypted, key, progress=lambda _: None)
            a, b = measure(plain, None, args.repeat), measure(encrypted, key, args.repeat)
        for name in a:
            print(
                f"| {size:,} | {name} | {a[name]:.1f} | {b[name]:.1f} | {b[name] / a[name]:.2f}× |"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
