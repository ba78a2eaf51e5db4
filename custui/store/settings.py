"""JSON values in the settings table, and the rep's saved list views."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass
from typing import Any

from custui.core.entries import FOLLOW_UP_DAYS, validate_follow_up_days
from custui.store.db import Store, StoreError

VIEWS_KEY = "views"
FOLLOW_UP_DAYS_KEY = "follow_up_days"
MAX_VIEW_NAME = 60


def get_setting(store: Store, key: str, default: Any = None) -> Any:
    rows = store.query("SELECT value FROM settings WHERE key = ?", (key,))
    if not rows:
        return default
    try:
        return json.loads(rows[0]["value"])
    except json.JSONDecodeError:
        return default


def put_setting(store: Store, key: str, value: Any) -> None:
    with store.transaction() as conn:
        conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, json.dumps(value, ensure_ascii=False, sort_keys=True)),
        )


@dataclass(frozen=True)
class SavedView:
    """A named list view: search text, filter expression and sort."""

    name: str
    search: str = ""
    filter: str = ""
    sort: str = "score"
    descending: bool = True


def saved_views(store: Store) -> list[SavedView]:
    views = []
    for raw in get_setting(store, VIEWS_KEY, []) or []:
        try:
            views.append(
                SavedView(**{k: raw[k] for k in SavedView.__dataclass_fields__ if k in raw})
            )
        except (TypeError, KeyError):
            continue  # a damaged entry is skipped, never fatal
    return sorted(views, key=lambda v: v.name.casefold())


def save_view(store: Store, view: SavedView) -> None:
    """Save (or replace, by name ignoring case) a view."""
    name = " ".join(view.name.split())
    if not name:
        raise StoreError("A view needs a name.")
    if len(name) > MAX_VIEW_NAME:
        raise StoreError(f"View names are at most {MAX_VIEW_NAME} characters.")
    view = SavedView(name, view.search, view.filter, view.sort, view.descending)
    others = [v for v in saved_views(store) if v.name.casefold() != name.casefold()]
    put_setting(store, VIEWS_KEY, [asdict(v) for v in [*others, view]])


def delete_view(store: Store, name: str) -> None:
    remaining = [v for v in saved_views(store) if v.name.casefold() != name.casefold()]
    put_setting(store, VIEWS_KEY, [asdict(v) for v in remaining])


INDUSTRY_SYNONYMS_KEY = "industry_synonyms"


def industry_synonyms(store: Store) -> dict[str, str]:
    """The rep's own industry words → standard names (core.industries), e.g. {"机加工": "制造 Manufacturing"}."""
    stored = get_setting(store, INDUSTRY_SYNONYMS_KEY, {})
    return (
        {str(k): str(v) for k, v in stored.items() if k and v} if isinstance(stored, dict) else {}
    )


def add_industry_synonym(store: Store, word: object, standard: str) -> str:
    """Read *word* as the standard industry *standard* on import from now on; returns the word as kept.
    ValueError (plain words) for an empty word or a name not on the standard list."""
    from custui.core.industries import STANDARD
    from custui.core.validate import normalize_text

    kept = normalize_text(word)
    if not kept:
        raise ValueError("Type the word your files use for the industry.")
    if len(kept) > 60:
        raise ValueError("That is too long for an industry name (60 characters at most).")
    if standard not in STANDARD:
        raise ValueError(f"{standard} is not one of the standard industries.")
    put_setting(store, INDUSTRY_SYNONYMS_KEY, {**industry_synonyms(store), kept: standard})
    return kept


def remove_industry_synonym(store: Store, word: str) -> None:
    put_setting(
        store,
        INDUSTRY_SYNONYMS_KEY,
        {k: v for k, v in industry_synonyms(store).items() if k != word},
    )


def follow_up_days(store: Store) -> dict[str, int]:
    """Days to the next follow-up per channel: the rep's, else the defaults (a damaged value is ignored)."""
    stored = get_setting(store, FOLLOW_UP_DAYS_KEY, {})
    if not isinstance(stored, dict):
        return dict(FOLLOW_UP_DAYS)
    clean, _ = validate_follow_up_days(
        {k: str(v) for k, v in stored.items() if k in FOLLOW_UP_DAYS}
    )
    return {channel: clean.get(channel, default) for channel, default in FOLLOW_UP_DAYS.items()}


def save_follow_up_days(store: Store, days: dict[str, int]) -> None:
    """Store validated days (core.entries.validate_follow_up_days)."""
    put_setting(store, FOLLOW_UP_DAYS_KEY, {c: int(days[c]) for c in FOLLOW_UP_DAYS if c in days})


# -- home region and base currency ---------------------------------------------------------

REGION_KEY = "region"
CURRENCY_KEY = "currency"
#: {setting: "where its guess came from"} for settings guessed on first open and not yet set by the rep.
GUESSED_KEY = "guessed"


def home_region(store: Store) -> str:
    """The rep's home region (ISO 3166 alpha-2): numbers without a country code are read for it."""
    from custui.core.regions import FALLBACK_REGION

    value = get_setting(store, REGION_KEY)
    return value if isinstance(value, str) and value else FALLBACK_REGION


def base_currency(store: Store) -> str:
    """The currency all money is counted in (ISO 4217)."""
    from custui.core.regions import FALLBACK_CURRENCY

    value = get_setting(store, CURRENCY_KEY)
    return value if isinstance(value, str) and value else FALLBACK_CURRENCY


def guessed(store: Store) -> dict[str, str]:
    """Settings still as guessed on first open: setting → where the guess came from."""
    value = get_setting(store, GUESSED_KEY, {})
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def _set_guessed(conn: sqlite3.Connection, key: str, source: str | None) -> None:
    rows = conn.execute("SELECT value FROM settings WHERE key = ?", (GUESSED_KEY,)).fetchall()
    current = json.loads(rows[0][0]) if rows else {}
    current = {k: v for k, v in (current.items() if isinstance(current, dict) else ()) if k != key}
    if source:
        current[key] = source
    _put(conn, GUESSED_KEY, current)


def _put(conn: sqlite3.Connection, key: str, value: Any) -> None:
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, json.dumps(value, ensure_ascii=False, sort_keys=True)),
    )


def ensure_home_settings(store: Store) -> None:
    """On a book's first open (or its first by a custui that knows them): guess the home region from the
    system (locale, then time zone) and the base currency from the region, and say so in ``guessed``."""
    have = {
        r[0]
        for r in store.query(
            "SELECT key FROM settings WHERE key IN (?, ?)", (REGION_KEY, CURRENCY_KEY)
        )
    }
    if len(have) == 2 or store.read_only:
        return
    from custui.core.regions import guess_base_currency, guess_home_region

    with store.transaction() as conn:
        region = home_region(store)
        if REGION_KEY not in have:
            guess = guess_home_region()
            region = guess.value
            _put(conn, REGION_KEY, region)
            _set_guessed(conn, REGION_KEY, guess.source)
        if CURRENCY_KEY not in have:
            guess = guess_base_currency(region)
            _put(conn, CURRENCY_KEY, guess.value)
            _set_guessed(conn, CURRENCY_KEY, guess.source)


def set_home_region(store: Store, value: object) -> str:
    """Set the home region from a code or a country's name; returns the ISO code.  ValueError (plain
    words) when it is not a country."""
    from custui.core.regions import country_code

    code = country_code(value) if isinstance(value, str) else None
    if code is None:
        raise ValueError(
            f"Not a country: {str(value)[:40]!r} — use an ISO code such as CN, US or DE, or a name."
        )
    with store.transaction() as conn:
        _put(conn, REGION_KEY, code)
        _set_guessed(conn, REGION_KEY, None)
    return code
