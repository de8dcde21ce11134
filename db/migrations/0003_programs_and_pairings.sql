-- Programs (cohorts), pairings of a senior and a junior in a program, and each pairing's status history.

CREATE TABLE programs (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name            text        NOT NULL,
    description     text        NOT NULL DEFAULT '',
    goals           text        NOT NULL DEFAULT '',
    starts_on       date        NOT NULL,
    ends_on         date        NOT NULL,
    default_cadence text        NOT NULL,
    version         integer     NOT NULL DEFAULT 1,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT programs_name_not_blank CHECK (btrim(name) <> '' AND char_length(name) <= 200),
    CONSTRAINT programs_description_length CHECK (char_length(description) <= 10000),
    CONSTRAINT programs_goals_length CHECK (char_length(goals) <= 10000),
    CONSTRAINT programs_ends_after_start CHECK (ends_on >= starts_on),
    CONSTRAINT programs_default_cadence_values CHECK (default_cadence IN ('WEEKLY', 'BIWEEKLY', 'MONTHLY')),
    CONSTRAINT programs_version_positive CHECK (version > 0)
);

COMMENT ON TABLE programs IS 'A mentoring cohort with its dates and the cadence its pairings start with.';

-- Orders and filters the API offers on programs: name (also `contains`) and startsOn.
CREATE INDEX programs_name_id ON programs (name, id);
CREATE INDEX programs_starts_on_id ON programs (starts_on, id);
CREATE INDEX programs_name_trgm ON programs USING gin (lower(name) gin_trgm_ops);

CREATE TABLE pairings (
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    program_id     bigint      NOT NULL REFERENCES programs (id),
    senior_id      bigint      NOT NULL REFERENCES people (id),
    junior_id      bigint      NOT NULL REFERENCES people (id),
    senior_expects text        NOT NULL DEFAULT '',
    junior_expects text        NOT NULL DEFAULT '',
    cadence        text        NOT NULL,
    status         text        NOT NULL DEFAULT 'PROPOSED',
    proposed_by_id bigint      NULL REFERENCES people (id),
    proposed_at    timestamptz NOT NULL DEFAULT now(),
    respond_by     timestamptz NOT NULL,
    started_at     timestamptz NULL,
    ended_at       timestamptz NULL,
    at_risk        boolean     NOT NULL DEFAULT false,
    version        integer     NOT NULL DEFAULT 1,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pairings_two_people CHECK (senior_id <> junior_id),
    CONSTRAINT pairings_expects_length CHECK (char_length(senior_expects) <= 4000 AND char_length(junior_expects) <= 4000),
    CONSTRAINT pairings_cadence_values CHECK (cadence IN ('WEEKLY', 'BIWEEKLY', 'MONTHLY')),
    CONSTRAINT pairings_status_values CHECK (status IN ('PROPOSED', 'ACTIVE', 'PAUSED', 'COMPLETED', 'CANCELLED', 'DECLINED', 'EXPIRED')),
    CONSTRAINT pairings_respond_by_after_proposal CHECK (respond_by > proposed_at),
    -- Started: every status reached through ACTIVE. (CANCELLED may come straight from PROPOSED when a
    -- participant leaves, so it does not imply a start.)
    CONSTRAINT pairings_started_when_begun CHECK (status NOT IN ('ACTIVE', 'PAUSED', 'COMPLETED') OR started_at IS NOT NULL),
    -- Ended: exactly the closed statuses.
    CONSTRAINT pairings_ended_exactly_when_closed CHECK (
        (ended_at IS NOT NULL) = (status IN ('COMPLETED', 'CANCELLED', 'DECLINED', 'EXPIRED'))),
    CONSTRAINT pairings_ends_after_start CHECK (ended_at IS NULL OR started_at IS NULL OR ended_at >= started_at),
    CONSTRAINT pairings_version_positive CHECK (version > 0)
);

COMMENT ON TABLE pairings IS 'A senior and a junior in a program. Status machine PROPOSED -> ACTIVE <-> PAUSED -> COMPLETED | CANCELLED, PROPOSED -> DECLINED | EXPIRED | CANCELLED (pairings_check_status_edge, MG001).';
COMMENT ON COLUMN pairings.senior_id IS 'The participant with the higher band (pairings_check_band_order, MG002).';
COMMENT ON COLUMN pairings.proposed_by_id IS 'Who proposed it; NULL when proposed by an integration without a person.';
COMMENT ON COLUMN pairings.respond_by IS 'A PROPOSED pairing not answered by then is EXPIRED by a job (default 14 days after proposal, configured in the application).';
COMMENT ON COLUMN pairings.started_at IS 'When it first became ACTIVE.';
COMMENT ON COLUMN pairings.ended_at IS 'When it reached a closed status (COMPLETED, CANCELLED, DECLINED, EXPIRED).';
COMMENT ON COLUMN pairings.at_risk IS 'Set by a later job (e.g. no session for too long); false until then.';

-- At most one open (PROPOSED, ACTIVE or PAUSED) pairing per two people per program, whichever of them is
-- the senior: least/greatest make (A,B) and (B,A) the same pair. Closed pairings are outside the index,
-- so a pair may start again after a COMPLETED, CANCELLED, DECLINED or EXPIRED one.
CREATE UNIQUE INDEX pairings_one_open_per_pair ON pairings (program_id, least(senior_id, junior_id), greatest(senior_id, junior_id))
    WHERE status IN ('PROPOSED', 'ACTIVE', 'PAUSED');

-- Person -> pairings (either side), newest first; also the FK lookups.
CREATE INDEX pairings_senior_id ON pairings (senior_id, proposed_at, id);
CREATE INDEX pairings_junior_id ON pairings (junior_id, proposed_at, id);
-- Program -> pairings and the program filter.
CREATE INDEX pairings_program_id ON pairings (program_id, proposed_at, id);
-- The orders the API offers (proposedAt, startedAt), the key last for keyset paging.
CREATE INDEX pairings_proposed_at_id ON pairings (proposed_at, id);
CREATE INDEX pairings_started_at_id ON pairings (started_at, id);
-- The expiry job's work list: only PROPOSED rows are in it, so it stays small.
CREATE INDEX pairings_proposed_respond_by ON pairings (respond_by) WHERE status = 'PROPOSED';
-- The few pairings flagged at risk (a filter and a dashboard list).
CREATE INDEX pairings_at_risk ON pairings (id) WHERE at_risk;
-- No index on status or cadence alone: a handful of values; the filters combine with the indexes above.
-- proposed_by_id has no index: people are never deleted, and nothing lists pairings by proposer.

CREATE TABLE pairing_status_changes (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    pairing_id   bigint      NOT NULL REFERENCES pairings (id) ON DELETE CASCADE,
    from_status  text        NULL,
    to_status    text        NOT NULL,
    by_person_id bigint      NULL REFERENCES people (id),
    at           timestamptz NOT NULL DEFAULT now(),
    reason       text        NULL,
    CONSTRAINT pairing_status_changes_from_status_values CHECK (
        from_status IS NULL OR from_status IN ('PROPOSED', 'ACTIVE', 'PAUSED', 'COMPLETED', 'CANCELLED', 'DECLINED', 'EXPIRED')),
    CONSTRAINT pairing_status_changes_to_status_values CHECK (
        to_status IN ('PROPOSED', 'ACTIVE', 'PAUSED', 'COMPLETED', 'CANCELLED', 'DECLINED', 'EXPIRED')),
    CONSTRAINT pairing_status_changes_is_a_change CHECK (from_status IS DISTINCT FROM to_status),
    CONSTRAINT pairing_status_changes_reason_length CHECK (reason IS NULL OR char_length(reason) <= 2000)
);

COMMENT ON TABLE pairing_status_changes IS 'Append-only history of a pairing''s status: the first row (from_status NULL) is its creation, then one row per transition, written by the application in the same transaction as the change.';
COMMENT ON COLUMN pairing_status_changes.by_person_id IS 'Who made the change; NULL for the system (the expiry job) or an integration without a person.';

-- Pairing.statusHistory, oldest first.
CREATE INDEX pairing_status_changes_pairing_id ON pairing_status_changes (pairing_id, at, id);

-- MG002: the senior's band must be higher than the junior's, checked when a pairing is created and
-- when its participants change (a later change of a person's band does not reopen old pairings).
CREATE FUNCTION pairings_check_band_order() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    senior_band text;
    junior_band text;
BEGIN
    SELECT band INTO senior_band FROM people WHERE id = NEW.senior_id;
    SELECT band INTO junior_band FROM people WHERE id = NEW.junior_id;
    -- A missing person is the foreign key's error, and one person on both sides the CHECK
    -- pairings_two_people's, both reported after this trigger.
    IF NEW.senior_id <> NEW.junior_id AND senior_band IS NOT NULL AND junior_band IS NOT NULL AND band_rank(senior_band) <= band_rank(junior_band) THEN
        RAISE EXCEPTION 'The senior''s band (%) must be higher than the junior''s (%).', senior_band, junior_band
            USING ERRCODE = 'MG002', TABLE = 'pairings', COLUMN = 'senior_id';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER pairings_check_band_order
    BEFORE INSERT OR UPDATE OF senior_id, junior_id ON pairings
    FOR EACH ROW EXECUTE FUNCTION pairings_check_band_order();

-- The pairing state machine: the edges a status may take. Mirrored by PairingStateMachine in
-- src/Persistence/Domain (a test drives every (from, to) pair through both).
CREATE FUNCTION pairing_status_edge_allowed(from_status text, to_status text) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN (from_status, to_status) IN (
        ('PROPOSED', 'ACTIVE'), ('PROPOSED', 'DECLINED'), ('PROPOSED', 'EXPIRED'), ('PROPOSED', 'CANCELLED'),
        ('ACTIVE', 'PAUSED'), ('ACTIVE', 'COMPLETED'), ('ACTIVE', 'CANCELLED'),
        ('PAUSED', 'ACTIVE'), ('PAUSED', 'COMPLETED'), ('PAUSED', 'CANCELLED'));

COMMENT ON FUNCTION pairing_status_edge_allowed(text, text) IS 'The pairing status edges. PROPOSED -> CANCELLED is not a mutation of the API: it is taken only when a participant is deactivated.';

-- MG001: a status change must be an edge of the state machine. A pairing may be inserted in any status
-- (the seed and imports load history); from then on only edges.
CREATE FUNCTION pairings_check_status_edge() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status IS DISTINCT FROM OLD.status AND NOT pairing_status_edge_allowed(OLD.status, NEW.status) THEN
        RAISE EXCEPTION 'A pairing cannot go from % to %.', OLD.status, NEW.status
            USING ERRCODE = 'MG001', TABLE = 'pairings', COLUMN = 'status';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER pairings_check_status_edge
    BEFORE UPDATE OF status ON pairings
    FOR EACH ROW EXECUTE FUNCTION pairings_check_status_edge();

-- MG009: no deactivated person in a new open pairing, nor in one that becomes ACTIVE again (accept,
-- resume). Closed pairings of leavers may still be loaded (history).
CREATE FUNCTION pairings_check_participants_active() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF (TG_OP = 'INSERT' AND NEW.status IN ('PROPOSED', 'ACTIVE', 'PAUSED'))
        OR (TG_OP = 'UPDATE' AND NEW.status = 'ACTIVE' AND OLD.status IS DISTINCT FROM 'ACTIVE')
        OR (TG_OP = 'UPDATE' AND NEW.status IN ('PROPOSED', 'ACTIVE', 'PAUSED')
            AND (NEW.senior_id <> OLD.senior_id OR NEW.junior_id <> OLD.junior_id)) THEN
        IF EXISTS (SELECT 1 FROM people WHERE id IN (NEW.senior_id, NEW.junior_id) AND NOT active) THEN
            RAISE EXCEPTION 'A deactivated person cannot take part in an open pairing.'
                USING ERRCODE = 'MG009', TABLE = 'pairings';
        END IF;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER pairings_check_participants_active
    BEFORE INSERT OR UPDATE OF status, senior_id, junior_id ON pairings
    FOR EACH ROW EXECUTE FUNCTION pairings_check_participants_active();
