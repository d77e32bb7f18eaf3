#!/usr/bin/env bash
# Benchmark: SQL statements per list page, and account search (q=) time, at 100,000 accounts.
#   bench/statements.sh        (after bench/recompute.sh, which generates the rapport_bench data)
# Needs PostgreSQL on 127.0.0.1:5432 with trust auth as superuser: for the run it sets
# log_statement=all (ALTER SYSTEM) and resets it afterwards. Figures go to bench/out/statements.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${BENCH_PORT:-8383}
db=rapport_bench
out=bench/out
mkdir -p "$out"
[ -f target/rapport.war ] || mvn -B -q -DskipTests package
log="$out/payara-statements.log"
RAPPORT_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" RAPPORT_DB_USER=postgres RAPPORT_DB_PASSWORD= \
  java -Xmx1g -jar target/payara-micro.jar --deploy target/rapport.war --contextroot rapport \
  --nocluster --port "$port" --prebootcommandfile server-config/pre-boot-commands.asadmin \
  --logproperties server-config/logging.properties > "$log" 2>&1 &
payara=$!
reset() {
  psql -h 127.0.0.1 -U postgres -q -c "alter system reset log_statement" \
    -c "alter system reset log_line_prefix" -c "select pg_reload_conf()" > /dev/null
  kill $payara 2>/dev/null || true
}
trap reset EXIT
for _ in $(seq 1 120); do grep -q "ready in" "$log" && break; sleep 1; done
psql -h 127.0.0.1 -U postgres -q -c "alter system set log_statement = 'all'" \
  -c "alter system set log_line_prefix = '%m [%p] %d '" -c "select pg_reload_conf()" > /dev/null
python3 bench/statements.py "http://127.0.0.1:$port/rapport" | sed "s/^/$(date -u +%F) /" | tee -a "$out/statements.txt"
