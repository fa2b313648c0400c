#!/usr/bin/env bash
# Search latency at 1,000,000 people on PostgreSQL and on H2, over HTTP with a signed-in session.
#   bench/run-search.sh [people] [requests] [concurrency]   (defaults 1000000 2000 4)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"; root="$(dirname "$here")"
people="${1:-1000000}"; requests="${2:-2000}"; concurrency="${3:-4}"
source "$here/jdk.sh"
(cd "$root" && mvn -q -B -DskipTests install -pl puente-server -am)
(cd "$here" && mvn -q -B package)
cp="$here/target/classes:$(cat "$here/target/classpath.txt")"
mkdir -p "$here/results"

bench() { # $1 = label; environment selects the database
  local port=18080
  if [ ! -f "$here/results/seeded-$1-$people" ]; then
    "$root/puente" demo --people "$people" --seed 42
    touch "$here/results/seeded-$1-$people"
  fi
  SERVER_PORT=$port "$root/puente" serve > "$here/results/server-$1.log" 2>&1 &
  local pid=$!
  trap "kill $pid 2>/dev/null || true" EXIT
  for _ in $(seq 1 120); do curl -sf "http://localhost:$port/actuator/health" >/dev/null && break; sleep 1; done
  for _ in $(seq 1 600); do grep -q "search index loaded" "$here/results/server-$1.log" && break; sleep 1; done
  echo "== $1"
  java -cp "$cp" org.puente.bench.SearchBench "http://localhost:$port" "$2" "$3" "$requests" "$concurrency"
  kill $pid; wait $pid 2>/dev/null || true
  trap - EXIT
}

dbs="${BENCH_DBS:-postgres h2}"
# PostgreSQL: a scratch database of its own.
if [[ " $dbs " == *" postgres "* ]]; then
if [ ! -f "$here/results/seeded-postgres-$people" ]; then
  psql -h 127.0.0.1 -U postgres -qc 'drop database if exists puente_bench_search' postgres
  psql -h 127.0.0.1 -U postgres -qc 'create database puente_bench_search' postgres
fi
PUENTE_DB_URL=jdbc:postgresql://127.0.0.1:5432/puente_bench_search PUENTE_DB_USER=postgres PUENTE_DEMO=true \
  bench postgres jdbc:postgresql://127.0.0.1:5432/puente_bench_search postgres
fi
[[ " $dbs " == *" h2 "* ]] || exit 0

# H2: its own data directory; the bench reads samples through H2's auto-server.
h2dir="$here/results/h2-search"
[ -f "$here/results/seeded-h2-$people" ] || rm -rf "$h2dir"
PUENTE_DATA_DIR="$h2dir" PUENTE_DEMO=true \
  bench h2 "jdbc:h2:file:$h2dir/puente;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE" sa
