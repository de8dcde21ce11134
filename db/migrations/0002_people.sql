-- Departments, people and the topics each person can teach or wants to learn.
--
-- Conventions of the domain schema (this file and the ones after it):
--   * keys are bigint GENERATED ALWAYS AS IDENTITY;
--   * enums are text with a CHECK listing the values exactly as the GraphQL enum spells them;
--   * every row the application changes has version integer NOT NULL DEFAULT 1, the optimistic
--     concurrency token: the application adds 1 on every update (MentorGraphDbContext does it in one
--     place) and updates WHERE version = the one it read;
--   * rules the database enforces with triggers raise SQLSTATEs of our own class MG (MG001, MG002, ...),
--     listed in src/Persistence/DatabaseRuleViolations.cs and db/migrations/README.md;
--   * texts have generous hard caps here; the API's own (configurable) limits are tighter.

-- Trigram indexes serve the API's case-insensitive `contains` filters on names, emails and titles.
-- pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it without superuser.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE departments (
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name       text        NOT NULL,
    version    integer     NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT departments_name_not_blank CHECK (btrim(name) <> '' AND char_length(name) <= 200),
    CONSTRAINT departments_version_positive CHECK (version > 0)
);

-- Case-insensitive: "Finance" and "finance" are one department. Also serves the list's order by name.
CREATE UNIQUE INDEX departments_name_unique ON departments (lower(name));

COMMENT ON TABLE departments IS 'Organisational units people belong to.';

-- The band order EXECUTIVE > SENIOR > MID > JUNIOR as numbers (JUNIOR 1 ... EXECUTIVE 4); NULL for
-- anything else. Pairings use it: the senior's rank must be higher than the junior's (MG002).
CREATE FUNCTION band_rank(band text) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN CASE band WHEN 'JUNIOR' THEN 1 WHEN 'MID' THEN 2 WHEN 'SENIOR' THEN 3 WHEN 'EXECUTIVE' THEN 4 END;

COMMENT ON FUNCTION band_rank(text) IS 'Band order EXECUTIVE(4) > SENIOR(3) > MID(2) > JUNIOR(1); mirrored by BandOrder in src/Persistence/Domain.';

CREATE TABLE people (
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name           text        NOT NULL,
    email          text        NOT NULL,
    title          text        NULL,
    department_id  bigint      NULL REFERENCES departments (id),
    band           text        NOT NULL,
    active         boolean     NOT NULL DEFAULT true,
    deactivated_at timestamptz NULL,
    version        integer     NOT NULL DEFAULT 1,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT people_name_not_blank CHECK (btrim(name) <> '' AND char_length(name) <= 200),
    CONSTRAINT people_email_format CHECK (
        char_length(email) <= 320 AND email = btrim(email) AND email ~ '^[^@[:space:]]+@[^@[:space:]]+$'),
    CONSTRAINT people_title_length CHECK (title IS NULL OR char_length(title) <= 200),
    CONSTRAINT people_band_values CHECK (band IN ('EXECUTIVE', 'SENIOR', 'MID', 'JUNIOR')),
    CONSTRAINT people_deactivated_at_when_inactive CHECK (active = (deactivated_at IS NULL)),
    CONSTRAINT people_version_positive CHECK (version > 0)
);

COMMENT ON TABLE people IS 'Everyone who can take part in mentoring. Never deleted: leavers are deactivated (active = false) and keep their history. No age or birth date, on purpose.';
COMMENT ON COLUMN people.email IS 'Stored as entered; unique case-insensitively (people_email_unique on lower(email)).';
COMMENT ON COLUMN people.band IS 'EXECUTIVE > SENIOR > MID > JUNIOR (band_rank).';
COMMENT ON COLUMN people.deactivated_at IS 'When the person left; set exactly when active is false.';

-- One person per email whatever its case; also the sign-in lookup (the token's email claim) and the
-- email filter's eq.
CREATE UNIQUE INDEX people_email_unique ON people (lower(email));
-- The directory's default order and the name sort (keyset: the key last).
CREATE INDEX people_name_id ON people (name, id);
-- Filter by department (and the FK: a department is never deleted while people point at it).
CREATE INDEX people_department_id ON people (department_id, id);
-- Case-insensitive `contains` / `endsWith` on name, email and title.
CREATE INDEX people_name_trgm ON people USING gin (lower(name) gin_trgm_ops);
CREATE INDEX people_email_trgm ON people USING gin (lower(email) gin_trgm_ops);
CREATE INDEX people_title_trgm ON people USING gin (lower(title) gin_trgm_ops);
-- No index on band or active alone: four values / two values over a few thousand people; a scan of
-- the name index or the table is as fast and costs no write.

-- Topics a person can teach / wants to learn. Rows are inserted and deleted, never updated, so they
-- carry no version; a change of a person's topics is an update of the person (the application bumps the
-- person's version with it).
CREATE TABLE person_can_teach (
    person_id bigint NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    topic_id  text   NOT NULL REFERENCES topics (id),
    PRIMARY KEY (person_id, topic_id)
);

CREATE TABLE person_wants_to_learn (
    person_id bigint NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    topic_id  text   NOT NULL REFERENCES topics (id),
    PRIMARY KEY (person_id, topic_id)
);

-- "Who can teach X" / "who wants to learn X" (the primary keys serve the person's own list).
CREATE INDEX person_can_teach_topic_id ON person_can_teach (topic_id, person_id);
CREATE INDEX person_wants_to_learn_topic_id ON person_wants_to_learn (topic_id, person_id);

COMMENT ON TABLE person_can_teach IS 'Topics a person offers to teach (Person.canTeach).';
COMMENT ON TABLE person_wants_to_learn IS 'Topics a person wants to learn (Person.wantsToLearn).';
