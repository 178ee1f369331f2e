#!/bin/sh
# Benchmark: the Secure Children's Home's occupancy and offsets over 10 years of daily data for 28 places (aim: under
# 100 ms). Runs plv.programme.sch.internal.OccupancyBenchmark from the bundle's test sources: occupancy with every
# breakdown, the income from places sold in each of the ten financial years, and each year's offsets for 33 members
# under the fixed fee and a shared total (checked to add up to the income to the penny). Prints the figures and the
# median and worst time after warm-up. Usage: bench/sch-occupancy.sh [warm-up runs] [timed runs]
set -e
cd "$(dirname "$0")/.."
MODULE=bundles/plv.programme.sch
mvn -o -q install -DskipTests -Dbnd.testing.skip=true -f "$MODULE/pom.xml" >/dev/null 2>&1 || mvn -q install -DskipTests -Dbnd.testing.skip=true -f "$MODULE/pom.xml"
mvn -o -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/sch-occupancy.classpath -f "$MODULE/pom.xml" >/dev/null 2>&1 || mvn -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/sch-occupancy.classpath -f "$MODULE/pom.xml"
java -cp "$MODULE/target/classes:$MODULE/target/test-classes:$(cat $MODULE/target/sch-occupancy.classpath)" \
  plv.programme.sch.internal.OccupancyBenchmark "${1:-20}" "${2:-50}"
