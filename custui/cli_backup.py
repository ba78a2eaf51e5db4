"""`custui --db DB backups` lists the file's backups; `custui --db DB restore BACKUP` puts one back.

Restore asks first (on a terminal; elsewhere it needs ``--yes``) and backs
up the current file before replacing its contents.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_restore_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "backup",
        metavar="BACKUP",
        help="a backup file (see custui backups), or its number in that list",
    )
    parser.add_argument(
        "--yes", action="store_true", help="do not ask (needed when not on a terminal)"
    )


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:,.0f} {unit}" if unit == "B" else f"{n:,.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return str(n)


def run_backups(args: argparse.Namespace, db_path: Path) -> int:
    from custui.store.backup import backups_dir, list_backups

    found = list_backups(db_path)
    if not found:
        print(f"No backups of {db_path} yet (they go to {backups_dir(db_path)}).")
        return 0
    from custui.store.cipher import is_encrypted

    print(f"{len(found)} backup{'s' if len(found) != 1 else ''} of {db_path}, newest first:")
    for n, b in enumerate(found, 1):
        how = "encrypted" if is_encrypted(b.path) else "plain"
        print(
            f"{n:>3}  {b.taken:%Y-%m-%d %H:%M:%S}  {b.reason:<15} {_size(b.size):>10}  {how:<9}  {b.path}"
        )
    return 0


def run_restore(args: argparse.Namespace, db_path: Path) -> int:
    from custui.cli import UsageError
    from custui.store.backup import list_backups, restore

    chosen = Path(args.backup).expanduser()
    if args.backup.isdigit() and not chosen.exists():
        found = list_backups(db_path)
        if not 1 <= int(args.backup) <= len(found):
            raise UsageError(
                f"there is no backup number {args.backup} (custui --db {db_path} backups lists them)"
            )
        chosen = found[int(args.backup) - 1].path
    if not db_path.exists():
        raise UsageError(f"{db_path} does not exist; copy the backup there instead")
    if not args.yes:
        if not sys.stdin.isatty():
            raise UsageError(
                "restore replaces the file's contents: add --yes to confirm when not on a terminal"
            )
        answer = input(
            f"Replace the contents of {db_path} with {chosen}? The current file is backed up first. [y/N] "
        )
        if answer.strip().lower() not in ("y", "yes"):
            print("Nothing was changed.")
            return 0
    from custui.cli import obtain_passphrase

    safety = restore(db_path, chosen, obtain_passphrase(db_path))
    print(f"Restored {db_path} from {chosen}.")
    print(f"The file as it was before is kept in {safety}.")
    return 0
