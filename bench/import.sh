#!/usr/bin/env bash
# Benchmark: CSV import of accounts on PostgreSQL, dry run and real run, and a re-import; then as
# many contacts (two for each of the first half of the accounts), imported and re-imported.
#   bench/import.sh [accounts]        (default 100000)
# Needs PostgreSQL on 127.0.0.1:5432 with trust auth and a built WAR (it builds one if missing).
# Prints the figures (seconds, rows per second, Payara's resident memory before and after) and
# appends them to bench/out/import.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
accounts=${1:-100000}
port=${BENCH_PORT:-8181}
db=rapport_bench_import
out=bench/out
mkdir -p "$out"

[ -f target/rapport.war ] || mvn -B -q -DskipTests package
[ -f target/payara-micro.jar ] || mvn -B -q dependency:copy \
  -Dartifact=fish.payara.extras:payara-micro:6.2025.10 -DoutputDirectory=target -Dmdep.stripVersion=true \
  && { [ -f target/payara-micro.jar ] || mv target/payara-micro-*.jar target/payara-micro.jar; }
psql -h 127.0.0.1 -U postgres -q -c "drop database if exists $db" -c "create database $db"

csv="$out/accounts-$accounts.csv"
python3 - "$accounts" "$csv" <<'PY'
import sys, random
n, path = int(sys.argv[1]), sys.argv[2]
random.seed(7)
industries = ["Bouw", "Food", "Metaal", "Zorg", "Logistiek", "ICT", "Onderwijs"]
with open(path, "w", encoding="utf-8", newline="") as f:
    f.write("\ufeffexternalId;name;industry;country;owner;lifecycle;communityMember;customerSince\r\n")
    for i in range(n):
        f.write(f"ERP-{i:07d};Klant {i} \"{random.choice(industries)}\" BV;{random.choice(industries)};NL;"
                f"{random.choice(['anna', 'bram'])};{random.choice(['ACTIVE', 'PROSPECT'])};"
                f"{random.choice(['ja', 'nee'])};{random.randint(1, 28)}-{random.randint(1, 12)}-{random.randint(2000, 2025)}\r\n")
PY
echo "Generated $csv ($(du -h "$csv" | cut -f1))"

log="$out/payara-import.log"
RAPPORT_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" RAPPORT_DB_USER=postgres RAPPORT_DB_PASSWORD= \
RAPPORT_DEMO_DATA=true RAPPORT_DEMO_ACCOUNTS=false RAPPORT_RATE_LIMIT_ENABLED=false \
  java -Xmx1g -jar target/payara-micro.jar --deploy target/rapport.war --contextroot rapport \
  --nocluster --port "$port" --prebootcommandfile server-config/pre-boot-commands.asadmin \
  --logproperties server-config/logging.properties > "$log" 2>&1 &
payara=$!
trap 'kill $payara 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do grep -q "ready in" "$log" && break; sleep 1; done
grep -q "ready in" "$log" || { echo "Payara did not start; see $log"; exit 1; }

api="http://127.0.0.1:$port/rapport/api/v1"
rss() { ps -o rss= -p $payara | awk '{print int($1/1024)}'; }
run() { # label, query[, kind, file, rows]
  local before start took report kind=${3:-accounts} file=${4:-$csv} rows=${5:-$accounts}
  before=$(rss)
  start=$(date +%s.%N)
  report=$(curl -sf -u admin:rapport -H 'Content-Type: text/csv' --data-binary @"$file" "$api/imports/$kind$2")
  took=$(echo "$(date +%s.%N) - $start" | bc)
  summary="$(date -u +%F) import $kind $1: rows=$rows seconds=$took rows_per_s=$(echo "$rows / $took" | bc)"
  summary="$summary report=$(echo "$report" | python3 -c 'import json,sys; r=json.load(sys.stdin); print(",".join(f"{k}={r[k]}" for k in ("created","updated","unchanged","failed")))')"
  summary="$summary payara_rss_mb=$before->$(rss)"
  echo "$summary" | tee -a "$out/import.txt"
}
run "dry-run" "?dryRun=true"
run "first" ""
run "again (unchanged)" ""

# contacts: as many as accounts, two each for the first half, linked by accountExternalId
contacts_csv="$out/contacts-$accounts.csv"
python3 - "$accounts" "$contacts_csv" <<'PY'
import sys, random
n, path = int(sys.argv[1]), sys.argv[2]
random.seed(11)
first = ["Anna", "Bram", "Carla", "Daan", "Eva", "Femke", "Gijs", "Joost"]
last = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder"]
with open(path, "w", encoding="utf-8", newline="") as f:
    f.write("\ufeffexternalId;accountExternalId;firstName;lastName;email;phone;jobTitle\r\n")
    for i in range(n):
        f.write(f"CRM-{i:07d};ERP-{i // 2:07d};{random.choice(first)};{random.choice(last)};"
                f"contact{i}@example.nl;+31 20 {i % 10000000:07d};Inkoper\r\n")
PY
run "first" "" contacts "$contacts_csv" "$accounts"
run "again (unchanged)" "" contacts "$contacts_csv" "$accounts"
echo "contacts in the database: $(psql -h 127.0.0.1 -U postgres -d $db -At -c 'select count(*) from contact where external_id is not null')"
echo "accounts in the database: $(psql -h 127.0.0.1 -U postgres -d $db -At -c 'select count(*) from account where external_id is not null')"
echo "profiles: $(psql -h 127.0.0.1 -U postgres -d $db -At -c 'select count(*) from engagement_profile')"
