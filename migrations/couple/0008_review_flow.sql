-- The guided weekly review (issue 15; docs/ARCHITECTURE.md, "Signed records (protocol v2)").
-- The shared steps' notes (what went well, a talk topic, "what I heard", kind words on
-- last week's intentions) are plain rows like intentions, each signed by the partner
-- who wrote it (partner_id) over every column but the signature. `about` is, for a
-- kind word, the partner whose intention it is about; '' otherwise.
CREATE TABLE review_notes (
    id          TEXT PRIMARY KEY CHECK (length(id) = 32),
    review_date TEXT NOT NULL,
    kind        INTEGER NOT NULL CHECK (kind IN (1, 2, 3, 4)), -- went_well, talk_topic, heard, kind_word
    partner_id  TEXT NOT NULL REFERENCES partners(id),
    about       TEXT NOT NULL DEFAULT '',
    position    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    updated_at  INTEGER NOT NULL,
    signature   BLOB NOT NULL
) WITHOUT ROWID;
CREATE INDEX review_notes_by_date ON review_notes (review_date, kind, position);

-- Format 2 reviews are signed over the review's contents (contents_hash: the notes, the
-- private steps revealed in the sitting, the intentions), so a note deleted, edited,
-- added or put back afterwards is reported when the review is reopened. Saved in
-- Together mode, so the partner who did not save countersigns the same message: neither
-- can re-sign the record alone. Format 1 rows (signed_by, signature) read as before.
ALTER TABLE reviews ADD COLUMN format INTEGER NOT NULL DEFAULT 1 CHECK (format IN (1, 2));
ALTER TABLE reviews ADD COLUMN contents_hash BLOB;
ALTER TABLE reviews ADD COLUMN countersignature BLOB;

-- Freshness (0004): every change to the notes advances the counter.
CREATE TRIGGER generation_review_notes_insert AFTER INSERT ON review_notes
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_review_notes_update AFTER UPDATE ON review_notes
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_review_notes_delete AFTER DELETE ON review_notes
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;
