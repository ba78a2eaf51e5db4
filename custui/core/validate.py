"""Cleaning and checking what a rep types (or an import row carries).

Every function here is pure and forgiving about *input types*: it never raises
anything but :class:`FieldInvalid`, whose text is shown inline next to the
field, in plain words that say how to fix it.

Design points:

* Text is NFKC-normalised (full-width digits and letters become ASCII, the
  ideographic space becomes a space) except for Chinese punctuation (，。：、「」),
  which free text keeps as typed; values that are parsed (numbers, dates,
  phones, e-mails, web addresses) get full NFKC.  Control and invisible format characters
  are dropped and whitespace is collapsed.  ``normalize_text`` and
  ``normalize_multiline`` are idempotent: they loop until the result is stable.
* Money is exact: :class:`decimal.Decimal` into integer minor units (分/cents).
* Ambiguous input is refused rather than guessed (``03/04/2024``, ``1.500``).
* phonenumbers and email_validator are heavy; they load on first use.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from custui.core.model import CUSTOMER_FIELDS, FIELDS_BY_NAME, FieldSpec, FieldType, Kind
from custui.core.phones import Phones, read_phones
from custui.core.regions import FALLBACK_REGION, country_code

__all__ = [
    "FieldError",
    "FieldInvalid",
    "PhoneNumber",
    "customer_warnings",
    "field_label",
    "format_money",
    "normalize_multiline",
    "normalize_text",
    "parse_date",
    "parse_money",
    "parse_phone",
    "phone_region",
    "read_phone_cell",
    "validate_customer",
    "validate_email",
    "validate_int",
    "validate_name",
    "validate_rating",
    "validate_url",
]


class FieldInvalid(ValueError):
    """Raised by a single-field validator; str(e) is the plain-words message shown inline."""


@dataclass(frozen=True)
class FieldError:
    field: str
    message: str


@dataclass(frozen=True)
class PhoneNumber:
    raw: str  # what was typed, trimmed + NFKC (kept for display)
    e164: str | None  # "+8613800138000", None only when raw is empty


class _LazyRe:
    """A regex compiled on first use, so importing this module stays cheap."""

    __slots__ = ("_args", "_compiled")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._args = (pattern, flags)
        self._compiled: re.Pattern[str] | None = None

    def _pattern(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(*self._args)
        return self._compiled

    def match(self, string: str) -> re.Match[str] | None:
        return self._pattern().match(string)

    def fullmatch(self, string: str) -> re.Match[str] | None:
        return self._pattern().fullmatch(string)

    def search(self, string: str) -> re.Match[str] | None:
        return self._pattern().search(string)


# --------------------------------------------------------------------------- text

_ZWJ = "\u200d"
_VS16 = "\ufe0f"
_BLACK_FLAG = "\U0001f3f4"
_MAX_PASSES = 8


def _is_tag(ch: str) -> bool:
    """Unicode tag characters, used only by subdivision flag emoji (🏴 + tags)."""
    return "\U000e0020" <= ch <= "\U000e007f"


def _emoji_before_zwj(ch: str) -> bool:
    # an emoji, its VS16 presentation selector or a skin-tone modifier
    return ch == _VS16 or "\U0001f3fb" <= ch <= "\U0001f3ff" or unicodedata.category(ch) == "So"


def _as_str(value: object) -> str:
    """Anything to str without raising; None and NaN become ""."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, float) and math.isnan(value):
        return ""
    if type(value).__name__ in (
        "NAType",
        "NaTType",
    ):  # pandas missing values, without importing pandas
        return ""
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).decode("utf-8", errors="replace")
    try:
        return str(value)
    except Exception:  # noqa: BLE001 - a hostile __str__ must not break a form
        return ""


def _is_blank(value: object) -> bool:
    return _as_str(value).strip() == ""


def _clean_chars(text: str, *, keep_tab: bool) -> str:
    """Drop control (Cc), surrogate (Cs) and format (Cf) characters.

    Whitespace becomes a plain space (a tab stays a tab when ``keep_tab``).
    ZWJ survives only between two emoji (👨‍👩‍👧, ❤️‍🔥) and tag characters only
    after a black flag (🏴 subdivision flags), as both are then visible glue.
    """
    out: list[str] = []
    n = len(text)
    for i, ch in enumerate(text):
        if ch == "\t" and keep_tab:
            out.append(ch)
            continue
        if ch.isspace():
            out.append(" ")
            continue
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Cs"):
            continue
        if cat == "Cf":
            if ch == _ZWJ:
                prev = out[-1] if out else ""
                nxt = text[i + 1] if i + 1 < n else ""
                if prev and nxt and _emoji_before_zwj(prev) and unicodedata.category(nxt) == "So":
                    out.append(ch)
            elif _is_tag(ch):
                prev = out[-1] if out else ""
                if prev == _BLACK_FLAG or (prev and _is_tag(prev)):
                    out.append(ch)
            continue
        out.append(ch)
    return "".join(out)


#: Chinese punctuation and full-width symbols that NFKC would turn into ASCII ("，" → ","): kept as typed.
_CJK_PUNCTUATION = re.compile(
    "[\u3001-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]+"
)


def _nfkc(text: str) -> str:
    """NFKC (full-width letters and digits become ASCII, ligatures split…) sparing CJK punctuation:
    a note written "交期紧，价格敏感。" keeps its "，" and "。"."""
    if not _CJK_PUNCTUATION.search(text):
        return unicodedata.normalize("NFKC", text)
    parts, last = [], 0
    for m in _CJK_PUNCTUATION.finditer(text):
        parts += [unicodedata.normalize("NFKC", text[last : m.start()]), m.group()]
        last = m.end()
    parts.append(unicodedata.normalize("NFKC", text[last:]))
    return "".join(parts)


def _text_pass(text: str) -> str:
    text = _nfkc(text)
    text = _clean_chars(text, keep_tab=False)
    return " ".join(text.split())


def plain_text(value: object) -> str:
    """normalize_text, then full NFKC: for values that are parsed (numbers, dates, phones,
    addresses), where a full-width "，" or "／" is just a separator."""
    return unicodedata.normalize("NFKC", normalize_text(value))


def normalize_text(value: object) -> str:
    """One-line text: NFKC, invisible characters dropped, whitespace collapsed, trimmed.

    Never raises; idempotent (steps repeat until the text is stable, since
    dropping a character can let NFKC compose its neighbours).
    """
    text = _as_str(value)
    if _is_clean(text):  # fast path: nothing to normalise but spaces
        return " ".join(text.split())
    return _until_stable(_text_pass, text)


def _is_clean(text: str) -> bool:
    """No control, format or odd space characters (isprintable) and already NFKC where it counts."""
    return text.isprintable() and (
        text.isascii() or unicodedata.is_normalized("NFKC", text) or _nfkc(text) == text
    )


def _until_stable(one_pass: Callable[[str], str], text: str) -> str:
    """Repeat *one_pass* until the text stops changing (at most _MAX_PASSES times)."""
    for _ in range(_MAX_PASSES):
        cleaned = one_pass(text)
        if cleaned == text:
            break
        text = cleaned
    return text


def _multiline_pass(text: str) -> str:
    text = _nfkc(text)
    # splitlines knows \r\n, \r, \n, \v, \f, \x1c-\x1e, \x85, U+2028, U+2029
    lines = [_clean_chars(line, keep_tab=True).rstrip() for line in text.splitlines()]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


def normalize_multiline(value: object) -> str:
    """Notes: NFKC, line breaks kept as \\n, trailing spaces and outer blank lines removed.

    Tabs and indentation survive; other control characters are dropped.
    Never raises; idempotent.
    """
    text = _as_str(value)
    if _is_clean(text):  # one clean line: only trailing spaces go
        return text.rstrip()
    return _until_stable(_multiline_pass, text)


# --------------------------------------------------------------------------- labels


def _english_part(label: str) -> str:
    """Text before the first CJK / full-width character ("Need match 需求匹配 (1-5)" -> "Need match")."""
    for i, ch in enumerate(label):
        if ord(ch) >= 0x2E80:
            label = label[:i]
            break
    return label.split("(")[0].strip()


@lru_cache(maxsize=256)
def field_label(name: str) -> str:
    """English part of a field's label ("Need match"), for messages."""
    spec = FIELDS_BY_NAME.get(name)
    if spec is None:
        return name.replace("_", " ").strip().capitalize() or name
    return _english_part(spec.label) or name.replace("_", " ").capitalize()


def _too_long(label: str, max_length: int) -> str:
    return f"{label} is too long (max {max_length:,} characters)."


def _check_text(value: object, *, label: str, required: bool, max_length: int) -> str:
    text = normalize_text(value)
    if not text and required:
        raise FieldInvalid(f"{label} is required.")
    if len(text) > max_length:
        raise FieldInvalid(_too_long(label, max_length))
    return text


def validate_name(raw: object, *, required: bool = True, max_length: int = 200) -> str:
    """A customer's name: normalised text, required by default."""
    return _check_text(raw, label="Name", required=required, max_length=max_length)


def _shorten(text: str, limit: int = 40) -> str:
    """Echo input back in a message without flooding it."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --------------------------------------------------------------------------- phone


_PHONE_MAX_INPUT = 300


def parse_phone(raw: object, default_region: str = "CN") -> PhoneNumber:
    """One phone number as typed, strictly: FieldInvalid unless every number in it is understood.

    Numbers without a country code are read for ``default_region``.  Forms and
    imports use :func:`read_phone_cell`, which keeps what it cannot read.
    """
    text = plain_text(raw)
    if not text:
        return PhoneNumber("", None)
    region = (normalize_text(default_region) or "CN").upper()
    if len(text) > _PHONE_MAX_INPUT:
        raise FieldInvalid(f"Phone number is too long: {_shorten(text)}")
    phones = read_phones(text, region)
    if phones.invalid or not phones.e164:
        if text.startswith("+"):
            raise FieldInvalid(
                f"Not a valid phone number: {_shorten(text)} (check the digits after the country code)"
            )
        raise FieldInvalid(
            f"Not a valid phone number for {region}: {_shorten(text)} (add the country code, e.g. +1 415 555 0100)"
        )
    return PhoneNumber(text, phones.e164[0])


def read_phone_cell(raw: object, region: str) -> Phones:
    """Every number of a phone cell (forms, imports): never raises; what is not understood is kept and
    flagged (``Phones.invalid``)."""
    return read_phones(plain_text(raw), _region_code(region))


@lru_cache(maxsize=64)
def _region_code(region: str) -> str:
    """A region as given ("us ", "") as the code phones are read for ("US", the fallback)."""
    return (normalize_text(region) or FALLBACK_REGION).upper()


# --------------------------------------------------------------------------- e-mail, web


_EMAIL_JARGON = _LazyRe(
    r"idna|a-label|u-label|codepoint|smtputf8|rfc|quoted|domain literal|ascii", re.I
)


def _email_reason(message: str) -> str:
    reason = message.strip()
    reason = re.sub(r"^The email address is not valid\.\s*", "", reason)
    if not reason:
        return "please check it."
    if _EMAIL_JARGON.search(reason):
        if "before the @-sign" in reason:
            return "the part before the @ contains characters that cannot be used."
        if "after the @-sign" in reason or "domain" in reason.lower():
            return "the part after the @ is not a valid domain name."
        return "it contains characters that cannot be used."
    reason = reason.replace("email address", "e-mail address").replace("@-sign", "@")
    reason = reason[0].lower() + reason[1:]
    return reason if reason.endswith((".", "!", "?")) else reason + "."


_SIMPLE_EMAIL = _LazyRe(
    r"[a-z0-9_+-]+(?:\.[a-z0-9_+-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}"
)


def _simple_email(text: str) -> str | None:
    """An everyday ASCII address (name.x+y@host.example.cn) checked without email_validator's
    full machinery (30 µs an address); None for anything else, which takes the full check.
    A property test holds both paths to the same answer."""
    folded = text.casefold()
    if not text.isascii() or len(folded) > 254 or not _SIMPLE_EMAIL.fullmatch(folded):
        return None
    local, domain = folded.rsplit("@", 1)
    if (
        len(local) > 64 or len(domain) > 253 or "--" in domain
    ):  # "xn--…" labels are punycode: full check
        return None
    import email_validator  # loaded on first use (see the module's notes)

    if any(
        domain == d or domain.endswith("." + d) for d in email_validator.SPECIAL_USE_DOMAIN_NAMES
    ):
        return None
    return folded


def validate_email(raw: object) -> str:
    """A syntactically valid e-mail address (no network), casefolded; "" stays ""."""
    text = plain_text(raw)
    if not text:
        return ""
    simple = _simple_email(text)
    if simple is not None:
        return simple
    import email_validator as ev

    try:
        result = ev.validate_email(text, check_deliverability=False)
    except ev.EmailNotValidError as exc:
        raise FieldInvalid(f"Not a valid e-mail address: {_email_reason(str(exc))}") from None
    return result.normalized.casefold()


_URL_SCHEME = _LazyRe(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
_URL_BAD_HOST_CHARS = _LazyRe(r"[\s/<>\"'{}|\\^`@:\[\]%]")


def validate_url(raw: object) -> str:
    """A web address, lightly checked: "https://" added if missing, host must contain a dot."""
    text = plain_text(raw)
    if not text:
        return ""
    shown = _shorten(text)
    if " " in text:
        raise FieldInvalid(f"A web address cannot contain spaces: {shown}")
    if text.startswith("//"):
        text = "https:" + text
    m = _URL_SCHEME.match(text)
    if m is None:
        text = "https://" + text
    else:
        scheme = m.group(1).lower()
        if scheme not in ("http", "https"):
            raise FieldInvalid(f"A web address must start with http:// or https://: {shown}")
        text = scheme + text[len(scheme) :]
    from urllib.parse import urlsplit  # not needed at startup

    try:
        parts = urlsplit(text)
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        raise FieldInvalid(f"Not a valid web address: {shown} (e.g. www.example.com)") from None
    if "@" in parts.netloc:
        raise FieldInvalid(f"This looks like an e-mail address, not a web address: {shown}")
    labels = host.split(".")
    if len(labels) < 2 or not all(labels) or _URL_BAD_HOST_CHARS.search(host):
        raise FieldInvalid(f"Not a valid web address: {shown} (e.g. www.example.com)")
    return text


# --------------------------------------------------------------------------- numbers

_WHOLE = _LazyRe(r"[+-]?(?:[0-9]{1,3}(?:(?P<sep>[, '])[0-9]{3})(?:(?P=sep)[0-9]{3})*|[0-9]+)")
_MAX_DIGITS = 40


def _parse_whole(value: object) -> int | None:
    """An integer from int / integral float / text with thousands separators; None if not one."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    if isinstance(value, Decimal):
        try:
            return int(value) if value.is_finite() and value == value.to_integral_value() else None
        except (InvalidOperation, OverflowError, ValueError):
            return None
    text = plain_text(value).replace("−", "-")
    if len(text) > _MAX_DIGITS or not _WHOLE.fullmatch(text):
        return None
    return int(re.sub(r"[, ']", "", text))


def validate_rating(raw: object, *, label: str = "Rating") -> int | None:
    """A 1-5 rating; blank is None.  ``label`` names the field in the message."""
    if _is_blank(raw):
        return None
    number = _parse_whole(raw)
    if number is None or not 1 <= number <= 5:
        raise FieldInvalid(f"{label} must be a whole number from 1 to 5.")
    return number


def validate_int(
    raw: object, *, minimum: int = 0, maximum: int = 10_000_000, label: str = "This"
) -> int | None:
    """A whole number within [minimum, maximum]; accepts "1,200", "1 200", "１２００"; blank is None."""
    if _is_blank(raw):
        return None
    number = _parse_whole(raw)
    if number is None:
        raise FieldInvalid(f"{label} must be a whole number, e.g. 1200.")
    if not minimum <= number <= maximum:
        raise FieldInvalid(f"{label} must be between {minimum:,} and {maximum:,}.")
    return number


# --------------------------------------------------------------------------- dates

_TIME_TAIL = (
    r"(?:\s*[Tt ]\s*(?P<h>[0-9]{1,2}):(?P<mi>[0-9]{2})(?::(?P<s>[0-9]{2})(?:\.[0-9]+)?)?"
    r"(?:\s*(?:Z|z|[+-][0-9]{2}(?::?[0-9]{2})?))?)?"
)
_DATE_PATTERNS = (
    # 2024-03-15, 2024/3/15, 2024.3.15, optionally with a time
    _LazyRe(
        r"(?P<y>[0-9]{4})(?P<sep>[-/.])(?P<m>[0-9]{1,2})(?P=sep)(?P<d>[0-9]{1,2})" + _TIME_TAIL
    ),
    # 15.03.2024 (day.month.year, as in most of Europe)
    _LazyRe(r"(?P<d>[0-9]{1,2})\.(?P<m>[0-9]{1,2})\.(?P<y>[0-9]{4})"),
    # 2024年3月15日 / 2024年3月15号
    _LazyRe(
        r"(?P<y>[0-9]{4})\s*年\s*(?P<m>[0-9]{1,2})\s*月\s*(?P<d>[0-9]{1,2})\s*[日号]?" + _TIME_TAIL
    ),
    # 20240315
    _LazyRe(r"(?P<y>[0-9]{4})(?P<m>[0-9]{2})(?P<d>[0-9]{2})"),
)


def parse_date(raw: object, *, today: date | None = None) -> date | None:
    """A calendar date from the usual ways of writing one; blank is None.

    Ambiguous forms such as 03/04/2024 (US or European?) are refused, never
    guessed.  With ``today``, relative dates are understood too: ``+3d``,
    ``next mon``, ``明天`` (:func:`custui.core.dates.relative_date`).
    """
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    text = plain_text(raw)
    if not text:
        return None
    if today is not None:
        from custui.core.dates import relative_date

        relative = relative_date(text, today)
        if relative is not None:
            return relative
    for pattern in _DATE_PATTERNS:
        m = pattern.fullmatch(text)
        if m is None:
            continue
        groups = m.groupdict()
        if groups.get("h") is not None and (
            int(groups["h"]) > 23
            or int(groups["mi"]) > 59
            or (groups["s"] and int(groups["s"]) > 59)
        ):
            break
        try:
            return date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            break
    hint = "YYYY-MM-DD, +3d, next mon, 明天" if today is not None else "YYYY-MM-DD"
    raise FieldInvalid(f"Not a date: {_shorten(text)} (use {hint})")


# --------------------------------------------------------------------------- money

_MONEY_MAX_INPUT = 80
_MAX_MINOR = 2**63 - 1  # SQLite INTEGER
_SIGNS = "+-−"
_CUR_WORDS = r"RMB|CNY|USD|EUR|GBP|HKD|JPY|TWD|人民币|人民幣|美元|港币|港幣|港元|欧元|歐元"
_CUR_PREFIX = _LazyRe(rf"(?:US\$|HK\$|NT\$|CN¥|[¥$€£₩₹]|(?:{_CUR_WORDS}))\s*", re.I)
_CUR_SUFFIX = _LazyRe(rf"\s*(?:元整?|圆整?|圓整?|块钱?|塊錢?|{_CUR_WORDS}|[¥$€£])$", re.I)
_MULTIPLIER_SUFFIX = _LazyRe(r"\s*([万萬亿億千kK])$")
_MULTIPLIERS = {
    "千": 1000, "k": 1000, "K": 1000,
    "万": 10_000, "萬": 10_000,
    "亿": 100_000_000, "億": 100_000_000,
}  # fmt: skip
_DECIMAL_COMMA = _LazyRe(
    r"(?P<int>[0-9]{1,3}(?:(?P<sep>[. '])[0-9]{3})+|[0-9]+),(?P<frac>[0-9]{1,2})"
)
_DECIMAL_POINT = _LazyRe(
    r"(?P<int>[0-9]{1,3}(?:(?P<sep>[, '])[0-9]{3})+|[0-9]+)?(?:\.(?P<frac>[0-9]*))?"
)


def _take_sign(text: str) -> tuple[str, str]:
    if text[:1] and text[:1] in _SIGNS:
        return text[1:].lstrip(), "-" if text[0] in "-−" else "+"
    return text, ""


def parse_money(raw: object, *, allow_negative: bool = False) -> int | None:
    """An amount in integer minor units (分/cents), exactly; blank is None.

    Accepts currency marks ("¥1,234.50", "RMB 500", "500元"), thousands
    separators (",", space, "'"), a decimal comma ("12,5"), and the multipliers
    千/k, 万 and 亿 ("1.2万" = 12,000.00).  Numbers (int, Decimal, float) are
    taken as major units.
    """
    if isinstance(raw, bool):
        raise FieldInvalid("Not an amount (e.g. 1234.50 or 1.2万).")
    if isinstance(raw, (int, Decimal, float)) and not (isinstance(raw, float) and math.isnan(raw)):
        text = str(raw) if not isinstance(raw, Decimal) else format(raw, "f")
    else:
        text = plain_text(raw)
    if not text:
        return None
    shown = _shorten(text)
    invalid = FieldInvalid(f"Not an amount: {shown} (e.g. 1234.50 or 1.2万)")
    if len(text) > _MONEY_MAX_INPUT:
        raise invalid

    body, sign = _take_sign(text)
    m = _CUR_PREFIX.match(body)
    if m:
        body = body[m.end() :]
    body, sign2 = _take_sign(body)
    if sign and sign2:
        raise invalid
    sign = sign or sign2
    m = _CUR_SUFFIX.search(body)
    if m:
        body = body[: m.start()]
    multiplier = 1
    m = _MULTIPLIER_SUFFIX.search(body)
    if m:
        multiplier = _MULTIPLIERS[m.group(1)]
        body = body[: m.start()]
    body = body.strip()

    m = _DECIMAL_COMMA.fullmatch(body) or _DECIMAL_POINT.fullmatch(body)
    if m is None or not (m["int"] or m["frac"]):
        raise invalid
    whole = re.sub(r"[^0-9]", "", m["int"] or "") or "0"
    frac = m["frac"] or ""
    if multiplier == 1 and len(frac) > 2:
        raise FieldInvalid(f"Amounts have at most 2 decimals: {shown}")
    amount = Decimal(f"{whole}.{frac or '0'}") * multiplier * 100
    if amount != amount.to_integral_value():
        raise FieldInvalid(f"Amounts have at most 2 decimals: {shown}")
    minor = int(amount)
    if sign == "-":
        minor = -minor
    if minor < 0 and not allow_negative:
        raise FieldInvalid(f"Amounts cannot be negative: {shown}")
    if abs(minor) > _MAX_MINOR:
        raise FieldInvalid(f"Amount is too large: {shown}")
    return minor


def format_money(minor: int | None, currency: str = "CNY") -> str:
    """123450 -> "1,234.50"; None -> "".  No currency symbol, so the text parses back.

    ``currency`` is accepted for the callers' sake; every currency is shown
    with 2 decimals for now.
    """
    if minor is None:
        return ""
    sign = "-" if minor < 0 else ""
    whole, cents = divmod(abs(int(minor)), 100)
    return f"{sign}{whole:,}.{cents:02d}"


# --------------------------------------------------------------------------- customers

CODE_PATTERN = _LazyRe(r"[A-Z0-9][A-Z0-9_-]{0,19}")


def _check_customer_field(
    spec: FieldSpec, value: object, clean: dict[str, object], default_region: str
) -> None:
    """Validate one field into ``clean``; raises FieldInvalid."""
    label = field_label(spec.name)
    name = spec.name
    ftype = spec.type

    if name == "code":
        code = _check_text(
            value, label=label, required=spec.required, max_length=spec.max_length
        ).upper()
        if code and not CODE_PATTERN.fullmatch(code):
            raise FieldInvalid("Code may use letters, digits, - and _ (max 20).")
        clean[name] = code or None
    elif ftype is FieldType.TEXT:
        text = _check_text(value, label=label, required=spec.required, max_length=spec.max_length)
        clean[name] = text or None
    elif ftype is FieldType.LONG_TEXT:
        text = normalize_multiline(value)
        if not text and spec.required:
            raise FieldInvalid(f"{label} is required.")
        if len(text) > spec.max_length:
            raise FieldInvalid(_too_long(label, spec.max_length))
        clean[name] = text or None
    elif ftype is FieldType.CHOICE:
        choice = normalize_text(value).casefold()
        if not choice:
            if name == "kind":
                choice = Kind.COMPANY.value
            elif spec.required:
                raise FieldInvalid(f"{label} is required.")
            else:
                clean[name] = None
                return
        if choice not in spec.choices:
            raise FieldInvalid(f"{label} must be one of: {', '.join(spec.choices)}.")
        clean[name] = choice
    elif ftype is FieldType.RATING:
        clean[name] = validate_rating(value, label=label)
    elif ftype is FieldType.INTEGER:
        clean[name] = validate_int(value, label=label)
    elif ftype is FieldType.PHONE:
        phones = read_phone_cell(value, phone_region(clean, default_region))
        clean[name] = phones.raw or None
        clean[f"{name}_e164"] = phones.e164_text
        clean[f"{name}_invalid"] = int(phones.invalid)
    elif ftype is FieldType.COUNTRY:
        text = _check_text(value, label=label, required=spec.required, max_length=spec.max_length)
        clean[name] = (country_code(text) or text) if text else None
    elif ftype is FieldType.EMAIL:
        email = validate_email(value)
        if len(email) > spec.max_length:
            raise FieldInvalid(_too_long(label, spec.max_length))
        clean[name] = email or None
    elif ftype is FieldType.URL:
        url = validate_url(value)
        if len(url) > spec.max_length:
            raise FieldInvalid(_too_long(label, spec.max_length))
        clean[name] = url or None
    else:  # a new FieldType nobody taught us: keep it as plain text
        text = _check_text(value, label=label, required=spec.required, max_length=spec.max_length)
        clean[name] = text or None


def validate_customer(
    raw: Mapping[str, object], *, default_region: str = FALLBACK_REGION
) -> tuple[dict[str, object], list[FieldError]]:
    """Check every known field present in ``raw``; collect all errors.

    Returns ``(clean, errors)``.  ``clean`` holds one key per valid field that
    was present (so partial updates stay partial), empty optional values as
    None, plus ``phone_e164`` and ``phone_invalid`` next to ``phone``.  A
    phone never fails: its numbers are read for the row's own country (a
    known ``country``), else ``default_region``; what cannot be understood is
    kept as typed and flagged (``customer_warnings`` words it).  Unknown
    keys are ignored; invalid fields are left out of ``clean``.
    """
    clean: dict[str, object] = {}
    errors: list[FieldError] = []
    for spec in _CHECK_ORDER:
        if spec.name not in raw:
            continue
        try:
            _check_customer_field(spec, raw[spec.name], clean, default_region)
        except FieldInvalid as exc:
            errors.append(FieldError(spec.name, str(exc)))
    return clean, errors


#: Phones last: the country, checked before them, decides how they read.
_CHECK_ORDER = tuple(sorted(CUSTOMER_FIELDS, key=lambda spec: spec.type is FieldType.PHONE))


def phone_region(clean: Mapping[str, object], default_region: str = FALLBACK_REGION) -> str:
    """The region a customer's phones without a country code are read for: its own country when
    known, else *default_region*."""
    country = clean.get("country")
    if isinstance(country, str) and len(country) == 2 and country.isupper():
        return country
    return _region_code(default_region)


def customer_warnings(
    clean: Mapping[str, object], default_region: str = FALLBACK_REGION
) -> list[FieldError]:
    """What was kept but not understood: phones (read for the row's region) and unknown countries."""
    warnings = []
    if clean.get("phone_invalid"):
        region = phone_region(clean, default_region)
        problem = read_phone_cell(clean.get("phone"), region).problem(region)
        warnings.append(
            FieldError("phone", problem or "Not understood as a phone number; kept as typed.")
        )
    country = clean.get("country")
    if isinstance(country, str) and country and country_code(country) != country:
        warnings.append(
            FieldError(
                "country",
                f"Not a country known by name or ISO code: {_shorten(country)} — kept as typed.",
            )
        )
    return warnings
