"""Phone numbers as people write them, read exactly and never lost.

A cell may hold several numbers ("138 0013 8000 / 021-6234 5678"), labels
("Tel:", "手机："), extensions ("ext. 12", "转 801", "021-62345678-801") and
full-width digits.  Each number written with a country code ("+49 …",
"0086 …") is read as that; one without is read for the *region* the caller
decides (the row's own country, else the import's ``--region``, else the
home region).  A number that cannot be understood is **kept as typed** and
reported, never a reason to refuse the rest of a customer.

libphonenumber's metadata (the phonenumbers package) decides what is a valid
number of a region: no regular expression of ours could keep up with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from phonenumbers import PhoneNumber

__all__ = ["FAST_REGION", "Phones", "country_of_number", "read_phones"]

#: Between two numbers in one cell.
_SEPARATORS = re.compile(r"\s*(?:[/;,|，；、\n]|\s(?:or|oder|ou|o)\s|或|及)\s*", re.I)
#: An extension written as its own piece ("ext 12", "转801") belongs to the number before it.
_EXTENSION_PIECE = re.compile(r"^(?:ext\.?|extension|x|转|轉|分机|分機|内线|內線)\s*\d+$", re.I)
#: Chinese extension words, as phonenumbers spells one.
_EXTENSION_WORDS = re.compile(r"\s*(?:转|轉|分机|分機|内线|內線)\s*")
#: "021-62345678-801": a short group after a dash, when the number before it is valid.
_DASH_EXTENSION = re.compile(r"^(.*\d)\s*[-‐–—]\s*(\d{1,4})$")
#: Pieces with fewer digits are labels ("office", "mobile"), not numbers.
_MIN_DIGITS = 5
#: Region whose everyday mobiles take a shortcut past phonenumbers (the bulk of a Chinese rep's book).
FAST_REGION = "CN"


@dataclass(frozen=True)
class Phones:
    """What one phone cell holds."""

    raw: str  # the cell as typed (trimmed; never changed otherwise)
    e164: tuple[str, ...] = ()  # every number understood, in the order written
    not_understood: tuple[str, ...] = ()  # pieces that look like numbers but are not valid ones

    @property
    def invalid(self) -> bool:
        """True when some number in the cell could not be understood."""
        return bool(self.not_understood)

    @property
    def e164_text(self) -> str | None:
        """The numbers understood, space-separated ("+8613800138000 +862162345678"), or None."""
        return " ".join(self.e164) or None

    def problem(self, region: str) -> str | None:
        """Plain words for the form and the import report, or None when every number was understood."""
        if not self.not_understood:
            return None
        shown = ", ".join(_shorten(p) for p in self.not_understood[:2])
        return (
            f"Not understood as a phone number for {region}: {shown} — kept as typed "
            "(add the country code, e.g. +1 415 555 0100)"
        )


def _shorten(text: str, limit: int = 30) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


@lru_cache(maxsize=1)
def _cn_mobile() -> re.Pattern[str]:
    """phonenumbers' own pattern for Chinese mobiles (what is_valid_number would accept)."""
    import phonenumbers  # loaded on first use, as everywhere here: it is heavy

    metadata = phonenumbers.PhoneMetadata.metadata_for_region("CN")
    mobile = metadata.mobile if metadata is not None else None
    pattern = mobile.national_number_pattern if mobile is not None else None
    assert pattern is not None, "phonenumbers' metadata always describes Chinese mobiles"
    return re.compile(pattern)


def _digit_count(text: str) -> int:
    return sum(ch.isdigit() for ch in text)


_AREA_CODE = re.compile(r"^[(（]?\+?\d{1,4}[)）]?$")


def pieces(text: str) -> list[str]:
    """The number-like pieces of a cell: split on separators, extensions joined to the number before
    them, a lone area code ("089 / 123 45 67", as Germans write) to the number after it."""
    out: list[str] = []
    area = ""
    for piece in _SEPARATORS.split(text):
        piece = piece.strip()
        if not piece:
            continue
        if _AREA_CODE.match(piece):
            area = f"{area} {piece}".strip()
        elif out and not area and _EXTENSION_PIECE.match(piece):
            out[-1] = f"{out[-1]} {piece}"
        elif _digit_count(piece) + _digit_count(area) >= _MIN_DIGITS:
            out.append(f"{area} {piece}".strip())
            area = ""
    return out


def _parse(piece: str, region: str) -> PhoneNumber | None:
    """A valid phonenumbers number for *piece* read in *region*, or None."""
    import phonenumbers as pn

    try:
        number = pn.parse(_EXTENSION_WORDS.sub(" ext. ", piece), region)
    except pn.NumberParseException:
        return None
    return number if pn.is_valid_number(number) else None


def read_number(piece: str, region: str) -> str | None:
    """The E.164 form of one written number, or None when it is not a valid number."""
    if (
        region == FAST_REGION
        and len(piece) == 11
        and piece.isascii()
        and piece.isdigit()
        and _cn_mobile().fullmatch(piece)
    ):
        return "+86" + piece
    number = _parse(piece, region)
    if number is None and piece.lstrip().startswith(
        "00"
    ):  # "0049 …" read where 00 is not the way out
        number = _parse("+" + piece.lstrip()[2:], region)
    if number is None:
        m = _DASH_EXTENSION.match(piece)
        if m and _digit_count(m.group(1)) >= _MIN_DIGITS:
            number = _parse(m.group(1), region)
    if number is None:
        return None
    import phonenumbers as pn

    return pn.format_number(number, pn.PhoneNumberFormat.E164)


def read_phones(text: str, region: str) -> Phones:
    """Every number in *text*; those without a country code are read for *region* (ISO code)."""
    text = text.strip()
    if not text:
        return Phones("")
    region = region.upper()
    whole = read_number(text, region)
    if whole is not None:  # the common case, and "089/1234567" before any splitting
        return Phones(text, (whole,))
    understood: list[str] = []
    missed: list[str] = []
    found = pieces(text)
    if not found:  # no number-like piece at all ("n/a", "ext 12"): kept, and flagged
        return Phones(text, (), (text,))
    for piece in found:
        e164 = read_number(piece, region)
        if e164 is None:
            missed.append(piece)
        elif e164 not in understood:
            understood.append(e164)
    return Phones(text, tuple(understood), tuple(missed))


def country_of_number(e164: str | None) -> str | None:
    """The country of the first E.164 number in *e164* ("+49 …" → "DE"); None when unknown or shared
    (+1 is the US and Canada and more: "US", libphonenumber's main region for the code)."""
    if not e164 or not e164.startswith("+"):
        return None
    digits = e164[1:4]
    for length in (1, 2, 3):  # country codes are prefix-free: the first that is one is the one
        if digits[:length].isdigit():
            import phonenumbers

            region = phonenumbers.region_code_for_country_code(int(digits[:length]))
            if region != "ZZ":
                return None if region == "001" else region
    return None
