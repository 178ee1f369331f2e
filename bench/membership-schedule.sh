#!/bin/sh
# Benchmark: recompute the full membership contributions schedule (33 members x 15 financial years, fixed fee with
# capped CPI indexation and a mixed shared total, 3 joins/leaves, monthly CPI) and print the time after warm-up.
# Usage: bench/membership-schedule.sh [warm-up runs] [measured runs]      (aim: under 50 ms per recompute)
set -e
cd "$(dirname "$0")/.."
MOD=bundles/plv.membership.core
mvn -q -o test-compile -f "$MOD/pom.xml" >/dev/null
# offline first; the first time on a machine the dependency plugin itself may still need downloading
mvn -q -o dependency:build-classpath -f "$MOD/pom.xml" -Dmdep.outputFile=target/bench.classpath >/dev/null 2>&1 || mvn -q dependency:build-classpath -f "$MOD/pom.xml" -Dmdep.outputFile=target/bench.classpath
exec java -cp "$MOD/target/classes:$MOD/target/test-classes:$(cat $MOD/target/bench.classpath)" \
  plv.membership.core.internal.rules.ScheduleBenchmark "$@"
