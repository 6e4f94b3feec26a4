-- The couple space (couple.db, SQLCipher with the couple key). Its pages are
-- authenticated by SQLCipher's HMAC, so what is read here was written by a holder
-- of the couple key: the partners' public keys used for grants come from here.
CREATE TABLE partners (
    id          TEXT PRIMARY KEY,
    public_key  BLOB NOT NULL CHECK (length(public_key) = 32),
    joined_at   INTEGER NOT NULL
) WITHOUT ROWID;
