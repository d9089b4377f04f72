-- Schema version 1 of a SQLite negotiation store (docs/storage.md, "Tables").
-- Times are integer microseconds since 1970-01-01T00:00:00Z; an open start is -9223372036854775808, an open end 9223372036854775807.
CREATE TABLE records (
    name TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    last_recorded INTEGER NOT NULL
);

CREATE TABLE commits (
    record TEXT NOT NULL REFERENCES records (name),
    version INTEGER NOT NULL,
    recorded_at INTEGER NOT NULL,
    author TEXT NOT NULL,
    application TEXT NOT NULL,
    message TEXT NOT NULL,
    entities_written INTEGER NOT NULL,
    header TEXT NOT NULL,
    PRIMARY KEY (record, version)
);

CREATE TABLE entity_versions (
    record TEXT NOT NULL,
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    from_version INTEGER NOT NULL,
    to_version INTEGER,
    recorded_from INTEGER NOT NULL,
    recorded_to INTEGER,
    position INTEGER NOT NULL,
    valid_from INTEGER,
    valid_to INTEGER,
    known_from INTEGER NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (record, kind, id, from_version),
    CHECK ((valid_from IS NULL) = (valid_to IS NULL)),
    CHECK (valid_from IS NULL OR valid_from <= valid_to),
    CHECK (to_version IS NULL OR to_version > from_version)
) WITHOUT ROWID;

-- Current rows apart (partial indexes), so that corrections piling up in history do not slow current reads.
CREATE UNIQUE INDEX entity_current ON entity_versions (record, kind, id) WHERE to_version IS NULL;
CREATE INDEX entity_current_order ON entity_versions (record, kind, position) WHERE to_version IS NULL;
CREATE INDEX entity_current_valid ON entity_versions (record, valid_from, valid_to) WHERE to_version IS NULL AND valid_from IS NOT NULL;
CREATE INDEX entity_current_known ON entity_versions (record, known_from) WHERE to_version IS NULL;
CREATE INDEX entity_versions_span ON entity_versions (record, from_version, to_version);

CREATE TABLE entity_refs (
    record TEXT NOT NULL,
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    from_version INTEGER NOT NULL,
    ref_kind TEXT NOT NULL,
    ref_id TEXT NOT NULL,
    PRIMARY KEY (record, kind, id, from_version, ref_kind, ref_id)
) WITHOUT ROWID;

CREATE INDEX entity_refs_target ON entity_refs (record, ref_kind, ref_id);

-- Views for other languages: times as sortable ISO 8601 UTC texts (NULL when open), no When texts to parse.
CREATE VIEW entity_versions_readable AS
SELECT record, kind, id, from_version, to_version,
       strftime('%Y-%m-%dT%H:%M:%fZ', recorded_from / 1000000.0, 'unixepoch') AS recorded_from_utc,
       CASE WHEN recorded_to IS NULL THEN NULL ELSE strftime('%Y-%m-%dT%H:%M:%fZ', recorded_to / 1000000.0, 'unixepoch') END AS recorded_to_utc,
       position,
       CASE WHEN valid_from IS NULL OR valid_from = -9223372036854775808 THEN NULL ELSE strftime('%Y-%m-%dT%H:%M:%fZ', valid_from / 1000000.0, 'unixepoch') END AS valid_from_utc,
       CASE WHEN valid_to IS NULL OR valid_to = 9223372036854775807 THEN NULL ELSE strftime('%Y-%m-%dT%H:%M:%fZ', valid_to / 1000000.0, 'unixepoch') END AS valid_until_utc,
       CASE WHEN known_from = -9223372036854775808 THEN NULL ELSE strftime('%Y-%m-%dT%H:%M:%fZ', known_from / 1000000.0, 'unixepoch') END AS known_from_utc,
       valid_from IS NOT NULL AS has_time,
       valid_from, valid_to, known_from, recorded_from, recorded_to,
       body
FROM entity_versions;

CREATE VIEW current_entities AS
SELECT * FROM entity_versions_readable WHERE to_version IS NULL;

CREATE VIEW commit_log AS
SELECT record, version, strftime('%Y-%m-%dT%H:%M:%fZ', recorded_at / 1000000.0, 'unixepoch') AS recorded_at_utc, recorded_at, author, application, message, entities_written
FROM commits;
