"""custui.core.merge: default plans, choosing values, differences (pure)."""

from __future__ import annotations

import pytest

from custui.core.merge import MERGE_FIELDS, choose, default_plan, differences, field_choices, step


def customer(id: int, created: str, updated: str, **values) -> dict:
    row = dict.fromkeys(MERGE_FIELDS)
    row.update(
        id=id,
        code=f"C{id:05d}",
        kind="company",
        created_at=created,
        updated_at=updated,
        phone_e164=None,
    )
    row.update(values)
    return row


OLD = customer(
    1,
    "2023-01-01T00:00:00+00:00",
    "2023-02-01T00:00:00+00:00",
    name="深圳华强科技有限公司",
    phone="0755 8888 0000",
    phone_e164="+8675588880000",
    city="深圳",
    email="info@huaqiang.cn",
    notes="老客户，2019 年开始合作，每季度回访一次。",
    size=0,
)
NEW = customer(
    2,
    "2024-05-01T00:00:00+00:00",
    "2024-06-01T00:00:00+00:00",
    name="华强科技",
    phone="138 0013 8000",
    phone_e164="+8613800138000",
    city="  ",
    email=None,
    notes="short",
    contact_name="王伟",
    size=250,
)
MID = customer(
    3,
    "2023-06-01T00:00:00+00:00",
    "2024-01-01T00:00:00+00:00",
    name="Huaqiang Tech Co., Ltd.",
    contact_name="Wang Wei",
    grade="key",
)


def test_survivor_is_the_oldest_and_keeps_its_code() -> None:
    plan = default_plan([NEW, MID, OLD])
    assert plan.survivor_id == 1
    assert plan.merged_ids == (3, 2)  # oldest first
    assert plan.values["code"] == "C00001" and plan.sources["code"] == 1


def test_survivor_tie_on_created_at_goes_to_smaller_id() -> None:
    a = customer(7, "2024-01-01", "2024-01-01", name="A")
    b = customer(5, "2024-01-01", "2024-01-01", name="B")
    assert default_plan([a, b]).survivor_id == 5


def test_newest_non_empty_value_wins_and_phone_e164_follows_phone() -> None:
    plan = default_plan([OLD, NEW, MID])
    # NEW's name is the newest, but OLD writes the same name out more fully: the fuller one stays
    assert plan.values["name"] == "深圳华强科技有限公司" and plan.sources["name"] == 1
    assert plan.values["phone"] == "138 0013 8000"
    assert plan.values["phone_e164"] == "+8613800138000" and plan.sources["phone_e164"] == 2
    assert (
        plan.sources["phone_invalid"] == 2
    )  # a phone kept as typed keeps its flag wherever it goes
    # NEW's city is blank: the next newest non-empty one (OLD; MID has none)
    assert plan.values["city"] == "深圳" and plan.sources["city"] == 1
    assert plan.values["email"] == "info@huaqiang.cn"
    assert (
        "contact_name" not in plan.values
    )  # people are merged as people (store.merge), not chosen
    assert plan.values["grade"] == "key" and plan.sources["grade"] == 3
    assert plan.values["size"] == 250


@pytest.mark.parametrize(
    ("older", "newer", "kept"),
    [
        ("盛和软件有限公司", "盛和软件", "盛和软件有限公司"),  # the example
        ("盛和软件", "盛和软件有限公司", "盛和软件有限公司"),
        (
            "Acme Trading Limited",
            "Acme Trading Ltd",
            "Acme Trading Limited",
        ),  # one legal form, spelt out
        ("ACME", "Acme Trading Co., Ltd.", "Acme Trading Co., Ltd."),
        (
            "深圳华强科技",
            "华强科技（深圳）",
            "华强科技（深圳）",
        ),  # not a variant of each other: the newest
        ("Northwind", "Contoso", "Contoso"),
    ],
)
def test_a_name_is_never_replaced_by_a_shorter_variant_of_itself(
    older: str, newer: str, kept: str
) -> None:
    plan = default_plan(
        [customer(1, "2023", "2023", name=older), customer(2, "2024", "2024", name=newer)]
    )
    assert plan.values["name"] == kept


def test_other_text_keeps_its_fuller_form_too() -> None:
    older = customer(1, "2023", "2023", name="X", city="深圳市", street="科技园路1号A座1201室")
    newer = customer(2, "2024", "2024", name="X", city="深圳", street="科技园路1号")
    plan = default_plan([older, newer])
    assert plan.values["city"] == "深圳市" and plan.values["street"] == "科技园路1号A座1201室"


def test_the_newest_valid_phone_and_e_mail_win_and_the_others_are_kept_in_the_notes() -> None:
    from custui.core.merge import kept_points

    older = customer(
        1,
        "2023",
        "2023",
        name="X",
        phone="0755 8888 0000",
        phone_e164="+8675588880000",
        email="info@x.cn",
        notes="old notes",
    )
    newer = customer(
        2, "2024", "2024", name="X", phone="call the boss", phone_invalid=1, email="not an address"
    )
    plan = default_plan([older, newer])
    assert plan.values["phone"] == "0755 8888 0000" and plan.values["email"] == "info@x.cn"
    assert (
        kept_points(plan, [older, newer])
        == "Before the merge also: C00002: call the boss · not an address"
    )
    newest = customer(
        3,
        "2025",
        "2025",
        name="X",
        phone="138 0013 8000",
        phone_e164="+8613800138000",
        email="boss@x.cn",
    )
    plan = default_plan([older, newer, newest])
    assert plan.values["phone"] == "138 0013 8000" and plan.values["email"] == "boss@x.cn"
    line = kept_points(plan, [older, newer, newest])
    assert "C00001: 0755 8888 0000 · info@x.cn" in line and "call the boss" in line
    # a number already kept (the same number written another way) or already in the notes is not repeated
    same = customer(
        4, "2022", "2022", name="X", phone="+86 138-0013-8000", phone_e164="+8613800138000"
    )
    assert kept_points(default_plan([newest, same]), [newest, same]) == ""


def test_zero_is_a_value_not_empty() -> None:
    newer = customer(2, "2024-01-01", "2024-06-01", name="X", size=None)
    older = customer(1, "2023-01-01", "2023-01-01", name="X", size=0)
    assert default_plan([older, newer]).values["size"] == 0


def test_longest_notes_win() -> None:
    plan = default_plan([OLD, NEW, MID])
    assert plan.values["notes"] == OLD["notes"] and plan.sources["notes"] == 1


def test_all_empty_field_comes_from_the_survivor() -> None:
    plan = default_plan([OLD, NEW, MID])
    assert plan.values["website"] is None and plan.sources["website"] == 1


def test_default_plan_needs_two_distinct_customers() -> None:
    with pytest.raises(ValueError):
        default_plan([OLD])
    with pytest.raises(ValueError):
        default_plan([OLD, OLD])


def test_choose_takes_another_records_value_without_changing_the_old_plan() -> None:
    group = [OLD, NEW, MID]
    plan = default_plan(group)
    chosen = choose(plan, "name", 2, group)
    assert chosen.values["name"] == "华强科技" and chosen.sources["name"] == 2
    assert plan.values["name"] == "深圳华强科技有限公司"  # untouched
    chosen = choose(chosen, "phone", 1, group)
    assert chosen.values["phone_e164"] == "+8675588880000" and chosen.sources["phone_e164"] == 1
    with pytest.raises(ValueError):
        choose(plan, "created_at", 1, group)
    with pytest.raises(ValueError):
        choose(plan, "name", 99, group)


def test_field_choices_are_distinct_non_empty_in_order() -> None:
    a = customer(1, "2023", "2023", name="北京分公司", city="北京")
    b = customer(2, "2024", "2024", name="北京分公司 ", city="")
    c = customer(3, "2024", "2024", name="Beijing Branch", city="北京")
    assert field_choices([a, b, c], "name") == [(1, "北京分公司"), (3, "Beijing Branch")]
    assert field_choices([a, b, c], "city") == [(1, "北京")]
    assert field_choices([a, b, c], "email") == []


def test_step_cycles_through_choices_both_ways() -> None:
    group = [OLD, NEW, MID]
    plan = default_plan(group)  # name from OLD (1): the fullest
    names = [v for _, v in field_choices(group, "name")]
    right = step(plan, "name", group, 1)
    assert right.values["name"] == names[(names.index("深圳华强科技有限公司") + 1) % 3]
    assert step(right, "name", group, -1).values["name"] == "深圳华强科技有限公司"
    around = plan
    for _ in range(3):
        around = step(around, "name", group, 1)
    assert around.values["name"] == "深圳华强科技有限公司"
    # only one distinct value: nothing to step to
    assert step(plan, "website", group, 1) is plan


def test_differences_lists_fields_whose_non_empty_values_differ() -> None:
    diff = differences([OLD, NEW, MID])
    assert diff[:2] == ["name", "code"]
    assert (
        "phone" in diff and "notes" in diff and "contact_name" not in diff
    )  # people merge as people
    assert "city" not in diff  # 深圳 vs blank: nothing to decide
    assert "grade" not in diff and "website" not in diff
    same = [
        customer(1, "a", "a", name="上海", code="X"),
        customer(2, "b", "b", name=" 上海", code="X"),
    ]
    assert differences(same) == []
