#!/usr/bin/env bash
# Per-request latency of the two candidate web layers beside the bare servlet floor, under a small load, alternating.
#
# Starts three JVMs side by side, each with a fresh home: the floor (bench/floor: one DS servlet on the Felix HTTP
# Jetty 12 whiteboard), the JAX-RS floor (bench/floor-rest: the same plus the OSGi Jakarta RESTful Web Services
# whiteboard, Eclipse OSGi Technology 1.2.2 on Jersey 3.1.3 / HK2 3.0.5, serving /health from a JAX-RS resource) and
# the product (product/target/plv.jar with -Dplv.demo=true). Then, in each round and in rotating order, 20 clients
# (bench/WebLoad.java) hammer one target at a time:
#   floor       GET /health                     (servlet)
#   floor-rest  GET /health                     (JAX-RS resource through Jersey)
#   product     GET /api/me  Bearer API token   (the platform's typed routing layer, behind the security filter:
#                                                 token lookup by SHA-256, JSON answer)
#   product     GET /health  anonymous          (a plain servlet in the product, for reference)
# The API token is issued for the demo secretary through the Users page, as a secretary would. Prints each round's
# p50/p95 and requests/s, the medians over the rounds, the ratios to the floor, and the load average.
# The load program runs on the same machine and takes CPU from the servers: on a 2-core machine that is part of the
# figure, equally for each target.
#
# Usage: bench/web-vs-floor.sh [rounds]      (default 3)
# Environment: CLIENTS (20), DURATION seconds per target and round (10), WARMUP seconds (3),
#              JVM_OPTS for all three servers (default -XX:TieredStopAtLevel=1, as bin/plv starts the product), PLV_JAR.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
rounds="${1:-3}"
clients="${CLIENTS:-20}"
duration="${DURATION:-10}"
warmup="${WARMUP:-3}"
jvm_opts="${JVM_OPTS--XX:TieredStopAtLevel=1}"
plv_jar="${PLV_JAR:-$root/product/target/plv.jar}"
[ -f "$plv_jar" ] || { echo "build the product first: bin/plv build" >&2; exit 2; }
work="$(mktemp -d /tmp/plv-bench-web.XXXXXX)"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

for f in floor floor-rest; do
  jar="$root/bench/$f/target/$f.jar"
  if [ ! -f "$jar" ] || [ -n "$(find "$root/bench/$f/pom.xml" "$root/bench/$f/src" "$root/bench/$f"/*.bnd* -newer "$jar" -type f -print -quit)" ]; then
    echo "building $f ..." >&2
    (cd "$root/bench/$f" && mvn -q package) >&2
  fi
done
mkdir -p "$work/classes"
javac -d "$work/classes" "$root/bench/WebLoad.java"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
declare -A base
start() {   # start NAME JAR PROPS...
  local name="$1" jar="$2"; shift 2
  local port; port="$(free_port)"
  mkdir -p "$work/$name"
  # shellcheck disable=SC2086
  (cd "$work/$name" && exec java $jvm_opts "$@" -Dorg.osgi.service.http.port="$port" -Dplv.http.port="$port" \
      -Dplv.home="$work/$name" -Dgosh.args=--nointeractive -jar "$jar" </dev/null >"$work/$name/out.txt" 2>&1) &
  pids+=($!)
  base[$name]="http://127.0.0.1:$port"
}
start floor "$root/bench/floor/target/floor.jar"
start floor-rest "$root/bench/floor-rest/target/floor-rest.jar"
start product "$plv_jar" -Dplv.demo=true
for name in floor floor-rest product; do
  for _ in $(seq 1 600); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "${base[$name]}/health" || true)" = 200 ] && break
    sleep 0.5
  done
  [ "$(curl -s -o /dev/null -w '%{http_code}' "${base[$name]}/health" || true)" = 200 ] \
    || { echo "$name did not answer /health; log:" >&2; tail -30 "$work/$name/out.txt" >&2; exit 2; }
done

# An API token for the demo secretary, issued on the Users page (sign in: the form's CSRF token, then credentials).
cookies="$work/cookies"
P="${base[product]}"
. "$root/bench/sign-in.sh"
sign_in_demo_secretary "$P" "$cookies"
csrf=$(curl -s -c "$cookies" -b "$cookies" "$P/users/secretary" | grep -o 'name="csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
token=$(curl -s -L -c "$cookies" -b "$cookies" --data-urlencode "csrf=$csrf" -d label=bench "$P/users/secretary/tokens" \
  | grep -o 'plv_[A-Za-z0-9_-]*' | head -1)
[ -n "$token" ] || { echo "could not issue an API token for the secretary" >&2; exit 2; }
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$P/api/me")" = 200 ] \
  || { echo "GET /api/me with the new token did not answer 200" >&2; exit 2; }

targets=("floor /health" "floor-rest /health" "product /api/me" "product /health")
labels=("floor-servlet" "floor-jaxrs" "product-route" "product-servlet")
results="$work/results.txt"
: >"$results"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
n=${#targets[@]}
for r in $(seq 1 "$rounds"); do
  for k in $(seq 0 $((n - 1))); do
    i=$(( (r - 1 + k) % n ))
    read -r name path <<<"${targets[$i]}"
    auth=""
    [ "$path" = /api/me ] && auth="Bearer $token"
    out=$(java -XX:TieredStopAtLevel=1 -cp "$work/classes" WebLoad --base "${base[$name]}" --clients "$clients" \
      --seconds "$duration" --warmup "$warmup" --paths "$path" --authorization "$auth" || true)
    # "all" line: name requests req/s p50 p95 p99 max
    read -r _ reqs rps p50 p95 p99 _ <<<"$(grep '^all ' <<<"$out")"
    errors=$(sed -n 's/^errors: \([0-9]*\).*/\1/p' <<<"$out")
    echo "${labels[$i]} $rps $p50 $p95 $p99 $errors" >>"$results"
    printf 'round %d %-16s %-8s %8s req/s  p50 %7s ms  p95 %7s ms  p99 %7s ms  errors %s\n' "$r" "${labels[$i]}" "$path" \
      "$rps" "$p50" "$p95" "$p99" "$errors"
  done
done

python3 - "$results" "$clients" "$duration" "${labels[@]}" <<'EOF'
import os, statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
clients, duration, labels = sys.argv[2], sys.argv[3], sys.argv[4:]
med = {}
for lab in labels:
    sel = [r for r in rows if r[0] == lab]
    med[lab] = [statistics.median(float(r[i]) for r in sel) for i in (1, 2, 3, 4)] + [sum(int(r[5] or 0) for r in sel)]
print()
print(f"medians over {len(rows) // len(labels)} rounds, {clients} clients, {duration} s each:")
print(f"{'target':16} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'errors':>6}   {'p50/floor':>9} {'p95/floor':>9} {'req/s/floor':>11}")
f = med[labels[0]]
for lab in labels:
    rps, p50, p95, p99, err = med[lab]
    print(f"{lab:16} {rps:8.0f} {p50:8.2f} {p95:8.2f} {p99:8.2f} {err:6d}   {p50 / f[1]:9.2f} {p95 / f[2]:9.2f} {rps / f[0]:11.2f}")
with open("/proc/loadavg") as fh:
    print("machine: %d cores, load average %s (1/5/15 min) at the end" % (os.cpu_count(), " ".join(fh.read().split()[:3])))
EOF
