-- Region name search (searchRegions in lib/data/public.ts: name LIKE '%…%', which no btree serves) from a
-- pg_trgm GIN index instead of reading every name: 620,000 village-level units nationally. Only where the
-- server offers pg_trgm (PostgreSQL's contrib; a trusted extension since PostgreSQL 13, so the database's
-- owner of db/roles.sql may create it). Embedded PGlite has it only as an extra module that db/client.ts
-- does not load (every PGlite open, the tests' snapshots and the backup scripts would have to load it
-- too): there the condition is false and the search reads the table, as before, at demo size.
-- Nothing in drizzle's schema: the index is this file's own, and drizzle-kit never drops what it does not know.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') THEN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE INDEX IF NOT EXISTS regions_name_trgm ON regions USING gin (name gin_trgm_ops);
  END IF;
END $$;
