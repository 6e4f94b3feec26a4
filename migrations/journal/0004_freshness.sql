-- Freshness (docs/ARCHITECTURE.md, "Freshness"): a counter that every committed change
-- to this journal advances, so a copy of an older journal put back in its place is
-- seen to be older than what this partner last saw (core/vault/Freshness.cpp).
-- Triggers fire per row, so one save may advance it by several: only "older" matters.

CREATE TABLE generation (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    value  INTEGER NOT NULL
);
INSERT INTO generation (id, value) VALUES (1, 0);

-- The highest couple.db generation this partner has seen. Written by this partner
-- alone (the journal's key is theirs); no trigger: recording it is not a change.
CREATE TABLE couple_seen (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    value  INTEGER NOT NULL
);

CREATE TRIGGER generation_entries_insert AFTER INSERT ON entries
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_entries_update AFTER UPDATE ON entries
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_entries_delete AFTER DELETE ON entries
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_tags_insert AFTER INSERT ON tags
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_tags_update AFTER UPDATE ON tags
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_tags_delete AFTER DELETE ON tags
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_entry_tags_insert AFTER INSERT ON entry_tags
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_entry_tags_update AFTER UPDATE ON entry_tags
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_entry_tags_delete AFTER DELETE ON entry_tags
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_drafts_insert AFTER INSERT ON drafts
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_drafts_update AFTER UPDATE ON drafts
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_drafts_delete AFTER DELETE ON drafts
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_settings_insert AFTER INSERT ON settings
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_settings_update AFTER UPDATE ON settings
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_settings_delete AFTER DELETE ON settings
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_imported_entries_insert AFTER INSERT ON imported_entries
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_imported_entries_update AFTER UPDATE ON imported_entries
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_imported_entries_delete AFTER DELETE ON imported_entries
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_couple_items_insert AFTER INSERT ON couple_items
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_couple_items_update AFTER UPDATE ON couple_items
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_couple_items_delete AFTER DELETE ON couple_items
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_couple_kept_insert AFTER INSERT ON couple_kept
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_couple_kept_update AFTER UPDATE ON couple_kept
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_couple_kept_delete AFTER DELETE ON couple_kept
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_couple_offers_insert AFTER INSERT ON couple_offers
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_couple_offers_update AFTER UPDATE ON couple_offers
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_couple_offers_delete AFTER DELETE ON couple_offers
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;
