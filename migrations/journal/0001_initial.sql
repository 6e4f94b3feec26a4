-- A partner's private journal (partner-<id>.db, SQLCipher). Times are UTC milliseconds.
--
-- Column order matters: the small columns the list shows come first and the body
-- last, so reading a list row never walks a long body's overflow pages.
-- first_line (the list's preview line) and word_count (the document length search
-- ranking uses) are derived from the text on every write.
CREATE TABLE entries (
    id          INTEGER PRIMARY KEY,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    mood        INTEGER CHECK (mood IS NULL OR mood BETWEEN 1 AND 5),
    kinds       INTEGER NOT NULL DEFAULT 0 CHECK (kinds BETWEEN 0 AND 15),
    word_count  INTEGER NOT NULL DEFAULT 0,
    prompt_id   TEXT,
    title       TEXT    NOT NULL DEFAULT '',
    first_line  TEXT    NOT NULL DEFAULT '',
    body        TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX entries_newest_first ON entries (created_at DESC, id DESC);
-- Search ranks every matching row by its length and age: this small covering
-- index answers that without reading (and decrypting) the rows' pages.
CREATE INDEX entries_search_rank ON entries (id, created_at, word_count);

-- fold_key is the tag's case-folded spelling (Unicode-aware, done by core), so
-- "Love" and "love" are one tag; name keeps the first spelling used.
CREATE TABLE tags (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL,
    fold_key  TEXT NOT NULL UNIQUE
);

CREATE TABLE entry_tags (
    entry_id  INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    tag_id    INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (entry_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX entry_tags_by_tag ON entry_tags (tag_id);

-- Autosaved text being written. entry_key is the entry's id, or 0 for a new entry.
-- tags holds the draft's tags length-prefixed ("<bytes>:<tag>" repeated), so any
-- text round-trips exactly.
CREATE TABLE drafts (
    entry_key  INTEGER PRIMARY KEY,
    title      TEXT    NOT NULL DEFAULT '',
    body       TEXT    NOT NULL DEFAULT '',
    mood       INTEGER,
    kinds      INTEGER NOT NULL DEFAULT 0,
    tags       TEXT    NOT NULL DEFAULT '',
    prompt_id  TEXT,
    saved_at   INTEGER NOT NULL
);

CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) WITHOUT ROWID;

-- Full-text index. Contentless (the text already lives in entries); rows are
-- deleted by id, which contentless_delete allows. Kept in sync by core in the
-- same transaction as every write to entries.
CREATE VIRTUAL TABLE entries_fts USING fts5 (
    title, body, tags,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);
