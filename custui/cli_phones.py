"""`custui --db DB fix-phones [--region XX] [--dry-run]`: re-read every stored phone, report each change."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from custui.cli import StoreContext


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--region", metavar="XX",
                        help="read numbers without a country code, on customers without a country, as this "
                             "country's (default: the home region)")  # fmt: skip
    parser.add_argument("--dry-run", action="store_true", help="report the changes, write nothing")


def run(args: argparse.Namespace, store_context: StoreContext) -> int:
    from custui.cli import UsageError
    from custui.core.regions import country_code
    from custui.core.text import display_safe, text_table
    from custui.store.phones import apply_phone_fixes, plan_phone_fixes

    region = None
    if args.region:
        region = country_code(args.region)
        if region is None:
            raise UsageError(
                f"--region: not a country: {args.region!r} (an ISO code such as US, or a name)"
            )
    with store_context(args) as store:
        changes, kept = plan_phone_fixes(store, region)
        if kept:
            print(
                f"Kept as they are ({len(kept):,}: not valid numbers of their region, the stored reading stays):"
            )
            table: list[tuple[str, ...]] = [("Code", "Name", "Phone as typed", "Region", "Kept")]
            table += [
                tuple(display_safe(x) for x in (c.code, c.name, c.phone, c.region, c.before or "—"))
                for c in kept
            ]
            print("\n".join(text_table(table, limits=(10, 24, 28, 6, 32))))
        if not changes:
            print("Every other phone already reads as it should; nothing to change." if kept else
                  "Every phone already reads as it should; nothing to change.")  # fmt: skip
            return 0
        table = [("Code", "Name", "Phone as typed", "Region", "Was", "Now")]
        for c in changes:
            now = (c.after or "") + (
                " (some not understood)" if c.invalid and c.after else ""
            ) or "not understood"
            table.append(
                tuple(
                    display_safe(x)
                    for x in (c.code, c.name, c.phone, c.region, c.before or "—", now)
                )
            )
        print("Changes:")
        print("\n".join(text_table(table, limits=(10, 24, 28, 6, 32, 44))))
        count = len(changes)
        if args.dry_run:
            print(
                f"Dry run: {count:,} phone{'s' if count != 1 else ''} would change; nothing was written."
            )
        else:
            apply_phone_fixes(store, changes)
            print(
                f"Changed {count:,} phone{'s' if count != 1 else ''} (a backup was taken first: custui backups)."
            )
    return 0
