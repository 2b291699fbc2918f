-- The audit chain's hash becomes an HMAC-SHA256 computed by the application with a key the database
-- never holds (AUDIT_KEY, lib/audit/record.ts), so whoever owns the database can no longer rewrite rows
-- and recompute their hashes unseen. The database cannot compute such a hash, so the trigger only
-- checks that a new row links onto the chain, under the lock its writer already holds: prev_hash is
-- the last row's hash ('genesis' for the first), the id follows the last id, and the hash has the
-- shape of one. Only a key holder can tell whether it is the right HMAC (npm run audit:verify).
-- Rows written before this migration keep their plain SHA-256 hashes; the verifier names them.
CREATE OR REPLACE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  last_id bigint;
  last_hash text;
BEGIN
  PERFORM pg_advisory_xact_lock(4242001);
  SELECT id, hash INTO last_id, last_hash FROM audit_log ORDER BY id DESC LIMIT 1;
  IF NEW.prev_hash IS DISTINCT FROM coalesce(last_hash, 'genesis') THEN
    RAISE EXCEPTION 'audit_log: row % does not link onto the chain: prev_hash must be the hash of row %', NEW.id, last_id
      USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.id <= last_id THEN
    RAISE EXCEPTION 'audit_log: row % must come after row %', NEW.id, last_id USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.hash IS NULL OR NEW.hash !~ '^[0-9a-f]{64}$' THEN
    RAISE EXCEPTION 'audit_log: row % needs a hex HMAC-SHA256 hash', NEW.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint

-- Nobody but the table's owner may change or empty the log, whatever default privileges granted
-- (db/roles.sql gives the runtime role SELECT, INSERT, UPDATE, DELETE on new tables).
DO $$
DECLARE
  grantee text;
BEGIN
  FOR grantee IN
    SELECT DISTINCT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(r.rolname) END
      FROM pg_class c
      CROSS JOIN LATERAL aclexplode(c.relacl) a
      LEFT JOIN pg_roles r ON r.oid = a.grantee
     WHERE c.oid = 'audit_log'::regclass AND a.grantee <> c.relowner
       AND a.privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE')
  LOOP
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM %s', grantee);
  END LOOP;
END $$;
