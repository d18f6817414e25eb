# Sourced by ./mvnw: picks a JDK 21 or newer so that the build works where the default `java`
# is older. Order: $JAVA_HOME if it is 21+, then the newest 21+ JDK in the usual install places.
set +f  # mvnw runs with globbing off; the search below needs it
rl_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}
rl_is_jdk21() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  rl_major=$(rl_java_major "$1")
  [ -n "$rl_major" ] && [ "$rl_major" -ge 21 ]
}
if [ -n "${JAVA_HOME-}" ] && rl_is_jdk21 "$JAVA_HOME"; then
  :
else
  rl_found=
  for rl_dir in $(ls -d /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /usr/local/jdk* \
      /Library/Java/JavaVirtualMachines/*/Contents/Home "${HOME-}"/.sdkman/candidates/java/* 2>/dev/null | sort -rV); do
    if [ ! -L "$rl_dir" ] && rl_is_jdk21 "$rl_dir"; then rl_found=$rl_dir; break; fi
  done
  if [ -z "$rl_found" ]; then
    echo "RènLuyện needs a JDK 21 or newer (for example Eclipse Temurin 21 or 25)." >&2
    echo "None was found in JAVA_HOME or /usr/lib/jvm, /usr/java, /opt/java." >&2
    echo "Install one (Eclipse Temurin 21 or 25, or your distribution's openjdk-21-jdk) or set JAVA_HOME to it." >&2
    exit 1
  fi
  JAVA_HOME=$rl_found
fi
export JAVA_HOME
set -f
