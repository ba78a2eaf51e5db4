"""A rep's own keys: ``keymap.toml`` in custui's config folder rebinds actions by their id.

::

    [keymap]
    "list.search" = "ctrl+f"
    "followups.done" = "d,x"

The ids and default keys are those of custui.tui.actions.  A file that cannot be read or is not
TOML, an id no action has, or a key Textual does not know is a *problem*: named in plain words, and
the rest of the file still applies.  The app applies the result with ``App.set_keymap``.
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from textual.keys import Keys, _character_to_key, format_key

from custui.tui.actions import ACTIONS, BY_ID, PLACES, keys_of

#: Overrides where custui looks for the keymap file (tests, a second setup).
KEYMAP_ENV = "CUSTUI_KEYMAP"
FILE_NAME = "keymap.toml"
MODIFIERS = ("ctrl", "shift", "alt", "meta", "super", "hyper")
#: Textual's names of keys that are not characters: enter, escape, f1 … f24, pageup, up …
NAMED_KEYS = frozenset(
    key.value for key in Keys if "+" not in key.value and not key.value.startswith("<")
)


def keymap_path() -> Path:
    """``CUSTUI_KEYMAP``, else keymap.toml in the platform's user config folder (not created)."""
    override = os.environ.get(KEYMAP_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return platformdirs.user_config_path("custui", appauthor=False) / FILE_NAME


@dataclass
class Keymap:
    """The usable part of a keymap file, and what was wrong with the rest."""

    #: action id → keys (Textual's comma-separated key string), only valid lines
    keys: dict[str, str] = field(default_factory=dict)
    #: one plain sentence per line that could not be used (or clashes it causes)
    problems: list[str] = field(default_factory=list)
    path: Path | None = None


def key_problem(key: str) -> str | None:
    """Why *key* (one key, no commas) is not a key Textual sends, or None when it is."""
    key = key.strip()
    if not key:
        return "an empty key"
    *modifiers, name = key.split("+")
    for modifier in modifiers:
        if modifier not in MODIFIERS:
            return f"{modifier!r} in {key!r} is not a modifier ({', '.join(MODIFIERS[:3])} …)"
    if len(name) == 1:
        if modifiers and name.isupper():
            return f"{key!r}: with a modifier the letter is lower case ({key.lower()!r})"
        return None
    if name in NAMED_KEYS:
        return None
    character = format_key(name)
    if len(character) == 1 and _character_to_key(character) == name:
        return None  # a character by its name: question_mark, slash, asterisk …
    known = sorted(NAMED_KEYS | {"question_mark", "slash", "asterisk", "comma", "full_stop"})
    close = difflib.get_close_matches(name, known, n=1)
    return f"{name!r} in {key!r} is not a key name" + (
        f" (did you mean {close[0]!r}?)" if close else ""
    )


def _keys(value: object) -> str | None:
    """A keymap value as Textual's key string: "ctrl+f", "d, x" or ["d", "x"]; None if neither."""
    if isinstance(value, str):
        return ",".join(part.strip() for part in value.split(","))
    if isinstance(value, list) and value and all(isinstance(item, str) for item in value):
        return ",".join(item.strip() for item in value)
    return None


def parse_keymap(table: Mapping[str, object], where: str = FILE_NAME) -> Keymap:
    """Check a ``[keymap]`` table line by line: the usable lines, and a problem for each other one."""
    result = Keymap()
    for action_id, value in table.items():
        if action_id not in BY_ID:
            close = difflib.get_close_matches(action_id, list(BY_ID), n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            result.problems.append(f"{where}: no action has the id {action_id!r}{hint}.")
            continue
        keys = _keys(value)
        if keys is None:
            result.problems.append(
                f'{where}: {action_id!r} needs keys as text, like "ctrl+f" or "d,x" (not {value!r}).'
            )
            continue
        bad = next((problem for key in keys.split(",") if (problem := key_problem(key))), None)
        if bad is not None:
            result.problems.append(f"{where}: {action_id!r} keeps its keys: {bad}.")
            continue
        result.keys[action_id] = keys
    result.problems.extend(clashes(result.keys, where))
    return result


def clashes(keymap: Mapping[str, str], where: str = FILE_NAME) -> list[str]:
    """A rebound key that another action of the same screen has: the keymap's action takes it."""
    found = []
    for action_id, keys in keymap.items():
        action = BY_ID[action_id]
        places = {action.screen, *PLACES[action.screen].parts}
        places |= {name for name, place in PLACES.items() if action.screen in place.parts}
        for key in _normalized(keys) - _normalized(action.keys):  # keys it had already are no news
            for other in ACTIONS:
                if other.id == action_id or other.screen not in places:
                    continue
                if key in _normalized(keys_of(other, keymap)):
                    found.append(
                        f"{where}: {key} of {action_id!r} is also the key of {other.id!r}; "
                        f"{action_id!r} has it now."
                    )
    return found


def _normalized(keys: str) -> set[str]:
    return {
        _character_to_key(key) if len(key) == 1 else key
        for key in (k.strip() for k in keys.split(","))
    }


def read_keymap(path: Path) -> Keymap:
    """The keymap in *path*; no file is an empty keymap (every key as shipped)."""
    where = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Keymap(path=path)
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return Keymap(
            problems=[f"{where}: cannot be read ({reason}); every key is as shipped."], path=path
        )
    import tomllib  # only when the rep has a keymap: not before the first frame otherwise

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return Keymap(
            problems=[f"{where}: not valid TOML ({exc}); every key is as shipped."], path=path
        )
    table = data.get("keymap")
    if not isinstance(table, dict):
        problem = (f"{where}: has no [keymap] table; every key is as shipped." if table is None
                   else f"{where}: keymap is not a table of id = keys; every key is as shipped.")  # fmt: skip
        return Keymap(problems=[problem], path=path)
    result = parse_keymap(table, where)
    result.path = path
    return result
