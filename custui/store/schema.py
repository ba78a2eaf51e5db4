"""Tables, indexes, full-text search and the migrations between schema versions.

Each migration is frozen SQL: once released it never changes, so a file made by
any earlier custui can be brought forward step by step.  ``PRAGMA user_version``
records the last step applied; ``PRAGMA application_id`` marks the file as ours.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

#: "CUST" in ASCII: lets us tell a custui file from any other SQLite file.
APPLICATION_ID = 0x43555354

# -- v1: the data model of DESIGN.md ------------------------------------------
V1 = """
CREATE TABLE customers (
    id               INTEGER PRIMARY KEY,
    code             TEXT NOT NULL UNIQUE,
    name             TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind             TEXT NOT NULL DEFAULT 'company' CHECK (kind IN ('company', 'person')),
    industry         TEXT,
    size             INTEGER CHECK (size IS NULL OR size >= 0),
    region           TEXT,
    city             TEXT,
    address          TEXT,
    contact_name     TEXT,
    contact_title    TEXT,
    phone            TEXT,
    phone_e164       TEXT,
    email            TEXT,
    website          TEXT,
    source           TEXT,
    grade            TEXT CHECK (grade IS NULL OR grade IN ('key', 'potential', 'normal')),
    need_match       INTEGER CHECK (need_match BETWEEN 1 AND 5),
    win_likelihood   INTEGER CHECK (win_likelihood BETWEEN 1 AND 5),
    growth_potential INTEGER CHECK (growth_potential BETWEEN 1 AND 5),
    strategic        INTEGER CHECK (strategic BETWEEN 1 AND 5),
    notes            TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    row_version      INTEGER NOT NULL DEFAULT 1,
    merged_into      INTEGER REFERENCES customers(id),
    deleted_at       TEXT
);
CREATE INDEX customers_name ON customers(name);
CREATE INDEX customers_phone_e164 ON customers(phone_e164) WHERE phone_e164 IS NOT NULL;
CREATE INDEX customers_email ON customers(email) WHERE email IS NOT NULL;
CREATE INDEX customers_updated ON customers(updated_at);
CREATE INDEX customers_merged_into ON customers(merged_into) WHERE merged_into IS NOT NULL;

CREATE TABLE interactions (
    id              INTEGER PRIMARY KEY,
    customer_id     INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    occurred_at     TEXT NOT NULL,
    channel         TEXT NOT NULL CHECK (channel IN ('visit','call','meeting','email','message','event','other')),
    summary         TEXT NOT NULL DEFAULT '',
    owner           TEXT,
    sentiment       TEXT CHECK (sentiment IS NULL OR sentiment IN ('positive','neutral','negative')),
    next_action     TEXT,
    next_action_due TEXT,
    done            INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    created_at      TEXT NOT NULL,
    deleted_at      TEXT
);
CREATE INDEX interactions_customer_time ON interactions(customer_id, occurred_at DESC);
CREATE INDEX interactions_open_due ON interactions(next_action_due)
    WHERE done = 0 AND next_action_due IS NOT NULL;

CREATE TABLE orders (
    id           INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    ordered_at   TEXT NOT NULL,
    amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),
    currency     TEXT NOT NULL DEFAULT 'CNY',
    product      TEXT,
    margin_minor INTEGER,
    paid         INTEGER CHECK (paid IS NULL OR paid IN (0, 1)),
    created_at   TEXT NOT NULL,
    deleted_at   TEXT
);
-- covering index: RFM aggregates read only this (research/scoring.md)
CREATE INDEX orders_customer_time ON orders(customer_id, ordered_at, amount_minor);

CREATE TABLE tags (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL CHECK (length(trim(name)) > 0),
    category TEXT NOT NULL DEFAULT 'custom'
             CHECK (category IN ('industry','need','risk','potential','custom')),
    color    TEXT
);
CREATE UNIQUE INDEX tags_category_name ON tags(category, name COLLATE NOCASE);

CREATE TABLE customer_tags (
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    tag_id      INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (customer_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX customer_tags_tag ON customer_tags(tag_id, customer_id);

CREATE TABLE not_duplicates (
    customer_a INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    customer_b INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    decided_at TEXT NOT NULL,
    PRIMARY KEY (customer_a, customer_b),
    CHECK (customer_a < customer_b)
) WITHOUT ROWID;

CREATE TABLE merges (
    id          INTEGER PRIMARY KEY,
    survivor_id INTEGER NOT NULL REFERENCES customers(id),
    merged_ids  TEXT NOT NULL,   -- JSON list of customer ids merged away
    undo        TEXT NOT NULL,   -- JSON: everything needed to restore exactly
    merged_at   TEXT NOT NULL,
    undone_at   TEXT
);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL          -- JSON
);
"""

# -- v2: full-text search over customers, kept in sync by triggers -----------
# custui_doc() and custui_pinyin() are registered on every connection by
# store.db; another program writing the file without them fails loudly rather
# than leaving the index stale.
V2 = """
CREATE VIEW customer_search_source AS
SELECT c.id AS id,
       custui_doc(c.code, c.name, c.contact_name, c.contact_title, c.phone, c.phone_e164,
                  c.email, c.industry, c.region, c.city, c.notes,
                  (SELECT group_concat(t.name, ' ') FROM customer_tags ct
                     JOIN tags t ON t.id = ct.tag_id WHERE ct.customer_id = c.id)) AS doc,
       custui_pinyin(c.name, c.contact_name) AS pinyin
FROM customers c;

CREATE VIRTUAL TABLE customer_fts USING fts5(
    doc, pinyin, tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER customers_fts_insert AFTER INSERT ON customers BEGIN
    INSERT INTO customer_fts(rowid, doc, pinyin)
    SELECT id, doc, pinyin FROM customer_search_source WHERE id = NEW.id;
END;

CREATE TRIGGER customers_fts_update AFTER UPDATE OF
    code, name, contact_name, contact_title, phone, phone_e164, email,
    industry, region, city, notes ON customers BEGIN
    DELETE FROM customer_fts WHERE rowid = OLD.id;
    INSERT INTO customer_fts(rowid, doc, pinyin)
    SELECT id, doc, pinyin FROM customer_search_source WHERE id = NEW.id;
END;

CREATE TRIGGER customers_fts_delete AFTER DELETE ON customers BEGIN
    DELETE FROM customer_fts WHERE rowid = OLD.id;
END;

CREATE TRIGGER customer_tags_fts_insert AFTER INSERT ON customer_tags BEGIN
    UPDATE customer_fts SET doc = (SELECT doc FROM customer_search_source WHERE id = NEW.customer_id)
    WHERE rowid = NEW.customer_id;
END;

CREATE TRIGGER customer_tags_fts_delete AFTER DELETE ON customer_tags BEGIN
    UPDATE customer_fts SET doc = (SELECT doc FROM customer_search_source WHERE id = OLD.customer_id)
    WHERE rowid = OLD.customer_id;
END;

CREATE TRIGGER tags_fts_rename AFTER UPDATE OF name ON tags BEGIN
    UPDATE customer_fts SET doc = (SELECT doc FROM customer_search_source s WHERE s.id = customer_fts.rowid)
    WHERE rowid IN (SELECT customer_id FROM customer_tags WHERE tag_id = NEW.id);
END;

INSERT INTO customer_fts(rowid, doc, pinyin) SELECT id, doc, pinyin FROM customer_search_source;
"""

# -- v3: the home list's default order from an index ---------------------------
# Partial and covering: listing 100k active customers by name drops from
# ~350 ms (scan + temp B-tree sort) to ~55 ms (tests/bench).
V3 = """
CREATE INDEX customers_active_name ON customers(name, id)
    WHERE deleted_at IS NULL AND merged_into IS NULL;
"""

# -- v4: scoring reads aggregates from covering indexes (custui.store.scores) --
# All partial on "deleted_at IS NULL", so the scorer's reads never touch a
# table row.  Measured on 100k customers / 1M orders / 1M interactions (this
# 2-core VM, medians of 5), each read before -> after:
# * orders_scoring (orders_customer_time + margin_minor): the per-customer
#   GROUP BY no longer seeks every order row for margin/deleted_at, 929 -> 644 ms;
# * interactions_scoring_time: the 90-day sentiment window is a range read,
#   not a scan of every interaction, 170 -> 50 ms;
# * interactions_scoring_customer: each customer's latest contact from the
#   index alone, 507 -> 293 ms;
# * interactions_open_scoring: open next actions, covering (and in due-date
#   order for a follow-ups list), 122 -> 36 ms.
# Together a full re-score reads in ~1.0 s instead of ~1.7 s; the cost is
# ~100 MB on that file (22 + 43 + 36 + 2 MB; 383 -> 491 MB at 100k/500k/1M).
V4 = """
CREATE INDEX orders_scoring ON orders(customer_id, ordered_at, amount_minor, margin_minor)
    WHERE deleted_at IS NULL;
CREATE INDEX interactions_scoring_time ON interactions(occurred_at, customer_id, sentiment)
    WHERE deleted_at IS NULL;
CREATE INDEX interactions_scoring_customer ON interactions(customer_id, occurred_at)
    WHERE deleted_at IS NULL;
CREATE INDEX interactions_open_scoring ON interactions(next_action_due, customer_id, occurred_at)
    WHERE done = 0 AND next_action_due IS NOT NULL AND deleted_at IS NULL;
"""

# -- v5: tags leave the customers' search documents ----------------------------
# v2 copied each customer's tag names into its FTS document, so tagging 10,000
# customers rewrote 10,000 documents (2.0 s median, tests/bench/tags.py) and a
# rename rewrote every holder's.  Tag names now have their own small index
# (one row per tag, not per customer); a search term matches a customer when it
# matches the customer's document or the name of one of its tags
# (store.search.matching_ids).  Bulk tagging touches no index at all.  Tag
# names get no pinyin column content: "zhang" should find 张 the contact, not
# every customer tagged 长期 (pinyin zhangqi).
V5 = """
DROP TRIGGER customer_tags_fts_insert;
DROP TRIGGER customer_tags_fts_delete;
DROP TRIGGER tags_fts_rename;
DROP VIEW customer_search_source;
CREATE VIEW customer_search_source AS
SELECT c.id AS id,
       custui_doc(c.code, c.name, c.contact_name, c.contact_title, c.phone, c.phone_e164,
                  c.email, c.industry, c.region, c.city, c.notes, NULL) AS doc,
       custui_pinyin(c.name, c.contact_name) AS pinyin
FROM customers c;

CREATE VIRTUAL TABLE tag_fts USING fts5(
    doc, pinyin, tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER tags_fts_insert AFTER INSERT ON tags BEGIN
    INSERT INTO tag_fts(rowid, doc, pinyin)
    VALUES (NEW.id, custui_doc(NULL, NEW.name, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
            '');
END;
CREATE TRIGGER tags_fts_update AFTER UPDATE OF name ON tags BEGIN
    DELETE FROM tag_fts WHERE rowid = OLD.id;
    INSERT INTO tag_fts(rowid, doc, pinyin)
    VALUES (NEW.id, custui_doc(NULL, NEW.name, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
            '');
END;
CREATE TRIGGER tags_fts_delete AFTER DELETE ON tags BEGIN
    DELETE FROM tag_fts WHERE rowid = OLD.id;
END;
INSERT INTO tag_fts(rowid, doc, pinyin)
SELECT id, custui_doc(NULL, name, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL), ''
FROM tags;

UPDATE customer_fts SET doc = (SELECT doc FROM customer_search_source s WHERE s.id = customer_fts.rowid)
WHERE rowid IN (SELECT customer_id FROM customer_tags);
"""

# -- v6: every import is recorded, and what it wrote carries its id ------------
# So a finished import can be listed with its row counts and reverted as a
# whole (store.imports), long after the in-app undo is gone.
V6 = """
CREATE TABLE imports (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('customers', 'interactions', 'orders')),
    source      TEXT NOT NULL,
    rows        INTEGER NOT NULL,
    imported_at TEXT NOT NULL,
    reverted_at TEXT
);
ALTER TABLE customers ADD COLUMN import_id INTEGER REFERENCES imports(id);
ALTER TABLE interactions ADD COLUMN import_id INTEGER REFERENCES imports(id);
ALTER TABLE orders ADD COLUMN import_id INTEGER REFERENCES imports(id);
CREATE INDEX customers_import ON customers(import_id) WHERE import_id IS NOT NULL;
CREATE INDEX interactions_import ON interactions(import_id) WHERE import_id IS NOT NULL;
CREATE INDEX orders_import ON orders(import_id) WHERE import_id IS NOT NULL;
"""

# -- v7: data from anywhere: address parts, phones kept as typed, money in many currencies, people --
# * ``address`` becomes ``street`` beside postcode and country (ISO 3166 alpha-2 when
#   recognised); migrate_v7 takes the parts it can be sure of out of the old text.
# * ``phone_invalid`` flags a phone kept as typed because some number in it was not understood
#   (``phone_e164`` holds every number understood, space-separated).
# * ``rates``: units of the base currency (settings "currency") per unit, from a day on.  Each
#   order carries its amount and margin in the base currency, kept by plain-SQL triggers when an
#   order, a rate or the base currency changes (NULL: no rate, left out of the money).  The
#   arithmetic is exact integers, rounded half away from zero (core.money.convert is its twin).
# * Scoring reads the converted amounts through a new covering index.
# * ``contacts``: the people at a customer (name, title, phones, e-mail, IM, notes, primary, left
#   the company, soft delete).  The one contact of v6 becomes each customer's primary contact and
#   leaves ``customers``; an interaction may name the person it was with (``contact_id``).
# * Search documents hold the address parts and every person (custui_customer_doc: the people
#   come as one JSON list); custui_doc keeps its old arguments for the migrations and tag triggers
#   that call it.  migrate_v7 re-indexes every customer once.

_BASE_CURRENCY = "(SELECT json_extract(value, '$') FROM settings WHERE key = 'currency')"
#: The order row's rate × 10**9 (NULL without one).
_FACTOR = f"""CASE WHEN orders.currency = {_BASE_CURRENCY} THEN 1000000000 ELSE (
        SELECT CAST(round(CAST(r.rate AS REAL) * 1000000000) AS INTEGER) FROM rates r
        WHERE r.currency = orders.currency AND r.valid_from <= substr(orders.ordered_at, 1, 10)
        ORDER BY r.valid_from DESC LIMIT 1) END"""


def _converted(column: str) -> str:
    """*column* × f / 10**9, rounded half away from zero, without overflowing 64 bits."""
    v = f"abs(orders.{column})"
    return (
        f"CASE WHEN orders.{column} IS NULL OR f IS NULL THEN NULL ELSE "
        f"(CASE WHEN orders.{column} < 0 THEN -1 ELSE 1 END) * ({v} * (f / 1000000000) "
        f"+ ({v} / 1000000000) * (f % 1000000000) + (({v} % 1000000000) * (f % 1000000000) + 500000000) / 1000000000) END"
    )


#: Sets the base-currency amounts of the orders the appended WHERE picks (all without one).
SET_BASE_AMOUNTS = (
    f"UPDATE orders SET (amount_base_minor, margin_base_minor) = "
    f"(SELECT {_converted('amount_minor')}, {_converted('margin_minor')} FROM (SELECT {_FACTOR} AS f))"
)

V7_FROM_ANYWHERE = f"""
ALTER TABLE customers RENAME COLUMN address TO street;
ALTER TABLE customers ADD COLUMN postcode TEXT;
ALTER TABLE customers ADD COLUMN country TEXT;
ALTER TABLE customers ADD COLUMN phone_invalid INTEGER NOT NULL DEFAULT 0 CHECK (phone_invalid IN (0, 1));
UPDATE customers SET phone_invalid = 1 WHERE trim(ifnull(phone, '')) <> '' AND phone_e164 IS NULL;

CREATE TABLE rates (
    currency   TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
    valid_from TEXT NOT NULL DEFAULT '0001-01-01',
    rate       TEXT NOT NULL CHECK (CAST(rate AS REAL) > 0),
    PRIMARY KEY (currency, valid_from)
) WITHOUT ROWID;

ALTER TABLE orders ADD COLUMN amount_base_minor INTEGER;
ALTER TABLE orders ADD COLUMN margin_base_minor INTEGER;
DROP INDEX orders_scoring;
CREATE INDEX orders_scoring ON orders(customer_id, ordered_at, amount_base_minor, margin_base_minor)
    WHERE deleted_at IS NULL;
CREATE INDEX orders_unconverted ON orders(currency) WHERE amount_base_minor IS NULL AND deleted_at IS NULL;

CREATE TRIGGER orders_base_insert AFTER INSERT ON orders BEGIN
    {SET_BASE_AMOUNTS} WHERE id = NEW.id;
END;
CREATE TRIGGER orders_base_update AFTER UPDATE OF ordered_at, amount_minor, margin_minor, currency ON orders BEGIN
    {SET_BASE_AMOUNTS} WHERE id = NEW.id;
END;
CREATE TRIGGER rates_insert AFTER INSERT ON rates BEGIN
    {SET_BASE_AMOUNTS} WHERE currency = NEW.currency;
END;
CREATE TRIGGER rates_update AFTER UPDATE ON rates BEGIN
    {SET_BASE_AMOUNTS} WHERE currency IN (OLD.currency, NEW.currency);
END;
CREATE TRIGGER rates_delete AFTER DELETE ON rates BEGIN
    {SET_BASE_AMOUNTS} WHERE currency = OLD.currency;
END;
CREATE TRIGGER settings_currency_insert AFTER INSERT ON settings WHEN NEW.key = 'currency' BEGIN
    {SET_BASE_AMOUNTS};
END;
CREATE TRIGGER settings_currency_update AFTER UPDATE ON settings
WHEN NEW.key = 'currency' AND NEW.value IS NOT OLD.value BEGIN
    {SET_BASE_AMOUNTS};
END;
CREATE TRIGGER settings_currency_delete AFTER DELETE ON settings WHEN OLD.key = 'currency' BEGIN
    {SET_BASE_AMOUNTS};
END;
{SET_BASE_AMOUNTS};

"""
#: The people part of v7 (e9005e6): the ``contacts`` table, each customer's one contact moved into it as
#: its primary person, ``interactions.contact_id``, and the search view and triggers that read people.
#: The tail of V7; also the repair of a book written as v7 before people landed (EARLY_V7_REPAIR).
#: It starts by dropping the search view and triggers that read ``contact_name`` (in v6 and in early
#: v7 alike), since SQLite cannot drop a column a view or trigger names.
V7_PEOPLE = """\
DROP VIEW customer_search_source;
DROP TRIGGER customers_fts_insert;
DROP TRIGGER customers_fts_update;

CREATE TABLE contacts (
    id            INTEGER PRIMARY KEY,
    customer_id   INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
    title         TEXT,
    phone         TEXT,
    phone_e164    TEXT,
    phone_invalid INTEGER NOT NULL DEFAULT 0 CHECK (phone_invalid IN (0, 1)),
    email         TEXT,
    im            TEXT,
    notes         TEXT,
    is_primary    INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)),
    left_at       TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    row_version   INTEGER NOT NULL DEFAULT 1,
    deleted_at    TEXT,
    import_id     INTEGER REFERENCES imports(id)
);
CREATE INDEX contacts_customer ON contacts(customer_id, is_primary DESC, id);
CREATE UNIQUE INDEX contacts_one_primary ON contacts(customer_id) WHERE is_primary = 1 AND deleted_at IS NULL;
CREATE INDEX contacts_phone_e164 ON contacts(phone_e164) WHERE phone_e164 IS NOT NULL;
CREATE INDEX contacts_email ON contacts(email) WHERE email IS NOT NULL;
CREATE INDEX contacts_import ON contacts(import_id) WHERE import_id IS NOT NULL;
INSERT INTO contacts (customer_id, name, title, is_primary, created_at, updated_at)
SELECT id, trim(coalesce(nullif(trim(contact_name), ''), contact_title)), nullif(trim(contact_title), ''), 1,
       created_at, updated_at
FROM customers WHERE trim(ifnull(contact_name, '')) <> '' OR trim(ifnull(contact_title, '')) <> '';
ALTER TABLE customers DROP COLUMN contact_name;
ALTER TABLE customers DROP COLUMN contact_title;

ALTER TABLE interactions ADD COLUMN contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL;
CREATE INDEX interactions_contact ON interactions(contact_id) WHERE contact_id IS NOT NULL;

CREATE VIEW customer_search_source AS
SELECT c.id AS id,
       custui_customer_doc(c.code, c.name, c.phone, c.phone_e164, c.email, c.industry, c.region, c.city, c.notes,
                           c.street, c.postcode, c.country,
                           (SELECT json_group_array(json_object('name', p.name, 'title', p.title, 'phone', p.phone,
                                                                'phone_e164', p.phone_e164, 'email', p.email, 'im', p.im))
                            FROM (SELECT * FROM contacts WHERE customer_id = c.id AND deleted_at IS NULL
                                  ORDER BY is_primary DESC, id) p)) AS doc,
       custui_pinyin(c.name, (SELECT group_concat(p.name, ' ')
                              FROM (SELECT name FROM contacts WHERE customer_id = c.id AND deleted_at IS NULL
                                    ORDER BY is_primary DESC, id) p)) AS pinyin
FROM customers c;
CREATE TRIGGER customers_fts_insert AFTER INSERT ON customers BEGIN
    INSERT INTO customer_fts(rowid, doc, pinyin)
    SELECT id, doc, pinyin FROM customer_search_source WHERE id = NEW.id;
END;
CREATE TRIGGER contacts_fts_insert AFTER INSERT ON contacts BEGIN
    DELETE FROM customer_fts WHERE rowid = NEW.customer_id;
    INSERT INTO customer_fts(rowid, doc, pinyin)
    SELECT id, doc, pinyin FROM customer_search_source WHERE id = NEW.customer_id;
END;
CREATE TRIGGER contacts_fts_update AFTER UPDATE OF
    customer_id, name, title, phone, phone_e164, email, im, is_primary, deleted_at ON contacts BEGIN
    DELETE FROM customer_fts WHERE rowid IN (OLD.customer_id, NEW.customer_id);
    INSERT INTO customer_fts(rowid, doc, pinyin)
    SELECT id, doc, pinyin FROM customer_search_source WHERE id IN (OLD.customer_id, NEW.customer_id);
END;
CREATE TRIGGER contacts_fts_delete AFTER DELETE ON contacts BEGIN
    DELETE FROM customer_fts WHERE rowid = OLD.customer_id;
    INSERT INTO customer_fts(rowid, doc, pinyin)
    SELECT id, doc, pinyin FROM customer_search_source WHERE id = OLD.customer_id;
END;
"""
#: Schema v7: data from anywhere, then people.
V7 = V7_FROM_ANYWHERE + V7_PEOPLE
#: Created by migrate_v7 once it has re-indexed every customer itself (faster than the trigger).
V7_SEARCH_TRIGGER = """
CREATE TRIGGER customers_fts_update AFTER UPDATE OF
    code, name, phone, phone_e164, email, industry, region, city, notes, street, postcode, country ON customers BEGIN
    DELETE FROM customer_fts WHERE rowid = OLD.id;
    INSERT INTO customer_fts(rowid, doc, pinyin)
    SELECT id, doc, pinyin FROM customer_search_source WHERE id = NEW.id;
END
"""


def migrate_v7(conn: sqlite3.Connection) -> None:
    """Take postcode, city, region and country out of each old one-line address where they are certain
    (core.addresses.split_address), and re-index every customer: addresses and people are searched now.
    Big books do it in worker processes (~85k addresses and 100k documents at 100k customers)."""
    from custui.core.parallel import map_chunks, workers_for

    rows = [
        tuple(r)
        for r in conn.execute(f"SELECT id, {', '.join(_V7_COLUMNS)} FROM customers ORDER BY id")
    ]
    people: dict[int, list[dict[str, str | None]]] = {}
    for customer_id, name, title in conn.execute(
        "SELECT customer_id, name, title FROM contacts ORDER BY id"
    ):
        people.setdefault(customer_id, []).append({"name": name, "title": title})
    work = [(row, people.get(row[0], [])) for row in rows]
    for chunk in map_chunks(
        _v7_parts_and_docs, work, size=V7_CHUNK, workers=workers_for(len(work))
    ):
        conn.executemany(
            "UPDATE customers SET street = ?, postcode = ?, city = coalesce(city, ?), region = coalesce(region, ?), "
            "country = ? WHERE id = ?",
            [update for update, _ in chunk if update is not None],
        )
        conn.executemany(
            "UPDATE customer_fts SET doc = ? WHERE rowid = ?", [doc for _, doc in chunk]
        )
    conn.execute(V7_SEARCH_TRIGGER)


#: Customers re-indexed per chunk (in worker processes for a big book).
V7_CHUNK = 2_000
#: What the v7 step reads of each customer: its search document's columns (core.search_docs), in order.
_V7_COLUMNS = (
    "code",
    "name",
    "phone",
    "phone_e164",
    "email",
    "industry",
    "region",
    "city",
    "notes",
    "street",
)


def _v7_parts_and_docs(
    work: list[tuple[tuple[Any, ...], list[dict[str, str | None]]]],
) -> list[tuple[tuple[Any, ...] | None, tuple[str, int]]]:
    """For each (customer row, its people): the address UPDATE's parameters (None without an address) and
    the customer's new search document."""
    from custui.core.addresses import split_address
    from custui.core.phones import country_of_number
    from custui.core.search_docs import customer_doc

    out = []
    for (
        customer_id,
        code,
        name,
        phone,
        e164,
        email,
        industry,
        region,
        city,
        notes,
        street,
    ), people in work:
        update, postcode, country = None, None, None
        if street and street.strip():
            parts = split_address(street, country=country_of_number(e164), city=city)
            country = split_address(street, city=city).country  # only when the address names it
            street, postcode = parts.street, parts.postcode
            update = (parts.street, parts.postcode, parts.city, parts.region, country, customer_id)
            city, region = city or parts.city, region or parts.region
        doc = customer_doc(code, name, phone, e164, email, industry, region, city, notes, street, postcode, country,
                           people)  # fmt: skip
        out.append((update, (doc, customer_id)))
    return out


# -- early v7: a book written as v7 before people landed -------------------------------------------
# From 0d9176b to 993deec (2 Dec) custui wrote schema v7 without people; e9005e6 then added them to
# v7 (V7_PEOPLE) without raising the version.  Such a book has the rest of v7 (addresses in parts,
# phone_invalid, rates and base amounts), but its customers still hold their one contact
# (contact_name, contact_title), its search view and triggers read those columns, and it has no
# contacts table: v8's triggers on contacts and v9's DROP TRIGGER contacts_fts_* would fail.
# db.migrate brings it to the final v7 first, in the same transaction as the rest: the people part
# of v7, each customer re-indexed through v7's search view (documents with their people, as today's
# custui writes them), and v7's update trigger, as migrate_v7 leaves it.
EARLY_V7_REPAIR = f"""{V7_PEOPLE}
DELETE FROM customer_fts;
INSERT INTO customer_fts(rowid, doc, pinyin) SELECT id, doc, pinyin FROM customer_search_source;
{V7_SEARCH_TRIGGER}"""


def is_early_v7(conn: sqlite3.Connection) -> bool:
    """Is this book at v7 in the form written before people landed (no ``contacts`` table)?"""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    people = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'contacts'"
    ).fetchone()
    return bool(version == 7 and people is None)


# -- v8: the last scored ranking kept in the file, and a count of changes to know it is current ------
# book_changes.counter moves on every write to what scores and the list read, by any program (plain
# SQL triggers, no custui function): a kept ranking made at another count is stale.  score_ranks is
# the ranking as the list's first screen shows it (read without pandas); score_cache holds what it
# was made for and the whole score frame (Arrow IPC), from which the list is rebuilt unscored.
V8_COUNTED_TABLES = ("customers", "interactions", "orders", "tags", "customer_tags", "contacts")
V8 = """
CREATE TABLE book_changes (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    counter INTEGER NOT NULL
);
INSERT INTO book_changes (id, counter) VALUES (1, 0);

CREATE TABLE score_cache (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    format INTEGER NOT NULL,
    as_of TEXT NOT NULL,
    settings TEXT NOT NULL,
    changes INTEGER NOT NULL,
    scored_at TEXT NOT NULL,
    meta TEXT NOT NULL,
    frame BLOB NOT NULL
);

CREATE TABLE score_ranks (
    customer_id INTEGER PRIMARY KEY,
    rank INTEGER NOT NULL,
    score REAL,
    tier TEXT,
    priority TEXT,
    segment_label TEXT,
    rfm_cell TEXT,
    last_contact TEXT,
    next_action_due TEXT
);
""" + "".join(
    f"CREATE TRIGGER {table}_counted_{event.lower()} AFTER {event} ON {table} BEGIN "
    "UPDATE book_changes SET counter = counter + 1 WHERE id = 1; END;\n"
    for table in V8_COUNTED_TABLES
    for event in ("INSERT", "UPDATE", "DELETE")
)


# -- v9: plain-SQL triggers only: any program can write the file ------------------------------------
# The search triggers called custui_customer_doc() and custui_pinyin() (through the
# customer_search_source view) and custui_doc(), which only custui registers: sqlite3, Datasette or
# DB Browser could not change a customer, a person or a tag.  Now triggers only note what changed,
# in search_queue and tag_search_queue, and custui brings the search index up to date
# (store.search_index) on open, before a search, and when another program wrote the file.
V9 = """
DROP TRIGGER customers_fts_insert;
DROP TRIGGER customers_fts_update;
DROP TRIGGER contacts_fts_insert;
DROP TRIGGER contacts_fts_update;
DROP TRIGGER contacts_fts_delete;
DROP TRIGGER tags_fts_insert;
DROP TRIGGER tags_fts_update;
DROP VIEW customer_search_source;

CREATE TABLE search_queue (customer_id INTEGER PRIMARY KEY);
CREATE TABLE tag_search_queue (tag_id INTEGER PRIMARY KEY);

CREATE TRIGGER customers_search_queue_insert AFTER INSERT ON customers BEGIN
    INSERT OR IGNORE INTO search_queue (customer_id) VALUES (NEW.id);
END;
CREATE TRIGGER customers_search_queue_update AFTER UPDATE OF
    code, name, phone, phone_e164, email, industry, region, city, notes, street, postcode, country ON customers BEGIN
    INSERT OR IGNORE INTO search_queue (customer_id) VALUES (NEW.id);
END;
CREATE TRIGGER contacts_search_queue_insert AFTER INSERT ON contacts BEGIN
    INSERT OR IGNORE INTO search_queue (customer_id) VALUES (NEW.customer_id);
END;
CREATE TRIGGER contacts_search_queue_update AFTER UPDATE OF
    customer_id, name, title, phone, phone_e164, email, im, is_primary, deleted_at ON contacts BEGIN
    INSERT OR IGNORE INTO search_queue (customer_id) VALUES (OLD.customer_id);
    INSERT OR IGNORE INTO search_queue (customer_id) VALUES (NEW.customer_id);
END;
CREATE TRIGGER contacts_search_queue_delete AFTER DELETE ON contacts BEGIN
    INSERT OR IGNORE INTO search_queue (customer_id) VALUES (OLD.customer_id);
END;
CREATE TRIGGER tags_search_queue_insert AFTER INSERT ON tags BEGIN
    INSERT OR IGNORE INTO tag_search_queue (tag_id) VALUES (NEW.id);
END;
CREATE TRIGGER tags_search_queue_update AFTER UPDATE OF name ON tags BEGIN
    INSERT OR IGNORE INTO tag_search_queue (tag_id) VALUES (NEW.id);
END;
"""


# -- v10: payment terms: when an order is due and when it was paid (issue 22) -----------------------
# ``paid`` (v1) stays what it was: 1 paid, 0 not, NULL unknown, and every stored value keeps its
# meaning.  ``due_on`` is the day payment is due (the order day plus the terms, or a day agreed);
# ``paid_on`` the day it was paid, NULL while unpaid or when the day is not known (an order paid
# before v10).  A day paid implies paid: the CHECK refuses paid_on beside a paid that is not 1, from
# any program.  The partial index serves the money owed and the payment score input, which read
# only orders with terms or not paid, never the whole table.
V10 = """
ALTER TABLE orders ADD COLUMN due_on TEXT;
ALTER TABLE orders ADD COLUMN paid_on TEXT CHECK (paid_on IS NULL OR paid = 1);
CREATE INDEX orders_payment ON orders(customer_id, due_on, paid_on, paid, ordered_at)
    WHERE deleted_at IS NULL AND (due_on IS NOT NULL OR paid = 0);
"""


# -- v11: score history: every customer's score, tier, segment and priority once a month (issue 22) ----
# One row per snapshot day and customer: the primary key makes a second snapshot of the same day
# replace the first (store.history deletes the day's rows and writes them again in one transaction).
# Like score_ranks it is derived data without a foreign key (customers are never deleted for real:
# deleted_at, merged_into; checking one would cost a fifth of a 100k snapshot's write).  ``segment``
# is the segment as the list shows it (score_ranks.segment_label), so a snapshot can be taken from
# the kept ranking alone.  Not counted by book_changes: a snapshot never makes the kept ranking stale.  The index
# serves one customer's scores over the months (the customer screen's sparkline).
V11 = """
CREATE TABLE score_snapshots (
    day         TEXT NOT NULL,
    customer_id INTEGER NOT NULL,
    score       REAL,
    tier        TEXT,
    segment     TEXT,
    priority    TEXT,
    PRIMARY KEY (day, customer_id)
) WITHOUT ROWID;
CREATE INDEX score_snapshots_customer ON score_snapshots(customer_id, day);
"""


# -- v12: the kept ranking's order in one read (issue 19) -------------------------------------------
# The list's first rows wait for the ranked order of every customer.  Read from score_ranks it was
# 100k rows and a sort in Python (~70–140 ms at 100k); kept beside the frame as one array of 64-bit
# ids in rank order (native byte order is never assumed: little-endian), it is one read (~2 ms).
# NULL in a ranking kept before v12: the list then reads score_ranks as before.
V12 = """
ALTER TABLE score_cache ADD COLUMN ranked BLOB;
"""


@dataclass(frozen=True)
class Migration:
    """One step of the schema: frozen SQL, then (rarely) a frozen Python step over the same transaction."""

    sql: str
    after: Callable[[Any], None] | None = None


#: Migration steps; index i brings a file from user_version i to i + 1.
MIGRATIONS: tuple[Migration, ...] = (
    *(Migration(sql) for sql in (V1, V2, V3, V4, V5, V6)),
    Migration(V7, migrate_v7),
    Migration(V8),
    Migration(V9),
    Migration(V10),
    Migration(V11),
    Migration(V12),
)

SCHEMA_VERSION = len(MIGRATIONS)
