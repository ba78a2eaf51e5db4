"""custui.store.merge on a real file: merge, exact undo, refusals, not-duplicates."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from custui.core.merge import MERGE_FIELDS, choose, default_plan, field_choices
from custui.store import repo
from custui.store.db import Store, StoreError, open_store
from custui.store.merge import (
    last_merge,
    mark_group_not_duplicates,
    mark_not_duplicates,
    merge,
    not_duplicate_pairs,
    undo_merge,
    unmark_not_duplicates,
)
from tests.conftest import add_customer

DUMPS = {
    "customers": "SELECT * FROM customers ORDER BY rowid",
    "interactions": "SELECT * FROM interactions ORDER BY rowid",
    "orders": "SELECT * FROM orders ORDER BY rowid",
    "customer_tags": "SELECT * FROM customer_tags ORDER BY customer_id, tag_id",  # WITHOUT ROWID
}


def dump(store: Store) -> dict[str, list[tuple]]:
    return {table: [tuple(r) for r in store.query(sql)] for table, sql in DUMPS.items()}


def add_interaction(store: Store, customer_id: int, summary: str = "拜访") -> int:
    with store.transaction() as conn:
        return int(
            conn.execute(
                "INSERT INTO interactions (customer_id, occurred_at, channel, summary, created_at) "
                "VALUES (?, '2024-03-01T10:00:00+00:00', 'visit', ?, '2024-03-01T10:00:00+00:00')",
                (customer_id, summary),
            ).lastrowid
        )


def add_order(store: Store, customer_id: int, amount: int = 100_00) -> int:
    with store.transaction() as conn:
        return int(
            conn.execute(
                "INSERT INTO orders (customer_id, ordered_at, amount_minor, created_at) "
                "VALUES (?, '2024-03-02', ?, '2024-03-02T00:00:00+00:00')",
                (customer_id, amount),
            ).lastrowid
        )


def add_tags(store: Store, customer_id: int, *names: str) -> None:
    tag_ids = [repo.ensure_tag(store, n) for n in names]
    with store.transaction() as conn:
        conn.executemany(
            "INSERT OR IGNORE INTO customer_tags (customer_id, tag_id) VALUES (?, ?)",
            [(customer_id, t) for t in tag_ids],
        )


def set_times(store: Store, customer_id: int, created: str, updated: str) -> None:
    with store.transaction() as conn:
        conn.execute(
            "UPDATE customers SET created_at = ?, updated_at = ? WHERE id = ?",
            (created, updated, customer_id),
        )


def customers(store: Store, *ids: int) -> list[dict]:
    return [repo.get_customer(store, i) for i in ids]


def count(store: Store, sql: str, *params) -> int:
    return store.query(sql, params)[0][0]


@pytest.fixture
def book(store: Store) -> tuple[int, int, int]:
    """Three duplicates of one company, oldest first, with history of their own."""
    a = add_customer(
        store,
        {
            "name": "深圳华强科技有限公司",
            "phone": "0755 8888 0000",
            "city": "深圳",
            "notes": "老客户，每季度回访。",
        },
    )
    b = add_customer(
        store, {"name": "华强科技", "contact_name": "王伟", "email": "wang@huaqiang.cn"}
    )
    c = add_customer(store, {"name": "Huaqiang Tech", "phone": "138 0013 8000", "grade": "key"})
    set_times(store, a, "2022-01-01T00:00:00+00:00", "2022-06-01T00:00:00+00:00")
    set_times(store, b, "2023-01-01T00:00:00+00:00", "2024-06-01T00:00:00+00:00")
    set_times(store, c, "2024-01-01T00:00:00+00:00", "2024-01-01T00:00:00+00:00")
    add_interaction(store, a)
    add_interaction(store, b, "电话沟通")
    add_interaction(store, b, "发邮件")
    add_interaction(store, c, "meeting")
    add_order(store, b, 5_000_00)
    add_order(store, c, 1_200_00)
    add_tags(store, a, "制造", "重点")
    add_tags(store, b, "重点", "华南")
    add_tags(store, c, "export")
    other = add_customer(store, {"name": "Unrelated Ltd"})
    add_interaction(store, other)
    return a, b, c


def test_merge_two_moves_everything_to_the_survivor(store: Store, book) -> None:
    a, b, _ = book
    plan = default_plan(customers(store, a, b))
    assert plan.survivor_id == a
    merge_id = merge(store, plan)
    assert count(store, "SELECT count(*) FROM interactions WHERE customer_id = ?", a) == 3
    assert count(store, "SELECT count(*) FROM orders WHERE customer_id = ?", a) == 1
    assert count(store, "SELECT count(*) FROM interactions WHERE customer_id = ?", b) == 0
    survivor = repo.get_customer(store, a)
    assert {t["name"] for t in survivor["tags"]} == {"制造", "重点", "华南"}
    assert (
        survivor["name"] == "深圳华强科技有限公司"
    )  # b's newer 华强科技 is a shorter variant of it
    assert (
        survivor["notes"] == "老客户，每季度回访。"
    )  # nothing left out: a has no e-mail, b no phone
    assert survivor["contact_name"] == "王伟" and survivor["email"] == "wang@huaqiang.cn"
    assert survivor["code"] == "C00001"
    merged = repo.get_customer(store, b)
    assert merged["merged_into"] == a and merged["tags"] == []
    assert last_merge(store)["id"] == merge_id
    assert last_merge(store)["merged_ids"] == [b]


def test_merge_three_in_one_go_and_search_hides_merged(store: Store, book) -> None:
    a, b, c = book
    before = dump(store)
    plan = default_plan(customers(store, c, b, a))
    assert plan.merged_ids == (b, c)
    merge(store, plan)
    assert count(store, "SELECT count(*) FROM interactions WHERE customer_id = ?", a) == 4
    assert count(store, "SELECT count(*) FROM orders WHERE customer_id = ?", a) == 2
    assert count(store, "SELECT count(*) FROM customer_tags WHERE customer_id IN (?, ?)", b, c) == 0
    assert {t["name"] for t in repo.get_customer(store, a)["tags"]} == {
        "制造",
        "重点",
        "华南",
        "export",
    }
    assert [r["merged_into"] for r in customers(store, b, c)] == [a, a]
    survivor = repo.get_customer(store, a)
    assert survivor["phone"] == "138 0013 8000" and survivor["phone_e164"] == "+8613800138000"
    assert survivor["grade"] == "key"
    assert len(dump(store)["interactions"]) == len(before["interactions"])
    assert len(dump(store)["orders"]) == len(before["orders"])
    # the merged records' own names no longer list them among active customers
    assert b not in repo.list_ids(store, repo.ListQuery(search="Huaqiang"))
    assert c not in repo.list_ids(store, repo.ListQuery(search="Huaqiang"))
    assert repo.count_active(store) == 2


def test_undo_restores_exactly(store: Store, book) -> None:
    a, b, c = book
    before = dump(store)
    group = customers(store, a, b, c)
    plan = choose(default_plan(group), "name", c, group)
    merge(store, plan)
    assert dump(store) != before
    assert undo_merge(store) is not None
    assert dump(store) == before
    assert last_merge(store) is None
    assert c in repo.list_ids(store, repo.ListQuery(search="Huaqiang"))
    assert repo.count_active(store) == 4


def test_chosen_code_of_a_merged_record_swaps_and_undoes(store: Store, book) -> None:
    a, b, _ = book
    before = dump(store)
    group = customers(store, a, b)
    plan = choose(default_plan(group), "code", b, group)
    merge(store, plan)
    assert repo.get_customer(store, a)["code"] == "C00002"
    assert repo.get_customer(store, b)["code"] == "C00001"
    undo_merge(store)
    assert dump(store) == before


def test_undo_survives_reopening_the_file(db_path: Path, book, store: Store) -> None:
    a, b, c = book
    before = dump(store)
    merge(store, default_plan(customers(store, a, b, c)))
    store.close()
    reopened = open_store(db_path)
    try:
        assert last_merge(reopened) is not None
        undo_merge(reopened)
        assert dump(reopened) == before
    finally:
        reopened.close()


def test_undo_goes_newest_first(store: Store, book) -> None:
    a, b, c = book
    before = dump(store)
    first = merge(store, default_plan(customers(store, a, b)))
    middle = dump(store)
    second = merge(store, default_plan(customers(store, a, c)))
    with pytest.raises(StoreError, match=f"Undo merge {second} first"):
        undo_merge(store, first)
    assert undo_merge(store) == second
    assert dump(store) == middle
    with pytest.raises(StoreError, match="already undone"):
        undo_merge(store, second)
    assert undo_merge(store) == first
    assert dump(store) == before
    with pytest.raises(StoreError, match="no merge to undo"):
        undo_merge(store)


def test_unrelated_merges_undo_in_any_order(store: Store) -> None:
    ids = [add_customer(store, {"name": f"客户{i}"}) for i in range(4)]
    before = dump(store)
    first = merge(store, default_plan(customers(store, ids[0], ids[1])))
    merge(store, default_plan(customers(store, ids[2], ids[3])))
    undo_merge(store, first)
    undo_merge(store)
    assert dump(store) == before


def test_refusals(store: Store, book) -> None:
    a, b, c = book
    plan = default_plan(customers(store, a, b))
    bad = type(plan)(a, (a, b), plan.values, plan.sources)
    with pytest.raises(StoreError, match="cannot also be"):
        merge(store, bad)
    with pytest.raises(StoreError, match="at least two"):
        merge(store, type(plan)(a, (), plan.values, plan.sources))
    with pytest.raises(StoreError, match="no longer exists"):
        merge(store, type(plan)(a, (999,), plan.values, plan.sources))
    merge(store, plan)
    with pytest.raises(StoreError, match="already merged"):
        merge(store, plan)
    repo.delete_customer(store, c)
    with pytest.raises(StoreError, match="deleted"):
        merge(store, default_plan(customers(store, a, c)))
    add_customer(store, {"name": "Holder", "code": "X1"})
    other = add_customer(store, {"name": "Other"})
    clash = dict(plan.values, code="X1")
    with pytest.raises(StoreError, match="already used"):
        merge(store, type(plan)(a, (other,), clash, plan.sources))
    # nothing half-done by the refusals
    assert repo.get_customer(store, other)["merged_into"] is None


def test_not_duplicates_are_normalised(store: Store) -> None:
    ids = [add_customer(store, {"name": n}) for n in ("张三", "张叁", "John", "Jon")]
    mark_not_duplicates(store, ids[1], ids[0])
    mark_not_duplicates(store, ids[0], ids[1])  # twice: still one pair
    assert not_duplicate_pairs(store) == {(ids[0], ids[1])}
    mark_group_not_duplicates(store, [ids[3], ids[2], ids[1]])
    assert not_duplicate_pairs(store) == {
        (ids[0], ids[1]),
        (ids[1], ids[2]),
        (ids[1], ids[3]),
        (ids[2], ids[3]),
    }
    unmark_not_duplicates(store, ids[3], ids[2])
    assert (ids[2], ids[3]) not in not_duplicate_pairs(store)
    with pytest.raises(StoreError):
        mark_not_duplicates(store, ids[0], ids[0])
    with pytest.raises(StoreError):
        mark_not_duplicates(store, ids[0], 999)


# -- property: merge keeps counts, undo restores exactly -------------------------

TEXT = st.one_of(st.none(), st.sampled_from(["", "  ", "华强", "Acme", "北京市朝阳区", "x" * 30]))
CUSTOMER = st.fixed_dictionaries(
    {
        "name": st.sampled_from(["深圳华强", "华强科技有限公司", "Acme Ltd", "ACME", "王伟"]),
        "contact_name": TEXT,
        "city": TEXT,
        "email": st.one_of(st.none(), st.sampled_from(["a@x.cn", "b@y.com"])),
        "phone": st.one_of(st.none(), st.sampled_from(["138 0013 8000", "0755-88880000"])),
        "grade": st.one_of(st.none(), st.sampled_from(["key", "potential", "normal"])),
        "need_match": st.one_of(st.none(), st.integers(1, 5)),
        "size": st.one_of(st.none(), st.integers(0, 500)),
        "notes": TEXT,
        "created_at": st.sampled_from(["2022-01-01", "2023-01-01", "2024-01-01"]),
        "updated_at": st.sampled_from(["2024-01-01", "2024-06-01", "2025-01-01"]),
        "interactions": st.integers(0, 3),
        "orders": st.integers(0, 2),
        "tags": st.sets(st.sampled_from(["重点", "制造", "export"]), max_size=3),
    }
)


@st.composite
def scenarios(draw):
    book = draw(st.lists(CUSTOMER, min_size=3, max_size=6))
    group = draw(
        st.lists(st.integers(0, len(book) - 1), min_size=2, max_size=len(book), unique=True)
    )
    picks = draw(st.dictionaries(st.sampled_from(MERGE_FIELDS), st.integers(0, 5), max_size=6))
    return book, group, picks


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(scenarios())
def test_merge_keeps_counts_and_undo_restores(scenario) -> None:
    book, group, picks = scenario
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "p.db")
        try:
            ids = []
            for entry in book:
                values = {
                    k: v for k, v in entry.items() if k not in ("interactions", "orders", "tags")
                }
                customer_id = add_customer(store, values)
                set_times(store, customer_id, entry["created_at"], entry["updated_at"])
                for _ in range(entry["interactions"]):
                    add_interaction(store, customer_id)
                for _ in range(entry["orders"]):
                    add_order(store, customer_id)
                add_tags(store, customer_id, *entry["tags"])
                ids.append(customer_id)
            before = dump(store)
            chosen = customers(store, *(ids[i] for i in group))
            plan = default_plan(chosen)
            for field_name, index in picks.items():
                options = field_choices(chosen, field_name)
                if options:
                    plan = choose(plan, field_name, options[index % len(options)][0], chosen)
            merge(store, plan)
            after = dump(store)
            assert len(after["interactions"]) == len(before["interactions"])
            assert len(after["orders"]) == len(before["orders"])
            assert all(r[1] in ids for r in after["interactions"])
            merged = set(plan.merged_ids)
            assert not any(r[1] in merged for r in after["interactions"] + after["orders"])
            undo_merge(store)
            assert dump(store) == before
        finally:
            store.close()
