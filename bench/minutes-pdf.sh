#!/bin/sh
# Benchmark: render the minutes of a 40+ page meeting (30 items, long text, vote tables, DRAFT watermark) to PDF/A-2b.
# Prints the median render time after warm-up and the file size (aim: under 500 ms and under 1 MB), then checks the
# file with veraPDF. Usage: bench/minutes-pdf.sh [warm-up runs] [timed runs]
set -e
cd "$(dirname "$0")/.."
MODULE=bundles/plv.report.pdf
mvn -o -q install -DskipTests -f "$MODULE/pom.xml" >/dev/null 2>&1 || mvn -q install -DskipTests -f "$MODULE/pom.xml"
# offline first; the first time on a machine the dependency plugin itself may still need downloading
mvn -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/minutes-pdf.classpath -f "$MODULE/pom.xml" >/dev/null 2>&1 || mvn -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/minutes-pdf.classpath -f "$MODULE/pom.xml"
java -cp "$MODULE/target/classes:$MODULE/target/test-classes:$(cat $MODULE/target/minutes-pdf.classpath)" \
  plv.report.pdf.internal.MinutesBenchmark "${1:-10}" "${2:-20}" "$MODULE/target/minutes-bench.pdf" --validate
echo "file: $MODULE/target/minutes-bench.pdf"
