-- Key rotations (docs/ARCHITECTURE.md, "Re-keying"). A partner who re-keys gets new
-- X25519 and Ed25519 key pairs; the other partner's journal pins the old ones. A row here,
-- signed by the OLD signing key over (partner id, old keys, new keys), is what lets the
-- other partner's session move its pin to the new keys. A swap of keys without such a
-- signature stays "keys changed": no grant, nothing trusted.
CREATE TABLE key_rotations (
    partner_id        TEXT NOT NULL REFERENCES partners(id),
    old_public_key    BLOB NOT NULL CHECK (length(old_public_key) = 32),
    old_sign_key      BLOB NOT NULL CHECK (length(old_sign_key) = 32),
    new_public_key    BLOB NOT NULL CHECK (length(new_public_key) = 32),
    new_sign_key      BLOB NOT NULL CHECK (length(new_sign_key) = 32),
    signature         BLOB NOT NULL,
    rotated_at        INTEGER NOT NULL,
    PRIMARY KEY (partner_id, new_sign_key)
) WITHOUT ROWID;

CREATE TRIGGER generation_key_rotations_insert AFTER INSERT ON key_rotations
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_key_rotations_update AFTER UPDATE ON key_rotations
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_key_rotations_delete AFTER DELETE ON key_rotations
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;
