ALTER TABLE "household_counts" ADD COLUMN "paired" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "household_counts" DROP CONSTRAINT "household_counts_pk";
--> statement-breakpoint
ALTER TABLE "household_counts" ADD CONSTRAINT "household_counts_pk" PRIMARY KEY("programme_id","village_code","year","status","filed","paired");
--> statement-breakpoint
-- 结对 (paired) in the rollup (issue 11: /progress reads filed and paired households from household_counts
-- instead of every household of the programme). A household is paired while a pairings row names it (at
-- most one: household_id is the key). The households triggers now also key by it; triggers on pairings move
-- a household between paired and not. Every function keeps SECURITY DEFINER and the fixed search_path of
-- migration 0021 (CREATE OR REPLACE would otherwise drop them), so the runtime role still cannot write here.
-- A pairing and its household deleted by one statement (a data-modifying CTE) would be miscounted: the
-- statement's triggers run after both are gone. The app removes a pairing by a statement of its own.
CREATE OR REPLACE FUNCTION household_counts_insert() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  INSERT INTO household_counts AS c (programme_id, village_code, year, status, filed, paired, n)
  SELECT programme_id, village_code, year, status, filed_at IS NOT NULL,
         EXISTS (SELECT 1 FROM pairings p WHERE p.household_id = r.id), count(*)::int
    FROM new_rows r GROUP BY 1, 2, 3, 4, 5, 6
  ON CONFLICT (programme_id, village_code, year, status, filed, paired) DO UPDATE SET n = c.n + EXCLUDED.n;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION household_counts_delete() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  UPDATE household_counts c SET n = c.n - d.n
    FROM (SELECT programme_id, village_code, year, status, filed_at IS NOT NULL AS filed,
                 EXISTS (SELECT 1 FROM pairings p WHERE p.household_id = r.id) AS paired, count(*)::int AS n
            FROM old_rows r GROUP BY 1, 2, 3, 4, 5, 6) d
   WHERE (c.programme_id, c.village_code, c.year, c.status, c.filed, c.paired) = (d.programme_id, d.village_code, d.year, d.status, d.filed, d.paired);
  RETURN NULL;
END $$;
--> statement-breakpoint
-- A household's pairing cannot change in an UPDATE of households, so its old and new row share one paired value.
CREATE OR REPLACE FUNCTION household_counts_update() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  WITH delta AS (
    SELECT programme_id, village_code, year, status, filed, paired, sum(n)::int AS n
      FROM (SELECT programme_id, village_code, year, status, filed_at IS NOT NULL AS filed, id, 1 AS n FROM new_rows
            UNION ALL
            SELECT programme_id, village_code, year, status, filed_at IS NOT NULL, id, -1 FROM old_rows) m
      CROSS JOIN LATERAL (SELECT EXISTS (SELECT 1 FROM pairings p WHERE p.household_id = m.id) AS paired) x
     GROUP BY 1, 2, 3, 4, 5, 6
    HAVING sum(n) <> 0
  ), decrements AS (
    UPDATE household_counts c SET n = c.n + d.n FROM delta d
     WHERE d.n < 0 AND (c.programme_id, c.village_code, c.year, c.status, c.filed, c.paired) = (d.programme_id, d.village_code, d.year, d.status, d.filed, d.paired)
  )
  INSERT INTO household_counts AS c (programme_id, village_code, year, status, filed, paired, n)
  SELECT programme_id, village_code, year, status, filed, paired, n FROM delta WHERE n > 0
  ON CONFLICT (programme_id, village_code, year, status, filed, paired) DO UPDATE SET n = c.n + EXCLUDED.n;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Pairings: the households whose pairing came (paired +1, unpaired -1) or went (the reverse) in this
-- statement, netted per key, applied like the update above. An UPDATE that keeps household_id nets to nothing.
CREATE FUNCTION household_counts_pairing() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  came integer[] := '{}';
  went integer[] := '{}';
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN came := ARRAY(SELECT household_id FROM new_rows); END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN went := ARRAY(SELECT household_id FROM old_rows); END IF;
  WITH m AS (
    SELECT id, true AS paired, 1 AS n FROM unnest(came) id
    UNION ALL SELECT id, false, -1 FROM unnest(came) id
    UNION ALL SELECT id, false, 1 FROM unnest(went) id
    UNION ALL SELECT id, true, -1 FROM unnest(went) id
  ), delta AS (
    SELECT h.programme_id, h.village_code, h.year, h.status, h.filed_at IS NOT NULL AS filed, m.paired, sum(m.n)::int AS n
      FROM m JOIN households h ON h.id = m.id
     GROUP BY 1, 2, 3, 4, 5, 6
    HAVING sum(m.n) <> 0
  ), decrements AS (
    UPDATE household_counts c SET n = c.n + d.n FROM delta d
     WHERE d.n < 0 AND (c.programme_id, c.village_code, c.year, c.status, c.filed, c.paired) = (d.programme_id, d.village_code, d.year, d.status, d.filed, d.paired)
  )
  INSERT INTO household_counts AS c (programme_id, village_code, year, status, filed, paired, n)
  SELECT programme_id, village_code, year, status, filed, paired, n FROM delta WHERE n > 0
  ON CONFLICT (programme_id, village_code, year, status, filed, paired) DO UPDATE SET n = c.n + EXCLUDED.n;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Emptying pairings (or households with it): no household is paired any more.
CREATE FUNCTION household_counts_pairing_truncate() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  DELETE FROM household_counts;
  INSERT INTO household_counts (programme_id, village_code, year, status, filed, paired, n)
  SELECT programme_id, village_code, year, status, filed_at IS NOT NULL, false, count(*)::int FROM households GROUP BY 1, 2, 3, 4, 5;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER household_counts_pairing_insert AFTER INSERT ON pairings REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION household_counts_pairing();
--> statement-breakpoint
CREATE TRIGGER household_counts_pairing_delete AFTER DELETE ON pairings REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION household_counts_pairing();
--> statement-breakpoint
CREATE TRIGGER household_counts_pairing_update AFTER UPDATE ON pairings REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION household_counts_pairing();
--> statement-breakpoint
CREATE TRIGGER household_counts_pairing_truncate AFTER TRUNCATE ON pairings
  FOR EACH STATEMENT EXECUTE FUNCTION household_counts_pairing_truncate();
--> statement-breakpoint
-- The rollup of existing databases, now with the pairings already there.
DELETE FROM household_counts;
--> statement-breakpoint
INSERT INTO household_counts (programme_id, village_code, year, status, filed, paired, n)
SELECT programme_id, village_code, year, status, filed_at IS NOT NULL,
       EXISTS (SELECT 1 FROM pairings p WHERE p.household_id = h.id), count(*)::int
  FROM households h GROUP BY 1, 2, 3, 4, 5, 6;
