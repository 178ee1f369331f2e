# Shared by the web benchmarks: source it after setting ROOT. Sets WORK (a temporary folder removed at exit) and,
# when BASE is empty, starts product/target/plv.jar (or PLV_JAR) with demo data on a free port, sets BASE and PID,
# and waits until the sign-in page answers. JAVA_OPTS are passed to the JVM. Also gives sign_in_demo_secretary.
. "$ROOT/bench/sign-in.sh"
WORK=$(mktemp -d)
PID=
cleanup() {
  if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

start_demo_product() {
  JAR=${PLV_JAR:-$ROOT/product/target/plv.jar}
  [ -f "$JAR" ] || { echo "No product jar at $JAR: build it first (mvn install)" >&2; exit 2; }
  PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  BASE=http://127.0.0.1:$PORT
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:-} -Dplv.home="$WORK/home" -Dplv.http.port="$PORT" -Dplv.demo=true -Dgosh.args=--nointeractive -jar "$JAR" \
    > "$WORK/product.log" 2>&1 < /dev/null &
  PID=$!
  echo "Starting the product on $BASE ..."
  for _ in $(seq 1 240); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/sign-in")" = 200 ]; then return 0; fi
    kill -0 "$PID" 2>/dev/null || { echo "The product stopped; log:" >&2; tail -40 "$WORK/product.log" >&2; exit 2; }
    sleep 0.5
  done
}
