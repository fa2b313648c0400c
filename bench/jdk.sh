# Selects a JDK 21+ (sourced by the bench scripts).
java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'; }
if [ -z "${JAVA_HOME:-}" ] || [ "$(java_major "$JAVA_HOME/bin/java" 2>/dev/null || echo 0)" -lt 21 ]; then
  for home in $(ls -d /usr/lib/jvm/*/ | sort -rV); do
    if [ "$(java_major "${home}bin/java" 2>/dev/null || echo 0)" -ge 21 ]; then export JAVA_HOME="${home%/}"; break; fi
  done
fi
export PATH="$JAVA_HOME/bin:$PATH"
