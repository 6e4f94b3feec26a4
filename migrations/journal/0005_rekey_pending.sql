-- Re-keying ("Lock out anyone who knew my old password", docs/ARCHITECTURE.md,
-- "Re-keying"). While a re-key is not finished in couple.db, the new journal keeps the
-- partner's old X25519 secret key and Ed25519 seed here (this file is encrypted under the
-- new key): they open the grants still sealed to the old key and sign the key rotation.
-- The row is deleted once couple.db has been brought over to the new keys.
CREATE TABLE rekey_pending (
    id               INTEGER PRIMARY KEY CHECK (id = 1),
    old_box_secret   BLOB NOT NULL,
    old_sign_seed    BLOB NOT NULL,
    started_at       INTEGER NOT NULL
);
