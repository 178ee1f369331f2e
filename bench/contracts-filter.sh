#!/usr/bin/env bash
# Benchmark (issue 16): the contract register across programmes at 100,000 contracts. Starts product/target/plv.jar
# with demo data on the local PostgreSQL (127.0.0.1:5432, database test, user postgres) in a schema of its own that is
# dropped when it stops, adds CONTRACTS generated contracts spread over the installed programmes with one SQL statement
# (generate_series), then
#   1. exports the Transparency Code CSV of every contract (GET /api/contracts.csv, streamed a page at a time): prints
#      the time, the rows and the size, and the product's resident memory before, at its peak during, and after;
#   2. drives the register's filter and sort (GET /contracts and /api/contracts with programme, status, route, supplier
#      and sort parameters, first and later pages) with CLIENTS concurrent signed-in clients for DURATION seconds:
#      prints requests/s and p50/p95/p99 (aim: p95 under 50 ms, no errors).
#
#   bench/contracts-filter.sh
#
# Settings (environment): CONTRACTS (100000), CLIENTS (20), DURATION (30), WARMUP (10), HOLD (seconds to keep the
# product running at the end, to look into it), PLV_JAR, JAVA_OPTS (default
# -Xmx256m: the export must fit in it), PGHOST (127.0.0.1), PGPORT (5432), PGDATABASE (test), PGUSER (postgres).
# The load program and PostgreSQL run on the same machine as the product and take CPU from it; the machine's load
# average is printed at the end, since other work on the machine moves the figures.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CONTRACTS=${CONTRACTS:-100000}
CLIENTS=${CLIENTS:-20}
SECONDS_RUN=${DURATION:-30}
WARMUP=${WARMUP:-10}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGDATABASE=${PGDATABASE:-test} PGUSER=${PGUSER:-postgres}
JAVA_OPTS=${JAVA_OPTS:--Xmx256m}
SCHEMA=plv_bench_$(date +%s)_$$
BASE=
. "$ROOT/bench/lib.sh"
psql -qAt -c "select 1" >/dev/null || { echo "PostgreSQL at $PGHOST:$PGPORT (database $PGDATABASE, user $PGUSER) is not reachable" >&2; exit 2; }

# the product on PostgreSQL (start_demo_product, with the database settings)
JAVA_OPTS="$JAVA_OPTS -Dplv.db.url=jdbc:postgresql://$PGHOST:$PGPORT/$PGDATABASE?currentSchema=$SCHEMA -Dplv.db.user=$PGUSER -Dplv.db.dropSchemaOnStop=true"
start_demo_product
for _ in $(seq 1 120); do   # the commissioning migrations run as the bundles start
  [ "$(psql -qAt -c "select count(*) from information_schema.columns where table_schema = '$SCHEMA' and table_name = 'com_contract' and column_name = 'supplier_key'")" = 1 ] && break
  sleep 1
done

JAR_COOKIES="$WORK/cookies"
sign_in_demo_secretary "$BASE" "$JAR_COOKIES"
SESSION=$(awk '$6 == "PLV_SESSION" { print $7 }' "$JAR_COOKIES" | tail -1)
programmes() { curl -s -b "PLV_SESSION=$SESSION" "$BASE/api/programmes" | python3 -c 'import json,sys; print(" ".join(sorted(p["id"] for p in json.load(sys.stdin))))'; }
PROGRAMMES=$(programmes); SAME=0
for _ in $(seq 1 60); do   # the programme bundles come up one by one: wait until the list holds still for 10 s
  sleep 1; NOW=$(programmes)
  if [ "$NOW" = "$PROGRAMMES" ]; then SAME=$((SAME + 1)); [ "$SAME" -ge 10 ] && break; else SAME=0; PROGRAMMES=$NOW; fi
done
[ -n "$PROGRAMMES" ] || { echo "No programme is installed" >&2; exit 2; }
ARRAY="ARRAY['$(echo $PROGRAMMES | sed "s/ /','/g")']"

echo "Adding $CONTRACTS contracts over $(echo $PROGRAMMES | wc -w) programmes ..."
T0=$(date +%s.%N)
psql -q -v ON_ERROR_STOP=1 <<SQL
SET search_path TO $SCHEMA;
INSERT INTO com_contract (programme_id, reference, title, department, description, supplier_name, supplier_key, supplier_reg_number,
    supplier_kind, value_pence, annual_value_pence, start_date, end_date, review_date, date_signed, procurement_route, status,
    supplier_address, is_sme, is_vcse, tender_invitation)
SELECT p, 'BENCH-' || lpad(n::text, 6, '0'), 'Generated contract ' || n, 'Commissioning', 'Benchmark data',
       s, lower(s), lpad((n % 99999999)::text, 8, '0'), CASE WHEN n % 3 = 0 THEN 'sme' ELSE 'neither' END,
       (n * 7919 % 900000 + 1000) * 10000::bigint, (n * 7919 % 300000 + 100) * 10000::bigint,
       d, d + (365 * (1 + n % 5)), CASE WHEN n % 4 = 0 THEN d + 365 END, d - 30,
       (ARRAY['open','restricted','competitive-flexible','framework-call-off','dps-call-off','dynamic-market','direct-award','grant'])[1 + n % 8],
       (ARRAY['pending','active','active','active','terminated','cancelled'])[1 + n % 6],
       n || ' High Street, London', n % 3 = 0, n % 7 = 0, (ARRAY['neither','quote','tender'])[1 + n % 3]
  FROM (SELECT n, ($ARRAY)[1 + n % cardinality($ARRAY)] AS p,
               (ARRAY['Acorn','Beacon','Cedar','Harbour','Kestrel','Meadow','Oak','Riverside','Summit','Willow'])[1 + n % 10]
                 || ' ' || (ARRAY['Care','Homes','Support','Transport','Therapies'])[1 + (n / 10) % 5] || ' ' || (n % 400) || ' Ltd' AS s,
               DATE '2018-01-01' + (n * 37 % 3650) AS d
          FROM generate_series(1, $CONTRACTS) AS n) g;
ANALYZE com_contract;
SQL
T1=$(date +%s.%N)
ROWS=$(psql -qAt -c "select count(*) from $SCHEMA.com_contract")
echo "data: $ROWS contracts in all (demo data included), inserted in $(python3 -c "print(round($T1-$T0,1))") s;" \
  "table and indexes $(psql -qAt -c "select pg_size_pretty(pg_total_relation_size('$SCHEMA.com_contract'))")"

rss() { awk '/^VmRSS/ { print int($2 / 1024) }' "/proc/$PID/status"; }
echo
echo "== CSV export of every contract (GET /api/contracts.csv), JVM $JAVA_OPTS"
curl -s -o /dev/null -b "PLV_SESSION=$SESSION" "$BASE/api/contracts?size=5"   # the first request loads what it needs
BEFORE=$(rss); PEAK=$BEFORE
( while kill -0 "$PID" 2>/dev/null; do rss; sleep 0.05; done ) > "$WORK/rss" &
SAMPLER=$!
TIME=$(curl -s -o "$WORK/contracts.csv" -w '%{time_total}' -b "PLV_SESSION=$SESSION" "$BASE/api/contracts.csv")
kill "$SAMPLER" 2>/dev/null || true
PEAK=$(sort -n "$WORK/rss" | tail -1)
echo "time ${TIME} s; $(($(wc -l < "$WORK/contracts.csv") - 1)) rows (contracts over the £5,000 threshold); $(du -h "$WORK/contracts.csv" | cut -f1);" \
  "resident memory ${BEFORE} MB before, ${PEAK} MB at peak, $(rss) MB after"

P1=$(echo $PROGRAMMES | cut -d' ' -f1); P2=$(echo $PROGRAMMES | awk '{ print $NF }')
PATHS="/contracts?sort=end"
PATHS="$PATHS,/api/contracts?programme=$P1&status=active&sort=value&dir=desc"
PATHS="$PATHS,/api/contracts?q=oak&sort=supplier"
PATHS="$PATHS,/api/contracts?route=dynamic-market&sort=start&dir=desc&page=3"
PATHS="$PATHS,/api/contracts?status=terminated&sort=reference&page=10"
PATHS="$PATHS,/contracts?programme=$P2&q=wil&sort=start"
PATHS="$PATHS,/api/contracts?sort=value&dir=desc&page=40&size=50"
echo
echo "== Register filter and sort: $CLIENTS clients"
status=0
java "$ROOT/bench/WebLoad.java" --base "$BASE" --cookie "PLV_SESSION=$SESSION" --clients "$CLIENTS" \
  --seconds "$SECONDS_RUN" --warmup "$WARMUP" --paths "$PATHS" || status=$?
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min) at the end"
if [ -n "${HOLD:-}" ]; then echo "HOLD: $BASE (PLV_SESSION=$SESSION, schema $SCHEMA) for $HOLD s"; sleep "$HOLD"; fi
exit "$status"
