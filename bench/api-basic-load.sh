#!/usr/bin/env bash
# API load with HTTP Basic: 20 concurrent API clients send the demo secretary's username and password with every
# call (as scripts and council systems do) to GET /api/me and GET /api/members for 30 s; prints requests/s and
# p50/p95/p99 latency (aim: p95 under 50 ms, no errors). Each client's first call costs one PBKDF2 hash; later calls
# are checked against the short-lived cache of verified credentials (docs/security.md).
#
#   bench/api-basic-load.sh                       start product/target/plv.jar with demo data on a free port
#   bench/api-basic-load.sh http://127.0.0.1:8080 measure a product already running with plv.demo=true
#
# Settings (environment): CLIENTS (20), DURATION (30), WARMUP (5), API_PATHS (/api/me,/api/members), PLV_JAR,
# JAVA_OPTS. Data: the demo data (plv.demo=true) in a fresh embedded database.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CLIENTS=${CLIENTS:-20}
SECONDS_RUN=${DURATION:-30}
WARMUP=${WARMUP:-5}
API_PATHS=${API_PATHS:-/api/me,/api/members}
BASE=${1:-}
. "$ROOT/bench/lib.sh"
[ -n "$BASE" ] || start_demo_product

AUTH="Basic $(printf '%s' 'secretary:plv-demo-secretary' | base64 -w0)"
for _ in $(seq 1 60); do   # the demo users are created while the product starts
  CODE=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: $AUTH" "$BASE/api/me")
  [ "$CODE" = 200 ] && break
  sleep 1
done
[ "$CODE" = 200 ] || { echo "HTTP Basic as the demo secretary failed (HTTP $CODE)" >&2; exit 2; }
if [ -n "$PID" ]; then
  echo "data: demo data; users $(curl -s -H "Authorization: $AUTH" "$BASE/api/members" | grep -o '"gssCode"' | wc -l) member councils;" \
    "database folder $(du -sh "$WORK/home/db" 2>/dev/null | cut -f1)"
fi

status=0
java "$ROOT/bench/WebLoad.java" --base "$BASE" --authorization "$AUTH" --clients "$CLIENTS" \
  --seconds "$SECONDS_RUN" --warmup "$WARMUP" --paths "$API_PATHS" || status=$?
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min) at the end"
exit "$status"
