-- The same for what my journal stands behind (couple_items, journal/0003): the fields a
-- listing or a grant decision compares, without the ciphertext and author seal before
-- them. The full row is read only for an item that is published or sealed now.
CREATE INDEX couple_items_headers
    ON couple_items (kind, topic, envelope_id, format, question_hash, signature, created_at, version, agreed,
                     grant_seal);
