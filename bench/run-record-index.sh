#!/usr/bin/env bash
# What storing a verification record costs on H2 by the shape of its reference (decision 0016) and of
# its index by document (decision 0017):
# random references, time-ordered references, no reference index (each with the per-record document
# index), and time-ordered references with the document index written in blocks (as now), side by side.
#   bench/run-record-index.sh [existing] [added] [batch]   (defaults 1000000 200000 500)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/jdk.sh"
(cd "$here" && mvn -q -B package)
cp="$here/target/classes:$(cat "$here/target/classpath.txt")"
java -cp "$cp" org.puente.bench.RecordIndexBench "$here/results/record-index" "$@"
