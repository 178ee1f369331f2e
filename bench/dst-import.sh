#!/bin/sh
# Benchmark: the dynamic sufficiency tool's CSV import through the web, on the demo product (embedded Derby): a file of
# LINES lines (default 20,000, the most one file may hold: 33 authorities x 6 placement types x about 100 months), first
# into an empty table of those months, then the same file again, then one with every demand changed (every line
# replaces one). Prints each import's time, request to answer.
# Usage: bench/dst-import.sh [lines]     (BASE=http://... to use a product already running, signed in as the secretary)
set -e
ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/bench/lib.sh"
LINES=${1:-20000}
[ -n "${BASE:-}" ] || start_demo_product
JAR_COOKIES="$WORK/cookies"
sign_in_demo_secretary "$BASE" "$JAR_COOKIES"
for shift in 0 1; do
python3 - "$LINES" "$ROOT/bundles/plv.programme.dynamic.sufficiency.tool/src/main/resources/london-authorities.csv" "$shift" \
  > "$WORK/figures-$shift.csv" <<'PY'
import csv, sys
n, shift = int(sys.argv[1]), int(sys.argv[3])
authorities = [(r[0], r[2].strip()) for r in list(csv.reader(open(sys.argv[2])))[1:]]
types = ["residential", "in-house-fostering", "agency-fostering", "semi-independent", "secure", "parent-and-child"]
print("gss_code,sub_region,placement_type,month,demand,supply,spend")
i = 0
month = 0
while i < n:
    y, m = 2010 + month // 12, month % 12 + 1
    for c, sub in authorities:
        for t in types:
            if i == n:
                break
            print(f"{c},{sub},{t},{y}-{m:02d},{(i * 7 + shift) % 40},{(i * 5) % 40},{(i * 13) % 90000}.50")
            i += 1
    month += 1
PY
done
import_once() {
  csrf=$(curl -s -b "$JAR_COOKIES" -c "$JAR_COOKIES" "$BASE/programmes/dynamic-sufficiency-tool/figures" \
    | grep -o 'name="csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  t0=$(date +%s%N)
  out=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b "$JAR_COOKIES" -c "$JAR_COOKIES" -F "csrf=$csrf" \
    -F "file=@$WORK/figures-$2.csv;type=text/csv" "$BASE/programmes/dynamic-sufficiency-tool/figures/import")
  t1=$(date +%s%N)
  echo "$1: $LINES lines, HTTP $out, $(( (t1 - t0) / 1000000 )) ms"
}
echo "file: $(wc -c < "$WORK/figures-0.csv") bytes"
# the programme bundles' pages come up after the sign-in page: wait for the figures page
for _ in $(seq 1 120); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' -b "$JAR_COOKIES" "$BASE/programmes/dynamic-sufficiency-tool/figures")" = 200 ] && break
  sleep 0.5
done
import_once "into empty months" 0
import_once "the same file again (every line replaces one, nothing changed)" 0
import_once "every demand changed (every line replaces one)" 1
