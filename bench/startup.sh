#!/usr/bin/env bash
# Launch to first /health 200, and resident memory (RSS) right after, over N runs (default 5); prints each run and the
# median. Uses the built product/target/plv.jar and a scratch plv.home whose database already exists (the first,
# untimed run creates it), so it measures a normal start, not the first-ever one.
# Usage: bench/startup.sh [runs] [extra java options...]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/product/target/plv.jar"
[ -f "$jar" ] || { echo "build first: bin/plv build" >&2; exit 2; }
runs="${1:-5}"; shift || true
home="$(mktemp -d /tmp/plv-bench-startup.XXXXXX)"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')

start_once() {
  local t0 pid code=0 t1 rss
  t0=$(date +%s%N)
  java "$@" -Dplv.home="$home" -Dplv.http.port="$port" -jar "$jar" </dev/null >"$home/out.txt" 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health" || true)" = 200 ]; do
    kill -0 "$pid" 2>/dev/null || { echo "product ended early; see $home/out.txt" >&2; exit 1; }
    sleep 0.02
  done
  t1=$(date +%s%N)
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  kill -TERM "$pid"; wait "$pid" || true
  echo "$(( (t1 - t0) / 1000000 )) $(( rss / 1024 ))"
}

start_once "$@" >/dev/null   # creates the database and schema
results=()
for i in $(seq 1 "$runs"); do
  r=$(start_once "$@")
  results+=("$r")
  echo "run $i: $(cut -d' ' -f1 <<<"$r") ms to /health 200, $(cut -d' ' -f2 <<<"$r") MB resident"
done
printf '%s\n' "${results[@]}" | python3 -c '
import sys, statistics
rows = [tuple(map(int, l.split())) for l in sys.stdin if l.strip()]
print(f"median of {len(rows)}: {statistics.median(r[0] for r in rows):.0f} ms to first /health 200, "
      f"{statistics.median(r[1] for r in rows):.0f} MB resident after start")'
rm -rf "$home"
