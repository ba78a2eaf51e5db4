"""What the list's book holds on to while it is read (issue 19 point 3: a lean footprint at 100k)."""

from __future__ import annotations

import gc
import sys

import pandas as pd

from custui.store.book import TEXT, _packed


def test_a_packed_chunk_keeps_none_of_the_strings_it_was_read_as() -> None:
    """pandas reads a chunk's text columns into one 2-D block of Python strings; the packed chunk (Arrow
    text, the tag list copied out) must not keep that block, and so every string of it, alive."""
    name = "".join(["广州华创", "科技有限公司"])  # a string of its own, counted below
    held = sys.getrefcount(name)
    chunk = pd.DataFrame(
        {"code": ["C1", "C2"], "name": [name, "Acme"], "tag_list": ["a/b", None], "n": [1, 2]}
    )
    assert sys.getrefcount(name) > held  # the block holds it
    packed = _packed(chunk)
    del chunk
    gc.collect()
    assert sys.getrefcount(name) == held
    assert packed["name"].dtype == TEXT and packed["name"].tolist() == [name, "Acme"]
    assert packed["tag_list"].dtype == object and packed["tag_list"].tolist() == ["a/b", None]
    assert packed["n"].tolist() == [1, 2]
