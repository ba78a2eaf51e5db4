"""Text folding for search: one form for what is stored and what is typed.

Search must treat 科技集團 and 科技集团 alike, find 科技 inside 某某科技有限公司,
and let a rep type "keji" or "kj" without an input method.  Everything here is
pure and cached; opencc and the pinyin tables (from pypinyin, see
``custui.core.pinyin_build``) load on first use.

The search document is built for SQLite FTS5's ``unicode61`` tokenizer:
* Latin words stay words; CJK characters are spaced apart so each is a token
  and a query such as 科技 becomes the phrase "科 技".
* Chinese runs also yield pinyin tokens: for every start position a run's
  full pinyin suffix ("kejiyouxiangongsi") and its initials suffix ("kjyxgs"),
  so a prefix query "keji"* or "kj"* matches anywhere inside a name.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Container, Mapping, Sequence
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    import opencc

#: Longest pinyin token kept; longer prefixes are rarely typed.
PINYIN_TOKEN_CHARS = 24
#: Most start positions per CJK run that get pinyin suffix tokens.
PINYIN_STARTS = 16

_CJK_RANGES = (
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0x20000, 0x2FA1F),
)
_CJK_CLASS = "".join(f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in _CJK_RANGES)


@cache
def _han() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A Han character, a run of them, and a search piece (a run of Han characters, or a run of other
    letters and digits): compiled when first used, ~5 ms the list's first frame does not wait for."""
    return (
        re.compile(f"[{_CJK_CLASS}]"),
        re.compile(f"[{_CJK_CLASS}]+"),
        re.compile(f"[{_CJK_CLASS}]+|[^\\W{_CJK_CLASS}_]+"),
    )


def word_pieces(text: str) -> list[str]:
    """The search pieces of *text*: runs of Han characters, and runs of other letters and digits."""
    return _han()[2].findall(text)


def is_cjk(char: str) -> bool:
    """True for a Han ideograph."""
    return bool(_han()[0].fullmatch(char))


def has_cjk(text: str) -> bool:
    return bool(_han()[0].search(text))


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional to simplified Chinese; other text passes unchanged."""
    if not has_cjk(text):
        return text
    return cast(str, _t2s().convert(text))  # OpenCC.convert has no return annotation


def fold(text: str | None) -> str:
    """NFKC, casefold and simplified Chinese: the form both sides are compared in."""
    if not text:
        return ""
    if len(text) <= _FOLD_CACHED_LENGTH:  # industries, regions, cities, tags, names' parts repeat
        return _fold_short(text)
    return to_simplified(unicodedata.normalize("NFKC", text).casefold())


_FOLD_CACHED_LENGTH = 40


@lru_cache(maxsize=65_536)
def _fold_short(text: str) -> str:
    return to_simplified(unicodedata.normalize("NFKC", text).casefold())


def space_cjk(text: str) -> str:
    """Put spaces around each Han character so FTS5 indexes it as its own token."""
    return text.translate(_SPACED_HAN) if has_cjk(text) else text


class _SpacedHanTable(dict[int, str]):
    """A str.translate table filled as characters are met: Han → " 字 ", others → themselves.
    After warm-up every lookup is a C dict hit (4x faster than a regex callback)."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        self[code] = spaced = f" {char} " if is_cjk(char) else char
        return spaced


_SPACED_HAN = _SpacedHanTable()


#: custui's pinyin, one tone-less reading per phrase and per character, written from pypinyin's
#: dictionaries by ``python -m custui.core.pinyin_build`` (a test holds it equal to them).
_TABLES = Path(__file__).with_name("pinyin_tables.txt")


@lru_cache(maxsize=1)
def _pinyin_tables() -> tuple[dict[str, str], dict[int, str]]:
    """Words → syllables and code points → syllable, read once from pinyin_tables.txt.

    The words are pypinyin's phrases, each mapped to its tone-less syllables joined by spaces, and
    every shorter prefix of a phrase that is no phrase itself, mapped to "": one lookup tells the
    segmenter both whether some phrase starts so and whether this is one.  ~14 MB resident and
    ~0.1 s to read, where pypinyin's own dictionaries (every reading, toned, nested lists) take 55 MB.
    """
    words: dict[str, str] = {}
    chars: dict[int, str] = {}
    with _TABLES.open(encoding="utf-8") as lines:
        next(lines)  # the header
        for line in lines:
            if line == "\n":
                break
            word, _, reading = line[:-1].partition(" ")
            for end in range(1, len(word)):
                words.setdefault(word[:end], "")
            words[word] = reading
        for line in lines:
            chars[ord(line[0])] = sys.intern(line[1:-1])
    return words, chars


def pinyin_syllables(run: str) -> list[str]:
    """Tone-less pinyin of each character of a Han run (heteronyms: most common reading)."""
    return list(_pinyin_of_run(run))


@lru_cache(maxsize=32_768)
def _pinyin_of_run(run: str) -> tuple[str, ...]:
    """What ``lazy_pinyin(run, errors="ignore")`` returns (its non-ASCII syllables left out), about
    ten times faster.

    lazy_pinyin spends ~100 µs a company name converting styles through layers of hooks; this walks
    the same segmentation over the same readings (a word the phrase dictionary knows takes its
    reading there, other characters their first reading), tone-less in advance.  A property test
    holds it equal to lazy_pinyin, and another the tables equal to pypinyin's dictionaries.
    """
    words, _chars = _pinyin_tables()
    syllables: list[str] = []
    for word in _segments(run, words):
        syllables.extend(_word_syllables(word))
    return tuple(syllables)


def _segments(run: str, words: Mapping[str, str]) -> list[str]:
    """pypinyin's strict forward maximum matching (seg.mmseg, no_non_phrases=True), inlined: extend
    a word while it is a prefix of some phrase; cut at the longest phrase met, else one character;
    when the rest of the run is a prefix but holds no phrase, it goes character by character."""
    cut: list[str] = []
    start, end = 0, len(run)
    while start < end:
        stop, longest = start, 0
        while stop < end:
            reading = words.get(run[start : stop + 1])
            if reading is None:  # no phrase starts so
                break
            stop += 1
            if reading:  # a phrase, not only the start of one
                longest = stop - start
        if longest:
            cut.append(run[start : start + longest])
            start += longest
        elif stop < end:
            cut.append(run[start])
            start += 1
        else:
            cut.extend(run[start:])
            break
    return cut


@lru_cache(maxsize=65_536)
def _word_syllables(word: str) -> tuple[str, ...]:
    words, chars = _pinyin_tables()
    reading = words.get(word)
    if reading:
        return tuple(map(sys.intern, reading.split(" ")))
    found = (chars.get(ord(char)) for char in word)
    return tuple(s for s in found if s)


def pinyin_tokens(text: str) -> list[str]:
    """Suffix tokens of full pinyin and of initials for every Han run in *text*."""
    tokens: list[str] = []
    for run in _han()[1].findall(to_simplified(text)):
        tokens.extend(_run_tokens(run))
    return tokens


@lru_cache(maxsize=32_768)
def _run_tokens(run: str) -> tuple[str, ...]:
    syllables = _pinyin_of_run(run)
    full, initials = "".join(syllables), "".join(s[0] for s in syllables)
    tokens: list[str] = []
    offset = 0
    for start in range(min(len(syllables), PINYIN_STARTS)):
        tokens.append(full[offset : offset + PINYIN_TOKEN_CHARS])
        if len(syllables) - start > 1:
            tokens.append(initials[start : start + PINYIN_TOKEN_CHARS])
        offset += len(syllables[start])
    return tuple(tokens)


def search_document(*parts: str | None) -> str:
    """The folded, CJK-spaced text FTS indexes for a record."""
    return " ".join(space_cjk(fold(p)) for p in parts if p)


def pinyin_document(*parts: str | None) -> str:
    """Pinyin suffix tokens for the Chinese in *parts* (names, contacts)."""
    tokens: list[str] = []
    for part in parts:
        if part and has_cjk(part):
            tokens.extend(pinyin_tokens(part))
    return " ".join(dict.fromkeys(tokens))


def digits_only(text: str | None) -> str:
    if not text or text.isdigit():  # most phone fields: nothing to drop
        return text or ""
    return "".join(ch for ch in text if ch.isdigit())


_UNSAFE_FOR_DISPLAY = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u200c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)


def display_safe(value: object, *, one_line: bool = True) -> str:
    """Text that is inert on a terminal: control, escape and bidi-override characters become '�'.

    With *one_line*, line breaks and tabs become spaces (for table cells).
    Markup such as ``[bold]`` needs no escaping here: widgets render it as
    plain text segments, never through Rich markup.
    """
    if value is None:
        return ""
    text = str(value)
    if one_line:
        text = text.replace("\r\n", " ").replace("\n", " ").replace("\r", " ").replace("\t", " ")
    else:
        text = text.replace("\t", "    ")
    return _UNSAFE_FOR_DISPLAY.sub("\ufffd", text)


# --------------------------------------------------------------------------- plain-text tables


def cell_width(text: str) -> int:
    """Terminal columns *text* takes: East Asian wide/full-width characters count 2."""
    return sum(
        0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        for ch in text
    )


def fit_cells(text: str, width: int, *, right: bool = False) -> str:
    """Exactly *width* terminal columns of *text*, cut with "…" when too long."""
    if cell_width(text) > width:
        out, used = "", 0
        for ch in text:
            w = cell_width(ch)
            if used + w > width - 1:
                break
            out, used = out + ch, used + w
        text = out + "…"
    pad = " " * (width - cell_width(text))
    return pad + text if right else text + pad


def text_table(
    rows: Sequence[Sequence[str]], *, limits: Sequence[int], right: Container[int] = ()
) -> list[str]:
    """Rows of cells as aligned lines for a terminal (CJK-width aware); column n is
    at most ``limits[n]`` wide and right-aligned when n is in *right*."""
    widths = [
        min(max((cell_width(r[n]) for r in rows), default=0), limits[n]) for n in range(len(limits))
    ]
    return [
        "  ".join(fit_cells(t, widths[n], right=n in right) for n, t in enumerate(r)).rstrip()
        for r in rows
    ]


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """ "1 order", "2 orders", "1,234 entries" (*plural* when adding an s is wrong)."""
    return f"{count:,} {noun if count == 1 else plural or noun + 's'}"
