"""Palette "Industry names…": the rep's own words for industries, read as standard names on import.

Imports map industry names to one bilingual standard list ("制造业",
"Manufacturing" → 制造 Manufacturing); a rep whose files say "机加工" or "3C"
adds that word here once.  `n` adds one (the word, then the standard name by
its key), `d` removes the highlighted one, `esc` closes.
"""

from __future__ import annotations

from custui.core.industries import STANDARD
from custui.core.text import display_safe
from custui.store.settings import add_industry_synonym, industry_synonyms, remove_industry_synonym
from custui.tui.actions import bindings
from custui.tui.screens.table_dialog import TableDialog

_KEYS = "123456789abcdefghijklmnopqrstuvwxyz"


class IndustryNamesScreen(TableDialog):
    BINDING_GROUP_TITLE = "Industry names"
    TITLE_TEXT = "Your words for industries (imports read them as the standard name)"
    HINT = (
        ("industry-names.add", "add a word"),
        ("industry-names.remove", "remove"),
        ("dialog.close", "close"),
    )
    BINDINGS = bindings("industry-names")

    def on_mount(self) -> None:
        self._fill()

    def _fill(self) -> None:
        self.words = sorted(industry_synonyms(self.custui.store).items())
        table = self.table
        table.clear(columns=True)
        table.add_columns("Your word", "Read as")
        for word, standard in self.words:
            table.add_row(display_safe(word), standard)
        self.show_empty(
            ""
            if self.words
            else "None yet: imports know the usual names (制造业, Manufacturing, 互联网…)."
        )

    def action_add(self) -> None:
        from custui.tui.screens.choice import ChoiceScreen
        from custui.tui.screens.prompt import PromptScreen

        def word_given(word: str | None) -> None:
            if word:
                choices = dict(zip(_KEYS, STANDARD))
                self.app.push_screen(
                    ChoiceScreen(f"Read “{word}” as:", choices), lambda name: self._save(word, name)
                )

        self.app.push_screen(
            PromptScreen("The word your files use for an industry:", placeholder="机加工"),
            word_given,
        )

    def _save(self, word: str, standard: str | None) -> None:
        if standard is None:
            return
        try:
            kept = add_industry_synonym(self.custui.store, word, standard)
        except ValueError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        self.notify(f"Imports now read “{kept}” as {standard}.", markup=False)
        self._fill()

    def action_remove(self) -> None:
        if not self.words:
            return
        word, _ = self.words[self.table.cursor_row]
        remove_industry_synonym(self.custui.store, word)
        self._fill()
