#!/usr/bin/env bash
# Benchmark: a multi-criteria segment preview on 100k accounts with 2M interactions, through the
# API and as hand-written SQL, on PostgreSQL and on H2.
#   bench/segments.sh
# Reuses the PostgreSQL database that bench/recompute.sh generates (and runs it first if needed).
# Writes the figures to bench/out/segments.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${BENCH_PORT:-8181}
db=rapport_bench
out=bench/out
mkdir -p "$out"
m2=${M2_REPO:-$HOME/.m2/repository}
mvn -B -q dependency:get -Dartifact=org.postgresql:postgresql:42.7.14 >/dev/null
mvn -B -q dependency:get -Dartifact=com.h2database:h2:2.2.224 >/dev/null
cp="$m2/org/postgresql/postgresql/42.7.14/postgresql-42.7.14.jar:$m2/com/h2database/h2/2.2.224/h2-2.2.224.jar"

profiles=$(psql -h 127.0.0.1 -U postgres -d $db -At -c "select count(*) from engagement_profile" 2>/dev/null || echo 0)
[ "$profiles" -ge 100000 ] || bench/recompute.sh 100000 20

start_app() { # url user log
  RAPPORT_DB_URL="$1" RAPPORT_DB_USER="$2" RAPPORT_DB_PASSWORD= RAPPORT_DEMO_DATA=true RAPPORT_DEMO_ACCOUNTS=false \
    java -Xmx1g -jar target/payara-micro.jar --deploy target/rapport.war --contextroot rapport --nocluster \
    --port "$port" --prebootcommandfile server-config/pre-boot-commands.asadmin \
    --logproperties server-config/logging.properties > "$3" 2>&1 &
  app=$!
  for _ in $(seq 1 120); do grep -q "ready in" "$3" && return 0; sleep 1; done
  echo "Payara did not start; see $3"; exit 1
}
api="http://127.0.0.1:$port/rapport/api/v1"

# PostgreSQL (fresh statistics: the profiles were written after the data was generated)
psql -h 127.0.0.1 -U postgres -d $db -q -c "analyze"
start_app "jdbc:postgresql://127.0.0.1:5432/$db" postgres "$out/payara-segments-pg.log"
trap 'kill $app 2>/dev/null || true' EXIT
java -cp "$cp" bench/SegmentBench.java measure PostgreSQL "jdbc:postgresql://127.0.0.1:5432/$db" postgres "$api" \
  | tee -a "$out/segments.txt"
kill $app; wait $app 2>/dev/null || true

# H2: Flyway creates the schema, then the same rows are copied in
h2dir="$PWD/target/bench-h2"
h2="jdbc:h2:file:$h2dir/rapport;AUTO_SERVER=TRUE"
fresh=$([ -f "$h2dir/rapport.mv.db" ] && echo no || echo yes)
start_app "$h2" sa "$out/payara-segments-h2.log"
[ "$fresh" = no ] || java -cp "$cp" bench/SegmentBench.java copy "jdbc:postgresql://127.0.0.1:5432/$db" "$h2"
java -cp "$cp" bench/SegmentBench.java measure H2 "$h2" sa "$api" | tee -a "$out/segments.txt"
