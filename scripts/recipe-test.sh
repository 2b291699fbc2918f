#!/usr/bin/env bash
# The self-hosting recipe of deploy/README.md, started on loopback: Debian's nginx with
# deploy/nginx/gongshi.conf (TLS with a throwaway certificate) in front of two `next start` instances
# of the current build, on a fresh database of the PostgreSQL server that DATABASE_URL names.
# Prints PASS or FAIL per check and exits non-zero when any check fails.
#   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres bash scripts/recipe-test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS

source scripts/recipe-up.sh
recipe_build

failures=0
passes=0
pass() { echo "PASS  $1"; passes=$((passes + 1)); }
fail() { echo "FAIL  $1${2:+: $2}"; failures=$((failures + 1)); }
check() { # check <name> <detail on failure> <command…>
  local name=$1 detail=$2
  shift 2
  if "$@"; then pass "$name"; else fail "$name" "$detail"; fi
}

# One request: status in $code, headers in $work/h, body in $work/b.
fetch() {
  code=$(curl -sk --max-time 20 -o "$work/b" -D "$work/h" -w '%{http_code}' "$@")
}
# The headers of the n-th response of a curl -D file with several, as fetch leaves them.
nth_response() {
  awk -v n="$2" '/^HTTP\//{i++} i==n' "$1" >"$work/h"
  code=$(head -1 "$work/h" | cut -d' ' -f2)
}
header() { grep -i "^$1:" "$work/h" | head -1 | cut -d: -f2- | sed 's/^ *//; s/\r$//' || true; }
nonce() { header Content-Security-Policy | grep -o "'nonce-[^']*'" || true; }

# ---- The database as deploy/README.md sets it up (scripts/recipe-up.sh), then setup as the owner.
recipe_database
setup_out=$(DATABASE_URL=$owner_url AUDIT_KEY="$audit_key" npm run -s setup 2>&1) || { echo "$setup_out" >&2; exit 1; }
# Setup prints the administrator's one-time password once, on the line after its announcement.
one_time=$(grep -A1 'One-time password' <<<"$setup_out" | tail -1 | tr -d ' ')

# ---- Two production instances (not demo) and nginx from the shipped files (scripts/recipe-up.sh).
recipe_instances
recipe_nginx
recipe_wait

# ---- TLS and redirects.
fetch "http://127.0.0.1:$http_port/notices?x=1"
check "plain HTTP redirects to HTTPS with the path" "$code $(header Location)" \
  test "$code" = 301 -a "$(header Location)" = "https://127.0.0.1/notices?x=1"

# ---- A public page comes from the cache, with the right headers, for at most 1 s.
# The app has nginx keep a copy until the end of the second in which its render began (X-Accel-Expires,
# lib/http/cache-control.ts). Two requests on one connection, repeated while a busy machine puts a
# second boundary between them (at most 5 times): `pair <curl args…>` leaves their headers in $work/h2
# and the second's in $work/h, until that one is a HIT.
pair() {
  for _ in 1 2 3 4 5; do
    curl -sk --max-time 20 -D "$work/h2" "$@"
    nth_response "$work/h2" 2
    if test "$(header X-Cache-Status)" = HIT; then return; fi
  done
}
sleep 1.1 # the start-up probe's copy has expired
before=$(date +%s)
fetch "http://127.0.0.1:$port_a/"
after=$(date +%s)
expiry=$(header X-Accel-Expires)
check "the app gives nginx its expiry: the second the request came in (X-Accel-Expires: @$before to @$after)" "$expiry" \
  eval 'grep -qE "^@[0-9]+$" <<<"$expiry" && test "${expiry#@}" -ge "$before" -a "${expiry#@}" -le "$after"'
pair -o /dev/null -o "$work/b" "$site/" "$site/"
nth_response "$work/h2" 1
first_nonce=$(nonce)
nth_response "$work/h2" 2
check "public page: second request is a cache HIT" "$code $(header X-Cache-Status)" test "$code" = 200 -a "$(header X-Cache-Status)" = HIT
check "public page: nginx keeps X-Accel-Expires to itself" "$(header X-Accel-Expires)" test -z "$(header X-Accel-Expires)"
check "public page: Content-Security-Policy with a nonce" "$(header Content-Security-Policy)" test -n "$(nonce)"
check "public page: HSTS over TLS" "$(header Strict-Transport-Security)" grep -q 'max-age=31536000' <<<"$(header Strict-Transport-Security)"
check "public page: shared caches keep it 1 s with stale-while-revalidate, browsers not at all (lib/http/cache-control.ts)" \
  "$(header Cache-Control) / $(header CDN-Cache-Control)" \
  test "$(header Cache-Control)" = 'public, max-age=0, s-maxage=1, stale-while-revalidate=1' -a "$(header CDN-Cache-Control)" = 'public, max-age=1, stale-while-revalidate=1'
check "public page: cached copy repeats the nonce within 1 s" "$first_nonce / $(nonce)" test "$first_nonce" = "$(nonce)"
sleep 1.1
fetch "$site/"
check "public page: after 1 s the entry is stale, a new render has a new nonce" "$(header X-Cache-Status) $(nonce)" \
  test "$(header X-Cache-Status)" != HIT -a "$(nonce)" != "$first_nonce"
fetch "$site/?recipe=$$"
check "cache key: the query string makes another entry" "$(header X-Cache-Status)" test "$(header X-Cache-Status)" = MISS
# A client-side navigation (RSC payload) and a page load of the same URL are different entries.
# (nginx also honours Next's Vary header; the key keeps this true without it.) One curl for the three
# requests, repeated like `pair` while a second boundary falls between them, on another page each try:
# an earlier try's page load has its own entry by then (Next answers an RSC request whose _rsc value is
# not its own hash with a redirect, so the query cannot vary).
for path in / /progress /regions/220800 /regions/220802 /regions/220821; do
  url="$site$path?_rsc"
  curl -sk --max-time 20 -H 'RSC: 1' -D "$work/h2" -o /dev/null -o /dev/null "$url" "$url" --next -sk --max-time 20 -D "$work/h-page" -o /dev/null "$url"
  nth_response "$work/h2" 2
  if test "$(header X-Cache-Status)" = HIT; then break; fi
done
check "cache key: an RSC payload is cached" "$(header X-Cache-Status) $(header Content-Type)" \
  eval 'test "$(header X-Cache-Status)" = HIT && grep -q "^text/x-component" <<<"$(header Content-Type)"'
nth_response "$work/h-page" 1
check "cache key: ... and never answers a page load of the same URL" "$(header X-Cache-Status) $(header Content-Type)" \
  eval 'test "$(header X-Cache-Status)" != HIT && grep -q "^text/html" <<<"$(header Content-Type)"'
fetch "$site/" -H 'Cookie: __Host-authjs.session-token=x'
check "a request with a session cookie bypasses the cache" "$(header X-Cache-Status)" test "$(header X-Cache-Status)" = BYPASS
# Large print / high contrast (lib/display.ts): rendered for that visitor, never from or into the cache.
fetch "$site/" -H 'Cookie: gongshi_display=large.contrast'
check "a request with the display cookie bypasses the cache and gets its own page, private" "$(header X-Cache-Status) $(header Cache-Control)" \
  eval 'test "$(header X-Cache-Status)" = BYPASS -a "$(header Cache-Control)" = "private, no-store" && grep -q "<html[^>]* class=\"text-large contrast-high\"" "$work/b"'
fetch "$site/"
check "... and the shared copy stays the plain page" "$(header X-Cache-Status)" eval '! grep -q "text-large" "$work/b"'

# ---- Officials' pages and sign-in never come from the cache.
for path in /login /login /admin /admin /admin/accounts /api/auth/csrf /api/auth/csrf; do
  fetch "$site$path"
  check "never cached: $path ($code)" "X-Cache-Status: $(header X-Cache-Status)" test -z "$(header X-Cache-Status)" -a "$code" != 000
done
fetch "$site/login"
check "/login: Cache-Control keeps it private" "$(header Cache-Control)" grep -qE 'private|no-store' <<<"$(header Cache-Control)"
for path in /admin /api/auth/csrf; do
  fetch "$site$path"
  check "$path: private, no-store (sets a cookie: $(grep -ci '^set-cookie:' "$work/h"))" "$(header Cache-Control) $(header CDN-Cache-Control)" \
    test "$(header Cache-Control)" = 'private, no-store' -a -z "$(header CDN-Cache-Control)"
done

# ---- The build's static files come from disk, immutable.
fetch "$site/"
asset=$(grep -o '/_next/static/[^"]*\.js' "$work/b" | head -1 || true)
fetch "$site$asset"
check "static file $asset: 200, immutable for a year" "$code $(header Cache-Control)" \
  test "$code" = 200 -a "$(header Cache-Control)" = "public, max-age=31536000, immutable"
fetch "$site/_next/static/recipe-missing-$$.js"
check "static files are nginx's own (a missing one is nginx's 404, not kept)" "$code $(header Cache-Control)" \
  eval 'test "$code" = 404 && grep -q "<center>nginx</center>" "$work/b" && test -z "$(header Cache-Control)"'

# ---- What one instance writes, the other sees.
jar="$work/cookies"
csrf_from() { # next-auth's CSRF token and cookie (its name depends on http or https)
  rm -f "$jar"
  fetch "$1/api/auth/csrf" -c "$jar"
  csrf=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")).csrfToken)' "$work/b")
}
sign_in() { # sign_in <base url> <username> [curl args…]: a wrong password unless PASSWORD is set
  local base=$1 user=$2
  shift 2
  fetch "$base/api/auth/callback/credentials" -b "$jar" -c "$jar" "$@" \
    --data-urlencode "csrfToken=$csrf" --data-urlencode "username=$user" --data-urlencode "password=${PASSWORD:-wrong-$$}"
}
csrf_from "http://127.0.0.1:$port_a"
for _ in 1 2 3 4 5; do sign_in "http://127.0.0.1:$port_a" "recipe-$$"; done
sign_in "http://127.0.0.1:$port_b" "recipe-$$"
check "5 failed sign-ins on instance A lock the username at that address on instance B (CSRF cookie of A accepted by B)" \
  "$code $(header Location)" grep -q 'code=locked' <<<"$(header Location)"

pair -o /dev/null -o /dev/null "$site/regions/220800/feed.xml" "$site/regions/220800/feed.xml"
check "feed is cached before the change" "$(header X-Cache-Status)" test "$(header X-Cache-Status)" = HIT
renamed="白城市-recipe-$$"
psql "$owner_url" -qc "UPDATE regions SET name = '$renamed' WHERE code = '220800'"
fetch "http://127.0.0.1:$port_b/regions/220800/feed.xml"
check "a change in the database shows at once on instance B" "$code" grep -q "$renamed" "$work/b"
fetch "http://127.0.0.1:$port_a/regions/220800/feed.xml"
check "... and on instance A" "$code" grep -q "$renamed" "$work/b"
sleep 1.1
fetch "$site/regions/220800/feed.xml"
check "... and through nginx within 1 s" "$code $(header X-Cache-Status)" grep -q "$renamed" "$work/b"

# ---- The client's own X-Forwarded-For is ignored: nginx sends the connection's address.
csrf_from "$site"
# A real account's name: an unknown name is stored only as a keyed digest (lib/auth/credentials.ts).
sign_in "$site" admin -H 'X-Forwarded-For: 203.0.113.9'
ip=$(psql "$owner_url" -Atc "SELECT string_agg(ip, ',') FROM login_attempts WHERE username = 'admin'")
check "X-Forwarded-For from the client is replaced: login_attempts.ip = 127.0.0.1" "ip=$ip" test "$ip" = 127.0.0.1

# ---- The first sign-in: the demo password works nowhere; setup's one-time password signs in, and
# every officials' page then leads to the password change first.
csrf_from "$site"
PASSWORD=gongshi-demo-2026 sign_in "$site" admin
check "the demo password is refused for admin" "$code $(header Location)" grep -q 'error=' <<<"$(header Location)"
csrf_from "$site"
PASSWORD=$one_time sign_in "$site" admin
check "setup's one-time password signs the administrator in" "$code $(header Location)" \
  test -n "$one_time" -a "$code" = 302 -a -z "$(grep 'error=' <<<"$(header Location)")"
fetch "$site/admin" -b "$jar"
sent_to_password_change() { grep -qE '^30[237]$' <<<"$code" && grep -q '/admin/password$' <<<"$(header Location)" && test -z "$(header X-Cache-Status)"; }
check "... and /admin leads to the password change first, uncached" "$code $(header Location) $(header X-Cache-Status)" \
  sent_to_password_change

# ---- nginx brakes a flood of sign-in POSTs from one address before it reaches the app (limit_req:
# burst 20, then 10 a minute). The sign-ins above went through; a flood's first requests do too. Last
# of the sign-in checks: 127.0.0.1 stays braked for a while. No CSRF token: the app answers at once.
flood=$(for _ in $(seq 40); do curl -sk -o /dev/null -w '%{http_code} ' --max-time 20 -X POST "$site/api/auth/callback/credentials" --data "username=flood-$$"; done)
refused=$(grep -o 429 <<<"$flood" | wc -l)
check "a flood of 40 sign-in POSTs from one address: the first reach the app, at least 10 get nginx's 429" "$flood" \
  test "${flood%% *}" != 429 -a "$refused" -ge 10
fetch "$site/login"
check "... while pages that are not sign-in POSTs still answer (GET /login)" "$code" test "$code" = 200

# ---- One instance down (a rolling restart): nginx answers from the other.
kill -TERM -- "-${groups[0]}"
for _ in $(seq 50); do kill -0 -- "-${groups[0]}" 2>/dev/null || break; sleep 0.1; done
fetch "$site/?restart=$$"
check "instance A stopped: public pages still answer" "$code" test "$code" = 200
fetch "$site/login"
check "instance A stopped: /login still answers" "$code" test "$code" = 200

# ---- Through an outage: public pages from their last good copy, marked stale; officials get an error.
warm="$site/?outage=$$"
fetch "$warm"
check "outage: a public page is cached while all is well" "$code $(header X-Cache-Status)" test "$code" = 200 -a -z "$(header Warning)"
# The database refuses the runtime role (a full server, as the app sees it: SQLSTATE 53300) and
# drops its connections.
db_down() {
  psql "$admin_url" -qc "ALTER DATABASE $db CONNECTION LIMIT 0" \
    -c "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '$runtime_role'" >/dev/null
}
db_down
sleep 1.1 # expired: only the outage serves it
is_stale_copy() { test "$code" = 200 -a "$(header X-Cache-Status)" = STALE && grep -q '110' <<<"$(header Warning)" && grep -q '<body><p role="status" lang="zh-CN">' "$work/b"; }
fetch "$warm"
check "database down: the cached public page answers 200 STALE, with a Warning and a line on the page" \
  "$code $(header X-Cache-Status) $(header Warning)" is_stale_copy
is_unavailable_page() { test "$code" = 503 -a "$(header Retry-After)" = 60 && grep -q '公示期不受影响' "$work/b" && ! grep -qi '<script' "$work/b"; }
fetch "$site/?outage-new=$$"
check "database down: a public page with no copy answers 503, Retry-After, readable without a script" \
  "$code $(header Retry-After) $(head -c 200 "$work/b")" is_unavailable_page
# Without nginx: the renders above failed on instance B, which now answers pages itself (lib/http/outage-page.ts).
fetch "http://127.0.0.1:$port_b/?outage-direct=$$"
check "database down, no nginx: the instance answers a page 503, Retry-After, readable without a script" \
  "$code $(header Retry-After) $(head -c 200 "$work/b")" is_unavailable_page
fetch "$site/api/public/progress?outage=$$"
check "database down: the API answers 503 JSON { error, message } with Retry-After" "$code $(header Retry-After) $(head -c 200 "$work/b")" \
  eval 'test "$code" = 503 -a "$(header Retry-After)" = 60 && grep -q "\"error\":\"database_unavailable\",\"message\"" "$work/b"'
never_stale_error() { grep -qE '^5' <<<"$code" && test -z "$(header X-Cache-Status)" -a -z "$(header Warning)" && ! grep -q 'role="status" lang="zh-CN"' "$work/b"; }
fetch "$site/admin" -b "$jar"
check "database down: /admin (signed in) answers an error, never a stale copy" "$code $(header X-Cache-Status)" never_stale_error
leaks() { grep -qiE 'postgres(ql)?://|pg_stat|select |node_modules' "$work/b"; }
check "database down: the error page names no query, connection or stack" "$(grep -oiE 'postgres(ql)?://|select |node_modules' "$work/b" | head -3)" eval '! leaks'
psql "$admin_url" -qc "ALTER DATABASE $db CONNECTION LIMIT -1"
# nginx may have marked the instance failed for fail_timeout (5 s): poll for up to 10 s.
fresh() { test "$code" = 200 -a "$(header X-Cache-Status)" != STALE -a -z "$(header Warning)"; }
for _ in $(seq 20); do sleep 0.5; fetch "$warm"; if fresh; then break; fi; done
check "database back: the page is fresh again, without restarting anything" "$code $(header X-Cache-Status)" fresh
# Both instances down: nginx alone answers.
sleep 1.1
kill -TERM -- "-${groups[1]}"
for _ in $(seq 50); do kill -0 -- "-${groups[1]}" 2>/dev/null || break; sleep 0.1; done
fetch "$warm"
check "both instances down: the cached public page answers 200 STALE" "$code $(header X-Cache-Status)" is_stale_copy
fetch "$site/?outage-none=$$"
check "both instances down: a public page with no copy answers 503, readable" "$code $(header Retry-After)" is_unavailable_page
fetch "$site/login"
check "both instances down: /login is an error, never a copy" "$code $(header X-Cache-Status)" never_stale_error
fetch "$site/api/public/progress?outage-none=$$"
check "both instances down: the API answers 503 in its JSON shape" "$code $(header Retry-After) $(head -c 120 "$work/b")" \
  eval 'test "$code" = 503 -a "$(header Retry-After)" = 60 && grep -q "\"error\":\"service_unavailable\"" "$work/b"'

echo "recipe test: $passes passed, $failures failed, $((SECONDS - started)) s"
# npm test's closing line counts these checks too (scripts/test-summary.mjs reads vitest's shape).
if [ -n "${RECIPE_REPORT:-}" ]; then
  echo "{\"numPassedTests\": $passes, \"numFailedTests\": $failures, \"numPendingTests\": 0, \"numTodoTests\": 0}" >"$RECIPE_REPORT"
fi
[ "$failures" = 0 ]
