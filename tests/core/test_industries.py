"""custui.core.industries: the words people write for an industry → one standard name."""

from __future__ import annotations

import pytest

from custui.core.industries import industry_namer


@pytest.mark.parametrize(("raw", "expected"), [
    ("制造业", "制造 Manufacturing"), ("Manufacturing", "制造 Manufacturing"), ("  MANUFACTURING ", "制造 Manufacturing"),
    ("製造業", "制造 Manufacturing"), ("IT", "软件 IT & Software"), ("互联网", "软件 IT & Software"),
    ("银行", "金融 Finance"), ("餐饮", "食品 Food"), ("制造 Manufacturing", "制造 Manufacturing"),
])  # fmt: skip
def test_common_words_map_to_the_standard_list(raw: str, expected: str) -> None:
    assert industry_namer()(raw) == expected


def test_unknown_industries_are_kept_and_the_reps_synonyms_win() -> None:
    assert industry_namer()("养蜂") == "养蜂"
    assert industry_namer()(None) is None and industry_namer()("") == ""
    assert industry_namer({"机加工": "制造 Manufacturing"})("机加工") == "制造 Manufacturing"
    assert (
        industry_namer({"科技": "能源 Energy"})("科技") == "能源 Energy"
    )  # the rep's word beats the default
