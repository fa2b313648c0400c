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
# This worktree's linkage classes first: another checkout may have installed its own snapshot since.
cp="$root/puente-linkage/target/classes:$here/target/classes:$(cat "$here/target/classpath.txt")"
results="$here/results"; mkdir -p "$results"
heap="${LINKAGE_HEAP:--Xmx4g}"

if [[ " $what " == *" quality "* ]]; then
  echo "== quality (one default configuration; median time of $runs runs, in one JVM)"
  java $heap -cp "$cp" org.puente.bench.linkage.LinkageBench "$data" "$runs" \
    febrl1 febrl2 febrl3 febrl4 fake1000 historical50k peru | tee "$results/linkage-quality.txt"
fi

if [[ " $what " == *" cli "* ]]; then
  echo "== FEBRL-4 through ./puente link, whole process (launcher, JVM start, read, learn, link, write); load $(cut -d' ' -f1-3 /proc/loadavg)"
  (cd "$root" && ./puente help >/dev/null) # builds the jar if the sources changed, so no run below pays for it
  map="rec_id=id,given_name=given,surname=surnames,street_number=code,address_1=text,address_2=text,suburb=text,postcode=code,state=code,date_of_birth=date,soc_sec_id=document"
  cli_runs=$(( runs > 5 ? runs : 5 ))
  # ./puente link: the linkage jars alone, a class-data archive, C1 only for small files (see the launcher).
  # java -jar puente.jar link: the same command from the server's jar with the JVM's defaults, for comparison.
  for how in "./puente link" "java -jar puente.jar link"; do
    rows=()
    for _ in $(seq 1 "$cli_runs"); do
      if [ "$how" = "./puente link" ]; then
        set -- "$root/puente" link
      else
        set -- java -jar "$root/puente-server/target/puente.jar" link
      fi
      /usr/bin/time -o "$results/cli-time.txt" -f "%e %U %S" "$@" --quiet --left "$data/febrl/dataset4a.csv" \
        --right "$data/febrl/dataset4b.csv" --map "$map" --output "$results/febrl4-links.csv" 2>>"$results/linkage-cli.log"
      rows+=("$(tail -1 "$results/cli-time.txt")")
    done
    printf '%s\n' "${rows[@]}" | awk -v how="$how" '{wall[NR]=$1; cpu[NR]=$2+$3} END {
        n=asort(wall); asort(cpu); m=int((n+1)/2);
        printf "febrl4 CLI whole process (%s): median %.2f s wall, %.2f s cpu over %d runs (wall %.2f-%.2f s)\n", how, wall[m], cpu[m], n, wall[1], wall[n]}' \
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
