# The packaged service started as the container image starts it, for the benchmark scripts that source this file
# (perf.sh, startup.sh) from the project's folder. It sets:
# - JAR and JAVA_OPTS: the image's JVM flags (Dockerfile: GC_CONTAINER_OPTIONS and JAVA_OPTS_APPEND) with its class
#   archive in target instead of /deployments, made the same way (src/main/docker/class-archive.sh); JAVA_OPTS given
#   in the environment wins;
# - the database: QUARKUS_DATASOURCE_JDBC_URL when given, else a new scratch database on 127.0.0.1:5432;
# - WORK (a new scratch folder, the service's log in it), BASE (the API's address on PORT, default 18181) and
#   MALLOC_ARENA_MAX as the image sets it; the rate limit is off.
# Functions: build_service (the jar and its class archive), start_service and stop_service, start_as_pods.
# SERVICE_ENV (an array of VAR=value) is added to the environment of the services started, and to theirs only.
JAR=$PWD/target/bone-metastasis-api-app.jar
PORT=${PORT:-18181}
image_env() { sed -n "s/^ENV $1=\"\\(.*\\)\"$/\\1/p" Dockerfile; }
JAVA_OPTS=${JAVA_OPTS:-$(echo "$(image_env GC_CONTAINER_OPTIONS) $(image_env JAVA_OPTS_APPEND)" \
  | sed -e 's/-Dquarkus.http.host=0.0.0.0 *//' -e "s#/deployments/#$PWD/target/#g")}
if [ -z "${QUARKUS_DATASOURCE_JDBC_URL:-}" ]; then
  psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS bonemet_perf" -c "CREATE DATABASE bonemet_perf" >/dev/null 2>&1 \
    || { echo "Could not make the scratch database bonemet_perf (is a service still connected to it?)" >&2; exit 1; }
  export QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/bonemet_perf
  export QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres
fi
export BONEMET_RATE_LIMIT_ENABLED=false QUARKUS_HTTP_PORT=$PORT
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-$(sed -n 's/^ENV MALLOC_ARENA_MAX=//p' Dockerfile)}
WORK=$(mktemp -d)
BASE="http://127.0.0.1:$PORT/api/v1"
PID=
SERVICE_ENV=()

build_service() {
  ./mvnw -B -q package -DskipTests
  # shellcheck disable=SC2086
  bash src/main/docker/class-archive.sh "$JAR" $JAVA_OPTS
}
millis() { local now=${EPOCHREALTIME//[!0-9]/}; echo $(( now / 1000 )); } # digits only: the decimal point is the locale's
# first_response PATH: waits until GET PATH answers 200, asking about every 10 ms with the shell's own /dev/tcp and
# read -t, so that no try starts a process (one is started per call, for the pipe it sleeps on). The loop of curl and
# sleep that waited before (first_response_forking, kept to compare with the figures timed that way) started two
# processes per try, a try about every 37 ms, and alone used about three quarters of one of the two cores the service
# starts on (bench/README.md). Fails when PID is gone.
first_response() {
  local tick c status
  exec {tick}<> <(:) # a pipe nothing is written to: read -t on it sleeps without a process
  while kill -0 "$PID" 2>/dev/null; do
    status=
    if { exec {c}<>"/dev/tcp/127.0.0.1/$PORT"; } 2>/dev/null; then
      trap '' PIPE # a connection reset while starting or dying must not end the script: the write fails instead
      if printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' "$1" >&"$c" 2>/dev/null; then
        read -r -t 10 -u "$c" _ status _ 2>/dev/null || true
      fi
      trap - PIPE
      exec {c}>&-
      if [ "${status%$'\r'}" = 200 ]; then exec {tick}>&-; return 0; fi
    fi
    read -r -t 0.01 -u "$tick" || true
  done
  exec {tick}>&-
  return 1
}
first_response_forking() {
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT$1"; do
    kill -0 "$PID" 2>/dev/null || return 1
    sleep 0.01
  done
}
PROBE=${PROBE:-first_response}
start_service() { # [JVM options added to JAVA_OPTS] -> sets PID and STARTUP_MS (process start to the first 200 of a
  # content GET, waited for by $PROBE)
  if curl -s -o /dev/null "$BASE/sites/spine"; then echo "Port $PORT is taken: stop what listens there or set PORT." >&2; return 1; fi
  local t0; t0=$(millis)
  # shellcheck disable=SC2086
  (cd target && exec env "${SERVICE_ENV[@]}" java $JAVA_OPTS "$@" -jar "$JAR") >"$WORK/service.log" 2>&1 &
  PID=$!
  "$PROBE" /api/v1/sites/spine || { cat "$WORK/service.log" >&2; return 1; }
  STARTUP_MS=$(( $(millis) - t0 ))
}
stop_service() { kill "$PID"; wait "$PID" 2>/dev/null || true; PID=; }
# as the pods start: the Flyway and Hibernate settings of their ConfigMap (k8s/base/kustomization.yaml). The Job has
# migrated the schema (nothing checks it against the mapping), so no migration, no schema validation, and Hibernate
# starts without connecting.
start_as_pods() {
  local setting
  while read -r setting; do export "${setting?}"; done \
    < <(sed -n 's/^ *- \(QUARKUS_\(FLYWAY\|HIBERNATE_ORM\)_[A-Z_]*=[^ ]*\)$/\1/p' k8s/base/kustomization.yaml)
}
