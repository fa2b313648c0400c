#!/usr/bin/env bash
# Entity resolution (puente-linkage): quality on the public benchmarks and the synthetic Peruvian
# register, time of the whole CLI process on FEBRL-4, scale from 10k to 1M people, and intake latency.
#   bench/run-linkage.sh [runs] [what…]   what: quality cli scale incremental (default: all)
# Needs the benchmark data at ../shared/bench-data (or LINKAGE_DATA) and a JDK 21+.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"; root="$(dirname "$here")"
runs="${1:-3}"; shift || true
what="${*:-quality cli scale incremental}"
data="${LINKAGE_DATA:-$root/../shared/bench-data}"
source "$here/jdk.sh"
(cd "$root" && mvn -q -B -o -DskipTests install -pl puente-linkage -am 2>/dev/null || mvn -q -B -DskipTests install -pl puente-linkage -am)
(cd "$here" && mvn -q -B -o package 2>/dev/null || (cd "$here" && mvn -q -B package))
cp="$here/target/classes:$(cat "$here/target/classpath.txt")"
results="$here/results"; mkdir -p "$results"
heap="${LINKAGE_HEAP:--Xmx4g}"

if [[ " $what " == *" quality "* ]]; then
  echo "== quality (one default configuration; median time of $runs runs, in one JVM)"
  java $heap -cp "$cp" org.puente.bench.linkage.LinkageBench "$data" "$runs" \
    febrl1 febrl2 febrl3 febrl4 fake1000 historical50k peru | tee "$results/linkage-quality.txt"
fi

if [[ " $what " == *" cli "* ]]; then
  echo "== FEBRL-4 through ./puente link, whole process (JVM start, read, learn, link, write)"
  (cd "$root" && mvn -q -B -o -DskipTests package -pl puente-server -am 2>/dev/null || (cd "$root" && mvn -q -B -DskipTests package -pl puente-server -am))
  map="rec_id=id,given_name=given,surname=surnames,street_number=code,address_1=text,address_2=text,suburb=text,postcode=code,state=code,date_of_birth=date,soc_sec_id=document"
  # A short run is dominated by the JIT: with the C1 compiler only, two cores link instead of compiling.
  for opts in "" "-XX:TieredStopAtLevel=1"; do
    times=()
    for _ in $(seq 1 "$runs"); do
      start=$(date +%s.%N)
      java $heap $opts -jar "$root/puente-server/target/puente.jar" link --quiet --left "$data/febrl/dataset4a.csv" \
        --right "$data/febrl/dataset4b.csv" --map "$map" --output "$results/febrl4-links.csv" 2>>"$results/linkage-cli.log"
      times+=("$(echo "$(date +%s.%N) - $start" | bc)")
    done
    printf '%s\n' "${times[@]}" | sort -n | awk -v o="${opts:-default JIT}" '{a[NR]=$1} END {printf "febrl4 CLI whole process (%s): median %.2f s over %d runs\n", o, a[int((NR+1)/2)], NR}' \
      | tee -a "$results/linkage-quality.txt"
  done
fi

if [[ " $what " == *" scale "* ]]; then
  echo "== scale: deduplicate 10k, 100k and 1M generated people, one JVM each ($heap)"
  for people in ${LINKAGE_SIZES:-10000 100000 1000000}; do
    java $heap -cp "$cp" org.puente.bench.linkage.ScaleBench "$results" "$people" | tee -a "$results/linkage-scale.txt"
  done
fi

if [[ " $what " == *" incremental "* ]]; then
  echo "== incremental: candidates for one record against an index of ${LINKAGE_INDEX:-1000000} people"
  java $heap -cp "$cp" org.puente.bench.linkage.IncrementalBench "$results" "${LINKAGE_INDEX:-1000000}" 5000 \
    | tee "$results/linkage-incremental.txt"
fi
