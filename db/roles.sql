-- db/roles.sql: the two database roles of a Gongshi database on a PostgreSQL server.
--
--   owner    owns the database, its schemas, tables, sequences and functions. Migrations, npm run setup,
--            db:seed and backups run as this role. The app server never does.
--   runtime  what the app server connects as: CONNECT; SELECT, INSERT, UPDATE, DELETE on the tables;
--            USAGE, SELECT on the sequences; EXECUTE on the functions; only SELECT, INSERT on audit_log;
--            only SELECT on household_counts (its triggers write it);
--            SELECT on drizzle's migrations table (the server checks, never migrates). It owns nothing
--            and may create nothing, so it cannot alter a table, drop or disable a trigger, or empty
--            the audit log; it is no superuser, so it cannot set session_replication_role either.
--
-- Run it as a superuser (e.g. postgres), connected to the app's database, before the first migration
-- (or later: it then takes over the existing objects). Re-running it is safe and sets the passwords again.
--
--   createdb gongshi
--   psql "postgres://postgres@db.example/gongshi" -f db/roles.sql \
--     -v owner=gongshi_owner -v owner_password="$OWNER_PASSWORD" \
--     -v runtime=gongshi_app -v runtime_password="$RUNTIME_PASSWORD"
--   DATABASE_URL="postgres://gongshi_owner:$OWNER_PASSWORD@db.example/gongshi" npm run setup
--   DATABASE_URL="postgres://gongshi_app:$RUNTIME_PASSWORD@db.example/gongshi" npm start
--
-- Role names are cluster-wide: give each database its own pair.
\set ON_ERROR_STOP on
\set QUIET on

-- A missing variable or one role for both: one line, exit 3, nothing written.
\if :{?owner}
\else
  \set owner ''
\endif
\if :{?owner_password}
\else
  \set owner_password ''
\endif
\if :{?runtime}
\else
  \set runtime ''
\endif
\if :{?runtime_password}
\else
  \set runtime_password ''
\endif
SELECT format('DO $refuse$ BEGIN RAISE EXCEPTION %L; END $refuse$', msg)
  FROM (SELECT CASE
    WHEN :'owner' = '' OR :'runtime' = '' OR :'owner_password' = '' OR :'runtime_password' = ''
      THEN 'db/roles.sql: set -v owner=<role> -v owner_password=<password> -v runtime=<role> -v runtime_password=<password>'
    WHEN :'owner' = :'runtime' THEN 'db/roles.sql: the owner and the runtime role must be two different roles'
  END AS msg) m
 WHERE msg IS NOT NULL \gexec

BEGIN;
SET LOCAL client_min_messages = warning;

-- The roles: able to sign in, and nothing more.
SELECT format('CREATE ROLE %I', r) FROM unnest(ARRAY[:'owner', :'runtime']) r
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r) \gexec
ALTER ROLE :"owner" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'owner_password';
ALTER ROLE :"runtime" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'runtime_password';
-- The runtime role must not act as the owner through membership.
SELECT format('REVOKE %I FROM %I', :'owner', :'runtime')
 WHERE pg_has_role(:'runtime', :'owner', 'MEMBER') \gexec

-- The database: the owner's; the runtime role may only connect (no TEMP, no CREATE), nor may PUBLIC.
SELECT format('ALTER DATABASE %I OWNER TO %I', current_database(), :'owner') \gexec
SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database()) \gexec
SELECT format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), :'runtime') \gexec

-- The schemas: public for the app's objects, drizzle for the migrator's journal. Only the owner creates.
CREATE SCHEMA IF NOT EXISTS drizzle;
ALTER SCHEMA public OWNER TO :"owner";
ALTER SCHEMA drizzle OWNER TO :"owner";
REVOKE ALL ON SCHEMA public, drizzle FROM PUBLIC;
GRANT USAGE ON SCHEMA public, drizzle TO :"runtime";

-- Objects made before the roles (e.g. migrated as postgres) pass to the owner; a table takes its
-- serial sequences with it.
SELECT format('ALTER TABLE %I.%I OWNER TO %I', schemaname, tablename, :'owner')
  FROM pg_tables WHERE schemaname IN ('public', 'drizzle') AND tableowner <> :'owner' \gexec
SELECT format('ALTER FUNCTION %s OWNER TO %I', p.oid::regprocedure, :'owner')
  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
 WHERE n.nspname = 'public' AND p.proowner <> (SELECT oid FROM pg_roles WHERE rolname = :'owner') \gexec

-- What the runtime role may do with what exists now ...
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO :"runtime";
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO :"runtime";
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO :"runtime";
GRANT SELECT ON ALL TABLES IN SCHEMA drizzle TO :"runtime";
-- ... and with what later migrations, run as the owner, create.
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO :"runtime";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO :"runtime";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public GRANT EXECUTE ON FUNCTIONS TO :"runtime";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA drizzle GRANT SELECT ON TABLES TO :"runtime";

-- The audit log is append-only for the app: read and insert, never change or empty. Migration 0007
-- revokes the same from every role but the owner when it creates or meets the table.
SELECT format('REVOKE UPDATE, DELETE, TRUNCATE ON public.audit_log FROM %I', :'runtime')
 WHERE to_regclass('public.audit_log') IS NOT NULL \gexec
-- The household counts are the triggers' alone (SECURITY DEFINER, migration 0021): the app reads them.
SELECT format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON public.household_counts FROM %I', :'runtime')
 WHERE to_regclass('public.household_counts') IS NOT NULL \gexec

COMMIT;
\echo 'db/roles.sql: owner' :owner 'and runtime role' :runtime 'are ready in database' :DBNAME
