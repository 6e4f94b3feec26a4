-- What this partner's own journal keeps of every guided (format 2) weekly review it saved
-- or countersigned (docs/ARCHITECTURE.md, "What the shared file cannot undo"): couple.db's
-- record of that date must be exactly this save, or the review is reported as changed or
-- removed. The other partner can edit couple.db, never this file.
--   saved_at, contents_hash: the last save couple.db committed (NULL before the first).
--   pending_*: a save begun, written before couple.db's record and cleared once it is in.
CREATE TABLE review_ledger (
    review_date       TEXT PRIMARY KEY,
    saved_at          INTEGER,
    contents_hash     BLOB,
    pending_saved_at  INTEGER,
    pending_hash      BLOB
) WITHOUT ROWID;

-- The day this journal began keeping them: a record without an entry here is accepted
-- only as one saved before then (WeeklyReview, "from before the ledger").
INSERT OR IGNORE INTO settings (key, value)
VALUES ('review_ledger_since', strftime('%Y-%m-%d', 'now'));
