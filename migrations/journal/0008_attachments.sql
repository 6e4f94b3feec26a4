-- Photos attached to entries (docs/PHOTOS.md), inside this encrypted journal: never a file
-- of their own. The metadata row is small so an entry opens without reading any image;
-- the bytes live in attachment_data and are read one photo at a time.
--   position: order within the entry (0, 1, ...).
--   removed_from: set while the entry is deleted and its Undo is still possible
--   (entry_id is then NULL); such rows are purged at the next delete and the next open.
CREATE TABLE attachments (
    id            INTEGER PRIMARY KEY,
    entry_id      INTEGER REFERENCES entries (id) ON DELETE CASCADE,
    removed_from  INTEGER,
    position      INTEGER NOT NULL,
    mime_type     TEXT    NOT NULL,
    width         INTEGER,
    height        INTEGER,
    byte_size     INTEGER NOT NULL CHECK (byte_size > 0),
    file_name     TEXT    NOT NULL DEFAULT '',
    added_at      INTEGER NOT NULL,
    CHECK ((entry_id IS NULL) <> (removed_from IS NULL))
);
CREATE INDEX attachments_by_entry ON attachments (entry_id, position);
CREATE INDEX attachments_removed ON attachments (removed_from) WHERE removed_from IS NOT NULL;

CREATE TABLE attachment_data (
    attachment_id INTEGER PRIMARY KEY REFERENCES attachments (id) ON DELETE CASCADE,
    bytes         BLOB NOT NULL
);

-- Freshness (migration 0004): a change to the photos moves the journal's generation, so an
-- older copy of this file put back (a photo gone again, or one removed come back) is reported.
CREATE TRIGGER generation_attachments_insert AFTER INSERT ON attachments
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_attachments_update AFTER UPDATE ON attachments
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_attachments_delete AFTER DELETE ON attachments
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_attachment_data_update AFTER UPDATE ON attachment_data
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;
