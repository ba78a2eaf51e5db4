"""`t`: tag one customer, or add / remove one tag on many, with autocomplete.

Type part of a tag — Chinese, English, pinyin (``zd`` → 重点), or with a typo —
and the best existing tags are listed; ``↑``/``↓`` pick, ``enter`` applies.
When nothing fits, the last choice creates the tag: in the category typed
before a slash (``risk/付款慢``), else the one picked in the category row
(``tab`` to it, then ``i`` ``n`` ``r`` ``p`` ``c``).

On one customer each change is saved at once: the current tags are listed,
``d`` takes the highlighted one off, ``ctrl+z`` undoes the last change.  On
many customers (marked rows or a whole filter), choosing a tag applies it to
all of them as one change and closes.  The screen is dismissed with the
list of changes made, so the caller can offer undo.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from custui.core import tags as tag_rules
from custui.core.text import display_safe
from custui.core.validate import FieldInvalid
from custui.store import repo, tags
from custui.store.db import Store, StoreError
from custui.tui.actions import bindings
from custui.tui.widgets.chips import chip_style
from custui.tui.widgets.key_choice import KeyChoice

if TYPE_CHECKING:
    from custui.core.tags import TagInfo

NEW = "new"
SUGGESTIONS = 8


class CurrentTags(OptionList):
    """The customer's tags; ``d``, ``delete`` or ``x`` takes the highlighted one off."""

    BINDINGS = bindings("current-tags")


class TagEditorScreen(ModalScreen["list[tags.TagChange]"]):
    """Add/remove tags on one customer, or add (remove=False) / remove one tag on many."""

    DEFAULT_CSS = """
    TagEditorScreen { align: center middle; }
    TagEditorScreen > Vertical {
        width: 76; height: auto; max-height: 100%; overflow-y: auto; padding: 0 2;
        border: thick $primary; background: $panel;
    }
    TagEditorScreen .title { text-style: bold; margin: 1 0; }
    TagEditorScreen .label { color: $text-muted; }
    TagEditorScreen OptionList { border: none; background: $boost; padding: 0 1; }
    TagEditorScreen #current-tags { height: auto; max-height: 5; margin-bottom: 1; }
    TagEditorScreen #tag-input { margin-bottom: 1; }
    TagEditorScreen #suggestions { height: auto; max-height: 7; margin-bottom: 1; }
    TagEditorScreen #tag-message { color: $text-error; height: auto; }
    TagEditorScreen #tag-keys { color: $text-muted; margin-bottom: 1; }
    """
    BINDINGS = bindings("tag-editor")

    def __init__(
        self, store: Store, customer_ids: Sequence[int], title: str, *, remove: bool = False
    ) -> None:
        super().__init__()
        self.store = store
        self.customer_ids = list(customer_ids)
        self.title_text = title
        self.removing = remove
        self.single = len(self.customer_ids) == 1 and not remove
        self.changes: list[tags.TagChange] = []
        self._all: list[TagInfo] = []
        self._current: list[dict[str, Any]] = []

    # -- layout ------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self.title_text, classes="title", markup=False)
            if self.single:
                yield Static(
                    "Tags now (d removes the highlighted one)", classes="label", markup=False
                )
                yield CurrentTags(id="current-tags")
            placeholder = "tag to remove" if self.removing else "add a tag: 重点 · zd · risk/付款慢"
            yield Input(placeholder=placeholder, id="tag-input", compact=True)
            yield OptionList(id="suggestions")
            if not self.removing:
                yield Static("Category of a new tag", classes="label", markup=False)
                yield KeyChoice(tag_rules.CATEGORY_KEYS, value="custom", id="tag-category")
            yield Static("", id="tag-message", markup=False)
            keys = "↑/↓ choose · enter apply · tab next · esc done"
            if self.single:
                keys += " · ctrl+z undo"
            yield Static(keys, id="tag-keys", markup=False)

    def on_mount(self) -> None:
        self._load_tags()
        if not self.removing:
            self.watch(self.query_one("#tag-category", KeyChoice), "value", lambda _: self._refresh_suggestions(),
                       init=False)  # fmt: skip
        self.query_one("#tag-input", Input).focus()

    @property
    def input(self) -> Input:
        return self.query_one("#tag-input", Input)

    @property
    def suggestions(self) -> OptionList:
        return self.query_one("#suggestions", OptionList)

    def _chip(self, tag: TagInfo | dict[str, Any], *, note: str = "") -> Text:
        info: dict[str, Any] = (
            tag
            if isinstance(tag, dict)
            else {"name": tag.name, "category": tag.category, "color": tag.color}
        )
        text = Text(
            display_safe(info["name"]),
            chip_style(self.app.theme_variables, info["category"], info["color"]),
        )
        text.append(f" · {info['category']}{note}", style="dim")
        return text

    def _refresh_current(self) -> None:
        if not self.single:
            return
        self._current = repo.customer_tags(self.store, self.customer_ids[0])
        current = self.query_one("#current-tags", OptionList)
        current.clear_options()
        current.add_options([Option(self._chip(t), id=str(t["id"])) for t in self._current])
        if self._current:
            current.highlighted = 0
        else:
            current.add_option(Option(Text("(no tags yet)", style="dim"), disabled=True))

    def _typed(self) -> tuple[str | None, str | None, str]:
        """(category typed before a slash, name, error) of the input."""
        raw = self.input.value
        if not raw.strip():
            return None, None, ""
        try:
            category, name = tag_rules.split_input(raw)
        except FieldInvalid as exc:
            return None, None, str(exc)
        return category, name, ""

    def _new_category(self, typed: str | None) -> str:
        if typed:
            return typed
        if self.removing:
            return "custom"
        return self.query_one("#tag-category", KeyChoice).value or "custom"

    def _refresh_suggestions(self) -> None:
        exclude = [t["id"] for t in self._current]
        found = tag_rules.suggest(self.input.value, self._all, limit=SUGGESTIONS, exclude=exclude)
        options = [Option(self._chip(t, note=f" · {t.customers:,}"), id=str(t.id)) for t in found]
        category, name, error = self._typed()
        if name and not self.removing:
            target = self._new_category(category)
            taken = any(
                t.category == target and tag_rules.same_name(t.name, name) for t in self._all
            )
            if not taken:
                label = Text(f"＋ new tag “{display_safe(name)}” in {target}", style="italic")
                options.append(Option(label, id=NEW))
        self.suggestions.clear_options()
        self.suggestions.add_options(options)
        if options:
            self.suggestions.highlighted = 0
        self.query_one("#tag-message", Static).update(error)

    # -- events ------------------------------------------------------------------

    @on(Input.Changed, "#tag-input")
    def _typed_changed(self) -> None:
        self._refresh_suggestions()

    def on_key(self, event: events.Key) -> None:
        """↑/↓ in the input move through the suggestions (a combobox)."""
        if (
            self.focused is self.input
            and event.key in ("up", "down")
            and self.suggestions.option_count
        ):
            if event.key == "down":
                self.suggestions.action_cursor_down()
            else:
                self.suggestions.action_cursor_up()
            event.stop()
            event.prevent_default()

    @on(Input.Submitted, "#tag-input")
    def _submitted(self) -> None:
        index = self.suggestions.highlighted
        if index is None or not self.suggestions.option_count:
            _, _, error = self._typed()
            self.query_one("#tag-message", Static).update(error or "Type a tag name first.")
            return
        self._apply(self.suggestions.get_option_at_index(index).id)

    @on(OptionList.OptionSelected, "#suggestions")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self._apply(event.option.id)

    # -- changes -----------------------------------------------------------------

    def _apply(self, option_id: str | None) -> None:
        try:
            if option_id == NEW:
                category, name, _ = self._typed()
                change = tags.add_new_tag(
                    self.store, self.customer_ids, name, self._new_category(category)
                )
            elif self.removing:
                change = tags.remove_tag(self.store, self.customer_ids, int(option_id or 0))
            else:
                change = tags.add_tag(self.store, self.customer_ids, int(option_id or 0))
        except StoreError as exc:
            self.query_one("#tag-message", Static).update(str(exc))
            return
        self.changes.append(change)
        if not self.single:
            self.dismiss(self.changes)
            return
        self._load_tags()
        self.input.value = ""

    def _load_tags(self) -> None:
        self._all = tags.all_tags(self.store)
        self._refresh_current()
        self._refresh_suggestions()

    def action_remove_current(self) -> None:
        current = self.query_one("#current-tags", OptionList)
        if current.highlighted is None or not self._current:
            return
        tag_id = int(current.get_option_at_index(current.highlighted).id or 0)
        self.changes.append(tags.remove_tag(self.store, self.customer_ids, tag_id))
        self._load_tags()
        if self._current:
            current.highlighted = min(current.highlighted or 0, len(self._current) - 1)

    def action_undo(self) -> None:
        if not self.changes:
            self.query_one("#tag-message", Static).update("Nothing to undo.")
            return
        tags.undo_change(self.store, self.changes.pop())
        self._load_tags()

    def action_close(self) -> None:
        self.dismiss(self.changes)
