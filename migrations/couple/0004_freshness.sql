-- Freshness (docs/ARCHITECTURE.md, "Freshness"): a counter that every committed change
-- to couple.db advances. Each partner records the highest value they saw in their own
-- journal, keyring record and state file; an older couple.db is reported at unlock.
-- Either partner holds the couple key and so can set this counter: it catches an
-- older file put back, not a partner who rewrites the counter (docs/SECURITY.md).

CREATE TABLE generation (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    value  INTEGER NOT NULL
);
INSERT INTO generation (id, value) VALUES (1, 0);

CREATE TRIGGER generation_partners_insert AFTER INSERT ON partners
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_partners_update AFTER UPDATE ON partners
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_partners_delete AFTER DELETE ON partners
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_envelopes_insert AFTER INSERT ON envelopes
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_envelopes_update AFTER UPDATE ON envelopes
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_envelopes_delete AFTER DELETE ON envelopes
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_consents_insert AFTER INSERT ON consents
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_consents_update AFTER UPDATE ON consents
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_consents_delete AFTER DELETE ON consents
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_grants_insert AFTER INSERT ON grants
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_grants_update AFTER UPDATE ON grants
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_grants_delete AFTER DELETE ON grants
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_pack_choices_insert AFTER INSERT ON pack_choices
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_pack_choices_update AFTER UPDATE ON pack_choices
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_pack_choices_delete AFTER DELETE ON pack_choices
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_custom_prompts_insert AFTER INSERT ON custom_prompts
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_custom_prompts_update AFTER UPDATE ON custom_prompts
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_custom_prompts_delete AFTER DELETE ON custom_prompts
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_couple_settings_insert AFTER INSERT ON couple_settings
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_couple_settings_update AFTER UPDATE ON couple_settings
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_couple_settings_delete AFTER DELETE ON couple_settings
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_reviews_insert AFTER INSERT ON reviews
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_reviews_update AFTER UPDATE ON reviews
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_reviews_delete AFTER DELETE ON reviews
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_intentions_insert AFTER INSERT ON intentions
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_intentions_update AFTER UPDATE ON intentions
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_intentions_delete AFTER DELETE ON intentions
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;
