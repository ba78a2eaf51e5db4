"""`custui --db DB config [KEY [VALUE]]` and `config rate CUR [RATE] [--from DATE] [--remove]`.

With no KEY: every setting, its value, what it means, and the exchange rates.
With KEY: that setting; with KEY VALUE: set it.  ``rate``: set (or with
``--remove`` take out) the rate of a currency, optionally from a day on.
"""

from __future__ import annotations

import argparse
import shutil
import textwrap
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from custui.cli import StoreContext
    from custui.store.config import Item
    from custui.store.db import Store

EXIT_OK = 0


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "key", nargs="?", metavar="KEY", help="a setting (none: list them all), or 'rate'"
    )
    parser.add_argument(
        "values", nargs="*", metavar="VALUE", help="the new value; for rate: CURRENCY [RATE]"
    )
    parser.add_argument("--from", dest="valid_from", metavar="YYYY-MM-DD",
                        help="rate: in force from this day on (default: every day)")  # fmt: skip
    parser.add_argument("--remove", action="store_true", help="rate: take the rate out")


def run(args: argparse.Namespace, store_context: StoreContext) -> int:
    from custui.cli import UsageError

    if args.key != "rate" and (args.valid_from or args.remove):
        raise UsageError("--from and --remove go with 'config rate CURRENCY …'")
    with store_context(args) as store:
        if args.key is None:
            print("\n".join(listing(store)))
        elif args.key == "rate":
            print(_rate(store, args))
        elif not args.values:
            from custui.store.config import BY_KEY, items

            found = [i for i in items(store) if i.key == args.key.lower()]
            if not found:
                raise UsageError(
                    f"no setting {args.key!r}; the settings are: {', '.join(BY_KEY)}, and rate"
                )
            print(_line(found[0]))
        else:
            from custui.store.config import change

            kept = change(store, args.key, " ".join(args.values))
            print(f"{args.key.lower()} = {kept}")
            print("\n".join(_after_change(store, args.key.lower())))
    return EXIT_OK


def _rate(store: Store, args: argparse.Namespace) -> str:
    from custui.cli import UsageError, day_option
    from custui.store import rates
    from custui.store.settings import base_currency

    valid_from = day_option(args.valid_from, "--from")
    since = f" from {valid_from.isoformat()}" if valid_from else ""
    if args.remove:
        if len(args.values) != 1:
            raise UsageError("usage: custui config rate CURRENCY --remove [--from YYYY-MM-DD]")
        if not rates.remove_rate(store, args.values[0], valid_from):
            raise UsageError(f"no rate of {args.values[0].upper()}{since} to remove")
        return f"Removed the rate of {args.values[0].upper()}{since}."
    if len(args.values) != 2:
        raise UsageError(
            "usage: custui config rate CURRENCY RATE [--from YYYY-MM-DD], e.g. config rate USD 7.10"
        )
    rate = rates.set_rate(store, args.values[0], args.values[1], valid_from)
    base = base_currency(store)
    return f"1 {rate.currency} = {rate.rate} {base}{since or ' (every day)'}; orders in {rate.currency} are re-counted."


def _line(item: Item) -> str:
    note = f" ({item.note})" if item.note else ""
    return f"{item.key} = {item.value}\n  {item.meaning}{note}"


def listing(store: Store) -> list[str]:
    """The settings, the rates and any orders left out of the money, as the command prints them."""
    from custui.core.text import display_safe, text_table
    from custui.store.config import items
    from custui.store.rates import list_rates, unconverted
    from custui.store.settings import base_currency

    lines = [f"Settings of {store.path.name}:"]
    width = max(40, shutil.get_terminal_size((100, 24)).columns - 26)
    for item in items(store):
        lines.append(f"  {item.key:<22} {display_safe(item.value)}")
        note = f" ({item.note})" if item.note else ""
        lines += [f"  {'':<22}   {part}" for part in textwrap.wrap(item.meaning + note, width)]
    base = base_currency(store)
    listed = list_rates(store)
    lines.append(f"Rates (units of {base} per unit):" + (" none set" if not listed else ""))
    if listed:
        table = [
            (r.currency, str(r.rate), f"from {r.valid_from}" if r.valid_from else "every day")
            for r in listed
        ]
        lines += ["  " + line for line in text_table(table, limits=(3, 16, 16), right={1})]
    lines += [f"Warning: {u.warning()}" for u in unconverted(store)]
    lines.append(
        "Change one: custui config KEY VALUE · custui config rate USD 7.10 [--from YYYY-MM-DD]"
    )
    return lines


def _after_change(store: Store, key: str) -> list[str]:
    """What else the rep should know after changing *key*."""
    from custui.store.rates import unconverted

    if key == "region":
        return [
            "Phones already in the book keep their reading; custui fix-phones re-reads them with this region."
        ]
    if key == "currency":
        return [f"Warning: {u.warning()}" for u in unconverted(store)]
    return []
