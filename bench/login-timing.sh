#!/usr/bin/env bash
# Benchmark: can a caller tell an existing user name from an unknown one by the time a wrong
# password takes to be refused?   bench/login-timing.sh [war]   (default target/rapport.war)
# Starts Payara Micro on the embedded H2 database with the demo users, warms up, then sends 40
# pairs of API calls with a wrong password, for "anna" (exists) and "nobody" (does not), in turn,
# and prints each name's median, p10 and p90. Figures go to bench/out/login-timing.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
war=${1:-target/rapport.war}
port=${BENCH_PORT:-8686}
out=bench/out
mkdir -p "$out"
[ -f "$war" ] || mvn -B -q -DskipTests package
log="$out/payara-login-timing.log"
java -Xmx512m -jar target/payara-micro.jar --deploy "$war" --contextroot rapport --nocluster \
  --port "$port" --prebootcommandfile server-config/pre-boot-commands.asadmin \
  --logproperties server-config/logging.properties > "$log" 2>&1 &
payara=$!
trap 'kill $payara 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do grep -q "ready in" "$log" && break; sleep 1; done
grep -q "ready in" "$log" || { echo "Payara did not start; see $log"; exit 1; }
url="http://127.0.0.1:$port/rapport/api/v1/accounts?size=1"
for _ in $(seq 1 20); do
  curl -s -o /dev/null -u anna:wrong "$url"; curl -s -o /dev/null -u nobody:wrong "$url"
done
python3 - "$url" "$war" <<'PY' | tee -a "$out/login-timing.txt"
import statistics, subprocess, sys, time
url, war = sys.argv[1], sys.argv[2]
def call(user):
    out = subprocess.run(["curl", "-s", "-o", "/dev/null", "-w", "%{time_total} %{http_code}",
                          "-u", f"{user}:wrong", url], capture_output=True, text=True).stdout.split()
    if out[1] != "401":
        raise SystemExit(f"{user}: HTTP {out[1]}, expected 401")
    return float(out[0]) * 1000
times = {"anna": [], "nobody": []}
for _ in range(40):
    for user in times:
        times[user].append(call(user))
stamp = time.strftime("%Y-%m-%d", time.gmtime())
for user, ms in times.items():
    ms.sort()
    print(f"{stamp} {war}: {user} (wrong password): median {statistics.median(ms):.1f} ms,"
          f" p10 {ms[4]:.1f} ms, p90 {ms[35]:.1f} ms (40 calls, all 401)")
PY
