-- Insights (issue 11): the history engagement needs for a past period — each change of a pairing's at_risk flag and of
-- its cadence, with the moment it happened. pairings keeps only the present values, so until now a period that ended in
-- the past counted the pairings flagged today and expected sessions at each pairing's present cadence.
--
-- How it stays current: triggers on pairings, whoever writes (the at-risk job, a transition clearing the flag, a cadence
-- change, the seed's COPY): a new pairing records its flag and cadence as of its proposal (proposed_at, when it begins to
-- exist), an UPDATE that changes either records the new value at now() (the writing transaction's start). Deleting a
-- pairing deletes its rows; TRUNCATE of pairings (seed --force) empties both tables. No foreign key to pairings, for the
-- same reason as insights.pairing_profiles (0018): seed --force truncates pairings without CASCADE.
--
-- Backfill: every existing pairing gets its present flag and cadence from its proposal — the history before this
-- migration is not known, so a period before it still sees the values as they stood when it ran (as before); from here on
-- the history is exact.

CREATE TABLE insights.pairing_at_risk_changes (
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    pairing_id bigint      NOT NULL,
    at         timestamptz NOT NULL,
    at_risk    boolean     NOT NULL
);

COMMENT ON TABLE insights.pairing_at_risk_changes IS 'Each value pairings.at_risk took, with the moment it took it (a pairing''s first row is dated at its proposal: its flag then, or — for a pairing older than migration 0020 — the flag as it stood when the migration ran). Kept by triggers on pairings; engagement reads the flag at a period''s end from it.';
COMMENT ON COLUMN insights.pairing_at_risk_changes.at IS 'When the flag took this value: proposed_at for a new pairing, else now() of the transaction that changed it. Ties are ordered by id.';

-- A pairing's flag history in order (engagement scans it whole with lead(); a pairing's own rows for a look-up).
CREATE INDEX pairing_at_risk_changes_pairing_id ON insights.pairing_at_risk_changes (pairing_id, at, id);

CREATE TABLE insights.pairing_cadence_changes (
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    pairing_id bigint      NOT NULL,
    at         timestamptz NOT NULL,
    cadence    text        NOT NULL,
    CONSTRAINT pairing_cadence_changes_cadence_values CHECK (cadence IN ('WEEKLY', 'BIWEEKLY', 'MONTHLY'))
);

COMMENT ON TABLE insights.pairing_cadence_changes IS 'Each value pairings.cadence took, with the moment it took it (a pairing''s first row is dated at its proposal: its cadence then, or — for a pairing older than migration 0020 — its cadence when the migration ran). Kept by triggers on pairings; engagement expects sessions per ACTIVE stretch at the cadence in force then.';
COMMENT ON COLUMN insights.pairing_cadence_changes.at IS 'When the cadence took this value: proposed_at for a new pairing, else now() of the transaction that changed it. Ties are ordered by id.';

-- A pairing's cadence history in order.
CREATE INDEX pairing_cadence_changes_pairing_id ON insights.pairing_cadence_changes (pairing_id, at, id);

-- New pairings (one statement, however many rows: the seed COPYs tens of thousands): their values as of their proposal.
CREATE FUNCTION insights.pairing_history_inserted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO insights.pairing_at_risk_changes (pairing_id, at, at_risk)
    SELECT id, proposed_at, at_risk FROM new_rows ORDER BY id;
    INSERT INTO insights.pairing_cadence_changes (pairing_id, at, cadence)
    SELECT id, proposed_at, cadence FROM new_rows ORDER BY id;
    RETURN NULL;
END
$$;

-- A changed flag or cadence (the row trigger's WHEN lets only real changes in).
CREATE FUNCTION insights.pairing_history_updated() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.at_risk IS DISTINCT FROM OLD.at_risk THEN
        INSERT INTO insights.pairing_at_risk_changes (pairing_id, at, at_risk) VALUES (NEW.id, now(), NEW.at_risk);
    END IF;
    IF NEW.cadence IS DISTINCT FROM OLD.cadence THEN
        INSERT INTO insights.pairing_cadence_changes (pairing_id, at, cadence) VALUES (NEW.id, now(), NEW.cadence);
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION insights.pairing_history_deleted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM insights.pairing_at_risk_changes WHERE pairing_id IN (SELECT id FROM old_rows);
    DELETE FROM insights.pairing_cadence_changes WHERE pairing_id IN (SELECT id FROM old_rows);
    RETURN NULL;
END
$$;

CREATE FUNCTION insights.pairing_history_truncated() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE insights.pairing_at_risk_changes, insights.pairing_cadence_changes RESTART IDENTITY;
    RETURN NULL;
END
$$;

CREATE TRIGGER pairings_history_inserted AFTER INSERT ON pairings
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insights.pairing_history_inserted();
-- A row trigger: transition tables cannot be combined with a column list, and the WHEN keeps every other update (a
-- transition, an edit of the expectations) free of it.
CREATE TRIGGER pairings_history_updated AFTER UPDATE OF at_risk, cadence ON pairings
    FOR EACH ROW WHEN (NEW.at_risk IS DISTINCT FROM OLD.at_risk OR NEW.cadence IS DISTINCT FROM OLD.cadence)
    EXECUTE FUNCTION insights.pairing_history_updated();
CREATE TRIGGER pairings_history_deleted AFTER DELETE ON pairings
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION insights.pairing_history_deleted();
CREATE TRIGGER pairings_history_truncated AFTER TRUNCATE ON pairings
    FOR EACH STATEMENT EXECUTE FUNCTION insights.pairing_history_truncated();

-- The backfill: the present values, from each pairing's proposal.
INSERT INTO insights.pairing_at_risk_changes (pairing_id, at, at_risk) SELECT id, proposed_at, at_risk FROM pairings ORDER BY id;
INSERT INTO insights.pairing_cadence_changes (pairing_id, at, cadence) SELECT id, proposed_at, cadence FROM pairings ORDER BY id;
