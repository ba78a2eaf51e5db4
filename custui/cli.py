"""`custui` command line: open the app on a file, or run a sub-command.

    custui [DB]                      open the app (default: custui.db in the user data folder)
    custui --db DB                   the same
    custui sample [--out FILE] [--seed N] [--customers N] [--force]
    custui --db DB score [--as-of YYYY-MM-DD] [--top N]
    custui --db DB export FILE [--filter EXPR] [--as-of YYYY-MM-DD] [--contacts]
    custui --db DB dupes [--threshold N] [--export FILE]
    custui --db DB imports
    custui --db DB revert-import N [--undo]
    custui --db DB backups
    custui --db DB restore BACKUP [--yes]
    custui --db DB import FILE [--kind customers|interactions|orders] [--existing skip|merge|add]
                              [--rows customers|people] [--region XX] [--sheet NAME] [--encoding NAME]
                              [--dry-run] [--strict] [--rejects FILE]
    custui --db DB config [KEY [VALUE]]      list or set settings; config rate USD 7.10 [--from DATE]
    custui --db DB fix-phones [--region XX] [--dry-run]
    custui --db DB agenda [--all] [--ics FILE]
    custui --db DB owed [--as-of DATE] [--export FILE]   who owes money, most overdue first
    custui --db DB snapshot [--as-of DATE]   keep every customer's score, tier, segment and priority
    custui --db DB movement FROM TO [--export FILE]   tier transitions between two snapshots
    custui --db DB find TEXT… [--json]       the list's search, best scored first
    custui --db DB check [--repair]          integrity, links, search indexes, settings
    custui --db DB encrypt | decrypt | passwd   encrypt the book (SQLCipher), back, new passphrase
    custui --debug [DB]                      the app, with full tracebacks instead of crash reports

Errors print one line on stderr and exit non-zero; never a traceback.

An encrypted book asks for its passphrase on the terminal (the app: on its unlock screen), or takes
it from CUSTUI_PASSPHRASE (``encrypt`` and ``passwd`` take the new one from CUSTUI_NEW_PASSPHRASE):
see cli_crypt.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from custui.store.db import Key, Store

    #: How a command opens the book it works on: ``with store_context(args) as store``.
    StoreContext = Callable[[argparse.Namespace], AbstractContextManager[Store]]

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_ERROR = 1


def default_db_path() -> Path:
    """CUSTUI_DB, else custui.db in the platform's user data folder (resolved now, not at import)."""
    override = os.environ.get("CUSTUI_DB")
    if override:
        return Path(override).expanduser()
    import platformdirs

    return platformdirs.user_data_path("custui", appauthor=False) / "custui.db"


def obtain_passphrase(path: Path) -> Key | None:
    """The key of the book at *path* (None: a plain book), asked before a command opens it: from
    CUSTUI_PASSPHRASE, else on the terminal.  The app asks on its unlock screen instead."""
    from custui.cli_crypt import obtain_passphrase as on_the_terminal

    return on_the_terminal(path)


def _open_app(args: argparse.Namespace) -> int:
    """The app on the book: an encrypted one starts on its unlock screen (unless CUSTUI_PASSPHRASE
    gives the passphrase, or there is no terminal: then it is refused in one line); a third wrong
    passphrase there ends it with status 1."""
    from custui.core.memory import pause_collection

    pause_collection()  # until the first frame is drawn (CustuiApp resumes it)
    from custui.cli_crypt import PASSPHRASE_ENV, on_terminal
    from custui.store import cipher
    from custui.store.db import open_store
    from custui.tui.app import BookOpener, CustuiApp
    from custui.tui.keymap import keymap_path

    path = _db_path(args)
    store = None
    if not cipher.is_encrypted(path) or PASSPHRASE_ENV in os.environ or not on_terminal():
        store = open_store(path, read_only=args.read_only, key=obtain_passphrase(path))
    book = store if store is not None else BookOpener.of(path, read_only=args.read_only)
    app = CustuiApp(book, debug=args.debug, keymap=keymap_path())
    try:
        app.run()
    finally:
        app.close_book()
        if store is not None:
            store.close()
    return app.return_code or EXIT_OK


def _sample(args: argparse.Namespace) -> int:
    from custui import sample

    out = Path(args.out)
    if out.exists() and args.force:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{out}{suffix}").unlink(missing_ok=True)
    summary = sample.generate(out, seed=args.seed, customers=args.customers)
    print(
        f"Wrote {out}: {summary.customers} customers ({summary.planted_duplicates} planted near-duplicates), "
        f"{summary.interactions} interactions, {summary.orders} orders, {summary.tags} tags."
    )
    return EXIT_OK


class UsageError(Exception):
    """Bad command-line input: one line on stderr, exit status 2."""


def day_option(text: str | None, option: str = "--as-of") -> date | None:
    """The day an *option* names (None when not given); UsageError naming the option otherwise."""
    if not text:
        return None
    from custui.core.validate import FieldInvalid, parse_date

    try:
        return parse_date(text)
    except FieldInvalid as exc:
        raise UsageError(f"{option}: {exc}") from None


@contextlib.contextmanager
def _existing_store(args: argparse.Namespace, *, create: bool = False) -> Iterator[Store]:
    """The database named on the command line; created only when *create* (an import into a new file)."""
    from custui.store.db import open_store

    path = _db_path(args)
    store = open_store(path, read_only=args.read_only, create=create, key=obtain_passphrase(path))
    try:
        yield store
    finally:
        store.close()


def _score(args: argparse.Namespace) -> int:
    as_of = day_option(args.as_of)
    from custui.store import scores

    with _existing_store(args) as store:
        result = scores.score_book(store, as_of)
        if len(result) == 0:
            print("No customers to score.")
            return EXIT_OK
        top = min(args.top, len(result))
        print(f"Top {top:,} of {len(result):,} customers, scored as of {result.as_of.isoformat()}")
        print("\n".join(scores.ranking_lines(store, result, top)))
        warnings = _money_warnings(store)
    if warnings:
        print("\n".join(warnings), file=sys.stderr)
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    as_of = day_option(args.as_of)
    from custui.core.call_list import parse_columns
    from custui.core.query import FilterError
    from custui.store import call_list

    try:
        columns = parse_columns(args.columns)
    except ValueError as exc:
        raise UsageError(f"--columns: {exc}") from None

    with _existing_store(args) as store:
        if args.include_removed and args.filter:
            raise UsageError(
                "--include-removed exports everyone; it cannot be combined with --filter"
            )
        if args.contacts and (args.include_removed or args.columns):
            raise UsageError(
                "--contacts writes the people's own columns (code, customer, contact, title, phone, "
                "email, primary, left); it cannot be combined with --columns or --include-removed"
            )
        if args.include_removed and Path(args.file).suffix.lower() == ".vcf":
            raise UsageError(
                "--include-removed is for .csv and .xlsx; contacts hold only the customers you have"
            )
        try:
            count = call_list.export_list(store, args.file, as_of=as_of, filter_expr=args.filter,
                                          include_removed=args.include_removed, columns=columns,
                                          people=args.contacts)  # fmt: skip
        except FilterError as exc:
            raise UsageError(f"--filter: {exc}") from None
        warnings = _money_warnings(store)
        encrypted = store.encrypted
    what = "contact" if args.contacts or Path(args.file).suffix.lower() == ".vcf" else "customer"
    print(f"Exported {count:,} {what}{'s' if count != 1 else ''} to {args.file}")
    if encrypted:
        print(f"Note: {args.file} is not encrypted, as every export: keep it as safe as the book.",
              file=sys.stderr)  # fmt: skip
    if warnings:
        print("\n".join(warnings), file=sys.stderr)
    return EXIT_OK


def _money_warnings(store: Store) -> list[str]:
    """One line per currency whose orders are left out of the money for want of a rate."""
    from custui.store.rates import unconverted

    return [f"Warning: {u.warning()}" for u in unconverted(store)]


def _dupes(args: argparse.Namespace) -> int:
    from custui.core.text import display_safe, text_table
    from custui.store import dupes, io

    with _existing_store(args) as store:
        if args.export:
            io.export_format(Path(args.export))  # a wrong extension fails before a long scan
        matches = dupes.scan(store, threshold=args.threshold)
        rows = dupes.pair_rows(store, matches)
        if args.export:
            io.export_rows(rows, args.export)
            print(
                f"Wrote {len(rows):,} duplicate pair{'s' if len(rows) != 1 else ''} to {args.export}"
            )
            return EXIT_OK
    if rows.empty:
        print(f"No pairs at least {args.threshold:g} % likely to be duplicates.")
        return EXIT_OK
    table: list[tuple[str, ...]] = [("Code A", "Name A", "Code B", "Name B", "%", "Reasons")]
    for r in rows.itertuples(index=False):
        cells = (r.code_a, r.name_a, r.code_b, r.name_b, f"{r.score:.1f}", r.reasons)
        table.append(tuple(display_safe(str(c)) for c in cells))
    print(
        f"{len(rows):,} pair{'s' if len(rows) != 1 else ''} at least {args.threshold:g} % likely to be duplicates:"
    )
    print("\n".join(text_table(table, limits=(12, 28, 12, 28, 5, 80), right={4})))
    return EXIT_OK


def _threshold(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError("must be a number from 0 to 100") from None
    if not 0 <= value <= 100:
        raise argparse.ArgumentTypeError("must be a number from 0 to 100")
    return value


def _command_parsers() -> dict[
    str, tuple[argparse.ArgumentParser, Callable[[argparse.Namespace], int]]
]:
    from custui import sample

    sample_parser = argparse.ArgumentParser(
        prog="custui sample", description="Write a sample database."
    )
    sample_parser.add_argument(
        "--out", default="sample.db", help="file to write (default: sample.db)"
    )
    sample_parser.add_argument("--seed", type=int, default=sample.DEFAULT_SEED, help="random seed")
    sample_parser.add_argument("--customers", type=_positive_int, default=sample.DEFAULT_CUSTOMERS)
    sample_parser.add_argument("--force", action="store_true", help="overwrite FILE if it exists")

    score_parser = argparse.ArgumentParser(
        prog="custui score", description="Print the ranked customer list."
    )
    score_parser.add_argument(
        "--as-of", metavar="YYYY-MM-DD", help="score as of this day (default: today)"
    )
    score_parser.add_argument(
        "--top", type=_positive_int, default=20, metavar="N", help="rows to print (default: 20)"
    )

    export_parser = argparse.ArgumentParser(
        prog="custui export",
        description="Write the scored list to a .csv or .xlsx file (--contacts: its people), or its people to .vcf.",
    )
    export_parser.add_argument("file", metavar="FILE", help="file to write (.csv, .xlsx or .vcf)")
    export_parser.add_argument(
        "--filter",
        metavar="EXPR",
        help='list filter, e.g. "tier:core,strategic churn:yes"; one that starts with - needs --filter=-tag:x',
    )
    export_parser.add_argument(
        "--as-of", metavar="YYYY-MM-DD", help="score as of this day (default: today)"
    )
    export_parser.add_argument("--include-removed", action="store_true",
                               help="also write deleted and merged-away customers (unscored), with a status column")  # fmt: skip
    export_parser.add_argument("--contacts", action="store_true",
                               help="one row per person of the listed customers: code, customer, contact, title, "
                               "phone (E.164 where understood), email, primary, left")  # fmt: skip
    from custui.core.call_list import COLUMNS

    export_parser.add_argument("--columns", metavar="A,B,…",
                               help=f"the columns to write, in this order (default: all of {', '.join(COLUMNS)})")  # fmt: skip
    from custui.core.dedupe import DEFAULT_THRESHOLD

    dupes_parser = argparse.ArgumentParser(
        prog="custui dupes",
        description="Print (or write) likely duplicate customers: code_a, code_b, score (the chance, in %, that "
        "the two are one customer, by a model fitted to this file) and reasons (each with its factor).",
    )
    dupes_parser.add_argument(
        "--threshold", type=_threshold, default=DEFAULT_THRESHOLD, metavar="N",
        help=f"lowest chance shown, 0-100 %% (default: {DEFAULT_THRESHOLD:g}: more likely one customer than two)",
    )  # fmt: skip
    dupes_parser.add_argument(
        "--export", metavar="FILE", help="write the pairs to a .csv or .xlsx file instead"
    )
    from custui import cli_import
    from custui.store import formats

    import_parser = argparse.ArgumentParser(
        prog="custui import",
        description="Import customers, interactions or orders from "
        f"{formats.either(r.name for r in formats.FORMATS)}. Rejected rows are listed and "
        "never half-written; exit status 1 when any row was rejected.",
    )
    cli_import.add_arguments(import_parser)
    imports_parser = argparse.ArgumentParser(
        prog="custui imports", description="List finished imports, newest first."
    )
    revert_parser = argparse.ArgumentParser(
        prog="custui revert-import",
        description="Take out everything an import wrote (backed up first; --undo restores).",
    )
    cli_import.add_revert_arguments(revert_parser)
    from custui import cli_backup

    backups_parser = argparse.ArgumentParser(
        prog="custui backups", description="List the file's backups, newest first."
    )
    restore_parser = argparse.ArgumentParser(
        prog="custui restore",
        description="Replace the file's contents with a backup (the current file is backed up first).",
    )
    cli_backup.add_restore_arguments(restore_parser)
    from custui import (
        cli_agenda,
        cli_check,
        cli_config,
        cli_crypt,
        cli_find,
        cli_history,
        cli_owed,
        cli_phones,
    )

    config_parser = _parser(
        "config",
        "List every setting with its value and meaning, show one (KEY) or set one (KEY VALUE); "
        "'config rate USD 7.10 [--from DATE]' sets an exchange rate: units of the base currency per unit.",
        cli_config.add_arguments,
    )
    phones_parser = _parser(
        "fix-phones",
        "Re-read every stored phone (as typed) with the current settings and report each change.",
        cli_phones.add_arguments,
    )
    agenda_parser = _parser(
        "agenda",
        "Today's and overdue follow-ups, with the number to call; --ics writes every open one as a "
        "calendar file.",
        cli_agenda.add_arguments,
    )
    owed_parser = _parser(
        "owed",
        "The customers who owe money (code, name, owed, overdue, oldest_due) in the base currency, most "
        "overdue first; --export writes them with the aging buckets.",
        cli_owed.add_arguments,
    )
    snapshot_parser = _parser(
        "snapshot",
        "Keep every scored customer's score, tier, segment and priority as of a day (default today) in the "
        "score history; a second snapshot of the same day replaces the first. The app takes one itself on "
        "the first open in a month.",
        cli_history.add_snapshot_arguments,
    )
    movement_parser = _parser(
        "movement",
        "Print the tier transition matrix between two snapshots (rows: tiers at FROM, columns: tiers at "
        "TO, with a 'not scored' row and column, and totals); --export writes one row per customer.",
        cli_history.add_movement_arguments,
    )
    find_parser = _parser(
        "find",
        "Print the customers the list's / search finds (code, name, contact, phone, score, tier), best "
        "scored first; exit status 1 when none matches.",
        cli_find.add_arguments,
    )
    check_parser = _parser(
        "check",
        "Check the file: SQLite's integrity, links between rows, the search indexes against the rows, the "
        "settings and the kept ranking. Exit status 1 on any problem; --repair rebuilds what can be rebuilt.",
        cli_check.add_arguments,
    )
    encrypt_parser = _parser(
        "encrypt",
        "Encrypt the book with a passphrase (SQLCipher), asked twice on the terminal or taken from "
        "CUSTUI_NEW_PASSPHRASE; its backups too. There is no recovery if the passphrase is forgotten.",
        cli_crypt.add_arguments,
    )
    decrypt_parser = _parser(
        "decrypt",
        "Write an encrypted book back as a plain SQLite file (its backups too); the passphrase is asked, "
        "or taken from CUSTUI_PASSPHRASE.",
        cli_crypt.add_arguments,
    )
    passwd_parser = _parser(
        "passwd",
        "Change the passphrase of an encrypted book (its backups too): the current one from the terminal "
        "or CUSTUI_PASSPHRASE, the new one twice from the terminal or from CUSTUI_NEW_PASSPHRASE.",
        cli_crypt.add_arguments,
    )
    return {
        "sample": (sample_parser, _sample),
        "score": (score_parser, _score),
        "export": (export_parser, _export),
        "dupes": (dupes_parser, _dupes),
        "import": (
            import_parser,
            lambda args: cli_import.run(args, functools.partial(_existing_store, create=True)),
        ),
        "imports": (imports_parser, lambda args: cli_import.run_imports(args, _existing_store)),
        "revert-import": (revert_parser, lambda args: cli_import.run_revert(args, _existing_store)),
        "backups": (backups_parser, lambda args: cli_backup.run_backups(args, _db_path(args))),
        "restore": (restore_parser, lambda args: cli_backup.run_restore(args, _db_path(args))),
        "config": (config_parser, lambda args: cli_config.run(args, _existing_store)),
        "fix-phones": (phones_parser, lambda args: cli_phones.run(args, _existing_store)),
        "agenda": (agenda_parser, lambda args: cli_agenda.run(args, _existing_store)),
        "owed": (owed_parser, lambda args: cli_owed.run(args, _existing_store)),
        "snapshot": (snapshot_parser, lambda args: cli_history.run_snapshot(args, _existing_store)),
        "movement": (movement_parser, lambda args: cli_history.run_movement(args, _existing_store)),
        "find": (find_parser, lambda args: cli_find.run(args, _existing_store)),
        "check": (check_parser, lambda args: cli_check.run(args, _existing_store)),
        "encrypt": (encrypt_parser, lambda args: cli_crypt.run_encrypt(args, _db_path(args))),
        "decrypt": (decrypt_parser, lambda args: cli_crypt.run_decrypt(args, _db_path(args))),
        "passwd": (passwd_parser, lambda args: cli_crypt.run_passwd(args, _db_path(args))),
    }


def _parser(
    name: str, description: str, add_arguments: Callable[[argparse.ArgumentParser], None]
) -> argparse.ArgumentParser:
    """The parser of ``custui NAME``, its arguments added by the command's module."""
    parser = argparse.ArgumentParser(prog=f"custui {name}", description=description)
    add_arguments(parser)
    return parser


def _db_path(args: argparse.Namespace) -> Path:
    return Path(args.db).expanduser() if args.db else default_db_path()


def _positive_int(text: str) -> int:
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("must be a positive whole number")
    return value


def _main_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="custui",
        description="A keyboard-driven terminal CRM over one SQLite file.",
        epilog="Commands: sample, score, export, dupes, import, imports, revert-import, backups, restore, config, "
        "fix-phones, agenda, owed, snapshot, movement, find, check, encrypt, decrypt, passwd. Run 'custui COMMAND --help' for one.",
    )
    parser.add_argument("db_positional", nargs="?", metavar="DB", help="database file to open")
    parser.add_argument(
        "--db", help="database file (default: $CUSTUI_DB or custui.db in the user data folder)"
    )
    parser.add_argument("--read-only", action="store_true", help="open without writing anything")
    parser.add_argument("--debug", action="store_true",
                        help="on an unexpected error in the app, print the full traceback with its variables "
                             "(they may show customer data) instead of writing a crash report")  # fmt: skip
    parser.add_argument("--version", action="version", version=_version())
    return parser


def _version() -> str:
    from custui import __version__

    return f"custui {__version__}"


COMMANDS = (
    "sample",
    "score",
    "export",
    "dupes",
    "import",
    "imports",
    "revert-import",
    "backups",
    "restore",
    "config",
    "fix-phones",
    "agenda",
    "owed",
    "snapshot",
    "movement",
    "find",
    "check",
    "encrypt",
    "decrypt",
    "passwd",
)


def _split_command(argv: Sequence[str]) -> tuple[list[str], str | None, list[str]]:
    """Global options, the command name (if any), and the command's own arguments."""
    argv = list(argv)
    index = 0
    while index < len(argv):
        token = argv[index]
        if token in COMMANDS:
            return argv[:index], token, argv[index + 1 :]
        if token == "--db":
            index += 2
            continue
        if not token.startswith("-"):
            break
        index += 1
    return argv, None, []


def main(argv: Sequence[str] | None = None) -> int:
    # Arrow's default pool (mimalloc) keeps what it freed: reading the kept ranking left ~70 MB
    # resident at 100k that the C allocator gives back.  Read when pyarrow loads, which is later.
    os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")
    from custui.core.memory import keep_large_arrays_apart

    keep_large_arrays_apart()
    from custui.store.db import StoreError

    argv = sys.argv[1:] if argv is None else argv
    global_args, command, command_args = _split_command(argv)
    args = _main_parser().parse_args(global_args)
    if args.db_positional and args.db and args.db_positional != args.db:
        print("custui: give the database either as DB or with --db, not both.", file=sys.stderr)
        return EXIT_USAGE
    args.db = args.db or args.db_positional
    try:
        if command is None:
            return _open_app(args)
        parser, run = _command_parsers()[command]
        command_namespace = parser.parse_args(command_args)
        for key, value in vars(args).items():
            setattr(command_namespace, key, value)
        return run(command_namespace)
    except UsageError as exc:
        print(f"custui: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except StoreError as exc:
        print(f"custui: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("custui: interrupted.", file=sys.stderr)
        return 130
    except (
        BrokenPipeError
    ):  # `custui find … | head`: the reader had enough; say nothing, as cat and grep do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except OSError as exc:
        print(f"custui: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    raise SystemExit(main())
