#!/usr/bin/env bash
# The performance benchmark: the packaged service against nginx serving the same JSON payloads as static files,
# both on this machine, measured with wrk on loopback (2 threads, 32 connections, DURATION each after a WARMUP
# warm-up). Reports requests/s as a ratio to nginx, p50/p99, errors, startup to first response and RSS after load.
# Usage: bench/perf.sh        (uses QUARKUS_DATASOURCE_JDBC_URL, else a scratch database on 127.0.0.1:5432)
# Writes bench/results/<date>-perf.md. Installs wrk and nginx when missing. JAVA_OPTS defaults to the container's.
# LIMITER=1 adds the shared rate limiter's table (ten minutes more); LIMITER_ONLY=1 measures only that table.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-10s}
NGINX_PORT=${NGINX_PORT:-18182}
command -v wrk >/dev/null && command -v nginx >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk nginx-light >/dev/null; }
. bench/service.sh
PROBE=first_response # the row's probe, whatever the environment says (the curl loop is timed beside it below)
build_service
. bench/requests.sh
LIMITED_PID=
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null; [ -n "$LIMITED_PID" ] && kill "$LIMITED_PID" 2>/dev/null; [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null; true; }
trap cleanup EXIT

# first boot migrates the empty database and loads the content; pods start without migrating (the Job does)
start_service; FIRST_BOOT_MS=$STARTUP_MS
if [ -z "${LIMITER_ONLY:-}" ]; then # LIMITER_ONLY=1: only the limiter's table (below), into <date>-limiter.md
stop_service
start_as_pods
# startup varies by a second between runs on a shared 2-core machine: five starts each, medians reported;
# first without the class archive (for comparison), then as the image starts (the last one stays up)
median_of_five() { printf '%s\n' "$@" | sort -n | awk '{a[NR] = $1} END {print a[3], a[1], a[5]}'; }
WITH_ARCHIVE=$JAVA_OPTS
JAVA_OPTS=$(sed 's/-XX:SharedArchiveFile=[^ ]*//' <<<"$WITH_ARCHIVE")
STARTS=()
for i in 1 2 3 4 5; do start_service; STARTS+=("$STARTUP_MS"); stop_service; done
read -r PLAIN_MS PLAIN_MIN PLAIN_MAX <<<"$(median_of_five "${STARTS[@]}")"
JAVA_OPTS=$WITH_ARCHIVE
# with the class archive, each start the row counts (first_response) paired with one waited for by the curl loop
# that timed the figures before the light probe (bench/README.md), the pair's order swapped every other round; the
# last start, timed as the row is, stays up
STARTS=(); FORKING=(); IN_ORDER=()
timed_start() { # probe -> one start waited for by it, recorded
  PROBE=$1 start_service
  if [ "$1" = first_response ]; then STARTS+=("$STARTUP_MS"); else FORKING+=("$STARTUP_MS"); fi
  IN_ORDER+=("$STARTUP_MS ms ($([ "$1" = first_response ] && echo light probe || echo curl loop))")
}
for i in 1 2 3 4 5; do # an odd number of rounds: the last one ends with a start timed by the light probe
  if [ $((i % 2)) -eq 0 ]; then timed_start first_response; stop_service; timed_start first_response_forking; stop_service
  else timed_start first_response_forking; stop_service; timed_start first_response; [ "$i" -eq 5 ] || stop_service; fi
done
read -r STARTUP_MS STARTUP_MIN STARTUP_MAX <<<"$(median_of_five "${STARTS[@]}")"
read -r FORKING_MS FORKING_MIN FORKING_MAX <<<"$(median_of_five "${FORKING[@]}")"
fi

# the payloads, as the service sends them, become nginx's static files
mkdir -p "$WORK/www"
curl -sf "$BASE/treatments/zoledronic-acid" -o "$WORK/www/detail.json"
curl -sf "$BASE/sites?size=20" -o "$WORK/www/list.json"
curl -sf "$BASE/search?q=spinal+cord+compression" -o "$WORK/www/search.json"
curl -sf "$BASE/suggest?q=fem" -o "$WORK/www/suggest.json"
curl -sf -H 'Content-Type: application/json' -d "$PROFILE" "$BASE/treatment-options" -o "$WORK/www/options.json"
curl -sf "$BASE/bundle" -o "$WORK/www/bundle.json"
gzip -k -6 "$WORK/www/bundle.json"
cat >"$WORK/nginx.conf" <<NGINX
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  default_type application/json;
  etag on;
  gzip_static on;
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/www; }
}
NGINX
chmod 755 "$WORK" && chmod -R a+rX "$WORK/www"  # nginx workers run unprivileged
nginx -c "$WORK/nginx.conf" -p "$WORK" -g 'daemon on;'
NGINX="http://127.0.0.1:$NGINX_PORT"

post_script() {
  local file="$WORK/post.lua"
  printf 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = [[%s]]\n' "$PROFILE" >"$file"
  echo "$file"
}
# Scripts that make a new request every time (below) number their requests from the first script argument, each of
# the two threads taking every other number: the warm-up starts at 0, the measurement at 240,000, so nothing repeats
# unless the warm-up sends more than 240,000 requests (the prefixes, 475,228 in all, would wrap after 235,228 more).
measure() { # url [wrk options...] -> "rps p50 p99 errors"
  local url=$1; shift
  wrk -t2 -c32 -d"$WARMUP" "$@" "$url" -- 0 2 >/dev/null
  local out; out=$(wrk -t2 -c32 -d"$DURATION" --latency "$@" "$url" -- 240000 2)
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ {printf "%d", $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  echo "$rps $p50 $p99 $(wrk_failures "$out")"
}
row() { # name target file service-url nginx-url [wrk options for both] -- [service-only options]
  local name=$1 target=$2 file=$3 service=$4 static=$5; shift 5
  local common=() own=()
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do common+=("$1"); shift; done
  [ $# -gt 0 ] && shift && own=("$@")
  read -r s_rps s_p50 s_p99 s_err <<<"$(measure "$service" "${common[@]}" "${own[@]}")"
  read -r n_rps n_p50 n_p99 n_err <<<"$(measure "$static" "${common[@]}" "${NGINX_OWN[@]}")"
  local ratio; ratio=$(awk -v s="$s_rps" -v n="$n_rps" 'BEGIN {printf "%.2f", s / n}')
  local verdict; verdict=$(awk -v r="$ratio" -v t="$target" 'BEGIN {print (r >= t ? "met" : "missed")}')
  echo "| $name | $(stat -c %s "$WORK/www/$file") | $s_rps | $n_rps | **$ratio** | ≥ $target ($verdict) | $s_p50 / $s_p99 | $n_p50 / $n_p99 | $s_err |"
}

clients_script() { # every request from one of 1000 client addresses, as an ingress forwards them
  local file="$WORK/clients.lua"
  printf 'local n = 0\nrequest = function()\n  n = n + 1\n  local c = n %% 1000\n  return wrk.format(nil, nil, {["X-Forwarded-For"] = "100.64." .. math.floor(c / 250) .. "." .. (c %% 250 + 1)}, nil)\nend\n' >"$file"
  echo "$file"
}
new_clients_script() { # every request from an address not seen before: the shared bucket is created in the database
  local file="$WORK/new-clients.lua"
  printf 'local n = 0\nrequest = function()\n  n = n + 1\n  return wrk.format(nil, nil, {["X-Forwarded-For"] = "10." .. math.floor(n / 65536) %% 256 .. "." .. math.floor(n / 256) %% 256 .. "." .. n %% 256}, nil)\nend\n' >"$file"
  echo "$file"
}
# The same cached GETs with the limiter off and with the shared limiter on (buckets in PostgreSQL, quotas set so
# high that nothing is refused, so that only the limiter's own cost shows). Both services run side by side and are
# measured in turns, off-on-off-on, the better of each pair reported: this machine's throughput drifts by a tenth
# between consecutive runs, more than the difference measured.
limiter_rows() {
  local secret id
  id=benchkey0001
  secret="bmk_${id}_$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=' | head -c 43)"
  local hash; hash=$(printf '%s' "${secret:17}" | sha256sum | cut -d' ' -f1)
  local db=${QUARKUS_DATASOURCE_JDBC_URL#jdbc:postgresql://}
  PGPASSWORD=$QUARKUS_DATASOURCE_PASSWORD psql -h "${db%%:*}" -U "$QUARKUS_DATASOURCE_USERNAME" -d "${db##*/}" -qc \
    "DELETE FROM api_key_usage WHERE key_id = '$id'; DELETE FROM api_key WHERE id = '$id';
     INSERT INTO api_key (id, name, contact, secret_hash, quota_per_minute, quota_per_day, created_by)
     VALUES ('$id', 'Benchmark', 'bench@example.org', decode('$hash', 'hex'), 100000000, 2000000000, 'bench/perf.sh')" >/dev/null
  local on_port=$((PORT + 2))
  # shellcheck disable=SC2086
  (cd target && BONEMET_RATE_LIMIT_ENABLED=true BONEMET_RATE_LIMIT_REQUESTS_PER_MINUTE=100000000 QUARKUS_HTTP_PORT=$on_port \
    exec java $JAVA_OPTS -jar "$JAR") >"$WORK/service-limited.log" 2>&1 &
  LIMITED_PID=$!
  LIMITED="http://127.0.0.1:$on_port/api/v1"
  until curl -sf -o /dev/null "$LIMITED/sites/spine"; do sleep 0.05; done
  # the first service has been under load for minutes: warm the second as long before comparing them
  wrk -t2 -c32 -d30s "$LIMITED/treatments/zoledronic-acid" >/dev/null
  echo "Cached GETs of a detail with the shared rate limiter off and on (\`BONEMET_RATE_LIMIT_ENABLED\`, buckets in PostgreSQL, quotas of 10^8 a minute so that nothing is refused), both services up side by side and measured in turns (off, on, off, on; the better of each pair):"
  echo
  echo "| clients | limiter off req/s | limiter on req/s | change | target | on: p50 / p99 | on: non-2xx |"
  echo "|---|---|---|---|---|---|---|"
  limiter_row "one client address" 10 /treatments/zoledronic-acid
  limiter_row "1000 client addresses (X-Forwarded-For)" 10 /treatments/zoledronic-acid -s "$(clients_script)"
  limiter_row "one partner key (X-API-Key)" 10 /treatments/zoledronic-acid -H "X-API-Key: $secret"
  limiter_row "revalidation (304), one client" 10 /treatments/zoledronic-acid -H "If-None-Match: $DETAIL_TAG"
  limiter_row "a new client address every request" - /treatments/zoledronic-acid -s "$(new_clients_script)"
  echo
  echo "Rate-limit buckets in PostgreSQL after the run: $(PGPASSWORD=$QUARKUS_DATASOURCE_PASSWORD psql -h "${db%%:*}" -U "$QUARKUS_DATASOURCE_USERNAME" -d "${db##*/}" -tAc 'SELECT count(*) FROM rate_limit_bucket'); RSS of the limited service $(( $(awk '/VmRSS/ {print $2}' "/proc/$LIMITED_PID/status") / 1024 )) MiB."
  kill "$LIMITED_PID" # this runs in the pipeline's subshell, out of the exit trap's sight
}
better() { # "rps p50 p99 err" "rps p50 p99 err" -> the one with more requests/s
  local a b; read -r a _ <<<"$1"; read -r b _ <<<"$2"
  if [ "$a" -ge "$b" ]; then echo "$1"; else echo "$2"; fi
}
limiter_row() { # name max-loss-percent path [wrk options]
  local name=$1 target=$2 path=$3; shift 3
  local off1 on1 off2 on2
  off1=$(measure "$BASE$path" "$@"); on1=$(measure "$LIMITED$path" "$@")
  off2=$(measure "$BASE$path" "$@"); on2=$(measure "$LIMITED$path" "$@")
  local o_rps n_rps n_p50 n_p99 n_err
  read -r o_rps _ <<<"$(better "$off1" "$off2")"; read -r n_rps n_p50 n_p99 n_err <<<"$(better "$on1" "$on2")"
  local change; change=$(awk -v a="$o_rps" -v b="$n_rps" 'BEGIN {printf "%+.1f%%", (b - a) * 100 / a}')
  local verdict="(no target: the worst case)"
  [ "$target" != - ] && verdict="loss ≤ $target% ($(awk -v a="$o_rps" -v b="$n_rps" -v t="$target" 'BEGIN {print ((a - b) * 100 / a <= t ? "met" : "missed")}'))"
  echo "| $name | $o_rps | $n_rps | **$change** | $verdict | $n_p50 / $n_p99 | $n_err |"
}

DETAIL_TAG=$(curl -sf -D - -o /dev/null "$BASE/treatments/zoledronic-acid" | awk -F': ' 'tolower($1) == "etag" {print $2}' | tr -d '\r')
NGINX_TAG=$(curl -sf -D - -o /dev/null "$NGINX/detail.json" | awk -F': ' 'tolower($1) == "etag" {print $2}' | tr -d '\r')
if [ -n "${LIMITER_ONLY:-}" ]; then
  wrk -t2 -c32 -d30s "$BASE/treatments/zoledronic-acid" >/dev/null
  { echo "# The shared rate limiter's cost, $(date +%F)"; echo
    echo "Machine: $(nproc) cores, $(java -version 2>&1 | head -1); \`LIMITER_ONLY=1 bench/perf.sh\`; JAVA_OPTS \`$JAVA_OPTS\`."; echo
    limiter_rows; } | tee "bench/results/$(date +%F)-limiter.md"
  exit 0
fi
RESULT="bench/results/$(date +%F)-perf.md"
{
  echo "# Performance against nginx, $(date +%F)"
  echo
  echo "Machine: $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(. /etc/os-release; echo "$PRETTY_NAME"), $(java -version 2>&1 | head -1), $(nginx -v 2>&1)."
  echo "Command: \`bench/perf.sh\`: wrk -t2 -c32 -d$DURATION --latency on loopback after a $WARMUP warm-up, service, nginx and wrk on the same machine; JAVA_OPTS \`$JAVA_OPTS\`, MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX."
  echo
  echo "| endpoint | payload bytes | service req/s | nginx req/s | ratio | target | service p50 / p99 | nginx p50 / p99 | service errors |"
  echo "|---|---|---|---|---|---|---|---|---|"
  NGINX_OWN=()
  row "GET /treatments/zoledronic-acid (detail)" 0.5 detail.json "$BASE/treatments/zoledronic-acid" "$NGINX/detail.json"
  row "GET /sites?size=20 (list page)" 0.4 list.json "$BASE/sites?size=20" "$NGINX/list.json"
  NGINX_OWN=(-H "If-None-Match: $NGINX_TAG")
  row "GET detail with If-None-Match (304)" 0.6 detail.json "$BASE/treatments/zoledronic-acid" "$NGINX/detail.json" -- -H "If-None-Match: $DETAIL_TAG"
  NGINX_OWN=()
  row "GET /bundle, gzip" 0.3 bundle.json.gz "$BASE/bundle" "$NGINX/bundle.json" -H "Accept-Encoding: gzip"
  row "POST /treatment-options, the same profile again (nginx: GET of the same response)" 0.25 options.json "$BASE/treatment-options" "$NGINX/options.json" -- -s "$(post_script)"
  row "POST /treatment-options, a new profile every request" 0.15 options.json "$BASE/treatment-options" "$NGINX/options.json" -- -s "$(distinct_script)"
  row "GET /search, a new two-word query every request" 0.1 search.json "$BASE/search" "$NGINX/search.json" -- -s "$(new_search_script)"
  row "GET /suggest, a new 2-4 letter prefix every request" 0.2 suggest.json "$BASE/suggest" "$NGINX/suggest.json" -- -s "$(new_prefix_script)"
  echo
  RSS=$(( $(awk '/VmRSS/ {print $2}' "/proc/$PID/status") / 1024 ))
  echo "RSS after all of the above: $RSS MiB (target ≤ 300 MiB: $([ "$RSS" -le 300 ] && echo met || echo missed))."
  echo
  echo "Startup to first response, as pods start (schema migrated by the Job, not validated; Hibernate started without connecting): $STARTUP_MS ms with the class archive, the median of five starts ($STARTUP_MIN to $STARTUP_MAX ms; target ≤ 3000 ms: $([ "$STARTUP_MS" -le 3000 ] && echo met || echo missed)); without it $PLAIN_MS ms ($PLAIN_MIN to $PLAIN_MAX ms). These starts are timed by the light probe (first_response), which asks about every 10 ms without starting a process. Timed by the curl loop used before the light probe (bench/README.md), in the same alternating starts: $FORKING_MS ms ($FORKING_MIN to $FORKING_MAX ms). Every start in order: $(IFS=,; echo "${IN_ORDER[*]}" | sed "s/,/, /g")."
  echo
  echo "First boot on an empty database including migration and content load: $FIRST_BOOT_MS ms (light probe)."
  if [ -n "${LIMITER:-}" ]; then echo; limiter_rows; fi
} | tee "$RESULT"
