#!/usr/bin/env bash
# puente-rules decisions per second on one thread (JMH), explanations included.
# Installs puente-rules and the parent pom it inherits (-am) into the local repository first.
#   bench/run-rules.sh [JMH options]   e.g. bench/run-rules.sh -f 1 -wi 2 -i 3   for a quick run
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"; root="$(dirname "$here")"
source "$here/jdk.sh"
(cd "$root" && mvn -q -B -pl puente-rules -am install -DskipTests)
(cd "$here" && mvn -q -B -Prules package)
cp="$here/target/classes:$(cat "$here/target/classpath.txt")"
mkdir -p "$here/results"
java -cp "$cp" org.openjdk.jmh.Main 'org.puente.bench.rules.RulesBench' -rf json -rff "$here/results/rules-jmh.json" "$@"
