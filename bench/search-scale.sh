#!/usr/bin/env bash
# Search and suggest at 100x the shipped content: copies every entry 99 times in a scratch database, starts the
# packaged service on it (its search index is made from those rows) and measures new two-word queries and new 2-4
# letter prefixes with wrk: per-query latency under light load (1 thread, 4 connections) and throughput and latency
# when saturated (2 threads, 32 connections). Golden queries in both languages must still find their entry first.
# Needs a local PostgreSQL on 127.0.0.1:5432 (user postgres). Writes bench/results/<date>-search-scale.md.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=bonemet_scale
PORT=${PORT:-18183}
JAVA_OPTS=${JAVA_OPTS:--Xmx128m -XX:+UseSerialGC}
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qAt)
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -f target/bone-metastasis-api-app.jar ] || ./mvnw -B -q package -DskipTests
"${PSQL[@]}" -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB" >/dev/null 2>&1
WORK=$(mktemp -d)
. bench/requests.sh
BASE="http://127.0.0.1:$PORT/api/v1"

start() {
  QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB QUARKUS_DATASOURCE_USERNAME=postgres \
    BONEMET_RATE_LIMIT_ENABLED=false QUARKUS_HTTP_PORT=$PORT java $JAVA_OPTS -jar target/bone-metastasis-api-app.jar >"$WORK/service.log" 2>&1 &
  PID=$!
  until curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null; do sleep 0.2; done
}
start; kill $PID; wait $PID 2>/dev/null || true   # schema and content

ORIGINAL=$("${PSQL[@]}" -d $DB -c "SELECT count(*) FROM content_item")
"${PSQL[@]}" -d $DB <<'SQL'
CREATE TEMP TABLE copies AS
  SELECT i.id AS original, i.collection, i.slug || '-copy-' || n AS slug FROM content_item i, generate_series(1, 99) n;
INSERT INTO content_item (collection, slug, last_reviewed, next_review)
  SELECT collection, slug, DATE '2026-11-28', DATE '2027-11-28' FROM copies;
CREATE TEMP TABLE mapping AS SELECT c.original, i.id AS copy FROM copies c JOIN content_item i USING (collection, slug);
INSERT INTO content_text (item_id, lang, name, summary, details)
  SELECT m.copy, t.lang, t.name, t.summary, t.details FROM mapping m JOIN content_text t ON t.item_id = m.original;
INSERT INTO content_synonym (item_id, lang, position, text)
  SELECT m.copy, s.lang, s.position, s.text FROM mapping m JOIN content_synonym s ON s.item_id = m.original;
INSERT INTO content_code (item_id, system, code, display)
  SELECT m.copy, c.system, c.code, c.display FROM mapping m JOIN content_code c ON c.item_id = m.original;
ANALYZE;
SQL
ITEMS=$("${PSQL[@]}" -d $DB -c "SELECT count(*) FROM content_item")
TEXTS=$("${PSQL[@]}" -d $DB -c "SELECT count(*) FROM content_text")

start
trap 'kill $PID 2>/dev/null || true' EXIT
FIRST=$(curl -s -o /dev/null -w '%{time_total}' "$BASE/search?q=femur")
MADE=$(grep -o 'Search index made[^"]*' "$WORK/service.log" | tail -1)

golden() { # query lang expected-slug -> a table row
  local got; got=$(curl -s -G --data-urlencode "q=$1" --data-urlencode "lang=$2" "$BASE/search" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["slug"])')
  echo "| $1 | $2 | $3 | $got | $([ "$got" = "$3" ] && echo yes || echo NO) |"
}
measure() { # name script threads connections
  wrk -t"$3" -c"$4" -d5s -s "$2" "$BASE" -- 0 "$3" >/dev/null
  local out; out=$(wrk -t"$3" -c"$4" -d10s --latency -s "$2" "$BASE" -- 240000 "$3")
  echo "| $1 | -t$3 -c$4 | $(awk '/Requests\/sec/ {printf "%d", $2}' <<<"$out") | $(awk '$1 == "50%" {print $2}' <<<"$out") | $(awk '$1 == "99%" {print $2}' <<<"$out") | $(awk '/Non-2xx/ {print $NF}' <<<"$out" | grep . || echo 0) |"
}

RESULT="bench/results/$(date +%F)-search-scale.md"
{
  echo "# Search at 100x content, $(date +%F)"
  echo
  echo "Machine: $(nproc) cores, $(. /etc/os-release; echo "$PRETTY_NAME"), $(java -version 2>&1 | head -1), PostgreSQL $("${PSQL[@]}" -c 'SHOW server_version')."
  echo "Command: \`bench/search-scale.sh\`. Entries: $ORIGINAL shipped, $ITEMS after copying each 99 times ($TEXTS texts in English and German)."
  echo "The service's index at this size: ${MADE:-not logged}; the first search after start took ${FIRST} s."
  echo
  echo "## Golden queries still find their entry first"
  echo
  echo "| query | lang | expected | first hit | same |"
  echo "|---|---|---|---|---|"
  golden "cord compression" en metastatic-spinal-cord-compression
  golden "femor" en proximal-femur
  golden "Zometa" en zoledronic-acid
  golden "Wirbelsäule" de spine
  golden "Knochenszintigrafie" de bone-scintigraphy
  golden "Hyperkalzämie" de hypercalcaemia-of-malignancy
  echo
  echo "## New queries (targets: p99 ≤ 20 ms for search, ≤ 5 ms for suggest)"
  echo
  echo "Latency under light load (4 connections) is what one query costs; at 32 connections on two cores it includes the"
  echo "wait for a core."
  echo
  echo "| request | wrk | requests/s | p50 | p99 | non-2xx |"
  echo "|---|---|---|---|---|---|"
  measure "GET /search, a new two-word query every request" "$(new_search_script)" 1 4
  measure "GET /suggest, a new 2-4 letter prefix every request" "$(new_prefix_script)" 1 4
  measure "GET /search, a new two-word query every request" "$(new_search_script)" 2 32
  measure "GET /suggest, a new 2-4 letter prefix every request" "$(new_prefix_script)" 2 32
  echo
  echo "RSS after the load: $(( $(awk '/VmRSS/ {print $2}' "/proc/$PID/status") / 1024 )) MiB ($JAVA_OPTS)."
} | tee "$RESULT"
kill $PID; wait $PID 2>/dev/null || true; "${PSQL[@]}" -c "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1 || true
