#!/usr/bin/env bash
# Verification API throughput and latency at 1,000,000 people, on PostgreSQL and on H2, with the
# trivial authenticated endpoint measured side by side in the same run.
#   bench/run-verify.sh [people] [seconds] [connections] [rate]   (defaults 1000000 20 16; rate: half the max)
#   BENCH_DBS="h2" bench/run-verify.sh …   to run one database only
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"; root="$(dirname "$here")"
people="${1:-1000000}"; seconds="${2:-20}"; connections="${3:-16}"; rate="${4:-}"
source "$here/jdk.sh"
(cd "$root" && mvn -q -B -DskipTests install -pl puente-server -am)
(cd "$here" && mvn -q -B package)
cp="$here/target/classes:$(cat "$here/target/classpath.txt")"
mkdir -p "$here/results"
# The server runs from its own copy of the jar, so a build during the run cannot change it.
cp "$root/puente-server/target/puente.jar" "$here/results/puente-bench.jar"
# With the launcher's JVM options (jvm/serve.options), as `./puente serve` runs it.
serve() { java "@$root/jvm/serve.options" ${PUENTE_JAVA_OPTS:-} -jar "$here/results/puente-bench.jar" "$@"; }
# In the background with exec, so $! is the server's own process and killing it stops the server.
# Its collections go to results/verify-gc-<database>.log, beside its log, to set against slow windows.
serve_in_background() { (exec java "@$root/jvm/serve.options" "-Xlog:gc:file=$here/results/verify-gc-$1.log:time" \
  ${PUENTE_JAVA_OPTS:-} -jar "$here/results/puente-bench.jar" serve) & }

bench() { # $1 = label, $2 = JDBC URL the load generator samples from, $3 = its user
  local port=18081
  if [ ! -f "$here/results/seeded-$1-$people" ]; then
    serve demo --people "$people" --seed 42
    touch "$here/results/seeded-$1-$people"
  fi
  # Throughput is what is measured here: the demo parties' limits are lifted for the run.
  SERVER_PORT=$port PUENTE_VERIFICATION_DEMO_RATE=1000000 PUENTE_VERIFICATION_MISSES_PER_MINUTE=100000000 \
    serve_in_background "$1" > "$here/results/verify-server-$1.log" 2>&1
  local pid=$!
  trap "kill $pid 2>/dev/null || true" EXIT
  # Ready means the name and verification indexes are loaded; the duplicate-detection index still
  # builds in the background for a while, using a core: the load starts once it is built.
  for _ in $(seq 1 300); do curl -sf "http://localhost:$port/actuator/health/readiness" >/dev/null && break; sleep 1; done
  for _ in $(seq 1 300); do grep -q "linkage index built" "$here/results/verify-server-$1.log" && break; sleep 1; done
  grep -h "index loaded\|index built" "$here/results/verify-server-$1.log" | sed 's/^.*: /   /'
  echo "== $1 (load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
  # A first pass warms the server up (the JIT needs more than the generator's own warm-up); the
  # second, on the same server, is the one reported.
  java -Xmx1g -cp "$cp" org.puente.bench.VerifyBench "http://127.0.0.1:$port" "$2" "$3" "$seconds" "$connections" $rate \
    | sed -n 's/^verifications (closed loop) */   warm-up pass: verifications (closed loop) /p'
  java -Xmx1g -cp "$cp" org.puente.bench.VerifyBench "http://127.0.0.1:$port" "$2" "$3" "$seconds" "$connections" $rate
  echo "   load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
  kill $pid; wait $pid 2>/dev/null || true
  trap - EXIT
}

dbs="${BENCH_DBS:-postgres h2}"
if [[ " $dbs " == *" postgres "* ]]; then
  if [ ! -f "$here/results/seeded-postgres-$people" ]; then
    psql -h 127.0.0.1 -U postgres -qc 'drop database if exists puente_bench_verify' postgres
    psql -h 127.0.0.1 -U postgres -qc 'create database puente_bench_verify' postgres
  fi
  PUENTE_DB_URL=jdbc:postgresql://127.0.0.1:5432/puente_bench_verify PUENTE_DB_USER=postgres PUENTE_DEMO=true \
    bench postgres jdbc:postgresql://127.0.0.1:5432/puente_bench_verify postgres
fi
[[ " $dbs " == *" h2 "* ]] || exit 0

# H2: its own data directory; the load generator samples through H2's auto-server.
h2dir="$here/results/h2-verify"
[ -f "$here/results/seeded-h2-$people" ] || rm -rf "$h2dir"
PUENTE_DATA_DIR="$h2dir" PUENTE_DEMO=true \
  bench h2 "jdbc:h2:file:$h2dir/puente;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE" sa
