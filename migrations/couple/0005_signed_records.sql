-- Signed records (docs/ARCHITECTURE.md, "Signed records (protocol v2)"). Either partner
-- holds the couple key and can write any row here, so the rows that carry someone's
-- words or choices are signed with the Ed25519 key of the partner who wrote them, and
-- a reader checks the signature against the key pinned in its own journal.
--
-- custom_prompts.signature (0003) is by signed_by: who added or last edited/retired it.
ALTER TABLE custom_prompts ADD COLUMN signed_by TEXT;
-- A saved review is signed by the partner whose session saved it.
ALTER TABLE reviews ADD COLUMN signed_by TEXT;
ALTER TABLE reviews ADD COLUMN signature BLOB;
-- An intention is signed by its partner (partner_id).
ALTER TABLE intentions ADD COLUMN signature BLOB;
-- The partner's own signature over (id, display name, colour) as keyring.db holds them:
-- keyring.db's row MAC is keyed by its owner's master key, which the other partner
-- cannot check; this they can.
ALTER TABLE partners ADD COLUMN profile_signature BLOB;
