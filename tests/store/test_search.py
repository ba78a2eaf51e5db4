"""Full-text search on a real file: CJK, traditional/simplified, pinyin, triggers."""

from __future__ import annotations

import pytest

from custui.core import text
from custui.store import repo
from custui.store.db import Store
from custui.store.repo import ListQuery
from custui.store.search_index import documents
from tests.conftest import add_customer


def ids(store: Store, search: str, **kwargs) -> list[int]:
    return repo.list_ids(store, ListQuery(search=search, **kwargs))


@pytest.fixture
def book(store: Store) -> dict[str, int]:
    people = {
        "moumou": {
            "name": "深圳某某科技有限公司",
            "contact_name": "张伟",
            "phone": "138 0013 8000",
            "email": "zw@moumou.cn",
            "notes": "关注交期",
        },
        "jituan": {"name": "廣州華創科技集團", "contact_name": "李娜", "industry": "制造"},
        "acme": {
            "name": "Acme Trading Co., Ltd.",
            "contact_name": "John Smith",
            "email": "john.smith@acme.com",
            "notes": "Prefers calls before 10am",
        },
        "bergmann": {"name": "Bergmann GmbH", "contact_name": "Jürgen Groß", "region": "Bayern"},
    }
    return {key: add_customer(store, values) for key, values in people.items()}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("科技", {"moumou", "jituan"}),  # CJK substring inside a longer name
        ("科技集团", {"jituan"}),  # simplified finds traditional
        ("科技集團", {"jituan"}),  # traditional finds traditional
        ("华创", {"jituan"}),
        ("keji", {"moumou", "jituan"}),  # pinyin without an IME
        ("kj", {"moumou", "jituan"}),  # pinyin initials
        ("zhangwei", {"moumou"}),  # pinyin of the contact
        ("zw", {"moumou"}),
        ("acme", {"acme"}),  # Latin prefix, any case
        ("ACM", {"acme"}),
        ("john@acme", {"acme"}),  # e-mail
        ("john smi", {"acme"}),  # every term must match
        ("13800138000", {"moumou"}),  # phone as digits
        ("138 0013", {"moumou"}),  # phone as typed
        ("8000", {"moumou"}),  # last four digits
        ("交期", {"moumou"}),  # notes
        ("calls", {"acme"}),
        ("jurgen", {"bergmann"}),  # accents folded
        ("gross", {"bergmann"}),  # casefold("Groß") == "gross"
        ("制造", {"jituan"}),  # industry
        ("nothing-like-this", set()),
        ("@@@", set()),
    ],
)
def test_search_finds(store: Store, book: dict[str, int], query: str, expected: set[str]) -> None:
    found = set(ids(store, query))
    assert found == {book[k] for k in expected}, query


def test_quotes_and_fts_syntax_are_literal(store: Store, book: dict[str, int]) -> None:
    """FTS5 syntax typed into the search is text: no error, and no operator widens or narrows it."""
    acme = ids(store, "acme")
    assert acme == [book["acme"]]
    assert (
        ids(store, '"') == ids(store, "*") == ids(store, "((") == []
    )  # nothing searchable: nothing found
    assert (
        ids(store, 'acme"') == ids(store, "-acme") == acme
    )  # punctuation only separates words (no NOT)
    for hostile in ("NEAR(acme)", "acme OR 1=1", "acme AND", "col:acme"):
        assert ids(store, hostile) == [], (
            hostile
        )  # every word must match, "near", "or", "and", "col" too


def test_updates_and_deletes_are_indexed(store: Store, book: dict[str, int]) -> None:
    repo.update_customer(store, book["acme"], {"name": "Globex Corporation"})
    assert ids(store, "acme") == [book["acme"]]  # still in the e-mail
    assert ids(store, "globex") == [book["acme"]]
    repo.update_customer(store, book["acme"], {"email": "info@globex.com"})
    assert ids(store, "acme") == []
    repo.delete_customer(store, book["moumou"])
    assert ids(store, "张伟") == []
    repo.restore_customer(store, book["moumou"])
    assert ids(store, "张伟") == [book["moumou"]]


def test_tags_are_searchable_and_follow_renames(store: Store, book: dict[str, int]) -> None:
    tag = repo.ensure_tag(store, "重点客户", "potential")
    repo.set_customer_tags(store, book["bergmann"], [tag])
    assert ids(store, "重点") == [book["bergmann"]]
    with store.transaction() as conn:
        conn.execute("UPDATE tags SET name = 'Upsell' WHERE id = ?", (tag,))
    assert ids(store, "重点") == []
    assert ids(store, "upsell") == [book["bergmann"]]
    repo.set_customer_tags(store, book["bergmann"], [])
    assert ids(store, "upsell") == []


def test_search_respects_sort(store: Store, book: dict[str, int]) -> None:
    ascending = ids(store, "kj", sort="name")
    descending = ids(store, "kj", sort="name", descending=True)
    assert ascending == list(reversed(descending))
    assert len(ascending) == 2


def test_fts_index_matches_source_after_many_edits(store: Store, book: dict[str, int]) -> None:
    for i in range(20):
        repo.update_customer(store, book["jituan"], {"notes": f"第{i}次拜访"})
    repo.search_ids(store, "拜访")  # a search brings the index up to date first
    indexed = store.tuples("SELECT rowid, doc, pinyin FROM customer_fts ORDER BY rowid")
    assert len(indexed) == 4 and indexed == documents(store.conn)
    assert "第19次拜访" in text.fold(
        indexed[[r[0] for r in indexed].index(book["jituan"])][1]
    ).replace(" ", "")


def test_search_ids_finds_what_the_list_query_finds(tmp_path) -> None:
    """repo.search_ids joins each piece's index reads as sets; the list's SQL (matching_ids, UNION
    and INTERSECT) must find the very same customers, on the sample book, tags included."""
    import shutil
    from pathlib import Path

    from custui.store.db import open_store
    from custui.store.search import matching_ids

    path = tmp_path / "sample.db"
    shutil.copy(Path(__file__).resolve().parents[2] / "sample.db", path)
    store = open_store(path)
    try:
        tag = store.tuples("SELECT name FROM tags ORDER BY id LIMIT 1")[0][0]
        for query in ("科技", "keji", "kj", "深圳 科技", "gmbh", "ltd 138", tag, f"{tag} 有限",
                      "nothing-like-this", "科技 nothing-like-this", "  ", "@"):  # fmt: skip
            match = matching_ids(query)
            expected = {row[0] for row in store.conn.execute(*match)} if match else set()
            assert repo.search_ids(store, query) == expected, query
        assert repo.search_ids(store, "科技") and repo.search_ids(store, tag)
    finally:
        store.close()
