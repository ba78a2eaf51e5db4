"""An encrypted book against the same plain one (issue 21: within 1.3x):

    python -m tests.bench.encrypted [--customers 320,10000 | --books PLAIN ENCRYPTED
                                     [--passphrase P]] [--repeat 5]

For each size a sample book (``custui sample``: 320 is its default size) is written to a temporary
folder and a copy encrypted (``custui encrypt``), or ``--books PLAIN ENCRYPTED`` are read.  In this
process, medians of ``--repeat`` runs, plain and encrypted taking turns:

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
from custui.store.db import Key, Store, open_store
from custui.store.encryption import encrypt_book

PASSPHRASE = "bench passphrase 口令"
SEARCHES = ("科技", "keji", "kj")
AS_OF = date(2026, 6, 1)


def timed_ms(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def actions(
    store: Store, path: Path, key: Key | None, passphrase: str
) -> dict[str, Callable[[], object]]:
    """What is measured on one book, by name (*store* is open on it and warm)."""

    def open_fresh() -> None:  # a Key made now derives the file's key once, as a new session does
        open_store(path, key=None if key is None else Key(passphrase)).close()

    return {
        "open": open_fresh,
        "open (key kept)": lambda: open_store(path, key=key).close(),
        "score": lambda: scores.score_book(store, AS_OF),
        "search": lambda: [repo.search_ids(store, t) for t in SEARCHES],
    }


def measure(
    plain: Path, encrypted: Path, key: Key, runs: int, passphrase: str = PASSPHRASE
) -> tuple[dict[str, float], dict[str, float]]:
    """Medians of *runs* of each action on both books, the runs interleaved (plain, encrypted,
    plain, …) so that whatever else the machine does weighs on both alike."""
    stores = open_store(plain), open_store(encrypted, key=key)
    try:
        for store in stores:  # warm: imports, caches, the search index up to date
            scores.score_book(store, AS_OF)
            for text in SEARCHES:
                repo.search_ids(store, text)
        a = actions(stores[0], plain, None, passphrase)
        b = actions(stores[1], encrypted, key, passphrase)
        times: dict[str, tuple[list[float], list[float]]] = {name: ([], []) for name in a}
        for name in a:
            for _ in range(runs):
                times[name][0].append(timed_ms(a[name]))
                times[name][1].append(timed_ms(b[name]))
    finally:
        for store in stores:
            store.close()
    return (
        {name: statistics.median(t[0]) for name, t in times.items()},
        {name: statistics.median(t[1]) for name, t in times.items()},
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.encrypted", description=__doc__)
    parser.add_argument("--customers", default=f"{sample.DEFAULT_CUSTOMERS},10000")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--books", nargs=2, type=Path, metavar=("PLAIN", "ENCRYPTED"),
                        help="measure these two books (the second PLAIN encrypted with the bench's "
                             "passphrase) instead of writing samples")  # fmt: skip
    parser.add_argument("--passphrase", default=PASSPHRASE,
                        help="the passphrase of the --books ENCRYPTED book")  # fmt: skip
    args = parser.parse_args(argv)
    cipher_version, sqlite_version = cipher.versions()
    print(
        f"{cipher_version} (SQLCipher 4 files) on SQLite {sqlite_version}; medians of {args.repeat} runs, ms\n"
    )
    print("| customers | measure | plain | encrypted | ratio |")
    print("|---:|---|---:|---:|---:|")
    if args.books:
        plain, encrypted = args.books
        key = Key(args.passphrase)
        a, b = measure(plain, encrypted, key, args.repeat, args.passphrase)
        store = open_store(plain, read_only=True)
        size = store.tuples("SELECT count(*) FROM customers")[0][0]
        store.close()
        print_rows(size, a, b)
        return 0
    for size in (int(s) for s in args.customers.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            plain = Path(tmp) / "plain.db"
            print(f"writing a {size:,}-customer sample…", file=sys.stderr)
            sample.generate(plain, customers=size)
            encrypted = Path(tmp) / "encrypted.db"
            shutil.copy(plain, encrypted)
            key = Key(PASSPHRASE)
            encrypt_book(encrypted, key, progress=lambda _: None)
            a, b = measure(plain, encrypted, key, args.repeat)
        print_rows(size, a, b)
    return 0


def print_rows(size: int, a: dict[str, float], b: dict[str, float]) -> None:
    for name in a:
        print(f"| {size:,} | {name} | {a[name]:.1f} | {b[name]:.1f} | {b[name] / a[name]:.2f}× |")


if __name__ == "__main__":
    raise SystemExit(main())
