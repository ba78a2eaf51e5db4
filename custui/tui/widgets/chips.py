"""Tags drawn as chips: the name in its category's theme colour (or the tag's own colour)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from rich.color import ColorParseError
from rich.style import Style
from rich.text import Text

from custui.core.text import display_safe

#: Theme variable per category (the list, the editor and the tag manager all draw chips with it).
CATEGORY_VARIABLE = {
    "industry": "text-primary", "need": "text-accent", "risk": "text-error", "potential": "text-success",
    "custom": "text-secondary",
}  # fmt: skip


def chip_style(
    theme: Mapping[str, str], category: str, color: str | None = None, *, bold: bool = True
) -> Style:
    """The tag's own colour, else its category's theme colour (tables draw rows of these: cached)."""
    return _style(color or theme.get(CATEGORY_VARIABLE.get(category, "text-secondary"), ""), bold)


@lru_cache(maxsize=256)
def _style(color: str, bold: bool) -> Style:
    weight = True if bold else None  # not bold: leave it to the row (a table's cursor row is bold)
    try:
        return Style(color=color or None, bold=weight)
    except ColorParseError:  # a theme value that is not a plain colour ("auto 60%")
        return Style(bold=weight)


def chips_text(theme: Mapping[str, str], tags: Iterable[Mapping[str, Any]]) -> Text:
    """Tags (dicts with name, category, color) as one line of coloured names."""
    text = Text()
    for n, tag in enumerate(tags):
        if n:
            text.append("  ")
        text.append(
            f"#{display_safe(tag['name'])}", chip_style(theme, tag["category"], tag.get("color"))
        )
    return text
