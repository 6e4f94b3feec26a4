-- Protocol v2 (docs/ARCHITECTURE.md, "The couple space and the reveal protocol").
-- Publishing is agreeing: an answer or check-in appears here only once its author
-- agreed to reveal it, so the consents table of v1 is read once by each author's
-- session (to move their state into their own journal) and then emptied.
--
-- Every envelope is signed by its author's Ed25519 key over
-- (id, kind, topic, author, question hash, BLAKE2b(ciphertext), created_at, version).
-- format 1: written by the first release (AD v1, answer plaintext is the bare text);
--           signed by its author's first v2 session.
-- format 2: AD v2 binds the question hash; an answer's plaintext carries its question.
ALTER TABLE partners ADD COLUMN sign_public_key BLOB CHECK (sign_public_key IS NULL OR length(sign_public_key) = 32);
ALTER TABLE envelopes ADD COLUMN format INTEGER NOT NULL DEFAULT 1 CHECK (format IN (1, 2));
ALTER TABLE envelopes ADD COLUMN question_hash BLOB;
ALTER TABLE envelopes ADD COLUMN signature BLOB;
-- Custom prompts are signed by the partner who wrote or last edited them.
ALTER TABLE custom_prompts ADD COLUMN signature BLOB;
