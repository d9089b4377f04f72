-- Schema version 1 of a PostgreSQL negotiation store (docs/storage.md, "Tables").
-- The integer microsecond columns are the ones both engines share; the ranges and timestamps beside them are generated
-- from them, so they can never disagree. An open start is -9223372036854775808, an open end 9223372036854775807.
CREATE FUNCTION negotiation_instant(micros bigint) RETURNS timestamptz
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE WHEN micros = -9223372036854775808 THEN '-infinity'::timestamptz
                WHEN micros = 9223372036854775807 THEN 'infinity'::timestamptz
                ELSE to_timestamp(micros / 1000000.0) END;

CREATE TABLE records (
    name text PRIMARY KEY,
    version bigint NOT NULL,
    last_recorded bigint NOT NULL
);

CREATE TABLE commits (
    record text NOT NULL REFERENCES records (name),
    version bigint NOT NULL,
    recorded_at bigint NOT NULL,
    author text NOT NULL,
    application text NOT NULL,
    message text NOT NULL,
    entities_written integer NOT NULL,
    header text NOT NULL,
    PRIMARY KEY (record, version)
);

CREATE TABLE entity_versions (
    record text NOT NULL,
    kind text NOT NULL,
    id text NOT NULL,
    from_version bigint NOT NULL,
    to_version bigint,
    recorded_from bigint NOT NULL,
    recorded_to bigint,
    position bigint NOT NULL,
    valid_from bigint,
    valid_to bigint,
    known_from bigint NOT NULL,
    body text NOT NULL,
    -- Never empty: an empty range matches and overlaps nothing, so a point in time is a closed range.
    valid tstzrange GENERATED ALWAYS AS (
        CASE WHEN valid_from IS NULL THEN NULL
             WHEN valid_from = valid_to THEN tstzrange(negotiation_instant(valid_from), negotiation_instant(valid_to), '[]')
             ELSE tstzrange(negotiation_instant(valid_from), negotiation_instant(valid_to), '[)') END) STORED,
    known_from_at timestamptz GENERATED ALWAYS AS (negotiation_instant(known_from)) STORED,
    PRIMARY KEY (record, kind, id, from_version),
    CHECK ((valid_from IS NULL) = (valid_to IS NULL)),
    CHECK (valid_from IS NULL OR valid_from <= valid_to),
    CHECK (to_version IS NULL OR to_version > from_version)
);

-- Current rows apart (partial indexes), so that corrections piling up in history do not slow current reads.
CREATE UNIQUE INDEX entity_current ON entity_versions (record, kind, id) WHERE to_version IS NULL;
CREATE INDEX entity_current_order ON entity_versions (record, kind, position) WHERE to_version IS NULL;
CREATE INDEX entity_current_valid ON entity_versions USING gist (valid) WHERE to_version IS NULL;
CREATE INDEX entity_current_known ON entity_versions (record, known_from) WHERE to_version IS NULL;
CREATE INDEX entity_versions_span ON entity_versions (record, from_version, to_version);

CREATE TABLE entity_refs (
    record text NOT NULL,
    kind text NOT NULL,
    id text NOT NULL,
    from_version bigint NOT NULL,
    ref_kind text NOT NULL,
    ref_id text NOT NULL,
    PRIMARY KEY (record, kind, id, from_version, ref_kind, ref_id)
);

CREATE INDEX entity_refs_target ON entity_refs (record, ref_kind, ref_id);

-- Views and functions for other languages: times as timestamptz (NULL when open), no When texts to parse.
CREATE VIEW entity_versions_readable AS
SELECT record, kind, id, from_version, to_version,
       negotiation_instant(recorded_from) AS recorded_from_utc,
       CASE WHEN recorded_to IS NULL THEN NULL ELSE negotiation_instant(recorded_to) END AS recorded_to_utc,
       position,
       CASE WHEN valid_from IS NULL OR valid_from = -9223372036854775808 THEN NULL ELSE negotiation_instant(valid_from) END AS valid_from_utc,
       CASE WHEN valid_to IS NULL OR valid_to = 9223372036854775807 THEN NULL ELSE negotiation_instant(valid_to) END AS valid_until_utc,
       CASE WHEN known_from = -9223372036854775808 THEN NULL ELSE negotiation_instant(known_from) END AS known_from_utc,
       valid_from IS NOT NULL AS has_time,
       valid, valid_from, valid_to, known_from, recorded_from, recorded_to,
       body
FROM entity_versions;

CREATE VIEW current_entities AS
SELECT * FROM entity_versions_readable WHERE to_version IS NULL;

CREATE VIEW commit_log AS
SELECT record, version, negotiation_instant(recorded_at) AS recorded_at_utc, recorded_at, author, application, message, entities_written
FROM commits;

-- The entities of a record as the store stood at an instant of its clock and as known at a knowledge time (NULL: all).
CREATE FUNCTION entities_as_of(p_record text, p_recorded_at timestamptz, p_known_at timestamptz DEFAULT NULL)
    RETURNS SETOF entity_versions_readable
    LANGUAGE sql STABLE
AS $$
    WITH v AS (SELECT max(c.version) AS version FROM commits c WHERE c.record = p_record AND negotiation_instant(c.recorded_at) <= p_recorded_at)
    SELECT e.*
    FROM entity_versions_readable e, v
    WHERE e.record = p_record
      AND e.from_version <= v.version
      AND (e.to_version IS NULL OR e.to_version > v.version)
      AND (p_known_at IS NULL OR negotiation_instant(e.known_from) <= p_known_at)
    ORDER BY e.kind, e.position
$$;

-- A role for downstream applications: it reads the tables, views and functions, and writes nothing. Roles belong to the
-- whole server, so stores initialised at once in two databases may both find it missing: the loser of that race finds
-- it made.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'negotiation_reader') THEN
        CREATE ROLE negotiation_reader NOLOGIN;
    END IF;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;
GRANT USAGE ON SCHEMA public TO negotiation_reader;
GRANT SELECT ON records, commits, entity_versions, entity_refs, store_info, entity_versions_readable, current_entities, commit_log TO negotiation_reader;
GRANT EXECUTE ON FUNCTION negotiation_instant(bigint), entities_as_of(text, timestamptz, timestamptz) TO negotiation_reader;
