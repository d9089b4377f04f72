-- Schema version 2 of a SQLite negotiation store (docs/storage.md, "Tables" and "Performance"): the same columns, fewer and
-- cheaper B-trees to write, and a window index whose both ends bound the scan.
--
-- entity_versions becomes a rowid table: rows are appended in commit order instead of being sorted into a B-tree of text
-- keys with their bodies, and every index points at an 8-byte rowid. Its primary key stays (as a unique index).
-- valid_digits is the number of decimal digits of the window's length in microseconds (19 for a window open at either end),
-- so that among the windows of one class, every one that overlaps [from, until) starts after from - 10^digits: a query
-- scans each class between two bounds instead of every window that starts before until (half of a record), and tests
-- the knowledge time in the index before it looks a row up.
-- The index of current rows by knowledge time goes: a knowledge time alone selects most of a record, and given with a
-- window it led the planner away from the window index.
-- entity_refs is kept once, keyed by what is referred to (the look-up every query and commit makes), instead of a primary
-- key by referrer plus an index by target.
DROP VIEW current_entities;
DROP VIEW entity_versions_readable;

CREATE TABLE entity_versions_2 (
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
    valid_digits INTEGER GENERATED ALWAYS AS (
        CASE WHEN valid_from IS NULL THEN NULL
             WHEN valid_from = -9223372036854775808 OR valid_to = 9223372036854775807 THEN 19
             ELSE length(valid_to - valid_from) END) VIRTUAL,
    PRIMARY KEY (record, kind, id, from_version),
    CHECK ((valid_from IS NULL) = (valid_to IS NULL)),
    CHECK (valid_from IS NULL OR valid_from <= valid_to),
    CHECK (to_version IS NULL OR to_version > from_version)
);

INSERT INTO entity_versions_2 (record, kind, id, from_version, to_version, recorded_from, recorded_to, position, valid_from, valid_to, known_from, body)
SELECT record, kind, id, from_version, to_version, recorded_from, recorded_to, position, valid_from, valid_to, known_from, body
FROM entity_versions
ORDER BY record, from_version, kind, position;

DROP TABLE entity_versions;
ALTER TABLE entity_versions_2 RENAME TO entity_versions;

-- Current rows apart (partial indexes), so that corrections piling up in history do not slow current reads. The window
-- index holds every version, so that a query as recorded at an earlier time is bounded the same way.
CREATE UNIQUE INDEX entity_current ON entity_versions (record, kind, id) WHERE to_version IS NULL;
CREATE INDEX entity_current_order ON entity_versions (record, kind, position) WHERE to_version IS NULL;
CREATE INDEX entity_valid ON entity_versions (record, valid_digits, valid_from, valid_to, known_from) WHERE valid_from IS NOT NULL;
CREATE INDEX entity_versions_span ON entity_versions (record, from_version, to_version);

CREATE TABLE entity_refs_2 (
    record TEXT NOT NULL,
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    from_version INTEGER NOT NULL,
    ref_kind TEXT NOT NULL,
    ref_id TEXT NOT NULL,
    PRIMARY KEY (record, ref_kind, ref_id, kind, id, from_version)
) WITHOUT ROWID;

INSERT INTO entity_refs_2 (record, kind, id, from_version, ref_kind, ref_id)
SELECT record, kind, id, from_version, ref_kind, ref_id FROM entity_refs;

DROP TABLE entity_refs;
ALTER TABLE entity_refs_2 RENAME TO entity_refs;

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
