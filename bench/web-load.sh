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
. "$ROOT/bench/lib.sh"
[ -n "$BASE" ] || start_demo_product

JAR_COOKIES="$WORK/cookies"
sign_in_demo_secretary "$BASE" "$JAR_COOKIES"
SESSION=$(awk '$6 == "PLV_SESSION" { print $7 }' "$JAR_COOKIES" | tail -1)

status=0
java "$ROOT/bench/WebLoad.java" --base "$BASE" --cookie "PLV_SESSION=$SESSION" --clients "$CLIENTS" \
  --seconds "$SECONDS_RUN" --warmup "$WARMUP" --paths "/,$LIST_PATH" || status=$?
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min) at the end"
exit "$status"
