CREATE TABLE "household_counts" (
	"programme_id" integer NOT NULL,
	"village_code" varchar(12) NOT NULL,
	"year" smallint NOT NULL,
	"status" text NOT NULL,
	"filed" boolean NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "household_counts_pk" PRIMARY KEY("programme_id","village_code","year","status","filed"),
	CONSTRAINT "household_counts_n_ck" CHECK ("household_counts"."n" >= 0)
);

--> statement-breakpoint

-- household_counts is kept by statement triggers with transition tables: one grouped upsert per statement,
-- so a COPY or a bulk insert of a million households costs one aggregate, not a million upserts.
CREATE FUNCTION household_counts_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO household_counts AS c (programme_id, village_code, year, status, filed, n)
  SELECT programme_id, village_code, year, status, filed_at IS NOT NULL, count(*)::int
    FROM new_rows GROUP BY 1, 2, 3, 4, 5
  ON CONFLICT (programme_id, village_code, year, status, filed) DO UPDATE SET n = c.n + EXCLUDED.n;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION household_counts_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE household_counts c SET n = c.n - d.n
    FROM (SELECT programme_id, village_code, year, status, filed_at IS NOT NULL AS filed, count(*)::int AS n
            FROM old_rows GROUP BY 1, 2, 3, 4, 5) d
   WHERE (c.programme_id, c.village_code, c.year, c.status, c.filed) = (d.programme_id, d.village_code, d.year, d.status, d.filed);
  RETURN NULL;
END $$;
--> statement-breakpoint
-- An update moves a household between keys only when one of them changed; the net change per key is applied
-- once: decrements as an UPDATE (the key exists), increments as an upsert (a CHECK sees the proposed row).
CREATE FUNCTION household_counts_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH delta AS (
    SELECT programme_id, village_code, year, status, filed, sum(n)::int AS n
      FROM (SELECT programme_id, village_code, year, status, filed_at IS NOT NULL AS filed, 1 AS n FROM new_rows
            UNION ALL
            SELECT programme_id, village_code, year, status, filed_at IS NOT NULL, -1 FROM old_rows) m
     GROUP BY 1, 2, 3, 4, 5
    HAVING sum(n) <> 0
  ), decrements AS (
    UPDATE household_counts c SET n = c.n + d.n FROM delta d
     WHERE d.n < 0 AND (c.programme_id, c.village_code, c.year, c.status, c.filed) = (d.programme_id, d.village_code, d.year, d.status, d.filed)
  )
  INSERT INTO household_counts AS c (programme_id, village_code, year, status, filed, n)
  SELECT programme_id, village_code, year, status, filed, n FROM delta WHERE n > 0
  ON CONFLICT (programme_id, village_code, year, status, filed) DO UPDATE SET n = c.n + EXCLUDED.n;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION household_counts_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM household_counts;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER household_counts_insert AFTER INSERT ON households REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION household_counts_insert();
--> statement-breakpoint
CREATE TRIGGER household_counts_delete AFTER DELETE ON households REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION household_counts_delete();
--> statement-breakpoint
CREATE TRIGGER household_counts_update AFTER UPDATE ON households REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION household_counts_update();
--> statement-breakpoint
CREATE TRIGGER household_counts_truncate AFTER TRUNCATE ON households
  FOR EACH STATEMENT EXECUTE FUNCTION household_counts_truncate();
--> statement-breakpoint
-- Existing demo and real databases: the rollup starts from the households already there.
INSERT INTO household_counts (programme_id, village_code, year, status, filed, n)
SELECT programme_id, village_code, year, status, filed_at IS NOT NULL, count(*)::int FROM households GROUP BY 1, 2, 3, 4, 5;
