# Sourced by ./mvnw: Hubline builds and runs on Java 21 or newer. Where JAVA_HOME (or the `java`
# on the PATH) is older, as on a machine whose default Java is 17, use the newest JDK 21+
# installed under /usr/lib/jvm, and say so. Nothing is changed when a suitable JDK is in use.
hubline_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java.specification.version = \([0-9][0-9]*\).*/\1/p'
}
hubline_current_java() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    echo "$JAVA_HOME/bin/java"
  else
    command -v java 2>/dev/null || true
  fi
}
hubline_java=$(hubline_current_java)
hubline_major=0
if [ -n "$hubline_java" ]; then
  hubline_major=$(hubline_java_major "$hubline_java")
  hubline_major=${hubline_major:-0}
fi
if [ "$hubline_major" -lt 21 ]; then
  hubline_best=""
  hubline_best_major=0
  set +f # the wrapper turns globbing off
  for hubline_jdk in /usr/lib/jvm/*; do
    if [ -x "$hubline_jdk/bin/javac" ]; then
      hubline_m=$(hubline_java_major "$hubline_jdk/bin/java")
      hubline_m=${hubline_m:-0}
      if [ "$hubline_m" -ge 21 ] && [ "$hubline_m" -gt "$hubline_best_major" ]; then
        hubline_best="$hubline_jdk"
        hubline_best_major=$hubline_m
      fi
    fi
  done
  set -f
  if [ -n "$hubline_best" ]; then
    echo "Hubline needs Java 21 or newer; using $hubline_best (Java $hubline_best_major)." >&2
    JAVA_HOME="$hubline_best"
    export JAVA_HOME
    PATH="$JAVA_HOME/bin:$PATH"
    export PATH
  else
    echo "Hubline needs Java 21 or newer, and none was found (JAVA_HOME, PATH, /usr/lib/jvm)." >&2
    echo "Install one (on Debian: apt-get install openjdk-21-jdk-headless) and run this again." >&2
    exit 1
  fi
fi
