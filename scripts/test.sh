#!/usr/bin/env bash
# The whole test suite: types, unit and database tests, then the browser tests against
# `next build && next start`. Uses PGlite unless DATABASE_URL names a PostgreSQL server
# (then the database tests also run once through @vercel/postgres over a loopback WebSocket proxy).
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
  echo "== database tests through @vercel/postgres"
  GONGSHI_TEST_DRIVER=vercel npx vitest run --project db --reporter=default --reporter=json --outputFile.json="$reports/vitest-vercel.json"
fi

echo "== browser tests"
if [ -n "${DATABASE_URL:-}" ]; then
  e2e_db="gongshi_e2e_$$"
  admin_url="$DATABASE_URL"
  psql "$admin_url" -qc "DROP DATABASE IF EXISTS $e2e_db WITH (FORCE)" -c "CREATE DATABASE $e2e_db"
  trap 'psql "$admin_url" -qc "DROP DATABASE IF EXISTS $e2e_db WITH (FORCE)" >/dev/null 2>&1 || true; rm -rf "$work" "$reports"' EXIT
  export DATABASE_URL="${admin_url%/*}/$e2e_db"
else
  export PGLITE_DIR="$work/pglite"
fi
npx tsx scripts/db-seed.ts >/dev/null
E2E_FIXTURE="$work/fixture.json" npx tsx e2e/make-fixture.ts
E2E_FIXTURE="$work/fixture.json" PLAYWRIGHT_JSON_OUTPUT_NAME="$reports/playwright.json" npx playwright test --reporter=line,json

node scripts/test-summary.mjs "$reports"/*.json

if [ -n "${admin_url:-}" ]; then
  echo "== deploy recipe: nginx and two instances on loopback (reuses the browser tests' build)"
  DATABASE_URL="$admin_url" bash scripts/recipe-test.sh
fi
