#!/bin/sh
# Comparison (issue 14): the minutes of bench/minutes-pdf.sh (51 pages: attendance, 30 items of long text with vote
# tables, DRAFT watermark) rendered (a) with the product's own layout on PDFBox (plv.report.pdf) and (b) as HTML+CSS
# through openhtmltopdf on PDFBox with PDF/A-2b conformance (embedded DejaVu Sans, sRGB ICC output intent). Prints per
# renderer the median and p90 wall and CPU time per document after warm-up, pages, bytes, and veraPDF's PDF/A-2b
# verdict (the veraPDF check of plv.report.pdf's tests); then the checks of what each lacks (long rows, signature
# field, characters the font lacks). bench/pdf-renderers is a stand-alone Maven project, not part of the reactor.
# Usage: MAVEN_REPO_LOCAL=/path/to/repository bench/pdf-renderers.sh [warm-up runs] [timed runs]
set -e
cd "$(dirname "$0")/.."
REPO=${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}
MVN="mvn -q -Dmaven.repo.local=$REPO"
MODULE=bundles/plv.report.pdf
BENCH=bench/pdf-renderers
# the product's renderer (jar and test jar) into the local repository; offline first, online for what is missing
$MVN -o install -DskipTests -f "$MODULE/pom.xml" >/dev/null 2>&1 || $MVN install -DskipTests -f "$MODULE/pom.xml"
$MVN -o package -f "$BENCH/pom.xml" >/dev/null 2>&1 || $MVN package -f "$BENCH/pom.xml"
$MVN -o dependency:build-classpath -Dmdep.outputFile=target/classpath -f "$BENCH/pom.xml" >/dev/null 2>&1 \
  || $MVN dependency:build-classpath -Dmdep.outputFile=target/classpath -f "$BENCH/pom.xml"
CP="$BENCH/target/classes:$(cat "$BENCH/target/classpath")"
echo "machine: $(nproc) cores, load:$(uptime | sed 's/.*load average//')"
# one JVM per renderer, so that none warms the JIT or the heap for another; html-nogsub is the HTML route with the
# fonts loaded without their GSUB table, as the own layout loads them
for renderer in own html html-nogsub; do
  java -cp "$CP" plv.bench.pdf.RenderBench "$renderer" "${1:-10}" "${2:-20}" "$BENCH/target/minutes-$renderer.pdf" --validate
done
(cd "$BENCH" && java -cp "target/classes:$(cat target/classpath)" plv.bench.pdf.Checks)
echo "machine load after: $(uptime | sed 's/.*load average//')"
