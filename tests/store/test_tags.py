"""custui.store.tags on a real file: counts, bulk tagging, rename/merge/delete and their undos, search."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from custui.store import repo, tags
from custui.store.db import Store
from tests.conftest import add_customer


@pytest.fixture
def book(store: Store) -> dict[str, int]:
    names = ["华创科技", "Acme", "远辰贸易", "Globex", "旧客户"]
    ids = {name: add_customer(store, {"name": name}) for name in names}
    repo.delete_customer(store, ids["旧客户"])
    return ids


def members(store: Store, tag_id: int) -> set[int]:
    return {
        r[0]
        for r in store.tuples("SELECT customer_id FROM customer_tags WHERE tag_id = ?", (tag_id,))
    }


def snapshot(store: Store) -> tuple[list[tuple], list[tuple]]:
    return (store.tuples("SELECT id, name, category, color FROM tags ORDER BY id"),
            store.tuples("SELECT customer_id, tag_id FROM customer_tags ORDER BY 1, 2"))  # fmt: skip


def test_create_normalises_and_is_unique_per_category_any_case(store: Store) -> None:
    vip = tags.create_tag(store, "  VIP  客户 ", "potential")
    assert tags.get_tag(store, vip).name == "VIP 客户"
    assert (
        tags.create_tag(store, "vip 客户", "潜力") == vip
    )  # same name any case; category in Chinese
    assert tags.create_tag(store, "VIP 客户", "custom") != vip  # another category is another tag
    for bad, message in [
        ("", "needs a name"),
        ("x" * 41, "at most 40"),
        ("a/b", 'cannot contain "/"'),
    ]:
        with pytest.raises(tags.TagError, match=message):
            tags.create_tag(store, bad)
    with pytest.raises(tags.TagError, match="categories are"):
        tags.create_tag(store, "ok", "hobby")


def test_counts_are_of_active_customers(store: Store, book: dict[str, int]) -> None:
    key = tags.create_tag(store, "重点", "potential")
    tags.add_tag(store, book.values(), key)
    assert tags.get_tag(store, key).customers == 4  # the deleted customer is not counted
    assert [t.label for t in tags.all_tags(store)] == ["potential/重点"]


def test_bulk_add_only_records_real_changes_and_undo_is_exact(
    store: Store, book: dict[str, int]
) -> None:
    key = tags.create_tag(store, "重点")
    tags.add_tag(store, [book["Acme"]], key)
    change = tags.add_tag(
        store, [book["Acme"], book["Globex"], book["华创科技"], book["Globex"]], key
    )
    assert set(change.customer_ids) == {book["Globex"], book["华创科技"]}
    tags.undo_change(store, change)
    assert members(store, key) == {book["Acme"]}  # Acme had it before: it keeps it
    removal = tags.remove_tag(store, book.values(), key)
    assert removal.customer_ids == (book["Acme"],) and members(store, key) == set()
    tags.undo_change(store, removal)
    assert members(store, key) == {book["Acme"]}


def test_search_follows_tag_changes(store: Store, book: dict[str, int]) -> None:
    tag = tags.create_tag(store, "展会线索")
    tags.add_tag(store, [book["Acme"]], tag)
    assert repo.search_ids(store, "展会线索") == {book["Acme"]}
    tags.rename_tag(store, tag, "老朋友")
    assert repo.search_ids(store, "展会线索") == set() and repo.search_ids(store, "老朋友") == {
        book["Acme"]
    }
    removed = tags.delete_tag(store, tag)
    assert repo.search_ids(store, "老朋友") == set()
    tags.restore_tag(store, removed)
    assert repo.search_ids(store, "老朋友") == {book["Acme"]}


def test_rename_onto_an_existing_name_offers_the_other_tag(store: Store) -> None:
    a = tags.create_tag(store, "大客户", "potential")
    b = tags.create_tag(store, "Big", "potential")
    with pytest.raises(tags.TagExists) as info:
        tags.rename_tag(store, b, "大客户")
    assert info.value.existing_id == a
    tags.rename_tag(store, b, "BIG")  # its own name in another case is fine
    assert tags.get_tag(store, b).name == "BIG"
    with pytest.raises(tags.TagExists):
        tags.set_category(store, tags.create_tag(store, "大客户", "custom"), "potential")


def test_merge_moves_members_and_undo_restores_everything(
    store: Store, book: dict[str, int]
) -> None:
    target = tags.create_tag(store, "重点", "potential")
    vip = tags.create_tag(store, "VIP", "potential", color="red")
    key = tags.create_tag(store, "关键", "custom")
    tags.add_tag(store, [book["Acme"]], target)
    tags.add_tag(store, [book["Acme"], book["Globex"]], vip)
    tags.add_tag(store, [book["华创科技"], book["旧客户"]], key)
    before = snapshot(store)
    merge = tags.merge_tags(store, [vip, key, target], target)
    assert members(store, target) == {
        book["Acme"],
        book["Globex"],
        book["华创科技"],
        book["旧客户"],
    }
    assert [t.id for t in tags.all_tags(store)] == [target]
    assert repo.search_ids(store, "重点") == members(
        store, target
    )  # the index follows (deleted ones too)
    tags.undo_merge(store, merge)
    assert snapshot(store) == before


def test_delete_and_restore_round_trip(store: Store, book: dict[str, int]) -> None:
    tag = tags.create_tag(store, "付款慢", "risk", color="orange3")
    tags.add_tag(store, book.values(), tag)
    before = snapshot(store)
    removed = tags.delete_tag(store, tag)
    assert snapshot(store) == ([], [])
    tags.restore_tag(store, removed)
    assert snapshot(store) == before


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.tuples(st.sampled_from(["add", "remove", "merge", "delete"]),
                          st.lists(st.integers(0, 5), min_size=1, max_size=6), st.integers(0, 3)), max_size=8))  # fmt: skip
def test_any_sequence_of_tag_operations_undone_in_reverse_restores_the_file(
    store: Store, script
) -> None:
    with store.transaction() as conn:
        conn.execute("DELETE FROM customer_tags")
        conn.execute("DELETE FROM tags")
        conn.execute("DELETE FROM customers")
    ids = [add_customer(store, {"name": f"客户{n}"}) for n in range(6)]
    tag_ids = [tags.create_tag(store, f"t{n}", ["risk", "need"][n % 2]) for n in range(4)]
    tags.add_tag(store, ids[::2], tag_ids[0])
    before = snapshot(store)
    undo = []
    for op, who, which in script:
        live = [t.id for t in tags.all_tags(store)]
        if not live:
            break
        tag = live[which % len(live)]
        customers = [ids[i] for i in who]
        if op == "add":
            change = tags.add_tag(store, customers, tag)
            undo.append(lambda c=change: tags.undo_change(store, c))
        elif op == "remove":
            change = tags.remove_tag(store, customers, tag)
            undo.append(lambda c=change: tags.undo_change(store, c))
        elif op == "merge":
            merge = tags.merge_tags(store, live, tag)
            undo.append(lambda m=merge: tags.undo_merge(store, m))
        else:
            removed = tags.delete_tag(store, tag)
            undo.append(lambda r=removed: tags.restore_tag(store, r))
    for step in reversed(undo):
        step()
    assert snapshot(store) == before


def test_tag_colors_lists_only_tags_with_a_colour_of_their_own(store: Store) -> None:
    tags.create_tag(store, "付款慢", "risk", color="orange3")
    tags.create_tag(store, "重点", "potential")
    assert tags.tag_colors(store) == {"risk/付款慢": "orange3"}


def test_undo_of_a_new_tag_deletes_it_but_never_one_that_existed(
    store: Store, book: dict[str, int]
) -> None:
    """Bulk tagging with a tag typed new, then undo: the tag is gone (autocomplete no longer offers it).
    With a tag that existed before, undo takes it off the customers and keeps it."""
    ids = list(book.values())
    made = tags.add_new_tag(store, ids[:2], "展会2025", "custom")
    assert made.created and members(store, made.tag_id) == set(ids[:2])
    tags.undo_change(store, made)
    assert tags.find_tag(store, "custom", "展会2025") is None

    kept = tags.create_tag(store, "VIP", "potential")
    again = tags.add_new_tag(store, ids[:2], "VIP", "potential")
    assert not again.created and again.tag_id == kept
    tags.undo_change(store, again)
    assert tags.find_tag(store, "potential", "VIP") == kept and members(store, kept) == set()


def test_undo_of_a_new_tag_keeps_it_when_someone_else_has_it_by_then(
    store: Store, book: dict[str, int]
) -> None:
    ids = list(book.values())
    made = tags.add_new_tag(store, ids[:1], "Trade show", "custom")
    tags.add_tag(store, ids[1:2], made.tag_id)
    tags.undo_change(store, made)
    assert members(store, made.tag_id) == {ids[1]}
