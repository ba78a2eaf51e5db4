"""Tables, indexes, full-text search and the migrations between schema versions.

Each migration is frozen SQL: once released it never changes, so a file made by
any earlier custui can be brought forward step by step.  ``PRAGMA user_version``
records the last step applied; ``PRAGMA application_id`` marks the file as ours.
"""

from __future__ import annotations

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

#: Migration scripts; index i brings a file from user_version i to i + 1.
MIGRATIONS: tuple[str, ...] = (V1, V2, V3, V4, V5, V6)

SCHEMA_VERSION = len(MIGRATIONS)
