#!/usr/bin/env bash
# Startup side by side: the packaged service started as the pods start it (bench/service.sh), with the image's options
# and with each variant given, in turn, ROUNDS times (default 7), so that a slow minute of a shared machine falls on
# every variant alike. For each start: the time to the first content response, the CPU the process had used by then,
# and the new patient profiles per second it answers in each of the next four 5-second windows (how soon a new pod
# is at full speed; every profile new to that process, 2 threads, 32 connections).
# Usage: bench/startup.sh ['name=WORD ...' ...]
#   Each WORD is a JVM option added to the image's, VAR=value for the service's environment, or no-archive (the
#   image's options without the class archive). Example:
#   bench/startup.sh 'no-archive=no-archive' 'online=QUARKUS_HIBERNATE_ORM_DATABASE_START_OFFLINE=false'
# Writes bench/results/<date>-startup.md. Installs wrk when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-7}
WINDOW=5
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
. bench/service.sh
build_service
. bench/requests.sh
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null; true' EXIT
LUA=$(distinct_script)
IMAGE_OPTS=$JAVA_OPTS

# the first boot migrates the scratch database and is not counted
start_service; stop_service
start_as_pods

VARIANTS=("image=" "$@")
declare -A STARTS CPUS WINDOWS
for variant in "$@"; do
  name=${variant%%=*}
  if [[ $variant != *=* || -z $name || -n ${STARTS[$name]+x} || $name == image ]]; then
    echo "Each variant is name=WORD ..., with a name of its own (not image): $variant" >&2; exit 2
  fi
  STARTS[$name]=
done
ERRORS=0
COUNT=${#VARIANTS[@]}
for round in $(seq "$ROUNDS"); do
  for turn in $(seq 0 $((COUNT - 1))); do # each round begins one variant later, so none always follows the same one
    variant=${VARIANTS[$(( (turn + round - 1) % COUNT ))]}
    name=${variant%%=*}
    read -ra words <<<"${variant#*=}"
    SERVICE_ENV=(); options=(); JAVA_OPTS=$IMAGE_OPTS
    for word in "${words[@]}"; do
      if [ "$word" = no-archive ]; then JAVA_OPTS=$(sed 's/-XX:SharedArchiveFile=[^ ]*//' <<<"$IMAGE_OPTS")
      elif [[ $word =~ ^[A-Z_][A-Z0-9_]*= ]]; then SERVICE_ENV+=("$word")
      else options+=("$word"); fi
    done
    start_service "${options[@]}"
    read -r user system <<<"$(awk '{print $14, $15}' "/proc/$PID/stat")"
    ms=$STARTUP_MS; cpu=$(( (user + system) * 1000 / $(getconf CLK_TCK) ))
    rates=()
    for window in 0 1 2 3; do # 200,000 numbers apart: no profile repeats within the process
      out=$(wrk -t2 -c32 -d${WINDOW}s "$BASE/treatment-options" -s "$LUA" -- $((window * 200000)) 2)
      rates+=("$(awk '/Requests\/sec/ {printf "%d", $2}' <<<"$out")")
      ERRORS=$(( ERRORS + $(wrk_failures "$out") ))
    done
    stop_service
    STARTS[$name]+=" $ms"; CPUS[$name]+=" $cpu"; WINDOWS[$name]+=" $(IFS=,; echo "${rates[*]}")"
    echo "round $round, $name: $ms ms, $cpu ms CPU, profiles/s ${rates[*]}" >&2
  done
done

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
range() { printf '%s\n' "$@" | sort -n | awk 'NR == 1 {min = $1} {max = $1} END {print min "-" max}'; }
RESULT="bench/results/$(date +%F)-startup.md"
{
  echo "# Startup side by side, $(date +%F)"
  echo
  echo "Machine: $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), $(java -version 2>&1 | head -1)."
  echo "Command: \`ROUNDS=$ROUNDS bench/startup.sh$(printf " '%s'" "$@")\`: the variants in turn, each round beginning one"
  echo "later; started as the pods start (no migration); JAVA_OPTS \`$IMAGE_OPTS\`, MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX."
  echo
  echo "| variant | first content response, ms: median (range) | CPU by then, ms | new profiles/s in the next four ${WINDOW}-s windows (medians) |"
  echo "|---|---|---|---|"
  for variant in "${VARIANTS[@]}"; do
    name=${variant%%=*}
    # shellcheck disable=SC2086
    windows=$(for w in 1 2 3 4; do median $(for run in ${WINDOWS[$name]}; do cut -d, -f"$w" <<<"$run"; done); done | paste -sd' ')
    words=${variant#*=} label="(the image's options)"
    [ -z "$words" ] || label="\`$words\`"
    # shellcheck disable=SC2086
    echo "| $name $label | **$(median ${STARTS[$name]})** ($(range ${STARTS[$name]})) | $(median ${CPUS[$name]}) | ${windows// / / } |"
  done
  echo
  echo "Errors and non-2xx responses in all the windows: $ERRORS."
  echo
  echo "Every start, in order (ms to the first content response):"
  for variant in "${VARIANTS[@]}"; do name=${variant%%=*}; echo "- $name:${STARTS[$name]}"; done
} | tee "$RESULT"
