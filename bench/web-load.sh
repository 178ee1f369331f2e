#!/usr/bin/env bash
# Web load benchmark: 20 concurrent clients read the dashboard and a list page over loopback for 30 s, signed in as
# the demo secretary; prints requests/s, p50/p95/p99 latency and errors (aim: p95 under 50 ms, no errors).
#
#   bench/web-load.sh                       start product/target/plv.jar with demo data on a free port, measure, stop it
#   bench/web-load.sh http://127.0.0.1:8080 measure a product that is already running with plv.demo=true
#
# Settings (environment): CLIENTS (20), DURATION in seconds (30), WARMUP (5), LIST_PATH (/users), PLV_JAR (product/target/plv.jar),
# JAVA_OPTS (extra JVM options for the product it starts). Data: the demo data (plv.demo=true) in a fresh database.
# The load program runs on the same machine as the product and takes CPU from it: on a 2-core machine that is part of
# the figure. The machine's load average is printed at the end, since other work on the machine moves the figures.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CLIENTS=${CLIENTS:-20}
SECONDS_RUN=${DURATION:-30}
WARMUP=${WARMUP:-5}
LIST_PATH=${LIST_PATH:-/users}
BASE=${1:-}
WORK=$(mktemp -d)
PID=
cleanup() {
  if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

if [ -z "$BASE" ]; then
  JAR=${PLV_JAR:-$ROOT/product/target/plv.jar}
  [ -f "$JAR" ] || { echo "No product jar at $JAR: build it first (mvn install)" >&2; exit 2; }
  PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  BASE=http://127.0.0.1:$PORT
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:-} -Dplv.home="$WORK/home" -Dplv.http.port="$PORT" -Dplv.demo=true -Dgosh.args=--nointeractive -jar "$JAR" \
    > "$WORK/product.log" 2>&1 < /dev/null &
  PID=$!
  echo "Starting the product on $BASE ..."
  for _ in $(seq 1 240); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/sign-in")" = 200 ]; then break; fi
    kill -0 "$PID" 2>/dev/null || { echo "The product stopped; log:" >&2; tail -40 "$WORK/product.log" >&2; exit 2; }
    sleep 0.5
  done
fi

# Sign in as the demo secretary: the sign-in form's CSRF token, then the credentials.
JAR_COOKIES="$WORK/cookies"
for _ in $(seq 1 60); do
  CSRF=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/sign-in" | grep -o 'name="csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  CODE=$(curl -s -o /dev/null -w '%{http_code}' -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode "csrf=$CSRF" \
    -d username=secretary -d password=plv-demo-secretary "$BASE/sign-in")
  [ "$CODE" = 302 ] && break
  sleep 1   # the demo users are created while the product starts
done
[ "$CODE" = 302 ] || { echo "Could not sign in as the demo secretary (HTTP $CODE)" >&2; exit 2; }
SESSION=$(awk '$6 == "PLV_SESSION" { print $7 }' "$JAR_COOKIES" | tail -1)

status=0
java "$ROOT/bench/WebLoad.java" --base "$BASE" --cookie "PLV_SESSION=$SESSION" --clients "$CLIENTS" \
  --seconds "$SECONDS_RUN" --warmup "$WARMUP" --paths "/,$LIST_PATH" || status=$?
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min) at the end"
exit "$status"
