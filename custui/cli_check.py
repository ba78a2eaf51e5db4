"""`custui --db DB check [--repair]`: is the book sound?  A plain report; exit status 1 on any problem."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from custui.cli import StoreContext


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--repair", action="store_true",
                        help="rebuild what can be rebuilt (the search indexes, a damaged kept ranking), after a backup")  # fmt: skip


def run(args: argparse.Namespace, store_context: StoreContext) -> int:
    from custui.cli import EXIT_ERROR, EXIT_OK
    from custui.store.check import check, repair
    from custui.store.schema import SCHEMA_VERSION

    with store_context(args) as store:
        customers = store.query(
            "SELECT count(*) FROM customers WHERE deleted_at IS NULL AND merged_into IS NULL"
        )[0][0]
        print(f"{store.path.name}: schema {SCHEMA_VERSION}, {customers:,} customers")
        if args.repair and not store.read_only:
            for done in repair(store):
                print(f"repaired  {done}")
        findings = check(store)
    for finding in findings:
        print(f"{'ok' if finding.ok else 'PROBLEM':<8}  {finding.name}")
        for problem in finding.problems:
            print(f"          {problem}")
    broken = [f for f in findings if not f.ok]
    if any(f.repairable for f in broken):
        print("custui --db FILE check --repair rebuilds the search indexes and the kept ranking.")
    return EXIT_ERROR if broken else EXIT_OK
