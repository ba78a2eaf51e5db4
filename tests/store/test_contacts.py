"""The people at a customer on a real file: add, edit, remove and undo, primary, search, merge and undo."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from custui.core.contacts import is_same_person, validate_contact
from custui.core.merge import default_plan
from custui.store import contacts, repo, timeline
from custui.store.db import Store, StoreError, open_store
from custui.store.merge import merge, undo_merge
from custui.store.repo import EditConflict
from tests.conftest import add_customer

TODAY = date(2026, 11, 20)


def person(store: Store, customer_id: int, **raw: str) -> int:
    """A person entered as the people form enters one: validated, then saved."""
    clean, errors = validate_contact(raw, region="CN", today=TODAY)
    assert not errors, errors
    return contacts.add_contact(store, customer_id, clean)


def names(store: Store, customer_id: int) -> list[tuple[str, int]]:
    return [(p["name"], p["is_primary"]) for p in contacts.list_contacts(store, customer_id)]


def test_the_form_contact_is_the_primary_person_and_the_first_added_becomes_primary(
    store: Store,
) -> None:
    huachuang = add_customer(
        store, {"name": "华创科技", "contact_name": "张伟", "contact_title": "采购经理"}
    )
    assert names(store, huachuang) == [("张伟", 1)]
    assert repo.get_customer(store, huachuang)["contact_title"] == "采购经理"
    person(
        store,
        huachuang,
        name="李娜",
        title="工程师",
        phone="139 1234 5678",
        email="Li.Na@HuaChuang.cn",
    )
    assert names(store, huachuang) == [("张伟", 1), ("李娜", 0)]
    lina = contacts.list_contacts(store, huachuang)[1]
    assert (lina["phone_e164"], lina["email"]) == ("+8613912345678", "li.na@huachuang.cn")
    acme = add_customer(store, {"name": "Acme"})
    person(store, acme, name="Sarah Miller")
    assert names(store, acme) == [("Sarah Miller", 1)]


def test_edit_primary_remove_and_undo(store: Store) -> None:
    customer = add_customer(store, {"name": "华创科技", "contact_name": "张伟"})
    lina = person(store, customer, name="李娜")
    wang = person(store, customer, name="王芳")
    version = contacts.get_contact(store, lina)["row_version"]
    contacts.update_contact(store, lina, {"title": "技术总监"}, expected_version=version)
    with pytest.raises(EditConflict):
        contacts.update_contact(
            store, lina, {"title": "x"}, expected_version=version
        )  # another window saved first
    zhang = contacts.list_contacts(store, customer)[0]["id"]
    assert contacts.set_primary(store, lina) == zhang  # who was primary before
    assert names(store, customer) == [("李娜", 1), ("张伟", 0), ("王芳", 0)]
    removal = contacts.remove_contact(store, lina)
    assert removal.was_primary and names(store, customer) == [("张伟", 1), ("王芳", 0)]
    contacts.restore_contact(store, removal)
    assert names(store, customer) == [("李娜", 1), ("张伟", 0), ("王芳", 0)]
    contacts.update_contact(store, wang, {"left_at": "2026-10-01"})
    assert names(store, customer)[-1] == ("王芳", 0)  # those who left come last
    with pytest.raises(StoreError, match="needs a name"):
        contacts.update_contact(store, wang, {"name": None})


def test_clearing_the_forms_contact_never_drops_a_person(store: Store) -> None:
    customer = add_customer(store, {"name": "华创科技", "contact_name": "张伟"})
    repo.update_customer(store, customer, {"contact_name": "张伟伟", "contact_title": "总经理"})
    assert names(store, customer) == [("张伟伟", 1)]
    with pytest.raises(StoreError, match="stays"):
        repo.update_customer(store, customer, {"contact_name": None})
    assert names(store, customer) == [("张伟伟", 1)]


def test_every_person_is_found_by_name_pinyin_phone_and_e_mail(store: Store) -> None:
    customer = add_customer(store, {"name": "华创科技有限公司", "contact_name": "张伟"})
    other = add_customer(store, {"name": "Acme"})
    person(
        store,
        customer,
        name="欧阳娜娜",
        phone="139 1234 5678",
        email="nana@huachuang.cn",
        im="wxid_nana88",
    )
    for query in (
        "欧阳",
        "ouyang",
        "oynn",
        "13912345678",
        "5678",
        "nana@huachuang",
        "wxid_nana88",
        "张伟",
    ):
        assert repo.list_ids(store, repo.ListQuery(search=query)) == [customer], query
    nana = contacts.list_contacts(store, customer)[1]["id"]
    contacts.remove_contact(store, nana)
    assert (
        repo.list_ids(store, repo.ListQuery(search="欧阳")) == []
    )  # removed people are not searched
    person(store, other, name="欧阳娜娜")
    assert repo.list_ids(store, repo.ListQuery(search="欧阳")) == [other]


def test_an_interaction_names_the_person_it_was_with(store: Store) -> None:
    customer = add_customer(store, {"name": "华创科技", "contact_name": "张伟"})
    zhang = contacts.list_contacts(store, customer)[0]["id"]
    entry = timeline.add_interaction(store, customer, {"occurred_at": "2026-11-19", "channel": "call", "summary": "报价",
                                                       "contact_id": zhang})  # fmt: skip
    assert store.query("SELECT contact_id FROM interactions WHERE id = ?", (entry,))[0][0] == zhang


def test_merging_customers_merges_their_people_and_undo_puts_both_lists_back(store: Store) -> None:
    a = add_customer(
        store, {"name": "深圳华强科技有限公司", "contact_name": "王伟", "contact_title": "采购经理"}
    )
    b = add_customer(store, {"name": "华强科技", "contact_name": "李娜"})
    person(store, a, name="陈静", phone="138 0013 8000")
    person(store, b, name="陈静 ", email="chen@huaqiang.cn")  # the same person, entered at both
    person(store, b, name="Wang Wei", phone="139 1234 5678")  # 王伟 in pinyin: the same person too
    person(
        store, b, name="前台", phone="138 0013 8000"
    )  # the switchboard 陈静 answers: another entry
    met = contacts.list_contacts(store, b)[1]["id"]  # 陈静, as entered at b
    entry = timeline.add_interaction(store, b, {"occurred_at": "2026-11-19", "channel": "visit", "summary": "拜访",
                                                "contact_id": met})  # fmt: skip
    before = {cid: contacts.list_contacts(store, cid, removed=True) for cid in (a, b)}
    rows = [repo.get_customer(store, cid) for cid in (a, b)]
    merge_id = merge(store, default_plan(rows))
    survivor = default_plan(rows).survivor_id
    assert names(store, survivor) == [("王伟", 1), ("李娜", 0), ("陈静", 0), ("前台", 0)]
    chen = contacts.list_contacts(store, survivor)[2]
    wang = contacts.list_contacts(store, survivor)[0]
    assert wang["phone_e164"] == "+8613912345678"  # Wang Wei's number joined 王伟
    assert (chen["phone_e164"], chen["email"]) == ("+8613800138000", "chen@huaqiang.cn")
    assert (
        store.query("SELECT contact_id FROM interactions WHERE id = ?", (entry,))[0][0]
        == chen["id"]
    )
    undo_merge(store, merge_id)
    assert {cid: contacts.list_contacts(store, cid, removed=True) for cid in (a, b)} == before
    assert store.query("SELECT contact_id FROM interactions WHERE id = ?", (entry,))[0][0] == met


PEOPLE = st.lists(
    st.fixed_dictionaries({
        "name": st.sampled_from(["张伟", "李娜", "张 伟", "Wei Zhang", "王芳"]),
        "phone": st.sampled_from(["", "138 0013 8000", "139 1234 5678"]),
        "email": st.sampled_from(["", "a@x.cn", "b@x.cn"]),
    }),
    max_size=4,
)  # fmt: skip


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(PEOPLE, min_size=2, max_size=3))
def test_a_merge_loses_no_person_and_undo_restores_every_list_exactly(
    books: list[list[dict[str, str]]],
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "p.db")
        try:
            ids = []
            for n, people in enumerate(books):
                cid = add_customer(store, {"name": f"华强{n}"})
                for raw in people:
                    person(store, cid, **raw)
                ids.append(cid)
            before = {cid: contacts.list_contacts(store, cid, removed=True) for cid in ids}
            plan = default_plan([repo.get_customer(store, cid) for cid in ids])
            merge_id = merge(store, plan)
            kept = contacts.list_contacts(store, plan.survivor_id)
            every_name = {"".join(p["name"].split()) for people in books for p in people}
            assert {"".join(p["name"].split()) for p in kept} <= every_name
            for people in books:  # every person entered is somebody in the merged list
                for raw in people:
                    assert any(is_same_person(p, {**raw, "phone_e164": None}) or raw["name"] == p["name"]
                               for p in kept), raw  # fmt: skip
                assert len(kept) >= max(
                    len(p) for p in books
                )  # nobody of one customer joined a colleague
            assert sum(p["is_primary"] for p in kept) == (1 if kept else 0)
            undo_merge(store, merge_id)
            assert {cid: contacts.list_contacts(store, cid, removed=True) for cid in ids} == before
        finally:
            store.close()


def test_a_persons_phone_or_e_mail_is_a_reason_for_the_duplicate_finder_and_the_hint(
    store: Store,
) -> None:
    from custui.core.dedupe import Record
    from custui.store import dupes

    a = add_customer(store, {"name": "深圳华创科技有限公司"})
    b = add_customer(store, {"name": "华创科技", "phone": "0755 8888 0000"})
    other = add_customer(store, {"name": "远辰软件"})
    person(store, a, name="张伟", phone="138 0013 8000")
    person(store, b, name="Wei Zhang", phone="+86 138 0013 8000")
    person(store, other, name="李娜", email="lina@yuanchen.cn")
    [match] = [m for m in dupes.scan(store) if {m.a, m.b} == {a, b}]
    assert any(r.startswith("same phone (张伟 / Wei Zhang) ×") for r in match.reasons)
    hints = dupes.build_index(store).candidates_for(
        Record(0, "一家新公司", email="LiNa@yuanchen.cn")
    )
    assert [(h.b, h.reasons[0].rsplit(" ×", 1)[0]) for h in hints] == [
        (other, "same e-mail (李娜)")
    ]
