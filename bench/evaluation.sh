#!/usr/bin/env bash
# Throughput of the evaluation endpoints (and one content GET for scale) on this machine, with wrk on loopback.
# Usage: bench/evaluation.sh            (uses QUARKUS_DATASOURCE_JDBC_URL, else a local PostgreSQL on 127.0.0.1:5432)
# Writes bench/results/<date>-evaluation.md.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-15s}
PORT=${PORT:-18181}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

if [ -z "${QUARKUS_DATASOURCE_JDBC_URL:-}" ]; then
  psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS bonemet_bench" -c "CREATE DATABASE bonemet_bench" >/dev/null 2>&1
  export QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/bonemet_bench
  export QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres
fi
[ -f target/bone-metastasis-api-app.jar ] || ./mvnw -B -q package -DskipTests

BONEMET_RATE_LIMIT_ENABLED=false QUARKUS_HTTP_PORT=$PORT java -jar target/bone-metastasis-api-app.jar >/tmp/bench-evaluation.log 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null; do sleep 0.2; done

BASE="http://127.0.0.1:$PORT/api/v1"
PROFILE='{"primaryCancer":"prostate-cancer","castrationResistant":true,"boneLesionCount":3,"lesions":[{"site":"thoracic-spine","lesionType":"blastic","pain":"mechanical"},{"site":"femur","lesionType":"mixed","pain":"functional"}],"visceralMetastases":"none","ecog":1,"neurology":{"deficit":"none","ambulatory":true},"creatinineClearance":45,"correctedCalcium":{"value":2.6,"unit":"mmol-l"},"dentalStatus":"healthy","expectedSurvivalMonths":12,"scoreInputs":{"mirels":{"site":"lower-limb","pain":"functional","lesion":"mixed","size":"one-third-to-two-thirds"},"sins":{"location":"semi-rigid","pain":"mechanical","lesion":"blastic","alignment":"normal","collapse":"none","posterolateral":"none"}}}'
SINS='{"location":"junctional","pain":"mechanical","lesion":"lytic","alignment":"normal","collapse":"under-50-percent","posterolateral":"unilateral"}'
TRIAGE='{"findings":["thoracic-or-cervical-spinal-pain","limb-weakness"],"knownCancer":true}'

post_script() { # body -> lua file
  local file; file=$(mktemp --suffix=.lua)
  printf 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = [[%s]]\n' "$1" >"$file"
  echo "$file"
}

run() { # name url [lua]
  local name=$1 url=$2 script=${3:-}
  wrk -t2 -c32 -d5s ${script:+-s "$script"} "$url" >/dev/null   # warm-up
  local out; out=$(wrk -t2 -c32 -d"$DURATION" --latency ${script:+-s "$script"} "$url")
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx/ {print $NF}' <<<"$out"); errors=${errors:-0}
  echo "| $name | $rps | $p50 | $p99 | $errors |"
}

RESULT="bench/results/$(date +%F)-evaluation.md"
{
  echo "# Evaluation endpoints, $(date +%F)"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(. /etc/os-release; echo "$PRETTY_NAME"), $(java -version 2>&1 | head -1)."
  echo "Command: \`bench/evaluation.sh\` (wrk -t2 -c32 -d$DURATION --latency on loopback after a 5 s warm-up; server and wrk share the machine)."
  echo
  echo "| request | requests/s | p50 | p99 | non-2xx |"
  echo "|---|---|---|---|---|"
  run "POST /treatment-options (2 lesions, 2 scores, 22 treatments)" "$BASE/treatment-options" "$(post_script "$PROFILE")"
  run "POST /scores/sins" "$BASE/scores/sins" "$(post_script "$SINS")"
  run "POST /triage" "$BASE/triage" "$(post_script "$TRIAGE")"
  run "GET /treatments/zoledronic-acid (content, for scale)" "$BASE/treatments/zoledronic-acid"
  echo
  echo "RSS after load: $(( $(awk '/VmRSS/ {print $2}' /proc/$PID/status) / 1024 )) MiB."
} | tee "$RESULT"
