"""The scoring configuration saved in the book's ``settings`` table."""

from __future__ import annotations

from custui.core.scoring import DEFAULT_CONFIG, ConfigError, ScoringConfig
from custui.store.db import Store, StoreError

#: settings key of the scoring configuration (versioned JSON, ScoringConfig.to_json).
from custui.store.score_cache import SCORING_KEY

__all__ = ["SCORING_KEY", "ScoringSettingsError", "load_scoring_config", "save_scoring_config"]


class ScoringSettingsError(StoreError):
    """The saved scoring settings cannot be used (message names the problem)."""


def load_scoring_config(store: Store) -> ScoringConfig:
    """The saved configuration, or DEFAULT_CONFIG when none was saved."""
    rows = store.query("SELECT value FROM settings WHERE key = ?", (SCORING_KEY,))
    if not rows:
        return DEFAULT_CONFIG
    try:
        return ScoringConfig.from_json(rows[0]["value"])
    except ConfigError as err:
        raise ScoringSettingsError(f"The saved scoring settings cannot be used: {err}") from None


def save_scoring_config(store: Store, config: ScoringConfig) -> None:
    """Validate and save; raises ConfigError (plain words) and saves nothing when invalid.

    Written with ``to_json`` (not ``settings.put_setting``, which sorts keys):
    the order of dimensions and inputs is their display order.
    """
    config.validate()
    text = config.to_json()
    with store.transaction() as conn:
        conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (SCORING_KEY, text),
        )
