"""Hostile text at the store: kept as typed (after the validators' cleaning), never run, always displayable inertly."""

from __future__ import annotations

import pytest

from custui.core.text import display_safe
from custui.core.validate import validate_customer
from custui.store import repo, tags
from custui.store.db import Store

HOSTILE = {
    "sql": 'Robert\'); DROP TABLE customers;-- "x" %_\\',
    "markup": "[bold red]Acme[/] [link=https://evil.example]click[/link] [@click=app.quit]q[/]",
    "ansi": "\x1b[31mred\x1b[0m \x1b]0;pwned\x07 \x1b[2J",
    "control": "a\x00b\x07c\x08d\x7fe",
    "emoji": "👩‍💻 客户 🇨🇳 ❤️‍🔥",
    "rtl": "شركة الاختبار \u202eevil\u202c עברית",
}
INVISIBLE = set("\x00\x07\x08\x1b\x7f\u202e\u202c")


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_validated_text_is_stored_exactly_and_holds_no_control_characters(
    store: Store, kind: str
) -> None:
    raw = HOSTILE[kind]
    clean, errors = validate_customer({"name": f"{raw} 公司", "notes": f"{raw}\n第二行"})
    assert errors == []
    cid = repo.insert_customer(store, clean)
    stored = repo.get_customer(store, cid)
    assert (stored["name"], stored["notes"]) == (clean["name"], clean["notes"])
    assert not INVISIBLE & set(stored["name"] + stored["notes"])
    if kind in ("sql", "markup", "emoji"):
        assert (
            raw.split()[0] in stored["name"]
        )  # brackets, quotes and emoji are data, kept as typed
    assert store.tuples("SELECT count(*) FROM customers")[0][0] == 1  # the SQL stayed text


def test_a_100_kb_note_is_kept_whole(store: Store) -> None:
    note = ("客户反馈：价格偏高，交期要求紧。[b]注意[/b]\n" * 4000)[:100_000]
    clean, errors = validate_customer({"name": "大客户", "notes": note})
    assert errors == [] and len(clean["notes"]) > 90_000
    cid = repo.insert_customer(store, clean)
    assert repo.get_customer(store, cid)["notes"] == clean["notes"]


def test_text_written_by_another_program_is_kept_raw_and_displayed_inertly(store: Store) -> None:
    """A row that bypassed the validators (another tool, an old import) is shown without its escapes."""
    raw = HOSTILE["ansi"] + HOSTILE["rtl"] + HOSTILE["control"]
    with store.transaction() as conn:
        conn.execute(
            "INSERT INTO customers (code, name, created_at, updated_at) VALUES ('X1', ?, 'now', 'now')",
            (raw,),
        )
    stored = repo.list_rows(store, [r[0] for r in store.tuples("SELECT id FROM customers")])
    (row,) = stored.values()
    assert row["name"] == raw
    shown = display_safe(row["name"])
    assert not INVISIBLE & set(shown) and "red" in shown and "evil" in shown


@pytest.mark.parametrize("kind", ["sql", "markup", "emoji", "rtl"])
def test_hostile_tag_names_are_data(store: Store, kind: str) -> None:
    cid = repo.insert_customer(store, {"name": "华创"})
    name = HOSTILE[kind].replace("/", " ")[:40]
    tag = tags.create_tag(store, name)
    tags.add_tag(store, [cid], tag)
    stored = tags.get_tag(store, tag).name
    assert not INVISIBLE & set(stored) and stored.split()[0] == name.split()[0]
    assert tags.get_tag(store, tag).customers == 1


@pytest.mark.parametrize(
    "query",
    ['"', "*", "OR", "NEAR(", "'; DROP TABLE customers;--", 'tag:"', "\x1b[2J", "^", "-", "a AND"],
)
def test_searching_for_operators_of_the_index_finds_text_not_errors(
    store: Store, query: str
) -> None:
    repo.insert_customer(store, {"name": "Robert'); DROP TABLE customers;--"})
    repo.search_ids(store, query)
    repo.list_ids(store, repo.ListQuery(search=query))
    assert store.tuples("SELECT count(*) FROM customers")[0][0] == 1
