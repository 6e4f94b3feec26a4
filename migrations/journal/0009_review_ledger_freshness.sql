-- Freshness (migration 0004) for the reviews this journal kept (migration 0007): a save
-- noted, confirmed or forgotten moves the journal's generation, so an older copy of this
-- file put back, which would forget a saved review and let its removal from couple.db pass
-- unreported, is itself reported.
CREATE TRIGGER generation_review_ledger_insert AFTER INSERT ON review_ledger
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_review_ledger_update AFTER UPDATE ON review_ledger
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER generation_review_ledger_delete AFTER DELETE ON review_ledger
    BEGIN UPDATE generation SET value = value + 1 WHERE id = 1; END;
