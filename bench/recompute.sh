#!/usr/bin/env bash
# Benchmark: full engagement recompute of a generated portfolio on PostgreSQL.
#   bench/recompute.sh [accounts] [interactions-per-account]      (defaults 100000 and 20)
#   BENCH_REUSE=1 bench/recompute.sh   recomputes the data generated before (no new database)
# Needs PostgreSQL on 127.0.0.1:5432 with trust auth (as on the project's machines) and a built
# WAR (it builds one if missing). Prints the figures and writes them to bench/out/.
set -euo pipefail
cd "$(dirname "$0")/.."
accounts=${1:-100000}
per_account=${2:-20}
port=${BENCH_PORT:-8181}
db=rapport_bench
out=bench/out
mkdir -p "$out"

[ -f target/rapport.war ] || mvn -B -q -DskipTests package
[ -f target/payara-micro.jar ] || mvn -B -q dependency:copy \
  -Dartifact=fish.payara.extras:payara-micro:6.2025.10 -DoutputDirectory=target -Dmdep.stripVersion=true \
  && { [ -f target/payara-micro.jar ] || mv target/payara-micro-*.jar target/payara-micro.jar; }

[ -n "${BENCH_REUSE:-}" ] || psql -h 127.0.0.1 -U postgres -q -c "drop database if exists $db" -c "create database $db"

log="$out/payara-recompute.log"
RAPPORT_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" RAPPORT_DB_USER=postgres RAPPORT_DB_PASSWORD= \
RAPPORT_DEMO_DATA=true RAPPORT_DEMO_ACCOUNTS=false \
  java -Xmx1g -jar target/payara-micro.jar --deploy target/rapport.war --contextroot rapport \
  --nocluster --port "$port" --prebootcommandfile server-config/pre-boot-commands.asadmin \
  --logproperties server-config/logging.properties > "$log" 2>&1 &
payara=$!
trap 'kill $payara 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do grep -q "ready in" "$log" && break; sleep 1; done
grep -q "ready in" "$log" || { echo "Payara did not start; see $log"; exit 1; }

if [ -z "${BENCH_REUSE:-}" ]; then
  echo "Generating $accounts accounts with $per_account interactions each..."
  start=$(date +%s.%N)
  psql -h 127.0.0.1 -U postgres -d $db -q -v accounts="$accounts" -v per_account="$per_account" -f bench/generate-portfolio.sql
  gen=$(echo "$(date +%s.%N) - $start" | bc)
  echo "Generated in ${gen}s"
fi
rows=$(psql -h 127.0.0.1 -U postgres -d $db -At -c "select count(*) from interaction")
accounts=$(psql -h 127.0.0.1 -U postgres -d $db -At -c "select count(*) from account")

api="http://127.0.0.1:$port/rapport/api/v1"
# The first run after a start shares the 2 cores with the JIT compiler (C2 needs a few minutes to
# compile Payara and the app); the nightly run finds a warm server, so later runs are the figure.
runs=${BENCH_RUNS:-2}
for run in $(seq 1 "$runs"); do
  curl -sf -u admin:rapport -X POST "$api/engagement/recompute" > /dev/null
  while true; do
    sleep 1
    status=$(curl -sf -u admin:rapport "$api/engagement/recompute")
    state=$(echo "$status" | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])')
    [ "$state" = RUNNING ] || break
  done
  took=$(echo "$status" | python3 -c 'import json,sys,datetime as d
j=json.load(sys.stdin); p=lambda s: d.datetime.fromisoformat(s.replace("Z","+00:00"))
print(round((p(j["finishedAt"])-p(j["startedAt"])).total_seconds(),1))')
  rss=$(ps -o rss= -p $payara | awk '{print int($1/1024)}')
  profiles=$(psql -h 127.0.0.1 -U postgres -d $db -At -c "select count(*) from engagement_profile")
  summary="$(date -u +%F) recompute run $run/$runs: accounts=$accounts interactions=$rows status=$state seconds=$took profiles=$profiles payara_rss_mb=$rss"
  echo "$summary" | tee -a "$out/recompute.txt"
  [ "$state" = DONE ] || exit 1
done
