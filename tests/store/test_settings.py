"""Settings JSON and saved views on a real file."""

from __future__ import annotations

import pytest

from custui.store.db import Store, StoreError, open_store
from custui.store.settings import (
    SavedView,
    delete_view,
    get_setting,
    put_setting,
    save_view,
    saved_views,
)


def test_setting_round_trip_survives_reopen(store: Store) -> None:
    put_setting(store, "ui", {"theme": "nord", "名字": "视图"})
    path = store.path
    store.close()
    again = open_store(path)
    assert get_setting(again, "ui") == {"theme": "nord", "名字": "视图"}
    assert get_setting(again, "missing", 7) == 7
    again.close()


def test_damaged_json_falls_back_to_default(store: Store) -> None:
    with store.transaction() as conn:
        conn.execute("INSERT INTO settings VALUES ('views', '{not json')")
    assert saved_views(store) == []


def test_views_are_saved_replaced_by_name_and_deleted(store: Store) -> None:
    save_view(store, SavedView("This week's calls", filter="due<=7d", sort="score"))
    save_view(store, SavedView("华东 churn risk", filter="region:上海 churn:yes", sort="monetary"))
    save_view(store, SavedView("this WEEK's   calls", filter="due<=3d"))
    views = saved_views(store)
    assert [v.name for v in views] == ["this WEEK's calls", "华东 churn risk"]
    assert views[0].filter == "due<=3d"
    delete_view(store, "华东 CHURN risk")
    assert [v.name for v in saved_views(store)] == ["this WEEK's calls"]


@pytest.mark.parametrize("name", ["", "   ", "x" * 61])
def test_bad_view_names_are_refused(store: Store, name: str) -> None:
    with pytest.raises(StoreError):
        save_view(store, SavedView(name))


def test_follow_up_days_default_save_and_survive_damage(store: Store) -> None:
    from custui.core.entries import FOLLOW_UP_DAYS
    from custui.store.settings import FOLLOW_UP_DAYS_KEY, follow_up_days, save_follow_up_days

    assert follow_up_days(store) == FOLLOW_UP_DAYS
    save_follow_up_days(store, {**FOLLOW_UP_DAYS, "visit": 21, "call": 0})
    assert follow_up_days(store) == {**FOLLOW_UP_DAYS, "visit": 21, "call": 0}
    put_setting(store, FOLLOW_UP_DAYS_KEY, {"visit": "lots", "email": 5, "fax": 1})
    assert follow_up_days(store) == {**FOLLOW_UP_DAYS, "email": 5}  # the damaged value falls back
    put_setting(store, FOLLOW_UP_DAYS_KEY, [1, 2])
    assert follow_up_days(store) == FOLLOW_UP_DAYS


def test_industry_synonyms_are_checked_and_kept(store) -> None:
    from custui.store.settings import (
        add_industry_synonym,
        industry_synonyms,
        remove_industry_synonym,
    )

    assert add_industry_synonym(store, "  机加工 ", "制造 Manufacturing") == "机加工"
    with pytest.raises(ValueError, match="standard"):
        add_industry_synonym(store, "3C", "Consumer electronics")
    with pytest.raises(ValueError, match="Type the word"):
        add_industry_synonym(store, "  ", "制造 Manufacturing")
    assert industry_synonyms(store) == {"机加工": "制造 Manufacturing"}
    remove_industry_synonym(store, "机加工")
    assert industry_synonyms(store) == {}
