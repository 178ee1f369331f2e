#!/bin/sh
# Benchmark: make an agenda pack of 200+ pages from 20 papers (10 written in the suite, 10 uploaded PDF/A files of 11
# pages) as PDF/A-2b, in a JVM with a 96 MB heap (the pack's pages and each upload go to scratch files, so memory
# stays bounded). Prints the median time after warm-up (aim: under 2 s), the file size and the heap used, then
# checks the file with veraPDF. Usage: bench/board-pack.sh [warm-up runs] [timed runs]
set -e
cd "$(dirname "$0")/.."
MODULE=bundles/plv.report.pdf
mvn -o -q install -DskipTests -f "$MODULE/pom.xml" >/dev/null 2>&1 || mvn -q install -DskipTests -f "$MODULE/pom.xml"
mvn -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/pack.classpath -f "$MODULE/pom.xml" >/dev/null 2>&1 || mvn -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/pack.classpath -f "$MODULE/pom.xml"
java -Xmx96m -cp "$MODULE/target/classes:$MODULE/target/test-classes:$(cat $MODULE/target/pack.classpath)" \
  plv.report.pdf.internal.PackBenchmark "${1:-3}" "${2:-5}" "$MODULE/target/pack-bench.pdf" --validate
echo "file: $MODULE/target/pack-bench.pdf"
