"""Tags: name rules, categories, what a rep types in the tag editor, and autocomplete (pure).

A tag is (category, name).  Names are normalised (NFKC, invisible characters
dropped, spaces collapsed, trimmed) and unique within their category
regardless of case.  "/" separates category and name in filters and input
(``risk/付款慢``), so it cannot be part of a name.

Autocomplete ranks existing tags for what was typed, CJK included:
an exact name first, then names starting with it, then containing it, then
pinyin (full or initials: ``zd`` → 重点), then fuzzy matches (typos) by
rapidfuzz's ``WRatio``; ties go to the tag on more customers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from custui.core.model import TagCategory
from custui.core.text import fold, has_cjk, pinyin_syllables
from custui.core.validate import FieldInvalid, normalize_text

MAX_TAG_NAME = 40
CATEGORIES: tuple[str, ...] = tuple(c.value for c in TagCategory)
#: Single keys that pick a category when a new tag is created.
CATEGORY_KEYS: dict[str, str] = {c[0]: c for c in CATEGORIES}
CATEGORY_NAMES_ZH = {
    "industry": "行业",
    "need": "需求",
    "risk": "风险",
    "potential": "潜力",
    "custom": "自定义",
}
#: Colours a rep may give a tag (Rich colour names); None = its category's colour.
COLORS: tuple[str, ...] = ("red", "orange3", "yellow", "green", "cyan", "blue", "magenta", "grey62")
FUZZY_CUTOFF = 70


def normalize_tag_name(raw: object) -> str:
    """The stored form of a tag name; FieldInvalid with a plain-words reason."""
    name = normalize_text(raw)
    if not name:
        raise FieldInvalid("A tag needs a name.")
    if "/" in name:
        raise FieldInvalid(
            'A tag name cannot contain "/" (it separates category and name, as in risk/付款慢).'
        )
    if len(name) > MAX_TAG_NAME:
        raise FieldInvalid(
            f"Tag names are at most {MAX_TAG_NAME} characters (this one has {len(name)})."
        )
    return name


def check_category(raw: object) -> str:
    category = fold(normalize_text(raw))
    for value, zh in CATEGORY_NAMES_ZH.items():
        if category in (value, zh):
            return value
    raise FieldInvalid(
        f"Tag categories are {', '.join(CATEGORIES)} (not {normalize_text(raw)[:20]})."
    )


def split_input(raw: object) -> tuple[str | None, str]:
    """What was typed in the tag editor: ``risk/付款慢`` → ("risk", "付款慢"); ``重点`` → (None, "重点")."""
    text = normalize_text(raw)
    head, slash, tail = text.partition("/")
    if slash:
        return check_category(head), normalize_tag_name(tail)
    return None, normalize_tag_name(text)


def written(category: str, name: str) -> str:
    """How a tag is written in files (what split_input reads back): ``risk/付款慢``; a custom tag bare."""
    return name if category == "custom" else f"{category}/{name}"


def same_name(a: str, b: str) -> bool:
    """Equal as tag names (case and width ignored, simplified = traditional)."""
    return fold(a) == fold(b)


@dataclass(frozen=True)
class TagInfo:
    id: int
    name: str
    category: str
    color: str | None = None
    customers: int = 0

    @property
    def label(self) -> str:
        return f"{self.category}/{self.name}"


def _pinyin_keys(name: str) -> tuple[str, str]:
    if not has_cjk(name):
        return "", ""
    syllables = pinyin_syllables(fold(name))
    return "".join(syllables), "".join(s[0] for s in syllables)


def suggest(
    typed: str, tags: Iterable[TagInfo], *, limit: int = 8, exclude: Sequence[int] = ()
) -> list[TagInfo]:
    """Existing tags for *typed*, best first (see the module docstring); ``cat/`` narrows to a category."""
    from rapidfuzz import fuzz

    text = normalize_text(typed)
    category, _, name_part = text.rpartition("/") if "/" in text else ("", "", text)
    wanted_category = None
    if category:
        try:
            wanted_category = check_category(category)
        except FieldInvalid:
            return []
    query = fold(name_part)
    # a Chinese name typed with a homophone (付款曼 for 付款慢) reads the same in pinyin
    query_sound = _pinyin_keys(query)[0] if has_cjk(query) else ""
    ranked: list[tuple[int, float, int, str, TagInfo]] = []
    skip = set(exclude)
    for tag in tags:
        if tag.id in skip or (wanted_category and tag.category != wanted_category):
            continue
        name = fold(tag.name)
        if not query:
            rank, score = 5, 0.0
        elif name == query:
            rank, score = 0, 100.0
        elif name.startswith(query):
            rank, score = 1, 100.0 - len(name)
        elif query in name:
            rank, score = 2, 100.0 - len(name)
        elif query.isascii() and any(k.startswith(query) for k in _pinyin_keys(tag.name) if k):
            rank, score = 3, 100.0 - len(name)
        elif query_sound and _pinyin_keys(tag.name)[0].startswith(query_sound):
            rank, score = 3, 100.0 - len(name)
        else:
            score = fuzz.WRatio(query, name)
            if score < FUZZY_CUTOFF:
                continue
            rank = 4
        ranked.append((rank, -score, -tag.customers, name, tag))
    ranked.sort(key=lambda r: r[:4])
    return [r[4] for r in ranked[:limit]]
