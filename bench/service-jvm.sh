# Sourced by the benchmarks: the JVM options a service runs with, as the launcher's ServiceJvm composes
# them (runtime/service.jvm-options, plus the class-data archive when the build made one). The service
# must run in its quarkus-app folder, where the archive names the jar.
service_jvm_options() { # quarkus-app folder
  echo "@$PWD/runtime/service.jvm-options"
  [ -f "$1/app-cds.jsa" ] && echo "-XX:SharedArchiveFile=app-cds.jsa"
  return 0
}
