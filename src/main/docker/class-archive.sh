#!/usr/bin/env bash
# Writes a class data sharing archive (AppCDS) of the packaged service: starts it once with the JVM options it runs
# with, sends it the requests clients send first, stops it, and the JVM stores every class it loaded in
# app-cds.jsa beside the jar. A JVM started with -XX:SharedArchiveFile=<that file> maps those classes instead of loading,
# parsing and verifying them again, which is most of the service's startup (bench/README.md). The archive only fits
# the JVM build and jars it was made with: the image makes it with its own runtime, and a JVM that finds it does not
# fit says so and starts without it.
# Needs neither a database nor curl: with the database unreachable the service still boots Hibernate, the REST layer
# and the OpenAPI document, and answers 503 problems.
# The jar must be given as the service is then started with it (the JVM checks that the class path is the same).
# Usage: class-archive.sh <service jar> [JVM options the service runs with]
set -euo pipefail
JAR=$1; shift
ARCHIVE=$(dirname "$JAR")/app-cds.jsa
PORT=${CLASS_ARCHIVE_PORT:-18090}
OPTIONS=()
for option in "$@"; do [[ $option == -XX:SharedArchiveFile=* ]] || OPTIONS+=("$option"); done
rm -f "$ARCHIVE"
QUARKUS_HTTP_PORT=$PORT QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_FLYWAY_MIGRATE_AT_START=false \
  QUARKUS_HIBERNATE_ORM_SCHEMA_MANAGEMENT_STRATEGY=none QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:1/none \
  QUARKUS_DATASOURCE_USERNAME=none QUARKUS_DATASOURCE_PASSWORD=none QUARKUS_LOG_LEVEL=ERROR \
  java "${OPTIONS[@]}" -XX:ArchiveClassesAtExit="$ARCHIVE" -Xlog:cds=off -jar "$JAR" &
PID=$!
trap 'kill "$PID" 2>/dev/null || true' EXIT
send() { # method path [body]: one HTTP/1.0 request over bash's /dev/tcp, the answer discarded
  set -- "$1" "$2" "${3-}"
  { printf '%s %s HTTP/1.0\r\nHost: localhost\r\nAccept-Encoding: gzip\r\nContent-Type: application/json\r\nContent-Length: %s\r\n\r\n%s' \
      "$1" "$2" "${#3}" "$3" >&3 && cat <&3 >/dev/null; } 3<>"/dev/tcp/127.0.0.1/$PORT"
}
for _ in $(seq 600); do send GET /q/health/live 2>/dev/null && break; sleep 0.1; done
for path in /api/v1 /api/v1/sites/spine /api/v1/sites?size=20 /api/v1/treatments/zoledronic-acid /api/v1/search?q=pain \
  /api/v1/bundle /api/v1/scores /api/v1/changes /q/openapi /q/health/ready /q/metrics; do
  send GET "$path" || true
done
send POST /api/v1/treatment-options '{"primaryCancer":"breast-cancer"}'
send POST /api/v1/scores/mirels '{"site":"upper-limb","pain":"mild","lesion":"blastic","size":"less-than-one-third"}'
send POST /api/v1/triage '{"findings":["new-back-pain"]}'
kill -TERM "$PID"
wait "$PID" || true
test -s "$ARCHIVE"
echo "class archive: $ARCHIVE ($(du -h "$ARCHIVE" | cut -f1))"
