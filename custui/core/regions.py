"""Countries and currencies by code or by name, and the home region guessed from the system.

A rep's files write countries every which way — "DE", "DEU", "Germany",
"Deutschland", "德国", "U.S.A.", "UK" — and phone numbers without a country
code mean something only once the country is known.  Everything here answers
in ISO codes: 3166-1 alpha-2 for countries ("DE"), 4217 for currencies ("EUR").

Names come from CLDR (babel: the country names of the languages reps write in)
and ISO 3166 (pycountry: alpha-3 codes, official and common names); the
currency of a country from CLDR.  The tables load on first use (~0.2 s).
"""

from __future__ import annotations

import os
import re
import sys
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

#: Languages whose country names are recognised (CLDR locale ids).
NAME_LANGUAGES = ("en", "zh_Hans", "zh_Hant", "de", "fr", "es", "it", "pt", "nl", "ja", "ko", "ru")

#: Names people write that no standard lists (folded like ``_key`` folds).
_ALIASES = {
    "uk": "GB", "england": "GB", "scotland": "GB", "wales": "GB", "northernireland": "GB", "greatbritain": "GB",
    "britain": "GB", "usa": "US", "us": "US", "america": "US", "unitedstatesofamerica": "US", "prc": "CN",
    "mainlandchina": "CN", "中国大陆": "CN", "大陆": "CN", "内地": "CN", "中华人民共和国": "CN", "德國": "DE",
    "hongkongsar": "HK", "香港特别行政区": "HK", "macausar": "MO", "macao": "MO", "澳门特别行政区": "MO",
    "southkorea": "KR", "korea": "KR", "韩国": "KR", "russia": "RU", "holland": "NL", "uae": "AE",
    "香港": "HK", "中国香港": "HK", "澳门": "MO", "中国澳门": "MO", "台灣": "TW", "臺灣": "TW", "中国台湾": "TW",
}  # fmt: skip

#: Used when nothing on the machine names a country: the product's first users are in mainland China.
FALLBACK_REGION = "CN"
FALLBACK_CURRENCY = "CNY"

_NOISE = re.compile(r"[\s.\-_'’()（）,，]+")


def _key(text: str) -> str:
    """A name folded for lookup: NFKC, casefold, no spaces, dots, dashes or brackets."""
    return _NOISE.sub("", unicodedata.normalize("NFKC", text).casefold())


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """Folded name or code → alpha-2, for every country ISO 3166-1 lists."""
    import pycountry
    from babel import Locale

    codes = {c.alpha_2 for c in pycountry.countries}
    table: dict[str, str] = {}
    for language in NAME_LANGUAGES:
        for code, name in Locale.parse(language).territories.items():
            if code in codes:
                table.setdefault(_key(name), code)
    for country in pycountry.countries:
        for name in (
            country.name,
            getattr(country, "official_name", None),
            getattr(country, "common_name", None),
        ):
            if name:
                table.setdefault(_key(name), country.alpha_2)
        table[_key(country.alpha_3)] = country.alpha_2
        table[_key(country.alpha_2)] = country.alpha_2
    table.update(_ALIASES)
    return table


def country_code(text: object) -> str | None:
    """The ISO alpha-2 code of a country written as a code or a name in a common language; None if unknown."""
    if not isinstance(text, str) or not text.strip():
        return None
    return _countries().get(_key(text))


def is_country(code: object) -> bool:
    """True for an ISO 3166-1 alpha-2 code (any case)."""
    return (
        isinstance(code, str)
        and len(code.strip()) == 2
        and country_code(code) == code.strip().upper()
    )


@lru_cache(maxsize=512)
def country_name(code: str, language: str = "en") -> str:
    """The country's name in *language* ("DE" → "Germany"); the code itself when unknown."""
    from babel import Locale

    names: Mapping[str, str] = Locale.parse(language).territories  # babel types its values Any
    return names.get(code, code)


#: ISO 4217 codes that are not money a customer pays in (gold, test codes, "no currency"…).
_NOT_MONEY = frozenset(
    {"XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XDR", "XPD", "XPT", "XSU", "XTS", "XUA", "XXX"}
)


@lru_cache(maxsize=1)
def _currencies() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.currencies) - _NOT_MONEY


def currency_code(text: object) -> str | None:
    """An ISO 4217 code as written ("usd " → "USD"); None when it is not one."""
    if not isinstance(text, str):
        return None
    code = unicodedata.normalize("NFKC", text).strip().upper()
    return code if code in _currencies() else None


def currency_of(region: str) -> str | None:
    """The currency a country uses today ("DE" → "EUR"), from CLDR; None when unknown."""
    from babel.numbers import get_territory_currencies

    found = get_territory_currencies(region.upper(), tender=True)
    return found[0] if found else None


# -- the home region, guessed from the system -------------------------------------------------


@dataclass(frozen=True)
class Guess:
    """A guessed setting and where it came from, in words ("the locale en_US.UTF-8")."""

    value: str
    source: str


_LOCALE_REGION = re.compile(r"^[A-Za-z]{2,3}[_-]([A-Za-z]{2})(?:[.@]|$)")
_LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")
_ZONE_TABLES = (Path("/usr/share/zoneinfo/zone1970.tab"), Path("/usr/share/zoneinfo/zone.tab"))


def _region_of_locale(name: str | None) -> str | None:
    """ "en_US.UTF-8" → "US", "zh-CN" → "CN", "English_United States.1252" (Windows) → "US"."""
    if not name:
        return None
    m = _LOCALE_REGION.match(name)
    if m:
        return country_code(m.group(1))
    if "_" in name:  # Windows: Language_Country.codepage
        return country_code(name.split("_", 1)[1].split(".")[0])
    return None


def _zone_name(environ: Mapping[str, str]) -> str | None:
    zone = environ.get("TZ", "").lstrip(":")
    if zone and "/" in zone and not zone.startswith("/"):
        return zone
    try:
        target = os.readlink("/etc/localtime")
    except OSError:
        return None
    return target.split("zoneinfo/", 1)[1] if "zoneinfo/" in target else None


def _region_of_zone(zone: str | None) -> str | None:
    """The country of a time zone ("Asia/Shanghai" → "CN") from the system's zone table."""
    if not zone:
        return None
    for table in _ZONE_TABLES:
        try:
            lines = table.read_text(encoding="utf-8").splitlines()
        except OSError:
            continue
        for line in lines:
            parts = line.split("\t")
            if len(parts) >= 3 and parts[2] == zone:
                return parts[0].split(",")[0]  # zone1970.tab may list several countries: the first
    return None


def guess_home_region(environ: Mapping[str, str] | None = None) -> Guess:
    """The home region named by the locale, else the time zone, else the fallback — with its source."""
    environ = os.environ if environ is None else environ
    for variable in _LOCALE_VARIABLES:
        region = _region_of_locale(environ.get(variable))
        if region:
            return Guess(region, f"the locale {variable}={environ[variable]}")
    if (
        environ is os.environ and sys.platform == "win32"
    ):  # elsewhere getlocale() turns "C" into en_US
        import locale

        found = _region_of_locale(locale.getlocale()[0])
        if found:
            return Guess(found, f"the system locale {locale.getlocale()[0]}")
    zone = _zone_name(environ)
    region = _region_of_zone(zone)
    if region:
        return Guess(region, f"the time zone {zone}")
    return Guess(
        FALLBACK_REGION, "nothing on this machine (no locale or time zone names a country)"
    )


def guess_base_currency(region: str) -> Guess:
    """The currency of the home region, else the fallback."""
    currency = currency_of(region)
    if currency:
        return Guess(currency, f"the home region {region}")
    return Guess(FALLBACK_CURRENCY, f"nothing (no currency is known for {region})")
