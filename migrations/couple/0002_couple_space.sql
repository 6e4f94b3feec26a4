-- The couple space (docs/ARCHITECTURE.md, "The couple space and the reveal protocol").
-- Everything that can be shared is an envelope; whether a partner can read it is a
-- fact of this data: a grant row holds the item key sealed to the reader.

-- kind: 1 answer (topic = prompt id), 2 check-in (topic = review date YYYY-MM-DD),
-- 3 offered entry (topic = the entry's prompt id or '').
-- ciphertext = nonce ‖ XChaCha20-Poly1305(item_key, plaintext, AD = id ‖ author ‖ kind ‖ topic)
-- author_seal = crypto_box_seal(item_key, author's public key)
-- version: 1, 2, ... per (author, kind, topic), so versions order without relying on clocks.
-- is_current: 1 for the version in force; 0 for an earlier version kept only because
-- it had been revealed when its author edited it.
CREATE TABLE envelopes (
    id           TEXT PRIMARY KEY CHECK (length(id) = 32),
    author_id    TEXT NOT NULL REFERENCES partners(id),
    kind         INTEGER NOT NULL CHECK (kind IN (1, 2, 3)),
    topic        TEXT NOT NULL,
    ciphertext   BLOB NOT NULL,
    author_seal  BLOB NOT NULL,
    created_at   INTEGER NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1,
    is_current   INTEGER NOT NULL DEFAULT 1 CHECK (is_current IN (0, 1))
) WITHOUT ROWID;
CREATE UNIQUE INDEX envelopes_one_current
    ON envelopes (author_id, kind, topic) WHERE is_current = 1 AND kind IN (1, 2);
CREATE INDEX envelopes_by_topic ON envelopes (kind, topic);

-- A partner's consent to reveal a reciprocal topic, bound to their own version:
-- envelope id + BLAKE2b of its ciphertext, and a tag keyed by that envelope's item
-- key (only the author can make or check it).
CREATE TABLE consents (
    partner_id       TEXT NOT NULL REFERENCES partners(id),
    kind             INTEGER NOT NULL CHECK (kind IN (1, 2)),
    topic            TEXT NOT NULL,
    envelope_id      TEXT NOT NULL,
    ciphertext_hash  BLOB NOT NULL,
    tag              BLOB NOT NULL,
    given_at         INTEGER NOT NULL,
    PRIMARY KEY (partner_id, kind, topic)
) WITHOUT ROWID;

-- seal = crypto_box_seal(item_key, reader's public key).
CREATE TABLE grants (
    envelope_id  TEXT NOT NULL REFERENCES envelopes(id) ON DELETE CASCADE,
    reader_id    TEXT NOT NULL REFERENCES partners(id),
    seal         BLOB NOT NULL,
    granted_at   INTEGER NOT NULL,
    PRIMARY KEY (envelope_id, reader_id)
) WITHOUT ROWID;
CREATE INDEX grants_by_reader ON grants (reader_id);

-- Which prompt packs each partner has chosen to see (no row: the pack's default).
CREATE TABLE pack_choices (
    partner_id  TEXT NOT NULL REFERENCES partners(id),
    pack_id     TEXT NOT NULL,
    enabled     INTEGER NOT NULL CHECK (enabled IN (0, 1)),
    PRIMARY KEY (partner_id, pack_id)
) WITHOUT ROWID;

-- The couple's own prompts (pack "custom"); retired ones stay for the answers that name them.
CREATE TABLE custom_prompts (
    id          TEXT PRIMARY KEY,
    text        TEXT NOT NULL,
    follow_up   TEXT NOT NULL DEFAULT '',
    added_by    TEXT NOT NULL REFERENCES partners(id),
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    retired_at  INTEGER
) WITHOUT ROWID;

-- Couple-wide settings (the review day).
CREATE TABLE couple_settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) WITHOUT ROWID;

-- Weekly reviews: one per review date (YYYY-MM-DD, the review day it belongs to).
CREATE TABLE reviews (
    review_date  TEXT PRIMARY KEY,
    saved_at     INTEGER NOT NULL
) WITHOUT ROWID;

-- One intention each for the week after a review; written together, read by both.
CREATE TABLE intentions (
    review_date  TEXT NOT NULL,
    partner_id   TEXT NOT NULL REFERENCES partners(id),
    text         TEXT NOT NULL,
    updated_at   INTEGER NOT NULL,
    PRIMARY KEY (review_date, partner_id)
) WITHOUT ROWID;
