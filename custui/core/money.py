"""Orders in several currencies, counted in one: the rep's base currency, at the rep's own rates.

Offline by design: a rate is what the rep says it is ("units of the base
currency per unit", USD 7.10 when the base is CNY), optionally from a date on;
an order uses the rate in force on its day.  An order in a currency without a
rate is never counted 1:1 — it stays out of the money, and the app says so.

Conversion is exact integer arithmetic, rounded half away from zero to the
minor unit.  The store computes the same thing in plain SQL (the triggers of
schema v7), so another program adding an order gets it converted too; a
property test holds the two equal.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from custui.core.validate import FieldInvalid, plain_text

#: Rates keep at most this many decimal places (the SQL twin scales by 10**9).
RATE_DECIMALS = 9
RATE_SCALE: int = 10**RATE_DECIMALS  # int ** int is Any to mypy (a negative power is a float)
#: A rate with no "from" date applies to every day; stored as this day (sorts before all others).
ALWAYS = "0001-01-01"
_MAX_RATE = Decimal(1_000_000)


@dataclass(frozen=True)
class Rate:
    """Units of the base currency per unit of *currency*, from *valid_from* on (None: always)."""

    currency: str
    rate: Decimal
    valid_from: date | None = None

    @property
    def from_text(self) -> str:
        return self.valid_from.isoformat() if self.valid_from else ALWAYS


def parse_rate(raw: object) -> Decimal:
    """A positive exchange rate, as typed ("7.10", "0,0485"); FieldInvalid in plain words otherwise."""
    text = plain_text(raw).replace(",", ".") if isinstance(raw, str) else str(raw)
    try:
        value = Decimal(text)
    except (InvalidOperation, ValueError):
        raise FieldInvalid(
            f"Not a rate: {text[:30]} (e.g. 7.10: units of the base currency per unit)"
        ) from None
    if not value.is_finite() or value <= 0:
        raise FieldInvalid("A rate must be a number above 0 (e.g. 7.10).")
    if value >= _MAX_RATE:
        raise FieldInvalid(
            f"A rate must be below {_MAX_RATE:,} (is the currency the right way round?)."
        )
    if -value.as_tuple().exponent > RATE_DECIMALS:  # type: ignore[operator]
        raise FieldInvalid(f"A rate has at most {RATE_DECIMALS} decimals.")
    return value.normalize() if value == value.to_integral_value() else value


def rate_text(rate: Decimal) -> str:
    """The stored form of a rate: plain decimal text, no exponent ("7.1", "0.0485", "150")."""
    return format(rate.normalize(), "f")


def scaled(rate: Decimal) -> int:
    """The rate times 10**9, exactly (what the SQL twin computes from the stored text)."""
    return int(rate * RATE_SCALE)


def convert(amount_minor: int, rate: Decimal) -> int:
    """*amount_minor* in the base currency at *rate*, rounded half away from zero to the minor unit."""
    magnitude = (abs(amount_minor) * scaled(rate) + RATE_SCALE // 2) // RATE_SCALE
    return -magnitude if amount_minor < 0 else magnitude


def rate_in_force(rates: Iterable[Rate], currency: str, day: date) -> Decimal | None:
    """The rate of *currency* on *day*: the one with the latest start on or before it; None if none."""
    best: Rate | None = None
    for rate in rates:
        in_force = rate.currency == currency and (rate.valid_from is None or rate.valid_from <= day)
        if in_force and (
            best is None or (rate.valid_from or date.min) > (best.valid_from or date.min)
        ):
            best = rate
    return best.rate if best else None


def to_base(
    amount_minor: int, currency: str, day: date, base: str, rates: Sequence[Rate]
) -> int | None:
    """An order's amount in the base currency; None when its currency has no rate on that day."""
    if currency == base:
        return amount_minor
    rate = rate_in_force(rates, currency, day)
    return None if rate is None else convert(amount_minor, rate)


class RebaseError(ValueError):
    """The rates cannot be carried over to a new base currency (the message says what to do)."""


def rebase(rates: Sequence[Rate], old_base: str, new_base: str) -> list[Rate]:
    """The same rates against *new_base*: X in new = X in old / new in old, at every date either changes.

    Needs a rate for *new_base* when there are rates at all; the old base gets
    the inverse of it.  Rates for days before the new base has one are dropped
    (there is nothing to divide by)."""
    if new_base == old_base or not rates:
        return list(rates)
    anchor = [r for r in rates if r.currency == new_base]
    if not anchor:
        raise RebaseError(
            f"The rates are in {old_base}, and none is set for {new_base}; set one first "
            f"(config rate {new_base} RATE) so the others can be turned into {new_base}."
        )
    out: list[Rate] = []
    others = sorted({r.currency for r in rates} - {new_base})
    for currency in [old_base, *others]:
        starts = {r.valid_from for r in anchor} | {
            r.valid_from for r in rates if r.currency == currency
        }
        for start in sorted(starts, key=lambda d: d or date.min):
            day = start or date.min
            divisor = rate_in_force(anchor, new_base, day)
            own = Decimal(1) if currency == old_base else rate_in_force(rates, currency, day)
            if divisor is None or own is None:
                continue
            value = (own / divisor).quantize(Decimal(1).scaleb(-RATE_DECIMALS))
            if value > 0:
                out.append(Rate(currency, parse_rate(rate_text(value)), start))
    return out
