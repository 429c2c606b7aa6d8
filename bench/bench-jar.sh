# Sourced by bench/*.sh (not run): the benchmark programs of the bench module (bench/src), packaged as
# bench/target/bench.jar with its libraries in bench/target/lib. bench_build packages it when it is missing or older
# than its sources (before anything is timed: no Maven start-up lands in a figure); bench runs one scenario.
# BENCH_MAVEN_ARGS adds Maven options, e.g. BENCH_MAVEN_ARGS=-o to build offline.

BENCH_JAR=bench/target/bench.jar

bench_build() {
  if [[ ! -f $BENCH_JAR ]] || [[ -n $(find bench/pom.xml bench/src pom.xml -newer "$BENCH_JAR" -print -quit) ]]; then
    echo "building $BENCH_JAR (./mvnw -q -Pbench -pl bench package)..." >&2
    ./mvnw -q -B -Pbench -pl bench package ${BENCH_MAVEN_ARGS:-} >&2
  fi
}

# bench SCENARIO [ARGS...]: one scenario of the bench module (java -jar bench/target/bench.jar, from the repository root)
bench() {
  java -jar "$BENCH_JAR" "$@"
}
