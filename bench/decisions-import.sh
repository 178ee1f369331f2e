#!/bin/sh
# Benchmark: import a CSV of 12,000 council decisions (about 5 MB) through the decisions import, on in-memory Derby and
# on the local PostgreSQL (a schema of its own), and print the time and the extra heap.
# Usage: bench/decisions-import.sh [derby|postgresql|both] [rows]      (aim: under 10 s and under 200 MB extra heap)
set -e
cd "$(dirname "$0")/.."
MOD=bundles/plv.decisions.core
mvn -q -o test-compile -f "$MOD/pom.xml" >/dev/null
mvn -q -o dependency:build-classpath -f "$MOD/pom.xml" -Dmdep.outputFile=target/bench.classpath >/dev/null 2>&1 || mvn -q dependency:build-classpath -f "$MOD/pom.xml" -Dmdep.outputFile=target/bench.classpath
exec java -Xmx1g -cp "$MOD/target/classes:$MOD/target/test-classes:$(cat $MOD/target/bench.classpath)" \
  plv.decisions.core.internal.ImportBenchmark "$@"
