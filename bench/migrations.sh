#!/usr/bin/env bash
# The product's own migration runner (plv.platform.db MigrationRunner) against Flyway, on every owner's real migrations
# (bundles/*/src/main/resources/db/migration), each measurement in a fresh JVM with C1 only as the product runs:
#   first   - an empty database: every migration of every owner applied
#   restart - the same database again, everything applied: the check paid at every product start
# on embedded Derby (a new database folder per run) and on PostgreSQL (a new schema per run, dropped after).
# Flyway (12.4.0 throughout, and 13.12.2 core beside the last Derby module, 12.4.0): one instance per owner, each with its own history table, baselineOnMigrate with baseline version 0.
# Prints each run, then the median in-JVM wall ms and CPU ms per case (from one open pooled connection to the last
# owner checked; JVM start and Derby boot are outside and shared by both), and the whole process's wall and CPU.
# On PostgreSQL the CPU is this JVM's only: the server's work is not in it.
# Then whether each runner refuses a database newer than its scripts.
#
# Usage: MAVEN_REPO=/path/to/m2/repository bash bench/migrations.sh [runs]     (runs per case, default 5)
# Needs: the workspace installed into MAVEN_REPO first (mvn -q install -DskipTests -Dmaven.repo.local=$MAVEN_REPO),
# PostgreSQL on 127.0.0.1:5432, user postgres with trust auth, database test (PG_URL, PG_USER to change), psql.
# Not part of the reactor: CI neither builds nor runs it.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
repo="${MAVEN_REPO:-$HOME/.m2/repository}"
runs="${1:-5}"
pg_url="${PG_URL:-jdbc:postgresql://127.0.0.1:5432/test}"
pg_user="${PG_USER:-postgres}"
java_opts="${JAVA_OPTS:--XX:TieredStopAtLevel=1}"
flyway_new="${FLYWAY_NEW:-13.12.2}"
[ -f "$repo/london/plv/plv.platform.db/0.1.0-SNAPSHOT/plv.platform.db-0.1.0-SNAPSHOT.jar" ] || {
  echo "plv.platform.db is not in $repo: run mvn -q install -DskipTests -Dmaven.repo.local=$repo first" >&2; exit 2; }


work="$(mktemp -d /tmp/plv-bench-migrations.XXXXXX)"
schemas=()
psql_() { PGOPTIONS="-c client_min_messages=warning" psql -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -U "$pg_user" -d "${pg_url##*/}" -c "$1" >/dev/null; }
cleanup() {
  for s in "${schemas[@]}"; do psql_ "DROP SCHEMA IF EXISTS $s CASCADE" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

bench="$root/bench/migrations"
mvn -B -q -f "$bench/pom.xml" -Dmaven.repo.local="$repo" compile dependency:build-classpath \
  -Dmdep.outputFile="$bench/target/classpath.txt" >"$work/mvn.txt" 2>&1 || { cat "$work/mvn.txt" >&2; exit 1; }
mvn -B -q -f "$bench/pom.xml" -Dmaven.repo.local="$repo" -Dflyway.version="$flyway_new" dependency:build-classpath \
  -Dmdep.outputFile="$bench/target/classpath-new.txt" >"$work/mvn.txt" 2>&1 || { cat "$work/mvn.txt" >&2; exit 1; }
# runner label -> classpath: own and flyway-12.4 use the default (Flyway 12.4.0 throughout), flyway-13.12 the second
classpath() { if [ "$1" = "flyway-${flyway_new%.*}" ]; then echo "$bench/target/classes:$(cat "$bench/target/classpath-new.txt")";
  else echo "$bench/target/classes:$(cat "$bench/target/classpath.txt")"; fi; }
runners="own flyway-12.4 flyway-${flyway_new%.*}"

# one JVM: prints "wall_ms cpu_ms process_wall_ms process_cpu_ms executed tables"
run() { # runner-label db mode where
  local t0 t1 line
  t0=$(date +%s%N)
  # shellcheck disable=SC2086
  /usr/bin/time -f "%U %S" -o "$work/time.txt" java $java_opts -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -Dpg.url="$pg_url" -Dpg.user="$pg_user" -cp "$(classpath "$1")" plv.platform.db.internal.MigrationBench "${1%%-*}" "$2" "$3" \
    "$root/bundles" "$4" >"$work/out.txt" 2>>"$work/stderr-$1-$2.txt" || { cat "$work/out.txt" "$work/stderr-$1-$2.txt" >&2; exit 1; }
  t1=$(date +%s%N)
  line=$(grep '^RESULT' "$work/out.txt")
  set -- $line
  echo "$5 $6 $(( (t1 - t0) / 1000000 )) $(awk '{printf "%d", ($1 + $2) * 1000}' "$work/time.txt") $8 $9"
}

echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load: $(uptime | sed 's/.*load average: //'), java: $(java -version 2>&1 | head -1)"
echo "# JVM options: $java_opts; $runs runs per case; owners: $(ls -d "$root"/bundles/*/src/main/resources/db/migration | wc -l), scripts: $(ls "$root"/bundles/*/src/main/resources/db/migration/V*.sql | wc -l)"
results="$work/results.txt"
: >"$results"
for i in $(seq 1 "$runs"); do
  for db in derby pg; do
    # rotate which runner goes first, so that a load change does not favour one
    order=$(echo $runners | tr ' ' '\n' | awk -v n="$i" '{a[NR-1]=$0} END {for (k = 0; k < NR; k++) print a[(k + n - 1) % NR]}')
    for r in $order; do
      if [ "$db" = derby ]; then
        where="$work/derby-$r-$i/db"; mkdir -p "$(dirname "$where")"
      else
        where="plv_migbench_${r//[.-]/_}_${i}_$$"; schemas+=("$where"); psql_ "CREATE SCHEMA $where"
      fi
      for mode in first restart; do
        out=$(run "$r" "$db" "$mode" "$where")
        echo "$r $db $mode $out" >>"$results"
        echo "run $i: $r $db $mode: $out (wall cpu process-wall process-cpu executed tables)"
      done
      if [ "$db" = derby ]; then rm -rf "$(dirname "$where")"; else psql_ "DROP SCHEMA $where CASCADE"; fi
    done
  done
done

echo
echo "# medians of $runs runs; ms; in-JVM = from one open pooled connection to the last owner checked"
printf '%-12s %-6s %-8s %12s %11s %13s %12s %9s %7s\n' runner db case in-JVM-wall in-JVM-CPU process-wall process-CPU executed tables
median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else printf "%.1f\n", (a[NR/2]+a[NR/2+1])/2}'; }
for db in derby pg; do
  for mode in first restart; do
    for r in $runners; do
      sel() { awk -v r="$r" -v d="$db" -v m="$mode" -v c="$1" '$1==r && $2==d && $3==m {print $c}' "$results"; }
      printf '%-12s %-6s %-8s %12s %11s %13s %12s %9s %7s\n' "$r" "$db" "$mode" "$(sel 4 | median)" "$(sel 5 | median)" \
        "$(sel 6 | median)" "$(sel 7 | median)" "$(sel 8 | median)" "$(sel 9 | median)"
    done
  done
done

echo
echo "# a database newer than the scripts (Derby; the owner with the most migrations, its last one withheld)"
for r in $runners; do
  echo "$r:"
  # shellcheck disable=SC2086
  java $java_opts -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$(classpath "$r")" plv.platform.db.internal.MigrationBench \
    "${r%%-*}" derby newer "$root/bundles" "$work/newer-$r/db" 2>/dev/null | grep '^NEWER'
done

echo
for r in $runners; do
  [ "$r" = own ] && continue
  echo "# $r: warnings over all runs (by kind):"
  cat "$work"/stderr-"$r"-*.txt 2>/dev/null | grep -a 'WARN' | sed -E "s/'[^']*'/'.'/g; s/(SQL State: [0-9]+).*/\\1)/" | cut -c1-200 | sort | uniq -c | sort -rn | head -5 || true
done
for f in classpath classpath-new; do
  echo "# jars Flyway adds, $f (KB):"
  tr ':' '\n' <"$bench/target/$f.txt" | grep -E 'flyway|jackson' | while read -r j; do
    printf '%6d  %s\n' $(( $(stat -c %s "$j") / 1024 )) "$(basename "$j")"
  done
done
echo "# load at the end: $(uptime | sed 's/.*load average: //')"
