#!/usr/bin/env bash
# Start-up of the product beside the bare floor, alternating, on this machine in one run.
#
# The floor (bench/floor): Felix 7.0.5 + SCR + Configuration Admin + Felix HTTP Jetty 12 whiteboard + slf4j wired as
# the product wires it (SPI Fly, slf4j-simple), one DS servlet answering GET /health 200 — the same framework, start
# levels and versions as the product (cnf/run.bnd, pom.xml). The JAX-RS floor (bench/floor-rest): the floor plus the
# OSGi Jakarta RESTful Web Services whiteboard (Eclipse OSGi Technology 1.2.2, Jersey 3.1.3, HK2 3.0.5) on the same
# servlet whiteboard, answering /health from a JAX-RS resource. The cut floor (floor-cut, bench/floor built with
# -Dplv.cuts): the floor with the product's start-up cuts that any such product could make (the product's re-packed
# Jetty bundle, so SPI Fly weaves no Jetty class, and bundles stored uncompressed in the jar; needs bin/plv build first),
# to tell the product's own cost from what those cuts save; the ratios are printed against both floors. The Derby floor
# (floor-derby, bench/floor-derby): the floor plus what the product's fixed stack must do before its /health can be
# truthful: boot an embedded Apache Derby 10.16 database (derby, derbyshared, derbytools inlined in the one bundle, as
# plv.platform.db has them; JMX management service off, as the product sets it) in its home's db folder, create one
# table with one row when the database is new, and answer /health 200 only once a SELECT COUNT(*) on it succeeds; no
# EclipseLink, which the product sets up lazily after /health; the ratios are printed against the floor. The
# kept-storage product (product-kept): the same plv.jar unpacked and started by a prototype launcher that keeps the
# framework storage between starts and installs a bundle only when it changed (bench/kept-storage; meaningful with
# START=restart). All are built here (mvn, with MAVEN_OPTS as set) when their jar is missing or older than their sources.
#
# Each run starts one JVM with a fresh, empty home (its working directory; the product's plv.home, so the product also
# creates its embedded database and runs its migrations, as on a first start) and measures, as bench/startup.sh does:
# wall time from launch to the first /health 200, the CPU time (user + system, /proc/PID/stat) the JVM had used by
# then, and its resident memory (VmRSS) at that moment. The variants take turns in each round (the order rotates), once
# with -XX:TieredStopAtLevel=1 (C1 only, as bin/plv starts the product) and once with the JVM's defaults. Prints each
# run, the medians and the ratios to the floor, and the machine's load average. On a busy machine the wall time mostly
# says how much CPU the others left over; the CPU time and the ratios are the steadier figures.
#
# With START=restart the product instead reuses one home whose database the untimed warm-up start created, as
# bench/startup.sh does (a normal restart), and so does floor-derby (its database then exists: Derby boots it and the
# table is there); the other floors have no state, so for them the two are the same.
#
# Usage: bench/startup-vs-floor.sh [runs]          (default 5)
# Environment: VARIANTS (default "floor floor-rest product"; also floor-cut, floor-derby, floor-cds, product-kept,
#              product-cds), MODES (default "c1 default"), START (first | restart, default first), PLV_JAR,
#              EXTRA_JAVA_OPTS.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-5}"
variants=(${VARIANTS:-floor floor-rest product})
modes=(${MODES:-c1 default})
start_kind="${START:-first}"
case "$start_kind" in first|restart) ;; *) echo "START is first or restart" >&2; exit 2 ;; esac
plv_jar="${PLV_JAR:-$root/product/target/plv.jar}"
work="$(mktemp -d /tmp/plv-bench-floor.XXXXXX)"
pid=
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

jar_of() {
  case "$1" in
    floor) echo "$root/bench/floor/target/floor.jar" ;;
    floor-cut) echo "$root/bench/floor/target/floor-cut.jar" ;;
    floor-rest) echo "$root/bench/floor-rest/target/floor-rest.jar" ;;
    floor-derby) echo "$root/bench/floor-derby/target/floor-derby.jar" ;;
    product|product-kept|product-cds) echo "$plv_jar" ;;
    floor-cds) echo "$root/bench/floor/target/floor.jar" ;;
  esac
}

# Build a floor when its jar is missing or older than any of its sources (floor-derby's bndrun includes the floor's).
build_floor() {
  local dir="$root/bench/${1%-cut}" jar flags=() sources
  jar="$(jar_of "$1")"
  [ "$1" = floor-cut ] && flags=(-Dplv.cuts)
  sources=("$dir/pom.xml" "$dir"/*.bnd "$dir"/*.bndrun "$dir/src")
  [ "$1" = floor-derby ] && sources+=("$root/bench/floor/floor.bndrun")
  if [ ! -f "$jar" ] || [ -n "$(find "${sources[@]}" -newer "$jar" -type f -print -quit)" ]; then
    echo "building $1 ..." >&2
    (cd "$dir" && mvn -q package "${flags[@]}") >&2
  fi
}
for v in "${variants[@]}"; do
  case "$v" in
    floor|floor-rest|floor-cut|floor-derby) build_floor "$v" ;;
    floor-cds) build_floor floor ;;
    product|product-cds) [ -f "$plv_jar" ] || { echo "build the product first: bin/plv build" >&2; exit 2; } ;;
    product-kept)
      # plv.jar unpacked and started by bench/kept-storage/KeptStorageLauncher.java: framework storage kept in
      # plv.home between starts, bundles installed by reference and only when changed (a prototype, not the product's)
      [ -f "$plv_jar" ] || { echo "build the product first: bin/plv build" >&2; exit 2; }
      mkdir -p "$work/unpacked" "$work/kept-classes"
      (cd "$work/unpacked" && unzip -q -o "$plv_jar" 'jar/*' launcher.properties)
      felix_jar="$(ls "$work"/unpacked/jar/org.apache.felix.framework-*.jar)"
      javac -d "$work/kept-classes" -cp "$felix_jar" "$root/bench/kept-storage/KeptStorageLauncher.java" ;;
    *) echo "unknown variant $v (floor, floor-cut, floor-rest, floor-derby, floor-cds, product, product-kept, product-cds)" >&2; exit 2 ;;
  esac
done

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# start_once VARIANT JAVA_OPTS... -> "ms_to_200 mb_resident ms_cpu"
start_once() {
  local variant="$1"; shift
  local home port t0 t1 rss cpu jar
  if [ "$variant" = product ] && [ "$start_kind" = restart ]; then
    home="$work/product-home"; mkdir -p "$home"
  elif [ "$variant" = product-kept ] && [ "$start_kind" = restart ]; then
    home="$work/kept-home"; mkdir -p "$home"
  elif [ "$variant" = product-cds ] && [ "$start_kind" = restart ]; then
    home="$work/cds-home"; mkdir -p "$home"
  elif [ "$variant" = floor-derby ] && [ "$start_kind" = restart ]; then
    home="$work/derby-home"; mkdir -p "$home"
  else
    home="$(mktemp -d "$work/home.XXXXXX")"
  fi
  port="$(free_port)"
  jar="$(jar_of "$variant")"
  local props=(-Dorg.osgi.service.http.port="$port")
  local launch=(-jar "$jar")
  case "$variant" in product|product-kept|product-cds) props=(-Dplv.home="$home" -Dplv.http.port="$port") ;; esac
  # the *-cds variants: a dynamic class-data sharing archive of the classes a first start loaded (made by an untimed
  # training start that ends cleanly, as bin/plv does); CDS=train makes it
  case "$variant" in
    *-cds) if [ "${CDS:-use}" = train ]; then props+=(-XX:ArchiveClassesAtExit="$work/$variant.jsa")
           else props+=(-XX:SharedArchiveFile="$work/$variant.jsa"); fi ;;
  esac
  [ "$variant" = product-kept ] && launch=(-Dkept.unpacked="$work/unpacked" -cp "$felix_jar:$work/kept-classes" KeptStorageLauncher)
  t0=$(date +%s%N)
  # shellcheck disable=SC2086
  (cd "$home" && exec java "$@" ${EXTRA_JAVA_OPTS:-} "${props[@]}" "${launch[@]}" </dev/null >"$home/out.txt" 2>&1) &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health" || true)" = 200 ]; do
    kill -0 "$pid" 2>/dev/null || { echo "$variant ended early:" >&2; tail -30 "$home/out.txt" >&2; exit 1; }
    sleep 0.02
  done
  t1=$(date +%s%N)
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  # utime + stime (fields 14 and 15 of /proc/PID/stat, in clock ticks), after the command name that may hold spaces
  cpu=$(sed 's/^.*) //' "/proc/$pid/stat" | awk -v hz="$(getconf CLK_TCK)" '{print int(($12 + $13) * 1000 / hz)}')
  [ "${CDS:-use}" = train ] && sleep 2   # let the training start finish loading what a first minute loads
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
  pid=
  case "$home" in "$work/product-home"|"$work/kept-home"|"$work/cds-home"|"$work/derby-home") ;; *) rm -rf "$home" ;; esac
  echo "$(( (t1 - t0) / 1000000 )) $(( rss / 1024 )) $cpu"
}

results="$work/results.txt"
: >"$results"
for mode in "${modes[@]}"; do
  case "$mode" in
    c1) opts=(-XX:TieredStopAtLevel=1) ;;
    default) opts=() ;;
    *) echo "unknown mode $mode (c1, default)" >&2; exit 2 ;;
  esac
  echo "== $mode: java ${opts[*]:-(JVM defaults)}; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  for v in "${variants[@]}"; do
    case "$v" in *-cds) [ -f "$work/$v.jsa" ] || CDS=train start_once "$v" "${opts[@]}" >/dev/null ;; esac
  done
  for v in "${variants[@]}"; do start_once "$v" "${opts[@]}" >/dev/null; done   # warm the page cache, untimed
  n=${#variants[@]}
  for i in $(seq 1 "$runs"); do
    for k in $(seq 0 $((n - 1))); do
      v="${variants[$(( (i - 1 + k) % n ))]}"
      r=$(start_once "$v" "${opts[@]}") || exit 1
      echo "$mode $v $r" >>"$results"
      printf '%-8s run %d %-12s %6s ms to /health 200, %5s ms CPU, %4s MB resident\n' "$mode" "$i" "$v" \
        "$(cut -d' ' -f1 <<<"$r")" "$(cut -d' ' -f3 <<<"$r")" "$(cut -d' ' -f2 <<<"$r")"
    done
  done
  echo "   load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
done

python3 - "$results" "${variants[@]}" <<'EOF'
import os, statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
variants = sys.argv[2:]
print()
print(f"medians of {sum(1 for r in rows if r[0] == rows[0][0] and r[1] == rows[0][1])} runs each ({os.environ.get('START', 'first')} start of the product):")
cut = "floor-cut" in variants
print(f"{'mode':8} {'variant':12} {'wall ms':>8} {'CPU ms':>8} {'RSS MB':>7}   {'wall/floor':>10} {'CPU/floor':>9} {'RSS/floor':>9}"
      + (f"   {'wall/cut':>8} {'CPU/cut':>7} {'RSS/cut':>7}" if cut else ""))
for mode in dict.fromkeys(r[0] for r in rows):
    med = {}
    for v in variants:
        sel = [r for r in rows if r[0] == mode and r[1] == v]
        med[v] = tuple(statistics.median(int(r[i]) for r in sel) for i in (2, 4, 3))
    base, base_cut = med.get("floor"), med.get("floor-cut")
    for v in variants:
        w, c, m = med[v]
        ratio = f"{w / base[0]:10.2f} {c / base[1]:9.2f} {m / base[2]:9.2f}" if base else ""
        if base_cut:
            ratio += f"   {w / base_cut[0]:8.2f} {c / base_cut[1]:7.2f} {m / base_cut[2]:7.2f}"
        print(f"{mode:8} {v:12} {w:8.0f} {c:8.0f} {m:7.0f}   {ratio}")
with open("/proc/loadavg") as f:
    print("machine: %d cores, load average %s (1/5/15 min) at the end" % (os.cpu_count(), " ".join(f.read().split()[:3])))
EOF
