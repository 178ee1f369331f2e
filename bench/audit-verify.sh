#!/bin/sh
# Benchmark: verify an audit chain of 1,000,000 keyed entries (HMAC-SHA256) on embedded Derby and on the local
# PostgreSQL (127.0.0.1:5432, database test, user postgres; a schema of its own, dropped afterwards).
# Usage: bench/audit-verify.sh [derby|postgresql|both] [entries]      (aim: under 10 s for 1 million entries)
set -e
cd "$(dirname "$0")/.."
MOD=bundles/plv.platform.audit
mvn -q -o test-compile -f "$MOD/pom.xml" >/dev/null
mvn -q -o dependency:build-classpath -f "$MOD/pom.xml" -Dmdep.outputFile=target/bench.classpath >/dev/null 2>&1 || mvn -q dependency:build-classpath -f "$MOD/pom.xml" -Dmdep.outputFile=target/bench.classpath
cd "$MOD"
exec java -Xmx1g -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  plv.platform.audit.internal.AuditVerifyBenchmark "$@"
