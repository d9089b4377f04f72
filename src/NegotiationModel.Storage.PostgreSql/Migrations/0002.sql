-- Schema version 2 of a PostgreSQL negotiation store (docs/storage.md, "Tables" and "Performance"): entity_refs is kept
-- once, keyed by what is referred to (the look-up every query and commit makes), instead of a primary key by referrer plus
-- an index by target, so that an import writes one B-tree of references, not two.
ALTER TABLE entity_refs DROP CONSTRAINT entity_refs_pkey;
DROP INDEX entity_refs_target;
ALTER TABLE entity_refs ADD PRIMARY KEY (record, ref_kind, ref_id, kind, id, from_version);
