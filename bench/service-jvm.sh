# Sourced by the benchmarks: the JVM options a service runs with, from the launcher's ServiceJvm itself
# (runtime/service.jvm-options plus the start-up archive the build made, if any). The service must run in its
# quarkus-app folder, where the archive names the jar.
service_jvm_options() { # path to a service's quarkus-run.jar
  local launcher
  launcher=$(ls local-platform/target/local-platform-*.jar 2>/dev/null | grep -v -e '-sources' -e '-tests' | head -1)
  [ -n "$launcher" ] || { echo "build first: ./mvnw -DskipTests install (or ./platform up)" >&2; return 1; }
  "${JAVA:-java}" -cp "$launcher" nl.municipalnetworks.localplatform.ServiceJvm "$1"
}
