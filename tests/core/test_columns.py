"""custui.core.columns: English and Chinese headers to fields, nothing guessed."""

from __future__ import annotations

import pytest

from custui.core import columns


def test_chinese_and_english_headers_map_to_customer_fields() -> None:
    headers = [
        "客户名称",
        "所属行业",
        "联系人",
        "职位",
        "电话",
        "邮箱",
        "区域",
        "备注",
        "Customer Code",
        "E-Mail",
    ]
    mapping = columns.map_headers(headers, "customers")
    assert [mapping.fields[i] for i in range(9)] == [
        "name", "industry", "contact_name", "contact_title", "phone", "email", "region", "notes", "code",
    ]  # fmt: skip
    assert mapping.ignored == ("E-Mail",)  # e-mail is already taken by 邮箱: the first column wins
    assert mapping.missing == ()


@pytest.mark.parametrize(
    "header", ["Customer_Name", " customer name ", "CUSTOMER-NAME", "客戶名稱", "客户名称（全称）"]
)
def test_headers_fold_case_spacing_punctuation_and_traditional(header: str) -> None:
    fields = columns.map_headers([header], "customers").fields
    if "全称" in header:
        assert fields == {}  # an extra word is not guessed at
    else:
        assert fields == {0: "name"}


def test_the_same_header_means_different_fields_per_kind() -> None:
    assert columns.map_headers(["code", "date", "type"], "interactions").fields == {
        0: "code", 1: "occurred_at", 2: "channel",
    }  # fmt: skip
    assert columns.map_headers(["code", "date", "金额"], "orders").fields == {
        0: "code",
        1: "ordered_at",
        2: "amount",
    }
    assert columns.map_headers(["code", "type"], "customers").fields == {0: "code", 1: "kind"}


def test_missing_required_columns_are_named() -> None:
    mapping = columns.map_headers(["客户编号", "内容"], "interactions")
    assert mapping.missing == ("occurred_at", "channel")


def test_overrides_win_and_can_ignore_a_column() -> None:
    mapping = columns.map_headers(["Firma", "电话", "x"], "customers", {0: "name", 1: None})
    assert mapping.fields == {0: "name"}
    assert mapping.ignored == ("电话", "x")


def test_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown import kind"):
        columns.map_headers(["a"], "leads")
