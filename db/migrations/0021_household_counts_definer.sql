-- household_counts (migration 0016) is written only by the triggers on households. The app's runtime
-- role (db/roles.sql) may read it but not write it: the trigger functions run as their owner
-- (SECURITY DEFINER, with a fixed search_path so that nobody can slip a table of the same name in front),
-- and every role but the table's owner loses INSERT, UPDATE, DELETE and TRUNCATE on it. A household
-- written by the runtime role still updates the counts, in the same transaction.
ALTER FUNCTION household_counts_insert() SECURITY DEFINER SET search_path = public, pg_temp;
--> statement-breakpoint
ALTER FUNCTION household_counts_delete() SECURITY DEFINER SET search_path = public, pg_temp;
--> statement-breakpoint
ALTER FUNCTION household_counts_update() SECURITY DEFINER SET search_path = public, pg_temp;
--> statement-breakpoint
ALTER FUNCTION household_counts_truncate() SECURITY DEFINER SET search_path = public, pg_temp;
--> statement-breakpoint
DO $$
DECLARE
  grantee text;
BEGIN
  FOR grantee IN
    SELECT DISTINCT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(r.rolname) END
      FROM pg_class c
      CROSS JOIN LATERAL aclexplode(c.relacl) a
      LEFT JOIN pg_roles r ON r.oid = a.grantee
     WHERE c.oid = 'household_counts'::regclass AND a.grantee <> c.relowner
       AND a.privilege_type IN ('INSERT', 'UPDATE', 'DELETE', 'TRUNCATE')
  LOOP
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON household_counts FROM %s', grantee);
  END LOOP;
END $$;
