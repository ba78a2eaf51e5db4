"""Writes ``pinyin_tables.txt``, the pinyin custui reads, from pypinyin's dictionaries.

    python -m custui.core.pinyin_build          # rewrite custui/core/pinyin_tables.txt
    python -m custui.core.pinyin_build --check  # exit 1 when the file is not what pypinyin says

pypinyin keeps every reading of every phrase and character, with tones, as nested lists: 55 MB
resident once loaded, while custui needs one tone-less reading per phrase and per character.
The file holds just that, derived once here, so the app never loads pypinyin's dictionaries
(:func:`custui.core.text._pinyin_tables` reads it in ~14 MB).  A test rebuilds it from the installed
pypinyin and compares the bytes: upgrading pypinyin without rewriting the file fails there.

The format, UTF-8 with ``\\n`` line ends:

* a header line starting with ``#`` (the pypinyin version it came from);
* one line per phrase of pypinyin's phrase dictionary, in code point order: the phrase, a space,
  then its tone-less syllables separated by spaces (syllables that are not ASCII once their tones
  are gone are left out, as custui leaves them out);
* an empty line;
* one line per character of pypinyin's character dictionary, in code point order: the character
  followed by its first reading, tone-less; characters whose reading is not ASCII are left out.
"""

from __future__ import annotations

import sys
from importlib.metadata import version
from pathlib import Path

TABLES = Path(__file__).with_name("pinyin_tables.txt")


def build() -> str:
    """The file's text from the installed pypinyin."""
    from pypinyin.constants import PHRASES_DICT, PINYIN_DICT
    from pypinyin.contrib.tone_convert import to_normal

    lines = [
        f"# custui pinyin tables from pypinyin {version('pypinyin')}: python -m custui.core.pinyin_build"
    ]
    for phrase in sorted(PHRASES_DICT):
        syllables = [to_normal(readings[0]) for readings in PHRASES_DICT[phrase]]
        kept = [s for s in syllables if s.isascii()]
        if not kept or any(" " in s or not s for s in kept) or " " in phrase or "\n" in phrase:
            raise ValueError(f"the format cannot hold the phrase {phrase!r}: {syllables}")
        lines.append(f"{phrase} {' '.join(kept)}")
    lines.append("")
    for code in sorted(PINYIN_DICT):
        readings = PINYIN_DICT[code]
        if not readings:
            continue
        syllable = to_normal(readings.split(",", 1)[0])
        if not syllable or "\n" in syllable or chr(code) == "\n":
            raise ValueError(f"the format cannot hold the character {chr(code)!r}: {readings!r}")
        if syllable.isascii():
            lines.append(chr(code) + syllable)
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    text = build()
    if "--check" in args:
        same = TABLES.read_text(encoding="utf-8") == text
        print(f"{TABLES.name}: {'up to date' if same else 'differs from pypinyin; rewrite it'}")
        return 0 if same else 1
    TABLES.write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {TABLES} ({len(text.encode()):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
