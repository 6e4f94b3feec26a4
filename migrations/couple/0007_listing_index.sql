-- The Prompts list and grant resolution read every envelope's small, signed fields
-- (DESIGN.md §7: 1,000 answered prompts listed in < 10 ms). In the table those fields sit
-- after the ciphertext, on its overflow pages; this index holds them (and the id) so
-- that listing and resolving never read a ciphertext they do not open.
CREATE INDEX envelopes_headers
    ON envelopes (author_id, kind, topic, is_current, version, created_at, format, question_hash, signature);
