"""Read a CSV or XLSX file into a header and rows of cells, or say clearly why not.

CSV files come from Excel, WPS, old CRMs and phones, so the encoding and the
delimiter are detected, not assumed:

- encoding: the rep's choice (``encoding=``) decides; else a byte-order mark
  (UTF-8, UTF-16 LE/BE); UTF-16 without a mark is recognised by its zero
  bytes; else UTF-8 if the bytes are valid UTF-8.  Other bytes are read in
  each encoding Excel writes in its locales — GB18030 (GBK), Big5, Shift_JIS,
  Windows-1252 (Latin-1) — and a reading must decode the whole file, be made
  of characters common in its languages, and pass charset-normalizer's mess
  and coherence check.  When two readings still make sense,
  :class:`AmbiguousEncoding` names both: text is never guessed into mojibake.
- delimiter: whichever of ``,`` ``;`` tab ``|`` splits the first lines into
  the same number (more than one) of cells; a comma when none does.

Row numbers are the spreadsheet's: the header is row 1.  Blank rows are
skipped.  A row with more cells than the header is reported, not guessed at;
a shorter one is padded with blanks (trailing empty cells are often dropped).
Every problem with the file as a whole raises :class:`ImportFileError` with a
message a rep can act on; nothing is written anywhere by reading.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
import zipfile
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from custui.store.db import StoreError

READABLE = (".csv", ".txt", ".tsv", ".xlsx", ".xlsm", ".vcf")
#: A cell larger than this is refused (a whole file pasted into one cell is a broken file).
MAX_CELL_CHARS = 1_000_000
_DELIMITERS = (",", ";", "\t", "|")
_SNIFF_LINES = 20
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


class ImportFileError(StoreError):
    """The file cannot be read as a table (the message says why and what to do)."""


class AmbiguousEncoding(ImportFileError):
    """The bytes make sense in two encodings; ``candidates`` holds their codecs, the likelier first."""

    def __init__(self, name: str, examples: dict[str, str]) -> None:
        self.candidates = list(examples)
        ways = " or ".join(
            f"as {encoding_label(codec)} (“{word}”)" for codec, word in examples.items()
        )
        options = " or ".join(f"--encoding {codec}" for codec in examples)
        super().__init__(f"{name} reads two ways: {ways}; say which with {options}.")


@dataclass(frozen=True)
class UnreadableRow:
    """A row (or vCard) that cannot be taken apart into the header's fields, and why."""

    row: int
    reason: str


@dataclass
class Table:
    """A file's header and data rows, each row as long as the header."""

    headers: list[str]
    rows: list[list[object]]
    row_numbers: list[int]  # spreadsheet row number of each data row
    source: str  # "UTF-8 CSV, comma-separated" / "XLSX, sheet “Sheet1”"
    unreadable: list[UnreadableRow] = field(default_factory=list)
    per_person: bool = False  # a row is a person by nature (a vCard): read one row per person


def read_table(
    path: str | os.PathLike[str], *, sheet: str | None = None, encoding: str | None = None
) -> Table:
    """The table in *path* (.csv/.txt/.tsv, .xlsx or .vcf by extension); *encoding* (a Python codec
    name) reads a text file in it instead of detecting it."""
    path = Path(path).expanduser()
    if not path.exists():
        raise ImportFileError(f"{path} does not exist.")
    if path.is_dir():
        raise ImportFileError(f"{path} is a folder, not a file.")
    suffix = path.suffix.lower()
    if suffix not in READABLE:
        raise ImportFileError(
            f"Import reads .csv, .xlsx or .vcf files (got {suffix or 'no extension'})."
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(f"Cannot read {path}: {exc.strerror or exc}.") from None
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(data, path.name, sheet)
    if suffix == ".vcf":
        from custui.store.vcards import read_vcards

        return read_vcards(data, path.name, encoding)
    return read_csv_bytes(data, path.name, encoding)


# -- CSV ------------------------------------------------------------------------


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


# -- CSV: which legacy encoding ---------------------------------------------------


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


# -- CSV: cells ---------------------------------------------------------------------


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into equal cell counts (> 1)."""
    lines = [line for line in text.splitlines()[:_SNIFF_LINES] if line.strip()]
    best, best_score = ",", 0
    for delimiter in _DELIMITERS:
        try:
            counts = [len(r) for r in csv.reader(lines, delimiter=delimiter)]
        except csv.Error:
            continue
        if not counts or counts[0] < 2:
            continue
        score = sum(1 for c in counts if c == counts[0]) * counts[0]
        if score > best_score:
            best, best_score = delimiter, score
    return best


_DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "bar"}


def read_csv_bytes(data: bytes, name: str = "the file", encoding: str | None = None) -> Table:
    """The table in CSV *data*, read in *encoding* (a Python codec name) or the one detected."""
    text, encoding = decode(data, name, encoding)
    text = text.lstrip("\ufeff")
    if "\x00" in text:
        raise ImportFileError(f"{name} holds zero bytes: it is not a CSV text file.")
    delimiter = sniff_delimiter(text)
    source = f"{encoding} CSV, {_DELIMITER_NAMES[delimiter]}-separated"
    return _table(_csv_records(text, delimiter, name), source, name)


def _csv_records(text: str, delimiter: str, name: str) -> Iterator[list[str]]:
    previous = csv.field_size_limit()
    csv.field_size_limit(MAX_CELL_CHARS)
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        record = 0
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise ImportFileError(_csv_problem(exc, record + 1, name)) from None
            record += 1
            yield row
    finally:
        csv.field_size_limit(previous)


def _csv_problem(exc: csv.Error, row: int, name: str) -> str:
    reason = str(exc)
    if "field larger than field limit" in reason:
        return f"{name}, row {row}: a cell is over {MAX_CELL_CHARS:,} characters; the file is probably damaged."
    return f"{name}, row {row}: not readable as CSV ({reason})."


# -- XLSX -----------------------------------------------------------------------


def _read_xlsx(data: bytes, name: str, sheet: str | None) -> Table:
    if not data:
        raise ImportFileError(f"{name} is empty.")
    if not data.startswith(_ZIP_MAGIC):
        raise ImportFileError(f"{name} is not an .xlsx workbook (an .xlsx file is a zip archive).")
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, EOFError) as exc:
        raise ImportFileError(
            f"{name} is damaged or truncated and cannot be opened ({type(exc).__name__})."
        ) from None
    try:
        names = book.sheetnames
        if sheet is None:
            chosen = names[0]
        elif sheet in names:
            chosen = sheet
        elif sheet.isdigit() and 1 <= int(sheet) <= len(names):
            chosen = names[int(sheet) - 1]
        else:
            raise ImportFileError(f"{name} has no sheet {sheet!r}; its sheets: {', '.join(names)}.")
        try:
            rows = [list(r) for r in book[chosen].iter_rows(values_only=True)]
        except (zipfile.BadZipFile, KeyError, OSError, ValueError, EOFError) as exc:
            raise ImportFileError(
                f"{name}: sheet “{chosen}” is damaged ({type(exc).__name__})."
            ) from None
    finally:
        book.close()
    return _table(iter(rows), f"XLSX, sheet “{chosen}”", name)


# -- both -----------------------------------------------------------------------


def _blank(cell: object) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _table(records: Iterator[Sequence[object]], source: str, name: str) -> Table:
    """Header = first non-blank record; data rows padded to its width; ragged ones set aside."""
    row_number = 0
    headers: list[str] | None = None
    rows: list[list[object]] = []
    numbers: list[int] = []
    unreadable: list[UnreadableRow] = []
    for record in records:
        row_number += 1
        while record and _blank(record[-1]):
            record = record[:-1]
        if not record:
            continue
        if headers is None:
            headers = ["" if c is None else str(c).strip() for c in record]
            continue
        if len(record) > len(headers):
            unreadable.append(
                UnreadableRow(
                    row_number,
                    f"{len(record)} cells but the header has {len(headers)}; fix the row",
                )
            )
            continue
        rows.append(list(record) + [None] * (len(headers) - len(record)))
        numbers.append(row_number)
    if headers is None:
        raise ImportFileError(f"{name} has no rows.")
    return Table(headers, rows, numbers, source, unreadable)
