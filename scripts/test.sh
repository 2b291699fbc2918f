#!/usr/bin/env bash
# The whole test suite: types, unit and database tests, then the browser tests against
# `next build && next start`. Uses PGlite unless DATABASE_URL names a PostgreSQL server
# (then the database layer's tests, and the suites that lean hardest on transactions and locks, also run
# through @vercel/postgres over a loopback WebSocket proxy).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ]; then npm ci; fi
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null
  else
    echo "Chromium is missing: install Debian's chromium package (sudo apt-get install -y chromium)." >&2
    exit 1
  fi
fi

echo "== types"
npx tsc --noEmit

reports=$(mktemp -d)
work=$(mktemp -d)
trap 'rm -rf "$work" "$reports"' EXIT
echo "== unit and database tests ($([ -n "${DATABASE_URL:-}" ] && echo PostgreSQL || echo PGlite))"
npx vitest run --reporter=default --reporter=json --outputFile.json="$reports/vitest.json"

if [ -n "${DATABASE_URL:-}" ]; then
  # The driver is proven by the database layer's own tests and by the suites whose transactions, locks
  # and concurrent writes lean on it hardest; the rest of the suite would only repeat the same queries.
  echo "== database tests through @vercel/postgres (database layer, transactions and locks)"
  GONGSHI_TEST_DRIVER=vercel npx vitest run --project db db/ lib/actions/notices.test.ts lib/actions/objections.test.ts \
    lib/actions/accounts.test.ts lib/auth/credentials.test.ts lib/data/public.test.ts --reporter=default --reporter=json --outputFile.json="$reports/vitest-vercel.json"
fi

echo "== browser tests"
if [ -n "${DATABASE_URL:-}" ]; then
  # As in production: the roles of db/roles.sql; the owner migrates and seeds, the server runs as the
  # runtime role, which has no DDL and cannot change the audit log.
  e2e_db="gongshi_e2e_$$"
  owner_role="${e2e_db}_owner"
  runtime_role="${e2e_db}_app"
  admin_url="$DATABASE_URL"
  psql "$admin_url" -qc "DROP DATABASE IF EXISTS $e2e_db WITH (FORCE)" -c "CREATE DATABASE $e2e_db"
  trap 'psql "$admin_url" -qc "DROP DATABASE IF EXISTS $e2e_db WITH (FORCE)" -c "DROP ROLE IF EXISTS $owner_role, $runtime_role" >/dev/null 2>&1 || true; rm -rf "$work" "$reports"' EXIT
  secret() { node -e 'process.stdout.write(require("node:crypto").randomBytes(18).toString("base64url"))'; }
  url_as() { node -e 'const u = new URL(process.argv[1]); u.username = process.argv[2]; u.password = process.argv[3]; u.pathname = "/" + process.argv[4]; console.log(u.href)' "$admin_url" "$@" "$e2e_db"; }
  owner_password=$(secret)
  runtime_password=$(secret)
  psql "${admin_url%/*}/$e2e_db" -X -q -f db/roles.sql -v owner="$owner_role" -v owner_password="$owner_password" \
    -v runtime="$runtime_role" -v runtime_password="$runtime_password"
  owner_url=$(url_as "$owner_role" "$owner_password")
  DATABASE_URL="$owner_url" npx tsx scripts/db-seed.ts >/dev/null
  DATABASE_URL="$owner_url" E2E_FIXTURE="$work/fixture.json" npx tsx e2e/make-fixture.ts
  export DATABASE_URL="$(url_as "$runtime_role" "$runtime_password")"
else
  export PGLITE_DIR="$work/pglite"
  npx tsx scripts/db-seed.ts >/dev/null
  E2E_FIXTURE="$work/fixture.json" npx tsx e2e/make-fixture.ts
fi
E2E_FIXTURE="$work/fixture.json" PLAYWRIGHT_JSON_OUTPUT_NAME="$reports/playwright.json" npx playwright test --reporter=line,json

if [ -n "${admin_url:-}" ]; then
  echo "== deploy recipe: nginx and two instances on loopback (reuses the browser tests' build)"
  DATABASE_URL="$admin_url" RECIPE_REPORT="$reports/recipe.json" bash scripts/recipe-test.sh
fi

node scripts/test-summary.mjs "$reports"/*.json
