-- Entries that came from an import, by a hash of their content (BLAKE2b-256 of the
-- title, text and time written; see core/import), so importing the same file again
-- skips them. An entry deleted after import keeps its row (entry_id becomes NULL):
-- what you deleted does not come back on the next import of the same file.
CREATE TABLE imported_entries (
    content_hash  BLOB PRIMARY KEY CHECK (length(content_hash) = 32),
    entry_id      INTEGER REFERENCES entries (id) ON DELETE SET NULL,
    imported_at   INTEGER NOT NULL
) WITHOUT ROWID;
