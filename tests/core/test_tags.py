"""custui.core.tags: name rules, typed input, autocomplete ranking (CJK, pinyin, typos)."""

from __future__ import annotations

import pytest

from custui.core.tags import TagInfo, normalize_tag_name, split_input, suggest
from custui.core.validate import FieldInvalid

TAGS = [
    TagInfo(1, "重点", "potential", customers=40),
    TagInfo(2, "重点培育", "potential", customers=3),
    TagInfo(3, "制造业", "industry", customers=90),
    TagInfo(4, "付款慢", "risk", customers=5),
    TagInfo(5, "Manufacturing", "industry", customers=12),
    TagInfo(6, "VIP", "custom", customers=7),
    TagInfo(7, "采购意向", "need", customers=2),
]


def names(found: list[TagInfo]) -> list[str]:
    return [t.name for t in found]


def test_names_are_normalised_and_checked() -> None:
    assert normalize_tag_name("  ＶＩＰ\u200b  客户 ") == "VIP 客户"
    for bad, words in [("  ", "needs a name"), ("a/b", '"/"'), ("长" * 41, "at most 40")]:
        with pytest.raises(FieldInvalid, match=words):
            normalize_tag_name(bad)


def test_typed_input_may_name_the_category_in_english_or_chinese() -> None:
    assert split_input("risk/付款慢") == ("risk", "付款慢")
    assert split_input("风险 / 付款慢") == ("risk", "付款慢")
    assert split_input("重点") == (None, "重点")
    with pytest.raises(FieldInvalid, match="categories are"):
        split_input("hobby/golf")


def test_exact_then_prefix_then_contains() -> None:
    assert names(suggest("重点", TAGS)) == ["重点", "重点培育"]
    assert names(suggest("点", TAGS)) == ["重点", "重点培育"]
    assert names(suggest("manu", TAGS)) == ["Manufacturing"]


def test_pinyin_full_or_initials_finds_chinese_tags() -> None:
    assert names(suggest("zd", TAGS))[:2] == ["重点", "重点培育"]
    assert names(suggest("fukuan", TAGS)) == ["付款慢"]
    assert names(suggest("zzy", TAGS)) == ["制造业"]


def test_a_homophone_typo_offers_the_tag_that_sounds_the_same() -> None:
    """付款曼 typed for 付款慢 (the input method picked the wrong character): the existing tag is offered."""
    assert names(suggest("付款曼", TAGS)) == ["付款慢"]
    assert names(suggest("制造叶", TAGS)) == ["制造业"]
    assert names(suggest("付款", TAGS)) == ["付款慢"]


def test_typos_match_fuzzily_and_traditional_matches_simplified() -> None:
    assert names(suggest("manufactoring", TAGS)) == ["Manufacturing"]
    assert names(suggest("製造業", TAGS)) == ["制造业"]


def test_category_prefix_narrows_exclude_hides_and_blank_ranks_by_use() -> None:
    assert names(suggest("potential/", TAGS)) == ["重点", "重点培育"]
    assert names(suggest("风险/", TAGS)) == ["付款慢"]
    assert names(suggest("重点", TAGS, exclude=[1])) == ["重点培育"]
    assert names(suggest("", TAGS, limit=3)) == ["制造业", "重点", "Manufacturing"]
    assert suggest("nosuchcat/x", TAGS) == []
