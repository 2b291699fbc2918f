# Sourced by scripts/recipe-test.sh and scripts/load.sh: the self-hosting recipe of deploy/README.md
# brought up on loopback. Debian's nginx with deploy/nginx/gongshi.conf (TLS with a throwaway
# certificate) in front of two `next start` instances of the current build, on a fresh database of the
# PostgreSQL server that DATABASE_URL names (an admin connection). Everything is removed on exit.
#
#   recipe_build                    next build when .next has none (hold /tmp/gongshi-next.lock)
#   recipe_database                 the database and its two roles (db/roles.sql): sets db, owner_url, app_url,
#                                   runtime_role, audit_key
#   recipe_instances [VAR=value…]   two production instances as the runtime role: sets port_a, port_b, app_pids
#   recipe_nginx                    nginx from the shipped files: sets site, http_port, https_port
#   recipe_wait                     until both instances and nginx answer
# RECIPE_NGINX_CONNECTIONS (default 256) is nginx's worker_connections.

if [ -z "${DATABASE_URL:-}" ]; then
  echo "$0: set DATABASE_URL to a PostgreSQL server whose user may create databases." >&2
  exit 1
fi
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
if [ ! -x "$nginx_bin" ]; then
  if [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx) >/dev/null
    nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
  else
    echo "$0: nginx is missing: install Debian's nginx package (sudo apt-get install -y nginx)." >&2
    exit 1
  fi
fi

work=$(mktemp -d)
admin_url=$DATABASE_URL
db="gongshi_recipe_$$"
owner_url="${admin_url%/*}/$db"
groups=()
app_pids=()
cleanup() {
  for g in "${groups[@]}"; do kill -TERM -- "-$g" 2>/dev/null || true; done
  for g in "${groups[@]}"; do
    for _ in $(seq 50); do kill -0 -- "-$g" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$g" 2>/dev/null || true
  done
  psql "$admin_url" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "DROP ROLE IF EXISTS ${db}_owner, ${db}_app" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
# The browser tests leave their build behind; build only when there is none.
recipe_build() {
  if [ ! -f .next/BUILD_ID ]; then
    echo "$0: no build in .next, running next build"
    npx next build >/dev/null
  fi
}
# The instances and nginx run the build in app_dir (default: this checkout).
app_dir=$PWD
free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }

# ---- The database as deploy/README.md sets it up: db/roles.sql as the superuser, then (the caller)
# setup or the demo seed as the owner; the instances connect as the runtime role. Role names are
# cluster-wide: unique per run.
recipe_database() {
  psql "$admin_url" -qc "CREATE DATABASE $db"
  owner_role="${db}_owner"
  runtime_role="${db}_app"
  local owner_password runtime_password
  owner_password=$(openssl rand -hex 16)
  runtime_password=$(openssl rand -hex 16)
  psql "${admin_url%/*}/$db" -X -q -f db/roles.sql -v owner="$owner_role" -v owner_password="$owner_password" \
    -v runtime="$runtime_role" -v runtime_password="$runtime_password" >/dev/null
  url_as() { node -e 'const u = new URL(process.argv[1]); u.username = process.argv[2]; u.password = process.argv[3]; u.pathname = "/" + process.argv[4]; console.log(u.href)' "$admin_url" "$1" "$2" "$db"; }
  owner_url=$(url_as "$owner_role" "$owner_password")
  app_url=$(url_as "$runtime_role" "$runtime_password")
  # The audit key the instances will use: the owner's audit rows are chained with it too.
  audit_key=$(openssl rand -hex 32)
}

# ---- Two production instances, each in its own process group.
recipe_instances() {
  port_a=$(free_port)
  port_b=$(free_port)
  auth_secret=$(openssl rand -base64 48)
  for port in "$port_a" "$port_b"; do
    env -u PGLITE_DIR -u POSTGRES_URL -u GONGSHI_DEMO -u GONGSHI_EMBEDDED NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 \
      DATABASE_URL="$app_url" AUTH_SECRET="$auth_secret" AUDIT_KEY="$audit_key" AUTH_TRUST_HOST=true TRUST_PROXY=1 "$@" \
      setsid sh -c 'cd "$1" && exec node node_modules/next/dist/bin/next start --hostname 127.0.0.1 --port "$2"' sh "$app_dir" "$port" >"$work/app-$port.log" 2>&1 &
    groups+=("$!")
    app_pids+=("$!")
  done
}

# ---- nginx from the shipped files: only addresses, ports and paths are replaced.
recipe_nginx() {
  http_port=$(free_port)
  https_port=$(free_port)
  mkdir -p "$work/cache" "$work/tmp"
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 1 -subj /CN=127.0.0.1 \
    -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null
  sed -e "s#/srv/gongshi/#$app_dir/#" deploy/nginx/gongshi-locations.conf >"$work/gongshi-locations.conf"
  sed -e "s#127\.0\.0\.1:3001#127.0.0.1:$port_a#" -e "s#127\.0\.0\.1:3002#127.0.0.1:$port_b#" \
    -e "s#/var/cache/nginx/gongshi#$work/cache#" \
    -e "s#listen 80;#listen 127.0.0.1:$http_port;#" -e "s#listen 443 ssl http2;#listen 127.0.0.1:$https_port ssl http2;#" \
    -e '/listen \[::\]/d' \
    -e "s#/etc/letsencrypt/live/[^/]*/fullchain\.pem#$work/cert.pem#" -e "s#/etc/letsencrypt/live/[^/]*/privkey\.pem#$work/key.pem#" \
    -e "s#/etc/nginx/snippets/gongshi-locations\.conf#$work/gongshi-locations.conf#" \
    deploy/nginx/gongshi.conf >"$work/gongshi.conf"
  if sed 's/#.*//' "$work"/gongshi*.conf | grep -E '/srv/gongshi|/var/cache|/etc/letsencrypt|/etc/nginx/snippets|:300[12]\b|listen (80|443)'; then
    echo "$0: the deploy/nginx files changed shape; update the substitutions in scripts/recipe-up.sh." >&2
    exit 1
  fi
  cat >"$work/nginx.conf" <<EOF
$([ "$(id -u)" = 0 ] && echo 'user root;')
worker_processes 1;
worker_rlimit_nofile $((2 * ${RECIPE_NGINX_CONNECTIONS:-256} + 64));
daemon off;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections ${RECIPE_NGINX_CONNECTIONS:-256}; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log $work/nginx-access.log;
  client_body_temp_path $work/tmp/body;
  proxy_temp_path $work/tmp/proxy;
  fastcgi_temp_path $work/tmp/fastcgi;
  uwsgi_temp_path $work/tmp/uwsgi;
  scgi_temp_path $work/tmp/scgi;
  include $work/gongshi.conf;
}
EOF
  "$nginx_bin" -t -q -e "$work/nginx-error.log" -p "$work" -c "$work/nginx.conf"
  setsid "$nginx_bin" -e "$work/nginx-error.log" -p "$work" -c "$work/nginx.conf" &
  groups+=("$!")
  site="https://127.0.0.1:$https_port"
}

recipe_wait() {
  local url i
  for url in "http://127.0.0.1:$port_a/" "http://127.0.0.1:$port_b/" "$site/"; do
    for i in $(seq 120); do
      if curl -sk -o /dev/null --max-time 5 "$url"; then break; fi
      if [ "$i" = 120 ]; then
        echo "$0: $url did not answer within 60 s" >&2
        tail -n 20 "$work"/app-*.log "$work/nginx-error.log" >&2 || true
        exit 1
      fi
      sleep 0.5
    done
  done
  echo "recipe: nginx :$https_port (TLS) and :$http_port, instances :$port_a and :$port_b, database $db ($((SECONDS - started)) s to start)"
}
