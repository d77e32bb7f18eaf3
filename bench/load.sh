#!/usr/bin/env bash
# Benchmark: interaction POST rate against the cheapest authenticated GET, under 64 connections.
#   bench/load.sh            (after bench/recompute.sh, which generates the rapport_bench data)
# Needs wrk (apt-get install wrk) and PostgreSQL on 127.0.0.1:5432 with trust auth. Starts its own
# Payara Micro on the rapport_bench database, then runs wrk for 15 s per case: GET of one account,
# POST of a contact moment, each spread over 500 of anna's accounts, and all POSTs on one account
# (the worst case: they take turns on that account's rows). Figures go to bench/out/load.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${BENCH_PORT:-8282}
db=rapport_bench
out=bench/out
mkdir -p "$out"
command -v wrk >/dev/null || { echo "install wrk first (apt-get install wrk)"; exit 1; }
[ -f target/rapport.war ] || mvn -B -q -DskipTests package
log="$out/payara-load.log"
RAPPORT_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" RAPPORT_DB_USER=postgres RAPPORT_DB_PASSWORD= \
  java -Xmx1g -jar target/payara-micro.jar --deploy target/rapport.war --nocluster --port "$port" \
  --prebootcommandfile server-config/pre-boot-commands.asadmin \
  --logproperties server-config/logging.properties > "$log" 2>&1 &
payara=$!
trap 'kill $payara 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do grep -q "ready in" "$log" && break; sleep 1; done

auth=$(printf 'anna:rapport' | base64)
ids=$(psql -h 127.0.0.1 -U postgres -d $db -At -c \
  "select string_agg('\"' || id || '\"', ',') from (select id from account where owner = 'anna' and lifecycle <> 'FORMER' limit 500) x")
one=$(psql -h 127.0.0.1 -U postgres -d $db -At -c "select id from account where owner = 'anna' limit 1")
body='{"channel":"PHONE","purpose":"CHECK_IN","summary":"load test"}'
cat > "$out/get.lua" <<LUA
local ids = {$ids}
wrk.headers["Authorization"] = "Basic $auth"
request = function() return wrk.format(nil, "/rapport/api/v1/accounts/" .. ids[math.random(#ids)]) end
LUA
cat > "$out/post.lua" <<LUA
local ids = {$ids}
wrk.method = "POST"
wrk.headers["Authorization"] = "Basic $auth"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '$body'
request = function() return wrk.format(nil, "/rapport/api/v1/accounts/" .. ids[math.random(#ids)] .. "/interactions") end
LUA
cat > "$out/post-one.lua" <<LUA
wrk.method = "POST"
wrk.headers["Authorization"] = "Basic $auth"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '$body'
request = function() return wrk.format(nil, "/rapport/api/v1/accounts/$one/interactions") end
LUA
curl -sf -u anna:rapport "http://127.0.0.1:$port/rapport/api/v1/accounts/$one" > /dev/null
# warm-up (pools, the verified-login cache, and the JIT: on 2 cores C2 needs a few minutes of
# load to compile Payara and the app; measured before that, the figures are half as good)
wrk -t2 -c64 -d60s -s "$out/get.lua" "http://127.0.0.1:$port" > /dev/null
wrk -t2 -c64 -d60s -s "$out/post.lua" "http://127.0.0.1:$port" > /dev/null
for case in get post post-one; do
  wrk -t2 -c64 -d15s --latency -s "$out/$case.lua" "http://127.0.0.1:$port" > "$out/wrk-$case.txt"
done
# the same POST with 8 connections: latency when callers do not queue behind each other
wrk -t2 -c8 -d15s --latency -s "$out/post.lua" "http://127.0.0.1:$port" > "$out/wrk-post-c8.txt"
wrk -t2 -c64 -d10s --latency "http://127.0.0.1:$port/health/live" > "$out/wrk-live.txt"
for case in live get post post-one post-c8; do
  rps=$(awk '/Requests\/sec/{print $2}' "$out/wrk-$case.txt")
  p50=$(awk '$1=="50%"{print $2}' "$out/wrk-$case.txt")
  p99=$(awk '$1=="99%"{print $2}' "$out/wrk-$case.txt")
  bad=$(awk '/Non-2xx/{print $NF}' "$out/wrk-$case.txt")
  echo "$(date -u +%F) load $case: ${rps} req/s, p50 $p50, p99 $p99, non-2xx ${bad:-0}" | tee -a "$out/load.txt"
done
