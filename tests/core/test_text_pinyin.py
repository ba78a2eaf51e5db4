"""The fast pinyin path must say exactly what pypinyin's lazy_pinyin says."""

from __future__ import annotations

import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st
from pypinyin import lazy_pinyin
from pypinyin.constants import PHRASES_DICT, PINYIN_DICT
from pypinyin.contrib.tone_convert import to_normal
from pypinyin.seg.mmseg import seg

from custui.core import pinyin_build, text


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


def old_word_syllables(word: str) -> tuple[str, ...]:
    """What custui read for a word straight from pypinyin's dictionaries before it had its own tables."""
    readings = PHRASES_DICT.get(word)
    if readings is not None:
        syllables = [to_normal(item[0]) for item in readings]
    else:
        found = (PINYIN_DICT.get(ord(char)) for char in word)
        syllables = [to_normal(r.split(",", 1)[0]) for r in found if r]
    return tuple(s for s in syllables if s.isascii())


def test_the_tables_read_every_phrase_and_character_as_pypinyins_dictionaries_do():
    words, chars = text._pinyin_tables()
    assert {word for word, reading in words.items() if reading} == PHRASES_DICT.keys()
    assert words.keys() == seg._prefix_set._set  # what the segmenter extends words through
    assert chars.keys() <= PINYIN_DICT.keys()
    try:
        for word in [*PHRASES_DICT, *map(chr, PINYIN_DICT)]:
            text._word_syllables.cache_clear()
            assert text._word_syllables(word) == old_word_syllables(word), word
    finally:
        text._word_syllables.cache_clear()


def test_the_tables_file_is_what_the_installed_pypinyin_says():
    """Upgrading pypinyin fails here until ``python -m custui.core.pinyin_build`` rewrites the file."""
    assert pinyin_build.build().encode() == pinyin_build.TABLES.read_bytes()


def test_reading_pinyin_loads_none_of_pypinyin():
    """pypinyin's dictionaries take 55 MB resident; custui's own tables ~14 MB."""
    code = (
        "import sys; from custui.core import text; "
        "assert text.pinyin_document('重庆银行') == 'chongqingyinhang cqyh qingyinhang qyh yinhang yh hang'; "
        "print(' '.join(m for m in sys.modules if m.startswith('pypinyin')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == []
