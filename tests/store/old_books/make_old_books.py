"""Regenerate the frozen books of older schema versions (v1.sql … v11.sql, v7-early.sql beside this file).

v7-early.sql is v7 as custui wrote it before people landed in v7 (see ``EARLY``).

Each book is made by the custui of its own time, never by today's code: for schema N the commit
below is checked out into a temporary git worktree, and this same file runs there (``--build``,
with that checkout first on ``sys.path``) to make a book through that version's own paths:

* ``custui.sample`` (the ``custui sample`` command) writes a small seeded book: customers in
  Chinese and English, tags in every category, interactions and orders;
* the customer form's path (``validate_customer`` then ``repo.insert_customer``) adds customers in
  simplified and traditional Chinese and in English, and the store's own functions tag them,
  delete one, merge a duplicate, mark two as not duplicates, save settings, add people …,
  each only where that version had it (see ``build``);
* from v4 on, ``custui import`` brings in a small CSV of customers and one of orders.

The book is then written out with the ``sqlite3`` shell's ``.dump`` (search index shadow tables
included), after the two PRAGMAs ``.dump`` leaves out.  Run from the repository, with the
project's Python and the ``sqlite3`` shell on PATH::

    python tests/store/old_books/make_old_books.py          # every version
    python tests/store/old_books/make_old_books.py 6 7      # some
    python tests/store/old_books/make_old_books.py 7-early  # v7 as written before people landed

The books record the clock of the run (created_at of what was added by hand), so a regenerated
book differs from the committed one in those stamps.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]

#: Schema version -> the commit whose custui made its book: the last commit at that version (the
#: version's final, frozen form).  Schema v1 was never the newest version of any commit (the first
#: commit already had v2): its book is made by the v2 code with the schema held at v1.
COMMITS: dict[int, str] = {
    1: "a6fd809",
    2: "a6fd809",
    3: "9f2f7af",
    4: "a7a6365",
    5: "efd7a0e",
    6: "24f65f4",
    7: "57bb2d3",
    8: "91db0f2",
    9: "a60d811",
    10: "3ff863c",
    11: "e2bc8bc",
}
#: Books of an early form of a version, which custui wrote before that version took its final form:
#: name -> (schema version, the commit whose custui made its book: the last one of that form).
#: "7-early": schema v7 as written from 0d9176b to 993deec (2 Dec), with its addresses in parts,
#: rates and base amounts but no people: e9005e6 then added the ``contacts`` table (and
#: ``interactions.contact_id``) to v7 without raising the version.  Today's custui repairs such a
#: book when it migrates it (``store.schema.repair_early_v7``).
EARLY: dict[str, tuple[int, str]] = {"7-early": (7, "993deec")}
#: Every book this script makes: name (the file is v{name}.sql) -> (schema version, commit).
BOOKS: dict[str, tuple[int, str]] = {
    **{str(version): (version, commit) for version, commit in COMMITS.items()},
    **EARLY,
}
#: Customers of the sample (few: the books stay under 200 KB of SQL).
SAMPLE_CUSTOMERS = 8
SAMPLE_SEED = 20261123

CUSTOMERS_CSV = """\
客户名称,联系人,职位,电话,城市,地址,行业
臺灣聯華電子股份有限公司,陳美玲,業務經理,+886 2 2345 6789,臺北,臺北市信義區松仁路100號,制造
杭州绿源茶业有限公司,王芳,总经理,0571-8765 4321,杭州,浙江省杭州市西湖区龙井路8号,食品
Bergmann GmbH,Jürgen Groß,Einkaufsleiter,+49 89 1234567,München,"Hauptstraße 5, 80331 München, Germany",
"""


# -- run inside the old checkout ------------------------------------------------------------------


def build(version: int, out: Path) -> None:
    """Make the book of schema *version* at *out* with the custui found first on sys.path."""
    import dataclasses
    from datetime import date

    import custui
    from custui import sample
    from custui.core.model import CUSTOMER_FIELDS
    from custui.core.validate import validate_customer
    from custui.store import db, repo

    assert Path(custui.__file__).resolve().is_relative_to(Path.cwd().resolve()), custui.__file__
    today = date.today()
    if version == 1:  # the v2 code with its schema held at v1 (nothing of v2's search exists)
        db.SCHEMA_VERSION = 1
        conn = sqlite3.connect(out, isolation_level=None)
        db.migrate(conn, 0, 1)
        conn.close()
        store = db.open_store(out)
        tables = sample.build_tables(
            seed=SAMPLE_SEED, customers=SAMPLE_CUSTOMERS, anchor=sample.ANCHOR
        )
        with store.transaction():
            sample._write(store, tables, lambda _message: None)
    else:
        sample.generate(out, seed=SAMPLE_SEED, customers=SAMPLE_CUSTOMERS)
        store = db.open_store(out)
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == version

    fields = {f.name for f in CUSTOMER_FIELDS}

    def form(raw: dict[str, str]) -> int:
        """A customer saved as the customer form saves one."""
        raw = dict(raw)
        address = raw.pop("address", None)
        if address and "address" in fields:
            raw["address"] = address
        elif address:  # v7: the street, and the rest in its own fields
            raw["street"] = address
        clean, errors = validate_customer({k: v for k, v in raw.items() if k in fields})
        assert not errors, errors
        return repo.insert_customer(store, clean)

    def code(customer_id: int) -> str:
        return store.query("SELECT code FROM customers WHERE id = ?", (customer_id,))[0][0]

    huachuang = form({"name": "廣州華創科技有限公司", "industry": "制造 Manufacturing", "region": "廣東", "city": "廣州",
                      "address": "廣州市天河區珠江新城華夏路10號", "contact_name": "陳志明", "contact_title": "採購經理",
                      "phone": "020-8888 6666", "email": "chen.zhiming@huachuang.com.cn", "grade": "key",
                      "notes": "繁體字客戶，香港展會認識"})  # fmt: skip
    tengfei = form({"name": "深圳市腾飞电子有限公司", "industry": "软件 IT & Software", "region": "广东", "city": "深圳",
                    "address": "深圳市南山区科技园路1号", "contact_name": "张伟", "contact_title": "采购经理",
                    "phone": "138 0013 8000", "email": "zhangwei@tengfei.cn", "notes": "年底有设备升级预算"})  # fmt: skip
    tengfei_tech = form({"name": "深圳市腾飞科技有限公司", "city": "深圳", "contact_name": "刘洋",
                         "phone": "0755-2666 8888"})  # fmt: skip
    northwind = form({"name": "Northwind Traders Ltd", "industry": "零售 Retail", "city": "London",
                      "address": "12 Baker Street, London W1U 3BW, UK", "contact_name": "Margaret Peacock",
                      "contact_title": "Purchasing Manager", "phone": "+44 20 7946 0958",
                      "email": "m.peacock@northwind.co.uk"})  # fmt: skip
    person = form({"name": "李娜", "kind": "person", "city": "上海", "phone": "139 1234 5678"})

    # tags: the tag editor's functions from v4 on; before, the store's repo.ensure_tag/set_customer_tags
    new_tags = (("重點客戶", "potential", [huachuang, tengfei]), ("深圳客户", "custom", [tengfei, tengfei_tech]),
                ("UK", "custom", [northwind]), ("个人", "custom", [person]),
                ("展会线索", "custom", [tengfei_tech, person]))  # fmt: skip
    try:
        from custui.store import tags
    except ImportError:
        tags = None
    for name, category, holders in new_tags:
        if tags is not None:
            tag_id = tags.create_tag(store, name, category)
            tags.add_tag(store, holders, tag_id)
        else:
            tag_id = repo.ensure_tag(store, name, category)
            for holder in holders:
                have = [t["id"] for t in repo.customer_tags(store, holder)]
                repo.set_customer_tags(store, holder, [*have, tag_id])
    if tags is not None:  # a renamed tag: its holders' search must follow
        leads = store.query("SELECT id FROM tags WHERE name = '展会线索'")[0][0]
        tags.rename_tag(store, leads, "广交会线索")

    # interactions and orders entered by hand (from v4 on: the entry forms)
    try:
        from custui.core.entries import validate_interaction, validate_order
        from custui.store import timeline
    except ImportError:
        timeline = None
    if timeline is not None:
        for customer, raw in (
            (tengfei, {"occurred_at": "2026-11-02", "channel": "visit", "summary": "拜访张伟，讨论设备升级方案",
                       "sentiment": "positive", "next_action": "发送报价单", "next_action_due": "2026-11-25"}),
            (huachuang, {"occurred_at": "2026-10-18", "channel": "call", "summary": "陳經理確認第二批訂單",
                         "sentiment": "neutral"}),
            (northwind, {"occurred_at": "2026-09-30", "channel": "email", "summary": "Sent the autumn price list",
                         "next_action": "Call Margaret about the samples", "next_action_due": "2026-12-20"}),
        ):  # fmt: skip
            clean, errors = validate_interaction(raw, today)
            assert not errors, errors
            timeline.add_interaction(store, customer, clean)
        for customer, raw in (
            (huachuang, {"ordered_at": "2026-10-20", "amount": "128000", "currency": "CNY",
                         "product": "數控機床配件", "margin": "23000"}),
            (northwind, {"ordered_at": "2026-10-05", "amount": "8800.50", "currency": "USD",
                         "product": "Tea sets"}),
        ):  # fmt: skip
            clean, errors = validate_order(raw, today)
            assert not errors, errors
            timeline.add_order(store, customer, clean)

    # v10: payment terms from the order form (30 days; a day agreed), and an order marked paid
    try:
        from custui.store.receivables import set_paid
    except ImportError:
        set_paid = None
    if set_paid is not None and timeline is not None:
        for customer, raw in (
            (tengfei, {"ordered_at": "2026-10-28", "amount": "43000", "currency": "CNY",
                       "product": "工控主板", "terms": "30"}),
            (northwind, {"ordered_at": "2026-09-02", "amount": "1200", "currency": "USD",
                         "product": "Tea caddies", "terms": "2026-10-15"}),
        ):  # fmt: skip
            clean, errors = validate_order(raw, today)
            assert not errors, errors
            paid_order = timeline.add_order(store, customer, clean)
        set_paid(store, paid_order, date(2026, 10, 20))

    # v7: people at a customer; one more, and one who was removed
    try:
        from custui.core.contacts import validate_contact
        from custui.store import contacts
    except ImportError:
        contacts = None
    if contacts is not None:
        for raw in ({"name": "王强", "title": "财务总监", "phone": "13912345678", "email": "wangqiang@tengfei.cn"},
                    {"name": "赵敏", "title": "前台"}):  # fmt: skip
            clean, errors = validate_contact(raw, region="CN", today=today)
            assert not errors, errors
            added = contacts.add_contact(store, tengfei, clean)
        contacts.remove_contact(store, added)

    # a soft-deleted customer: the sample's third one
    deleted = store.query("SELECT id FROM customers WHERE code = 'C00003'")[0][0]
    repo.delete_customer(store, deleted)

    # v3: a duplicate merged as the merge review does, and two told apart
    try:
        from custui.core.merge import default_plan
        from custui.store import merge
    except ImportError:
        merge = None
    if merge is not None:
        duplicate = form({"name": "Northwind Traders Limited", "city": "London", "contact_name": "Maggie Peacock",
                          "phone": "+44 20 7946 0958", "email": "m.peacock@northwind.co.uk"})  # fmt: skip
        if timeline is not None:
            clean, errors = validate_interaction(
                {
                    "occurred_at": "2026-08-12",
                    "channel": "meeting",
                    "summary": "Met at the London trade fair",
                },
                today,
            )
            assert not errors, errors
            timeline.add_interaction(store, duplicate, clean)
        try:
            from custui.store.dupes import group_customers

            group = group_customers(store, [northwind, duplicate])
        except ImportError:
            group = [repo.get_customer(store, i) for i in (northwind, duplicate)]
        merge.merge(store, default_plan(group))
        merge.mark_not_duplicates(store, tengfei, tengfei_tech)

    # settings, each kind where the version had it
    try:
        from custui.store import settings
    except ImportError:
        settings = None
    if settings is not None:
        settings.save_view(store, settings.SavedView(name="华创 重点", search="华创"))
        if hasattr(settings, "save_follow_up_days"):
            settings.save_follow_up_days(store, {"call": 5, "visit": 10})
        if hasattr(settings, "add_industry_synonym"):
            settings.add_industry_synonym(store, "半导体", "制造 Manufacturing")
        if hasattr(settings, "set_home_region"):
            settings.set_home_region(store, "CN")
    try:
        from custui.store import scores
    except ImportError:
        scores = None
    if scores is not None:
        config = scores.load_scoring_config(store)
        scores.save_scoring_config(store, dataclasses.replace(config, window_days=300).validate())
    try:
        from custui.store.rates import set_rate
    except ImportError:
        set_rate = None
    if set_rate is not None:
        set_rate(store, "USD", "7.10")
    codes = {customer: code(customer) for customer in (tengfei, huachuang)}
    store.close()

    # v4: custui import of customers, then of orders for customers it knows by code
    from custui import cli

    if "import" in getattr(cli, "COMMANDS", ()):
        folder = out.parent
        (folder / "customers.csv").write_text(CUSTOMERS_CSV, encoding="utf-8")
        (folder / "orders.csv").write_text(
            "客户编号,日期,金额,币种,产品\n"
            f"{codes[tengfei]},2026-09-15,56000,CNY,工业平板电脑\n"
            f"{codes[huachuang]},2026-11-01,32000.5,CNY,伺服電機\n",
            encoding="utf-8",
        )
        for args in (["customers.csv"], ["orders.csv", "--kind", "orders"]):
            assert cli.main(["--db", str(out), "import", str(folder / args[0]), *args[1:]]) == 0, (
                args
            )

    # v8: the ranking the list keeps in the file, as the list keeps it
    try:
        from custui.store import score_cache
        from custui.store.book import Book
    except ImportError:
        score_cache = None
    if score_cache is not None:
        store = db.open_store(out)
        changes, saved = score_cache.change_count(store), score_cache.saved_settings(store)
        book = Book.load(store)
        score_cache.save(store, book.result, changes, saved)
        # v11: the month's score history, taken from the ranking just kept as the list takes it
        try:
            from custui.store import history
        except ImportError:
            history = None
        if history is not None:
            history.monthly_snapshot(store, book.result)
        store.close()
    store = db.open_store(out)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == version
    store.close()


# -- run in this repository -----------------------------------------------------------------------


def dump(path: Path) -> str:
    """The book as SQL: its two PRAGMAs, then what ``sqlite3 FILE .dump`` writes."""
    conn = sqlite3.connect(path)
    version, app_id = (
        conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("user_version", "application_id")
    )
    conn.close()
    body = subprocess.run(
        ["sqlite3", str(path), ".dump"], check=True, capture_output=True, text=True
    ).stdout
    return f"PRAGMA user_version = {version};\nPRAGMA application_id = {app_id};\n{body}"


def load(sql: str, path: Path) -> None:
    """A book file at *path* from its dump (what the tests do)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript(sql)
    conn.close()


def make(name: str, work: Path) -> Path:
    version, commit = BOOKS[name]
    tree = work / f"v{name}-{commit}"
    subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--detach", str(tree), commit], check=True,
                   capture_output=True)  # fmt: skip
    try:
        book = work / f"v{name}" / "book.db"
        book.parent.mkdir()
        env = dict(os.environ, PYTHONPATH=str(tree), LANG="zh_CN.UTF-8", LC_ALL="zh_CN.UTF-8",
                   CUSTUI_DB=str(work / "default.db"), XDG_DATA_HOME=str(work / "data"),
                   XDG_CONFIG_HOME=str(work / "config"))  # fmt: skip
        subprocess.run([sys.executable, str(Path(__file__).resolve()), "--build", str(version), str(book)],
                       cwd=tree, env=env, check=True)  # fmt: skip
    finally:
        subprocess.run(
            ["git", "-C", str(REPO), "worktree", "remove", "--force", str(tree)], check=True
        )
    subject = subprocess.run(["git", "-C", str(REPO), "log", "-1", "--format=%h %s", commit], check=True,
                             capture_output=True, text=True).stdout.strip()  # fmt: skip
    sql = dump(book)
    again = work / f"v{name}" / "again.db"
    load(sql, again)
    assert dump(again) == sql, f"v{name}: the dump does not load back to the same book"
    target = HERE / f"v{name}.sql"
    held = " (its schema held at v1)" if version == 1 else ""
    if name in EARLY:
        held = " (early v7: before people landed in v7)"
    header = (f"-- A custui book at schema v{version}, made by custui at commit {subject[:90]}{held}\n"
              f"-- by tests/store/old_books/make_old_books.py; regenerate it there, never edit it.\n")  # fmt: skip
    target.write_text(header + sql, encoding="utf-8")
    return target


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("books", nargs="*", default=list(BOOKS), metavar="N",
                        help=f"which books: {', '.join(BOOKS)} (default: all)")  # fmt: skip
    parser.add_argument("--build", nargs=2, metavar=("VERSION", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.build:
        sys.path.insert(0, os.getcwd())
        build(int(args.build[0]), Path(args.build[1]))
        return 0
    unknown = [name for name in args.books if name not in BOOKS]
    if unknown:
        parser.error(f"no such book: {', '.join(unknown)} (there are {', '.join(BOOKS)})")
    if shutil.which("sqlite3") is None:
        parser.error("the sqlite3 shell is needed (apt-get install sqlite3)")
    with tempfile.TemporaryDirectory(prefix="custui-old-books-") as tmp:
        for name in args.books:
            target = make(name, Path(tmp))
            print(f"{target.relative_to(REPO)}: {target.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
