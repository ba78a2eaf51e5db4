"""The fast pinyin path must say exactly what pypinyin's lazy_pinyin says."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from pypinyin import lazy_pinyin
from pypinyin.constants import PHRASES_DICT

from custui.core import text


def reference(run: str) -> tuple[str, ...]:
    return tuple(s for s in lazy_pinyin(run, errors="ignore") if s.isascii())


def test_phrases_take_their_reading_not_the_first_of_each_character():
    # 重 is zhong first, but chong in 重庆; 行 is xing first, but hang in 银行
    assert text.pinyin_syllables("重庆银行") == ["chong", "qing", "yin", "hang"]
    assert text.pinyin_syllables("绿色长城") == list(reference("绿色长城"))


han = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF) | st.characters(
    min_codepoint=0x3400, max_codepoint=0x4DBF
)


@settings(max_examples=400)
@given(st.text(han, min_size=1, max_size=14))
def test_equal_to_lazy_pinyin_for_any_han_run(run):
    text._pinyin_of_run.cache_clear()
    assert text._pinyin_of_run(run) == reference(run)


@given(
    st.lists(
        st.sampled_from("深圳市华创科技有限公司北京重庆银行长城股份集团"), min_size=1, max_size=16
    )
)
def test_equal_on_company_like_names(chars):
    run = "".join(chars)
    text._pinyin_of_run.cache_clear()
    assert text._pinyin_of_run(run) == reference(run)


@settings(max_examples=300)
@given(st.lists(st.sampled_from(sorted(PHRASES_DICT)), min_size=1, max_size=3))
def test_equal_on_dictionary_phrases_glued_together(phrases):
    run = "".join(ch for ch in "".join(phrases) if text.is_cjk(ch))
    text._pinyin_of_run.cache_clear()
    assert not run or text._pinyin_of_run(run) == reference(run)
