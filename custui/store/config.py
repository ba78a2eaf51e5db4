"""Every setting of a book in one list: its name, what it means, its value, and how to change it.

``custui config`` prints this list and sets its values; the app's palette
"Settings…" shows the same list.  A setting that is a whole editor of its own
(the scoring weights, the industry names) is shown here and changed there:
its ``where`` says where.  Exchange rates are a table of their own
(store.rates) and are listed after the settings.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from custui.core.entries import FOLLOW_UP_DAYS
from custui.store.db import Store, StoreError
from custui.store.settings import (
    base_currency,
    follow_up_days,
    get_setting,
    guessed,
    home_region,
    industry_synonyms,
    put_setting,
    save_follow_up_days,
    saved_views,
    set_home_region,
)

if TYPE_CHECKING:
    from custui.core.scoring import ScoringConfig


@dataclass(frozen=True)
class Setting:
    """One line of the settings list."""

    key: str
    meaning: str
    read: Callable[[Store], str]
    write: Callable[[Store, str], str] | None = (
        None  # returns the value as kept; StoreError in plain words
    )
    where: str = ""  # where to change a setting that has no ``write`` ("W in the list")


@dataclass(frozen=True)
class Item:
    """A setting as the list shows it now."""

    key: str
    value: str
    meaning: str
    note: str  # "guessed from …", or where to change it


# -- readers and writers --------------------------------------------------------------------


def _set_region(store: Store, text: str) -> str:
    try:
        return set_home_region(store, text)
    except ValueError as exc:
        raise StoreError(str(exc)) from None


def _set_currency(store: Store, text: str) -> str:
    from custui.store.rates import set_base_currency

    return set_base_currency(store, text)


def _whole(text: str, low: int, high: int, what: str) -> int:
    value = text.strip().removesuffix("d").strip()
    if not value.isdigit() or not low <= int(value) <= high:
        raise StoreError(
            f"{what} is a whole number from {low} to {high} (not {text.strip()[:20]!r})."
        )
    return int(value)


def _follow_up(channel: str) -> Setting:
    def write(store: Store, text: str) -> str:
        days = _whole(text, 0, 365, f"The follow-up delay after a {channel}")
        save_follow_up_days(store, {**follow_up_days(store), channel: days})
        return f"{days} days"

    after = {"email": "an e-mail", "event": "an event", "other": "any other contact"}.get(
        channel, f"a {channel}"
    )
    return Setting(
        f"follow-up.{channel}",
        f"days to the next follow-up after {after} (proposed when you log one)",
        lambda store: f"{follow_up_days(store)[channel]} days",
        write,
    )


def _backup_number(key: str, default: int, low: int, high: int, meaning: str, unit: str) -> Setting:
    def read(store: Store) -> str:
        value = get_setting(store, key, default)
        return f"{value if isinstance(value, int) else default}{unit}"

    def write(store: Store, text: str) -> str:
        value = _whole(text, low, high, key.replace("_", " ").capitalize())
        put_setting(store, key, value)
        return f"{value}{unit}"

    return Setting(key.replace("_", "-").replace("backup-", "backup."), meaning, read, write)


#: Minutes without a key or a click before the app locks an encrypted book (issue 21); 0: never.
AUTO_LOCK_KEY = "auto_lock_minutes"
AUTO_LOCK_DEFAULT = 15


def auto_lock_minutes(store: Store) -> int:
    """The minutes of idleness after which the app locks an encrypted book (0: never)."""
    value = get_setting(store, AUTO_LOCK_KEY, AUTO_LOCK_DEFAULT)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 1440:
        return AUTO_LOCK_DEFAULT
    return value


def _write_auto_lock(store: Store, text: str) -> str:
    minutes = _whole(
        text.strip().removesuffix("minutes").removesuffix("minute").strip(),
        0,
        1440,
        "Auto-lock minutes",
    )
    put_setting(store, AUTO_LOCK_KEY, minutes)
    return _minutes(minutes)


def _minutes(minutes: int) -> str:
    return "0 (never)" if minutes == 0 else f"{minutes} minute{'s' if minutes != 1 else ''}"


def _scoring(store: Store) -> ScoringConfig:
    from custui.store.scores import load_scoring_config

    return load_scoring_config(store)


def _save_scoring(store: Store, config: ScoringConfig) -> None:
    from custui.core.scoring import ConfigError
    from custui.store.scores import save_scoring_config

    try:
        save_scoring_config(store, config)
    except ConfigError as exc:
        raise StoreError(exc.message) from None


def _numbers(text: str, count: int, what: str) -> list[float]:
    parts = [p for p in text.replace("/", ",").replace(" ", ",").split(",") if p]
    try:
        values = [float(p.rstrip("%")) for p in parts]
    except ValueError:
        values = []
    if len(values) != count:
        raise StoreError(f"{what}: give {count} numbers separated by commas.")
    return values


def _read_weights(store: Store) -> str:
    return ", ".join(
        f"{d.key.replace('_', ' ')} {d.weight:g} %" for d in _scoring(store).dimensions
    )


def _write_weights(store: Store, text: str) -> str:
    config = _scoring(store)
    values = _numbers(text, len(config.dimensions), "Dimension weights in the order listed")
    _save_scoring(
        store, config.with_weights(dimensions={d.key: v for d, v in zip(config.dimensions, values)})
    )
    return _read_weights(store)


def _read_tiers(store: Store) -> str:
    tiers = _scoring(store).tiers
    return (
        f"Strategic ≥ {tiers.strategic:g}, Core ≥ {tiers.core:g}, Potential ≥ {tiers.potential:g}"
    )


def _write_tiers(store: Store, text: str) -> str:
    from dataclasses import replace

    config = _scoring(store)
    strategic, core, potential = _numbers(text, 3, "Tier bounds (Strategic, Core, Potential)")
    _save_scoring(
        store,
        replace(
            config, tiers=replace(config.tiers, strategic=strategic, core=core, potential=potential)
        ),
    )
    return _read_tiers(store)


def _write_window(store: Store, text: str) -> str:
    from dataclasses import replace

    days = _whole(text, 30, 3650, "The scoring window")
    _save_scoring(store, replace(_scoring(store), window_days=days))
    return f"{days} days"


def _write_segments(store: Store, text: str) -> str:
    from dataclasses import replace

    _save_scoring(store, replace(_scoring(store), segments=text.strip().lower()))
    return _scoring(store).segments


def _read_rfm(store: Store) -> str:
    config = _scoring(store)
    return ", ".join(f"{name} by {rule.method}" for name, rule in
                     (("R", config.recency), ("F", config.frequency), ("M", config.monetary)))  # fmt: skip


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "region",
        "home region (ISO 3166): phones written without a country code, on customers with no "
        "country of their own, are read as this country's",
        home_region,
        _set_region,
    ),
    Setting(
        "currency",
        "base currency (ISO 4217): all money — scores, dashboard, exports — is counted in it; "
        "other currencies convert at the rates below",
        base_currency,
        _set_currency,
    ),
    *(_follow_up(channel) for channel in FOLLOW_UP_DAYS),
    Setting(
        "scoring.weights",
        "weight of each dimension in the 0-100 score (they add up to 100 %)",
        _read_weights,
        _write_weights,
    ),
    Setting("scoring.tiers", "lowest score of each tier", _read_tiers, _write_tiers),
    Setting(
        "scoring.window",
        "days of orders that count for frequency and monetary",
        lambda store: f"{_scoring(store).window_days} days",
        _write_window,
    ),
    Setting(
        "scoring.segments",
        "segment rules: standard (RFM names) or cn8 (the 8-class 重要价值… model)",
        lambda store: _scoring(store).segments,
        _write_segments,
    ),
    Setting(
        "scoring.rfm",
        "how R, F and M become 1-5 (quintiles, or your thresholds)",
        _read_rfm,
        where="W in the list: inputs, thresholds and every weight",
    ),
    Setting(
        "industry-names",
        "your own words for the standard industries, read on import",
        lambda store: f"{len(industry_synonyms(store))} words",
        where='palette "Industry names…"',
    ),
    Setting(
        "views",
        "saved list views (search, filter, sort)",
        lambda store: f"{len(saved_views(store))} saved",
        where='palette "Save view…" / "Delete view…"',
    ),
    _backup_number(
        "backup_keep", 10, 1, 1000, "backups kept beside the file (the oldest go first)", ""
    ),
    _backup_number(
        "backup_min_minutes",
        5,
        0,
        1440,
        "a change takes a backup first unless one is younger than this (0: always)",
        " minutes",
    ),
    Setting(
        "auto-lock",
        "minutes without a key or a click before the app locks: it closes the book, forgets what it "
        "showed and asks for the passphrase again (0: never). Only an encrypted book locks: a plain "
        "one has no passphrase to protect it (custui encrypt)",
        lambda store: _minutes(auto_lock_minutes(store)),
        _write_auto_lock,
    ),
)

BY_KEY = {s.key: s for s in SETTINGS}


def items(store: Store) -> list[Item]:
    """Every setting with its value now, and where a guess came from or where to change it."""
    guesses = guessed(store)
    out = []
    for setting in SETTINGS:
        note = f"guessed from {guesses[setting.key]}" if setting.key in guesses else ""
        if setting.write is None:
            note = f"change with {setting.where}"
        out.append(Item(setting.key, setting.read(store), setting.meaning, note))
    return out


def change(store: Store, key: str, value: str) -> str:
    """Set one setting from text; returns the value as kept.  StoreError (plain words) when the key is
    unknown, changed elsewhere, or the value is refused."""
    setting = BY_KEY.get(key.strip().lower())
    if setting is None:
        raise StoreError(f"No setting {key!r}; the settings are: {', '.join(BY_KEY)}, and rate.")
    if setting.write is None:
        raise StoreError(f"{setting.key} is changed with {setting.where}.")
    return setting.write(store, value)
