"""The key tables of the `?` help and of the README, written from the registry (custui.tui.actions).

``python -m custui.tui.keys_doc`` rewrites the README's key table (between its ``keys:start`` and
``keys:end`` comments); ``--check`` only says whether it is up to date.  The README shows the default
keys; the help shows the keys the app has (a user's keymap.toml included).

help.md holds the help's headings and prose; a line ``<!-- keys: list table -->`` there is replaced by
the table of those places' keys.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path

from textual.keys import format_key

from custui.tui.actions import BY_ID, Action, Note, keys_of, of_screen

#: Key names the docs spell out where the footer uses a symbol.
_SPELLED = {"enter": "enter", "delete": "delete", "backspace": "backspace", "tab": "tab"}
#: A help.md line that stands for the key table of the places it names.
MARKER = re.compile(r"^<!-- keys: ([a-z -]+) -->$", re.MULTILINE)
#: help.md's notes to its editors (not shown).
COMMENT = re.compile(r"^<!--(?: (?!keys:)).*?-->\n", re.MULTILINE | re.DOTALL)
#: A help.md line that stands for the keymap file's path.
KEYMAP_FILE = "<!-- keymap-file -->"
README_START = "<!-- keys:start (python -m custui.tui.keys_doc writes this table) -->"
README_END = "<!-- keys:end -->"

#: The README's rows: (where, the places whose keys it lists).
README_ROWS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("everywhere", ("app",)),
    ("unlock (an encrypted book)", ("unlock",)),
    ("import (`I`)", ("import",)),
    ("customer list", ("list",)),
    ("customer (`enter`)", ("customer",)),
    ("people (`p`)", ("people",)),
    ("customer form", ("customer-form",)),
    ("follow-ups (`2`)", ("followups",)),
    ("duplicates (`3`)", ("duplicates",)),
    ("a group of duplicates (`enter`)", ("merge",)),
    ("tag editor (`t`)", ("tag-editor", "current-tags")),
    ("tags (`4`)", ("tags",)),
    ("dashboard (`5`)", ("dashboard",)),
    ("cross-classification (`p`)", ("pivot",)),
    ("every list", ("table",)),
)


def key_text(key: str) -> str:
    """One Textual key as the docs show it: ``question_mark`` → ``?``, ``ctrl+s`` stays."""
    *modifiers, name = key.strip().split("+")
    return "+".join([*modifiers, _SPELLED.get(name) or format_key(name)])


def _split(keys: str) -> list[str]:
    return [key_text(key) for key in keys.split(",") if key.strip()]


def keys_markdown(keys: str) -> str:
    """``d,delete`` → ``` `d` / `delete` ```."""
    return " / ".join(f"`{key}`" for key in _split(keys))


#: A key hint's parts: (action id, what it does).
HintParts = tuple[tuple[str, str], ...]


def hint_line(parts: HintParts, keymap: Mapping[str, str] | None = None) -> str:
    """The key hint a dialog shows under its list ("n add · d remove · esc close"), with each
    action's first key in effect: a rep's keymap.toml moves the hint with the key."""
    return " · ".join(f"{_split(keys_of(BY_ID[i], keymap))[0]} {words}" for i, words in parts)


def keys_plain(keys: str) -> str:
    """``d,delete`` → ``d / delete`` (the palette)."""
    return " / ".join(_split(keys))


def _uses_markdown(ids: Sequence[str], keymap: Mapping[str, str] | None) -> str:
    """The keys of several actions in one cell: each one's first key, then "(or …)" the others."""
    firsts: list[str] = []
    others: list[str] = []
    for action_id in ids:
        first, *rest = _split(keys_of(BY_ID[action_id], keymap))
        firsts.append(f"`{first}`")
        others.extend(f"`{key}`" for key in rest)
    return " ".join(firsts) + (f" (or {' '.join(others)})" if others else "")


def plain(text: str) -> str:
    """Help text without its Markdown (the palette shows it as is)."""
    return text.replace("`", "")


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def table(places: Sequence[str], keymap: Mapping[str, str] | None = None) -> str:
    """The Markdown key table of *places*: the keys, and what they do (with its Chinese label)."""
    rows = ["| key | action |", "|---|---|"]
    for entry in of_screen(places):
        if isinstance(entry, Action):
            keys, zh = keys_markdown(keys_of(entry, keymap)), entry.label_zh
        else:
            keys = _uses_markdown(entry.uses, keymap) if entry.uses else entry.keys
            zh = entry.label_zh or (BY_ID[entry.uses[0]].label_zh if len(entry.uses) == 1 else "")
        rows.append(f"| {keys} | {_cell(entry.help)}{f' · {zh}' if zh else ''} |")
    return "\n".join(rows)


def help_template() -> str:
    return resources.files("custui.tui").joinpath("help.md").read_text(encoding="utf-8")


def help_markdown(keymap: Mapping[str, str] | None = None, keymap_file: Path | None = None) -> str:
    """The `?` help: help.md with each marker replaced by its key table, with *keymap*'s keys."""
    text = MARKER.sub(lambda match: table(match.group(1).split(), keymap), help_template())
    where = f"`{keymap_file}`" if keymap_file else "`keymap.toml` in custui's config folder"
    return COMMENT.sub("", text.replace(KEYMAP_FILE, where))


def marked_places(template: str | None = None) -> list[str]:
    """Every place a help.md marker names, in order (a place may be named more than once)."""
    found = MARKER.findall(help_template() if template is None else template)
    return [name for names in found for name in names.split()]


# -- the README ---------------------------------------------------------------------------------


def _readme_cell(places: Sequence[str]) -> str:
    """``key`` word · … for the actions of *places* (and the notes with a word for the README); one
    after another with the same word share it: ``←`` / ``→`` pick value."""
    parts: list[tuple[str, str]] = []
    for entry in of_screen(places):
        if isinstance(entry, Action) and not entry.action.startswith("app.focus_"):
            keys, word = keys_markdown(entry.keys), entry.label.lower()
        elif isinstance(entry, Note) and entry.label:
            keys = _uses_markdown(entry.uses, None) if entry.uses else entry.keys
            word = entry.label
        else:
            continue
        if parts and parts[-1][1] == word:
            keys = f"{parts.pop()[0]} / {keys}"
        parts.append((keys, word))
    return " · ".join(f"{keys} {word}" for keys, word in parts)


def readme_table() -> str:
    """The README's key table (default keys), between its markers."""
    rows = ["| where | keys |", "|---|---|"]
    rows += [f"| {where} | {_readme_cell(places)} |" for where, places in README_ROWS]
    return "\n".join([README_START, *rows, README_END])


README = Path(__file__).resolve().parents[2] / "README.md"


def readme_with_table(readme: str) -> str:
    """*readme* with the text between the markers replaced by :func:`readme_table`."""
    start, end = readme.find(README_START), readme.find(README_END)
    if start < 0 or end < start:
        raise ValueError(f"README.md has no {README_START!r} … {README_END!r} markers")
    return readme[:start] + readme_table() + readme[end + len(README_END) :]


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    current = README.read_text(encoding="utf-8")
    wanted = readme_with_table(current)
    if "--check" in args:
        if current != wanted:
            print(
                f"{README} disagrees with custui/tui/actions.py: run python -m custui.tui.keys_doc"
            )
            return 1
        return 0
    if current != wanted:
        README.write_text(wanted, encoding="utf-8")
        print(f"Wrote the key table of {README}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
