"""Text files in any encoding: the bytes of a CSV or vCard file as text, or a clear refusal.

CSV and vCard files come from Excel, WPS, old CRMs and phones, so the encoding
is detected, not assumed: the rep's choice (``encoding=``) decides; else a
byte-order mark (UTF-8, UTF-16 LE/BE); UTF-16 without a mark is recognised by
its zero bytes; else UTF-8 if the bytes are valid UTF-8.  Other bytes are read
in each encoding Excel writes in its locales — GB18030 (GBK), Big5, Shift_JIS,
Windows-1252 (Latin-1) — and a reading must decode the whole file, be made of
characters common in its languages, and pass charset-normalizer's mess and
coherence check.  When two readings still make sense, :class:`AmbiguousEncoding`
names both: text is never guessed into mojibake.

A format whose files are text decodes them with :func:`decode` and sets its
:class:`~custui.store.formats.base.Reader`'s ``encodings``.
"""

from __future__ import annotations

import codecs
import re
from collections import Counter

from custui.store.formats.base import ImportFileError

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig", "UTF-8"), (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
         (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"))  # fmt: skip
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # legacy .xls / .doc
#: What Excel saves as "CSV" in a Chinese, Taiwanese, Japanese or Western locale: the Windows
#: code pages (GB18030 ⊃ GBK, cp950 = Big5, cp932 = Shift_JIS, cp1252 ⊃ Latin-1's letters).
_LEGACY = ("gb18030", "cp950", "cp932", "cp1252")
#: Encodings as the rep sees them, by Python codec name.
_LABELS = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16": "UTF-16", "utf-16-le": "UTF-16", "utf-16-be": "UTF-16",
           "gb18030": "GB18030", "cp950": "Big5", "cp932": "Shift_JIS", "cp1252": "Windows-1252",
           "iso8859-1": "Latin-1"}  # fmt: skip
#: A rep's name for an encoding, read as the superset Windows writes under that name.
_WIDER = {"gbk": "gb18030", "gb2312": "gb18030", "big5": "cp950", "shift_jis": "cp932"}
#: How much more often one reading may hold rare characters than the best one and still make sense,
#: and how often any reading may: right readings stay under 0.15 even in one-row files.
_RARE_MARGIN = 0.25
_MOST_RARE = 0.5
#: Non-ASCII bytes looked at for plausibility: lines spread over the whole file, about this many bytes.
_SAMPLE_BYTES = 65_536
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]{2,}")
_NON_ASCII_WORD = re.compile(r"[^\s,;|\"]*[^\x00-\x7f][^\s,;|\"]*")


class AmbiguousEncoding(ImportFileError):
    """The bytes make sense in two encodings; ``candidates`` holds their codecs, the likelier first."""

    def __init__(self, name: str, examples: dict[str, str]) -> None:
        self.candidates = list(examples)
        ways = " or ".join(
            f"as {encoding_label(codec)} (“{word}”)" for codec, word in examples.items()
        )
        options = " or ".join(f"--encoding {codec}" for codec in examples)
        super().__init__(f"{name} reads two ways: {ways}; say which with {options}.")


def decode(data: bytes, name: str = "the file", encoding: str | None = None) -> tuple[str, str]:
    """(text, encoding as shown) of text-file bytes in *encoding*, else detected; ImportFileError when they are
    not text, :class:`AmbiguousEncoding` when they read two ways."""
    if not data.strip(b" \t\r\n\x00"):
        raise ImportFileError(f"{name} is empty.")
    if data.startswith(_ZIP_MAGIC):
        raise ImportFileError(
            f"{name} is a zip file (an .xlsx saved under another name?): rename it to .xlsx."
        )
    if data.startswith(_OLE_MAGIC):
        raise ImportFileError(f"{name} is an old Excel .xls file: save it as .xlsx or CSV first.")
    if encoding is not None:
        codec = _chosen_codec(encoding)
        shown = encoding_label(codec)
        return _decode_as(data, codec, shown, name, chosen=True), shown
    for bom, codec, shown in _BOMS:
        if data.startswith(bom):
            return _decode_as(data, codec, shown, name), shown
    head = data[:4096]
    if b"\x00" in head:
        utf16 = _bomless_utf16(head)
        if utf16 is None:
            raise ImportFileError(f"{name} looks like a binary file, not a CSV text file.")
        return _decode_as(data, utf16, "UTF-16", name), "UTF-16"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    text, codec = _legacy_reading(data, name)
    return text, encoding_label(codec)


def encoding_label(codec: str) -> str:
    """An encoding as the rep knows it: "Windows-1252" for cp1252, "Big5" for cp950, "GB18030"…"""
    try:
        name = codecs.lookup(codec).name
    except LookupError:
        return codec
    return _LABELS.get(_WIDER.get(name, name), name)


def _chosen_codec(encoding: str) -> str:
    """The codec for the rep's *encoding*; ImportFileError when Python has no such text encoding."""
    try:
        codec = codecs.lookup(encoding).name
        b"x".decode(codec)  # LookupError for bytes-to-bytes codecs (base64, zlib…)
    except LookupError:
        raise ImportFileError(
            f"“{encoding}” is not a text encoding; say one like cp1252, gb18030, big5, shift_jis, utf-8 or utf-16."
        ) from None
    except UnicodeDecodeError:
        pass  # a real text encoding that one byte is too short for (UTF-16)
    return _WIDER.get(codec, codec)


def _decode_as(data: bytes, codec: str, shown: str, name: str, *, chosen: bool = False) -> str:
    """*data* in *codec* (marked in the file, or *chosen* by the rep), else ImportFileError saying where it breaks."""
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        byte = f"byte {exc.start:,}"
        if chosen:
            raise ImportFileError(
                f"{name} is not {shown} text ({byte} does not fit); try another --encoding."
            ) from None
        raise ImportFileError(
            f"{name} says it is {shown} but {byte} is not; the file is damaged."
        ) from None


def _decoded(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _bomless_utf16(head: bytes) -> str | None:
    """ "utf-16-le"/"utf-16-be" when zero bytes sit in every other position (ASCII in UTF-16)."""
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > len(odd) * 0.3 and even.count(0) < len(even) * 0.05:
        return "utf-16-le"
    if even.count(0) > len(even) * 0.3 and odd.count(0) < len(odd) * 0.05:
        return "utf-16-be"
    return None


# -- which legacy encoding ------------------------------------------------------------


def _legacy_reading(data: bytes, name: str) -> tuple[str, str]:
    """(text, codec) of bytes that are not UTF-8, in the one legacy encoding that makes sense of them.

    The readings are tried likeliest first (fewest rare characters in the sample); each must
    decode the whole file.  Those about as plausible as the best go to charset-normalizer,
    which keeps the ones without mess; more than one left is :class:`AmbiguousEncoding`.
    A reading mostly of rare characters is mojibake, never taken.
    """
    sample = _telling_lines(data)
    rare = {
        codec: _rare_share(text, codec)
        for codec in _LEGACY
        if (text := _decoded(sample, codec)) is not None
    }
    whole: dict[str, str] = {}  # the plausible readings of the whole file
    for codec in sorted(rare, key=rare.__getitem__):
        if rare[codec] > _MOST_RARE or (
            whole and rare[codec] > min(rare[c] for c in whole) + _RARE_MARGIN
        ):
            break
        if (text := _decoded(data, codec)) is not None:
            whole[codec] = text
    if not whole:
        raise ImportFileError(
            f"{name} does not read as text in UTF-8, UTF-16, GB18030, Big5, Shift_JIS or Windows-1252; "
            "save it from your spreadsheet as “CSV UTF-8”, or name its encoding with --encoding."
        )
    sensible = _without_mess(sample, list(whole)) if len(whole) > 1 else list(whole)
    if len(sensible) > 1:
        raise AmbiguousEncoding(
            name, {codec: _example(sample.decode(codec)) for codec in sensible[:2]}
        )
    return whole[sensible[0]], sensible[0]


def _telling_lines(data: bytes) -> bytes:
    """The lines holding non-ASCII bytes (where readings differ), spread evenly over the whole file.

    A newline is a newline in every candidate encoding (no multi-byte character holds 0x0A),
    so every line decodes on its own exactly as it does inside the file."""
    lines = [line for line in data.split(b"\n") if not line.isascii()]
    step = -(-sum(map(len, lines)) // _SAMPLE_BYTES)  # ceiling: about _SAMPLE_BYTES in all
    return b"\n".join(lines[:: max(step, 1)])


def _rare_share(text: str, codec: str) -> float:
    """The share of *text*'s non-ASCII characters that are rare in *codec*'s languages: near 0 for the
    right reading, high for a misreading (“M黮ler”, “»ªÎª¿Æ¼¼”)."""
    total = len(text) - len(text.encode("ascii", "ignore"))
    if (
        codec == "cp1252"
    ):  # Western text has lone accents and symbols; CJK read as cp1252 has runs like “»ªÎª¿Æ”
        rare = sum(
            len(run) for run in _NON_ASCII_RUN.findall(text) if len(run) > 3 or not run.isalpha()
        )
    else:
        rare = sum(
            count
            for char, count in Counter(text).items()
            if not char.isascii() and not _common(char, codec)
        )
    return rare / total if total else 0.0


def _common(char: str, codec: str) -> bool:
    """Whether CJK text in *codec* commonly holds *char* (by the standards' own levels of common characters)."""
    try:
        raw = char.encode("gb2312" if codec == "gb18030" else codec)
    except UnicodeEncodeError:
        return False  # for GB18030: outside GB2312's 6,763 common hanzi, punctuation and kana
    if codec == "cp950":
        return len(raw) == 2 and raw[0] <= 0xC6  # symbols and Big5 level 1 (5,401 common hanzi)
    if codec == "cp932":
        return len(raw) == 2 and raw <= b"\x98\x72"  # symbols, kana, ㈱ and JIS level 1 kanji
    return True


def _without_mess(sample: bytes, codecs_: list[str]) -> list[str]:
    """Of readings that all look plausible, those charset-normalizer finds no mess in, best first."""
    from charset_normalizer import from_bytes

    matches = from_bytes(sample, steps=1, chunk_size=len(sample), cp_isolation=codecs_)
    return [match.encoding for match in matches if match.encoding in codecs_] or codecs_


def _example(text: str) -> str:
    """The first word with a non-ASCII character in it: what the rep compares readings by."""
    found = _NON_ASCII_WORD.search(text)
    return found.group()[:20] if found else ""
