#!/usr/bin/env bash
# npm run load: the public pages under 200 concurrent clients for 60 s through the nginx recipe on
# loopback (scripts/recipe-up.sh: nginx, two `next start` instances, a fresh PostgreSQL database that is
# dropped afterwards), while officials publish, close and record objections over HTTP. Then it counts
# every write answered "ok" in the database. scripts/load.ts drives it and prints the table.
#   npm run load                      LOAD_SECONDS (60), LOAD_CONNECTIONS (200)
#   npm run load -- --soak            10 minutes (LOAD_SOAK_MINUTES), each instance's memory every minute
# DATABASE_URL: an admin connection (default postgres://postgres@127.0.0.1:5432/postgres).
# Not part of npm test. Exits non-zero on any error, lost or doubled write.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
export DATABASE_URL=${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}
if [ "${1:-}" = --soak ]; then export LOAD_SOAK_MINUTES=${LOAD_SOAK_MINUTES:-10}; fi
export RECIPE_NGINX_CONNECTIONS=4096
source scripts/recipe-up.sh

# The build is shared with the other tests: build (if none) and copy it under the lock, then run the
# copy, so that a build elsewhere cannot change it during the run.
app_dir="$work/app"
mkdir -p "$app_dir"
for f in * .env*; do [ -e "$f" ] && ln -s "$PWD/$f" "$app_dir/$f"; done
flock /tmp/gongshi-next.lock bash -c '[ -f .next/BUILD_ID ] || { echo "load: no build in .next, running next build"; npx next build >/dev/null; }
  mkdir -p "$1/.next" && tar -C .next --exclude=./cache -cf - . | tar -C "$1/.next" -xf -' sh "$app_dir"
started=$SECONDS

recipe_database
DATABASE_URL=$owner_url AUDIT_KEY="$audit_key" npm run -s db:seed >/dev/null
LOAD_POOL=${LOAD_POOL:-$(( ${LOAD_SOAK_MINUTES:-0} > 0 ? 1500 : 300 ))}
# Notices for the officials to publish (drafts) and to close (period ended), LOAD_POOL of each per
# village, each on a household of its own cloned from an eligible one of the demo data. Set up as the
# owner, without audit rows: they are the scene, not the writes under test.
psql "$owner_url" -X -q -v ON_ERROR_STOP=1 -v pool="$LOAD_POOL" >/dev/null <<'SQL'
SELECT set_config('load.pool', :'pool', false);
DO $$
DECLARE
  o record; h record; hid int; nid int; i int; pool int := current_setting('load.pool')::int;
BEGIN
  FOR o IN SELECT id, region_code FROM officials WHERE username IN ('village-a', 'village-b') LOOP
    SELECT * INTO h FROM households WHERE village_code = o.region_code AND status = 'registered'
      AND income_per_capita < (SELECT income_threshold FROM programmes WHERE id = households.programme_id) ORDER BY id LIMIT 1;
    FOR i IN 1 .. 2 * pool LOOP
      INSERT INTO households (programme_id, year, village_code, masked_name, sex, age, disability_category, disability_grade,
        household_size, disabled_members, income_per_capita, status)
      VALUES (h.programme_id, h.year, h.village_code, h.masked_name, h.sex, h.age, h.disability_category, h.disability_grade,
        h.household_size, h.disabled_members, h.income_per_capita, 'registered') RETURNING id INTO hid;
      INSERT INTO notices (programme_id, year, village_code, title, issuing_body, body, objection_phone, objection_place, status, created_by, created_at)
      VALUES (h.programme_id, h.year, h.village_code, CASE WHEN i <= pool THEN '压力测试待发布 ' ELSE '压力测试待办结 ' END || i,
        '村党支部', '压力测试。', '0436-0000000', '村委会', 'draft', o.id, now() - interval '20 days') RETURNING id INTO nid;
      INSERT INTO notice_entries (notice_id, household_id, position, masked_name, sex, age, disability_category, disability_grade,
        household_size, disabled_members, income_per_capita)
      VALUES (nid, hid, 1, h.masked_name, h.sex, h.age, h.disability_category, h.disability_grade, h.household_size,
        h.disabled_members, h.income_per_capita);
      IF i > pool THEN
        UPDATE notices SET status = 'published', published_at = now() - interval '15 days', period_start_date = current_date - 15,
          period_end_date = current_date - 8, period_ends_at = now() - interval '7 days' WHERE id = nid;
        UPDATE households SET status = 'listed' WHERE id = hid;
      END IF;
    END LOOP;
  END LOOP;
END $$;
SQL

# Demo accounts sign in only where GONGSHI_DEMO=1 (the guards still see the real secrets set here).
recipe_instances GONGSHI_DEMO=1
recipe_nginx
recipe_wait
LOAD_SITE=$site LOAD_DB_URL=$owner_url LOAD_APP_PIDS="${app_pids[*]}" npx tsx scripts/load.ts
