-- This partner's side of the couple space (protocol v2). The journal is the authority
-- on what its author agreed to reveal (docs/ARCHITECTURE.md): couple.db can be edited
-- or put back by the other partner, this file cannot be written without this partner's key.

-- My current version of each answer (kind 1, topic = prompt id) and check-in (kind 2,
-- topic = review date): the whole signed envelope, so it can be published exactly as
-- agreed. Until agreed it exists nowhere else.
--   agreed:     1 while I agree to reveal exactly this version (it is then published)
--   grant_seal: the grant my session wrote (the item key sealed to my partner), byte for
--               byte; NULL before. A grant row in couple.db that differs is not mine.
CREATE TABLE couple_items (
    kind           INTEGER NOT NULL CHECK (kind IN (1, 2)),
    topic          TEXT NOT NULL,
    envelope_id    TEXT NOT NULL UNIQUE CHECK (length(envelope_id) = 32),
    format         INTEGER NOT NULL DEFAULT 2 CHECK (format IN (1, 2)),
    question       TEXT NOT NULL DEFAULT '',
    question_hash  BLOB NOT NULL,
    ciphertext     BLOB NOT NULL,
    author_seal    BLOB NOT NULL,
    signature      BLOB NOT NULL,
    created_at     INTEGER NOT NULL,
    version        INTEGER NOT NULL,
    agreed         INTEGER NOT NULL DEFAULT 0 CHECK (agreed IN (0, 1)),
    grant_seal     BLOB,
    PRIMARY KEY (kind, topic)
) WITHOUT ROWID;

-- Earlier versions of mine that stay published because they had been revealed when I
-- edited them (what was read cannot be unread), until I retract.
CREATE TABLE couple_kept (
    envelope_id  TEXT PRIMARY KEY,
    kind         INTEGER NOT NULL,
    topic        TEXT NOT NULL
) WITHOUT ROWID;

-- My offered entries (kind 3), whole and with the grant I wrote: only these may stand
-- under my name in couple.db, byte for byte; one that goes missing is put back.
CREATE TABLE couple_offers (
    envelope_id    TEXT PRIMARY KEY CHECK (length(envelope_id) = 32),
    topic          TEXT NOT NULL,
    format         INTEGER NOT NULL DEFAULT 2,
    question_hash  BLOB NOT NULL,
    ciphertext     BLOB NOT NULL,
    author_seal    BLOB NOT NULL,
    signature      BLOB NOT NULL,
    created_at     INTEGER NOT NULL,
    grant_seal     BLOB
) WITHOUT ROWID;

-- Topics where couple.db held something under my name that my journal never agreed to
-- (a re-inserted row, an older couple.db, a forged item). Shown as "the shared file was
-- changed" until I act on the topic again.
CREATE TABLE couple_alerts (
    kind     INTEGER NOT NULL,
    topic    TEXT NOT NULL,
    seen_at  INTEGER NOT NULL,
    PRIMARY KEY (kind, topic)
) WITHOUT ROWID;

-- My partner's items that I could read under protocol v1 (unsigned then): they stay
-- readable, by id and ciphertext hash, until their author's session signs them.
CREATE TABLE couple_legacy_trusted (
    envelope_id      TEXT PRIMARY KEY,
    ciphertext_hash  BLOB NOT NULL
) WITHOUT ROWID;

-- My partner's public keys as first seen (pinned): a later change in couple.db or
-- keyring.db is reported, never silently trusted.
CREATE TABLE couple_pins (
    partner_id       TEXT PRIMARY KEY,
    box_public_key   BLOB NOT NULL,
    sign_public_key  BLOB NOT NULL
) WITHOUT ROWID;

-- Versions my session is removing from couple.db right now (withdrawn, replaced,
-- retracted): found there after a crash they are removed without an alarm. Empty
-- between operations.
CREATE TABLE couple_unpublishing (
    envelope_id  TEXT PRIMARY KEY
) WITHOUT ROWID;
