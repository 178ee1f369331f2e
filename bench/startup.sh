#!/usr/bin/env bash
# Launch to first /health 200, and resident memory (RSS) right after, over N runs (default 5); prints each run and the
# median. Uses the built product/target/plv.jar (or PLV_JAR) and a scratch plv.home whose database already exists
# (the first, untimed run creates it), so it measures a normal start, not the first-ever one.
# Also prints the CPU time (user + system) the JVM had used by then: on a busy machine the wall time mostly says how
# much CPU the other processes left over, while the CPU time is the product's own cost, so compare both.
# Usage: bench/startup.sh [runs] [extra java options...]      (aim: under 3 s and under 250 MB on a 2-core machine)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="${PLV_JAR:-$root/product/target/plv.jar}"
[ -f "$jar" ] || { echo "build first: bin/plv build" >&2; exit 2; }
runs="${1:-5}"; shift || true
home="$(mktemp -d /tmp/plv-bench-startup.XXXXXX)"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')

start_once() {
  local t0 pid code=0 t1 rss cpu
  t0=$(date +%s%N)
  java "$@" -Dplv.home="$home" -Dplv.http.port="$port" -jar "$jar" </dev/null >"$home/out.txt" 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health" || true)" = 200 ]; do
    kill -0 "$pid" 2>/dev/null || { echo "product ended early; see $home/out.txt" >&2; exit 1; }
    sleep 0.02
  done
  t1=$(date +%s%N)
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  # utime + stime (fields 14 and 15 of /proc/PID/stat, in clock ticks), after the command name that may hold spaces
  cpu=$(sed 's/^.*) //' "/proc/$pid/stat" | awk -v hz="$(getconf CLK_TCK)" '{print int(($12 + $13) * 1000 / hz)}')
  kill -TERM "$pid"; wait "$pid" || true
  echo "$(( (t1 - t0) / 1000000 )) $(( rss / 1024 )) $cpu"
}

start_once "$@" >/dev/null   # creates the database and schema
results=()
for i in $(seq 1 "$runs"); do
  r=$(start_once "$@")
  results+=("$r")
  echo "run $i: $(cut -d' ' -f1 <<<"$r") ms to /health 200, $(cut -d' ' -f2 <<<"$r") MB resident, $(cut -d' ' -f3 <<<"$r") ms CPU"
done
printf '%s\n' "${results[@]}" | python3 -c '
import sys, statistics
rows = [tuple(map(int, l.split())) for l in sys.stdin if l.strip()]
print(f"median of {len(rows)}: {statistics.median(r[0] for r in rows):.0f} ms to first /health 200, "
      f"{statistics.median(r[1] for r in rows):.0f} MB resident after start, "
      f"{statistics.median(r[2] for r in rows):.0f} ms CPU (user + system) by then")
with open("/proc/loadavg") as f:
    print("machine: %d cores, load average %s (1/5/15 min) at the end" % (__import__("os").cpu_count(), " ".join(f.read().split()[:3])))'
rm -rf "$home"
