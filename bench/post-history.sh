#!/usr/bin/env bash
# Benchmark: the cost of one interaction POST against the size of the account's history.
#   bench/post-history.sh [war]      (default target/rapport.war; give an older WAR to compare)
# Needs PostgreSQL on 127.0.0.1:5432 with trust auth. Starts Payara Micro on a fresh database
# (rapport_history), gives three of anna's accounts 20, 2,000 and 20,000 interactions (SQL), lets
# the first POST of each build what the engagement profile needs, then times POSTs one after
# another on one kept-alive connection: 300 in turn over the three accounts as warm-up, then 200
# per account. Prints median and p90 per history size; figures go to bench/out/post-history.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
war=${1:-target/rapport.war}
port=${BENCH_PORT:-8383}
db=rapport_history
out=bench/out
mkdir -p "$out"
[ -f "$war" ] || mvn -B -q -DskipTests package
psql -h 127.0.0.1 -U postgres -q -c "drop database if exists $db" -c "create database $db"
log="$out/payara-post-history.log"
RAPPORT_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" RAPPORT_DB_USER=postgres RAPPORT_DB_PASSWORD= \
RAPPORT_DEMO_DATA=true RAPPORT_DEMO_ACCOUNTS=false \
  java -Xmx1g -jar target/payara-micro.jar --deploy "$war" --contextroot rapport --nocluster \
  --port "$port" --prebootcommandfile server-config/pre-boot-commands.asadmin \
  --logproperties server-config/logging.properties > "$log" 2>&1 &
payara=$!
trap 'kill $payara 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do grep -q "ready in" "$log" && break; sleep 1; done
grep -q "ready in" "$log" || { echo "Payara did not start; see $log"; exit 1; }

python3 - "$port" "$db" "$war" <<'PY'
import base64, http.client, json, statistics, subprocess, sys, time
port, db, war = int(sys.argv[1]), sys.argv[2], sys.argv[3]
auth = {"Authorization": "Basic " + base64.b64encode(b"anna:rapport").decode(),
        "Content-Type": "application/json"}
conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
def call(method, path, body=None):
    conn.request(method, "/rapport/api/v1/" + path, body=body, headers=auth)
    r = conn.getresponse(); data = r.read()
    if r.status >= 300: raise SystemExit(f"{method} {path}: {r.status} {data[:300]}")
    return json.loads(data) if data else None
sizes = [20, 2000, 20000]
accounts = {}
for n in sizes:
    a = call("POST", "accounts", json.dumps({"name": f"History {n} {time.time()}",
        "relationshipType": "COMMUNAL_SHARING", "lifecycle": "ACTIVE"}))
    accounts[n] = a["id"]
    # a history over the last three years: a third with effort, some with NPS, mixed channels
    subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", db, "-q", "-c", f"""
      insert into interaction (id, account_id, logged_by, occurred_at, recorded_at, channel, personal,
                               purpose, effort_score, nps_score, summary)
      select gen_random_uuid(), '{a["id"]}', 'anna', now() - make_interval(mins => (i::bigint * 1576800 / {n})::int),
             now(), (array['VISIT','PHONE','EMAIL','COMMUNITY','EVENT','CHAT'])[1 + i % 6],
             i % 6 in (0, 1, 4), (array['CHECK_IN','APPRECIATION','CO_CREATION','SERVICE_REQUEST'])[1 + i % 4],
             case when i % 3 = 0 then 1 + i % 7 end, case when i % 7 = 0 then i % 11 end, 'history'
      from generate_series(1, {n}) as i"""], check=True)
subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", db, "-q", "-c", "analyze"], check=True)
body = json.dumps({"channel": "PHONE", "purpose": "CHECK_IN", "effortScore": 6, "summary": "bench"})
first = {}
for n in sizes:  # the first POST after the history arrived outside the application
    t = time.perf_counter(); call("POST", f"accounts/{accounts[n]}/interactions", body)
    first[n] = (time.perf_counter() - t) * 1000
for i in range(300):
    call("POST", f"accounts/{accounts[sizes[i % 3]]}/interactions", body)
lines = []
for n in sizes:
    times = []
    for _ in range(200):
        t = time.perf_counter(); call("POST", f"accounts/{accounts[n]}/interactions", body)
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    lines.append(f"{n} interactions: median {statistics.median(times):.1f} ms, "
                 f"p90 {times[179]:.1f} ms (first POST {first[n]:.0f} ms)")
stamp = time.strftime("%Y-%m-%d", time.gmtime())
with open("bench/out/post-history.txt", "a") as f:
    for l in lines:
        print(l); f.write(f"{stamp} {war}: {l}\n")
PY
