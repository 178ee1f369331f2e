#!/bin/bash
# Benchmark: the records retention export of a demo year (CA 2006 s248, s355). Starts product/target/plv.jar with the
# demo data (or uses BASE), signs in as the demo secretary, downloads /api/records/YEAR/export.zip for the demo's
# years (this year and last year by default), prints each export's time, size and number of files, then uploads each
# zip to /records/verify and prints the check's summary, and checks a signed minutes PDF of the export with pdfsig
# when it is installed. Usage: bench/board-records.sh [year ...]
set -e
ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/bench/lib.sh"
[ -n "${BASE:-}" ] || start_demo_product
JAR_COOKIES=$WORK/cookies
sign_in_demo_secretary "$BASE" "$JAR_COOKIES"
# the board's routes come up after the sign-in page: wait for the records page (up to two minutes)
for _ in $(seq 1 240); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' -b "$JAR_COOKIES" "$BASE/records")" = 200 ] && break
  sleep 0.5
done
THIS_YEAR=$(date +%Y)
YEARS=${*:-"$((THIS_YEAR - 1)) $THIS_YEAR"}
for YEAR in $YEARS; do
  ZIP=$WORK/records-$YEAR.zip
  T=$(curl -s -o "$ZIP" -w '%{http_code} %{time_total}' -b "$JAR_COOKIES" "$BASE/api/records/$YEAR/export.zip")
  FILES=$(python3 -c "import zipfile,sys; z=zipfile.ZipFile(sys.argv[1]); n=[i for i in z.infolist() if i.filename!='manifest.csv']; print(len(n), sum(i.file_size for i in n))" "$ZIP")
  echo "export $YEAR: HTTP ${T% *}, ${T#* } s, $(stat -c %s "$ZIP") bytes zipped, files and bytes before compression: $FILES"
  PAGE=$(curl -s -b "$JAR_COOKIES" "$BASE/records")
  CSRF=$(printf '%s' "$PAGE" | grep -o 'name="csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  curl -s -b "$JAR_COOKIES" -F "csrf=$CSRF" -F "file=@$ZIP;type=application/zip" "$BASE/records/verify?csrf=$CSRF" \
    | grep -o '<p class="[a-z]*" id="check-summary">.*' | sed 's/<[^>]*>//g' | head -2 | sed "s/^/check $YEAR: /"
  if command -v pdfsig >/dev/null; then
    MIN=$(python3 -c "import zipfile,sys; z=zipfile.ZipFile(sys.argv[1]); m=[n for n in z.namelist() if n.startswith('minutes/')]; print(m[0] if m else '')" "$ZIP")
    if [ -n "$MIN" ]; then
      python3 -c "import zipfile,sys; open(sys.argv[3],'wb').write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))" "$ZIP" "$MIN" "$WORK/m.pdf"
      echo "pdfsig $MIN: $(pdfsig "$WORK/m.pdf" | grep 'Signature Validation' | sed 's/^ *- //')"
    fi
  fi
done
