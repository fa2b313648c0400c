#!/usr/bin/env bash
# Import throughput into PostgreSQL, with a raw COPY of the same rows in the same run.
#   bench/run-import.sh [rows]      (default 200000; needs PostgreSQL on 127.0.0.1:5432, trust auth)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"; root="$(dirname "$here")"
rows="${1:-200000}"
source "$here/jdk.sh"
(cd "$root" && mvn -q -B -DskipTests install -pl puente-server -am)
(cd "$here" && mvn -q -B package)
java -cp "$here/target/classes:$(cat "$here/target/classpath.txt")" org.puente.bench.ImportBench \
  "$root/puente" jdbc:postgresql://127.0.0.1:5432/ "$rows" "$here/results"
