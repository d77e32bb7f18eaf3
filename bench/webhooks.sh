#!/usr/bin/env bash
# Benchmark: webhook latency from the change's commit to the receiver, at a sustained rate.
#   bench/webhooks.sh [events-per-second] [seconds]      (defaults 100 and 60)
# Starts Payara Micro on PostgreSQL (127.0.0.1:5432, trust auth), a receiver (Python's HTTP server
# on this machine, so both read the same clock) subscribed to interaction.logged, and a load of
# contact moments logged at the given rate over several accounts. Latency is the receiver's clock
# minus the event's occurredAt (stamped when the event is written, just before the commit).
# Prints p50/p95/p99/max and appends them to bench/out/webhooks.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
rate=${1:-100}
seconds=${2:-60}
port=${BENCH_PORT:-8181}
hook_port=${BENCH_HOOK_PORT:-8199}
db=rapport_bench_webhooks
out=bench/out
mkdir -p "$out"

[ -f target/rapport.war ] || mvn -B -q -DskipTests package
[ -f target/payara-micro.jar ] || mvn -B -q dependency:copy \
  -Dartifact=fish.payara.extras:payara-micro:6.2025.10 -DoutputDirectory=target -Dmdep.stripVersion=true \
  && { [ -f target/payara-micro.jar ] || mv target/payara-micro-*.jar target/payara-micro.jar; }
psql -h 127.0.0.1 -U postgres -q -c "drop database if exists $db" -c "create database $db"

log="$out/payara-webhooks.log"
RAPPORT_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" RAPPORT_DB_USER=postgres RAPPORT_DB_PASSWORD= \
RAPPORT_DEMO_DATA=true RAPPORT_DEMO_ACCOUNTS=false RAPPORT_RATE_LIMIT_ENABLED=false \
RAPPORT_WEBHOOKS_ALLOW_PRIVATE_TARGETS=true \
  java -Xmx1g -jar target/payara-micro.jar --deploy target/rapport.war --contextroot rapport \
  --nocluster --port "$port" --prebootcommandfile server-config/pre-boot-commands.asadmin \
  --logproperties server-config/logging.properties > "$log" 2>&1 &
payara=$!
received="$out/webhooks-received.txt"
: > "$received"
python3 - "$hook_port" "$received" <<'PY' &
import http.server, json, sys, time
port, path = int(sys.argv[1]), sys.argv[2]
out = open(path, "a", buffering=1)
class Hook(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        now = time.time()
        event = json.loads(body)
        out.write(f"{event['id']} {event['occurredAt']} {now}\n")
        self.send_response(204); self.send_header("Content-Length", "0"); self.end_headers()
    def log_message(self, *a): pass
http.server.ThreadingHTTPServer(("127.0.0.1", port), Hook).serve_forever()
PY
receiver=$!
trap 'kill $payara $receiver 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do grep -q "ready in" "$log" && break; sleep 1; done
grep -q "ready in" "$log" || { echo "Payara did not start; see $log"; exit 1; }

api="http://127.0.0.1:$port/rapport/api/v1"
curl -sf -u admin:rapport -H 'Content-Type: application/json' \
  -d "{\"url\":\"http://127.0.0.1:$hook_port/hook\",\"events\":[\"interaction.logged\"],\"secret\":\"bench-secret-0123456789\"}" \
  "$api/webhooks" > /dev/null
python3 - "$api" "$rate" "$seconds" <<'PY'
import base64, http.client, json, sys, threading, time, urllib.parse
api, rate, seconds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
u = urllib.parse.urlparse(api)
auth = "Basic " + base64.b64encode(b"anna:rapport").decode()
def conn(): return http.client.HTTPConnection(u.hostname, u.port, timeout=30)
c = conn()
accounts = []
for i in range(20):
    c.request("POST", u.path + "/accounts", json.dumps({"name": f"Bench {i}"}),
              {"Authorization": auth, "Content-Type": "application/json"})
    r = c.getresponse(); accounts.append(json.loads(r.read())["id"])
# warm-up, not measured by the receiver's file start marker
threads, workers, sent, failed = [], 8, [0], [0]
start = time.time()
def work(n):
    c = conn()
    i = n
    while True:
        due = start + i / rate
        if due - start >= seconds: return
        wait = due - time.time()
        if wait > 0: time.sleep(wait)
        body = json.dumps({"channel": "PHONE", "purpose": "CHECK_IN", "summary": "bench"})
        c.request("POST", f"{u.path}/accounts/{accounts[i % len(accounts)]}/interactions", body,
                  {"Authorization": auth, "Content-Type": "application/json"})
        r = c.getresponse(); r.read()
        if r.status == 201: sent[0] += 1
        else: failed[0] += 1
        i += workers
for n in range(workers):
    t = threading.Thread(target=work, args=(n,)); t.start(); threads.append(t)
for t in threads: t.join()
took = time.time() - start
print(f"logged {sent[0]} moments in {took:.1f} s ({sent[0]/took:.1f}/s), {failed[0]} refused")
PY
sleep 10
python3 - "$received" "$rate" "$seconds" <<'PY' | tee -a "$out/webhooks.txt"
import sys, datetime, statistics
path, rate, seconds = sys.argv[1], sys.argv[2], sys.argv[3]
lat = []
for line in open(path):
    _, occurred, got = line.split()
    at = datetime.datetime.fromisoformat(occurred.replace("Z", "+00:00")).timestamp()
    lat.append(float(got) - at)
lat.sort()
q = lambda p: lat[min(len(lat) - 1, int(p * len(lat)))]
print(f"{datetime.date.today()} webhooks rate={rate}/s seconds={seconds} delivered={len(lat)}"
      f" p50={q(.5)*1000:.0f}ms p95={q(.95)*1000:.0f}ms p99={q(.99)*1000:.0f}ms max={lat[-1]*1000:.0f}ms")
PY
