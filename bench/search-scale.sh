#!/usr/bin/env bash
# Search and suggest at 100x the shipped content: copies every entry 99 times in a scratch database (the
# database's own triggers index the copies), then shows EXPLAIN ANALYZE of the service's exact statements
# (src/main/resources/search/*.sql) and measures both endpoints with wrk.
# Needs a local PostgreSQL on 127.0.0.1:5432 (user postgres). Writes bench/results/<date>-search-scale.md.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=bonemet_scale
PORT=${PORT:-18183}
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qAt)
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
"${PSQL[@]}" -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB" >/dev/null 2>&1

start() {
  QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB QUARKUS_DATASOURCE_USERNAME=postgres \
    BONEMET_RATE_LIMIT_ENABLED=false QUARKUS_HTTP_PORT=$PORT java -jar target/quarkus-app/quarkus-run.jar >/tmp/bench-search.log 2>&1 &
  PID=$!
  until curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null; do sleep 0.2; done
}
start; kill $PID; wait $PID 2>/dev/null || true   # schema and content

ORIGINAL=$("${PSQL[@]}" -d $DB -c "SELECT count(*) FROM content_item")
SECONDS=0
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
ANALYZE;
SQL
LOAD_SECONDS=$SECONDS
ITEMS=$("${PSQL[@]}" -d $DB -c "SELECT count(*) FROM content_item")
TERMS=$("${PSQL[@]}" -d $DB -c "SELECT count(*) FROM search_term")

explain() { # sql-file, substitutions for sed
  local sql; sql=$(grep -v '^--' "$1" | sed "$2")
  "${PSQL[@]}" -d $DB -c "SELECT set_config('pg_trgm.word_similarity_threshold', '0.45', false)" \
    -c "EXPLAIN (ANALYZE, COSTS OFF, TIMING ON) $sql" | grep -E "Index|Bitmap|Seq Scan|Execution Time|Planning Time"
}

start
trap 'kill $PID 2>/dev/null || true' EXIT
BASE="http://127.0.0.1:$PORT/api/v1"
measure() { # name url
  wrk -t2 -c32 -d3s "$2" >/dev/null
  local out; out=$(wrk -t2 -c32 -d10s --latency "$2")
  echo "| $1 | $(awk '/Requests\/sec/ {print $2}' <<<"$out") | $(awk '$1 == "50%" {print $2}' <<<"$out") | $(awk '$1 == "99%" {print $2}' <<<"$out") | $(awk '/Non-2xx/ {print $NF}' <<<"$out" | grep . || echo 0) |"
}

RESULT="bench/results/$(date +%F)-search-scale.md"
{
  echo "# Search at 100x content, $(date +%F)"
  echo
  echo "Machine: $(nproc) cores, $(. /etc/os-release; echo "$PRETTY_NAME"), PostgreSQL $("${PSQL[@]}" -c 'SHOW server_version')."
  echo "Command: \`bench/search-scale.sh\`. Entries: $ORIGINAL shipped, $ITEMS after copying each 99 times ($TERMS names and"
  echo "synonyms indexed); the triggers indexed the copies in $LOAD_SECONDS s."
  echo
  echo "## Throughput (wrk -t2 -c32 -d10s after a 3 s warm-up)"
  echo
  echo "| request | requests/s | p50 | p99 | non-2xx |"
  echo "|---|---|---|---|---|"
  measure "GET /search?q=femor (typo)" "$BASE/search?q=femor"
  measure "GET /search?q=cord+compression" "$BASE/search?q=cord+compression"
  measure "GET /search?q=Wirbelsäule&lang=de" "$BASE/search?q=Wirbels%C3%A4ule&lang=de"
  measure "GET /suggest?q=zol" "$BASE/suggest?q=zol"
  echo
  echo "## Plans (EXPLAIN ANALYZE of src/main/resources/search/*.sql)"
  for q in femor "cord compression" "Wirbelsäule"; do
    echo; echo "search q='$q':"; echo '```'
    explain src/main/resources/search/search.sql "s/:q/'$q'/g; s/:lang/'en'/g; s/CAST(:type AS text)/CAST(NULL AS text)/; s/:type/NULL/g; s/:limit/20/; s/:offset/0/"
    echo '```'
  done
  echo; echo "suggest prefix 'zol':"; echo '```'
  explain src/main/resources/search/suggest.sql "s/:lang/'en'/g; s/:prefix/'zol%'/"
  echo '```'
} | tee "$RESULT"
kill $PID; "${PSQL[@]}" -c "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1 || true
